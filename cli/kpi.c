/* cli/kpi.c — `tujie kpi [DATA.csv] --value V|COL --label L … -o OUT`:
 * the big-number tile. */
#include "cli/cli.h"

typedef struct {
    char *value, *change, *label, *unit, *change_label, *change_style, *better;
    char *magnitude, *compare, *theme, *icon;
    char **where;
    double width, height;
} Args;

static void
args_clear(Args *a)
{
    g_free(a->value); g_free(a->change); g_free(a->label); g_free(a->unit);
    g_free(a->change_label); g_free(a->change_style); g_free(a->better);
    g_free(a->magnitude); g_free(a->compare); g_free(a->theme); g_free(a->icon);
    g_strfreev(a->where);
}

int
tj_cli_kpi(int argc, char **argv)
{
    Args a = { 0 };
    TjCliOutput o = { 0 };
    GOptionEntry entries[] = {
        { "value", 0, 0, G_OPTION_ARG_STRING, &a.value,
          N_("The value (2954.7亿元), or with DATA.csv its column"), N_("V|COL") },
        { "label", 0, 0, G_OPTION_ARG_STRING, &a.label,
          N_("The indicator's name (default: the --where value)"), N_("TEXT") },
        { "where", 0, 0, G_OPTION_ARG_STRING_ARRAY, &a.where,
          N_("Pick the row whose COL is VALUE (repeatable)"), N_("COL=VALUE") },
        { "unit", 0, 0, G_OPTION_ARG_STRING, &a.unit, N_("Unit after the value (default: the value's)"), N_("TEXT") },
        { "magnitude", 0, 0, G_OPTION_ARG_STRING, &a.magnitude,
          N_("Scale the value: auto (default), none, 万, 亿 or 万亿"), N_("M") },
        { "change", 0, 0, G_OPTION_ARG_STRING, &a.change,
          N_("Change in % (0.2, -9.1%) or points (0.3个百分点), or its column"), N_("C|COL") },
        { "change-style", 0, 0, G_OPTION_ARG_STRING, &a.change_style,
          N_("arrow (default, ↑0.2%), sign (+0.2%) or words (增长0.2%)"), N_("S") },
        { "change-label", 0, 0, G_OPTION_ARG_STRING, &a.change_label,
          N_("Text before the change (default 同比 or the column's name; \"\" none)"), N_("TEXT") },
        { "better", 0, 0, G_OPTION_ARG_STRING, &a.better,
          N_("higher or lower: colour the change good/bad instead of rise red/fall green"), N_("DIR") },
        { "compare", 0, 0, G_OPTION_ARG_STRING, &a.compare,
          N_("A comparison line, e.g. 2021年目标：增长6%左右"), N_("TEXT") },
        { "icon", 0, 0, G_OPTION_ARG_FILENAME, &a.icon,
          N_("A PNG or SVG icon before the label (at most 8 MiB, 8192 × 8192 px)"), N_("FILE") },
        { "width", 0, 0, G_OPTION_ARG_DOUBLE, &a.width, N_("Width in px at scale 1 (default 360)"), N_("W") },
        { "height", 0, 0, G_OPTION_ARG_DOUBLE, &a.height, N_("Height in px at scale 1 (default 220)"), N_("H") },
        { "theme", 0, 0, G_OPTION_ARG_STRING, &a.theme, N_("gov-red (default), blue or mono"), N_("NAME") },
        { NULL, 0, 0, 0, NULL, NULL, NULL }
    };
    GOptionContext *ctx = g_option_context_new(N_("[DATA.csv] - big-number tile"));
    g_option_context_set_translation_domain(ctx, TJ_CLI_DOMAIN);
    g_option_context_set_summary(ctx,
        N_("Draws a big-number tile: label, value with unit, change, comparison.\n\n"
        "Examples:\n  tujie kpi --value 2954.7亿元 --label 地区生产总值 --change 0.2 \\\n"
        "      --compare 2021年目标：增长6%左右 -o gdp.png --scale 2\n"
        "  tujie kpi --value 40 --unit 微克/立方米 --label 细颗粒物年均浓度 --change -9.1 --better lower -o pm25.png\n"
        "  tujie kpi economy-2020.csv --where 指标=地区生产总值 --value 数值 --change 同比 -o gdp.svg"));
    g_option_context_add_main_entries(ctx, entries, TJ_CLI_DOMAIN);

    int code;
    TjFormat fmt;
    TjOutputOptions out;
    TjTable *table = tj_cli_value_start(ctx, &argc, &argv, &o, &fmt, &out, &code);
    if (code == TJ_EXIT_OK) {
        GError *err = NULL;
        char *where = a.where ? g_strjoinv(";", a.where) : NULL;
        TjKpiOptions opts;
        tj_kpi_options_init(&opts);
        opts.value = a.value; opts.change = a.change; opts.where = where;
        opts.label = a.label; opts.unit = a.unit; opts.change_label = a.change_label;
        opts.change_style = a.change_style; opts.better = a.better;
        opts.magnitude = a.magnitude; opts.compare = a.compare;
        opts.width = a.width; opts.height = a.height; opts.theme = a.theme;
        opts.icon = a.icon;
        if (!tj_kpi_render(table, &opts, fmt, o.output, &out, &err))
            code = tj_cli_fail(err);
        g_free(where);
    }
    tj_table_free(table);
    g_option_context_free(ctx);
    tj_cli_output_clear(&o);
    args_clear(&a);
    return code;
}
