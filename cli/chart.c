/* cli/chart.c — the options and start-up shared by chart subcommands that
 * read a CSV (bar, trend). */
#include "cli/cli.h"

#include <string.h>

GOptionEntry *
tj_cli_chart_entries(TjCliChart *c, const GOptionEntry *extra)
{
    const GOptionEntry common[] = {
        { "x", 0, 0, G_OPTION_ARG_STRING, &c->x, "Category (x) column", "COL" },
        { "y", 0, 0, G_OPTION_ARG_STRING, &c->y, "Value column(s), comma separated", "COL[,COL…]" },
        { "where", 0, 0, G_OPTION_ARG_STRING_ARRAY, &c->where,
          "Keep rows whose COL is VALUE (repeatable)", "COL=VALUE" },
        { "title", 0, 0, G_OPTION_ARG_STRING, &c->title, "Chart title", "TEXT" },
        { "subtitle", 0, 0, G_OPTION_ARG_STRING, &c->subtitle, "Subtitle", "TEXT" },
        { "source", 0, 0, G_OPTION_ARG_STRING, &c->source, "Data source for the foot line", "TEXT" },
        { "unit", 0, 0, G_OPTION_ARG_STRING, &c->unit, "Unit shown top left (default: from the data)", "TEXT" },
        { "width", 0, 0, G_OPTION_ARG_DOUBLE, &c->width, "Width in px at scale 1 (default 800)", "W" },
        { "height", 0, 0, G_OPTION_ARG_DOUBLE, &c->height, "Height in px at scale 1 (default 500)", "H" },
        { "theme", 0, 0, G_OPTION_ARG_STRING, &c->theme, "gov-red (default), blue or mono", "NAME" },
    };
    gsize n_extra = 0;
    while (extra && extra[n_extra].long_name)
        n_extra++;
    gsize n = G_N_ELEMENTS(common);
    GOptionEntry *all = g_new0(GOptionEntry, n + n_extra + 1);
    memcpy(all, common, sizeof common);
    if (n_extra)
        memcpy(all + n, extra, n_extra * sizeof *extra);
    return all;
}

void
tj_cli_chart_clear(TjCliChart *c)
{
    g_free(c->x); g_free(c->y); g_free(c->title); g_free(c->subtitle);
    g_free(c->source); g_free(c->unit); g_free(c->theme);
    g_strfreev(c->where);
    g_free(c->where_joined);
}

TjTable *
tj_cli_chart_start(GOptionContext *ctx, int *argc, char ***argv, TjCliChart *c,
                   TjCliOutput *o, TjFormat *fmt, TjOutputOptions *out, int *code)
{
    GOptionGroup *og = g_option_group_new("output", "Output options:", "Show output options",
                                          o, NULL);
    tj_cli_output_entries(og, o);
    g_option_context_add_group(ctx, og);
    GError *err = NULL;
    if (!tj_cli_parse(ctx, argc, argv, code))
        return NULL;
    if (*argc != 2) {
        g_set_error(&err, TJ_ERROR, TJ_ERROR_USAGE, "expected one DATA.csv, got %d", *argc - 1);
        *code = tj_cli_fail(err);
        return NULL;
    }
    if (!tj_cli_output_resolve(o, fmt, out, &err)) {
        *code = tj_cli_fail(err);
        return NULL;
    }
    c->where_joined = c->where ? g_strjoinv(";", c->where) : NULL;
    TjTable *t = tj_table_load((*argv)[1], &err);
    if (!t)
        *code = tj_cli_fail(err);
    return t;
}
