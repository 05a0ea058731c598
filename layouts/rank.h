/* layouts/rank.h — a ranking: horizontal bars sorted by value, each with
 * its rank number (ties share one: 1, 2, 2, 4), the first N only when
 * asked, and one entry highlighted (shown after the first N, below a rule,
 * when it ranks lower). Names wrap; none is cut. */
#ifndef TJ_LAYOUTS_RANK_H
#define TJ_LAYOUTS_RANK_H

#include <glib.h>
#include "fonts/measure.h"
#include "layouts/block.h"
#include "layouts/chartdata.h"
#include "layouts/theme.h"
#include "scene/scene.h"

typedef struct {
    double width, height;          /* px; laid out at (0, 0) */
    const char *title, *subtitle, *source;
    const char *unit;              /* NULL: the data's; "" none */
    guint top;                     /* show the first N; 0: all */
    const char *highlight;         /* the entry to emphasise; NULL none */
    gboolean ascending;            /* smallest first (lower is better) */
    TjSrcLoc loc;
} TjRankSpec;

typedef struct {
    TjRankSpec spec;
    const TjChartData *data;       /* series 0 is ranked; not owned */
} TjRankBlock;

void tj_rank_spec_init(TjRankSpec *spec);

/* The categories of series 0 of @d with a value, best first, into @order
 * (d->n_cat entries), and each one's rank into @ranks (ties share the
 * better rank). Returns how many were ranked. */
guint tj_rank_order(const TjChartData *d, gboolean ascending, guint *order, guint *ranks);

/* Appends the chart to @s. Errors: nothing to rank, a highlight naming no
 * entry (with a suggestion), a box too small. */
gboolean tj_layout_rank(TjScene *s, const TjChartData *d, const TjRankSpec *spec,
                        const TjTheme *th, const TjMeasurer *m, GError **error);

/* Alt text in Chinese: (transfer full) g_free(). */
char *tj_alt_rank(const TjChartData *d, const TjRankSpec *spec);

extern const TjBlockOps tj_rank_block_ops;

#endif
