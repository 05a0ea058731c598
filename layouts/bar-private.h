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
    double lo, hi;        /* data range with 0 and the target */
} TjBarCtx;

TjColor tj__bar_color(const TjBarCtx *c, guint series, guint cat);
/* Label of a stacked total or of a value with the series' decimals. */
char *tj__bar_value_label(const TjBarCtx *c, guint series, guint cat);
/* "目标 5" (or the spec's word) for the target line. (transfer full) */
char *tj__bar_target_label(const TjBarCtx *c);
void tj__bar_horizontal(TjBarCtx *c);

#endif
