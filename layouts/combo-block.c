/* layouts/combo-block.c — the combo chart as a page block (TjBlockOps) and
 * its alt text: "柱线图：标题。柱为国内生产总值（亿元，左轴），线为增长速度
 * （%，右轴）。共5项：2016年，746395亿元，增长6.8%；…". */
#include "layouts/combo.h"

#include <math.h>

#include "layouts/alt-private.h"

#define LIST_MAX 12

char *
tj_alt_combo(const TjChartData *d, const TjComboSpec *spec)
{
    GString *out = g_string_new("柱线图");
    if (spec->title && *spec->title)
        g_string_append_printf(out, "：%s", spec->title);
    g_string_append(out, "。");
    if (d->n_series < 2) {
        tj__alt_end(out);
        return g_string_free(out, FALSE);
    }
    const TjSeries *b = &d->series[0], *l = &d->series[1];
    const char *bu = spec->unit ? spec->unit : b->unit;
    const char *lu = spec->line_unit ? spec->line_unit : l->unit;
    g_string_append_printf(out, "柱为%s（%s%s左轴），线为%s（%s%s右轴）。", b->name,
                           bu && *bu ? bu : "", bu && *bu ? "，" : "", l->name,
                           lu && *lu ? lu : "", lu && *lu ? "，" : "");
    g_string_append_printf(out, "共%u项", d->n_cat);
    if (d->n_cat > LIST_MAX) {
        g_string_append(out, "，");
        tj__alt_end(out);
        return g_string_free(out, FALSE);
    }
    g_string_append(out, "：");
    for (guint i = 0; i < d->n_cat; i++) {
        g_string_append_printf(out, "%s，%s", d->categories[i], b->name);
        tj__alt_value(out, b, i, bu ? bu : "");
        g_string_append_printf(out, "，%s", l->name);
        tj__alt_value(out, l, i, lu ? lu : "");
        g_string_append(out, i + 1 < d->n_cat ? "；" : "。");
    }
    return g_string_free(out, FALSE);
}

static gboolean
combo_layout(TjScene *s, gconstpointer spec, double w, double h, const TjTheme *th,
             const TjMeasurer *m, GError **error)
{
    const TjComboBlock *b = spec;
    TjComboSpec cs = b->spec;
    cs.width = w;
    cs.height = h;
    return tj_layout_combo(s, b->data, &cs, th, m, error);
}

static double
combo_height(gconstpointer spec, double cell_w, guint n, const TjTheme *th, const TjMeasurer *m)
{
    (void)spec; (void)cell_w; (void)th; (void)m;
    return n == 1 ? 560 : n == 2 ? 460 : 420;
}

static char *
combo_alt(gconstpointer spec)
{
    const TjComboBlock *b = spec;
    return b->data ? tj_alt_combo(b->data, &b->spec) : NULL;
}

static const char *
combo_title(gconstpointer spec)
{
    return ((const TjComboBlock *)spec)->spec.title;
}

static void
combo_size(gconstpointer spec, double *w, double *h)
{
    (void)spec;
    *w = 800;
    *h = 500;
}

const TjBlockOps tj_combo_block_ops = {
    .name = "combo", .layout = combo_layout, .natural_height = combo_height,
    .alt = combo_alt, .title = combo_title, .default_size = combo_size,
    .alt_noun = "个柱线图",
};
