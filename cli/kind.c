/* cli/kind.c — one command per chart kind (`tujie bar`, `tujie gauge`, …),
 * made from the library's table of kinds: each key of the kind is an
 * option --KEY ('_' written '-') typed as the key is, the summary and
 * examples are the kind's, and the chart is made with TjChart exactly as
 * a spec block or a program would make it. A new kind in bind/kinds.c is a
 * new command with no code here. */
#include "cli/cli.h"

#include <string.h>

/* One option of the command: a key of the kind. */
typedef struct {
    const char *key;          /* (transfer none) the library's */
    TjChartKeyType type;
    char *name;               /* the option's long name */
    char *arg_desc;           /* "COL", "ring|semicircle|bar", … */
    char *text;               /* given text (most types; a bool's "true"
                                 or its =VALUE) */
    char **texts;             /* given texts (where, repeatable) */
} KindOpt;

typedef struct {
    KindOpt *opts;
    guint n;
    double width, height;
    char *theme;
    char *sheet;              /* --sheet: a workbook's sheet */
} KindArgs;

/* Keys a command takes otherwise: DATA.csv is its argument, --width and
 * --height size the chart (a spec's height: sizes a block in a page),
 * --theme is checked on its own, and --alt names the alt-text file. */
static gboolean
cli_skips(const char *key)
{
    static const char *const skipped[] = { "data", "height", "theme", "alt", NULL };
    return g_strv_contains(skipped, key);
}

static char *
arg_desc_of(TjChartKeyType type, const char *const *choices)
{
    switch (type) {
    case TJ_CHART_KEY_VALUE: return g_strdup("V|COL");
    case TJ_CHART_KEY_NUMBER: return g_strdup("N");
    case TJ_CHART_KEY_NUMBERS: return g_strdup("V[,V…]");
    case TJ_CHART_KEY_BOOL: return g_strdup("[true|false]");
    case TJ_CHART_KEY_COLUMN: return g_strdup("COL");
    case TJ_CHART_KEY_COLUMNS: return g_strdup("COL[,COL…]");
    case TJ_CHART_KEY_CHOICE: return choices ? g_strjoinv("|", (char **)choices) : g_strdup("WORD");
    case TJ_CHART_KEY_FILE: return g_strdup("FILE");
    case TJ_CHART_KEY_WHERE: return g_strdup("COL=VALUE");
    case TJ_CHART_KEY_TEXT:
    case TJ_CHART_KEY_DATA:
    default: return g_strdup("TEXT");
    }
}

/* A bool key: --KEY alone is true, --KEY=false (or no, 0, …, as the key
 * reads them) sets it as written. */
static gboolean
bool_option(const char *option_name, const char *value, gpointer data, GError **error)
{
    (void)error;
    KindArgs *a = data;
    const char *name = option_name + strspn(option_name, "-");
    for (guint i = 0; i < a->n; i++)
        if (strcmp(a->opts[i].name, name) == 0) {
            g_free(a->opts[i].text);
            a->opts[i].text = g_strdup(value ? value : "true");
        }
    return TRUE;
}

/* The option entries of @kind's keys into @a (which they point into),
 * then --width, --height, --theme. (transfer full) g_free(). Sets
 * *@data_optional when a key can take its value from the command line. */
