/* layouts/bar.c — the vertical bar chart, and what both orientations share.
 * Order of work: frame (title, unit, legend, source) → value range and nice
 * ticks → category labels fitted to the band (bar-categories.c: one line,
 * balanced wrap, rotation, then shortening) → bars, zero line, value labels
 * (bar-columns.c), target. Value labels that would collide are made
 * smaller, then left out (the axis still reads); category labels never
 * overlap. */
#include "layouts/bar-private.h"

#include <math.h>
#include <string.h>

#include "layouts/frame.h"
#include "layouts/scale.h"
#include "layouts/text.h"
#include "layouts/ticks.h"
#include "core/i18n.h"

/* How many bars fit (docs/spec.md, "How many fit"): the chart's width (or
 * a horizontal chart's height) less the frame, at a slot of 12 px a bar
 * (at least 8 px of bar and its gap) or 14 px a row. */
#define BAR_ROOM_FRAME 140.0
#define BAR_MIN_SLOT 12.0
#define BAR_MIN_ROW 14.0

void
tj_bar_spec_init(TjBarSpec *spec)
{
    memset(spec, 0, sizeof *spec);
    spec->width = 800;
    spec->height = 500;
    spec->value_labels = TRUE;
    spec->target = NAN;
}

char *
tj__bar_value_label(const TjBarCtx *c, guint series, guint cat)
{
    const TjSeries *s = &c->d->series[series];
    if (s->labels[cat])
        return g_strdup(s->labels[cat]);
    return NULL;
}

char *
tj__bar_target_label(const TjBarCtx *c)
{
    const char *word = c->spec->target_label ? c->spec->target_label : "目标";
    if (c->spec->target_text)   /* as written: "2023年目标 6%左右" */
        return g_strconcat(word, " ", c->spec->target_text, NULL);
    char *num = tj_format_decimal(c->spec->target, -1);
    char *lab = g_strconcat(word, " ", num, NULL);
    g_free(num);
    return lab;
}

/* ---- the value axis ---------------------------------------------------- */

static void
draw_grid(TjBarCtx *c, const TjTicks *t, const TjLinearScale *ys, double x0, double x1,
          TjMagnitude mag)
{
    TjPaint grid = tj_paint_stroke(c->th->rule, 1);
    TjTextExtents e;
    tj_measure(c->m, "0", &c->tick_font, &e);
    double *pos = g_new(double, t->n);
    gboolean *keep = g_new(gboolean, t->n);
    for (int i = 0; i < t->n; i++)
        pos[i] = round(tj_scale_linear_map(ys, tj_ticks_value(t, i))) + 0.5;
    tj_ticks_spaced(pos, t->n, e.height, keep);   /* a short axis: some to their lines */
    for (int i = 0; i < t->n; i++) {
        if (tj_ticks_value(t, i) != 0)
            tj_scene_line(c->s, "grid", x0, pos[i], x1, pos[i], &grid);
        if (!keep[i])
            continue;
        char *lab = tj_ticks_label(t, i, mag);
        tj_lay_text_mid(c->s, c->m, "axis.tick-label", x0 - 8, pos[i], lab, &c->tick_font,
                        c->th->text_note, TJ_ANCHOR_END);
        g_free(lab);
    }
    g_free(keep);
    g_free(pos);
}

static double
tick_label_width(const TjBarCtx *c, const TjTicks *t, TjMagnitude mag)
{
    double w = 0;
    for (int i = 0; i < t->n; i++) {
        char *lab = tj_ticks_label(t, i, mag);
        TjTextExtents e;
        tj_measure(c->m, lab, &c->tick_font, &e);
        w = MAX(w, e.width);
        g_free(lab);
    }
    return w;
}

static void
draw_target(TjBarCtx *c, double x0, double x1, const TjLinearScale *ys, gboolean horiz)
{
    double t = c->spec->target;
    if (!isfinite(t))
        return;
    char *lab = tj__bar_target_label(c);
    TjFontStyle f = c->tick_font;
    if (horiz) {
        double x = tj_scale_linear_map(ys, t);
        tj__bar_target_line(c, FALSE, x, x0, x1);
        tj_lay_text(c->s, c->m, "target.label", x, x0 - 4, lab, &f, c->th->target,
                    TJ_ANCHOR_MIDDLE, NULL);
    } else {
        /* the label stands in the margin kept for it, right of the line */
        double y = tj_scale_linear_map(ys, t);
        tj__bar_target_line(c, TRUE, y, x0, x1);
        tj_lay_text_mid(c->s, c->m, "target.label", x1 + 6, y, lab, &f, c->th->target,
                        TJ_ANCHOR_START);
    }
    g_free(lab);
}

