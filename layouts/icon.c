/* layouts/icon.c — icons as scene paths (see layouts/icon.h). */
#include "layouts/icon.h"

#include "layouts/common.h"

#define FLAT_SEGMENTS 8   /* lines per curve of a partial icon: at 60 px an
                             icon's curves are < 6 px long, so 8 lines stay
                             within a tenth of a pixel of them */

guint
tj_lay_icon(TjScene *s, const char *role, const TjIconShape *shape, double x, double y,
            double side, TjColor color)
{
    TjPaint p = tj_paint_fill(color);
    guint i = tj_scene_path_begin(s, role, &p);
    const double *pt = shape->pts;
    for (guint k = 0; k < shape->n_ops; k++) {
        switch (shape->ops[k]) {
        case TJ_PATH_MOVE:
            tj_scene_path_move(s, x + pt[0] * side, y + pt[1] * side);
            pt += 2;
            break;
        case TJ_PATH_LINE:
            tj_scene_path_line(s, x + pt[0] * side, y + pt[1] * side);
            pt += 2;
            break;
        case TJ_PATH_CURVE:
            tj_scene_path_curve(s, x + pt[0] * side, y + pt[1] * side, x + pt[2] * side,
                                y + pt[3] * side, x + pt[4] * side, y + pt[5] * side);
            pt += 6;
            break;
        case TJ_PATH_CLOSE:
            tj_scene_path_close(s);
            break;
        }
    }
    return i;
}

static void
push(GArray *poly, double px, double py)
{
    double p[2] = { px, py };
    g_array_append_vals(poly, p, 2);
}

/* Sutherland–Hodgman against the half-plane x <= @cut: the clipped contour
 * winds around every point left of the cut as the original did. */
static GArray *
clip(const GArray *poly, double cut)
{
    GArray *out = g_array_new(FALSE, FALSE, sizeof(double));
    guint n = poly->len / 2;
    const double *p = (const double *)(const void *)poly->data;
    for (guint i = 0; i < n; i++) {
        const double *a = p + 2 * i, *b = p + 2 * ((i + 1) % n);
        gboolean ain = a[0] <= cut, bin = b[0] <= cut;
        if (ain)
            push(out, a[0], a[1]);
        if (ain != bin) {
            double t = (cut - a[0]) / (b[0] - a[0]);
            push(out, cut, a[1] + t * (b[1] - a[1]));
        }
    }
    return out;
}

static void
flush(GPtrArray *out, GArray *poly, double cut)
{
    if (poly->len >= 6) {
        GArray *c = cut < G_MAXDOUBLE ? clip(poly, cut) : g_array_copy(poly);
        if (c->len >= 6)
            g_ptr_array_add(out, c);
        else
            g_array_unref(c);
    }
    g_array_set_size(poly, 0);
}

/* The point at @t of the cubic p0 c1 c2 p3. */
static void
bezier(const double *p0, const double *c, double t, double *out)
{
    double u = 1 - t;
    for (int k = 0; k < 2; k++)
        out[k] = u * u * u * p0[k] + 3 * u * u * t * c[k] + 3 * u * t * t * c[2 + k] +
                 t * t * t * c[4 + k];
}

GPtrArray *
tj_icon_polygons(const TjIconShape *shape, guint segments, double cut)
{
    GPtrArray *out = g_ptr_array_new_with_free_func((GDestroyNotify)g_array_unref);
    GArray *poly = g_array_new(FALSE, FALSE, sizeof(double));
    const double *pt = shape->pts;
    double cur[2] = { 0, 0 };
    for (guint k = 0; k < shape->n_ops; k++) {
        switch (shape->ops[k]) {
        case TJ_PATH_MOVE:
            flush(out, poly, cut);
            /* fall through */
        case TJ_PATH_LINE:
            push(poly, pt[0], pt[1]);
            cur[0] = pt[0];
            cur[1] = pt[1];
            pt += 2;
            break;
        case TJ_PATH_CURVE:
            for (guint j = 1; j <= segments; j++) {
                double q[2];
                bezier(cur, pt, (double)j / segments, q);
                push(poly, q[0], q[1]);
            }
            cur[0] = pt[4];
            cur[1] = pt[5];
            pt += 6;
            break;
        case TJ_PATH_CLOSE:
            flush(out, poly, cut);
            break;
        }
    }
    flush(out, poly, cut);
    g_array_unref(poly);
    return out;
}

guint
tj_lay_icon_part(TjScene *s, const char *role, const TjIconShape *shape, double x, double y,
                 double side, double frac, TjColor color)
{
    if (frac <= 0)
        return G_MAXUINT;
    GPtrArray *polys = tj_icon_polygons(shape, FLAT_SEGMENTS, frac);
    if (polys->len == 0) {
        g_ptr_array_unref(polys);
        return G_MAXUINT;
    }
    TjPaint p = tj_paint_fill(color);
    guint i = tj_scene_path_begin(s, role, &p);
    for (guint k = 0; k < polys->len; k++) {
        const GArray *poly = polys->pdata[k];
        const double *q = (const double *)(const void *)poly->data;
        for (guint j = 0; j < poly->len / 2; j++) {
            if (j == 0)
                tj_scene_path_move(s, x + q[0] * side, y + q[1] * side);
            else
                tj_scene_path_line(s, x + q[2 * j] * side, y + q[2 * j + 1] * side);
        }
        tj_scene_path_close(s);
    }
    g_ptr_array_unref(polys);
    return i;
}
