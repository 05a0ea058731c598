/* layouts/common.c — text placement and paint helpers for layouts. */
#include "layouts/common.h"

#include <math.h>

#include "layouts/text.h"
#include "core/i18n.h"

TjPaint
tj_paint_fill(TjColor c)
{
    TjPaint p = { 0 };
    p.fill = c;
    return p;
}

TjPaint
tj_paint_stroke(TjColor c, double width)
{
    TjPaint p = { 0 };
    p.stroke = c;
    p.stroke_width = width;
    return p;
}

TjFontStyle
tj_font(double size, gboolean bold)
{
    TjFontStyle f = { size, bold };
    return f;
}

void
tj_lay_warn_shortened(TjScene *s, const TjMeasurer *m, const char *text,
                      const TjFontStyle *font, double max_w, guint max_lines)
{
    /* the width it would need in @max_lines lines: at least its one-line
     * width shared among them (one measurement: a label may be 4096
     * characters long) */
    TjTextExtents e;
    tj_measure(m, text, font, &e);
    double need = MAX(max_w, e.width / MAX(1, max_lines));
    tj_scene_warn(s, "label-shortened",
                  _("label “%s” was shortened: at most %u lines, it needs at least %.0f px "
                    "of width and had %.0f px"),
                  text, max_lines, ceil(need), floor(max_w));
}

void
tj_lay_warn_dropped(TjScene *s, const char *chart, const GPtrArray *names)
{
    if (!names || names->len == 0)
        return;
    GString *list = g_string_new(NULL);
    for (guint i = 0; i < names->len; i++) {
        if (i == 8) {
            g_string_append(list, "…");
            break;
        }
        g_string_append_printf(list, "%s“%s”", i ? "、" : "", (const char *)names->pdata[i]);
    }
    tj_scene_warn(s, "label-dropped", _("%s: value labels left out for lack of room: %s"),
                  chart, list->str);
    g_string_free(list, TRUE);
}

guint
tj_lay_text(TjScene *s, const TjMeasurer *m, const char *role, double x, double y,
            const char *text, const TjFontStyle *font, TjColor color,
            TjAnchor anchor, TjTextExtents *ext)
{
    TjTextExtents e;
    tj_measure(m, text, font, &e);
    if (ext)
        *ext = e;
    return tj_scene_text(s, role, x, y, text, font, color, anchor, 0, &e);
}

guint
tj_lay_text_mid(TjScene *s, const TjMeasurer *m, const char *role, double x,
                double cy, const char *text, const TjFontStyle *font,
                TjColor color, TjAnchor anchor)
{
    TjTextExtents e;
    tj_measure(m, text, font, &e);
    return tj_scene_text(s, role, x, cy - e.height / 2 + e.ascent, text, font,
                         color, anchor, 0, &e);
}

guint
tj_lay_text_rot(TjScene *s, const TjMeasurer *m, const char *role, double x,
                double y, const char *text, const TjFontStyle *font,
                TjColor color, TjAnchor anchor, double angle)
{
    TjTextExtents e;
    tj_measure(m, text, font, &e);
    return tj_scene_text(s, role, x, y, text, font, color, anchor, angle, &e);
}

GPtrArray *
tj_lay_wrap_balanced(const TjMeasurer *m, const char *text, const TjFontStyle *font,
                     double max_width)
{
    return tj_text_wrap_phrases(m, text, font, max_width);
}

gboolean
tj_lay_texts_overlap(const TjScene *s, guint from)
{
    guint n = tj_scene_n_items(s);
    for (guint i = from; i < n; i++) {
        const TjItem *a = tj_scene_item(s, i);
        if (a->kind != TJ_ITEM_TEXT)
            continue;
        TjRect ra = tj_scene_text_box(a);
        for (guint j = i + 1; j < n; j++) {
            const TjItem *b = tj_scene_item(s, j);
            if (b->kind != TJ_ITEM_TEXT)
                continue;
            TjRect rb = tj_scene_text_box(b);
            if (tj_rect_overlaps(&ra, &rb, 0.5))
                return TRUE;
        }
    }
    return FALSE;
}

gboolean
tj_lay_texts_meet_earlier(const TjScene *s, guint start, guint mark)
{
    for (guint i = mark; i < tj_scene_n_items(s); i++) {
        const TjItem *a = tj_scene_item(s, i);
        if (a->kind != TJ_ITEM_TEXT)
            continue;
        TjRect ra = tj_scene_text_box(a);
        for (guint j = start; j < mark; j++) {
            const TjItem *b = tj_scene_item(s, j);
            if (b->kind != TJ_ITEM_TEXT)
                continue;
            TjRect rb = tj_scene_text_box(b);
            if (tj_rect_overlaps(&ra, &rb, 0.5))
                return TRUE;
        }
    }
    return FALSE;
}

gboolean
tj_lay_texts_meet_rects(const TjScene *s, guint from)
{
    guint n = tj_scene_n_items(s);
    for (guint i = from; i < n; i++) {
        const TjItem *a = tj_scene_item(s, i);
        if (a->kind != TJ_ITEM_TEXT)
            continue;
        TjRect ra = tj_scene_text_box(a);
        for (guint j = from; j < n; j++) {
            const TjItem *b = tj_scene_item(s, j);
            if (b->kind != TJ_ITEM_RECT)
                continue;
            TjRect rb = { b->u.rect.x, b->u.rect.y, b->u.rect.w, b->u.rect.h };
            if (tj_rect_overlaps(&ra, &rb, 0.5) && !tj_rect_contains(&rb, &ra, 0))
                return TRUE;
        }
    }
    return FALSE;
}

gboolean
tj_lay_check_box(const char *what, double w, double h, double min_w, double min_h,
                 const TjSrcLoc *loc, GError **error)
{
    if (w >= min_w && h >= min_h && isfinite(w) && isfinite(h))
        return TRUE;
    tj_error_set_at(error, TJ_ERROR_INPUT, loc, _("%s: %.0f × %.0f px is too small to draw it "
                    "(at least %.0f × %.0f px; in a page, put fewer blocks in the row)"),
                    what, w, h, min_w, min_h);
    return FALSE;
}
