/* layouts/bar-private.h — state shared by the vertical (bar.c) and
 * horizontal (bar-horizontal.c) bar layouts. */
#ifndef TJ_LAYOUTS_BAR_PRIVATE_H
#define TJ_LAYOUTS_BAR_PRIVATE_H

#include "layouts/bar.h"
#include "layouts/common.h"
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

#endif
