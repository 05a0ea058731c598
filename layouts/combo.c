/* layouts/combo.c — the combo chart: bars (series 0, left axis) and a line
 * with point labels (series 1, right axis). Order of work: frame (title,
 * subtitle, source) → the row of axis units and the legend → shared ticks
 * (combo-ticks.c) → category labels wrapped to the band (up to three
 * lines), else slanted whole as the bar chart slants them (the single
 * chart's default height grows for them, combo-block.c) → gridlines, both
 * axes' tick labels → bars with their values → the line, its markers and
 * point labels (combo-marks.c). No text is cut: labels wrap or slant, and
 * none overlaps another; names that cannot all be read even slanted are
 * refused with an error that says so. */
#include "layouts/combo-private.h"

#include <math.h>
#include <string.h>

#include "layouts/bar-private.h"
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

/* The bar chart's state that its category names need (bar-categories.c
 * draws the combo's too). */
static TjBarCtx
bar_ctx(const Combo *c)
{
    return (TjBarCtx){ .s = c->s, .d = c->d, .th = c->th, .m = c->m,
                       .label_font = c->label_font, .highlight = -1 };
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
 * (not below 14 px); else wrapped in balanced lines, at most three (as
 * the bar chart's), at the largest size that allows it. FALSE when no
 * size holds them in @step
 * (nothing set then but the lines, which the caller frees). */
static gboolean
wrap_categories(Combo *c, double step, TjBarCatFit *f)
{
    const TjChartData *d = c->d;
    double base = c->label_font.size;
    double sizes[3] = { base, c->th->size_note, MAX(14, c->th->size_note - 2) };
    for (int pass = 0; pass < 2; pass++)
        for (int k = 0; k < 3; k++) {
            c->label_font.size = sizes[k];
            guint most = 1;
            double widest = 0;
            for (guint i = 0; i < d->n_cat; i++) {
                if (f->lines[i])
                    g_ptr_array_unref(f->lines[i]);
                f->lines[i] = tj_lay_wrap_balanced(c->m, d->categories[i], &c->label_font,
                                                   MAX(step - 8, 1));
                most = MAX(most, f->lines[i]->len);
                widest = MAX(widest, tj_text_max_width(c->m, (const char *const *)f->lines[i]->pdata,
                                                       f->lines[i]->len, &c->label_font));
            }
            if (most <= (pass == 0 ? 1u : 3u) && widest <= step - 2) {
                f->mode = most > 1 ? CAT_WRAP : CAT_LINE;
                f->height = most * tj__combo_line_h(c, &c->label_font);
                return TRUE;
            }
        }
    c->label_font.size = base;
    return FALSE;
}

/* Whether the names stand clear of each other: all of them, and slanted
 * ones a whole line apart across their slant. */
static gboolean
slant_clear(const Combo *c, double step, const TjBarCatFit *f)
{
    if (f->mode != CAT_ROTATE)
        return TRUE;
    double across = f->angle == -90 ? step : step * sin(-f->angle * G_PI / 180);
    return f->every == 1 && across >= tj__combo_line_h(c, &c->label_font);
}

/* The names under the bars: wrapped (above), else slanted whole as the bar
 * chart slants them (layouts/bar-categories.c), the band as deep as the
 * longest needs. Returns the band's height; @f holds the fit. */
static double
fit_categories(Combo *c, double step, TjBarCatFit *f)
{
    for (guint i = 0; f->lines && i < c->d->n_cat; i++)
        if (f->lines[i])
            g_ptr_array_unref(f->lines[i]);
    g_free(f->lines);
    memset(f, 0, sizeof *f);
    f->lines = g_new0(GPtrArray *, c->d->n_cat);
    f->every = 1;
    c->label_font = tj_font(c->th->size_label, FALSE);
    if (wrap_categories(c, step, f))
        return f->height;
    for (guint i = 0; i < c->d->n_cat; i++)
        g_clear_pointer(&f->lines[i], g_ptr_array_unref);
    /* slanted at the largest size that keeps them a line apart */
    double base = c->label_font.size, note = c->th->size_note;
    double sizes[4] = { base, (base + note) / 2, note, MAX(14, note - 2) };
    for (int k = 0; k < 4; k++) {
        for (guint i = 0; i < c->d->n_cat; i++)
            g_clear_pointer(&f->lines[i], g_ptr_array_unref);
        TjBarCtx bc = bar_ctx(c);
        bc.label_font.size = MIN(base, sizes[k]);
        tj__bar_rotate_fit(&bc, step, f);
        c->label_font = bc.label_font;
        if (slant_clear(c, step, f))
            break;
    }
    return f->height;
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
    TjBarCatFit fit = { 0 };
    double vh = tj__combo_line_h(&c, &c.value_font), th_ = tj__combo_line_h(&c, &c.tick_font), y_top, y_bot;
    int most = CLAMP((int)(plot.h / 44), 3, 9);
    for (int pass = 0; pass < 3; pass++) {
        tj_combo_ticks(r[0], r[1], r[2], r[3], most, &ta, &tb);
        double wa = ticks_width(&c, &ta) + 10, wb = ticks_width(&c, &tb) + 10;
        tj_scale_band_init(&xs, d->n_cat, plot.x + wa, plot.x + plot.w - wb, 0.35, 0.2);
        double cat_h = fit_categories(&c, xs.step, &fit);
        if (fit.mode == CAT_ROTATE) {   /* slanted names may not leave the chart */
            double left = plot.x + wa;
            for (int k = 0; k < 4; k++) {   /* a narrower band moves the names too */
                TjBarCtx bc = bar_ctx(&c);
                double over = tj__bar_rotated_overhang(&bc, &xs, &fit, 0);
                if (over <= 0)
                    break;
                left += over + 2;
                tj_scale_band_init(&xs, d->n_cat, left, plot.x + plot.w - wb, 0.35, 0.2);
                cat_h = fit_categories(&c, xs.step, &fit);
            }
        }
        y_top = plot.y + vh + 8 + MARKER_R;
        y_bot = plot.y + plot.h - cat_h - 10 - (ta.lo < 0 ? vh + 4 : 0);
        int fits = (int)((y_bot - y_top) / (th_ * 1.5));
        if (ta.n - 1 <= MAX(fits, 2))
            break;
        most = MAX(fits, 2);
    }
    if (y_bot - y_top < 3 * th_ || !slant_clear(&c, xs.step, &fit) || fit.height > plot.h / 2) {
        tj__bar_cat_fit_free(&fit, d->n_cat);
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
    TjBarCtx bc = bar_ctx(&c);
    tj__bar_draw_categories(&bc, &xs, y_bot + 8 + (ta.lo < 0 ? vh + 4 : 0), &fit);
    tj__bar_cat_fit_free(&fit, d->n_cat);
    tj_scene_group_end(s);
    return TRUE;
}
