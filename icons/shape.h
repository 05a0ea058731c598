/* icons/shape.h — an icon's outline as data: path operations and their
 * points in a 1 × 1 box, y down, filled with the non-zero rule. The only
 * part of icons/ that layouts see. */
#ifndef TJ_ICONS_SHAPE_H
#define TJ_ICONS_SHAPE_H

#include <glib.h>
#include "scene/scene.h"

typedef struct {
    const char *name;     /* the icon's name ("school"); owned */
    guint n_ops;
    TjPathOp *ops;        /* MOVE, LINE, CURVE (3 points), CLOSE */
    guint n_pts;
    double *pts;          /* (x, y) pairs, 0..1 */
} TjIconShape;

/* A shape from its parts (copied). (transfer full) */
TjIconShape *tj_icon_shape_new(const char *name, const TjPathOp *ops, guint n_ops,
                               const double *pts, guint n_pts);
void tj_icon_shape_free(TjIconShape *shape);   /* NULL: no-op */

#endif
