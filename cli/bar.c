/* cli/bar.c — `tujie bar DATA.csv --x COL --y COL[,COL…] -o OUT`. */
#include "cli/cli.h"

#include <math.h>

int
tj_cli_bar(int argc, char **argv)
{
    TjBarOptions opts;
    tj_bar_options_init(&opts);
    TjCliOutput o = { 0 };
    char *x = NULL, *y = NULL, *title = NULL, *subtitle = NULL, *source = NULL;
    char *unit = NULL, *highlight = NULL, *theme = NULL, *target = NULL;
    char **where = NULL;
    gboolean horizontal = FALSE, stacked = FALSE;
    double width = 0, height = 0;
    GOptionEntry entries[] = {
        { "x", 0, 0, G_OPTION_ARG_STRING, &x, "Category column", "COL" },
        { "y", 0, 0, G_OPTION_ARG_STRING, &y, "Value column(s), comma separated", "COL[,COL…]" },
        { "where", 0, 0, G_OPTION_ARG_STRING_ARRAY, &where,
          "Keep rows whose COL is VALUE (repeatable)", "COL=VALUE" },
        { "title", 0, 0, G_OPTION_ARG_STRING, &title, "Chart title", "TEXT" },
        { "subtitle", 0, 0, G_OPTION_ARG_STRING, &subtitle, "Subtitle", "TEXT" },
        { "source", 0, 0, G_OPTION_ARG_STRING, &source, "Data source for the foot line", "TEXT" },
        { "unit", 0, 0, G_OPTION_ARG_STRING, &unit, "Unit shown top left (default: from the data)", "TEXT" },
        { "highlight", 0, 0, G_OPTION_ARG_STRING, &highlight, "Category to emphasise", "NAME" },
        { "target", 0, 0, G_OPTION_ARG_STRING, &target, "Draw a dashed target line", "VALUE" },
        { "horizontal", 0, 0, G_OPTION_ARG_NONE, &horizontal, "Horizontal bars", NULL },
        { "stacked", 0, 0, G_OPTION_ARG_NONE, &stacked, "Stack several series", NULL },
        { "width", 0, 0, G_OPTION_ARG_DOUBLE, &width, "Width in px at scale 1 (default 800)", "W" },
        { "height", 0, 0, G_OPTION_ARG_DOUBLE, &height, "Height in px at scale 1 (default 500)", "H" },
        { "theme", 0, 0, G_OPTION_ARG_STRING, &theme, "gov-red (default), blue or mono", "NAME" },
        { NULL, 0, 0, 0, NULL, NULL, NULL }
    };
    GOptionContext *ctx = g_option_context_new("DATA.csv - bar chart");
    g_option_context_set_summary(ctx,
        "Draws a bar chart of a CSV file.\n\n"
        "Example:\n  tujie bar examples/dongcheng-2021/economy-2020.csv --x 指标 --y 数值 \\\n"
        "      --title 2020年东城区主要经济指标 -o economy.png --scale 2");
    g_option_context_add_main_entries(ctx, entries, NULL);
    GOptionGroup *og = g_option_group_new("output", "Output options:", "Show output options", &o, NULL);
    tj_cli_output_entries(og, &o);
    g_option_context_add_group(ctx, og);

    int code = TJ_EXIT_OK;
    GError *err = NULL;
    TjTable *table = NULL;
    if (!tj_cli_parse(ctx, &argc, &argv, &code))
        goto out;
    if (argc != 2) {
        g_set_error(&err, TJ_ERROR, TJ_ERROR_USAGE, "bar: expected one DATA.csv, got %d", argc - 1);
        code = tj_cli_fail(err);
        goto out;
    }
    TjFormat fmt;
    TjOutputOptions out;
    if (!tj_cli_output_resolve(&o, &fmt, &out, &err)) {
        code = tj_cli_fail(err);
        goto out;
    }
    if (target) {
        char *end = NULL;
        opts.target = g_ascii_strtod(target, &end);
        if (!end || *end || !isfinite(opts.target)) {
            g_set_error(&err, TJ_ERROR, TJ_ERROR_USAGE, "--target %s: expected a number", target);
            code = tj_cli_fail(err);
            goto out;
        }
    }
    char *where_joined = where ? g_strjoinv(";", where) : NULL;
    opts.x = x; opts.y = y; opts.where = where_joined;
    opts.title = title; opts.subtitle = subtitle; opts.source = source; opts.unit = unit;
    opts.highlight = highlight; opts.horizontal = horizontal; opts.stacked = stacked;
    opts.width = width; opts.height = height; opts.theme = theme;
    table = tj_table_load(argv[1], &err);
    if (!table || !tj_bar_render(table, &opts, fmt, o.output, &out, &err))
        code = tj_cli_fail(err);
    g_free(where_joined);
out:
    tj_table_free(table);
    g_option_context_free(ctx);
    tj_cli_output_clear(&o);
    g_free(x); g_free(y); g_free(title); g_free(subtitle); g_free(source);
    g_free(unit); g_free(highlight); g_free(theme); g_free(target);
    g_strfreev(where);
    return code;
}
