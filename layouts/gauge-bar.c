/* layouts/gauge-bar.c — the linear progress bar: the label left (at most
 * two balanced lines, the last on the value's baseline) and the value
 * right; under them a rounded track filled to the value (from zero when the
 * scale spans it, else from min); under the track a target tick's
 * "目标 …" and the min and max at the ends (unless they would touch it).
 * The fill's width is exactly frac × the track's. A value above the max
 * leaves room after the track (a row's largest overflow) and runs on into
 * it in a darker red, a tick at the scale's end, the max under the tick.
 * Fitting tries, in order: the label at body size with the min/max row,
 * without that row (when there is no target to show in it), then both at
 * the smaller label size; the first that keeps the value at a readable
 * size wins, else the label is shortened to one line. */
#include "layouts/gauge-private.h"

#include <math.h>

#include "layouts/text.h"

#define TRACK_H 14.0
#define MIN_VALUE 12.0
#define LABEL_GAP 16.0     /* between the label and the value */

/* Under the label and value: the track, and the marks row if shown. */
static double
rest_height(const TjGaugeCtx *c)
{
    double h = TJ_GAUGE_GAP + TRACK_H;
    return c->no_ends ? h + 4 : h + 4 + tj__gauge_line(c, &c->note_font);
}

/* The row of the label and the value: the baseline's distance from the
 * row's top, and the row's height, for @lines label lines. */
static void
top_row(const TjGaugeCtx *c, double vs, guint lines, double *base, double *height)
{
    TjFontStyle big = tj_font(vs, TRUE);
    TjTextExtents ve, le;
    tj_measure(c->m, "0", &big, &ve);
    tj_measure(c->m, "国", &c->label_font, &le);
    double up = ve.ascent, down = ve.height - ve.ascent;
    if (lines > 0) {
        up = MAX(up, (lines - 1) * le.height + le.ascent);
        down = MAX(down, le.height - le.ascent);
    }
    *base = up;
    *height = up + down;
}

/* Room left of the value for the label. */
static double
label_room(const TjGaugeCtx *c, double vs)
{
    return c->plot.w - tj_kpi_number_width(&c->num, c->m, vs) - LABEL_GAP;
}

/* How many lines the label takes beside a value of size @vs; 3 when it
 * does not fit in two. */
static guint
label_needs(const TjGaugeCtx *c, double vs)
{
    if (!c->spec->label || !*c->spec->label)
        return 0;
    double room = label_room(c, vs);
    if (room < c->label_font.size * 2)
        return 3;
    GPtrArray *l = tj_lay_wrap_balanced(c->m, c->spec->label, &c->label_font, room);
    guint n = l->len;
    if (tj_text_max_width(c->m, (const char *const *)l->pdata, l->len, &c->label_font) > room)
        n = 3;
    g_ptr_array_unref(l);
    return MIN(n, 3);
}

static gboolean
fits(const TjGaugeCtx *c, double vs, guint lines)
{
    double base, h;
    top_row(c, vs, MAX(lines, c->label_lines), &base, &h);
    return h + rest_height(c) <= c->plot.h;
}

/* The largest value size, from @hi down to @lo, beside which the label
 * fits in two lines and the whole in the height; 0 when none. */
static double
try_fit(TjGaugeCtx *c, double hi, double lo, guint *lines)
{
    for (double vs = hi; vs >= lo; vs -= 1) {
        *lines = label_needs(c, vs);
        if (*lines <= 2 && fits(c, vs, *lines))
            return vs;
    }
    return 0;
}

void
tj__gauge_bar_fit(TjGaugeCtx *c)
{
    c->dial = c->plot.w;
    if (c->value_size > 0)
        return;
    double hi = floor(c->th->size_big * 0.75);
    while (hi > MIN_VALUE && !fits(c, hi, 1))
        hi -= 1;
    double lo = MAX(MIN_VALUE, floor(MIN(hi, MAX(c->th->size_body * 1.5, hi * 0.6))));
    TjFontStyle sizes[2] = { tj_font(c->th->size_body, FALSE), tj_font(c->th->size_label, FALSE) };
    guint lines = 1;
    for (int k = 0; k < 4; k++) {
        c->label_font = sizes[k / 2];
        c->no_ends = k % 2;
        if (c->no_ends && isfinite(c->tfrac))
            continue;  /* the row shows the target: keep it */
        double vs = try_fit(c, hi, lo, &lines);
        if (vs > 0) {
            c->value_size = vs;
            c->label_lines = MAX(c->label_lines, lines);
            return;
        }
    }
    double base, h;   /* not even one line beside the smallest value: short */
    top_row(c, hi, 1, &base, &h);
    c->short_by = MAX(0, h + rest_height(c) - c->plot.h);
    c->label_font = sizes[0];  /* nothing fits: shorten the label */
    c->no_ends = FALSE;
    c->value_size = hi;
    c->label_lines = MAX(c->label_lines, 1);
}

/* Target tick and label under the track, then the ends that do not touch
 * the label. */
