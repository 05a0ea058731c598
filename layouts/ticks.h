/* layouts/ticks.h — nice tick values by the extended Wilkinson algorithm
 * (Talbot, Lin, Hanrahan: "An Extension of Wilkinson's Algorithm for
 * Positioning Tick Labels on Axes", InfoVis 2010). Ticks are integer
 * multiples of step = q × 10^e with q in Q = {1, 5, 2, 2.5, 4, 3}; they are
 * kept as integers so labels are exact. */
#ifndef TJ_LAYOUTS_TICKS_H
#define TJ_LAYOUTS_TICKS_H

#include <glib.h>
#include "core/format.h"

typedef struct {
    gint64 step_mant;  /* step = step_mant × 10^step_exp (q = 25 → 25, exp-1) */
    int step_exp;
    gint64 first;      /* first tick = first × step */
    int n;             /* number of ticks (≥ 2) */
    double lo, hi;     /* first and last tick values (the axis range) */
} TjTicks;

/* Picks about @m ticks covering [@dmin, @dmax] (the ticks always include
 * the data range: loose labelling). dmin == dmax is widened; non-finite
 * input returns FALSE. */
gboolean tj_ticks_extended(double dmin, double dmax, int m, TjTicks *out);

/* The same with at most @m ticks, fewer while two labels would stand
 * closer than @gap px on an axis @length px long (never fewer than the
 * algorithm's least). */
gboolean tj_ticks_fitting(double dmin, double dmax, int m, double length, double gap,
                          TjTicks *out);

/* Which of @n tick labels to draw: label i stands at @pos[i] (its centre
 * along the axis, the ticks in order, so the positions run one way) and is
 * @extent px long along the axis. The first is kept, then each that stands
 * at least @extent from the last one kept; one that would touch it is left
 * to its grid line. Sets @keep[i]; returns how many are kept. */
int tj_ticks_spaced(const double *pos, int n, double extent, gboolean *keep);

double tj_ticks_value(const TjTicks *t, int i);
/* Exact label for tick @i with @mag applied. Returns: (transfer full). */
char *tj_ticks_label(const TjTicks *t, int i, TjMagnitude mag);

#endif
