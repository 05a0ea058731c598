/* layouts/pie-block.c — the pie as a page block (TjBlockOps) and its alt
 * text: "环形图：2020年三次产业增加值占比。共3项：第一产业7.7%，第二产业
 * 37.8%，第三产业54.5%；第三产业最大。" Slices folded into 其他 are named
 * by their count; shares that do not sum to 100 % say so. */
#include "layouts/pie.h"

#include <math.h>

#include "core/format.h"
#include "layouts/alt-private.h"

char *
tj_alt_pie(const TjChartData *d, const TjPieSpec *spec)
{
    GString *out = g_string_new(spec->donut ? "环形图" : "饼图");
    if (spec->title && *spec->title)
        g_string_append_printf(out, "：%s", spec->title);
    g_string_append(out, "。");
    TjPieSlice sl[TJ_PIE_MAX_SLICES + 1];
    guint n = tj_pie_slices(d, sl);
    double sum;
    gboolean percent = tj_pie_percent_sum(d, &sum);
    const char *unit = spec->unit ? spec->unit : d->series[0].unit;
    g_string_append_printf(out, "共%u项：", d->n_cat);
    guint big = 0;
    for (guint i = 0; i < n; i++) {
        if (sl[i].share > sl[big].share)
            big = i;
        g_string_append(out, sl[i].name);
        if (sl[i].index < 0)
            g_string_append_printf(out, "（%u项）", sl[i].n_folded);
        if (sl[i].index >= 0) {
            tj__alt_value(out, &d->series[0], (guint)sl[i].index, unit ? unit : "");
        } else {
            char *v = tj_format_decimal(sl[i].value, MAX(d->series[0].decimals, 0));
            g_string_append_printf(out, "%s%s", v, percent ? "%" : unit ? unit : "");
            g_free(v);
        }
        if (!percent) {
            char *sh = tj_format_decimal(sl[i].share * 100, 1);
            g_string_append_printf(out, "，占%s%%", sh);
            g_free(sh);
        }
        g_string_append(out, i + 1 < n ? (percent ? "，" : "；") : "；");
    }
    if (n > 1)
        g_string_append_printf(out, "%s最大", sl[big].name);
    if (percent && !tj_pie_sum_ok(d, sum)) {
        char *s = tj_format_decimal(sum, MAX(d->series[0].decimals, 0));
        g_string_append_printf(out, "；各项之和为%s%%", s);
        g_free(s);
    }
    tj__alt_end(out);
    return g_string_free(out, FALSE);
}

static gboolean
pie_layout(TjScene *s, gconstpointer spec, double w, double h, const TjTheme *th,
           const TjMeasurer *m, GError **error)
{
    const TjPieBlock *b = spec;
    TjPieSpec ps = b->spec;
    ps.width = w;
    ps.height = h;
    return tj_layout_pie(s, b->data, &ps, th, m, error);
}

static double
pie_height(gconstpointer spec, double cell_w, guint n, const TjTheme *th, const TjMeasurer *m)
{
    (void)spec; (void)th; (void)m;
    return n == 1 ? 480 : round(MIN(MAX(cell_w * 0.9, 300), 440));
}

static char *
pie_alt(gconstpointer spec)
{
    const TjPieBlock *b = spec;
    return b->data ? tj_alt_pie(b->data, &b->spec) : NULL;
}

static const char *
pie_title(gconstpointer spec)
{
    return ((const TjPieBlock *)spec)->spec.title;
}

static void
pie_size(gconstpointer spec, double *w, double *h)
{
    (void)spec;
    *w = 800;
    *h = 500;
}

const TjBlockOps tj_pie_block_ops = {
    .name = "pie", .layout = pie_layout, .natural_height = pie_height, .alt = pie_alt,
    .title = pie_title, .default_size = pie_size, .alt_noun = "个饼图或环形图",
};
