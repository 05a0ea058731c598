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

gboolean
tj_rect_meets_segment(const TjRect *r, double x0, double y0, double x1, double y1, double pad)
{
    /* Liang–Barsky: clip the segment to the grown rectangle */
    double lo[2] = { r->x - pad, r->y - pad }, hi[2] = { r->x + r->w + pad, r->y + r->h + pad };
    double p0[2] = { x0, y0 }, d[2] = { x1 - x0, y1 - y0 };
    double t0 = 0, t1 = 1;
    for (int k = 0; k < 2; k++) {
        if (d[k] == 0) {
            if (p0[k] <= lo[k] || p0[k] >= hi[k])
                return FALSE;
            continue;
        }
        double ta = (lo[k] - p0[k]) / d[k], tb = (hi[k] - p0[k]) / d[k];
        t0 = MAX(t0, MIN(ta, tb));
        t1 = MIN(t1, MAX(ta, tb));
    }
    return t0 < t1;
}
