/* layouts/blocks.c — the first set of kinds as page blocks (TjBlockOps,
 * layouts/block.h): kpi tiles, gauges, bar and trend charts and images.
 * Each adapts the kind's own layout to a cell of the composer's choosing;
 * sizes here are the page's defaults for a kind in a row of @n blocks. */
#include "layouts/page.h"

#include <math.h>

#include "layouts/alt.h"
#include "layouts/text.h"
#include "core/i18n.h"

/* ---- kpi ------------------------------------------------------------------ */

static gboolean
kpi_layout(TjScene *s, gconstpointer spec, double w, double h, const TjTheme *th,
           const TjMeasurer *m, GError **error)
{
    TjKpiSpec k = *(const TjKpiSpec *)spec;
    k.width = w;
    k.height = h;
    return tj_layout_kpi(s, &k, th, m, error);
}

static double
kpi_height(gconstpointer spec, double cell_w, guint n, const TjTheme *th, const TjMeasurer *m)
{
    (void)n;
    const TjKpiSpec *k = spec;
    return MAX(k->compare ? 248 : 216, tj_kpi_natural_height(k, cell_w, th, m));
}

static gboolean
kpi_row(TjScene *s, gconstpointer const *specs, guint n, double w, double h, double gutter,
        const TjTheme *th, const TjMeasurer *m, GError **error)
{
    TjKpiSpec *all = g_new(TjKpiSpec, n);
    for (guint i = 0; i < n; i++)
        all[i] = *(const TjKpiSpec *)specs[i];
    gboolean ok = tj_layout_kpi_row(s, all, n, w, h, gutter, th, m, error);
    g_free(all);
    return ok;
}

static char *
kpi_alt(gconstpointer spec)
{
    return tj_alt_kpi(spec);
}

static const char *
kpi_title(gconstpointer spec)
{
    return ((const TjKpiSpec *)spec)->label;
}

static void
kpi_size(gconstpointer spec, double *w, double *h)
{
    (void)spec;
    *w = 360;
    *h = 220;
}

const TjBlockOps tj_kpi_block_ops = {
    .name = "kpi", .layout = kpi_layout, .natural_height = kpi_height, .layout_row = kpi_row,
    .alt = kpi_alt, .title = kpi_title, .default_size = kpi_size, .alt_noun = "个指标卡",
};

/* ---- gauge ---------------------------------------------------------------- */

static gboolean
gauge_layout(TjScene *s, gconstpointer spec, double w, double h, const TjTheme *th,
             const TjMeasurer *m, GError **error)
{
    TjGaugeSpec g = *(const TjGaugeSpec *)spec;
    g.width = w;
    g.height = h;
    return tj_layout_gauge(s, &g, th, m, error);
}

static double
gauge_height(gconstpointer spec, double cell_w, guint n, const TjTheme *th, const TjMeasurer *m)
{
    (void)n; (void)th; (void)m;
    TjGaugeStyle style = ((const TjGaugeSpec *)spec)->style;
    if (style == TJ_GAUGE_BAR)
        return 160;
    return round(MIN(cell_w * (style == TJ_GAUGE_SEMICIRCLE ? 0.9 : 0.95), 400));
}

static gboolean
gauge_row(TjScene *s, gconstpointer const *specs, guint n, double w, double h, double gutter,
          const TjTheme *th, const TjMeasurer *m, GError **error)
{
    TjGaugeSpec *all = g_new(TjGaugeSpec, n);
    for (guint i = 0; i < n; i++)
        all[i] = *(const TjGaugeSpec *)specs[i];
    gboolean ok = tj_layout_gauge_row(s, all, n, w, h, gutter, th, m, error);
    g_free(all);
    return ok;
}

static gboolean
gauge_same_row(gconstpointer a, gconstpointer b)
{
    return ((const TjGaugeSpec *)a)->style == ((const TjGaugeSpec *)b)->style;
}

static char *
gauge_alt(gconstpointer spec)
{
    return tj_alt_gauge(spec);
}

static const char *
gauge_title(gconstpointer spec)
{
    const TjGaugeSpec *g = spec;
    return g->title ? g->title : g->label;
}

static void
gauge_size(gconstpointer spec, double *w, double *h)
{
    const TjGaugeSpec *g = spec;
    tj_gauge_default_size(g->style, w, h);
    /* a progress bar's default holds its row; a title, subtitle and source
     * get their own room over and under it */
    if (g->style == TJ_GAUGE_BAR)
        *h += 48 * ((g->title && *g->title) + (g->subtitle && *g->subtitle)) +
              32 * (g->source && *g->source);
}

const TjBlockOps tj_gauge_block_ops = {
    .name = "gauge", .layout = gauge_layout, .natural_height = gauge_height,
    .layout_row = gauge_row, .same_row = gauge_same_row, .alt = gauge_alt,
    .title = gauge_title, .default_size = gauge_size, .alt_noun = "个进度图",
};

/* ---- bar and trend charts ------------------------------------------------- */

static double
chart_height(gconstpointer spec, double cell_w, guint n, const TjTheme *th, const TjMeasurer *m)
{
    (void)spec; (void)cell_w; (void)th; (void)m;
    return n == 1 ? 560 : n == 2 ? 440 : 400;
}