static GOptionEntry *
kind_entries(const char *kind, KindArgs *a, gboolean *data_optional)
{
    const char **keys = tj_chart_kind_keys(kind);
    guint n = g_strv_length((char **)keys);
    a->opts = g_new0(KindOpt, n);
    GOptionEntry *e = g_new0(GOptionEntry, n + 4);
    guint k = 0;
    *data_optional = FALSE;
    for (guint i = 0; i < n; i++) {
        TjChartKeyType type;
        const char *const *choices = NULL;
        if (cli_skips(keys[i]) || !tj_chart_key_type(kind, keys[i], &type, &choices))
            continue;
        KindOpt *o = &a->opts[a->n++];
        o->key = keys[i];
        o->type = type;
        o->name = g_strdelimit(g_strdup(keys[i]), "_", '-');
        o->arg_desc = arg_desc_of(type, choices);
        *data_optional = *data_optional || type == TJ_CHART_KEY_VALUE;
        const char *help = type == TJ_CHART_KEY_WHERE
                               ? _("Use the rows whose COL is VALUE (repeatable)")
                               : tj_chart_key_help(kind, keys[i]);
        GOptionArg arg = type == TJ_CHART_KEY_BOOL    ? G_OPTION_ARG_CALLBACK
                         : type == TJ_CHART_KEY_WHERE ? G_OPTION_ARG_STRING_ARRAY
                         : type == TJ_CHART_KEY_FILE  ? G_OPTION_ARG_FILENAME
                                                      : G_OPTION_ARG_STRING;
        gpointer data = type == TJ_CHART_KEY_BOOL    ? (gpointer)bool_option
                        : type == TJ_CHART_KEY_WHERE ? (gpointer)&o->texts
                                                     : (gpointer)&o->text;
        int flags = type == TJ_CHART_KEY_BOOL ? G_OPTION_FLAG_OPTIONAL_ARG : 0;
        e[k++] = (GOptionEntry){ o->name, 0, flags, arg, data, help, o->arg_desc };
    }
    g_free(keys);
    e[k++] = (GOptionEntry){ "width", 0, 0, G_OPTION_ARG_DOUBLE, &a->width,
                             N_("Width in px at scale 1 (default: the kind's, docs/spec.md)"),
                             N_("W") };
    e[k++] = (GOptionEntry){ "height", 0, 0, G_OPTION_ARG_DOUBLE, &a->height,
                             N_("Height in px at scale 1 (default: the kind's, docs/spec.md)"),
                             N_("H") };
    e[k++] = (GOptionEntry){ "theme", 0, 0, G_OPTION_ARG_STRING, &a->theme,
                             N_("gov-red (default), blue or mono"), N_("NAME") };
    return e;
}

static void
kind_args_clear(KindArgs *a)
{
    for (guint i = 0; i < a->n; i++) {
        g_free(a->opts[i].name);
        g_free(a->opts[i].arg_desc);
        g_free(a->opts[i].text);
        g_strfreev(a->opts[i].texts);
    }
    g_free(a->opts);
    g_free(a->theme);
    g_free(a->sheet);
}

/* The chart the options ask for, or NULL with a USAGE error (an unknown
 * theme, a --where without '='). Values are checked when it is drawn. */
static TjChart *
kind_chart(const char *kind, const KindArgs *a, GError **error)
{
    TjChart *ch = tj_chart_new(kind, error);
    gboolean ok = ch && tj_chart_set_theme(ch, a->theme, error);
    for (guint i = 0; ok && i < a->n; i++) {
        const KindOpt *o = &a->opts[i];
        if (o->text)
            ok = tj_chart_set(ch, o->key, o->text, error);
        for (guint j = 0; ok && o->texts && o->texts[j]; j++) {
            char *eq = strchr(o->texts[j], '=');
            if (!eq || eq == o->texts[j]) {
                g_set_error(error, TJ_ERROR, TJ_ERROR_USAGE,
                            _("--where “%s”: expected COLUMN=VALUE"), o->texts[j]);
                ok = FALSE;
                break;
            }
            char *column = g_strndup(o->texts[j], (gsize)(eq - o->texts[j]));
            tj_chart_add_where(ch, column, eq + 1);
            g_free(column);
        }
    }
    if (ch)
        tj_chart_set_size(ch, a->width, a->height);
    if (!ok) {
        tj_chart_free(ch);
        return NULL;
    }
    return ch;
}

/* Parse, DATA.csv (one; or none when @data_optional), output resolution,
 * the table (of the sheet *@sheet holds once parsed, if any). FALSE with
 * *code set; TRUE with *table NULL when none was given. */
