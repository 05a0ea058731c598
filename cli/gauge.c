/* cli/gauge.c — `tujie gauge [DATA.csv] --value V|COL … -o OUT`, and the
 * start-up it shares with `tujie kpi`: a CSV file is optional (without one
 * the value is typed on the command line). */
#include "cli/cli.h"

TjTable *
tj_cli_value_start(GOptionContext *ctx, int *argc, char ***argv, TjCliOutput *o,
                   TjFormat *fmt, TjOutputOptions *out, int *code)
{
    GOptionGroup *og = g_option_group_new("output", _("Output options:"), N_("Show output options"),
                                          o, NULL);
    g_option_group_set_translation_domain(og, TJ_CLI_DOMAIN);
    tj_cli_output_entries(og, o);
    g_option_context_add_group(ctx, og);
    char *sheet = NULL;
    tj_cli_sheet_entry(ctx, &sheet);
    GError *err = NULL;
    *code = TJ_EXIT_OK;
    if (!tj_cli_parse(ctx, argc, argv, code))
        return NULL;
    if (*argc > 2)
        g_set_error(&err, TJ_ERROR, TJ_ERROR_USAGE, _("expected at most one DATA.csv, got %d"),
                    *argc - 1);
    else if (*argc < 2 && sheet)
        g_set_error(&err, TJ_ERROR, TJ_ERROR_USAGE, _("--sheet given without a workbook; "
                    "expected DATA.xlsx or DATA.xls before the options"));
    if (err || !tj_cli_output_resolve(o, fmt, out, &err)) {
        g_free(sheet);
        *code = tj_cli_fail(err);
        return NULL;
    }
    if (*argc < 2)
        return NULL;
    TjTable *t = tj_table_load_sheet((*argv)[1], sheet, &err);
    g_free(sheet);
    if (!t)
        *code = tj_cli_fail(err);
    return t;
}

typedef struct {
    char *value, *min, *max, *target, *bands, *style, *label, *unit;
    char *title, *subtitle, *source, *theme;
    char **where;
    gboolean clamp;
    double width, height;
} Args;

static void
args_clear(Args *a)
{
    g_free(a->value); g_free(a->min); g_free(a->max); g_free(a->target);
    g_free(a->bands); g_free(a->style); g_free(a->label); g_free(a->unit);
    g_free(a->title); g_free(a->subtitle); g_free(a->source); g_free(a->theme);
    g_strfreev(a->where);
}

int
tj_cli_gauge(int argc, char **argv)
{
    Args a = { 0 };
    TjCliOutput o = { 0 };
    GOptionEntry entries[] = {
        { "value", 0, 0, G_OPTION_ARG_STRING, &a.value,
          N_("The value (21.8%), or with DATA.csv its column"), N_("V|COL") },
        { "where", 0, 0, G_OPTION_ARG_STRING_ARRAY, &a.where,
          N_("Pick the row whose COL is VALUE (repeatable)"), N_("COL=VALUE") },
        { "min", 0, 0, G_OPTION_ARG_STRING, &a.min, N_("Scale start (default 0)"), N_("A") },
        { "max", 0, 0, G_OPTION_ARG_STRING, &a.max, N_("Scale end (default 100)"), N_("B") },
        { "target", 0, 0, G_OPTION_ARG_STRING, &a.target, N_("Mark a target value"), N_("T") },
        { "style", 0, 0, G_OPTION_ARG_STRING, &a.style, N_("ring (default), semicircle or bar"), N_("S") },
        { "bands", 0, 0, G_OPTION_ARG_STRING, &a.bands,
          N_("Semicircle: colour bands split at these values"), N_("V[,V…]") },
        { "clamp", 0, 0, G_OPTION_ARG_NONE, &a.clamp,
          N_("Draw a value outside the scale at its end (with a warning) instead of failing"), NULL },
        { "label", 0, 0, G_OPTION_ARG_STRING, &a.label,
          N_("The indicator's name (default: the --where value)"), N_("TEXT") },
        { "unit", 0, 0, G_OPTION_ARG_STRING, &a.unit, N_("Unit after the value (default: the value's)"), N_("TEXT") },
        { "title", 0, 0, G_OPTION_ARG_STRING, &a.title, N_("Chart title"), N_("TEXT") },
        { "subtitle", 0, 0, G_OPTION_ARG_STRING, &a.subtitle, N_("Subtitle"), N_("TEXT") },
        { "source", 0, 0, G_OPTION_ARG_STRING, &a.source, N_("Data source for the foot line"), N_("TEXT") },
        { "width", 0, 0, G_OPTION_ARG_DOUBLE, &a.width,
          N_("Width in px at scale 1 (default 400; bar 600)"), N_("W") },
        { "height", 0, 0, G_OPTION_ARG_DOUBLE, &a.height,
          N_("Height in px at scale 1 (default 400; semicircle 280, bar 160)"), N_("H") },
        { "theme", 0, 0, G_OPTION_ARG_STRING, &a.theme, N_("gov-red (default), blue or mono"), N_("NAME") },
        { NULL, 0, 0, 0, NULL, NULL, NULL }
    };
    GOptionContext *ctx = g_option_context_new(N_("[DATA.csv] - gauge (progress ring, dial, bar)"));
    g_option_context_set_translation_domain(ctx, TJ_CLI_DOMAIN);
    g_option_context_set_summary(ctx,
        /* xgettext:no-c-format */
        N_("Draws one value against a scale.\n\n"
        "Examples:\n  tujie gauge --value 21.8% --label 家庭厨余垃圾分出率 -o ring.png --scale 2\n"
        "  tujie gauge --value 93% --style bar --target 90% --label 公园绿地500米服务半径覆盖率 -o bar.png\n"
        "  tujie gauge city.csv --where 指标=家庭厨余垃圾分出率 --value 数值 -o ring.svg"));
    g_option_context_add_main_entries(ctx, entries, TJ_CLI_DOMAIN);

    int code;
    TjFormat fmt;
    TjOutputOptions out;
    TjTable *table = tj_cli_value_start(ctx, &argc, &argv, &o, &fmt, &out, &code);
    if (code == TJ_EXIT_OK) {
        GError *err = NULL;
        char *where = a.where ? g_strjoinv(";", a.where) : NULL;
        TjGaugeOptions opts;
        tj_gauge_options_init(&opts);
        opts.value = a.value; opts.where = where; opts.min = a.min; opts.max = a.max;
        opts.target = a.target; opts.bands = a.bands; opts.style = a.style;
        opts.label = a.label; opts.unit = a.unit; opts.title = a.title;
        opts.subtitle = a.subtitle; opts.source = a.source; opts.clamp = a.clamp;
        opts.width = a.width; opts.height = a.height; opts.theme = a.theme;
        if (!tj_gauge_render(table, &opts, fmt, o.output, &out, &err))
            code = tj_cli_fail(err);
        g_free(where);
    }
    tj_table_free(table);
    g_option_context_free(ctx);
    tj_cli_output_clear(&o);
    args_clear(&a);
    return code;
}
