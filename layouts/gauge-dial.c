/* layouts/gauge-dial.c — the semicircle dial: a band from 9 o'clock over
 * 12 to 3 o'clock (angle π + frac·π), filled up to the value in the primary
 * colour, over bands when given (greys, lightest first, edges labelled); a
 * value above max runs on past 3 o'clock in a darker red (the max then
 * inside the band's end, over the centre line); a tapered needle
 * pivoting on the centre (its hub) to the band at the value's angle; under
 * the centre line the value big, the min and max at the band's ends beside
 * it, "目标 …" under it, then the label. A target is a tick across the band.
 * The radius is the largest the cell allows; the value is VALUE_K of it at
 * most, and narrow enough to stay between the min and the max. */
#include "layouts/gauge-private.h"

#include <math.h>

#define BAND_RATIO 0.15   /* band thickness : radius */
#define VALUE_K 0.42      /* the value's size : radius, at most the theme's big */
#define TICK_OUT 6.0      /* how far a target tick reaches past the band */
#define MIN_VALUE 12.0

typedef struct {
    double cx, cy, r, thick;
    double marks_y;       /* baseline of the min and max row */
    double value_y;       /* baseline of the value, under the centre */
    double note_y;        /* baseline of "目标 …" under the value */
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

/* Over the arc: the target tick, or the band edges' labels. */
static double
above(const TjGaugeCtx *c)
{
    return c->spec->n_bands > 0 || c->row_bands
           ? MAX(TICK_OUT, 6 + tj__gauge_line(c, &c->note_font)) : TICK_OUT;
}

/* The value's size for radius @r: the row's, else VALUE_K r. */
static double
value_size_for(const TjGaugeCtx *c, double r)
{
    return c->value_size > 0 ? c->value_size
                             : MAX(MIN_VALUE, floor(MIN(c->th->size_big, VALUE_K * r)));
}

/* Under the centre line: the value (min and max beside it), the target
 * note, then the label's lines. */
static double
below(const TjGaugeCtx *c, double r)
{
    TjFontStyle big = tj_font(value_size_for(c, r), TRUE);
    double h = 6 + MAX(tj__gauge_line(c, &big), tj__gauge_line(c, &c->note_font));
    if (isfinite(c->tfrac) || c->note_below)   /* a row keeps one for all */
        h += 4 + tj__gauge_line(c, &c->note_font);
    if (c->label_lines > 0)
        h += 8 + c->label_lines * tj__gauge_line(c, &c->label_font);
    return h;
}

static Geo
geometry(const TjGaugeCtx *c, double r)
{
    Geo g = { 0, 0, r, round(r * BAND_RATIO), 0, 0, 0, 0 };
    double total = above(c) + r + g.thick / 2 + below(c, r);
    double top = c->plot.y + (c->plot.h - total) / 2;
    TjTextExtents e, ve;
    tj_measure(c->m, "0", &c->note_font, &e);
    TjFontStyle big = tj_font(value_size_for(c, r), TRUE);
    tj_measure(c->m, "0", &big, &ve);
    g.cx = c->plot.x + c->plot.w / 2;
    g.cy = top + above(c) + r + g.thick / 2;
    g.marks_y = g.cy + 4 + e.ascent;
    g.value_y = g.cy + 6 + ve.ascent;
    double y = g.cy + 6 + MAX(ve.height, e.height);
    g.note_y = y + 4 + e.ascent;
    g.label_top = y + (isfinite(c->tfrac) || c->note_below ? 4 + e.height : 0) + 8;
    return g;
}

static void
fit_radius(TjGaugeCtx *c)
{
    double k = 1 + BAND_RATIO / 2;
    double side = ends_width(c) + (c->spec->n_bands > 0 || c->row_bands ? ends_width(c) : 0);
    double r = floor(MIN((c->plot.w - side - 4) / 2, c->plot.w / (2 * k)));
    while (r > 10 && above(c) + r * k + below(c, r) > c->plot.h)
        r -= 1;
    c->dial = MAX(10, r);
    /* even the smallest dial overruns the plot (a short box): what it
     * lacks, for the error (a row is sized by its page and drawn) */
    double over = above(c) + c->dial * k + below(c, c->dial) - c->plot.h;
    c->short_by = MAX(c->short_by, over > 0.5 ? over : 0);
}

/* The value stays between the min and max at the band's ends. */
static gboolean
value_fits(const TjGaugeCtx *c, double vs, double w100)
{
    double room = 2 * (c->dial - ends_width(c) / 2 - 8);
    return w100 * vs / 100 <= room;
}

void
tj__gauge_dial_fit(TjGaugeCtx *c)
{
    if (c->dial <= 0)
        fit_radius(c);
    if (c->value_size > 0)
        return;
    double w100 = tj_kpi_number_width(&c->num, c->m, 100);
    double vs = value_size_for(c, c->dial);
    while (vs > MIN_VALUE && !value_fits(c, vs, w100))
        vs -= 1;
    c->value_size = vs;
}

static void
band(TjGaugeCtx *c, const Geo *g, const char *role, double f0, double f1, TjColor col)
{
    TjPaint p = tj_paint_stroke(col, g->thick);
    tj_scene_arc(c->s, role, g->cx, g->cy, g->r, angle_of(f0), angle_of(f1), &p);
}

/* Past the end: the value's arc runs on beyond 3 o'clock in a darker red
 * (over × 180°), a tick across the band at the scale's end, a break across
 * the overflow when it was shortened. */
static void
draw_over(TjGaugeCtx *c, const Geo *g, double thick)
{
    TjPaint p = tj_paint_stroke(tj_color_mix(c->th->primary, c->th->text, 0.6), thick);
    tj_scene_arc(c->s, "gauge.over", g->cx, g->cy, g->r, angle_of(1), angle_of(1 + c->over), &p);
    double r0 = g->r - g->thick / 2 - 3, r1 = g->r + g->thick / 2 + 3;
    TjPaint tick = tj_paint_stroke(c->th->text, 2);
    tj_scene_line(c->s, "gauge.end-tick", g->cx + r0, g->cy, g->cx + r1, g->cy, &tick);
    if (!c->over_cut)
        return;
    TjPaint gap = tj_paint_stroke(c->th->background, 2);
    for (int k = 0; k < 2; k++) {
        double a = angle_of(1 + c->over / 2) + (k ? 0.03 : -0.03);
        tj_scene_line(c->s, "gauge.over-break", g->cx + r0 * cos(a), g->cy + r0 * sin(a) - 2,
                      g->cx + r1 * cos(a), g->cy + r1 * sin(a) + 2, &gap);
    }
}

/* Bands are zones in greys, lightest first, across the whole arc; the
 * value's arc lies on them in the primary colour (never a band's); what
 * is past full runs on past the end (draw_over); each band
 * edge is labelled outside the arc. */
static void
draw_bands(TjGaugeCtx *c, const Geo *g)
{
    const TjGaugeSpec *spec = c->spec;
    gboolean bands = spec->n_bands > 0;
    if (!bands) {
        band(c, g, "gauge.track", 0, 1, c->th->rule);
    } else {
        double span = spec->max - spec->min, f0 = 0;
        for (guint i = 0; i <= spec->n_bands; i++) {
            double f1 = i < spec->n_bands ? (spec->bands[i] - spec->min) / span : 1;
            double t = 0.12 + 0.33 * i / spec->n_bands;
            band(c, g, "gauge.band", f0, f1, tj_color_mix(c->th->background, c->th->text_note, t));
            f0 = f1;
        }
    }
    double thick = bands ? g->thick * 0.45 : g->thick;
    if (c->frac > 0) {
        TjPaint p = tj_paint_stroke(c->th->primary, thick);
        tj_scene_arc(c->s, "gauge.fill", g->cx, g->cy, g->r, angle_of(0), angle_of(c->frac), &p);
    }
    if (c->over > 0)
        draw_over(c, g, thick);
    /* each edge's value outside the band, moved out along its radius until
     * its box clears the band and the target tick */
    double ta = isfinite(c->tfrac) ? angle_of(c->tfrac) : NAN;
    double t0 = g->r - g->thick / 2 - 3, t1 = g->r + g->thick / 2 + TICK_OUT;
    for (guint i = 0; i < spec->n_bands; i++) {
        double a = angle_of((spec->bands[i] - spec->min) / (spec->max - spec->min));
        char *t = tj__gauge_format(c, spec->bands[i]);
        TjAnchor an = cos(a) < -0.3 ? TJ_ANCHOR_END : cos(a) > 0.3 ? TJ_ANCHOR_START
                                                                  : TJ_ANCHOR_MIDDLE;
        double rr = g->r + g->thick / 2 + 4, x = 0, y = 0;
        for (int k = 0; k < 40; k++, rr += 2) {
            x = g->cx + rr * cos(a);
            y = g->cy + rr * sin(a) - 2;
            TjRect b = tj__gauge_text_box(c, t, &c->note_font, x, y, an);
            /* the box's corner nearest the centre lies outside the band */
            double nx = CLAMP(g->cx, b.x, b.x + b.w), ny = CLAMP(g->cy, b.y, b.y + b.h);
            gboolean clear = hypot(nx - g->cx, ny - g->cy) >= g->r + g->thick / 2 + 2 ||
                             ny >= g->cy;
            if (clear && isfinite(ta))
                clear = !tj_rect_meets_segment(&b, g->cx + t0 * cos(ta), g->cy + t0 * sin(ta),
                                               g->cx + t1 * cos(ta), g->cy + t1 * sin(ta), 2.5);
            if (clear)
                break;
        }
        tj_lay_text(c->s, c->m, "gauge.band-label", x, y, t, &c->note_font,
                    c->th->text_note, an, NULL);
        g_free(t);
    }
}

/* A slender needle pivoting on the centre, to the band's inner edge;
 * the hub over its foot. The value stands under the centre, clear of it. */
static void
draw_needle(TjGaugeCtx *c, const Geo *g)
{
    double a = angle_of(c->frac + c->over), r1 = g->r - g->thick / 2 - 2;
    double bw = MAX(2.5, g->r * 0.035);
    TjPaint p = tj_paint_fill(c->th->text);
    tj_scene_path_begin(c->s, "gauge.needle", &p);
    tj_scene_path_move(c->s, g->cx + r1 * cos(a), g->cy + r1 * sin(a));
    tj_scene_path_line(c->s, g->cx + bw * cos(a + G_PI / 2), g->cy + bw * sin(a + G_PI / 2));
    tj_scene_path_line(c->s, g->cx + bw * cos(a - G_PI / 2), g->cy + bw * sin(a - G_PI / 2));
    tj_scene_path_close(c->s);
    tj_scene_arc(c->s, "gauge.needle-base", g->cx, g->cy, bw * 1.8, 0, 2 * G_PI, &p);
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
        tbox = tj__gauge_text_box(c, note, &c->note_font, g->cx, g->note_y, TJ_ANCHOR_MIDDLE);
        tj_lay_text(c->s, c->m, "gauge.target-label", g->cx, g->note_y, note, &c->note_font,
                    c->th->target, TJ_ANCHOR_MIDDLE, NULL);
        g_free(note);
    }
    /* min and max beside the value: left out where they would touch it or
     * each other (a small cell) */
    double vw = tj_kpi_number_width(&c->num, c->m, c->value_size);
    TjRect vbox = { g->cx - vw / 2, g->cy, vw, g->value_y - g->cy };
    for (int k = 0; k < 2; k++) {
        char *t = tj__gauge_format(c, k ? c->spec->max : c->spec->min);
        double x = g->cx + (k ? g->r : -g->r);
        if (k && c->over > 0) {   /* the overflow is under the end: the max inside, over the line */
            double xe = g->cx + g->r - g->thick / 2 - 6;
            TjRect box = tj__gauge_text_box(c, t, &c->note_font, xe, g->cy - 6, TJ_ANCHOR_END);
            if (box.x > g->cx + 12)
                tj_lay_text(c->s, c->m, "gauge.end", xe, g->cy - 6, t, &c->note_font,
                            c->th->text_note, TJ_ANCHOR_END, NULL);
            g_free(t);
            continue;
        }
        TjRect box = tj__gauge_text_box(c, t, &c->note_font, x, g->marks_y, TJ_ANCHOR_MIDDLE);
        gboolean apart = box.x > g->cx + 4 || box.x + box.w < g->cx - 4;
        if (apart && !tj_rect_overlaps(&box, &vbox, -4) &&
            (!isfinite(c->tfrac) || !tj_rect_overlaps(&box, &tbox, -4)))
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
    tj_kpi_number_draw(c->s, c->m, "gauge.value", &c->num, g.cx, g.value_y,
                       TJ_ANCHOR_MIDDLE, c->value_size, c->th->text, c->th->text);
    gboolean note_below = c->note_below;
    c->note_below = FALSE;  /* the dial shows its target note in the marks row */
    double label_w = c->plot.w;
    double a = c->over * G_PI;   /* an overflow reaching down beside the label narrows it */
    if (c->over > 0 && g.cy + (g.r + g.thick / 2) * sin(a) > g.label_top - 4)
        label_w = MIN(label_w, 2 * ((g.r - g.thick / 2) * cos(a) - 8));
    tj__gauge_draw_label(c, g.cx, g.label_top, label_w);
    c->note_below = note_below;
}
