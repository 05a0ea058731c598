/* layouts/gauge-private.h — state shared by the checks (gauge-check.c),
 * the ring (gauge-ring.c), the semicircle dial (gauge-dial.c) and the
 * progress bar (gauge-bar.c).
 * Every style works in two steps: fit (the largest dial and value size the
 * cell allows, unless already fixed by a row) and draw. */
#ifndef TJ_LAYOUTS_GAUGE_PRIVATE_H
#define TJ_LAYOUTS_GAUGE_PRIVATE_H

#include "layouts/gauge.h"
#include "layouts/common.h"
#include "layouts/kpi.h"

#define TJ_GAUGE_GAP 12.0
/* Height of the digits in em (Noto Sans CJK SC's figures), for centring a
 * value by what the eye sees rather than by its line box. */
#define TJ_GAUGE_DIGIT_H 0.73

typedef struct {
    TjScene *s;
    const TjGaugeSpec *spec;
    const TjTheme *th;
    const TjMeasurer *m;
    TjRect plot;            /* the cell inside padding and frame */
    double frac;            /* drawn fraction of the value, 0..1 */
    double tfrac;           /* the target's, NAN none */
    double over;            /* above max: (value - max) / span, else 0; drawn
                             * past the end (112% shows 12% past full), at
                             * most tj__gauge_over_cap() */
    gboolean over_cut;      /* the overflow was longer than the cap: drawn
                             * shortened, with a break */
    double over_room;       /* bar: the overflow room kept after the track
                             * (a row's largest), as a fraction of it */
    TjKpiNumber num;        /* the value split for drawing */
    TjMagnitude mag;        /* one magnitude for the value and the scale */
    TjFontStyle label_font, note_font;
    /* the shape: 0 means "fit it"; a row fixes them for all its cells */
    double value_size;
    double dial;            /* ring: diameter; semicircle: radius */
    guint label_lines;
    gboolean note_below;    /* ring: the target note under the label */
    double short_by;        /* bar: px its rows lack in the plot's height */
    gboolean no_ends;       /* bar: no min/max row */
    gboolean row_bands;     /* semicircle: a gauge of the row has bands, so
                             * every dial keeps room over it for their labels */
} TjGaugeCtx;

/* How far past the end (a fraction of the scale) a style draws a value
 * above its maximum; longer overflows are shortened with a break. */
double tj__gauge_over_cap(TjGaugeStyle style);
/* The label in at most @max_lines balanced lines of @max_w, else shortened
 * to one. (transfer full) g_ptr_array_unref(). */
GPtrArray *tj__gauge_label(const TjGaugeCtx *c, double max_w, guint max_lines);
/* Line height of @font. */
double tj__gauge_line(const TjGaugeCtx *c, const TjFontStyle *font);
/* @v as text in the style of @spec's value ("95%", "100").
 * (transfer full) g_free(). */
char *tj__gauge_format_value(const TjGaugeSpec *spec, double v);
/* A scale value as text in the value's own style ("95%", "100").
 * (transfer full) g_free(). */
char *tj__gauge_format(const TjGaugeCtx *c, double v);
/* The page box of @text drawn at (@x, @y) on its baseline with @anchor. */
TjRect tj__gauge_text_box(const TjGaugeCtx *c, const char *text, const TjFontStyle *font,
                          double x, double y, TjAnchor anchor);
/* Draws the label's lines centred on @cx, the first line's top at @top,
 * and the target note under them when c->note_below. */
void tj__gauge_draw_label(TjGaugeCtx *c, double cx, double top, double max_w);
/* "目标 95%", or NULL without a target. (transfer full) g_free(). */
char *tj__gauge_target_note(const TjGaugeCtx *c);

void tj__gauge_ring_fit(TjGaugeCtx *c);
void tj__gauge_ring_draw(TjGaugeCtx *c);
void tj__gauge_dial_fit(TjGaugeCtx *c);
void tj__gauge_dial_draw(TjGaugeCtx *c);
void tj__gauge_bar_fit(TjGaugeCtx *c);
void tj__gauge_bar_draw(TjGaugeCtx *c);

#endif
