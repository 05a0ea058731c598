/* layouts/combo.c — the combo chart: bars (series 0, left axis) and a line
 * with point labels (series 1, right axis). Order of work: frame (title,
 * subtitle, source) → the row of axis units and the legend → shared ticks
 * (combo-ticks.c) → category labels wrapped to the band → gridlines, both
 * axes' tick labels → bars with their values → the line, its markers and
 * point labels, each above its point, else below, else the bar's value
 * moves into the bar or is left out (the left axis still reads). No text
 * is cut: labels wrap, and none overlaps another. */
#include "layouts/combo-private.h"

#include <math.h>
#include <string.h>

#include "core/format.h"
#include "core/i18n.h"
#include "layouts/common.h"
#include "layouts/frame.h"
#include "layouts/scale.h"
#include "layouts/text.h"

#define SWATCH 14.0

void
tj_combo_spec_init(TjComboSpec *spec)
{
    memset(spec, 0, sizeof *spec);
    spec->width = 800;
    spec->height = 500;
    spec->value_labels = TRUE;
}

double
tj__combo_text_w(const Combo *c, const char *t, const TjFontStyle *f)
{
    TjTextExtents e;
    tj_measure(c->m, t, f, &e);
    return e.width;
}

double
tj__combo_line_h(const Combo *c, const TjFontStyle *f)
{
    TjTextExtents e;
    tj_measure(c->m, "国", f, &e);
    return e.height;
}

/* ---- units and legend ------------------------------------------------- */

static char *
legend_text(const char *name, const char *unit)
{
    return unit && *unit ? g_strdup_printf("%s（%s）", name, unit) : g_strdup(name);
}

/* The units above the two axes and the legend between them (on a row of
 * its own when it does not fit there); returns the height used. */
static double
units_and_legend(Combo *c, TjRect plot)
{
    const TjTheme *th = c->th;
    double h = tj__combo_line_h(c, &c->tick_font), y = plot.y + h / 2;
    double uw = 0;
    if (c->bar_unit && *c->bar_unit) {
        tj_lay_text_mid(c->s, c->m, "unit", plot.x, y, c->bar_unit, &c->tick_font,
                        th->text_note, TJ_ANCHOR_START);
        uw = tj__combo_text_w(c, c->bar_unit, &c->tick_font);
    }
    if (c->line_unit && *c->line_unit) {
        tj_lay_text_mid(c->s, c->m, "unit.right", plot.x + plot.w, y, c->line_unit,
                        &c->tick_font, th->text_note, TJ_ANCHOR_END);
        uw = MAX(uw, tj__combo_text_w(c, c->line_unit, &c->tick_font));
    }
    char *names[2] = { legend_text(c->d->series[0].name, c->bar_unit),
                       legend_text(c->d->series[1].name, c->line_unit) };
    double w0 = tj__combo_text_w(c, names[0], &c->tick_font), w1 = tj__combo_text_w(c, names[1], &c->tick_font);
    double entry = SWATCH + 6, gap = 20, room = plot.w - 2 * (uw + 16);
    double total = 2 * entry + w0 + w1 + gap;
    double used = h;
    double rows[2] = { y, y }, xs[2];
    if (total <= room) {
        xs[0] = plot.x + plot.w / 2 - total / 2;
        xs[1] = xs[0] + entry + w0 + gap;
    } else {
        /* one entry a row, under the units */
        rows[0] = plot.y + h + 4 + h / 2;
        rows[1] = rows[0] + h + 2;
        xs[0] = xs[1] = plot.x + uw + 16;
        used = 3 * h + 6;
    }
    TjPaint box = tj_paint_fill(c->bar_color), ln = tj_paint_stroke(c->line_color, 2.5);
    tj_scene_rect(c->s, "legend.swatch", xs[0], rows[0] - SWATCH / 2, SWATCH, SWATCH, 0, &box);
    tj_scene_line(c->s, "legend.swatch", xs[1], rows[1], xs[1] + SWATCH, rows[1], &ln);
    TjPaint dot = tj_paint_fill(c->line_color);
    tj_scene_arc(c->s, "legend.swatch", xs[1] + SWATCH / 2, rows[1], 3, 0, 2 * G_PI, &dot);
    for (int k = 0; k < 2; k++) {
        tj_lay_text_mid(c->s, c->m, "legend.label", xs[k] + entry, rows[k], names[k],
                        &c->tick_font, th->text_secondary, TJ_ANCHOR_START);
        g_free(names[k]);
    }
    return used + 10;
}

/* ---- axes --------------------------------------------------------------- */

