/* layouts/bar.c — the vertical bar chart, and what both orientations share.
 * Order of work: frame (title, unit, legend, source) → value range and nice
 * ticks → category labels fitted to the band (bar-categories.c: one line,
 * balanced wrap, rotation, then shortening) → bars, zero line, value labels, target.
 * Value labels that would collide are made smaller, then left out (the axis
 * still reads); category labels never overlap. */
#include "layouts/bar-private.h"

#include <math.h>
#include <string.h>

#include "layouts/frame.h"
#include "layouts/scale.h"
#include "layouts/text.h"
#include "layouts/ticks.h"
#include "core/i18n.h"

#define MAX_BAR_WIDTH 72.0
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

/* ---- bars and their labels -------------------------------------------- */

static void
bar_geometry(const TjBarCtx *c, const TjBandScale *xs, guint k, guint i,
             double *x, double *w)
{
    double band = MIN(xs->bandwidth, MAX_BAR_WIDTH * (c->spec->stacked ? 1 : c->d->n_series));
    double left = tj_scale_band_center(xs, i) - band / 2;
    if (c->spec->stacked || c->d->n_series == 1) {
        *x = left;
        *w = band;
        return;
    }
    double sub = band / c->d->n_series;
    *x = left + k * sub + sub * 0.06;
    *w = sub * 0.88;
}

static void
value_label(TjBarCtx *c, double cx, double yend, gboolean up, const char *text,
            gboolean bold, const TjFontStyle *base)
{
    TjFontStyle f = *base;
    f.bold = bold || f.bold;
    TjTextExtents e;
    tj_measure(c->m, text, &f, &e);
    double y = up ? yend - 6 - (e.height - e.ascent) : yend + 4 + e.ascent;
    tj_scene_text(c->s, "bar.value", cx, y, text, &f, c->th->text, TJ_ANCHOR_MIDDLE, 0, &e);
}

static void
draw_bars(TjBarCtx *c, const TjBandScale *xs, const TjLinearScale *ys,
          const TjFontStyle *vfont, gboolean labels)
{
    const TjChartData *d = c->d;
    double y0 = tj_scale_linear_map(ys, 0);
    for (guint i = 0; i < d->n_cat; i++) {
        double pos = 0, neg = 0;
        for (guint k = 0; k < d->n_series; k++) {
            double v = d->series[k].values[i];
            if (!isfinite(v))
                continue;
            double base = c->spec->stacked ? (v >= 0 ? pos : neg) : 0;
            double x, w;
            bar_geometry(c, xs, k, i, &x, &w);
            double ya = tj_scale_linear_map(ys, base), yb = tj_scale_linear_map(ys, base + v);
            TjRect r = { x, MIN(ya, yb), w, fabs(yb - ya) };
            tj__bar_draw(c, k, i, &r, base + v >= base ? TJ_BAR_END_TOP : TJ_BAR_END_BOTTOM);
            if (c->spec->stacked) {
                if (labels)   /* each part carries its own figure */
                    tj__bar_part_label(c, k, i, &r, vfont);
                if (v >= 0) pos += v; else neg += v;
                continue;
            }
            char *lab = labels ? tj__bar_value_label(c, k, i) : NULL;
            if (lab)
                value_label(c, x + w / 2, yb, v >= 0, lab, (int)i == c->highlight, vfont);
            g_free(lab);
        }
        if (c->spec->stacked && labels && (pos > 0 || neg < 0) && !tj__bar_shares(c)) {
            double x, w;
            bar_geometry(c, xs, 0, i, &x, &w);
            double total = pos + neg;
            char *lab = tj_format_decimal(total, d->series[0].decimals);
            double yend = tj_scale_linear_map(ys, total >= 0 ? pos : neg);
            value_label(c, x + w / 2, yend, total >= 0, lab, FALSE, vfont);
            g_free(lab);
        }
    }
    TjPaint zero = tj_paint_stroke(c->th->axis, 1);
    double yz = round(y0) + 0.5;
    tj_scene_line(c->s, "axis.zero", xs->r0, yz, xs->r1, yz, &zero);
}

/* TRUE when @r touches no text and no bar drawn from item @from on (a
 * text wholly inside a bar is its own part label, not in the way), and lies
 * in the chart. */
static gboolean
label_clear(const TjBarCtx *c, guint from, const TjRect *r, double ymax)
{
    if (!tj_rect_contains(&(TjRect){ 0, c->plot.y, c->spec->width, ymax - c->plot.y }, r, 0))
        return FALSE;
    for (guint j = from; j < tj_scene_n_items(c->s); j++) {
        const TjItem *b = tj_scene_item(c->s, j);
        TjRect rb;
        if (b->kind == TJ_ITEM_TEXT)
            rb = tj_scene_text_box(b);
        else if (b->kind == TJ_ITEM_RECT || (b->kind == TJ_ITEM_PATH &&
                                             g_str_has_prefix(b->role, "bar")))
            rb = tj_scene_item_box(c->s, b);   /* bars, targets, limits */
        else
            continue;
        if (tj_rect_overlaps(r, &rb, 0.5))
            return FALSE;
    }
    return TRUE;
}

