/* render/replay.c — replays a scene's items onto a cairo context.
 * Order is the scene's order; the background is painted first. Paint is
 * fill then stroke. Text goes through tj_fonts_layout() and is placed by
 * the layout's own measured width and baseline, so anchors are exact in
 * every format. Layouts are built once per replay and reused when the same
 * replay draws several strips (images too: render/image.c). Cairo's status is not checked here: callers
 * check it once when they are done. */
#include "render/render-private.h"

#include <math.h>
#include <pango/pangocairo.h>

#define CULL_PAD 2.0      /* px around a box: antialiasing */
#define MITER_REACH 5.0   /* stroke widths a miter join may reach (limit 10) */

struct TjReplay {
    const TjScene *scene;
    TjFonts *fonts;
    PangoLayout **layouts;  /* by item index, built on first use */
    guint n;
    GHashTable *images;     /* decoded images (render/image.c) */
    TjReplayHook hook;      /* NULL none */
    gpointer hook_data;
};

TjReplay *
tj__replay_new(const TjScene *scene, TjFonts *fonts)
{
    TjReplay *r = g_new0(TjReplay, 1);
    r->scene = scene;
    r->fonts = fonts;
    r->n = tj_scene_n_items(scene);
    r->layouts = g_new0(PangoLayout *, r->n);
    r->images = tj__image_cache_new();
    return r;
}

void
tj__replay_set_hook(TjReplay *r, TjReplayHook hook, gpointer data)
{
    r->hook = hook;
    r->hook_data = data;
}

void
tj__replay_free(TjReplay *r)
{
    if (!r)
        return;
    for (guint i = 0; i < r->n; i++)
        if (r->layouts[i])
            g_object_unref(r->layouts[i]);
    g_free(r->layouts);
    g_hash_table_destroy(r->images);
    g_free(r);
}

static void
set_color(cairo_t *cr, TjColor c)
{
    cairo_set_source_rgba(cr, c.r, c.g, c.b, c.a);
}

/* Fills then strokes the current path, then clears it. */
static void
paint_path(cairo_t *cr, const TjPaint *p)
{
    gboolean fill = p->fill.a > 0;
    gboolean stroke = p->stroke.a > 0 && p->stroke_width > 0;
    if (fill) {
        set_color(cr, p->fill);
        if (stroke)
            cairo_fill_preserve(cr);
        else
            cairo_fill(cr);
    }
    if (stroke) {
        static const cairo_line_cap_t caps[] = {
            [TJ_CAP_BUTT] = CAIRO_LINE_CAP_BUTT,
            [TJ_CAP_ROUND] = CAIRO_LINE_CAP_ROUND,
            [TJ_CAP_SQUARE] = CAIRO_LINE_CAP_SQUARE,
        };
        set_color(cr, p->stroke);
        cairo_set_line_width(cr, p->stroke_width);
        cairo_set_line_cap(cr, caps[p->cap <= TJ_CAP_SQUARE ? p->cap : TJ_CAP_BUTT]);
        cairo_set_line_join(cr, p->cap == TJ_CAP_ROUND ? CAIRO_LINE_JOIN_ROUND
                                                       : CAIRO_LINE_JOIN_MITER);
        if (p->dash_on > 0 || p->dash_off > 0) {
            double dash[2] = { p->dash_on, p->dash_off };
            cairo_set_dash(cr, dash, 2, 0);
        } else {
            cairo_set_dash(cr, NULL, 0, 0);
        }
        cairo_stroke(cr);
    }
    cairo_new_path(cr);
}

