/* layouts/combo.h — bars with a line on a second axis (the bulletins'
 * "…及其增长速度": values as bars on the left axis, growth as a line with
 * point labels on the right). The two axes share their gridlines: the same
 * number of ticks, zero on the same gridline, so neither scale is
 * stretched to make the line look steeper. Each axis says its unit above
 * its tick labels; the legend says which mark is which. */
#ifndef TJ_LAYOUTS_COMBO_H
#define TJ_LAYOUTS_COMBO_H

#include <glib.h>
#include "fonts/measure.h"
#include "layouts/block.h"
#include "layouts/chartdata.h"
#include "layouts/theme.h"
#include "layouts/ticks.h"
#include "scene/scene.h"

typedef struct {
    double width, height;          /* px; laid out at (0, 0) */
    const char *title, *subtitle, *source;
    const char *unit;              /* the bars' (left) unit; NULL: the data's; "" none */
    const char *line_unit;         /* the line's (right) unit; NULL: the data's */
    gboolean value_labels;         /* default TRUE: bar values and point labels */
    TjSrcLoc loc;                  /* where the chart was asked for */
} TjComboSpec;

/* A combo block: series 0 of @data is drawn as bars, series 1 as the line. */
typedef struct {
    TjComboSpec spec;
    const TjChartData *data;       /* not owned */
} TjComboBlock;

void tj_combo_spec_init(TjComboSpec *spec);

/* Ticks for two axes drawn on one set of gridlines: @a covers [@lo1, @hi1]
 * and @b [@lo2, @hi2] (each range must include 0), both get the same
 * number of ticks (at most @max_intervals + 1) and the same index for zero,
 * each with its own 1/2/2.5/5×10ⁿ step. FALSE for non-finite input. */
gboolean tj_combo_ticks(double lo1, double hi1, double lo2, double hi2, int max_intervals,
                        TjTicks *a, TjTicks *b);

/* Appends the chart to @s. Errors: fewer than two series, nothing to draw,
 * a box too small, values beyond what tujie draws. */
gboolean tj_layout_combo(TjScene *s, const TjChartData *d, const TjComboSpec *spec,
                         const TjTheme *th, const TjMeasurer *m, GError **error);

/* Alt text in Chinese: (transfer full) g_free(). */
char *tj_alt_combo(const TjChartData *d, const TjComboSpec *spec);

extern const TjBlockOps tj_combo_block_ops;

#endif