static double
ticks_width(const Combo *c, const TjTicks *t)
{
    double w = 0;
    for (int i = 0; i < t->n; i++) {
        char *lab = tj_ticks_label(t, i, TJ_MAG_NONE);
        w = MAX(w, tj__combo_text_w(c, lab, &c->tick_font));
        g_free(lab);
    }
    return w;
}

static void
grid(Combo *c, const TjTicks *ta, const TjTicks *tb, const TjLinearScale *ya, double x0,
     double x1)
{
    TjPaint rule = tj_paint_stroke(c->th->rule, 1), axis = tj_paint_stroke(c->th->axis, 1);
    for (int i = 0; i < ta->n; i++) {
        double v = tj_ticks_value(ta, i);
        double y = round(tj_scale_linear_map(ya, v)) + 0.5;
        tj_scene_line(c->s, v == 0 ? "axis.zero" : "grid", x0, y, x1, y, v == 0 ? &axis : &rule);
        char *la = tj_ticks_label(ta, i, TJ_MAG_NONE), *lb = tj_ticks_label(tb, i, TJ_MAG_NONE);
        tj_lay_text_mid(c->s, c->m, "axis.tick-label", x0 - 8, y, la, &c->tick_font,
                        c->th->text_note, TJ_ANCHOR_END);
        tj_lay_text_mid(c->s, c->m, "axis.tick-label.right", x1 + 8, y, lb, &c->tick_font,
                        c->th->text_note, TJ_ANCHOR_START);
        g_free(la);
        g_free(lb);
    }
}

/* Category labels fitted to the band: on one line, smaller if need be
 * (not below 14 px); else wrapped in balanced lines. Returns their height;
 * @lines gets each category's lines. */
static double
fit_categories(Combo *c, double step, GPtrArray **lines)
{
    const TjChartData *d = c->d;
    double sizes[3] = { c->label_font.size, c->th->size_note, MAX(14, c->th->size_note - 2) };
    /* one line at the label size or a smaller one; else wrapped, at most
     * three lines, at the largest size that allows it */
    for (int pass = 0; pass < 2; pass++)
        for (int k = 0; k < 3; k++) {
            c->label_font.size = sizes[k];
            guint most = 1;
            for (guint i = 0; i < d->n_cat; i++) {
                if (lines[i])
                    g_ptr_array_unref(lines[i]);
                lines[i] = tj_lay_wrap_balanced(c->m, d->categories[i], &c->label_font,
                                                MAX(step - 8, 1));
                most = MAX(most, lines[i]->len);
            }
            if (most <= (pass == 0 ? 1u : 3u) || (pass == 1 && k == 2))
                return most * tj__combo_line_h(c, &c->label_font);
        }
    return 0;   /* not reached */
}

/* ---- the chart ----------------------------------------------------------- */

static gboolean
prepare(const TjChartData *d, const TjComboSpec *sp, double r[4], GError **error)
{
    const TjSrcLoc *loc = sp->loc.file ? &sp->loc : NULL;
    if (!tj_text_check_lengths(loc, error, _("combo chart: title"), sp->title,
                               _("combo chart: subtitle"), sp->subtitle, _("combo chart: source"),
                               sp->source, _("combo chart: unit"), sp->unit,
                               _("combo chart: line unit"), sp->line_unit, NULL) ||
        !tj_lay_check_box(_("combo chart"), sp->width, sp->height, TJ_LAY_MIN_CHART_W,
                          TJ_LAY_MIN_CHART_H, loc, error) ||
        !tj_chart_data_check(d, loc, error))
        return FALSE;
    if (d->n_series < 2) {
        tj_error_set_at(error, TJ_ERROR_INPUT, loc,
                        _("combo chart: needs a bar column and a line column"));
        return FALSE;
    }
    for (int k = 0; k < 2; k++) {
        r[2 * k] = INFINITY;
        r[2 * k + 1] = -INFINITY;
        for (guint i = 0; i < d->n_cat; i++) {
            double v = d->series[k].values[i];
            if (isfinite(v)) {
                r[2 * k] = MIN(r[2 * k], v);
                r[2 * k + 1] = MAX(r[2 * k + 1], v);
            }
        }
        if (d->n_cat == 0 || !isfinite(r[2 * k])) {
            tj_error_set_at(error, TJ_ERROR_INPUT, loc,
                            _("combo chart: nothing to draw in “%s” (no value is a number)"),
                            d->n_cat ? d->series[k].name : "");
            return FALSE;
        }
    }
    return TRUE;
}

