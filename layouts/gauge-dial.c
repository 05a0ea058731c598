/* layouts/gauge-dial.c — the semicircle dial: a band from 9 o'clock over
 * 12 to 3 o'clock (angle π + frac·π), filled up to the value or coloured in
 * bands (tints of the primary colour, lightest first), a needle from the
 * hub to the band, the min and max under the band's ends, a target tick
 * with "目标 …" outside the band, and under the hub the value, then the
 * label. The dial's radius and the value size are fitted together: the
 * value is never taller than 3/4 of the radius, and never wider than the
 * room between the min and max labels. */
#include "layouts/gauge-private.h"

#include <math.h>

#define BAND_RATIO 0.16   /* band thickness : radius */
#define HUB_RATIO 0.05    /* hub radius : radius */
#define TICK_OUT 6.0
#define MIN_VALUE 12.0

typedef struct {
    double cx, cy, r, thick, hub;
    double value_top;     /* top of the value's line box */
    double label_top;     /* top of the label's first line */
} Geo;

static double
angle_of(double frac)
{
    return G_PI + G_PI * frac;
}

static double
ends_width(const TjGaugeCtx *c)
{
    double w = 0;
    for (int k = 0; k < 2; k++) {
        char *t = tj__gauge_format(c, k ? c->spec->max : c->spec->min);
        TjTextExtents e;
        tj_measure(c->m, t, &c->note_font, &e);
        w = MAX(w, e.width);
        g_free(t);
    }
    return w;
}

static gboolean
note_beside(const TjGaugeCtx *c)
{
    return isfinite(c->tfrac) && !c->note_below;
}

static double
top_room(const TjGaugeCtx *c)
{
    return note_beside(c) ? tj__gauge_line(c, &c->note_font) + TICK_OUT + 4 : 0;
}

/* The label's lines and the target note under them. */
static double
label_block(const TjGaugeCtx *c)
{
    double h = c->label_lines * tj__gauge_line(c, &c->label_font);
    if (c->note_below)
        h += tj__gauge_line(c, &c->note_font);
    return h > 0 ? h + 4 : 0;
}

static double
value_line(const TjGaugeCtx *c, double vs)
{
    TjFontStyle f = tj_font(vs, TRUE);
    return tj__gauge_line(c, &f);
}

/* From the centre down to the label: the hub and the value, or the min and
 * max labels beside it, whichever reach lower. */
static double
above_label(const TjGaugeCtx *c, double vs, double r)
{
    double ends = 4 + tj__gauge_line(c, &c->note_font);
    return MAX(ends, r * HUB_RATIO + 4 + value_line(c, vs));
}

/* What lies under the centre: hub, value, label. */
static double
below(const TjGaugeCtx *c, double vs, double r)
{
    return above_label(c, vs, r) + label_block(c);
}

static Geo
geometry(const TjGaugeCtx *c, double r, double vs)
{
    Geo g = { 0, 0, r, r * BAND_RATIO, MAX(3, r * HUB_RATIO), 0, 0 };
    double total = top_room(c) + r + g.thick / 2 + below(c, vs, r);
    double top = c->plot.y + (c->plot.h - total) / 2;
    g.cx = c->plot.x + c->plot.w / 2;
    g.cy = top + top_room(c) + r + g.thick / 2;
    g.value_top = g.cy + g.hub + 4;
    g.label_top = g.cy + above_label(c, vs, r) + 4;
    return g;
}

/* The target's label: its text, anchor and baseline point. */
static char *
target_label(const TjGaugeCtx *c, const Geo *g, double *x, double *y, TjAnchor *anchor)
{
    double a = angle_of(c->tfrac), ro = g->r + g->thick / 2 + TICK_OUT + 3;
    char *text = tj__gauge_target_note(c);
    TjTextExtents e;
    tj_measure(c->m, text, &c->note_font, &e);
    double px = g->cx + ro * cos(a), py = g->cy + ro * sin(a);
    *anchor = cos(a) < -0.3 ? TJ_ANCHOR_END : cos(a) > 0.3 ? TJ_ANCHOR_START : TJ_ANCHOR_MIDDLE;
    *x = px;
    /* above the band: the box sits on the point; beside it: centred on it */
    *y = sin(a) < -0.5 ? py - (e.height - e.ascent) : py - e.height / 2 + e.ascent;
    return text;
}

