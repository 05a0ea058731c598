/* layouts/bar.h — the bar chart: vertical or horizontal, one or several
 * series (grouped or stacked, with a legend), negative values around a zero
 * baseline, value labels, one highlighted category, a target line. Long
 * category labels wrap, rotate or shorten; they never overlap. */
#ifndef TJ_LAYOUTS_BAR_H
#define TJ_LAYOUTS_BAR_H

#include <glib.h>
#include "fonts/measure.h"
#include "layouts/chartdata.h"
#include "layouts/theme.h"
#include "scene/scene.h"

typedef struct {
    double width, height;          /* px; the chart is laid out at (0, 0) */
    const char *title, *subtitle, *source;
    const char *unit;              /* overrides the data's unit; "" hides it */
    gboolean horizontal, stacked;
    gboolean value_labels;         /* default TRUE */
    const char *highlight;         /* category to emphasise, NULL none */
    double target;                 /* NAN: none */
    const char *target_label;      /* NULL: "目标" */
    const char *target_text;       /* the target as written ("6%左右"), shown after
                                    * the label; when set, target is in the
                                    * chart's shown units (layouts/chart-target.c) */
    gboolean in_panel;             /* one panel of several (tj_layout_bar_panels):
                                    * a lower least height */
    TjSrcLoc loc;                  /* where the chart was asked for */
} TjBarSpec;

void tj_bar_spec_init(TjBarSpec *spec);

/* Appends the chart to @s. Errors: nothing to draw (no finite value), a
 * highlight naming no category. */
gboolean tj_layout_bar(TjScene *s, const TjChartData *d, const TjBarSpec *spec,
                       const TjTheme *th, const TjMeasurer *m, GError **error);

/* Most panels one chart draws (panels: unit). */
#define TJ_BAR_MAX_PANELS 6
/* Least height of one panel. */
#define TJ_BAR_MIN_PANEL_H 160.0

/* The height a panel of @d wants (a chart of panels adds these up). */
double tj_bar_panel_height(const TjChartData *d);

/* Appends one chart of @n panels stacked in its box, one per part of
 * @parts (each with its own unit line, magnitude and axis): the title,
 * subtitle and source once, around them all. The highlight goes to the
 * panels that have its category. Errors: those of tj_layout_bar(), a box
 * lower than @n panels need. See layouts/bar-panels.c. */
gboolean tj_layout_bar_panels(TjScene *s, const TjChartData *const *parts, guint n,
                              const TjBarSpec *spec, const TjTheme *th, const TjMeasurer *m,
                              GError **error);

#endif
