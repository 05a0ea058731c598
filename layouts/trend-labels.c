/* layouts/trend-labels.c — the labels on a trend's lines: value labels by
 * priority (the last point, the extremes, every point when there are few),
 * each tried above or below its point (below first at a local minimum),
 * then left and right, and drawn only where it collides with nothing placed
 * before (axes, markers, the frame's texts, earlier labels); and, for
 * several series, each name at its line's right end, pushed apart
 * vertically (when the names fit there: tj__trend_ends_fit; else the
 * frame's legend names them). Invariant: a value label is drawn only where
 * its box stays in the chart and overlaps no box placed before it. */
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
    for (guint i = 0; i + 3 < t->segs->len; i += 4) {
        const double *p = &g_array_index(t->segs, double, i);
        if (tj_rect_meets_segment(r, p[0], p[1], p[2], p[3], TJ_TREND_LINE_W / 2 + 1))
            return TRUE;
    }
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
        if (prio < 0 || (i == last && t->d->n_series > 1 && !t->legend))   /* in the end label */
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
        guint before = t->placed->len;
        for (int side = 0; side < 6; side++) {
            /* 0, 1: above or below, centred; 2, 3: left, right; 4, 5: above
             * or below, drawn back to the left (clear of a name at the end) */
            gboolean below = (side % 4 == 0) == low;
            gboolean stacked = side < 2 || side >= 4;
            double top = stacked ? (below ? y + 10 : y - 10 - e.height) : y - e.height / 2;
            double left = side < 2 ? x - e.width / 2 : side == 2 || side >= 4 ? x - 10 - e.width
                                                                             : x + 10;
            if (side >= 4)
                left = x + 4 - e.width;
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
        if (t->placed->len == before)
            g_ptr_array_add(t->dropped, t->d->categories[i]);
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

char *
tj__trend_end_text(const TjTrendCtx *t, guint k)
{
    const TjSeries *se = &t->d->series[k];
    guint l = tj__trend_last_finite(se->values, t->d->n_cat);
    if (l == G_MAXUINT || !se->labels[l])
        return g_strdup(se->name);
    return g_strconcat(se->name, " ", se->labels[l], NULL);
}

/* The widest end text (name and last value) with its gap: the room the
 * names take beside the plot. */
double
tj__trend_ends_width(const TjTrendCtx *t)
{
    double w = 0;
    for (guint k = 0; k < t->d->n_series; k++) {
        char *name = tj__trend_end_text(t, k);
        TjTextExtents e;
        tj_measure(t->m, name, &t->tick_font, &e);
        w = MAX(w, e.width);
        g_free(name);
    }
    return w + 16;
}

gboolean
tj__trend_ends_fit(const TjTrendCtx *t)
{
    TjTextExtents e;
    tj_measure(t->m, "国", &t->tick_font, &e);
    return tj__trend_ends_width(t) <= t->plot.w * 0.4 &&
           t->d->n_series * e.height <= t->plot.h - 2.5 * e.height - 8;
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
    /* pushed apart downwards, then back up from the x labels' row */
    double lo = t->plot.y + e.height / 2, hi = t->plot.y + t->plot.h - 1.5 * e.height - 8;
    double prev = -INFINITY, x = t->xs.r1 + 12;
    guint nv = 0;
    for (guint q = 0; q < ns; q++) {
        guint k = order[q];
        if (isnan(ys[k]))
            continue;
        ys[k] = MAX(MAX(ys[k], lo), prev + e.height);
        prev = ys[k];
        order[nv++] = k;
    }
    double next = INFINITY;
    for (guint q = nv; q-- > 0;) {
        guint k = order[q];
        ys[k] = MIN(MIN(ys[k], hi), next - e.height);
        next = ys[k];
    }
    for (guint q = 0; q < nv; q++) {
        guint k = order[q];
        TjTextExtents ne;
        char *text = tj__trend_end_text(t, k);
        tj_measure(t->m, text, &t->tick_font, &ne);
        tj_lay_text_mid(t->s, t->m, "trend.end-label", x, ys[k], text, &t->tick_font,
                        tj__trend_series_color(t, k), TJ_ANCHOR_START);
        tj__trend_place(t, (TjRect){ x, ys[k] - ne.height / 2, ne.width, ne.height });
        g_free(text);
    }
    g_free(ys);
    g_free(order);
}