static void
vertical(TjBarCtx *c)
{
    const TjChartData *d = c->d;
    TjRect plot = c->plot;
    int m_ticks = CLAMP((int)(plot.h / 70), 3, 7);
    TjTicks t;
    tj_ticks_extended(c->lo, c->hi, m_ticks, &t);
    TjMagnitude mag = TJ_MAG_NONE;
    double aw = tick_label_width(c, &t, mag) + 10;

    double tw = 0;
    if (isfinite(c->spec->target)) {
        char *lab = tj__bar_target_label(c);
        TjTextExtents te;
        tj_measure(c->m, lab, &c->tick_font, &te);
        tw = te.width + 6;
        g_free(lab);
    }
    TjBandScale xs;
    double pin = d->n_series > 1 && !c->spec->stacked ? 0.25 : 0.4;
    double left = plot.x + aw;
    tj_scale_band_init(&xs, d->n_cat, left, plot.x + plot.w - tw, pin, pin / 2);
    TjBarCatFit fit;
    if (!tj__bar_wrap_categories(c, xs.step, plot.h * 0.35, &fit)) {
        /* too many names for their width: whole names slanted (or upright)
         * when that leaves the bars most of the height and names every
         * bar, else horizontal bars */
        tj__bar_rotate_fit(c, xs.step, &fit);
        double over = tj__bar_rotated_overhang(c, &xs, &fit, 0);
        if (over > 0) {  /* the first labels would leave the chart */
            tj_scale_band_init(&xs, d->n_cat, left + over, plot.x + plot.w - tw, pin, pin / 2);
            for (guint i = 0; i < d->n_cat; i++)
                g_ptr_array_unref(fit.lines[i]);
            tj__bar_rotate_fit(c, xs.step, &fit);
        }
        if (fit.every > 1 || fit.height > plot.h * 0.45 || tj__bar_rows_hold_labels(c)) {
            tj__bar_cat_fit_free(&fit, d->n_cat);
            c->label_font = tj_font(c->th->size_label, FALSE);
            tj__bar_horizontal(c);
            return;
        }
    }

    TjTextExtents ve;
    tj_measure(c->m, "0", &c->value_font, &ve);
    double top = plot.y + (c->hi > 0 && c->spec->value_labels ? ve.height + 6 : ve.height / 2);
    double bottom = plot.y + plot.h - fit.height - 10;
    if (c->lo < 0 && c->spec->value_labels)
        bottom -= ve.height + 4;
    TjTextExtents te;
    tj_measure(c->m, "0", &c->tick_font, &te);
    if (bottom - top < 2 * te.height) {
        /* the names' band leaves no value axis (a wide, short box):
         * horizontal bars, whose names stand beside them, or the density
         * error when their rows are too low too */
        tj__bar_cat_fit_free(&fit, d->n_cat);
        c->label_font = tj_font(c->th->size_label, FALSE);
        tj__bar_horizontal(c);
        return;
    }
    /* fewer ticks when their labels would stand closer than 1.3 lines
     * (the label width measured for more ticks still holds) */
    tj_ticks_fitting(c->lo, c->hi, m_ticks, bottom - top, c->tick_font.size * 1.3, &t);
    TjLinearScale ys = { t.lo, t.hi, bottom, top };

    draw_grid(c, &t, &ys, xs.r0, xs.r1, mag);
    tj__bar_columns(c, &xs, &ys);
    draw_target(c, xs.r0, xs.r1, &ys, FALSE);
    double yl = MAX(tj_scale_linear_map(&ys, t.lo), tj_scale_linear_map(&ys, 0)) + 8;
    if (c->lo < 0 && c->spec->value_labels)
        yl += ve.height + 4;
    tj__bar_draw_categories(c, &xs, yl, &fit);
    tj__bar_cat_fit_free(&fit, d->n_cat);
}

