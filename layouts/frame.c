/* layouts/frame.c — title, subtitle, unit, legend and source around a plot.
 * Everything is measured; the plot gets what is left. The legend goes on the
 * unit's row, right-aligned, or on a row of its own when it does not fit.
 * Every text stays inside the frame: one too wide wraps between words (the
 * title, subtitle and source in up to 3 lines but no more than a fifth,
 * a sixth and an eighth of the chart's height; the unit in up to 2), and is
 * shortened with "…" only past that, with a warning; a legend too wide for
 * one row flows onto more rows. */
#include "layouts/frame.h"

#include "layouts/common.h"
#include "layouts/text.h"

#include <math.h>
#include <string.h>

#define SWATCH 14.0
#define SWATCH_GAP 6.0
#define ENTRY_GAP 20.0

/* Width of legend entries [@from, @to). */
static double
legend_width(const TjMeasurer *m, const TjFrame *f, const TjFontStyle *font, guint from,
             guint to)
{
    double w = 0;
    for (guint i = from; i < to; i++) {
        TjTextExtents e;
        tj_measure(m, f->legend[i], font, &e);
        w += SWATCH + SWATCH_GAP + e.width + (i + 1 < to ? ENTRY_GAP : 0);
    }
    return w;
}

/* Draws legend entries [@from, @to) right-aligned to @right with line
 * centre @cy. */
static void
legend_draw(TjScene *s, const TjMeasurer *m, const TjTheme *th, const TjFrame *f,
            double right, double cy, const TjFontStyle *font, guint from, guint to)
{
    double x = right - legend_width(m, f, font, from, to);
    for (guint i = from; i < to; i++) {
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

/* The legend in rows of at most @avail px, from the top @y, each row
 * @row_h high; returns the height used. */
static double
legend_rows(TjScene *s, const TjMeasurer *m, const TjTheme *th, const TjFrame *f,
            double right, double y, double avail, double row_h, const TjFontStyle *font)
{
    double h = 0;
    guint from = 0;
    while (from < f->n_legend) {
        guint to = from + 1;
        while (to < f->n_legend && legend_width(m, f, font, from, to + 1) <= avail)
            to++;
        legend_draw(s, m, th, f, right, y + h + row_h / 2, font, from, to);
        h += row_h + (to < f->n_legend ? 4 : 0);
        from = to;
    }
    return h;
}

/* How many lines (1 to 3) of @font a text around the plot may take: no
 * more than @share of the chart's @height, so a short chart keeps its
 * plot. */
static guint
max_lines(const TjMeasurer *m, const TjFontStyle *font, double height, double share)
{
    TjTextExtents e;
    tj_measure(m, "国", font, &e);
    return (guint)CLAMP(floor(height * share / MAX(e.height, 1)), 1, 3);
}

/* @text from (@x, top @y) in up to @max_lines lines of @max_w (shortened
 * only past that, with a warning); returns its height (0 for no text). */
static double
lines(TjScene *s, const TjMeasurer *m, const char *role, double x, double y, const char *text,
      const TjFontStyle *font, TjColor color, double max_w, guint max_lines)
{
    if (!text || !*text)
        return 0;
    gboolean cut = FALSE;
    GPtrArray *l = tj_text_fit_lines(m, text, font, MAX(max_w, 1), max_lines, &cut);
    if (cut)
        tj_lay_warn_shortened(s, m, text, font, MAX(max_w, 1), max_lines);
    TjTextExtents e;
    tj_measure(m, "国", font, &e);
    guint first_line = tj_scene_n_items(s);
    for (guint i = 0; i < l->len; i++)
        tj_lay_text(s, m, role, x, y + i * e.height + e.ascent, l->pdata[i], font, color,
                    TJ_ANCHOR_START, NULL);
    tj_scene_text_join(s, first_line, l->len);
    double h = l->len * e.height;
    g_ptr_array_unref(l);
    return h;
}

/* Legend labels wider than a whole row (@avail) shortened to it, with a
 * warning; the labels are in @keep (g_free each). */
static TjFrame
fit_legend(TjScene *s, const TjMeasurer *m, const TjFrame *f, const TjFontStyle *font,
           double avail, char **keep)
{
    TjFrame out = *f;
    double each = MAX(avail - SWATCH - SWATCH_GAP, 1);
    for (guint i = 0; i < f->n_legend; i++) {
        keep[i] = tj_text_shorten(m, f->legend[i], font, each);
        if (strcmp(keep[i], f->legend[i]) != 0)
            tj_lay_warn_shortened(s, m, f->legend[i], font, each, 1);
    }
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

    y += lines(s, m, "title", pad, y, frame->title, &title, th->text, right - pad,
               max_lines(m, &title, frame->height, 0.2));
    y += lines(s, m, "subtitle", pad, y, frame->subtitle, &sub, th->text_secondary,
               right - pad, max_lines(m, &sub, frame->height, 0.15));
    if (y > pad)
        y += 8;
    char **keep = g_new0(char *, frame->n_legend + 1);
    TjFrame fitted = *frame;
    if (frame->n_legend > 1)
        fitted = fit_legend(s, m, frame, &note, right - pad, keep);
    const TjFrame *f = &fitted;
    /* the unit and legend row */
    tj_measure(m, "单位", &note, &e);
    double row_h = e.height;
    double unit_w = 0, unit_h = 0;
    if (f->unit && *f->unit) {
        char *full = g_strconcat("单位：", f->unit, NULL);
        TjTextExtents ue;
        tj_measure(m, full, &note, &ue);
        unit_w = MIN(ue.width, right - pad);
        unit_h = lines(s, m, "unit", pad, y, full, &note, th->text_note, right - pad, 2);
        g_free(full);
    }
    gboolean legend = f->n_legend > 1;
    double lw = legend ? legend_width(m, f, &note, 0, f->n_legend) : 0;
    if (legend && (unit_h > row_h || pad + unit_w + 24 + lw > right)) {
        if (unit_w > 0)
            y += unit_h + 4;
        y += legend_rows(s, m, th, f, right, y, right - pad, row_h, &note);
    } else if (legend) {
        legend_draw(s, m, th, f, right, y + row_h / 2, &note, 0, f->n_legend);
        y += row_h;
    } else if (unit_w > 0) {
        y += unit_h;
    }
    y += 8;

    double bottom = f->height - pad;
    if (f->source && *f->source) {
        char *full = g_strconcat("数据来源：", f->source, NULL);
        gboolean cut = FALSE;
        guint most = max_lines(m, &note, f->height, 0.12);
        GPtrArray *l = tj_text_fit_lines(m, full, &note, MAX(right - pad, 1), most, &cut);
        if (cut)
            tj_lay_warn_shortened(s, m, full, &note, MAX(right - pad, 1), most);
        tj_measure(m, "国", &note, &e);
        double top = bottom - l->len * e.height;
        guint first_line = tj_scene_n_items(s);
        for (guint i = 0; i < l->len; i++)
            tj_lay_text(s, m, "source", pad, top + i * e.height + e.ascent, l->pdata[i], &note,
                        th->text_note, TJ_ANCHOR_START, NULL);
        tj_scene_text_join(s, first_line, l->len);
        bottom = top - 12;
        g_ptr_array_unref(l);
        g_free(full);
    }
    g_strfreev(keep);
    TjRect plot = { pad, y, right - pad, MAX(0, bottom - y) };
    return plot;
}
