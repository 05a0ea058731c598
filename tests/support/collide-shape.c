/* tests/support/collide-shape.c — scene items flattened for the collision
 * check: rectangles, lines, arcs and paths (curves to within FLAT_TOL)
 * become closed polygons (their fill) and polylines (their stroke). */
#include "support/collide-private.h"

#include <math.h>


void
tjt__shape_init(Shape *sh)
{
    sh->pts = g_array_new(FALSE, FALSE, sizeof(Pt));
    sh->runs = g_array_new(FALSE, FALSE, sizeof(guint) * 2);
    sh->closed = g_array_new(FALSE, FALSE, sizeof(gboolean));
}

void
tjt__shape_clear(Shape *sh)
{
    g_array_free(sh->pts, TRUE);
    g_array_free(sh->runs, TRUE);
    g_array_free(sh->closed, TRUE);
}

static void
run_begin(Shape *sh)
{
    guint r[2] = { sh->pts->len, 0 };
    gboolean c = FALSE;
    g_array_append_val(sh->runs, r);
    g_array_append_val(sh->closed, c);
}

static void
run_add(Shape *sh, double x, double y)
{
    Pt p = { x, y };
    g_array_append_val(sh->pts, p);
    ((guint *)sh->runs->data)[2 * (sh->runs->len - 1) + 1]++;
}

static void
run_close(Shape *sh)
{
    g_array_index(sh->closed, gboolean, sh->closed->len - 1) = TRUE;
}

/* The arc as cairo_arc draws it (@a1 below @a0: a turn later). */
static void
add_arc(Shape *sh, double cx, double cy, double r, double a0, double a1)
{
    if (!isfinite(a0) || !isfinite(a1))
        return;
    while (a1 < a0)
        a1 += 2 * G_PI;
    double step = r > FLAT_TOL ? 2 * acos(1 - FLAT_TOL / r) : G_PI / 2;
    guint n = (guint)CLAMP(ceil((a1 - a0) / step), 1, 2000);
    for (guint k = 0; k <= n; k++) {
        double a = a0 + (a1 - a0) * k / n;
        run_add(sh, cx + r * cos(a), cy + r * sin(a));
    }
}

static void
add_curve(Shape *sh, Pt p0, const double *c)
{
    double len = hypot(c[0] - p0.x, c[1] - p0.y) + hypot(c[2] - c[0], c[3] - c[1]) +
                 hypot(c[4] - c[2], c[5] - c[3]);
    guint n = (guint)CLAMP(ceil(sqrt(len / FLAT_TOL)), 2, 200);
    for (guint k = 1; k <= n; k++) {
        double t = (double)k / n, u = 1 - t;
        double a = u * u * u, b = 3 * u * u * t, d = 3 * u * t * t, e = t * t * t;
        run_add(sh, a * p0.x + b * c[0] + d * c[2] + e * c[4],
                a * p0.y + b * c[1] + d * c[3] + e * c[5]);
    }
}

static void
add_path(Shape *sh, const TjScene *s, const TjItem *it)
{
    const double *p = tj_scene_path_points(s, it);
    Pt cur = { 0, 0 };
    gboolean open = FALSE;
    for (guint k = 0; k < it->u.path.n_ops; k++) {
        switch (tj_scene_path_op(s, it, k)) {
        case TJ_PATH_MOVE:
            run_begin(sh);
            open = TRUE;
            cur = (Pt){ p[0], p[1] };
            run_add(sh, cur.x, cur.y);
            p += 2;
            break;
        case TJ_PATH_LINE:
            if (!open) {
                run_begin(sh);
                open = TRUE;
                run_add(sh, cur.x, cur.y);
            }
            cur = (Pt){ p[0], p[1] };
            run_add(sh, cur.x, cur.y);
            p += 2;
            break;
        case TJ_PATH_CURVE:
            if (!open) {
                run_begin(sh);
                open = TRUE;
                run_add(sh, cur.x, cur.y);
            }
            add_curve(sh, cur, p);
            cur = (Pt){ p[4], p[5] };
            p += 6;
            break;
        case TJ_PATH_CLOSE:
            if (open)
                run_close(sh);
            open = FALSE;
            break;
        }
    }
}

void
tjt__shape_of(Shape *sh, const TjScene *s, const TjItem *it)
{
    tjt__shape_init(sh);
    sh->fill = it->paint.fill.a > 0 || it->kind == TJ_ITEM_IMAGE;
    sh->stroke = it->paint.stroke.a > 0 && it->paint.stroke_width > 0;
    sh->hw = sh->stroke ? it->paint.stroke_width / 2 : 0;
    sh->cap = it->paint.cap;
    sh->box = tj_scene_item_box(s, it);
    switch (it->kind) {
    case TJ_ITEM_RECT:
    case TJ_ITEM_IMAGE: {
        double x = it->kind == TJ_ITEM_RECT ? it->u.rect.x : it->u.image.x;
        double y = it->kind == TJ_ITEM_RECT ? it->u.rect.y : it->u.image.y;
        double w = it->kind == TJ_ITEM_RECT ? it->u.rect.w : it->u.image.w;
        double h = it->kind == TJ_ITEM_RECT ? it->u.rect.h : it->u.image.h;
        run_begin(sh);
        run_add(sh, x, y);
        run_add(sh, x + w, y);
        run_add(sh, x + w, y + h);
        run_add(sh, x, y + h);
        run_close(sh);
        break;
    }
    case TJ_ITEM_ARC:
        run_begin(sh);
        add_arc(sh, it->u.arc.cx, it->u.arc.cy, fabs(it->u.arc.r), it->u.arc.a0, it->u.arc.a1);
        if (sh->fill)
            run_close(sh);   /* cairo fills an arc to its chord */
        break;
    case TJ_ITEM_PATH:
        add_path(sh, s, it);
        break;
    default:
        break;
    }
}
