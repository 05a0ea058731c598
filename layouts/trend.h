/* layouts/trend.h — the trend chart: lines (or areas) over years or dates,
 * markers and value labels that do not collide, gaps for missing values,
 * a dashed segment and hollow markers for targets and forecasts, several
 * series with a legend and direct end labels, the last point highlighted,
 * and very long series thinned by Largest-Triangle-Three-Buckets so the cost
 * does not grow with the rows. */
#ifndef TJ_LAYOUTS_TREND_H
#define TJ_LAYOUTS_TREND_H

#include <glib.h>
#include "fonts/measure.h"
#include "layouts/chartdata.h"
#include "layouts/theme.h"
#include "scene/scene.h"
#include "tujie/tujie.h"

/* TjBetter (polarity) is public: include/tujie/tujie.h */
typedef enum { TJ_TREND_HL_LAST, TJ_TREND_HL_EXTREMES, TJ_TREND_HL_NONE } TjTrendHighlight;

typedef struct {
    double width, height;
    const char *title, *subtitle, *source, *unit;
    gboolean area;             /* fill under a single series */
    TjTrendHighlight highlight;
    TjBetter better;           /* colours the change note of the last point */
    guint first_projected;     /* points from this index on are targets or
                                  forecasts: dashed, hollow (G_MAXUINT: none) */
    const gboolean *estimated; /* n_cat flags, or NULL: points of actual
                                  periods whose figure is estimated (类型
                                  推算, 估算, 预计 …): hollow, and the
                                  segments that touch them dashed */
    guint max_points;          /* thin above this many points (0: 2 per px) */
    TjSrcLoc loc;
} TjTrendSpec;

void tj_trend_spec_init(TjTrendSpec *spec);

/* Positions of the categories on a linear axis when they all read as years
 * ("2020", "2020年") or ISO dates ("2020-03-01"): days or years; FALSE when
 * they are plain labels (then they are evenly spaced). @pos: n_cat doubles. */
gboolean tj_trend_category_positions(const TjChartData *d, double *pos);

gboolean tj_layout_trend(TjScene *s, const TjChartData *d, const TjTrendSpec *spec,
                         const TjTheme *th, const TjMeasurer *m, GError **error);

/* Largest-Triangle-Three-Buckets: picks @n_out indices of (x, y) (n points,
 * finite) keeping the first and last. Returns the count written to @out. */
guint tj_lttb(const double *x, const double *y, guint n, guint n_out, guint *out);

#endif
