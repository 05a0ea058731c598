/* scene/dump.c — bounding boxes of items and the text dump used by scene
 * golden tests: one line per item, numbers to 0.01 px, colours as #RRGGBB. */
#include "scene/scene.h"

#include <math.h>

static double
anchor_frac(TjAnchor a)
{
    return a == TJ_ANCHOR_MIDDLE ? 0.5 : a == TJ_ANCHOR_END ? 1.0 : 0.0;
}

TjRect
tj_scene_text_box(const TjItem *it)
{
    const TjTextExtents *e = &it->u.text.ext;
    double w = MAX(e->width, it->u.text.fit_width);
    double x0 = -anchor_frac(it->u.text.anchor) * w;
    double y0 = -e->ascent;
    double cx[4] = { x0, x0 + w, x0 + w, x0 };
    double cy[4] = { y0, y0, y0 + e->height, y0 + e->height };
    double t = it->u.text.angle * G_PI / 180.0;
    double c = cos(t), s = sin(t);
    double minx = INFINITY, miny = INFINITY, maxx = -INFINITY, maxy = -INFINITY;
    for (int k = 0; k < 4; k++) {
        double px = it->u.text.x + cx[k] * c - cy[k] * s;
        double py = it->u.text.y + cx[k] * s + cy[k] * c;
        minx = MIN(minx, px); maxx = MAX(maxx, px);
        miny = MIN(miny, py); maxy = MAX(maxy, py);
    }
    TjRect r = { minx, miny, maxx - minx, maxy - miny };
    return r;
}

/* The box of the arc from @a0 to @a1 (as cairo_arc draws it: @a1 below
 * @a0 is taken a turn later): its two ends and every quarter point (3, 6,
 * 9, 12 o'clock) it passes, grown by @hw. */
static TjRect
arc_box(double cx, double cy, double r, double a0, double a1, double hw)
{
    if (a1 < a0)
        a1 = a0 + fmod(a1 - a0, 2 * G_PI) + 2 * G_PI;
    if (!isfinite(a0) || !isfinite(a1) || a1 - a0 >= 2 * G_PI || fabs(a0) > 1e6)
        return (TjRect){ cx - r - hw, cy - r - hw, 2 * (r + hw), 2 * (r + hw) };
    double x0 = cx + r * cos(a0), y0 = cy + r * sin(a0);
    double x1 = cx + r * cos(a1), y1 = cy + r * sin(a1);
    double minx = MIN(x0, x1), maxx = MAX(x0, x1), miny = MIN(y0, y1), maxy = MAX(y0, y1);
    /* the first quarter point at or after a0 */
    for (double q = ceil(a0 / (G_PI / 2)) * (G_PI / 2); q <= a1; q += G_PI / 2) {
        double x = cx + r * cos(q), y = cy + r * sin(q);
        minx = MIN(minx, x); maxx = MAX(maxx, x);
        miny = MIN(miny, y); maxy = MAX(maxy, y);
    }
    return (TjRect){ minx - hw, miny - hw, maxx - minx + 2 * hw, maxy - miny + 2 * hw };
}

TjRect
tj_scene_item_box(const TjScene *s, const TjItem *it)
{
    double hw = it->paint.stroke.a > 0 ? it->paint.stroke_width / 2 : 0;
    TjRect r = { 0, 0, 0, 0 };
    switch (it->kind) {
    case TJ_ITEM_RECT:
        r = (TjRect){ it->u.rect.x - hw, it->u.rect.y - hw,
                      it->u.rect.w + 2 * hw, it->u.rect.h + 2 * hw };
        break;
    case TJ_ITEM_ARC:
        r = arc_box(it->u.arc.cx, it->u.arc.cy, fabs(it->u.arc.r), it->u.arc.a0, it->u.arc.a1, hw);
        break;
    case TJ_ITEM_TEXT:
        r = tj_scene_text_box(it);
        break;
    case TJ_ITEM_IMAGE:
        r = (TjRect){ it->u.image.x, it->u.image.y, it->u.image.w, it->u.image.h };
        break;
    case TJ_ITEM_PATH: {
        const double *p = tj_scene_path_points(s, it);
        if (!p)
            break;
        double minx = p[0], maxx = p[0], miny = p[1], maxy = p[1];
        for (guint k = 1; k < it->u.path.n_pts; k++) {
            minx = MIN(minx, p[2 * k]); maxx = MAX(maxx, p[2 * k]);
            miny = MIN(miny, p[2 * k + 1]); maxy = MAX(maxy, p[2 * k + 1]);
        }
        r = (TjRect){ minx - hw, miny - hw, maxx - minx + 2 * hw, maxy - miny + 2 * hw };
        break;
    }
    default:
        break;
    }
    return r;
}

static void
num(GString *out, double v)
{
    char buf[G_ASCII_DTOSTR_BUF_SIZE];
    if (fabs(v) < 0.005)
        v = 0;
    g_string_append_c(out, ' ');
    g_string_append(out, g_ascii_formatd(buf, sizeof buf, "%.2f", v));
}

static void
color(GString *out, const char *key, TjColor c)
{
    char buf[10];
    if (c.a <= 0)
        return;
    tj_color_format(c, buf);
    g_string_append_printf(out, " %s=%s", key, buf);
}