/* The index of the group that item @i belongs to (its chart), or 0. */
static guint
chart_start(const TjScene *s, guint i)
{
    int depth = 0;
    while (i-- > 0) {
        const TjItem *it = tj_scene_item(s, i);
        if (it->kind == TJ_ITEM_GROUP_END)
            depth++;
        else if (it->kind == TJ_ITEM_GROUP && depth-- == 0)
            return i;
    }
    return 0;
}

/* Grouped bars whose labels do not all fit: each label where it touches
 * nothing — over its bar's centre, else flush with the bar's right or left
 * edge (off a taller neighbour) — and the categories of those that find no
 * place named in @dropped. */
static void
labels_one_by_one(TjBarCtx *c, const TjBandScale *xs, const TjLinearScale *ys,
                  const TjFontStyle *vfont, guint from, GPtrArray *dropped)
{
    const TjChartData *d = c->d;
    guint start = chart_start(c->s, from);
    /* under the axis no lower than its own room above the category names */
    TjTextExtents ve;
    tj_measure(c->m, "0", &c->value_font, &ve);
    double ymax = ys->r0 + (c->lo < 0 ? ve.height + 4 : 0) + 4;
    for (guint i = 0; i < d->n_cat; i++) {
        gboolean lost = FALSE;
        for (guint k = 0; k < d->n_series; k++) {
            double v = d->series[k].values[i];
            char *lab = isfinite(v) ? tj__bar_value_label(c, k, i) : NULL;
            if (!lab)
                continue;
            double x, w;
            bar_geometry(c, xs, k, i, &x, &w);
            double yb = tj_scale_linear_map(ys, v);
            TjFontStyle f = *vfont;
            f.bold = f.bold || (int)i == c->highlight;
            TjTextExtents e;
            tj_measure(c->m, lab, &f, &e);
            double top = v >= 0 ? yb - 6 - e.height : yb + 4;
            double lefts[3] = { x + w / 2 - e.width / 2, x + w - e.width, x };
            gboolean placed = FALSE;
            for (int p = 0; p < 3 && !placed; p++) {
                TjRect r = { lefts[p], top, e.width, e.height };
                if (!label_clear(c, start, &r, ymax))
                    continue;
                tj_scene_text(c->s, "bar.value", lefts[p] + e.width / 2, top + e.ascent, lab, &f,
                              c->th->text, TJ_ANCHOR_MIDDLE, 0, &e);
                placed = TRUE;
            }
            lost = lost || !placed;
            g_free(lab);
        }
        if (lost)
            g_ptr_array_add(dropped, d->categories[i]);
    }
}

/* TRUE when a text drawn from item @mark on meets one drawn before it
 * since item @start (tick labels, the legend, the unit). */
static gboolean
meets_earlier_texts(const TjScene *s, guint start, guint mark)
{
    for (guint i = mark; i < tj_scene_n_items(s); i++) {
        const TjItem *a = tj_scene_item(s, i);
        if (a->kind != TJ_ITEM_TEXT)
            continue;
        TjRect ra = tj_scene_text_box(a);
        for (guint j = start; j < mark; j++) {
            const TjItem *b = tj_scene_item(s, j);
            if (b->kind != TJ_ITEM_TEXT)
                continue;
            TjRect rb = tj_scene_text_box(b);
            if (tj_rect_overlaps(&ra, &rb, 0.5))
                return TRUE;
        }
    }
    return FALSE;
}

/* Bars with value labels; when labels collide (with each other, the bars
 * or the texts around the plot), smaller, then (grouped bars) one by one
 * where each fits, then none. */
static void
bars_with_labels(TjBarCtx *c, const TjBandScale *xs, const TjLinearScale *ys)
{
    TjFontStyle sizes[2] = { c->value_font, c->value_font };
    sizes[1].size = MAX(c->th->size_note, c->value_font.size - 4);
    guint mark = tj_scene_n_items(c->s);
    if (!c->spec->value_labels) {
        draw_bars(c, xs, ys, &sizes[0], FALSE);
        return;
    }
    for (int k = 0; k < 2; k++) {
        draw_bars(c, xs, ys, &sizes[k], TRUE);
        if (!tj_lay_texts_overlap(c->s, mark) && !tj_lay_texts_meet_rects(c->s, mark) &&
            !meets_earlier_texts(c->s, chart_start(c->s, mark), mark))
            return;
        tj_scene_truncate(c->s, mark);
    }
    draw_bars(c, xs, ys, &sizes[0], FALSE);
    GPtrArray *names = g_ptr_array_new();
    if (!c->spec->stacked && c->d->n_series > 1) {
        labels_one_by_one(c, xs, ys, &sizes[1], mark, names);
    } else {
        for (guint i = 0; i < c->d->n_cat; i++)
            g_ptr_array_add(names, c->d->categories[i]);
    }
    /* the axis reads them: said, not silent */
    if (names->len > 0)
        tj_lay_warn_dropped(c->s, _("bar chart"), names);
    g_ptr_array_free(names, TRUE);
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
    bars_with_labels(c, &xs, &ys);
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
    guint from = tj_scene_n_items(s);
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
        return tj_chart_data_check_density(d, _("bar chart"), c.dense_room, c.dense_item, 1, 0,
                                           spec->loc.file ? &spec->loc : NULL, error);
    }
    return TRUE;
}
