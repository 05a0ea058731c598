/* layouts/trend-labels.c — the labels on a trend's lines: value labels by
 * priority (the last point, the extremes, every point when there are few),
 * each tried above or below its point (below first at a local minimum),
 * then left and right, and drawn only where it collides with nothing placed
 * before (axes, markers, the frame's texts, earlier labels); and, for
 * several series, each name at its line's right end, pushed apart
 * vertically. Invariant: a value label is drawn only where its box stays
 * in the chart and overlaps no box placed before it. */
#include "layouts/trend-private.h"

#include <math.h>
#include <stdlib.h>

#include "layouts/common.h"
#include "layouts/text.h"

gboolean
tj__trend_collides(const TjTrendCtx *t, const TjRect *r)
{
    if (!tj_rect_contains(&(TjRect){ 0, 0, t->spec->width, t->spec->height }, r, 0))
        return TRUE;
    for (guint i = 0; i < t->placed->len; i++)
        if (tj_rect_overlaps(&g_array_index(t->placed, TjRect, i), r, 0.5))
            return TRUE;
    return FALSE;
}

void
tj__trend_place(TjTrendCtx *t, TjRect r)
{
    g_array_append_val(t->placed, r);
}

static int
cmp_prio(const void *a, const void *b)
{
    const double *x = a, *y = b;
    return (x[0] < y[0]) - (x[0] > y[0]);
}

void
tj__trend_value_labels(TjTrendCtx *t, const TjSeries *se, guint last, guint imax, guint imin)
{
    guint n = t->n_keep;
    double *cand = g_new(double, 2 * n);  /* (priority, index) pairs */
    guint nc = 0;
    gboolean all = n <= 12;
    for (guint q = 0; q < n; q++) {
        guint i = t->keep[q];
        if (!se->labels[i] || !isfinite(se->values[i]))
            continue;
        double prio = i == last ? 4 : i == imax ? 3 : i == imin ? 2 : all ? 1 : -1;
        if (prio < 0)
            continue;
        cand[2 * nc] = prio - i * 1e-9;
        cand[2 * nc + 1] = i;
        nc++;
    }
    qsort(cand, nc, 2 * sizeof(double), cmp_prio);
    for (guint c = 0; c < nc; c++) {
        guint i = (guint)cand[2 * c + 1];
        double x = tj_scale_linear_map(&t->xs, t->xpos[i]), y = tj_scale_linear_map(&t->ys, se->values[i]);
        TjFontStyle f = t->value_font;
        f.bold = i == last && t->spec->highlight == TJ_TREND_HL_LAST;
        TjTextExtents e;
        tj_measure(t->m, se->labels[i], &f, &e);
        /* below first where the point is a local minimum */
        double prev = i > 0 ? se->values[i - 1] : NAN, next = i + 1 < t->d->n_cat ? se->values[i + 1] : NAN;
        gboolean low = (isfinite(prev) || isfinite(next)) && !(prev < se->values[i]) &&
                       !(next < se->values[i]);
        /* above or below first (by the point's shape), then left, then right */
        for (int side = 0; side < 4; side++) {
            gboolean below = (side == 0) == low;
            double top = side < 2 ? (below ? y + 10 : y - 10 - e.height) : y - e.height / 2;
            double left = side < 2 ? x - e.width / 2 : side == 2 ? x - 10 - e.width : x + 10;
            TjRect r = { left, top, e.width, e.height };
            if (tj__trend_collides(t, &r))
                continue;
            TjColor tc = t->polar && i == t->polar_index ? t->polar_color
                         : i == last ? t->th->text : t->th->text_secondary;
            tj_scene_text(t->s, "trend.value", left + e.width / 2, top + e.ascent, se->labels[i], &f,
                          tc, TJ_ANCHOR_MIDDLE, 0, &e);
            tj__trend_place(t, r);
            break;
        }
    }
    g_free(cand);
}

guint
tj__trend_last_finite(const double *v, guint n)
{
    for (guint i = n; i-- > 0;)
        if (isfinite(v[i]))
            return i;
    return G_MAXUINT;
}

void
tj__trend_extremes(const double *v, guint n, guint *imax, guint *imin)
{
    *imax = *imin = G_MAXUINT;
    for (guint i = 0; i < n; i++) {
        if (!isfinite(v[i]))
            continue;
        if (*imax == G_MAXUINT || v[i] > v[*imax]) *imax = i;
        if (*imin == G_MAXUINT || v[i] < v[*imin]) *imin = i;
    }
}

/* Series names at the right ends of their lines, pushed apart vertically. */
void
tj__trend_end_labels(TjTrendCtx *t)
{
    const TjChartData *d = t->d;
    guint ns = d->n_series;
    double *ys = g_new(double, ns);
    guint *order = g_new(guint, ns);
    TjTextExtents e;
    tj_measure(t->m, "国", &t->tick_font, &e);
    for (guint k = 0; k < ns; k++) {
        guint l = tj__trend_last_finite(d->series[k].values, d->n_cat);
        ys[k] = l == G_MAXUINT ? NAN : tj_scale_linear_map(&t->ys, d->series[k].values[l]);
        order[k] = k;
    }
    for (guint a = 1; a < ns; a++)  /* insertion sort by y, NaN last */
        for (guint b = a; b > 0 && (isnan(ys[order[b - 1]]) || ys[order[b]] < ys[order[b - 1]]); b--) {
            guint tmp = order[b]; order[b] = order[b - 1]; order[b - 1] = tmp;
        }
    double prev = -INFINITY;
    double x = t->xs.r1 + 12;
    for (guint q = 0; q < ns; q++) {
        guint k = order[q];
        if (isnan(ys[k]))
            continue;
        double cy = MAX(ys[k], prev + e.height);
        tj_lay_text_mid(t->s, t->m, "trend.end-label", x, cy, d->series[k].name, &t->tick_font,
                        tj__trend_series_color(t, k), TJ_ANCHOR_START);
        prev = cy;
    }
    g_free(ys);
    g_free(order);
}