static gboolean
target_fits(const TjGaugeCtx *c, double r, double vs)
{
    if (!note_beside(c))
        return TRUE;
    Geo g = geometry(c, r, vs);
    double x, y;
    TjAnchor anchor;
    char *text = target_label(c, &g, &x, &y, &anchor);
    TjRect box = tj__gauge_text_box(c, text, &c->note_font, x, y, anchor);
    g_free(text);
    return tj_rect_contains(&c->plot, &box, 0.5);
}

/* The largest radius the plot allows with the value at @vs. */
static double
radius_for(const TjGaugeCtx *c, double vs)
{
    double k = 1 + BAND_RATIO / 2;
    double rest = c->plot.h - top_room(c) - label_block(c);
    double by_h = MIN((rest - 4 - value_line(c, vs)) / (k + HUB_RATIO),
                      (rest - 4 - tj__gauge_line(c, &c->note_font)) / k);
    double by_w = MIN((c->plot.w - ends_width(c) - 4) / 2, c->plot.w / (2 * k));
    double r = floor(MIN(by_h, by_w));
    while (r > 10 && !target_fits(c, r, vs))
        r -= 2;
    return r;
}

static gboolean
value_fits(const TjGaugeCtx *c, double vs, double r, double w100)
{
    return w100 * vs / 100 <= 2 * r - ends_width(c) - 2 * TJ_GAUGE_GAP &&
           value_line(c, vs) <= 0.75 * r;
}

/* The largest value and radius that fit together. */
static void
fit_free(TjGaugeCtx *c, double w100)
{
    double vs = floor(c->th->size_big), r = 0;
    for (; vs > MIN_VALUE; vs -= 1) {
        r = radius_for(c, vs);
        if (value_fits(c, vs, r, w100))
            break;
    }
    c->dial = MAX(10, radius_for(c, vs));
    c->value_size = vs;
}

void
tj__gauge_dial_fit(TjGaugeCtx *c)
{
    double w100 = tj_kpi_number_width(&c->num, c->m, 100);
    double vs = floor(c->th->size_big), r = c->dial;
    if (r > 0) {  /* radius fixed by a row: the largest value that fits it */
        while (vs > MIN_VALUE && !(radius_for(c, vs) >= r && value_fits(c, vs, r, w100)))
            vs -= 1;
        c->value_size = vs;
        return;
    }
    fit_free(c, w100);
    if (!note_beside(c))
        return;
    /* the note beside the band costs too much dial: put it under the label */
    TjGaugeCtx below = *c;
    below.note_below = TRUE;
    fit_free(&below, w100);
    if (c->dial < 0.8 * below.dial) {
        c->note_below = TRUE;
        c->dial = below.dial;
        c->value_size = below.value_size;
    }
}

static void
band(TjGaugeCtx *c, const Geo *g, const char *role, double f0, double f1, TjColor col)
{
    TjPaint p = tj_paint_stroke(col, g->thick);
    double r = g->r;
    tj_scene_arc(c->s, role, g->cx, g->cy, r, angle_of(f0), angle_of(f1), &p);
}

static void
draw_bands(TjGaugeCtx *c, const Geo *g)
{
    const TjGaugeSpec *spec = c->spec;
    if (spec->n_bands == 0) {
        band(c, g, "gauge.track", 0, 1, c->th->rule);
        if (c->frac > 0)
            band(c, g, "gauge.fill", 0, c->frac, c->th->primary);
        return;
    }
    double span = spec->max - spec->min, f0 = 0;
    for (guint i = 0; i <= spec->n_bands; i++) {
        double f1 = i < spec->n_bands ? (spec->bands[i] - spec->min) / span : 1;
        double t = 0.25 + 0.75 * i / spec->n_bands;
        band(c, g, "gauge.band", f0, f1, tj_color_mix(c->th->background, c->th->primary, t));
        f0 = f1;
    }
}

