/* layouts/gauge-ring.c — the ring (donut): a full-circle track, the
 * value's arc clockwise from 12 o'clock over frac × 360° (butt ends, so the
 * arc is exactly proportional; nothing for 0, a full circle for 1; a value
 * above max adds a thinner, darker lap past 12 o'clock, with a tick there), a
 * radial target tick across the ring, the value's digits centred in the
 * hole (with "目标 …" under them when there is a target), the label centred
 * below. The value is the largest size whose box stays inside the hole. */
#include "layouts/gauge-private.h"

#include <math.h>

#define RING_RATIO 0.09   /* ring thickness : diameter */
#define TICK_OUT 5.0      /* how far a target tick reaches past the ring */
#define MIN_VALUE 12.0

/* Under the ring: the label's lines, and the target note when it is not
 * in the hole. */
static double
ring_label_block(const TjGaugeCtx *c)
{
    double h = c->label_lines * tj__gauge_line(c, &c->label_font);
    if (c->note_below)
        h += tj__gauge_line(c, &c->note_font);
    return h > 0 ? h + TJ_GAUGE_GAP : 0;
}


static double
ring_reach(const TjGaugeCtx *c)
{
    return isfinite(c->tfrac) ? 2 * TICK_OUT : 0;
}

static double
ring_thickness(double diameter)
{
    return MAX(6, round(diameter * RING_RATIO));
}

/* How far from the centre the value's box reaches at size @vs (digits are
 * ~0.8 em high), with the target note under it when that is in the hole. */
static double
value_reach(const TjGaugeCtx *c, double vs)
{
    double note_w = 0, note_h = 0, below = 0;
    char *note = c->note_below ? NULL : tj__gauge_target_note(c);
    if (note) {
        TjTextExtents e;
        tj_measure(c->m, note, &c->note_font, &e);
        note_w = e.width;
        note_h = e.height;
        g_free(note);
    }
    if (note_h > 0) {   /* as drawn: the note stands under the digits' line, descent and all */
        TjTextExtents ve;
        TjFontStyle big = tj_font(vs, TRUE);
        tj_measure(c->m, "0", &big, &ve);
        below = ve.height - ve.ascent + note_h;
    }
    double hw = MAX(tj_kpi_number_width(&c->num, c->m, vs), note_w) / 2;
    double hh = (TJ_GAUGE_DIGIT_H * vs + below) / 2;
    return sqrt(hw * hw + hh * hh);
}

/* The hole's radius. */
static double
hole(const TjGaugeCtx *c)
{
    return c->dial / 2 - ring_thickness(c->dial) - 6;
}

/* The largest value that stays inside the hole (MIN_VALUE at least). */
static double
fit_value(const TjGaugeCtx *c)
{
    double vs = floor(c->th->size_big);
    while (vs > MIN_VALUE && value_reach(c, vs) > hole(c))
        vs -= 1;
    return vs;
}

static void
fit_dial(TjGaugeCtx *c)
{
    double room = MIN(c->plot.w, c->plot.h - ring_label_block(c)) - ring_reach(c);
    c->dial = MAX(20, room);
    c->short_by = MAX(c->short_by, 20 - room > 0.5 ? 20 - room : 0);
}

void
tj__gauge_ring_fit(TjGaugeCtx *c)
{
    gboolean free_dial = c->dial <= 0;
    if (free_dial)
        fit_dial(c);
    if (c->value_size > 0)
        return;
    c->value_size = fit_value(c);
    /* a small ring puts the note under the label rather than cramp the value */
    if (free_dial && isfinite(c->tfrac) && !c->note_below &&
        c->value_size < c->th->size_label) {
        c->note_below = TRUE;
        fit_dial(c);
        c->value_size = fit_value(c);
    }
    double over = value_reach(c, c->value_size) - hole(c);   /* a ring too small */
    c->short_by = MAX(c->short_by, over > 4 ? 2 * over : 0);   /* the digits' box is a guess */
}

/* A tick across the ring at 12 o'clock, where full is and the lap past it
 * starts; a break across the lap when it was shortened. */
