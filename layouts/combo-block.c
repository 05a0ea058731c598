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

/* The width of @name at @size px, estimated (no measurer here): a CJK
 * character a full size, any other half. */
static double
name_width(const char *name, double size)
{
    double w = 0;
    for (const char *p = name; p && *p; p = g_utf8_next_char(p))
        w += g_utf8_get_char(p) < 0x2E80 ? size * 0.55 : size;
    return w;
}

/* The height a combo @w px wide wants (at least @h): more when its names
 * cannot wrap under their bars and are slanted, so that the slanted band
 * stays under half the plot (the layout's rule) instead of the chart
 * being refused. */
static double
grown_height(const TjComboBlock *b, double w, double h)
{
    const TjChartData *d = b->data;
    if (!d || d->n_cat == 0)
        return h;
    double size = round(28 * MAX(w / 1080, 5.0 / 7)), note = round(24 * MAX(w / 1080, 5.0 / 7));
    double step = (w - 48 - 140) / d->n_cat;
    gboolean wraps = TRUE;
    for (guint i = 0; i < d->n_cat; i++)
        wraps = wraps && name_width(d->categories[i], MAX(14, note - 2)) <= 3 * (step - 8) * 0.85;
    if (wraps)
        return h;
    /* slanted as combo.c slants them: the largest size a line apart
     * across the slant (40°, else upright when even that is too close) */
    double sizes[4] = { size, (size + note) / 2, note, MAX(14, note - 2) }, sa = sin(40 * G_PI / 180);
    for (int k = 0; k < 4; k++) {
        double lh = sizes[k] * 1.45, widest = 0;
        for (guint i = 0; i < d->n_cat; i++)
            widest = MAX(widest, name_width(d->categories[i], sizes[k]));
        double depth = step * sa >= lh ? widest * sa + lh : step >= lh && step * sa < 0.85 * lh
                       ? widest : -1;
        if (depth > 0)
            return MAX(h, MIN(2 * depth + 260, 1600));
    }
    return h;   /* too many for the width: refused, saying so */
}

static double
combo_height(gconstpointer spec, double cell_w, guint n, const TjTheme *th, const TjMeasurer *m)
{
    (void)th; (void)m;
    return grown_height(spec, cell_w, n == 1 ? 560 : n == 2 ? 460 : 420);
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
    *w = 800;
    *h = grown_height(spec, *w, 500);
}

const TjBlockOps tj_combo_block_ops = {
    .name = "combo", .layout = combo_layout, .natural_height = combo_height,
    .alt = combo_alt, .title = combo_title, .default_size = combo_size,
    .alt_noun = "个柱线图",
};