static gboolean
prepare(TjBarCtx *c, GError **error)
{
    const TjChartData *d = c->d;
    const TjSrcLoc *loc = c->spec->loc.file ? &c->spec->loc : NULL;
    const TjBarSpec *sp = c->spec;
    if (!tj_text_check_lengths(loc, error, _("bar chart: title"), sp->title, _("bar chart: subtitle"),
                               sp->subtitle, _("bar chart: source"), sp->source, _("bar chart: unit"),
                               sp->unit, _("bar chart: highlight"), sp->highlight,
                               _("bar chart: target label"), sp->target_label, NULL) ||
        !tj_lay_check_box(_("bar chart"), sp->width, sp->height, TJ_LAY_MIN_CHART_W,
                          sp->in_panel ? TJ_BAR_MIN_PANEL_H : TJ_LAY_MIN_CHART_H, loc, error) ||
        !tj_chart_data_check(d, loc, error) ||
        !tj_value_check(sp->target, _("bar chart: target"), loc, error) ||
        !tj_chart_data_check_density(d, _("bar chart"),
                                     (sp->horizontal ? sp->height : sp->width) - BAR_ROOM_FRAME,
                                     sp->horizontal ? BAR_MIN_ROW : BAR_MIN_SLOT,
                                     sp->stacked ? 1 : d->n_series, c->th->n_series, loc, error))
        return FALSE;
    if (d->n_cat == 0 || !tj_chart_data_range(d, c->spec->stacked, &c->lo, &c->hi)) {
        tj_error_set_at(error, TJ_ERROR_INPUT, loc,
                        _("bar chart: nothing to draw (no value is a number)"));
        return FALSE;
    }
    c->lo = MIN(c->lo, 0);
    c->hi = MAX(c->hi, 0);
    if (isfinite(c->spec->target)) {
        c->lo = MIN(c->lo, c->spec->target);
        c->hi = MAX(c->hi, c->spec->target);
    }
    c->highlight = -1;
    if (c->spec->highlight) {
        for (guint i = 0; i < d->n_cat; i++)
            if (strcmp(d->categories[i], c->spec->highlight) == 0)
                c->highlight = (int)i;
        if (c->highlight < 0) {
            char *near = tj_suggest(c->spec->highlight, (const char *const *)d->categories, d->n_cat);
            tj_error_set_at(error, TJ_ERROR_INPUT, loc,
                            _("highlight: no category “%s”%s%s%s"), c->spec->highlight,
                            near ? _("; did you mean “") : "", near ? near : "", near ? _("”?") : "");
            g_free(near);
            return FALSE;
        }
    }
    return TRUE;
}

gboolean
tj_layout_bar(TjScene *s, const TjChartData *d, const TjBarSpec *spec,
              const TjTheme *th, const TjMeasurer *m, GError **error)
{
    TjBarSpec shown = *spec;   /* the target in the axis's units (万元 → 亿元) */
    if (!spec->target_text)   /* else bound in shown units already */
        shown.target = tj_chart_data_to_display(d, spec->target);
    TjBarCtx c = { .s = s, .d = d, .spec = &shown, .th = th, .m = m };
    if (!prepare(&c, error))
        return FALSE;
    c.label_font = tj_font(th->size_label, FALSE);
    c.value_font = tj_font(th->size_label, TRUE);
    c.tick_font = tj_font(th->size_note, FALSE);

    const char *names[TJ_THEME_MAX_SERIES * 4];
    TjColor colors[TJ_THEME_MAX_SERIES * 4];
    guint n = MIN(d->n_series, G_N_ELEMENTS(names));
    for (guint k = 0; k < n; k++) {
        names[k] = d->series[k].name;
        colors[k] = th->series[k % th->n_series];
    }
    char *unit = tj_chart_data_unit_shown(d, spec->unit);
    TjFrame f = { .width = spec->width, .height = spec->height, .title = spec->title,
                  .subtitle = spec->subtitle, .source = spec->source,
                  .unit = unit, .n_legend = n,
                  .legend = names, .legend_colors = colors, .legend_shape = TJ_LEGEND_BOX };
    guint from = tj_scene_n_items(s), warned = tj_diag_list_n(tj_scene_diags(s));
    tj_scene_group_begin(s, "chart.bar", spec->title);
    c.plot = tj_frame_layout(s, m, th, &f);
    if (spec->horizontal)
        tj__bar_horizontal(&c);
    else
        vertical(&c);
    tj_scene_group_end(s);
    g_free(unit);
    if (c.dense_room > 0) {   /* names over names: no, the density error */
        tj_scene_truncate(s, from);
        tj_scene_drop_warnings(s, warned);   /* of the drawing refused */
        return tj_chart_data_check_density(d, _("bar chart"), c.dense_room, c.dense_item, 1, 0,
                                           spec->loc.file ? &spec->loc : NULL, error);
    }
    return TRUE;
}