static void
draw_marks(TjGaugeCtx *c, double x0, double w, double ty)
{
    TjTextExtents e;
    tj_measure(c->m, "0", &c->note_font, &e);
    double y = ty + TRACK_H + 4 + e.ascent;
    TjRect tbox = { 0, 0, 0, 0 };
    if (isfinite(c->tfrac)) {
        double x = round(x0 + w * c->tfrac) + 0.5;
        TjPaint tick = tj_paint_stroke(c->th->target, 2);
        tj_scene_line(c->s, "gauge.target", x, ty - 4, x, ty + TRACK_H + 4, &tick);
        char *text = tj__gauge_target_note(c);
        TjRect b = tj__gauge_text_box(c, text, &c->note_font, x, y, TJ_ANCHOR_MIDDLE);
        double lx = CLAMP(x, x0 + b.w / 2, x0 + w - b.w / 2);
        tbox = tj__gauge_text_box(c, text, &c->note_font, lx, y, TJ_ANCHOR_MIDDLE);
        tj_lay_text(c->s, c->m, "gauge.target-label", lx, y, text, &c->note_font,
                    c->th->target, TJ_ANCHOR_MIDDLE, NULL);
        g_free(text);
    }
    for (int k = 0; k < 2 && !c->no_ends; k++) {
        char *t = tj__gauge_format(c, k ? c->spec->max : c->spec->min);
        TjAnchor a = k ? TJ_ANCHOR_END : TJ_ANCHOR_START;
        double x = k ? x0 + w : x0;
        TjRect box = tj__gauge_text_box(c, t, &c->note_font, x, y, a);
        if (k && c->over_room > 0 && x + box.w / 2 <= c->plot.x + c->plot.w) {
            a = TJ_ANCHOR_MIDDLE;   /* under the end's tick, the overflow after it */
            box = tj__gauge_text_box(c, t, &c->note_font, x, y, a);
        }
        if (!isfinite(c->tfrac) || !tj_rect_overlaps(&box, &tbox, -4))
            tj_lay_text(c->s, c->m, "gauge.end", x, y, t, &c->note_font, c->th->text_note,
                        a, NULL);
        g_free(t);
    }
}

/* Past the track's end at @x1 (a track @len long): the overflow in a
 * darker red, ending at x1 + over × len, under the fill's round end; a tick
 * across at the end of the scale; a break across it when shortened. */
static void
draw_over(TjGaugeCtx *c, double x1, double len, double ty)
{
    double w = len * c->over;
    TjPaint tick = tj_paint_stroke(c->th->text, 2);
    tj_scene_line(c->s, "gauge.end-tick", x1, ty - 4, x1, ty + TRACK_H + 4, &tick);
    if (!c->over_cut)
        return;
    TjPaint gap = tj_paint_stroke(c->th->background, 2);
    for (int k = 0; k < 2; k++) {
        double xm = x1 + w / 2 + (k ? 3 : -3);
        tj_scene_line(c->s, "gauge.over-break", xm - 3, ty + TRACK_H + 1, xm + 3, ty - 1, &gap);
    }
}

/* The label's lines, the last on the value's baseline. */
static void
draw_label(TjGaugeCtx *c, double base)
{
    double room = label_room(c, c->value_size);
    if (!c->spec->label || !*c->spec->label || room <= 0)
        return;
    GPtrArray *lines = tj__gauge_label(c, room, MAX(1, MIN(c->label_lines, 2)));
    TjTextExtents le;
    tj_measure(c->m, "国", &c->label_font, &le);
    for (guint i = 0; i < lines->len; i++)
        tj_lay_text(c->s, c->m, "gauge.label", c->plot.x,
                    base - (lines->len - 1 - i) * le.height, lines->pdata[i], &c->label_font,
                    c->th->text, TJ_ANCHOR_START, NULL);
    g_ptr_array_unref(lines);
}

void
tj__gauge_bar_draw(TjGaugeCtx *c)
{
    const TjGaugeSpec *spec = c->spec;
    TjRect p = c->plot;
    double up, row_h;
    top_row(c, c->value_size, c->label_lines, &up, &row_h);
    double top = p.y + (p.h - row_h - rest_height(c)) / 2;
    double base = top + up;
    tj_kpi_number_draw(c->s, c->m, "gauge.value", &c->num, p.x + p.w, base, TJ_ANCHOR_END,
                       c->value_size, c->th->text, c->th->text);
    draw_label(c, base);

    double ty = top + row_h + TJ_GAUGE_GAP;
    double len = p.w / (1 + c->over_room);   /* room after the track for an overflow */
    TjPaint track = tj_paint_fill(c->th->rule);
    tj_scene_rect(c->s, "gauge.track", p.x, ty, len, TRACK_H, TRACK_H / 2, &track);
    double f0 = spec->min < 0 && spec->max > 0 ? -spec->min / (spec->max - spec->min) : 0;
    double a = MIN(f0, c->frac), b = MAX(f0, c->frac);
    if (c->over > 0) {   /* under the fill's round end */
        double r = TRACK_H / 2;
        TjPaint over = tj_paint_fill(tj_color_mix(c->th->primary, c->th->text, 0.6));
        tj_scene_rect(c->s, "gauge.over", p.x + len - r, ty, len * c->over + r, TRACK_H, r, &over);
    }
    if (b > a) {
        TjPaint fill = tj_paint_fill(c->th->primary);
        tj_scene_rect(c->s, "gauge.fill", p.x + len * a, ty, len * (b - a), TRACK_H,
                      TRACK_H / 2, &fill);
    }
    if (c->over > 0)
        draw_over(c, p.x + len, len, ty);
    draw_marks(c, p.x, len, ty);
}