static void
draw_needle(TjGaugeCtx *c, const Geo *g)
{
    double a = angle_of(c->frac), tip = g->r - g->thick / 2 - 3;
    double bw = MAX(2.5, g->r * 0.03);
    TjPaint p = tj_paint_fill(c->th->text);
    tj_scene_path_begin(c->s, "gauge.needle", &p);
    tj_scene_path_move(c->s, g->cx + tip * cos(a), g->cy + tip * sin(a));
    tj_scene_path_line(c->s, g->cx + bw * cos(a + G_PI / 2), g->cy + bw * sin(a + G_PI / 2));
    tj_scene_path_line(c->s, g->cx + bw * cos(a - G_PI / 2), g->cy + bw * sin(a - G_PI / 2));
    tj_scene_path_close(c->s);
    tj_scene_arc(c->s, "gauge.hub", g->cx, g->cy, g->hub, 0, 2 * G_PI, &p);
}

/* The target tick and label, then the min and max labels that do not
 * collide with it. */
static void
draw_marks(TjGaugeCtx *c, const Geo *g)
{
    TjRect tbox = { 0, 0, 0, 0 };
    if (isfinite(c->tfrac)) {
        double a = angle_of(c->tfrac), r0 = g->r - g->thick / 2 - 3;
        double r1 = g->r + g->thick / 2 + (c->note_below ? 3 : TICK_OUT);
        TjPaint tick = tj_paint_stroke(c->th->target, 3);
        tj_scene_line(c->s, "gauge.target", g->cx + r0 * cos(a), g->cy + r0 * sin(a),
                      g->cx + r1 * cos(a), g->cy + r1 * sin(a), &tick);
    }
    if (note_beside(c)) {
        double x, y;
        TjAnchor anchor;
        char *text = target_label(c, g, &x, &y, &anchor);
        tbox = tj__gauge_text_box(c, text, &c->note_font, x, y, anchor);
        tj_lay_text(c->s, c->m, "gauge.target-label", x, y, text, &c->note_font,
                    c->th->target, anchor, NULL);
        g_free(text);
    }
    TjTextExtents e;
    tj_measure(c->m, "0", &c->note_font, &e);
    for (int k = 0; k < 2; k++) {
        char *t = tj__gauge_format(c, k ? c->spec->max : c->spec->min);
        double x = g->cx + (k ? g->r : -g->r), y = g->cy + 4 + e.ascent;
        TjRect box = tj__gauge_text_box(c, t, &c->note_font, x, y, TJ_ANCHOR_MIDDLE);
        if (!tj_rect_overlaps(&box, &tbox, 0.5))
            tj_lay_text(c->s, c->m, "gauge.end", x, y, t, &c->note_font, c->th->text_note,
                        TJ_ANCHOR_MIDDLE, NULL);
        g_free(t);
    }
}

void
tj__gauge_dial_draw(TjGaugeCtx *c)
{
    Geo g = geometry(c, c->dial, c->value_size);
    draw_bands(c, &g);
    draw_marks(c, &g);
    draw_needle(c, &g);
    TjFontStyle big = tj_font(c->value_size, TRUE);
    TjTextExtents e;
    tj_measure(c->m, "0", &big, &e);
    tj_kpi_number_draw(c->s, c->m, "gauge.value", &c->num, g.cx, g.value_top + e.ascent,
                       TJ_ANCHOR_MIDDLE, c->value_size, c->th->text, c->th->text);
    tj__gauge_draw_label(c, g.cx, g.label_top, c->plot.w);
}
