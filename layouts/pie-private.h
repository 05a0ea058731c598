/* layouts/pie-private.h — what the pie's files share: the state of one
 * layout call and a slice's label (pie.c places the pie and the labels
 * that fit inside; pie-labels.c makes the labels and sets the others
 * outside on leaders). */
#ifndef TJ_LAYOUTS_PIE_PRIVATE_H
#define TJ_LAYOUTS_PIE_PRIVATE_H

#include "layouts/pie.h"
#include "layouts/common.h"

#define LEAD 12.0        /* the leader's first leg, from the rim */
#define ARM 26.0         /* the rim to the label's side */
#define HOLE 0.58        /* a donut's inner radius, of the outer */

typedef struct {
    GPtrArray *lines;    /* its text lines */
    double w, h;         /* the box */
    gboolean inside;
    gboolean share_line; /* the share on a line of its own (drawn bold) */
    double x, y;         /* outside: the text's side point and centre line */
    int side;            /* -1 left, 1 right */
    double want;         /* outside: the y it would like */
} Lab;

typedef struct {
    TjScene *s;
    const TjTheme *th;
    const TjMeasurer *m;
    TjFontStyle font;
    double cx, cy, r, r0;
} Pie;

/* A slice's label: its name wrapped to @lim and its share, on a line of
 * its own (bold) or, with @one_line, after the name. */
void tj__pie_make_label(const Pie *p, Lab *l, const TjChartData *d, const TjPieSlice *sl,
                        gboolean percent, double lim, gboolean one_line);
/* Draws @l's lines centred on @cy, anchored at @x. */
void tj__pie_draw_lines(const Pie *p, const Lab *l, double x, double cy, TjAnchor anchor,
                        TjColor col, const char *role);
/* The font made smaller (not below 12 px) until each side's outside labels
 * stack within @room. */
gboolean tj__pie_fit_sides(Pie *p, Lab *labs, guint n, const double *a, double room);
/* The labels not inside: on their slice's side, pushed apart, on leaders. */
void tj__pie_outside(Pie *p, Lab *labs, guint n, const double *a, const TjRect *plot);

#endif
