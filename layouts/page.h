/* layouts/page.h — the 图解 poster: a red header band (title, subtitle,
 * date), sections with headings and optional intro paragraphs, rows of 1–4
 * blocks (kpi tiles, gauges, bar and trend charts, text paragraphs) in equal
 * cells, and a footer (rule, source, publisher, date, notes). The height
 * grows with the content. For print, the composer also reports where A4
 * pages may break: between rows, never through a block. */
#ifndef TJ_LAYOUTS_PAGE_H
#define TJ_LAYOUTS_PAGE_H

#include <glib.h>
#include "fonts/measure.h"
#include "layouts/bar.h"
#include "layouts/chartdata.h"
#include "layouts/gauge.h"
#include "layouts/kpi.h"
#include "layouts/theme.h"
#include "layouts/trend.h"
#include "scene/scene.h"

#define TJ_PAGE_MAX_BLOCKS 500
#define TJ_PAGE_MAX_ROW 4
#define TJ_PAGE_MIN_WIDTH 320.0   /* margins and one chart's width */

typedef enum {
    TJ_BLOCK_KPI,
    TJ_BLOCK_GAUGE,
    TJ_BLOCK_BAR,
    TJ_BLOCK_TREND,
    TJ_BLOCK_TEXT
} TjBlockKind;

typedef struct {
    TjBlockKind kind;
    TjSrcLoc loc;
    const TjChartData *data;  /* BAR, TREND */
    TjBarSpec bar;            /* width/height are set by the composer */
    TjTrendSpec trend;
    TjGaugeSpec gauge;
    TjKpiSpec kpi;
    const char *text;         /* TEXT: paragraphs separated by "\n" */
    double height;            /* wanted height in px; 0: the kind's default */
    const char *alt;          /* its alt text as the spec gives it; NULL:
                                 generated (layouts/alt.h) */
} TjPageBlock;

typedef struct {
    TjPageBlock *blocks;
    guint n_blocks;           /* 1..TJ_PAGE_MAX_ROW */
} TjPageRow;

typedef struct {
    const char *heading;
    const char *intro;        /* a paragraph under the heading; NULL none */
    TjPageRow *rows;
    guint n_rows;
    TjSrcLoc loc;             /* where the spec gives the section */
} TjPageSection;

typedef struct {
    double width;             /* 1080 for WeChat; 794 for A4 at 96 dpi */
    const char *title, *subtitle, *date, *source, *publisher;
    const char *const *notes; /* footer notes */
    guint n_notes;
    TjPageSection *sections;
    guint n_sections;
    TjSrcLoc loc;             /* where the spec gives the page options */
} TjPageSpec;

/* Where a long page may be cut into pages: the y of every gap between rows,
 * sections, header and footer, in increasing order. */
typedef struct {
    double *ys;
    guint n;
} TjPageCuts;

void tj_page_cuts_clear(TjPageCuts *cuts);

/* Chooses page breaks for pages of @page_h px from @cuts (greedy: the last
 * cut that fits), so no page is taller than @page_h unless a single block
 * is. Returns the page tops (first 0) and the count in @n. (transfer full) */
double *tj_page_breaks(const TjPageCuts *cuts, double total_h, double page_h, guint *n);

/* Lays one block out in the box (@x, @y, @w, @h) of @s. */
gboolean tj_layout_block(TjScene *s, const TjPageBlock *b, double x, double y, double w,
                         double h, const TjTheme *th, const TjMeasurer *m, GError **error);

/* Lays the page out into @s (whose size is set to width × the height the
 * content needs). @cuts (may be NULL) receives the safe break positions. */
gboolean tj_layout_page(TjScene *s, const TjPageSpec *p, const TjTheme *th,
                        const TjMeasurer *m, TjPageCuts *cuts, GError **error);

#endif
