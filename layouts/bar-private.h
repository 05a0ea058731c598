/* layouts/bar-private.h — state shared by the vertical (bar.c) and
 * horizontal (bar-horizontal.c) bar layouts. */
#ifndef TJ_LAYOUTS_BAR_PRIVATE_H
#define TJ_LAYOUTS_BAR_PRIVATE_H

#include "layouts/bar.h"
#include "layouts/common.h"
#include "layouts/scale.h"
#include "core/format.h"

typedef struct {
    TjScene *s;
    const TjChartData *d;
    const TjBarSpec *spec;
    const TjTheme *th;
    const TjMeasurer *m;
    TjRect plot;
    TjFontStyle label_font, value_font, tick_font;
    int highlight;        /* category index or -1 */
    double dense_room;    /* > 0: horizontal rows too low for their names: */
    double dense_item;    /* the rows' height and what a name needs (px) */
    double lo, hi;        /* data range with 0 and the target */
} TjBarCtx;

/* bar-marks.c: what a value means and how it is drawn */
typedef enum { TJ_BAR_SOLID, TJ_BAR_TARGET, TJ_BAR_CEILING, TJ_BAR_FLOOR } TjBarMark;
enum { TJ_BAR_END_TOP, TJ_BAR_END_BOTTOM, TJ_BAR_END_RIGHT, TJ_BAR_END_LEFT };
TjBarMark tj__bar_mark(const TjBarCtx *c, guint series, guint cat);
gboolean tj__bar_is_target_name(const char *name);
TjColor tj__bar_color(const TjBarCtx *c, guint series, guint cat);
/* Draws value (@series, @cat) in the bar rectangle @r whose value end is
 * @end (TJ_BAR_END_*): a solid bar, a dashed outline, or a limit line. */
void tj__bar_draw(TjBarCtx *c, guint series, guint cat, const TjRect *r, int end);
/* Stacked parts that are shares: each category's parts add up to 100. */
gboolean tj__bar_shares(const TjBarCtx *c);
/* The label of part (@k, @i) of a stacked bar, inside its rectangle @r
 * when it fits (ink contrasting with the part's colour; "%" for shares). */
void tj__bar_part_label(TjBarCtx *c, guint k, guint i, const TjRect *r, const TjFontStyle *font);
/* Label of a stacked total or of a value with the series' decimals. */
char *tj__bar_value_label(const TjBarCtx *c, guint series, guint cat);
/* The dashed target line at @at (a y when @across_x, else an x) from @a0
 * to @a1, broken where a value label stands on it (drawn before). */
void tj__bar_target_line(TjBarCtx *c, gboolean across_x, double at, double a0, double a1);
/* "目标 5" (or the spec's word) for the target line. (transfer full) */
char *tj__bar_target_label(const TjBarCtx *c);
void tj__bar_horizontal(TjBarCtx *c);
/* bar-columns.c: vertical bars from zero on @ys in the bands of @xs, with
 * their value labels where they touch nothing. */
void tj__bar_columns(TjBarCtx *c, const TjBandScale *xs, const TjLinearScale *ys);

/* bar-categories.c: the category names under vertical bars — one line,
 * else wrapped between words, else slanted (every n-th as a last resort) */
typedef enum { CAT_LINE, CAT_WRAP, CAT_ROTATE } TjBarCatMode;
typedef struct {
    TjBarCatMode mode;
    double angle;        /* CAT_ROTATE: degrees (negative: rising) */
    GPtrArray **lines;   /* per category: its lines (CAT_WRAP), or one line */
    double height;       /* space needed below the axis */
    guint every;         /* draw every n-th label (1: all) */
} TjBarCatFit;
void tj__bar_cat_fit_free(TjBarCatFit *f, guint n);
/* One line, else a balanced wrap, in @step px and @max_h px of height, at
 * the label size or two smaller ones; FALSE when no size holds them. */
gboolean tj__bar_wrap_categories(TjBarCtx *c, double step, double max_h, TjBarCatFit *f);
void tj__bar_rotate_fit(TjBarCtx *c, double step, TjBarCatFit *f);
/* Whether horizontal bars would give every category a row that holds a
 * line of 14-px label text. */
gboolean tj__bar_rows_hold_labels(const TjBarCtx *c);
/* How far slanted names would reach left of @left (0: none does). */
double tj__bar_rotated_overhang(const TjBarCtx *c, const TjBandScale *xs, const TjBarCatFit *f,
                                double left);
void tj__bar_draw_categories(TjBarCtx *c, const TjBandScale *xs, double y0,
                             const TjBarCatFit *f);

#endif
