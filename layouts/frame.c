/* layouts/frame.c — title, subtitle, unit, legend and source around a plot.
 * Everything is measured; the plot gets what is left. The legend goes on the
 * unit's row, right-aligned, or on a row of its own when it does not fit.
 * Every text stays inside the frame: one too wide is shortened with "…",
 * legend labels each to an equal share of the row. */
#include "layouts/frame.h"

#include "layouts/common.h"
#include "layouts/text.h"

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

/* A line of @text from (@x, top @y), shortened to @max_w; returns its
 * height (0 for no text). */
static double
line(TjScene *s, const TjMeasurer *m, const char *role, double x, double y, const char *text,
     const TjFontStyle *font, TjColor color, double max_w)
{
    if (!text || !*text)
        return 0;
    char *fit = tj_text_shorten(m, text, font, MAX(max_w, 1));
    TjTextExtents e;
    tj_measure(m, fit, font, &e);
    tj_lay_text(s, m, role, x, y + e.ascent, fit, font, color, TJ_ANCHOR_START, NULL);
    g_free(fit);
    return e.height;
}

/* @f with its legend labels shortened to share @avail; the labels are in
 * @keep (g_free each). */
static TjFrame
fit_legend(const TjMeasurer *m, const TjFrame *f, const TjFontStyle *font, double avail,
           char **keep)
{
    TjFrame out = *f;
    guint n = f->n_legend;
    double each = (avail - n * (SWATCH + SWATCH_GAP) - (n - 1) * ENTRY_GAP) / n;
    for (guint i = 0; i < n; i++)
        keep[i] = tj_text_shorten(m, f->legend[i], font, MAX(each, 1));
    out.legend = (const char *const *)keep;
    return out;
}

TjRect
tj_frame_layout(TjScene *s, const TjMeasurer *m, const TjTheme *th, const TjFrame *frame)
{
    const double pad = TJ_FRAME_PAD;
    double y = pad, right = frame->width - pad;
    TjTextExtents e;
    TjFontStyle title = tj_font(th->size_chart_title, TRUE);
    TjFontStyle sub = tj_font(th->size_label, FALSE);
    TjFontStyle note = tj_font(th->size_note, FALSE);

    y += line(s, m, "title", pad, y, frame->title, &title, th->text, right - pad);
    y += line(s, m, "subtitle", pad, y, frame->subtitle, &sub, th->text_secondary, right - pad);
    if (y > pad)
        y += 8;
    char **keep = g_new0(char *, frame->n_legend + 1);
    TjFrame fitted = *frame;
    if (frame->n_legend > 1 && legend_width(m, frame, &note) > right - pad)
        fitted = fit_legend(m, frame, &note, right - pad, keep);
    const TjFrame *f = &fitted;

    /* the unit and legend row */
    tj_measure(m, "单位", &note, &e);
    double row_h = e.height;
    double unit_w = 0;
    if (f->unit && *f->unit) {
        char *full = g_strconcat("单位：", f->unit, NULL);
        char *u = tj_text_shorten(m, full, &note, MAX(right - pad, 1));
        tj_lay_text_mid(s, m, "unit", pad, y + row_h / 2, u, &note, th->text_note,
                        TJ_ANCHOR_START);
        tj_measure(m, u, &note, &e);
        unit_w = e.width;
        g_free(u);
        g_free(full);
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
        char *full = g_strconcat("数据来源：", f->source, NULL);
        char *src = tj_text_shorten(m, full, &note, MAX(right - pad, 1));
        tj_measure(m, src, &note, &e);
        tj_lay_text(s, m, "source", pad, bottom - e.height + e.ascent, src, &note,
                    th->text_note, TJ_ANCHOR_START, NULL);
        bottom -= e.height + 12;
        g_free(src);
        g_free(full);
    }
    g_strfreev(keep);
    TjRect plot = { pad, y, right - pad, MAX(0, bottom - y) };
    return plot;
}
