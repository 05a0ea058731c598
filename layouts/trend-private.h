/* layouts/trend-private.h — what trend.c shares with trend-x.c (the x
 * axis of numbers and dates, and thinning a line per pixel column). */
#ifndef TJ_LAYOUTS_TREND_PRIVATE_H
#define TJ_LAYOUTS_TREND_PRIVATE_H

#include "layouts/trend.h"
#include "layouts/scale.h"

/* TRUE when the x axis is a scale with its own ticks (a NUMBER or DATE
 * column asked for, or longer than a few labels) rather than one label
 * per point. */
gboolean tj__trend_x_continuous(const TjChartData *d);

/* Positions of the n_cat points on the x scale. */
void tj__trend_x_positions(const TjChartData *d, double *pos);

/* Draws the ticks of a continuous x axis with their labels' tops at @y,
 * as many as fit without touching; appends the label boxes to @placed
 * (TjRect). */
void tj__trend_x_ticks(TjScene *s, const TjMeasurer *m, const TjTheme *th,
                       const TjChartData *d, const TjLinearScale *xs, double y,
                       double chart_width, GArray *placed);

/* Per pixel column decimation of the finite points @i0 ≤ i < @i1 (x
 * ascending): the first, lowest, highest and last point of each of @cols
 * columns across the scale's domain, in order. Drawing them draws the same
 * pixels as drawing every point. Appends indices to @out; returns the
 * number appended. */
guint tj__trend_decimate(const double *x, const double *y, guint i0, guint i1,
                         const TjLinearScale *xs, guint cols, guint *out);

#endif
