/* layouts/frame.c — title, subtitle, unit, legend and source around a plot.
 * Everything is measured; the plot gets what is left. The legend goes on the
 * unit's row, right-aligned, or on a row of its own when it does not fit. */
#include "layouts/frame.h"

#include "layouts/common.h"

#define SWATCH 14.0
#define SWATCH_GAP 6.0
#define ENTRY_GAP 20.0

static double
legend_width(const TjMeasurer *m, const TjFrame *f, const TjFontStyle *font)
{
    double w = 0;
    for (guint i = 0; i < f->n_legend; i++) {
        TjTextExtents e;
        tj_measure(m, f->legend[i], font, &e);
        w += SWATCH + SWATCH_GAP + e.width + (i + 1 < f->n_legend ? ENTRY_GAP : 0);
    }
    return w;
}

/* Draws the legend right-aligned to @right with line centre @cy. */
static void
legend_draw(TjScene *s, const TjMeasurer *m, const TjTheme *th, const TjFrame *f,
            double right, double cy, const TjFontStyle *font)
{
    double x = right - legend_width(m, f, font);
    for (guint i = 0; i < f->n_legend; i++) {
        TjPaint p = tj_paint_fill(f->legend_colors[i]);
        if (f->legend_shape == TJ_LEGEND_LINE) {
            p = tj_paint_stroke(f->legend_colors[i], 3);
            tj_scene_line(s, "legend.swatch", x, cy, x + SWATCH, cy, &p);
        } else {
            tj_scene_rect(s, "legend.swatch", x, cy - SWATCH / 2, SWATCH, SWATCH, 0, &p);
        }
        x += SWATCH + SWATCH_GAP;
        TjTextExtents e;
        tj_measure(m, f->legend[i], font, &e);
        tj_lay_text_mid(s, m, "legend.label", x, cy, f->legend[i], font,
                        th->text_secondary, TJ_ANCHOR_START);
        x += e.width + ENTRY_GAP;
    }
}

TjRect
tj_frame_layout(TjScene *s, const TjMeasurer *m, const TjTheme *th, const TjFrame *f)
{
    const double pad = TJ_FRAME_PAD;
    double y = pad, right = f->width - pad;
    TjTextExtents e;
    TjFontStyle title = tj_font(th->size_chart_title, TRUE);
    TjFontStyle sub = tj_font(th->size_label, FALSE);
    TjFontStyle note = tj_font(th->size_note, FALSE);

    if (f->title && *f->title) {
        tj_measure(m, f->title, &title, &e);
        tj_lay_text(s, m, "title", pad, y + e.ascent, f->title, &title, th->text,
                    TJ_ANCHOR_START, NULL);
        y += e.height;
    }
    if (f->subtitle && *f->subtitle) {
        tj_measure(m, f->subtitle, &sub, &e);
        tj_lay_text(s, m, "subtitle", pad, y + e.ascent, f->subtitle, &sub,
                    th->text_secondary, TJ_ANCHOR_START, NULL);
        y += e.height;
    }
    if (y > pad)
        y += 8;

    /* the unit and legend row */
    tj_measure(m, "单位", &note, &e);
    double row_h = e.height;
    double unit_w = 0;
    if (f->unit && *f->unit) {
        char *u = g_strconcat("单位：", f->unit, NULL);
        tj_lay_text_mid(s, m, "unit", pad, y + row_h / 2, u, &note, th->text_note,
                        TJ_ANCHOR_START);
        tj_measure(m, u, &note, &e);
        unit_w = e.width;
        g_free(u);
    }
    gboolean legend = f->n_legend > 1;
    double lw = legend ? legend_width(m, f, &note) : 0;
    if (legend && pad + unit_w + 24 + lw > right) {
        if (unit_w > 0)
            y += row_h + 4;
        legend_draw(s, m, th, f, right, y + row_h / 2, &note);
        y += row_h;
    } else if (legend) {
        legend_draw(s, m, th, f, right, y + row_h / 2, &note);
        y += row_h;
    } else if (unit_w > 0) {
        y += row_h;
    }
    y += 8;

    double bottom = f->height - pad;
    if (f->source && *f->source) {
        char *src = g_strconcat("数据来源：", f->source, NULL);
        tj_measure(m, src, &note, &e);
        tj_lay_text(s, m, "source", pad, bottom - e.height + e.ascent, src, &note,
                    th->text_note, TJ_ANCHOR_START, NULL);
        bottom -= e.height + 12;
        g_free(src);
    }
    TjRect plot = { pad, y, right - pad, MAX(0, bottom - y) };
    return plot;
}
