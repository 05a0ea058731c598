/* core/geom.c — rectangle tests used by layouts and their tests. */
#include "core/geom.h"

gboolean
tj_rect_overlaps(const TjRect *a, const TjRect *b, double tol)
{
    double ox = MIN(a->x + a->w, b->x + b->w) - MAX(a->x, b->x);
    double oy = MIN(a->y + a->h, b->y + b->h) - MAX(a->y, b->y);
    return ox > tol && oy > tol;
}

gboolean
tj_rect_contains(const TjRect *outer, const TjRect *inner, double tol)
{
    return inner->x >= outer->x - tol && inner->y >= outer->y - tol
        && inner->x + inner->w <= outer->x + outer->w + tol
        && inner->y + inner->h <= outer->y + outer->h + tol;
}

TjRect
tj_rect_union(const TjRect *a, const TjRect *b)
{
    double x0 = MIN(a->x, b->x), y0 = MIN(a->y, b->y);
    double x1 = MAX(a->x + a->w, b->x + b->w);
    double y1 = MAX(a->y + a->h, b->y + b->h);
    TjRect r = { x0, y0, x1 - x0, y1 - y0 };
    return r;
}
