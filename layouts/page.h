/* layouts/page.h — the 图解 poster: a red header band (title, subtitle,
 * date), sections with headings and optional intro paragraphs, rows of 1–4
 * blocks (kpi tiles, gauges, bar and trend charts, text paragraphs, images)
 * in equal cells, and a footer (rule, source, publisher, date, notes). The height
 * grows with the content. For print, the composer also reports where A4
 * pages may break: between rows, never through a block. */
#ifndef TJ_LAYOUTS_PAGE_H
#define TJ_LAYOUTS_PAGE_H

#include <glib.h>
#include "fonts/measure.h"
#include "layouts/bar.h"
#include "layouts/block.h"
#include "layouts/chartdata.h"
#include "layouts/gauge.h"
#include "layouts/image.h"
#include "layouts/kpi.h"
#include "layouts/theme.h"
#include "layouts/trend.h"
#include "scene/scene.h"

#define TJ_PAGE_MAX_BLOCKS 500
#define TJ_PAGE_MAX_ROW 4
#define TJ_PAGE_MIN_WIDTH 320.0   /* margins and one chart's width */

/* The inputs of the first set's kinds that are more than one struct. */
typedef struct {
    TjBarSpec spec;           /* width/height are set by the composer */
    const TjChartData *data;  /* not owned; with panels, the first */
    const TjChartData *const *panels;  /* panels: unit: one per unit (not */
    guint n_panels;                    /*   owned); 0: none */
} TjBarBlock;
typedef struct {
    TjTrendSpec spec;
    const TjChartData *data;
} TjTrendBlock;
typedef struct {
    const TjImage *image;     /* the picture (not owned) */
    const char *caption;      /* a line under it; NULL none */
} TjImageBlock;
typedef struct {
    const char *text;         /* paragraphs separated by "\n" */
} TjTextBlock;

typedef struct {
    const TjBlockOps *ops;    /* its kind (layouts/block.h); NULL: nothing
                                 (a block whose reading failed) */
    gconstpointer spec;       /* the kind's input, not owned: TjKpiSpec,
                                 TjGaugeSpec, TjBarBlock, TjTrendBlock,
                                 TjImageBlock, TjTextBlock, … */
    TjSrcLoc loc;
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

/* Where a long page may be cut into pages: the y of every gap between rows
 * and sections, and before the footer, in increasing order. There is none
 * between a section's heading (with its intro) and its first row, nor
 * inside a block. */
typedef enum {
    TJ_PAGE_CUT_SECTION,      /* before a section (or after the header) */
    TJ_PAGE_CUT_ROW,          /* between two rows of a section */
    TJ_PAGE_CUT_FOOTER        /* before the footer: only when the footer
                                 cannot share the last row's page */
} TjPageCutKind;

typedef struct {
    double *ys;
    guint8 *kinds;            /* TjPageCutKind of each; NULL: all ROW */
    double *above;            /* where the content above each ends (the gap
                                 between need not fit a page); NULL: ys */
    guint n;
} TjPageCuts;

void tj_page_cuts_clear(TjPageCuts *cuts);

/* Chooses page breaks for pages of @page_h px among @cuts
 * (layouts/page-breaks.c): each page filled before a row moves on (which
 * gives the fewest pages), with the footer on the last row's page whenever
 * it fits there. A page is taller than @page_h only when one block (or a
 * heading with its first row) is; a page's length is from its top to the
 * end of its last content (the gap after it may pass the page). Returns
 * the page tops (first 0) and their count in @n. (transfer full) g_free(). */
double *tj_page_breaks(const TjPageCuts *cuts, double total_h, double page_h, guint *n);

/* Lays one block out in the box (@x, @y, @w, @h) of @s. */
gboolean tj_layout_block(TjScene *s, const TjPageBlock *b, double x, double y, double w,
                         double h, const TjTheme *th, const TjMeasurer *m, GError **error);

/* Lays the page out into @s (whose size is set to width × the height the
 * content needs). @cuts (may be NULL) receives the safe break positions. */
gboolean tj_layout_page(TjScene *s, const TjPageSpec *p, const TjTheme *th,
                        const TjMeasurer *m, TjPageCuts *cuts, GError **error);

#endif
