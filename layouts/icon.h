/* layouts/icon.h — drawing a built-in icon's outline (icons/shape.h) into
 * a square of the scene as a path, whole or only its left part (a partial
 * icon of a pictogram: 0.78 of a person). The part is the outline
 * flattened to lines and clipped to the half-plane left of the cut, contour
 * by contour, which keeps the non-zero fill of every point left of it, so
 * no clipping is needed in the scene or the renderers. */
#ifndef TJ_LAYOUTS_ICON_H
#define TJ_LAYOUTS_ICON_H

#include <glib.h>
#include "icons/shape.h"
#include "scene/scene.h"

/* Draws @shape filled with @color in the square (@x, @y, @side). */
guint tj_lay_icon(TjScene *s, const char *role, const TjIconShape *shape, double x, double y,
                  double side, TjColor color);
/* Draws the part of @shape left of x = @x + @frac × @side (0 < @frac < 1)
 * as straight segments; nothing for @frac <= 0. Returns the item's index,
 * or G_MAXUINT when nothing was drawn. */
guint tj_lay_icon_part(TjScene *s, const char *role, const TjIconShape *shape, double x,
                       double y, double side, double frac, TjColor color);
/* The outline of @shape as closed polygons in its 1 × 1 box, curves
 * flattened to @segments lines each, clipped to x <= @cut (G_MAXDOUBLE:
 * none). Returns: (transfer full) a GPtrArray of GArray of double (x, y
 * pairs), one per non-empty contour. For tests and tj_lay_icon_part(). */
GPtrArray *tj_icon_polygons(const TjIconShape *shape, guint segments, double cut);

#endif