static void
draw_over_marks(TjGaugeCtx *c, double cx, double cy, double r, double thick)
{
    TjPaint tick = tj_paint_stroke(c->th->text, 2);
    tj_scene_line(c->s, "gauge.end-tick", cx, cy - r - thick / 2 - 3, cx, cy - r + thick / 2 + 3,
                  &tick);
    if (!c->over_cut)
        return;
    TjPaint gap = tj_paint_stroke(c->th->background, 2);
    double rr = r - thick * 0.3;
    for (int k = 0; k < 2; k++) {
        double a = G_PI / 2 + (k ? 0.04 : -0.04);   /* across the lap at 6 o'clock */
        tj_scene_line(c->s, "gauge.over-break", cx + (rr - thick * 0.4) * cos(a) - 2,
                      cy + (rr - thick * 0.4) * sin(a), cx + (rr + thick * 0.4) * cos(a) + 2,
                      cy + (rr + thick * 0.4) * sin(a), &gap);
    }
}

void
tj__gauge_ring_draw(TjGaugeCtx *c)
{
    const TjTheme *th = c->th;
    double d = c->dial, thick = ring_thickness(d), r = d / 2 - thick / 2;
    double reach = ring_reach(c);
    double top = c->plot.y + (c->plot.h - d - reach - ring_label_block(c)) / 2;
    double cx = c->plot.x + c->plot.w / 2, cy = top + reach / 2 + d / 2;
    double a0 = -G_PI / 2;

    TjPaint track = tj_paint_stroke(th->rule, thick);
    tj_scene_arc(c->s, "gauge.track", cx, cy, r, 0, 2 * G_PI, &track);
    if (c->frac > 0) {
        TjPaint fill = tj_paint_stroke(th->primary, thick);
        tj_scene_arc(c->s, "gauge.fill", cx, cy, r, a0, a0 + 2 * G_PI * c->frac, &fill);
    }
    if (c->over > 0) {   /* past full: a second, darker lap from the start */
        TjPaint lap = tj_paint_stroke(tj_color_mix(th->primary, th->text, 0.6), thick * 0.5);
        lap.cap = TJ_CAP_BUTT;
        tj_scene_arc(c->s, "gauge.over", cx, cy, r - thick * 0.3, a0,
                     a0 + 2 * G_PI * c->over, &lap);
        draw_over_marks(c, cx, cy, r, thick);
    }
    TjFontStyle big = tj_font(c->value_size, TRUE);
    TjTextExtents ve, ne = { 0, 0, 0 };
    tj_measure(c->m, "0", &big, &ve);
    char *note = c->note_below ? NULL : tj__gauge_target_note(c);
    if (isfinite(c->tfrac)) {
        double a = a0 + 2 * G_PI * c->tfrac, r0 = r - thick / 2 - TICK_OUT;
        double r1 = r + thick / 2 + TICK_OUT;
        TjPaint tick = tj_paint_stroke(th->target, 3);
        tj_scene_line(c->s, "gauge.target", cx + r0 * cos(a), cy + r0 * sin(a),
                      cx + r1 * cos(a), cy + r1 * sin(a), &tick);
        if (note)
            tj_measure(c->m, note, &c->note_font, &ne);
    }
    /* the digits (and the note under them) centred on the ring's centre */
    double below = note ? ve.height - ve.ascent + ne.height : 0;
    double base = cy + (TJ_GAUGE_DIGIT_H * c->value_size - below) / 2;
    tj_kpi_number_draw(c->s, c->m, "gauge.value", &c->num, cx, base,
                       TJ_ANCHOR_MIDDLE, c->value_size, th->text, th->text);
    if (note)
        tj_lay_text(c->s, c->m, "gauge.target-label", cx, base + ve.height - ve.ascent + ne.ascent,
                    note, &c->note_font, th->target, TJ_ANCHOR_MIDDLE, NULL);
    g_free(note);
    tj__gauge_draw_label(c, cx, top + reach + d + TJ_GAUGE_GAP, c->plot.w);
}