gboolean
tj_layout_combo(TjScene *s, const TjChartData *d, const TjComboSpec *spec, const TjTheme *th,
                const TjMeasurer *m, GError **error)
{
    double r[4];
    if (!prepare(d, spec, r, error))
        return FALSE;
    Combo c = { .s = s, .d = d, .spec = spec, .th = th, .m = m };
    c.label_font = tj_font(th->size_label, FALSE);
    c.value_font = tj_font(th->size_note, TRUE);
    c.tick_font = tj_font(th->size_note, FALSE);
    c.bar_color = th->series[0];
    c.line_color = th->series[MIN(2, th->n_series - 1)];
    c.bar_unit = spec->unit ? spec->unit : d->series[0].unit;
    c.line_unit = spec->line_unit ? spec->line_unit : d->series[1].unit;

    TjFrame f = { .width = spec->width, .height = spec->height, .title = spec->title,
                  .subtitle = spec->subtitle, .source = spec->source };
    tj_scene_group_begin(s, "chart.combo", spec->title);
    TjRect plot = tj_frame_layout(s, m, th, &f);
    double top = units_and_legend(&c, plot);
    plot.y += top;
    plot.h -= top;

    /* ticks for the height left under the category labels, at least a
     * tick label and a half apart (a second pass when the first guessed
     * too many) */
    TjTicks ta, tb;
    TjBandScale xs;
    GPtrArray **lines = g_new0(GPtrArray *, d->n_cat);
    double vh = tj__combo_line_h(&c, &c.value_font), th_ = tj__combo_line_h(&c, &c.tick_font), y_top, y_bot;
    int most = CLAMP((int)(plot.h / 44), 3, 9);
    for (int pass = 0; pass < 3; pass++) {
        tj_combo_ticks(r[0], r[1], r[2], r[3], most, &ta, &tb);
        double wa = ticks_width(&c, &ta) + 10, wb = ticks_width(&c, &tb) + 10;
        tj_scale_band_init(&xs, d->n_cat, plot.x + wa, plot.x + plot.w - wb, 0.35, 0.2);
        double cat_h = fit_categories(&c, xs.step, lines);
        y_top = plot.y + vh + 8 + MARKER_R;
        y_bot = plot.y + plot.h - cat_h - 10 - (ta.lo < 0 ? vh + 4 : 0);
        int fit = (int)((y_bot - y_top) / (th_ * 1.5));
        if (ta.n - 1 <= MAX(fit, 2))
            break;
        most = MAX(fit, 2);
    }
    double widest = 0;
    for (guint i = 0; i < d->n_cat; i++)
        widest = MAX(widest, tj_text_max_width(m, (const char *const *)lines[i]->pdata,
                                               lines[i]->len, &c.label_font));
    if (y_bot - y_top < 3 * th_ || widest > xs.step - 2) {
        for (guint i = 0; i < d->n_cat; i++)
            g_ptr_array_unref(lines[i]);
        g_free(lines);
        tj_scene_group_end(s);
        tj_error_set_at(error, TJ_ERROR_INPUT, spec->loc.file ? &spec->loc : NULL,
                        _("combo chart: %.0f × %.0f px leaves no room for the plot under %u "
                          "category names; make it larger or the names shorter"),
                        spec->width, spec->height, d->n_cat);
        return FALSE;
    }
    TjLinearScale ya = { ta.lo, ta.hi, y_bot, y_top }, yb = { tb.lo, tb.hi, y_bot, y_top };
    grid(&c, &ta, &tb, &ya, xs.r0, xs.r1);
    TjRect area = { xs.r0, plot.y, xs.r1 - xs.r0, y_bot + (ta.lo < 0 ? vh + 4 : 0) - plot.y };
    tj__combo_marks(&c, &xs, &ya, &yb, &area);
    TjTextExtents e;
    tj_measure(m, "国", &c.label_font, &e);
    double yl = y_bot + 8 + (ta.lo < 0 ? vh + 4 : 0);
    for (guint i = 0; i < d->n_cat; i++) {
        guint first_line = tj_scene_n_items(s);
        for (guint k = 0; k < lines[i]->len; k++)
            tj_lay_text(s, m, "category.label", tj_scale_band_center(&xs, i),
                        yl + e.ascent + k * e.height, lines[i]->pdata[k], &c.label_font,
                        th->text_secondary, TJ_ANCHOR_MIDDLE, NULL);
        tj_scene_text_join(s, first_line, lines[i]->len);
        g_ptr_array_unref(lines[i]);
    }
    g_free(lines);
    tj_scene_group_end(s);
    return TRUE;
}
