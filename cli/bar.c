/* cli/bar.c — `tujie bar DATA.csv --x COL --y COL[,COL…] -o OUT`. */
#include "cli/cli.h"

#include <math.h>

int
tj_cli_bar(int argc, char **argv)
{
    TjCliChart c = { 0 };
    TjCliOutput o = { 0 };
    char *highlight = NULL, *target = NULL;
    gboolean horizontal = FALSE, stacked = FALSE;
    GOptionEntry extra[] = {
        { "highlight", 0, 0, G_OPTION_ARG_STRING, &highlight, N_("Category to emphasise"), N_("NAME") },
        { "target", 0, 0, G_OPTION_ARG_STRING, &target, N_("Draw a dashed target line"), N_("VALUE") },
        { "horizontal", 0, 0, G_OPTION_ARG_NONE, &horizontal, N_("Horizontal bars"), NULL },
        { "stacked", 0, 0, G_OPTION_ARG_NONE, &stacked, N_("Stack several series"), NULL },
        { NULL, 0, 0, 0, NULL, NULL, NULL }
    };
    GOptionEntry *entries = tj_cli_chart_entries(&c, extra);
    GOptionContext *ctx = g_option_context_new(N_("DATA.csv - bar chart"));
    g_option_context_set_translation_domain(ctx, TJ_CLI_DOMAIN);
    g_option_context_set_summary(ctx,
        N_("Draws a bar chart of a CSV file.\n\n"
        "Example:\n  tujie bar examples/dongcheng-2021/economy-2020.csv --x 指标 --y 数值 \\\n"
        "      --title 2020年东城区主要经济指标 -o economy.png --scale 2"));
    g_option_context_add_main_entries(ctx, entries, TJ_CLI_DOMAIN);

    int code = TJ_EXIT_OK;
    TjFormat fmt;
    TjOutputOptions out;
    TjTable *table = tj_cli_chart_start(ctx, &argc, &argv, &c, &o, &fmt, &out, &code);
    if (table) {
        GError *err = NULL;
        TjBarOptions opts;
        tj_bar_options_init(&opts);
        if (target) {
            char *end = NULL;
            opts.target = g_ascii_strtod(target, &end);
            if (!end || *end || !isfinite(opts.target))
                g_set_error(&err, TJ_ERROR, TJ_ERROR_USAGE, _("--target %s: expected a number"), target);
        }
        opts.x = c.x; opts.y = c.y; opts.where = c.where_joined;
        opts.title = c.title; opts.subtitle = c.subtitle; opts.source = c.source;
        opts.unit = c.unit; opts.width = c.width; opts.height = c.height; opts.theme = c.theme;
        opts.highlight = highlight; opts.horizontal = horizontal; opts.stacked = stacked;
        if (err || !tj_bar_render(table, &opts, fmt, o.output, &out, &err))
            code = tj_cli_fail(err);
        tj_table_free(table);
    }
    g_option_context_free(ctx);
    g_free(entries);
    tj_cli_output_clear(&o);
    tj_cli_chart_clear(&c);
    g_free(highlight);
    g_free(target);
    return code;
}
