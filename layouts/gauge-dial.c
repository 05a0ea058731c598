/* layouts/gauge-dial.c — the semicircle dial: a band from 9 o'clock over
 * 12 to 3 o'clock (angle π + frac·π), filled up to the value or coloured in
 * bands (tints of the primary colour, lightest first); a tapered needle
 * pointing from inside the dial to the band at the value's angle; the value
 * big in the dial's hollow, its box sitting on the centre line; under the
 * centre line the min and max at the band's ends with "目标 …" between them;
 * the label below. A target is a tick across the band.
 * The radius is the largest the cell allows; the value is the largest whose
 * digits stay clear of the needle's inner end. */
#include "layouts/gauge-private.h"

#include <math.h>

#define BAND_RATIO 0.15   /* band thickness : radius */
#define NEEDLE_IN 0.66    /* the needle's inner end : radius */
#define TICK_OUT 6.0      /* how far a target tick reaches past the band */
#define MIN_VALUE 12.0

typedef struct {
    double cx, cy, r, thick;
    double marks_y;       /* baseline of the min / target / max row */
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

/* Under the centre line: the marks row, then the label's lines. */
static double
below(const TjGaugeCtx *c)
{
    double h = 4 + tj__gauge_line(c, &c->note_font);
    if (c->label_lines > 0)
        h += 8 + c->label_lines * tj__gauge_line(c, &c->label_font);
    return h;
}

static Geo
geometry(const TjGaugeCtx *c, double r)
{
    Geo g = { 0, 0, r, round(r * BAND_RATIO), 0, 0 };
    double total = TICK_OUT + r + g.thick / 2 + below(c);
    double top = c->plot.y + (c->plot.h - total) / 2;
    TjTextExtents e;
    tj_measure(c->m, "0", &c->note_font, &e);
    g.cx = c->plot.x + c->plot.w / 2;
    g.cy = top + TICK_OUT + r + g.thick / 2;
    g.marks_y = g.cy + 4 + e.ascent;
    g.label_top = g.cy + 4 + e.height + 8;
    return g;
}

/* The value's baseline: its line box ends just above the centre line. */
static double
value_base(const Geo *g, const TjTextExtents *ve)
{
    return g->cy - (ve->height - ve->ascent) + 2;
}

static void
fit_radius(TjGaugeCtx *c)
{
    double k = 1 + BAND_RATIO / 2;
    double by_h = (c->plot.h - TICK_OUT - below(c)) / k;
    double by_w = MIN((c->plot.w - ends_width(c) - 4) / 2, c->plot.w / (2 * k));
    c->dial = MAX(10, floor(MIN(by_h, by_w)));
}

/* The digits' box (0.73 em high) stays inside the needle's inner circle.
 * @v100: the value's extents at 100 px (they scale with the size). */
static gboolean
value_fits(const TjGaugeCtx *c, double vs, const TjTextExtents *v100)
{
    Geo g = geometry(c, c->dial);
    double k = vs / 100;
    TjTextExtents ve = { v100->width * k, v100->height * k, v100->ascent * k };
    double hw = tj_kpi_number_width(&c->num, c->m, vs) / 2;
    double up = g.cy - value_base(&g, &ve) + TJ_GAUGE_DIGIT_H * vs;
    double room = NEEDLE_IN * c->dial - 6;
    return hw * hw + up * up <= room * room;
}

void
tj__gauge_dial_fit(TjGaugeCtx *c)
{
    if (c->dial <= 0)
        fit_radius(c);
    if (c->value_size > 0)
        return;
    TjFontStyle f100 = tj_font(100, TRUE);
    TjTextExtents v100;
    tj_measure(c->m, "0", &f100, &v100);
    double vs = floor(c->th->size_big);
    while (vs > MIN_VALUE && !value_fits(c, vs, &v100))
        vs -= 1;
    c->value_size = vs;
}

static void
band(TjGaugeCtx *c, const Geo *g, const char *role, double f0, double f1, TjColor col)
{
    TjPaint p = tj_paint_stroke(col, g->thick);
    tj_scene_arc(c->s, role, g->cx, g->cy, g->r, angle_of(f0), angle_of(f1), &p);
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

/* A slender triangle from inside the dial to the band's inner edge. */
static void
draw_needle(TjGaugeCtx *c, const Geo *g)
{
    double a = angle_of(c->frac), r0 = NEEDLE_IN * g->r, r1 = g->r - g->thick / 2 - 2;
    double bw = MAX(2.5, g->r * 0.035);
    double bx = g->cx + r0 * cos(a), by = g->cy + r0 * sin(a);
    TjPaint p = tj_paint_fill(c->th->text);
    tj_scene_path_begin(c->s, "gauge.needle", &p);
    tj_scene_path_move(c->s, g->cx + r1 * cos(a), g->cy + r1 * sin(a));
    tj_scene_path_line(c->s, bx + bw * cos(a + G_PI / 2), by + bw * sin(a + G_PI / 2));
    tj_scene_path_line(c->s, bx + bw * cos(a - G_PI / 2), by + bw * sin(a - G_PI / 2));
    tj_scene_path_close(c->s);
    tj_scene_arc(c->s, "gauge.needle-base", bx, by, bw, 0, 2 * G_PI, &p);
}

/* The target tick; the marks row: "目标 …" in the middle, min and max at the
 * band's ends unless they would touch it. */
static void
draw_marks(TjGaugeCtx *c, const Geo *g)
{
    TjRect tbox = { 0, 0, 0, 0 };
    char *note = tj__gauge_target_note(c);
    if (note) {
        double a = angle_of(c->tfrac), r0 = g->r - g->thick / 2 - 3;
        double r1 = g->r + g->thick / 2 + TICK_OUT;
        TjPaint tick = tj_paint_stroke(c->th->target, 3);
        tj_scene_line(c->s, "gauge.target", g->cx + r0 * cos(a), g->cy + r0 * sin(a),
                      g->cx + r1 * cos(a), g->cy + r1 * sin(a), &tick);
        tbox = tj__gauge_text_box(c, note, &c->note_font, g->cx, g->marks_y, TJ_ANCHOR_MIDDLE);
        tj_lay_text(c->s, c->m, "gauge.target-label", g->cx, g->marks_y, note, &c->note_font,
                    c->th->target, TJ_ANCHOR_MIDDLE, NULL);
        g_free(note);
    }
    for (int k = 0; k < 2; k++) {
        char *t = tj__gauge_format(c, k ? c->spec->max : c->spec->min);
        double x = g->cx + (k ? g->r : -g->r);
        TjRect box = tj__gauge_text_box(c, t, &c->note_font, x, g->marks_y, TJ_ANCHOR_MIDDLE);
        if (!isfinite(c->tfrac) || !tj_rect_overlaps(&box, &tbox, -4))
            tj_lay_text(c->s, c->m, "gauge.end", x, g->marks_y, t, &c->note_font,
                        c->th->text_note, TJ_ANCHOR_MIDDLE, NULL);
        g_free(t);
    }
}

void
tj__gauge_dial_draw(TjGaugeCtx *c)
{
    Geo g = geometry(c, c->dial);
    draw_bands(c, &g);
    draw_marks(c, &g);
    draw_needle(c, &g);
    TjFontStyle big = tj_font(c->value_size, TRUE);
    TjTextExtents e;
    tj_measure(c->m, "0", &big, &e);
    tj_kpi_number_draw(c->s, c->m, "gauge.value", &c->num, g.cx, value_base(&g, &e),
                       TJ_ANCHOR_MIDDLE, c->value_size, c->th->text, c->th->text);
    gboolean note_below = c->note_below;
    c->note_below = FALSE;  /* the dial shows its target note in the marks row */
    tj__gauge_draw_label(c, g.cx, g.label_top, c->plot.w);
    c->note_below = note_below;
}
