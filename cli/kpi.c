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
          "The value (2954.7亿元), or with DATA.csv its column", "V|COL" },
        { "label", 0, 0, G_OPTION_ARG_STRING, &a.label,
          "The indicator's name (default: the --where value)", "TEXT" },
        { "where", 0, 0, G_OPTION_ARG_STRING_ARRAY, &a.where,
          "Pick the row whose COL is VALUE (repeatable)", "COL=VALUE" },
        { "unit", 0, 0, G_OPTION_ARG_STRING, &a.unit, "Unit after the value (default: the value's)", "TEXT" },
        { "magnitude", 0, 0, G_OPTION_ARG_STRING, &a.magnitude,
          "Scale the value: auto (default), none, 万, 亿 or 万亿", "M" },
        { "change", 0, 0, G_OPTION_ARG_STRING, &a.change,
          "Change in % (0.2, -9.1%) or points (0.3个百分点), or its column", "C|COL" },
        { "change-style", 0, 0, G_OPTION_ARG_STRING, &a.change_style,
          "arrow (default, ↑0.2%), sign (+0.2%) or words (增长0.2%)", "S" },
        { "change-label", 0, 0, G_OPTION_ARG_STRING, &a.change_label,
          "Text before the change (default 同比 or the column's name; \"\" none)", "TEXT" },
        { "better", 0, 0, G_OPTION_ARG_STRING, &a.better,
          "higher or lower: colour the change good/bad instead of rise red/fall green", "DIR" },
        { "compare", 0, 0, G_OPTION_ARG_STRING, &a.compare,
          "A comparison line, e.g. 2021年目标：增长6%左右", "TEXT" },
        { "icon", 0, 0, G_OPTION_ARG_FILENAME, &a.icon,
          "A PNG or SVG icon before the label (at most 8 MiB, 8192 × 8192 px)", "FILE" },
        { "width", 0, 0, G_OPTION_ARG_DOUBLE, &a.width, "Width in px at scale 1 (default 360)", "W" },
        { "height", 0, 0, G_OPTION_ARG_DOUBLE, &a.height, "Height in px at scale 1 (default 220)", "H" },
        { "theme", 0, 0, G_OPTION_ARG_STRING, &a.theme, "gov-red (default), blue or mono", "NAME" },
        { NULL, 0, 0, 0, NULL, NULL, NULL }
    };
    GOptionContext *ctx = g_option_context_new("[DATA.csv] - big-number tile");
    g_option_context_set_summary(ctx,
        "Draws a big-number tile: label, value with unit, change, comparison.\n\n"
        "Examples:\n  tujie kpi --value 2954.7亿元 --label 地区生产总值 --change 0.2 \\\n"
        "      --compare 2021年目标：增长6%左右 -o gdp.png --scale 2\n"
        "  tujie kpi --value 40 --unit 微克/立方米 --label 细颗粒物年均浓度 --change -9.1 --better lower -o pm25.png\n"
        "  tujie kpi economy-2020.csv --where 指标=地区生产总值 --value 数值 --change 同比 -o gdp.svg");
    g_option_context_add_main_entries(ctx, entries, NULL);

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
