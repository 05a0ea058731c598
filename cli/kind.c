/* cli/kind.c — a subcommand made from a chart kind's keys (table,
 * timeline, pictogram): each of the kind's own keys and the common text
 * keys is an option --KEY VALUE (underscores written '-') with the key's
 * help line, set on a TjChart as a spec would write it; --where COL=VALUE
 * (repeatable), --width, --height, --theme and the output options as in
 * the other commands. At most one DATA.csv. */
#include "cli/cli.h"

#include <string.h>

typedef struct {
    GPtrArray *names;     /* option names (with '-'), owned */
    char **values;        /* one per key, parsed into */
    const char **keys;    /* the kind's keys (static strings) */
    guint n;
    char **where;
    char *theme;
    double width, height;
} Opts;

static gboolean
skipped(const char *key)
{
    return strcmp(key, "data") == 0 || strcmp(key, "where") == 0 ||
           strcmp(key, "height") == 0 || strcmp(key, "theme") == 0 ||
           strcmp(key, "alt") == 0;  /* the output options' --alt-text */
}

static GOptionEntry *
entries_of(const char *kind, Opts *o)
{
    o->keys = tj_chart_kind_keys(kind);
    for (o->n = 0; o->keys && o->keys[o->n]; o->n++)
        ;
    o->values = g_new0(char *, o->n + 1);
    o->names = g_ptr_array_new_with_free_func(g_free);
    GOptionEntry *e = g_new0(GOptionEntry, o->n + 5);
    guint k = 0;
    for (guint i = 0; i < o->n; i++) {
        if (skipped(o->keys[i]))
            continue;
        char *name = g_strdelimit(g_strdup(o->keys[i]), "_", '-');
        g_ptr_array_add(o->names, name);
        e[k++] = (GOptionEntry){ name, 0, 0, G_OPTION_ARG_STRING, &o->values[i],
                                 tj_chart_key_help(kind, o->keys[i]), N_("VALUE") };
    }
    e[k++] = (GOptionEntry){ "where", 0, 0, G_OPTION_ARG_STRING_ARRAY, &o->where,
                             N_("Pick the rows whose COL is VALUE (repeatable)"),
                             N_("COL=VALUE") };
    e[k++] = (GOptionEntry){ "width", 0, 0, G_OPTION_ARG_DOUBLE, &o->width,
                             N_("Width in px at scale 1 (default: the kind's)"), N_("W") };
    e[k++] = (GOptionEntry){ "height", 0, 0, G_OPTION_ARG_DOUBLE, &o->height,
                             N_("Height in px at scale 1 (default: what it needs)"), N_("H") };
    e[k++] = (GOptionEntry){ "theme", 0, 0, G_OPTION_ARG_STRING, &o->theme,
                             N_("gov-red (default), blue or mono"), N_("NAME") };
    return e;
}

static void
opts_clear(Opts *o)
{
    for (guint i = 0; i < o->n; i++)
        g_free(o->values[i]);
    g_free(o->values);
    g_free(o->keys);
    g_ptr_array_unref(o->names);
    g_strfreev(o->where);
    g_free(o->theme);
}

/* The chart the options describe, or NULL with @error. */
static TjChart *
chart_of(const char *kind, const Opts *o, GError **error)
{
    TjChart *chart = tj_chart_new(kind, error);
    if (!chart)
        return NULL;
    for (guint i = 0; i < o->n; i++) {
        if (o->values[i] && !tj_chart_set(chart, o->keys[i], o->values[i], error)) {
            tj_chart_free(chart);
            return NULL;
        }
    }
    for (guint i = 0; o->where && o->where[i]; i++) {
        const char *eq = strchr(o->where[i], '=');
        if (!eq) {
            g_set_error(error, TJ_ERROR, TJ_ERROR_USAGE,
                        _("--where %s: expected COL=VALUE"), o->where[i]);
            tj_chart_free(chart);
            return NULL;
        }
        char *col = g_strndup(o->where[i], (gsize)(eq - o->where[i]));
        tj_chart_add_where(chart, col, eq + 1);
        g_free(col);
    }
    tj_chart_set_size(chart, o->width, o->height);
    if (!tj_chart_set_theme(chart, o->theme, error)) {
        tj_chart_free(chart);
        return NULL;
    }
    return chart;
}

int
tj_cli_kind(const char *kind, const char *params, const char *summary, int argc, char **argv)
{
    Opts o = { 0 };
    TjCliOutput out_opts = { 0 };
    GOptionEntry *entries = entries_of(kind, &o);
    GOptionContext *ctx = g_option_context_new(params);
    g_option_context_set_translation_domain(ctx, TJ_CLI_DOMAIN);
    g_option_context_set_summary(ctx, summary);
    g_option_context_add_main_entries(ctx, entries, TJ_CLI_DOMAIN);
    int code;
    TjFormat fmt;
    TjOutputOptions out;
    TjTable *table = tj_cli_value_start(ctx, &argc, &argv, &out_opts, &fmt, &out, &code);
    if (code == TJ_EXIT_OK) {
        GError *err = NULL;
        TjChart *chart = chart_of(kind, &o, &err);
        if (!chart || !tj_chart_render(chart, table, fmt, out_opts.output, &out, &err))
            code = tj_cli_fail(err);
        tj_chart_free(chart);
    }
    tj_table_free(table);
    g_option_context_free(ctx);
    tj_cli_output_clear(&out_opts);
    opts_clear(&o);
    g_free(entries);
    return code;
}

int
tj_cli_table(int argc, char **argv)
{
    return tj_cli_kind("table", N_("DATA.csv - an indicator table"),
        N_("Draws an indicator table: names, values aligned on the decimal point, changes "
           "with arrows.\n\nExamples:\n"
           "  tujie table economy.csv --columns 指标,数值,同比 -o table.png\n"
           "  tujie table economy.csv --columns 指标,数值,同比 --bar 数值 -o table.svg"),
        argc, argv);
}

int
tj_cli_timeline(int argc, char **argv)
{
    return tj_cli_kind("timeline", N_("DATA.csv - a timeline of dated events (大事记)"),
        N_("Draws dated milestones along a line.\n\nExamples:\n"
           "  tujie timeline events.csv --date 日期 --text 事件 -o timeline.png\n"
           "  tujie timeline events.csv --date 日期 --text 事件 --direction vertical "
           "-o timeline.pdf"),
        argc, argv);
}

int
tj_cli_pictogram(int argc, char **argv)
{
    return tj_cli_kind("pictogram", N_("[DATA.csv] - an icon array (pictogram)"),
        /* xgettext:no-c-format */
        N_("Draws a share as icons (3 of 10 filled for 30%) or a count as one icon per "
           "--per units.\n\nExamples:\n"
           "  tujie pictogram --value 63.89% --icon 城镇 --label 常住人口城镇化率 -o p.png\n"
           "  tujie pictogram --value 1186万人 --per 100万 --icon 就业 --label 城镇新增就业 "
           "-o p.svg"),
        argc, argv);
}
