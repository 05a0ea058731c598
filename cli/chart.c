/* cli/chart.c — the options and start-up shared by chart subcommands that
 * read a CSV (bar, trend). */
#include "cli/cli.h"

#include <string.h>

GOptionEntry *
tj_cli_chart_entries(TjCliChart *c, const GOptionEntry *extra)
{
    const GOptionEntry common[] = {
        { "x", 0, 0, G_OPTION_ARG_STRING, &c->x, N_("Category (x) column"), N_("COL") },
        { "y", 0, 0, G_OPTION_ARG_STRING, &c->y, N_("Value column(s), comma separated"), N_("COL[,COL…]") },
        { "where", 0, 0, G_OPTION_ARG_STRING_ARRAY, &c->where,
          N_("Keep rows whose COL is VALUE (repeatable)"), N_("COL=VALUE") },
        { "title", 0, 0, G_OPTION_ARG_STRING, &c->title, N_("Chart title"), N_("TEXT") },
        { "subtitle", 0, 0, G_OPTION_ARG_STRING, &c->subtitle, N_("Subtitle"), N_("TEXT") },
        { "source", 0, 0, G_OPTION_ARG_STRING, &c->source, N_("Data source for the foot line"), N_("TEXT") },
        { "unit", 0, 0, G_OPTION_ARG_STRING, &c->unit, N_("Unit shown top left (default: from the data)"), N_("TEXT") },
        { "width", 0, 0, G_OPTION_ARG_DOUBLE, &c->width, N_("Width in px at scale 1 (default 800)"), N_("W") },
        { "height", 0, 0, G_OPTION_ARG_DOUBLE, &c->height, N_("Height in px at scale 1 (default 500)"), N_("H") },
        { "theme", 0, 0, G_OPTION_ARG_STRING, &c->theme, N_("gov-red (default), blue or mono"), N_("NAME") },
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
    GOptionGroup *og = g_option_group_new("output", _("Output options:"), N_("Show output options"),
                                          o, NULL);
    g_option_group_set_translation_domain(og, TJ_CLI_DOMAIN);
    tj_cli_output_entries(og, o);
    g_option_context_add_group(ctx, og);
    GError *err = NULL;
    if (!tj_cli_parse(ctx, argc, argv, code))
        return NULL;
    if (*argc != 2) {
        g_set_error(&err, TJ_ERROR, TJ_ERROR_USAGE, _("expected one DATA.csv, got %d"), *argc - 1);
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

TjChart *
tj_cli_chart_new(const char *kind, const TjCliChart *c, GError **error)
{
    TjChart *chart = tj_chart_new(kind, error);
    if (!chart)
        return NULL;
    const char *keys[] = { "x", "y", "title", "subtitle", "source", "unit" };
    const char *values[] = { c->x, c->y, c->title, c->subtitle, c->source, c->unit };
    for (gsize i = 0; i < G_N_ELEMENTS(keys); i++)
        if (values[i] && !tj_chart_set(chart, keys[i], values[i], error))
            goto fail;
    for (char **w = c->where; w && *w; w++) {
        char *eq = strchr(*w, '=');
        if (!eq || eq == *w) {
            g_set_error(error, TJ_ERROR, TJ_ERROR_USAGE,
                        _("--where “%s”: expected COLUMN=VALUE"), *w);
            goto fail;
        }
        char *col = g_strstrip(g_strndup(*w, (gsize)(eq - *w)));
        char *val = g_strstrip(g_strdup(eq + 1));
        tj_chart_add_where(chart, col, val);
        g_free(col);
        g_free(val);
    }
    tj_chart_set_size(chart, c->width, c->height);
    if (tj_chart_set_theme(chart, c->theme, error))
        return chart;
fail:
    tj_chart_free(chart);
    return NULL;
}
