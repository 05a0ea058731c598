/* layouts/gauge-bar.c — the linear progress bar: the label (one line,
 * shortened if need be) left and the value right on one baseline, under
 * them a rounded track filled to the value (from zero when the scale spans
 * it, else from min), a target tick with "目标 …" under it, and the min and
 * max under the track's ends unless they would touch the target's label.
 * The fill's width is exactly frac × the track's. */
#include "layouts/gauge-private.h"

#include <math.h>

#include "layouts/text.h"

#define TRACK_H 14.0
#define MIN_VALUE 12.0
#define VALUE_SHARE 0.55   /* the value takes at most this much of the width */

static double
rest_height(const TjGaugeCtx *c)
{
    return TJ_GAUGE_GAP + TRACK_H + 4 + tj__gauge_line(c, &c->note_font);
}

void
tj__gauge_bar_fit(TjGaugeCtx *c)
{
    c->dial = c->plot.w;
    if (c->value_size > 0)
        return;
    double w100 = tj_kpi_number_width(&c->num, c->m, 100);
    TjFontStyle f100 = tj_font(100, TRUE);
    double by_h = 100 * (c->plot.h - rest_height(c)) / tj__gauge_line(c, &f100);
    double by_w = w100 > 0 ? 100 * c->plot.w * VALUE_SHARE / w100 : by_h;
    c->value_size = MAX(MIN_VALUE, floor(MIN(c->th->size_big * 0.75, MIN(by_h, by_w))));
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
    for (int k = 0; k < 2; k++) {
        char *t = tj__gauge_format(c, k ? c->spec->max : c->spec->min);
        TjAnchor a = k ? TJ_ANCHOR_END : TJ_ANCHOR_START;
        double x = k ? x0 + w : x0;
        TjRect box = tj__gauge_text_box(c, t, &c->note_font, x, y, a);
        if (!tj_rect_overlaps(&box, &tbox, 0.5))
            tj_lay_text(c->s, c->m, "gauge.end", x, y, t, &c->note_font, c->th->text_note,
                        a, NULL);
        g_free(t);
    }
}

void
tj__gauge_bar_draw(TjGaugeCtx *c)
{
    const TjGaugeSpec *spec = c->spec;
    TjRect p = c->plot;
    TjFontStyle big = tj_font(c->value_size, TRUE);
    TjTextExtents ve;
    tj_measure(c->m, "0", &big, &ve);
    double top = p.y + (p.h - ve.height - rest_height(c)) / 2;
    double base = top + ve.ascent;

    double vw = tj_kpi_number_width(&c->num, c->m, c->value_size);
    tj_kpi_number_draw(c->s, c->m, "gauge.value", &c->num, p.x + p.w, base, TJ_ANCHOR_END,
                       c->value_size, c->th->text, c->th->text);
    if (spec->label && *spec->label && p.w - vw - 24 > 0) {
        char *t = tj_text_shorten(c->m, spec->label, &c->label_font, p.w - vw - 24);
        tj_lay_text(c->s, c->m, "gauge.label", p.x, base, t, &c->label_font, c->th->text,
                    TJ_ANCHOR_START, NULL);
        g_free(t);
    }

    double ty = top + ve.height + TJ_GAUGE_GAP;
    TjPaint track = tj_paint_fill(c->th->rule);
    tj_scene_rect(c->s, "gauge.track", p.x, ty, p.w, TRACK_H, TRACK_H / 2, &track);
    double f0 = spec->min < 0 && spec->max > 0 ? -spec->min / (spec->max - spec->min) : 0;
    double a = MIN(f0, c->frac), b = MAX(f0, c->frac);
    if (b > a) {
        TjPaint fill = tj_paint_fill(c->th->primary);
        tj_scene_rect(c->s, "gauge.fill", p.x + p.w * a, ty, p.w * (b - a), TRACK_H,
                      TRACK_H / 2, &fill);
    }
    draw_marks(c, p.x, p.w, ty);
}
