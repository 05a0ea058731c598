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
TjRect tj_rect_union(const TjRect *a, const TjRect *b);

#endif