static void
paint(GString *out, const TjPaint *p)
{
    color(out, "fill", p->fill);
    if (p->stroke.a > 0) {
        color(out, "stroke", p->stroke);
        g_string_append(out, " w=");
        num(out, p->stroke_width);
        if (p->dash_on > 0) {
            g_string_append(out, " dash=");
            num(out, p->dash_on);
            num(out, p->dash_off);
        }
    }
}

static void
dump_path(GString *out, const TjScene *s, const TjItem *it)
{
    const double *p = tj_scene_path_points(s, it);
    static const char letters[] = "MLCZ";
    for (guint k = 0, q = 0; k < it->u.path.n_ops; k++) {
        TjPathOp op = tj_scene_path_op(s, it, k);
        guint np = op == TJ_PATH_CURVE ? 3 : op == TJ_PATH_CLOSE ? 0 : 1;
        g_string_append_printf(out, " %c", letters[op]);
        for (guint j = 0; j < np; j++, q++) {
            num(out, p[2 * q]);
            num(out, p[2 * q + 1]);
        }
    }
}

static void
dump_item(GString *out, const TjScene *s, const TjItem *it, int depth)
{
    for (int d = 0; d < depth; d++)
        g_string_append(out, "  ");
    switch (it->kind) {
    case TJ_ITEM_RECT:
        g_string_append_printf(out, "rect %s", it->role);
        num(out, it->u.rect.x); num(out, it->u.rect.y);
        num(out, it->u.rect.w); num(out, it->u.rect.h);
        if (it->u.rect.radius > 0) {
            g_string_append(out, " r=");
            num(out, it->u.rect.radius);
        }
        paint(out, &it->paint);
        break;
    case TJ_ITEM_ARC:
        g_string_append_printf(out, "arc %s", it->role);
        num(out, it->u.arc.cx); num(out, it->u.arc.cy); num(out, it->u.arc.r);
        num(out, it->u.arc.a0 * 180 / G_PI); num(out, it->u.arc.a1 * 180 / G_PI);
        paint(out, &it->paint);
        break;
    case TJ_ITEM_PATH:
        g_string_append_printf(out, "path %s", it->role);
        paint(out, &it->paint);
        dump_path(out, s, it);
        break;
    case TJ_ITEM_TEXT: {
        static const char *anchors[] = { "start", "middle", "end" };
        g_string_append_printf(out, "text %s", it->role);
        num(out, it->u.text.x); num(out, it->u.text.y);
        g_string_append_printf(out, " %s", anchors[it->u.text.anchor]);
        if (it->u.text.angle != 0) {
            g_string_append(out, " angle=");
            num(out, it->u.text.angle);
        }
        g_string_append(out, " size=");
        num(out, it->u.text.font.size);
        if (it->u.text.font.bold)
            g_string_append(out, " bold");
        color(out, "color", it->u.text.color);
        g_string_append(out, " w=");
        num(out, it->u.text.ext.width);
        if (it->u.text.fit_width > 0) {
            g_string_append(out, " fit=");
            num(out, it->u.text.fit_width);
        }
        g_string_append_printf(out, " \"%s\"", it->u.text.text);
        break;
    }
    case TJ_ITEM_IMAGE: {
        /* the bytes by a short hash: goldens change when the file does */
        char *hash = g_compute_checksum_for_bytes(G_CHECKSUM_SHA256,
                                                  tj_scene_image_bytes(s, it));
        g_string_append_printf(out, "image %s %s", it->role,
                               it->u.image.type == TJ_IMAGE_SVG ? "svg" : "png");
        num(out, it->u.image.x); num(out, it->u.image.y);
        num(out, it->u.image.w); num(out, it->u.image.h);
        g_string_append(out, " size=");
        num(out, it->u.image.iw); num(out, it->u.image.ih);
        g_string_append_printf(out, " sha256=%.12s", hash);
        color(out, "tint", it->u.image.tint);
        g_free(hash);
        break;
    }
    case TJ_ITEM_GROUP:
        g_string_append_printf(out, "group %s", it->role);
        if (it->u.group.title)
            g_string_append_printf(out, " \"%s\"", it->u.group.title);
        if (it->u.group.desc)
            g_string_append_printf(out, " desc \"%s\"", it->u.group.desc);
        break;
    case TJ_ITEM_GROUP_END:
        g_string_append(out, "end");
        break;
    }
    g_string_append_c(out, '\n');
}

char *
tj_scene_dump(const TjScene *s)
{
    GString *out = g_string_new("scene");
    num(out, tj_scene_width(s));
    num(out, tj_scene_height(s));
    color(out, "bg", tj_scene_background(s));
    g_string_append_c(out, '\n');
    int depth = 0;
    for (guint i = 0; i < tj_scene_n_items(s); i++) {
        const TjItem *it = tj_scene_item(s, i);
        if (it->kind == TJ_ITEM_GROUP_END && depth > 0)
            depth--;
        dump_item(out, s, it, depth);
        if (it->kind == TJ_ITEM_GROUP)
            depth++;
    }
    return g_string_free(out, FALSE);
}
