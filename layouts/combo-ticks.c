/* layouts/combo-ticks.c — ticks for the two axes of a combo chart that
 * share their gridlines. Every pair of nice steps (1, 2, 2.5, 5 × 10ⁿ) is
 * tried; the pair's common tick count is the larger count of ticks each
 * axis needs below and above zero, so zero falls on the same gridline. The
 * pair whose worse-filled axis is filled best, with about five intervals,
 * wins. Ticks
 * stay integers × step, so their labels are exact (layouts/ticks.h). */
#include "layouts/combo.h"

#include <math.h>
#include <stdlib.h>

#define N_MANT 4

typedef struct {
    gint64 mant;
    int exp;
    double step;
} Step;

/* The nice steps from about span/10 to span: mantissas 10, 20, 25, 50 at
 * exponent e-1, normalised so 10 × 10^(e-1) is written 1 × 10^e. */
static guint
candidates(double span, Step *out, guint max)
{
    static const gint64 mants[N_MANT] = { 10, 20, 25, 50 };
    int e0 = (int)floor(log10(span / 10)) - 1;
    guint n = 0;
    for (int e = e0; e <= e0 + 3 && n < max; e++)
        for (int k = 0; k < N_MANT && n < max; k++) {
            Step s = { mants[k], e - 1, mants[k] * pow(10, e - 1) };
            while (s.mant % 10 == 0) {
                s.mant /= 10;
                s.exp++;
            }
            out[n++] = s;
        }
    return n;
}

static int
count(double v, double step)
{
    /* the ticks needed to reach @v ≥ 0, forgiving binary noise */
    double q = v / step;
    return (int)ceil(q - 1e-9 * MAX(1.0, q));
}

static void
fill(TjTicks *t, const Step *s, int below, int above)
{
    t->step_mant = s->mant;
    t->step_exp = s->exp;
    t->first = -below;
    t->n = below + above + 1;
    t->lo = tj_ticks_value(t, 0);
    t->hi = tj_ticks_value(t, t->n - 1);
}

gboolean
tj_combo_ticks(double lo1, double hi1, double lo2, double hi2, int max_intervals,
               TjTicks *a, TjTicks *b)
{
    if (!isfinite(lo1) || !isfinite(hi1) || !isfinite(lo2) || !isfinite(hi2))
        return FALSE;
    lo1 = MIN(lo1, 0); hi1 = MAX(hi1, 0);
    lo2 = MIN(lo2, 0); hi2 = MAX(hi2, 0);
    double span1 = hi1 - lo1 > 0 ? hi1 - lo1 : 1, span2 = hi2 - lo2 > 0 ? hi2 - lo2 : 1;
    if (hi1 == lo1) hi1 = 1;
    if (hi2 == lo2) hi2 = 1;
    max_intervals = MAX(max_intervals, 2);
    Step c1[16], c2[16];
    guint n1 = candidates(span1, c1, 16), n2 = candidates(span2, c2, 16);
    double best = -INFINITY;
    for (guint i = 0; i < n1; i++)
        for (guint j = 0; j < n2; j++) {
            int below = MAX(count(-lo1, c1[i].step), count(-lo2, c2[j].step));
            int above = MAX(count(hi1, c1[i].step), count(hi2, c2[j].step));
            int n = below + above;
            if (n < 2 || n > max_intervals)
                continue;
            /* coverage: how much of each axis its data uses (1 is full);
             * the worse of the two counts most, so neither is squashed */
            double c1v = span1 / (n * c1[i].step), c2v = span2 / (n * c2[j].step);
            double score = MIN(c1v, c2v) + 0.25 * (c1v + c2v) - 0.02 * abs(n - 5) -
                           0.02 * ((c1[i].mant == 25) + (c2[j].mant == 25));
            if (score > best) {
                best = score;
                fill(a, &c1[i], below, above);
                fill(b, &c2[j], below, above);
            }
        }
    return isfinite(best);
}
