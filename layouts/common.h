/* layouts/common.h — small helpers every chart layout uses: measured text
 * placement and paints. Shared by the files of layouts/ only. */
#ifndef TJ_LAYOUTS_COMMON_H
#define TJ_LAYOUTS_COMMON_H

#include <glib.h>
#include "core/color.h"
#include "core/error.h"
#include "core/font.h"
#include "fonts/measure.h"
#include "scene/scene.h"

TjPaint tj_paint_fill(TjColor c);
TjPaint tj_paint_stroke(TjColor c, double width);
TjFontStyle tj_font(double size, gboolean bold);

/* Measures @text and appends it with its baseline at @y. Returns the
 * measured extents in @ext when not NULL. */
guint tj_lay_text(TjScene *s, const TjMeasurer *m, const char *role, double x,
                  double y, const char *text, const TjFontStyle *font,
                  TjColor color, TjAnchor anchor, TjTextExtents *ext);
/* Warns on @s (tj_scene_warn, code "label-shortened") that @text was
 * shortened to fit @max_lines lines of @max_w px, naming the width it
 * would need. */
void tj_lay_warn_shortened(TjScene *s, const TjMeasurer *m, const char *text,
                           const TjFontStyle *font, double max_w, guint max_lines);

/* Warns on @s (code "label-dropped") that the value labels of the
 * categories @names (char *, not taken; none: no warning) were left out
 * of @chart ("combo chart", translated) for lack of room. */
void tj_lay_warn_dropped(TjScene *s, const char *chart, const GPtrArray *names);

/* Same, with the line box's vertical centre at @cy. */
guint tj_lay_text_mid(TjScene *s, const TjMeasurer *m, const char *role, double x,
                      double cy, const char *text, const TjFontStyle *font,
                      TjColor color, TjAnchor anchor);
/* Same, rotated by @angle degrees about (x, y) on the baseline. */
guint tj_lay_text_rot(TjScene *s, const TjMeasurer *m, const char *role, double x,
                      double y, const char *text, const TjFontStyle *font,
                      TjColor color, TjAnchor anchor, double angle);

/* Wraps short text to @max_width between words, with balanced lines
 * ("社会消费品" / "零售总额" rather than "社会消费品零售" / "总额"):
 * tj_text_wrap_phrases(). (transfer full) */
GPtrArray *tj_lay_wrap_balanced(const TjMeasurer *m, const char *text,
                                const TjFontStyle *font, double max_width);

/* The smallest boxes the layouts draw into (px): smaller ones cannot hold
 * their texts, axes and marks, and are an error rather than a picture with
 * parts off the page. */
#define TJ_LAY_MIN_CHART_W 200.0   /* bar, trend */
#define TJ_LAY_MIN_CHART_H 200.0
#define TJ_LAY_MIN_GAUGE_W 100.0
#define TJ_LAY_MIN_GAUGE_H 100.0   /* and 30 more a frame line (title, …) */
#define TJ_LAY_MIN_TILE_W 120.0    /* kpi */
#define TJ_LAY_MIN_TILE_H 120.0

/* FALSE (TJ_ERROR_INPUT at @loc, may be NULL) when a box of @w × @h px for
 * @what ("bar chart") is smaller than @min_w × @min_h or not finite. */
gboolean tj_lay_check_box(const char *what, double w, double h, double min_w, double min_h,
                          const TjSrcLoc *loc, GError **error);

/* TRUE when any two text items of @s from index @from overlap (by > 0.5 px). */
gboolean tj_lay_texts_overlap(const TjScene *s, guint from);
/* TRUE when a text item of @s from index @from lies partly over a rect
 * item from @from (a value over a neighbour's bar; one wholly inside a
 * rect is that rect's own label). */
gboolean tj_lay_texts_meet_rects(const TjScene *s, guint from);
/* TRUE when a text from item @mark on overlaps one of items @start to
 * @mark (tick labels, legend, unit drawn before value labels). */
gboolean tj_lay_texts_meet_earlier(const TjScene *s, guint start, guint mark);

#endif