static void
rect_path(cairo_t *cr, double x, double y, double w, double h, double radius)
{
    if (w < 0)
        x += w, w = -w;
    if (h < 0)
        y += h, h = -h;
    double r = MIN(radius, MIN(w, h) / 2);
    if (r <= 0) {
        cairo_rectangle(cr, x, y, w, h);
        return;
    }
    cairo_new_sub_path(cr);
    cairo_arc(cr, x + w - r, y + r, r, -G_PI / 2, 0);
    cairo_arc(cr, x + w - r, y + h - r, r, 0, G_PI / 2);
    cairo_arc(cr, x + r, y + h - r, r, G_PI / 2, G_PI);
    cairo_arc(cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
    cairo_close_path(cr);
}

static void
shape_path(cairo_t *cr, const TjScene *scene, const TjItem *it)
{
    const double *pt = tj_scene_path_points(scene, it);
    for (guint k = 0; k < it->u.path.n_ops; k++) {
        switch (tj_scene_path_op(scene, it, k)) {
        case TJ_PATH_MOVE:
            cairo_move_to(cr, pt[0], pt[1]);
            pt += 2;
            break;
        case TJ_PATH_LINE:
            cairo_line_to(cr, pt[0], pt[1]);
            pt += 2;
            break;
        case TJ_PATH_CURVE:
            cairo_curve_to(cr, pt[0], pt[1], pt[2], pt[3], pt[4], pt[5]);
            pt += 6;
            break;
        case TJ_PATH_CLOSE:
            cairo_close_path(cr);
            break;
        }
    }
}

/* A conservative box of a shape item in scene units (control points bound
 * curves; arcs count as whole circles). */
static TjRect
shape_box(const TjScene *scene, const TjItem *it)
{
    TjRect b = { 0, 0, 0, 0 };
    if (it->kind == TJ_ITEM_RECT) {
        b = (TjRect){ it->u.rect.x, it->u.rect.y, it->u.rect.w, it->u.rect.h };
        if (b.w < 0)
            b.x += b.w, b.w = -b.w;
        if (b.h < 0)
            b.y += b.h, b.h = -b.h;
    } else if (it->kind == TJ_ITEM_ARC) {
        double r = fabs(it->u.arc.r);
        b = (TjRect){ it->u.arc.cx - r, it->u.arc.cy - r, 2 * r, 2 * r };
    } else if (it->kind == TJ_ITEM_IMAGE) {
        b = (TjRect){ it->u.image.x, it->u.image.y, it->u.image.w, it->u.image.h };
    } else if (it->kind == TJ_ITEM_PATH && it->u.path.n_pts > 0) {
        const double *pt = tj_scene_path_points(scene, it);
        double x0 = pt[0], y0 = pt[1], x1 = pt[0], y1 = pt[1];
        for (guint k = 1; k < it->u.path.n_pts; k++) {
            x0 = MIN(x0, pt[2 * k]), x1 = MAX(x1, pt[2 * k]);
            y0 = MIN(y0, pt[2 * k + 1]), y1 = MAX(y1, pt[2 * k + 1]);
        }
        b = (TjRect){ x0, y0, x1 - x0, y1 - y0 };
    }
    double pad = CULL_PAD + MITER_REACH * MAX(it->paint.stroke_width, 0);
    return (TjRect){ b.x - pad, b.y - pad, b.w + 2 * pad, b.h + 2 * pad };
}

/* TRUE when @b (user units) meets cairo's clip extents. */
static gboolean
visible(cairo_t *cr, TjRect b)
{
    double x1, y1, x2, y2;
    cairo_clip_extents(cr, &x1, &y1, &x2, &y2);
    return b.x <= x2 && b.x + b.w >= x1 && b.y <= y2 && b.y + b.h >= y1;
}

/* Whether a justified line may add space beside character @c: not inside
 * a number or a Latin word (ASCII letters, digits and their marks such as
 * . , % - keep together: 719183 is never drawn 7 1 9 1 8 3). */
static gboolean
spreads(gunichar c)
{
    return c >= 0x80 || g_unichar_isspace(c);
}

/* Stretches a justified line (fit_width) by letter spacing on the
 * characters that may spread. pango adds half the spacing on each side of
 * each such character, none at the line's ends, so a gap between two of
 * them widens by the whole spacing, a gap beside a digit by half. Nothing
 * when the line needs no stretch, or would need more than half an em. */
void
tj__replay_justify(PangoLayout *layout, const TjItem *it)
{
    const char *text = pango_layout_get_text(layout);  /* as composed (NFC) */
    if (it->u.text.fit_width <= 0 || it->u.text.anchor != TJ_ANCHOR_START)
        return;
    TjTextExtents e;
    tj_fonts_layout_extents(layout, &e);
    if (it->u.text.fit_width <= e.width)
        return;
    double units = 0;
    gboolean prev = FALSE, first = TRUE;
    for (const char *p = text; *p; p = g_utf8_next_char(p)) {
        gboolean sp = spreads(g_utf8_get_char(p));
        if (!first)
            units += (prev + sp) / 2.0;
        prev = sp;
        first = FALSE;
    }
    if (units <= 0)
        return;
    double ls = (it->u.text.fit_width - e.width) / units;
    if (ls > it->u.text.font.size * 0.5)   /* never spread a short last line */
        return;
    PangoAttrList *attrs = pango_layout_get_attributes(layout);
    attrs = attrs ? pango_attr_list_copy(attrs) : pango_attr_list_new();
    const char *run = NULL;
    for (const char *p = text;; p = g_utf8_next_char(p)) {
        gboolean sp = *p && spreads(g_utf8_get_char(p));
        if (sp && !run)
            run = p;
        if (!sp && run) {
            PangoAttribute *a = pango_attr_letter_spacing_new((int)(ls * PANGO_SCALE));
            a->start_index = (guint)(run - text);
            a->end_index = (guint)(p - text);
            pango_attr_list_insert(attrs, a);
            run = NULL;
        }
        if (!*p)
            break;
    }
    pango_layout_set_attributes(layout, attrs);
    pango_attr_list_unref(attrs);
}

static PangoLayout *
item_layout(TjReplay *r, guint i, const TjItem *it)
{
    if (!r->layouts[i]) {
        PangoLayout *layout = tj_fonts_layout(r->fonts, it->u.text.text, &it->u.text.font);
        tj__replay_justify(layout, it);
        r->layouts[i] = layout;
    }
    return r->layouts[i];
}

/* Gives the layout's context the device matrix when its scale or rotation
 * differs from the one the context has. Not for every item: pango counts
 * each call as a change (the matrix it keeps holds the translation too) and
 * shapes every layout of the context again (a page's texts once per PNG
 * strip, most of the time of drawing it); where the text is placed plays
 * no part in shaping. */
static void
update_context(cairo_t *cr, PangoLayout *layout)
{
    cairo_matrix_t m;
    cairo_get_matrix(cr, &m);
    const PangoMatrix *now = pango_context_get_matrix(pango_layout_get_context(layout));
    PangoMatrix id = PANGO_MATRIX_INIT;
    if (!now)
        now = &id;
    if (now->xx != m.xx || now->yx != m.yx || now->xy != m.xy || now->yy != m.yy)
        pango_cairo_update_layout(cr, layout);
}

static void
draw_text(TjReplay *r, cairo_t *cr, guint i, const TjItem *it, gboolean cull)
{
    cairo_save(cr);
    cairo_translate(cr, it->u.text.x, it->u.text.y);
    if (it->u.text.angle != 0)
        cairo_rotate(cr, it->u.text.angle * G_PI / 180.0);
    PangoLayout *layout = item_layout(r, i, it);
    update_context(cr, layout);
    PangoRectangle ink, logical;
    pango_layout_get_extents(layout, &ink, &logical);
    pango_extents_to_pixels(&ink, NULL);
    pango_extents_to_pixels(&logical, NULL);
    TjTextExtents ext;
    tj_fonts_layout_extents(layout, &ext);
    /* a justified line: pango puts half a letter space before the first
     * character; start the glyphs themselves at x */
    double dx = 0;
    if (it->u.text.fit_width > 0 && ext.width > it->u.text.fit_width + 0.5)
        dx = -(ext.width - it->u.text.fit_width) / 2;
    if (it->u.text.anchor == TJ_ANCHOR_MIDDLE)
        dx = -ext.width / 2;
    else if (it->u.text.anchor == TJ_ANCHOR_END)
        dx = -ext.width;
    double top = -ext.ascent;
    if (cull) {
        double x0 = MIN(ink.x, logical.x), y0 = MIN(ink.y, logical.y);
        double x1 = MAX(ink.x + ink.width, logical.x + logical.width);
        double y1 = MAX(ink.y + ink.height, logical.y + logical.height);
        TjRect box = { dx + x0 - CULL_PAD, top + y0 - CULL_PAD,
                       x1 - x0 + 2 * CULL_PAD, y1 - y0 + 2 * CULL_PAD };
        if (!visible(cr, box)) {
            cairo_restore(cr);
            return;
        }
    }
    cairo_move_to(cr, dx, top);
    set_color(cr, it->u.text.color);
    pango_cairo_show_layout(cr, layout);
    cairo_new_path(cr);  /* the path is not part of the saved state */
    cairo_restore(cr);
}

static void
draw_item(TjReplay *r, cairo_t *cr, guint i, gboolean cull)
{
    const TjItem *it = tj_scene_item(r->scene, i);
    if (it->kind == TJ_ITEM_TEXT) {
        draw_text(r, cr, i, it, cull);
        return;
    }
    if (it->kind == TJ_ITEM_IMAGE) {
        if (!cull || visible(cr, shape_box(r->scene, it)))
            tj__image_draw(r->images, cr, r->scene, it);
        return;
    }
    if (it->kind != TJ_ITEM_RECT && it->kind != TJ_ITEM_PATH &&
        it->kind != TJ_ITEM_ARC)
        return;  /* groups: nothing to draw in raster or plain vector */
    if (cull && !visible(cr, shape_box(r->scene, it)))
        return;
    cairo_new_path(cr);
    if (it->kind == TJ_ITEM_RECT)
        rect_path(cr, it->u.rect.x, it->u.rect.y, it->u.rect.w, it->u.rect.h,
                  it->u.rect.radius);
    else if (it->kind == TJ_ITEM_PATH)
        shape_path(cr, r->scene, it);
    else
        cairo_arc(cr, it->u.arc.cx, it->u.arc.cy, it->u.arc.r, it->u.arc.a0,
                  it->u.arc.a1);
    paint_path(cr, &it->paint);
}

void
tj__replay_draw(TjReplay *r, cairo_t *cr, gboolean cull)
{
    TjColor bg = tj_scene_background(r->scene);
    cairo_save(cr);
    if (bg.a > 0) {
        set_color(cr, bg);
        cairo_paint(cr);
    }
    for (guint i = 0; i < r->n; i++) {
        if (r->hook)
            r->hook(r->hook_data, cr, i, tj_scene_item(r->scene, i));
        draw_item(r, cr, i, cull);
    }
    if (r->hook)
        r->hook(r->hook_data, cr, r->n, NULL);
    cairo_restore(cr);
}

gboolean
tj_render_cairo(const TjScene *scene, TjFonts *fonts, cairo_t *cr,
                GError **error)
{
    g_return_val_if_fail(scene && fonts && cr, FALSE);
    TjReplay *r = tj__replay_new(scene, fonts);
    tj__replay_draw(r, cr, FALSE);
    tj__replay_free(r);
    return tj__render_status(cairo_status(cr), NULL, NULL, error);
}
