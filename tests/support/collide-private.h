/* tests/support/collide-private.h — a mark as drawn, for the collision
 * check (collide.c) and the flattening of scene items (collide-shape.c). */
#ifndef TJ_TESTS_COLLIDE_PRIVATE_H
#define TJ_TESTS_COLLIDE_PRIVATE_H

#include "scene/scene.h"

#define FLAT_TOL 0.1     /* px: how far a flattened curve may stray */

typedef struct { double x, y; } Pt;

/* A mark as drawn: closed polygons (its fill) and polylines (its stroke,
 * @hw either side). Each run of points is one polygon or polyline. */
typedef struct {
    GArray *pts;     /* Pt */
    GArray *runs;    /* guint pairs: start, count */
    GArray *closed;  /* gboolean per run: a polygon */
    double hw;       /* stroke half width (0: hairline) */
    TjLineCap cap;
    gboolean fill, stroke;
    TjRect box;
} Shape;

void tjt__shape_init(Shape *sh);
void tjt__shape_clear(Shape *sh);
/* @it (a rect, line, arc or path of @s) flattened into @sh. */
void tjt__shape_of(Shape *sh, const TjScene *s, const TjItem *it);

#endif
