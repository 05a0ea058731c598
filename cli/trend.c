/* cli/trend.c — `tujie trend DATA.csv --x COL --y COL[,COL…] -o OUT`. */
#include "cli/cli.h"

int
tj_cli_trend(int argc, char **argv)
{
    TjCliChart c = { 0 };
    TjCliOutput o = { 0 };
    char *target = NULL, *target_x = NULL, *better = NULL, *highlight = NULL;
    char *kind_col = NULL, *label_col = NULL, *x_type = NULL;
    gboolean area = FALSE;
    GOptionEntry extra[] = {
        { "target", 0, 0, G_OPTION_ARG_STRING, &target,
          N_("Add a dashed target point after the last, e.g. 6%左右"), N_("VALUE") },
        { "target-x", 0, 0, G_OPTION_ARG_STRING, &target_x,
          N_("x label of the target point (default: next year + 目标)"), N_("TEXT") },
        { "kind-col", 0, 0, G_OPTION_ARG_STRING, &kind_col,
          N_("Column marking rows 目标/预测 as projected (default: 类型)"), N_("COL") },
        { "label-col", 0, 0, G_OPTION_ARG_STRING, &label_col,
          N_("Column of labels shown at points (default: 标注)"), N_("COL") },
        { "better", 0, 0, G_OPTION_ARG_STRING, &better, N_("higher or lower"), N_("DIR") },
        { "highlight", 0, 0, G_OPTION_ARG_STRING, &highlight, N_("last (default), extremes or none"), N_("WHICH") },
        { "area", 0, 0, G_OPTION_ARG_NONE, &area, N_("Fill the area under a single line"), NULL },
        { "x-type", 0, 0, G_OPTION_ARG_STRING, &x_type,
          N_("category, number or date (default: numbers and dates on a scale)"), N_("TYPE") },
        { NULL, 0, 0, 0, NULL, NULL, NULL }
    };
    GOptionEntry *entries = tj_cli_chart_entries(&c, extra);
    GOptionContext *ctx = g_option_context_new(N_("DATA.csv - trend chart"));
    g_option_context_set_translation_domain(ctx, TJ_CLI_DOMAIN);
    g_option_context_set_summary(ctx,
        N_("Draws lines over years or dates.\n\n"
        "Example:\n  tujie trend examples/dongcheng-2021/gdp.csv --x 年份 --y 地区生产总值 \\\n"
        "      --title 地区生产总值 -o gdp.png"));
    g_option_context_add_main_entries(ctx, entries, TJ_CLI_DOMAIN);

    int code = TJ_EXIT_OK;
    TjFormat fmt;
    TjOutputOptions out;
    TjTable *table = tj_cli_chart_start(ctx, &argc, &argv, &c, &o, &fmt, &out, &code);
    if (table) {
        GError *err = NULL;
        TjTrendOptions opts;
        tj_trend_options_init(&opts);
        opts.x = c.x; opts.y = c.y; opts.where = c.where_joined;
        opts.title = c.title; opts.subtitle = c.subtitle; opts.source = c.source;
        opts.unit = c.unit; opts.width = c.width; opts.height = c.height; opts.theme = c.theme;
        opts.target = target; opts.target_x = target_x; opts.better = better;
        opts.highlight = highlight; opts.area = area;
        opts.kind_col = kind_col; opts.label_col = label_col; opts.x_type = x_type;
        if (!tj_trend_render(table, &opts, fmt, o.output, &out, &err))
            code = tj_cli_fail(err);
        tj_table_free(table);
    }
    g_option_context_free(ctx);
    g_free(entries);
    tj_cli_output_clear(&o);
    tj_cli_chart_clear(&c);
    g_free(target); g_free(target_x); g_free(better); g_free(highlight);
    g_free(kind_col); g_free(label_col); g_free(x_type);
    return code;
}
