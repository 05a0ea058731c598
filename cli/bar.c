/* cli/bar.c — `tujie bar DATA.csv --x COL --y COL[,COL…] -o OUT`. The
 * options become a TjChart's keys, so the command takes what a spec's
 * bar block takes, checked and named the same way. */
#include "cli/cli.h"

int
tj_cli_bar(int argc, char **argv)
{
    TjCliChart c = { 0 };
    TjCliOutput o = { 0 };
    char *highlight = NULL, *target = NULL, *target_label = NULL, *top = NULL;
    gboolean horizontal = FALSE, stacked = FALSE, raw = FALSE;
    GOptionEntry extra[] = {
        { "highlight", 0, 0, G_OPTION_ARG_STRING, &highlight, N_("Category to emphasise"), N_("NAME") },
        { "target", 0, 0, G_OPTION_ARG_STRING, &target,
          N_("Draw a dashed target line, e.g. 3000, 6%左右 or 不超过4%"), N_("VALUE") },
        { "target-label", 0, 0, G_OPTION_ARG_STRING, &target_label,
          N_("Caption of the target line (default: 目标)"), N_("TEXT") },
        { "horizontal", 0, 0, G_OPTION_ARG_NONE, &horizontal, N_("Horizontal bars"), NULL },
        { "stacked", 0, 0, G_OPTION_ARG_NONE, &stacked, N_("Stack several series"), NULL },
        { "top", 0, 0, G_OPTION_ARG_STRING, &top,
          N_("Only the N largest bars, and one 其他 for the rest"), N_("N") },
        { "raw", 0, 0, G_OPTION_ARG_NONE, &raw,
          N_("Numbers as written (no 万/亿 chosen for the axis)"), NULL },
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
        TjChart *chart = tj_cli_chart_new("bar", &c, &err);
        gboolean ok = chart
            && (!highlight || tj_chart_set(chart, "highlight", highlight, &err))
            && (!target || tj_chart_set(chart, "target", target, &err))
            && (!target_label || tj_chart_set(chart, "target_label", target_label, &err))
            && (!horizontal || tj_chart_set(chart, "horizontal", "true", &err))
            && (!stacked || tj_chart_set(chart, "stacked", "true", &err))
            && (!top || tj_chart_set(chart, "top", top, &err))
            && (!raw || tj_chart_set(chart, "raw", "true", &err))
            && tj_chart_render(chart, table, fmt, o.output, &out, &err);
        if (!ok)
            code = tj_cli_fail(err);
        tj_chart_free(chart);
        tj_table_free(table);
    }
    g_option_context_free(ctx);
    g_free(entries);
    tj_cli_output_clear(&o);
    tj_cli_chart_clear(&c);
    g_free(highlight);
    g_free(target);
    g_free(target_label);
    g_free(top);
    return code;
}
