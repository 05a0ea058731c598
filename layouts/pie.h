/* layouts/pie.h — shares of a whole as a donut (default) or a pie. Slices
 * start at 12 o'clock and go clockwise in the data's order (a run of three
 * or more thin slices turns the pie so the run faces 9 or 3 o'clock); beyond
 * TJ_PIE_MAX_SLICES the smallest are folded into one slice 其他 (with a row
 * the data calls 其他). A label goes inside its slice when it fits there,
 * else outside with a leader line; outside labels are pushed apart so none
 * overlaps another. The donut's hole holds the total (or the text the spec
 * gives). Shares written as percentages that do not sum to 100 % are drawn
 * in proportion and say so in a note under the chart. */
#ifndef TJ_LAYOUTS_PIE_H
#define TJ_LAYOUTS_PIE_H

#include <glib.h>
#include "fonts/measure.h"
#include "layouts/block.h"
#include "layouts/chartdata.h"
#include "layouts/theme.h"
#include "scene/scene.h"

#define TJ_PIE_MAX_SLICES 6

typedef struct {
    double width, height;          /* px; laid out at (0, 0) */
    const char *title, *subtitle, *source;
    const char *unit;              /* the values' unit; NULL: the data's; "" none */
    gboolean donut;                /* default TRUE */
    const char *center;            /* the hole's big text; NULL: the total of
                                      values that are not shares, else none */
    const char *center_label;      /* a line under it; NULL: "合计" under a total */
    TjSrcLoc loc;
} TjPieSpec;

/* A pie block: series 0 of @data, one slice per category. */
typedef struct {
    TjPieSpec spec;
    const TjChartData *data;       /* not owned */
} TjPieBlock;

typedef struct {
    const char *name;              /* the category, or "其他" */
    double value;                  /* in the data's units (a sum for 其他) */
    double share;                  /* fraction of the whole, 0..1 */
    guint n_folded;                /* categories in it (1, or more for 其他) */
    int index;                     /* its category; -1 for a folded 其他 */
} TjPieSlice;

void tj_pie_spec_init(TjPieSpec *spec);

/* The slices of series 0 of @d (at most TJ_PIE_MAX_SLICES + 1, so @out
 * holds that many): the TJ_PIE_MAX_SLICES largest in the data's order, the
 * rest and any 其他 row folded into 其他 at the end. Returns the count. */
guint tj_pie_slices(const TjChartData *d, TjPieSlice *out);

/* Whether the values are written as percentages (shares), and then their
 * sum in @sum. */
gboolean tj_pie_percent_sum(const TjChartData *d, double *sum);
/* TRUE when shares written as percentages sum to 100 % as written, i.e.
 * within half a unit of their last decimal. */
gboolean tj_pie_sum_ok(const TjChartData *d, double sum);

/* Checks the values: finite, none negative, some above zero; a problem is
 * a TJ_ERROR_INPUT error at the value's cell in @cells (one per category;
 * NULL: the category's), else at @loc (may be NULL). */
gboolean tj_pie_check(const TjChartData *d, const TjSrcLoc *cells, const TjSrcLoc *loc,
                      GError **error);

/* Appends the chart to @s. */
gboolean tj_layout_pie(TjScene *s, const TjChartData *d, const TjPieSpec *spec,
                       const TjTheme *th, const TjMeasurer *m, GError **error);

/* Alt text in Chinese: (transfer full) g_free(). */
char *tj_alt_pie(const TjChartData *d, const TjPieSpec *spec);

extern const TjBlockOps tj_pie_block_ops;

#endif