static void
chart_size(gconstpointer spec, double *w, double *h)
{
    (void)spec;
    *w = 800;
    *h = 500;
}

static gboolean
bar_layout(TjScene *s, gconstpointer spec, double w, double h, const TjTheme *th,
           const TjMeasurer *m, GError **error)
{
    const TjBarBlock *b = spec;
    TjBarSpec bs = b->spec;
    bs.width = w;
    bs.height = h;
    if (b->n_panels > 1)
        return tj_layout_bar_panels(s, b->panels, b->n_panels, &bs, th, m, error);
    return tj_layout_bar(s, b->data, &bs, th, m, error);
}

/* Panels: the alt text of each, one after the other. */
static char *
bar_alt(gconstpointer spec)
{
    const TjBarBlock *b = spec;
    if (b->n_panels <= 1)
        return b->data ? tj_alt_bar(b->data, &b->spec) : NULL;
    GString *all = g_string_new(NULL);
    for (guint i = 0; i < b->n_panels; i++) {
        TjBarSpec p = b->spec;
        if (i > 0)
            p.title = NULL;
        char *one = tj_alt_bar(b->panels[i], &p);
        g_string_append(all, one ? one : "");
        g_free(one);
    }
    return g_string_free(all, FALSE);
}

/* Panels: what each wants, the gaps and the frame; at least a chart's. */
static double
panels_height(const TjBarBlock *b)
{
    double h = 120 + 16 * (b->n_panels - 1);
    for (guint i = 0; i < b->n_panels; i++)
        h += tj_bar_panel_height(b->panels[i]);
    return h;
}

static double
bar_height(gconstpointer spec, double cell_w, guint n, const TjTheme *th, const TjMeasurer *m)
{
    const TjBarBlock *b = spec;
    double h = chart_height(spec, cell_w, n, th, m);
    return b->n_panels > 1 ? MAX(h, panels_height(b)) : h;
}

static void
bar_size(gconstpointer spec, double *w, double *h)
{
    const TjBarBlock *b = spec;
    chart_size(spec, w, h);
    if (b->n_panels > 1)
        *h = MAX(*h, panels_height(b));
}

static const char *
bar_title(gconstpointer spec)
{
    return ((const TjBarBlock *)spec)->spec.title;
}

const TjBlockOps tj_bar_block_ops = {
    .name = "bar", .layout = bar_layout, .natural_height = bar_height, .alt = bar_alt,
    .title = bar_title, .default_size = bar_size, .alt_noun = "个柱状图或条形图",
};

static gboolean
trend_layout(TjScene *s, gconstpointer spec, double w, double h, const TjTheme *th,
             const TjMeasurer *m, GError **error)
{
    const TjTrendBlock *b = spec;
    TjTrendSpec ts = b->spec;
    ts.width = w;
    ts.height = h;
    return tj_layout_trend(s, b->data, &ts, th, m, error);
}

static char *
trend_alt(gconstpointer spec)
{
    const TjTrendBlock *b = spec;
    return b->data ? tj_alt_trend(b->data, &b->spec) : NULL;
}

static const char *
trend_title(gconstpointer spec)
{
    return ((const TjTrendBlock *)spec)->spec.title;
}

const TjBlockOps tj_trend_block_ops = {
    .name = "trend", .layout = trend_layout, .natural_height = chart_height, .alt = trend_alt,
    .title = trend_title, .default_size = chart_size, .alt_noun = "个折线图",
};

/* ---- images --------------------------------------------------------------- */

static gboolean
image_layout(TjScene *s, gconstpointer spec, double w, double h, const TjTheme *th,
             const TjMeasurer *m, GError **error)
{
    (void)error;
    const TjImageBlock *b = spec;
    if (b->image)
        tj_layout_image(s, b->image, b->caption, w, h, th, m);
    return TRUE;
}

static double
image_height(gconstpointer spec, double cell_w, guint n, const TjTheme *th, const TjMeasurer *m)
{
    (void)n;
    const TjImageBlock *b = spec;
    return b->image ? tj_image_block_height(b->image, b->caption, cell_w, th, m) : 0;
}

static char *
image_alt(gconstpointer spec)
{
    /* its words: the caption, else what it is */
    const TjImageBlock *b = spec;
    const char *words = b->caption && *b->caption ? b->caption : "图片";
    return g_strstrip(g_strdelimit(g_strdup(words), "\r\n", ' '));
}

static gboolean
image_check_texts(gconstpointer spec, const TjSrcLoc *loc, GError **error)
{
    const TjImageBlock *b = spec;
    return tj_text_check_lengths(loc, error, _("image caption"), b->caption, NULL);
}

static void
image_size(gconstpointer spec, double *w, double *h)
{
    (void)spec;
    *w = 800;
    *h = 500;
}

const TjBlockOps tj_image_block_ops = {
    .name = "image", .layout = image_layout, .natural_height = image_height, .alt = image_alt,
    .default_size = image_size, .check_texts = image_check_texts, .alt_noun = "张图片",
    .picture = TRUE,
};
