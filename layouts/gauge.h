/* layouts/gauge.h — one value against a scale: a ring (donut) filling
 * clockwise from 12 o'clock, a semicircle dial with a needle and optional
 * coloured bands, or a linear progress bar; a target marker; the big value
 * with its unit at half size on the same baseline; the label. The drawn
 * extent is exactly proportional to (value - min) / (max - min). A value
 * outside [min, max] is an error unless @clamp (then the shape is drawn at
 * the end of the scale and the text still tells the true value). */
#ifndef TJ_LAYOUTS_GAUGE_H
#define TJ_LAYOUTS_GAUGE_H

#include <glib.h>
#include "core/format.h"
#include "core/error.h"
#include "data/number.h"
#include "fonts/measure.h"
#include "layouts/theme.h"
#include "scene/scene.h"
#include "tujie/tujie.h"

#define TJ_GAUGE_MAX_BANDS 8

typedef enum {
    TJ_GAUGE_RING,        /* donut progress */
    TJ_GAUGE_SEMICIRCLE,  /* half dial with a needle */
    TJ_GAUGE_BAR          /* linear progress bar */
} TjGaugeStyle;

typedef struct {
    double width, height;      /* px; the gauge is laid out at (0, 0) */
    TjGaugeStyle style;
    TjNumber value;            /* value.value NAN: missing (an error) */
    double min, max;           /* default 0, 100 */
    double target;             /* NAN: none */
    double bands[TJ_GAUGE_MAX_BANDS]; /* semicircle: band edges, increasing, */
    guint n_bands;             /*   inside (min, max); n_bands + 1 bands */
    const char *label;         /* NULL or "": none */
    const char *unit;          /* NULL: the value's own ("%") */
    const char *title, *subtitle, *source;  /* the frame; NULL none */
    gboolean clamp;
    gboolean on_grid;          /* a block of a page: a bar spans its column
                                  edge to edge, in line with the tiles */
    TjSrcLoc loc;              /* where the gauge was asked for */
} TjGaugeSpec;

void tj_gauge_spec_init(TjGaugeSpec *spec);
/* The one magnitude of a gauge's value, scale, target and bands (and its
 * alt text): none for percentages, the value's own when written with one,
 * else picked for the largest of value, min and max. */
TjMagnitude tj_gauge_magnitude(const TjGaugeSpec *spec);
/* Default size of a style (ring 400 x 400, semicircle 400 x 280, bar
 * 600 x 160). */
void tj_gauge_default_size(TjGaugeStyle style, double *width, double *height);

/* Checks @spec: min < max, both finite; the value a finite number inside
 * [min, max] (or @clamp); the target and bands inside [min, max]. When the
 * value is clamped, @warning (if not NULL) receives a message to show the
 * user ((transfer full) g_free()), else NULL. @frac receives the drawn
 * fraction 0..1. Pure: the layout calls it too. */
gboolean tj_gauge_check(const TjGaugeSpec *spec, double *frac, char **warning,
                        GError **error);

/* Appends the gauge to @s. Errors: those of tj_gauge_check(). */
gboolean tj_layout_gauge(TjScene *s, const TjGaugeSpec *spec, const TjTheme *th,
                         const TjMeasurer *m, GError **error);

/* Appends @n gauges in a row of equal cells @gutter px apart filling
 * @width x @height (the specs' own sizes are ignored): the same dial size
 * and value size in every cell, labels on one line height. */
gboolean tj_layout_gauge_row(TjScene *s, const TjGaugeSpec *specs, guint n,
                             double width, double height, double gutter,
                             const TjTheme *th, const TjMeasurer *m, GError **error);

#endif
