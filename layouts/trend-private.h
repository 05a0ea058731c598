/* layouts/trend-private.h — what trend.c (the frame, the y scale, lines
 * and markers) shares with trend-axes.c (gridlines, tick labels, the x
 * labels of categories), trend-labels.c (value and end labels placed where
 * they collide with nothing) and trend-x.c (the x axis of numbers and
 * dates, and thinning a line per pixel column). */
#ifndef TJ_LAYOUTS_TREND_PRIVATE_H
#define TJ_LAYOUTS_TREND_PRIVATE_H

#include "layouts/trend.h"
#include "layouts/scale.h"
#include "layouts/ticks.h"

/* One trend being laid out. */
typedef struct {
    TjScene *s;
    const TjChartData *d;
    const TjTrendSpec *spec;
    const TjTheme *th;
    const TjMeasurer *m;
    TjRect plot;
    double *xpos;
    TjLinearScale xs, ys;
    TjFontStyle tick_font, value_font;
    GArray *placed;       /* TjRect: labels and markers already on the page */
    GArray *segs;         /* double × 4: the lines' segments, for labels */
    GPtrArray *dropped;   /* categories whose value found no place */
    gboolean polar;       /* the last actual point coloured by its change's */
    TjColor polar_color;  /* polarity (polar_index) */
    guint polar_index;
    const TjSeries *se;   /* the series being drawn */
    gboolean legend;      /* several series named in the frame's legend, not
                             at their lines' ends (no room there) */
    guint *keep;          /* indices drawn after thinning */
    guint n_keep;
} TjTrendCtx;

#define TJ_TREND_LINE_W 3.0   /* the widest line drawn */

/* A series' name at its line's end, with its last value (which is not
 * labelled at the point: between converging lines it has no room there).
 * (transfer full) */
char *tj__trend_end_text(const TjTrendCtx *t, guint k);
/* The room the end texts take right of the plot (the widest and a gap). */
double tj__trend_ends_width(const TjTrendCtx *t);
/* Whether the end texts fit beside the plot @t->plot: in at most 40 % of
 * its width (a narrow chart would keep no plot), and stacked one a line in
 * its height; else a legend names the series. */
gboolean tj__trend_ends_fit(const TjTrendCtx *t);


/* TRUE when @r leaves the chart or touches a box already placed. */
gboolean tj__trend_collides(const TjTrendCtx *t, const TjRect *r);
/* Records @r as taken. */
void tj__trend_place(TjTrendCtx *t, TjRect r);
/* The colour of series @k: the theme's sequence. */
TjColor tj__trend_series_color(const TjTrendCtx *t, guint k);
/* The last finite value's index, G_MAXUINT none. */
guint tj__trend_last_finite(const double *v, guint n);
/* The indices of the largest and smallest finite values (G_MAXUINT none). */
void tj__trend_extremes(const double *v, guint n, guint *imax, guint *imin);

/* trend-axes.c: gridlines and tick labels of the y scale @tk from @x0 to
 * @x1; the x labels of categories with their tops at @y, thinned so none
 * touch (the final one always shown). Both tj__trend_place() their boxes. */
void tj__trend_y_axis(TjTrendCtx *t, const TjTicks *tk, double x0, double x1);
void tj__trend_x_axis(TjTrendCtx *t, double y);

/* trend-labels.c: the value labels of series @se (its thinned points) by
 * priority — the last (@last), the largest (@imax), the smallest (@imin),
 * then the rest when few — each above, below, left or right of its point
 * where it collides with nothing; the series' names at the lines' right
 * ends, pushed apart. */
void tj__trend_value_labels(TjTrendCtx *t, const TjSeries *se, guint last, guint imax,
                            guint imin);
void tj__trend_end_labels(TjTrendCtx *t);

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
