/* layouts/scale.c — linear and band scales (d3's scaleLinear, scaleBand).
 *
 * Linear: v ↦ r0 + (v − d0)/(d1 − d0)·(r1 − r0), not clamped; a degenerate
 * domain (d0 == d1) maps everything to the middle of the range, and a
 * degenerate range inverts to the middle of the domain (as d3 does).
 *
 * Band: step = |r1 − r0| / max(1, n − padding_inner + 2·padding_outer),
 * bandwidth = step·(1 − padding_inner); the bands are centred in the range
 * (d3's align 0.5), which is start = r0 + padding_outer·step whenever the
 * divisor is ≥ 1. padding_inner is clamped to [0, 1], padding_outer to ≥ 0.
 * When r1 < r0 band 0 still sits at the r0 end and the bands run towards
 * r1; step and bandwidth are always ≥ 0 and tj_scale_band_pos() returns the
 * lesser coordinate of a band, so a band is [pos, pos + bandwidth].
 * n == 0: step = bandwidth = 0, start = r0.
 *
 * Pure arithmetic; no state. */
#include "layouts/scale.h"

#include <math.h>

double
tj_scale_linear_map(const TjLinearScale *s, double v)
{
    g_return_val_if_fail(s != NULL, NAN);
    double dd = s->d1 - s->d0;
    if (dd == 0)
        return (s->r0 + s->r1) / 2.0;
    return s->r0 + (v - s->d0) / dd * (s->r1 - s->r0);
}

double
tj_scale_linear_invert(const TjLinearScale *s, double px)
{
    g_return_val_if_fail(s != NULL, NAN);
    double dr = s->r1 - s->r0;
    if (dr == 0)
        return (s->d0 + s->d1) / 2.0;
    return s->d0 + (px - s->r0) / dr * (s->d1 - s->d0);
}

void
tj_scale_band_init(TjBandScale *s, guint n, double r0, double r1,
                   double padding_inner, double padding_outer)
{
    g_return_if_fail(s != NULL);
    s->n = n;
    s->r0 = r0;
    s->r1 = r1;
    s->padding_inner = isnan(padding_inner) ? 0 : CLAMP(padding_inner, 0.0, 1.0);
    s->padding_outer = isnan(padding_outer) || padding_outer < 0 ? 0 : padding_outer;
    if (n == 0) {
        s->step = s->bandwidth = 0;
        s->start = r0;
        return;
    }
    double len = fabs(r1 - r0);
    double used = n - s->padding_inner + 2.0 * s->padding_outer;
    s->step = len / (used > 1.0 ? used : 1.0);
    s->bandwidth = s->step * (1.0 - s->padding_inner);
    /* centring: equals padding_outer·step when used ≥ 1 */
    double offset = (len - s->step * (n - s->padding_inner)) / 2.0;
    s->start = r1 >= r0 ? r0 + offset : r0 - offset;
}

double
tj_scale_band_pos(const TjBandScale *s, guint i)
{
    g_return_val_if_fail(s != NULL, NAN);
    g_return_val_if_fail(s->n == 0 || i < s->n, NAN);
    if (s->r1 >= s->r0)
        return s->start + i * s->step;
    return s->start - i * s->step - s->bandwidth;
}

double
tj_scale_band_center(const TjBandScale *s, guint i)
{
    g_return_val_if_fail(s != NULL, NAN);
    return tj_scale_band_pos(s, i) + s->bandwidth / 2.0;
}
