/* cli/kind.c — a chart subcommand made from a kind's keys (combo, pie,
 * rank): `tujie KIND DATA.csv --KEY VALUE … -o OUT`. Each key of the kind
 * is an option of the same name ('_' written '-') whose help is the key's
 * own (tj_chart_key_help) — a boolean one a switch (--donut, --donut=false)
 * — plus the options every chart of a CSV takes;
 * the options become a TjChart, drawn through the same path as a spec. */
#include "cli/cli.h"

#include <string.h>

typedef struct {
    const TjCliKey *keys;
    char **values;       /* per key: its text, NULL when not given */
    char **names;        /* per key: the option's name (g_free) */
} KindArgs;

/* A switch: --donut is "true", --donut=false "false". */
static gboolean
switch_given(const char *option, const char *value, gpointer data, GError **error)
{
    (void)error;
    KindArgs *a = data;
    for (guint i = 0; a->keys[i].key; i++)
        if (g_str_has_prefix(option, "--") && strcmp(option + 2, a->names[i]) == 0) {
            g_free(a->values[i]);
            a->values[i] = g_strdup(value ? value : "true");
        }
    return TRUE;
}

static GOptionEntry *
kind_entries(const char *kind, KindArgs *a, TjCliChart *c)
{
    guint n = 0;
    while (a->keys[n].key)
        n++;
    a->values = g_new0(char *, n + 1);
    a->names = g_new0(char *, n + 1);
    GOptionEntry *e = g_new0(GOptionEntry, n + 1);
    for (guint i = 0; i < n; i++) {
        const TjCliKey *k = &a->keys[i];
        a->names[i] = g_strdelimit(g_strdup(k->key), "_", '-');
        e[i].long_name = a->names[i];
        e[i].arg = k->flag ? G_OPTION_ARG_CALLBACK : G_OPTION_ARG_STRING;
        e[i].flags = k->flag ? G_OPTION_FLAG_OPTIONAL_ARG : 0;
        e[i].arg_data = k->flag ? (gpointer)switch_given : (gpointer)&a->values[i];
        e[i].description = tj_chart_key_help(kind, k->key);
        e[i].arg_description = k->arg;
    }
    const GOptionEntry common[] = {
        { "where", 0, 0, G_OPTION_ARG_STRING_ARRAY, &c->where,
          N_("Keep rows whose COL is VALUE (repeatable)"), N_("COL=VALUE") },
        { "title", 0, 0, G_OPTION_ARG_STRING, &c->title, N_("Chart title"), N_("TEXT") },
        { "subtitle", 0, 0, G_OPTION_ARG_STRING, &c->subtitle, N_("Subtitle"), N_("TEXT") },
        { "source", 0, 0, G_OPTION_ARG_STRING, &c->source, N_("Data source for the foot line"), N_("TEXT") },
        { "unit", 0, 0, G_OPTION_ARG_STRING, &c->unit, N_("Unit shown (default: from the data)"), N_("TEXT") },
        { "width", 0, 0, G_OPTION_ARG_DOUBLE, &c->width, N_("Width in px at scale 1 (default 800)"), N_("W") },
        { "height", 0, 0, G_OPTION_ARG_DOUBLE, &c->height, N_("Height in px at scale 1"), N_("H") },
        { "theme", 0, 0, G_OPTION_ARG_STRING, &c->theme, N_("gov-red (default), blue or mono"), N_("NAME") },
        { NULL, 0, 0, 0, NULL, NULL, NULL }
    };
    GOptionEntry *all = g_new0(GOptionEntry, n + G_N_ELEMENTS(common));
    memcpy(all, e, n * sizeof *e);
    memcpy(all + n, common, sizeof common);
    g_free(e);
    return all;
}

/* The options given, set on a chart of @kind. */
static TjChart *
kind_chart(const char *kind, const KindArgs *a, const TjCliChart *c, GError **error)
{
    TjChart *chart = tj_chart_new(kind, error);
    gboolean ok = chart != NULL;
    for (guint i = 0; ok && a->keys[i].key; i++)
        if (a->values[i])
            ok = tj_chart_set(chart, a->keys[i].key, a->values[i], error);
    const char *texts[][2] = { { "title", c->title }, { "subtitle", c->subtitle },
                               { "source", c->source }, { "unit", c->unit } };
    for (gsize i = 0; ok && i < G_N_ELEMENTS(texts); i++)
        if (texts[i][1])
            ok = tj_chart_set(chart, texts[i][0], texts[i][1], error);
    for (char **w = c->where; ok && w && *w; w++) {
        const char *eq = strchr(*w, '=');
        if (!eq) {
            g_set_error(error, TJ_ERROR, TJ_ERROR_USAGE,
                        _("--where “%s”: expected COLUMN=VALUE"), *w);
            ok = FALSE;
            break;
        }
        char *col = g_strndup(*w, eq - *w);
        tj_chart_add_where(chart, col, eq + 1);
        g_free(col);
    }
    if (ok)
        tj_chart_set_size(chart, c->width, c->height);
    if (ok && c->theme)
        ok = tj_chart_set_theme(chart, c->theme, error);
    if (!ok)
        g_clear_pointer(&chart, tj_chart_free);
    return chart;
}

int
tj_cli_kind(const char *kind, const TjCliKey *keys, const char *params, const char *summary,
            int argc, char **argv)
{
    TjCliChart c = { 0 };
    TjCliOutput o = { 0 };
    KindArgs a = { .keys = keys };
    GOptionEntry *entries = kind_entries(kind, &a, &c);
    GOptionContext *ctx = g_option_context_new(params);
    g_option_context_set_translation_domain(ctx, TJ_CLI_DOMAIN);
    g_option_context_set_summary(ctx, summary);
    /* the main group carries @a for the switches' callback */
    GOptionGroup *main_group = g_option_group_new(NULL, NULL, NULL, &a, NULL);
    g_option_group_add_entries(main_group, entries);
    g_option_group_set_translation_domain(main_group, TJ_CLI_DOMAIN);
    g_option_context_set_main_group(ctx, main_group);

    int code = TJ_EXIT_OK;
    TjFormat fmt;
    TjOutputOptions out;
    TjTable *table = tj_cli_chart_start(ctx, &argc, &argv, &c, &o, &fmt, &out, &code);
    if (table) {
        GError *err = NULL;
        TjChart *chart = kind_chart(kind, &a, &c, &err);
        if (!chart || !tj_chart_render(chart, table, fmt, o.output, &out, &err))
            code = tj_cli_fail(err);
        tj_chart_free(chart);
        tj_table_free(table);
    }
    g_option_context_free(ctx);
    g_free(entries);
    for (guint i = 0; keys[i].key; i++) {
        g_free(a.values[i]);
        g_free(a.names[i]);
    }
    g_free(a.values);
    g_free(a.names);
    tj_cli_output_clear(&o);
    tj_cli_chart_clear(&c);
    return code;
}
