/* layouts/combo-private.h — what the combo chart's files share: the state
 * of one layout call (combo.c lays out the frame, axes and labels,
 * combo-marks.c the bars, the line and their value labels). */
#ifndef TJ_LAYOUTS_COMBO_PRIVATE_H
#define TJ_LAYOUTS_COMBO_PRIVATE_H

#include "layouts/combo.h"
#include "layouts/common.h"
#include "layouts/scale.h"

#define MAX_BAR_WIDTH 64.0
#define MARKER_R 4.5

typedef struct {
    TjScene *s;
    const TjChartData *d;
    const TjComboSpec *spec;
    const TjTheme *th;
    const TjMeasurer *m;
    TjFontStyle label_font, value_font, tick_font;
    TjFontStyle bar_font;          /* the bars' values (combo-marks.c) */
    TjColor bar_color, line_color;
    const char *bar_unit, *line_unit;
} Combo;

double tj__combo_text_w(const Combo *c, const char *t, const TjFontStyle *f);
/* The height of a line of @f. */
double tj__combo_line_h(const Combo *c, const TjFontStyle *f);
/* Bars (left scale @ya), the line (right scale @yb) and their value labels,
 * none outside @area or over another. */
void tj__combo_marks(Combo *c, const TjBandScale *xs, const TjLinearScale *ya,
                     const TjLinearScale *yb, const TjRect *area);

#endif
