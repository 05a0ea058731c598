/* layouts/scale.h — linear and band scales. */
#ifndef TJ_LAYOUTS_SCALE_H
#define TJ_LAYOUTS_SCALE_H

#include <glib.h>

typedef struct {
    double d0, d1;  /* domain */
    double r0, r1;  /* range (px); r1 < r0 for a y axis growing upwards */
} TjLinearScale;

double tj_scale_linear_map(const TjLinearScale *s, double v);
double tj_scale_linear_invert(const TjLinearScale *s, double px);

/* n bands across [r0, r1]: padding_inner is the gap between bands and
 * padding_outer the space before the first and after the last, both as
 * fractions of the step (as in d3's scaleBand). */
typedef struct {
    guint n;
    double r0, r1;
    double padding_inner, padding_outer;
    double step, bandwidth, start;  /* computed by tj_scale_band_init */
} TjBandScale;

void tj_scale_band_init(TjBandScale *s, guint n, double r0, double r1,
                        double padding_inner, double padding_outer);
double tj_scale_band_pos(const TjBandScale *s, guint i);     /* band start */
double tj_scale_band_center(const TjBandScale *s, guint i);

#endif