static gboolean
kind_start(GOptionContext *ctx, int *argc, char ***argv, gboolean data_optional,
           char *const *sheet, TjCliOutput *o, TjFormat *fmt, TjOutputOptions *out,
           TjTable **table, int *code)
{
    *table = NULL;
    tj_cli_output_add(ctx, o);
    GError *err = NULL;
    if (!tj_cli_parse(ctx, argc, argv, code))
        return FALSE;
    if (*argc > 2 && data_optional)
        g_set_error(&err, TJ_ERROR, TJ_ERROR_USAGE, _("expected at most one DATA.csv, got %d"),
                    *argc - 1);
    else if (*argc != 2 && !data_optional)
        g_set_error(&err, TJ_ERROR, TJ_ERROR_USAGE, _("expected one DATA.csv, got %d"),
                    *argc - 1);
    else if (*argc < 2 && *sheet)
        g_set_error(&err, TJ_ERROR, TJ_ERROR_USAGE, _("--sheet given without a workbook; "
                    "expected DATA.xlsx or DATA.xls before the options"));
    if (!err && tj_cli_output_resolve(o, fmt, out, &err) && *argc == 2)
        *table = *sheet ? tj_table_load_sheet((*argv)[1], *sheet, &err)
                        : tj_table_open((*argv)[1], &err);
    if (err) {
        *code = tj_cli_fail(err);
        return FALSE;
    }
    return TRUE;
}

/* "[DATA.csv] - summary" and the summary with the kind's examples. */
static GOptionContext *
kind_context(const char *kind, gboolean data_optional)
{
    const char *summary = tj_chart_kind_summary(kind);
    char *param = g_strdup_printf("%s - %s", data_optional ? "[DATA.csv]" : "DATA.csv",
                                  summary ? summary : kind);
    GOptionContext *ctx = g_option_context_new(param);
    g_free(param);
    g_option_context_set_translation_domain(ctx, TJ_CLI_DOMAIN);
    const char *examples = tj_chart_kind_examples(kind);
    if (examples) {
        GString *s = g_string_new(_("Examples:"));
        char **lines = g_strsplit(examples, "\n", -1);
        for (guint i = 0; lines[i]; i++)
            g_string_append_printf(s, "\n  %s", lines[i]);
        g_strfreev(lines);
        g_option_context_set_summary(ctx, s->str);
        g_string_free(s, TRUE);
    }
    if (data_optional)   /* a V|COL option: the rule it is read by */
        g_option_context_set_description(
            ctx, _("V|COL: without DATA.csv, a value. With DATA.csv, the column of that name "
                   "when there is one (a note says so when the text is also a number), else "
                   "a value when it reads as a number with its unit (2954.7亿元, -9.1%), "
                   "else a column."));
    return ctx;
}

int
tj_cli_kind(const char *kind, int argc, char **argv)
{
    KindArgs a = { 0 };
    TjCliOutput o = { 0 };
    gboolean data_optional;
    GOptionEntry *entries = kind_entries(kind, &a, &data_optional);
    GOptionContext *ctx = kind_context(kind, data_optional);
    /* a group of its own, so that bool_option() receives @a */
    GOptionGroup *group = g_option_group_new(NULL, NULL, NULL, &a, NULL);
    g_option_group_add_entries(group, entries);
    g_option_group_set_translation_domain(group, TJ_CLI_DOMAIN);
    g_option_context_set_main_group(ctx, group);
    tj_cli_sheet_entry(ctx, &a.sheet);

    int code = TJ_EXIT_OK;
    TjFormat fmt;
    TjOutputOptions out;
    TjTable *table;
    if (kind_start(ctx, &argc, &argv, data_optional, &a.sheet, &o, &fmt, &out, &table, &code)) {
        GError *err = NULL;
        TjChart *ch = kind_chart(kind, &a, &err);
        if (!ch || !tj_chart_render(ch, table, fmt, o.output, &out, &err))
            code = tj_cli_fail(err);
        tj_chart_free(ch);
    }
    tj_table_free(table);
    g_option_context_free(ctx);
    g_free(entries);
    tj_cli_output_clear(&o);
    kind_args_clear(&a);
    return code;
}

gboolean
tj_cli_is_kind(const char *name)
{
    const char *const *kinds = tj_chart_kinds();
    return name && g_strv_contains(kinds, name);
}
