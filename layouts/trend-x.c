/* layouts/trend-x.c — the x axis of a trend over numbers or dates: a
 * linear scale with nice ticks (numbers in 万/亿) or calendar ticks (years
 * to seconds), as many as fit; and per pixel column decimation, which
 * keeps a line of a million points to a few thousand before the scene. */
#include "layouts/trend-private.h"

#include <math.h>
#include <string.h>

#include "core/format.h"
#include "layouts/common.h"
#include "layouts/ticks.h"
#include "layouts/timeticks.h"

gboolean
tj__trend_x_continuous(const TjChartData *d)
{
    return d->xs != NULL && d->x_type != TJ_X_CATEGORY && (d->x_given || d->n_cat > TJ_X_FEW);
}

void
tj__trend_x_positions(const TjChartData *d, double *pos)
{
    if (tj__trend_x_continuous(d))
        memcpy(pos, d->xs, d->n_cat * sizeof(double));
    else
        tj_trend_category_positions(d, pos);
}

typedef struct {
    int n;
    double at[TJ_TIME_TICKS_MAX];
    char *text[TJ_TIME_TICKS_MAX];
} Labels;

static void
labels_clear(Labels *l)
{
    for (int i = 0; i < l->n; i++)
        g_free(l->text[i]);
    l->n = 0;
}

static TjTimeUnit
finest_unit(TjDateUnit u)
{
    return u == TJ_DATE_YEAR ? TJ_TIME_YEAR : u == TJ_DATE_MONTH ? TJ_TIME_MONTH
           : u == TJ_DATE_DAY ? TJ_TIME_DAY : TJ_TIME_SECOND;
}

/* About @m ticks inside [lo, hi]. */
static void
make_labels(const TjChartData *d, double lo, double hi, int m, Labels *l)
{
    l->n = 0;
    if (d->x_type == TJ_X_DATE) {
        TjTimeTicks tt;
        if (!tj_time_ticks(lo, hi, m, finest_unit(d->x_unit), &tt))
            return;
        for (int i = 0; i < tt.n; i++) {
            l->at[l->n] = tt.at[i];
            l->text[l->n++] = tj_time_ticks_label(&tt, i);
        }
        return;
    }
    TjTicks tk;
    if (!tj_ticks_extended(lo, hi, m, &tk))
        return;
    TjMagnitude mag = tj_format_pick_magnitude(MAX(fabs(lo), fabs(hi)));
    for (int i = 0; i < tk.n && l->n < TJ_TIME_TICKS_MAX; i++) {
        double v = tj_ticks_value(&tk, i);
        if (v < lo - 1e-9 * (hi - lo) || v > hi + 1e-9 * (hi - lo))
            continue;   /* loose ticks past the data: the axis ends there */
        char *num = tj_ticks_label(&tk, i, mag);
        l->at[l->n] = v;
        l->text[l->n++] = strcmp(num, "0") == 0 ? num
                          : g_strconcat(num, tj_format_magnitude_name(mag), NULL);
        if (l->text[l->n - 1] != num)
            g_free(num);
    }
}

void
tj__trend_x_ticks(TjScene *s, const TjMeasurer *m, const TjTheme *th,
                  const TjChartData *d, const TjLinearScale *xs, double y,
                  double chart_width, GArray *placed)
{
    TjFontStyle font = tj_font(th->size_note, FALSE);
    TjTextExtents e;
    double span = fabs(xs->r1 - xs->r0);
    double lo = MIN(xs->d0, xs->d1), hi = MAX(xs->d0, xs->d1);
    Labels l = { 0 };
    TjRect boxes[TJ_TIME_TICKS_MAX];
    /* fewer ticks until their labels do not touch (each measured once) */
    for (int want = CLAMP((int)(span / 90), 2, 12); want >= 2; want--) {
        labels_clear(&l);
        make_labels(d, lo, hi, want, &l);
        gboolean fit = TRUE;
        for (int i = 0; i < l.n && fit; i++) {
            tj_measure(m, l.text[i], &font, &e);
            double x = tj_scale_linear_map(xs, l.at[i]);
            boxes[i] = (TjRect){ x - e.width / 2 - 6, y, e.width + 12, e.height };
            boxes[i].x = CLAMP(boxes[i].x, 0, MAX(0, chart_width - boxes[i].w));
            fit = i == 0 || !tj_rect_overlaps(&boxes[i - 1], &boxes[i], 0);
        }
        if (fit)
            break;
        if (want == 2) {   /* even two collide: keep the first */
            for (int i = 1; i < l.n; i++)
                g_free(l.text[i]);
            l.n = MIN(l.n, 1);
        }
    }
    TjPaint tick = tj_paint_stroke(th->rule, 1);
    for (int i = 0; i < l.n; i++) {
        double x = round(tj_scale_linear_map(xs, l.at[i])) + 0.5;
        tj_scene_line(s, "axis.x-tick", x, y - 6, x, y - 1, &tick);
        tj_measure(m, l.text[i], &font, &e);
        tj_lay_text(s, m, "axis.x-label", boxes[i].x + boxes[i].w / 2, y + e.ascent, l.text[i],
                    &font, th->text_secondary, TJ_ANCHOR_MIDDLE, NULL);
        g_array_append_val(placed, boxes[i]);
    }
    labels_clear(&l);
}

guint
tj__trend_decimate(const double *x, const double *y, guint i0, guint i1,
                   const TjLinearScale *xs, guint cols, guint *out)
{
    guint n = 0;
    double w = xs->d1 - xs->d0;
    double k = w != 0 ? cols / w : 0;
    guint i = i0;
    while (i < i1) {
        double c = floor((x[i] - xs->d0) * k);
        guint first = i, lo = i, hi = i, last = i;
        for (i++; i < i1 && floor((x[i] - xs->d0) * k) == c; i++) {
            if (y[i] < y[lo]) lo = i;
            if (y[i] > y[hi]) hi = i;
            last = i;
        }
        guint pick[4] = { first, MIN(lo, hi), MAX(lo, hi), last };
        for (int q = 0; q < 4; q++)
            if (n == 0 || out[n - 1] < pick[q])
                out[n++] = pick[q];
    }
    return n;
}
