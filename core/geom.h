/* core/geom.h — plain geometry values. All lengths are px at scale 1. */
#ifndef TJ_CORE_GEOM_H
#define TJ_CORE_GEOM_H

#include <glib.h>

typedef struct { double x, y; } TjPoint;
typedef struct { double x, y, w, h; } TjRect;

/* TRUE when the rectangles overlap by more than @tol px in both axes. */
gboolean tj_rect_overlaps(const TjRect *a, const TjRect *b, double tol);
/* TRUE when @inner lies inside @outer, allowing @tol px. */
gboolean tj_rect_contains(const TjRect *outer, const TjRect *inner, double tol);
/* TRUE when the segment (@x0, @y0)–(@x1, @y1) passes through @r grown by
 * @pad px on every side (a stroke's half width and a gap). */
gboolean tj_rect_meets_segment(const TjRect *r, double x0, double y0, double x1, double y1,
                               double pad);
TjRect tj_rect_union(const TjRect *a, const TjRect *b);

#endif
