/* layouts/trend.c — the trend chart. Order of work: frame → x positions
 * (years and dates on a true time axis, other labels evenly spaced) → nice
 * y ticks over the data and zero (the axis always includes zero, so a small
 * change is drawn small and an area fills to zero) → gridlines → x labels
 * thinned so none overlap → per series: LTTB thinning, solid path through
 * actual values (gaps where missing), dashed path into projected points,
 * markers → value labels by priority (last, extremes, the rest), each
 * placed above or below its point only where it collides with nothing
 * placed before → direct end labels for several series, pushed apart
 * (a legend instead when they would not fit beside the plot).
 * The axes are drawn by trend-axes.c, the labels placed by trend-labels.c,
 * a continuous x axis and thinning by trend-x.c (trend-private.h). */
#include "layouts/trend.h"
#include "layouts/trend-private.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "core/format.h"
#include "layouts/common.h"
#include "layouts/frame.h"
#include "layouts/kpi.h"
#include "layouts/polarity.h"
#include "layouts/scale.h"
#include "layouts/text.h"
#include "layouts/ticks.h"
#include "core/i18n.h"

void
tj_trend_spec_init(TjTrendSpec *spec)
{
    memset(spec, 0, sizeof *spec);
    spec->width = 800;
    spec->height = 500;
    spec->first_projected = G_MAXUINT;
}

/* "2020", "2020年" → 2020; "2020-03-01" → years as a fraction. */
static gboolean
parse_when(const char *text, double *out)
{
    int y, mo, d;
    char tail[8];
    if (sscanf(text, "%4d-%2d-%2d%1s", &y, &mo, &d, tail) == 3 && g_date_valid_dmy(d, mo, y)) {
        GDate *g = g_date_new_dmy(d, mo, y);
        *out = y + (g_date_get_day_of_year(g) - 1) / (g_date_is_leap_year(y) ? 366.0 : 365.0);
        g_date_free(g);
        return TRUE;
    }
    char *end = NULL;
    gint64 v = g_ascii_strtoll(text, &end, 10);
    if (end == text + 4 && (strcmp(end, "") == 0 || strcmp(end, "年") == 0) && v > 0) {
        *out = (double)v;
        return TRUE;
    }
    return FALSE;
}

gboolean
tj_trend_category_positions(const TjChartData *d, double *pos)
{
    for (guint i = 0; i < d->n_cat; i++)
        if (!parse_when(d->categories[i], &pos[i]) || (i > 0 && pos[i] <= pos[i - 1])) {
            for (guint k = 0; k < d->n_cat; k++)
                pos[k] = k;
            return FALSE;
        }
    return TRUE;
}

/* ---- lines --------------------------------------------------------------- */

TjColor
tj__trend_series_color(const TjTrendCtx *t, guint k)
{
    return t->th->series[k % t->th->n_series];
}

/* Indices of the points to draw: all, or per pixel column (half a px:
 * a device pixel at scale 2) the first, lowest, highest and last of each
 * finite run, so the line looks as if every point were drawn. */
static void
thin(TjTrendCtx *t, const double *v)
{
    const TjChartData *d = t->d;
    guint cols = t->spec->max_points ? MAX(1, t->spec->max_points / 4)
                                     : (guint)MAX(8, ceil(fabs(t->xs.r1 - t->xs.r0) * 2));
    gboolean all = d->n_cat <= (t->spec->max_points ? t->spec->max_points : 2 * cols);
    t->n_keep = 0;
    guint i = 0;
    while (i < d->n_cat) {
        if (!isfinite(v[i])) {
            t->keep[t->n_keep++] = i++;  /* a gap marker */
            continue;
        }
        guint j = i;
        while (j < d->n_cat && isfinite(v[j]))
            j++;
        if (all) {
            for (guint k = i; k < j; k++)
                t->keep[t->n_keep++] = k;
        } else {
            t->n_keep += tj__trend_decimate(t->xpos, v, i, j, &t->xs, cols, t->keep + t->n_keep);
        }
        i = j;
    }
}

/* A projected point written as a ceiling or floor ("不超过4%"): a limit,
 * drawn as a bar across its x, not a point the line plans to reach. */
static gboolean
is_limit(const TjTrendCtx *t, guint i)
{
    TjNumber n;
    const char *lab = t->se ? t->se->labels[i] : NULL;
    return i >= t->spec->first_projected && lab
           && tj_number_parse(lab, &n, NULL) == TJ_NUM_VALUE
           && tj_number_limit(&n) != TJ_LIMIT_NONE;
}

static gboolean
estimated(const TjTrendCtx *t, guint i)
{
    return t->spec->estimated && t->spec->estimated[i];
}

/* The line through the kept points, in runs of the segments that are
 * @dashed (into a projected point, or touching an estimated one) or not. */
static void
line_runs(TjTrendCtx *t, const double *v, const TjPaint *p, gboolean dashed)
{
    guint fp = t->spec->first_projected, prev = G_MAXUINT;
    gboolean open = FALSE;
    double px = 0, py = 0;
    for (guint q = 0; q < t->n_keep; q++) {
        guint i = t->keep[q];
        if (!isfinite(v[i]) || is_limit(t, i)) {
            open = FALSE;
            prev = G_MAXUINT;
            continue;
        }
        double x = tj_scale_linear_map(&t->xs, t->xpos[i]), y = tj_scale_linear_map(&t->ys, v[i]);
        gboolean seg_dashed = prev != G_MAXUINT &&
                              (i >= fp || estimated(t, prev) || estimated(t, i));
        if (prev != G_MAXUINT && seg_dashed == dashed) {
            if (!open) {
                tj_scene_path_begin(t->s, dashed ? "trend.projected" : "trend.line", p);
                tj_scene_path_move(t->s, px, py);
                open = TRUE;
            }
            tj_scene_path_line(t->s, x, y);
            double seg[4] = { px, py, x, y };
            g_array_append_vals(t->segs, seg, 4);
        } else {
            open = FALSE;
        }
        prev = i;
        px = x;
        py = y;
    }
}

static void
line_path(TjTrendCtx *t, const double *v, TjColor col, gboolean projected, gboolean area)
{
    guint fp = t->spec->first_projected;
    /* more points than pixel columns: a thinner pen, so the peaks read */
    TjPaint p = tj_paint_stroke(col, t->d->n_cat > fabs(t->xs.r1 - t->xs.r0) ? 1.5 : 3);
    p.cap = TJ_CAP_ROUND;
    if (projected) {
        p.dash_on = 8;
        p.dash_off = 6;
        p.cap = TJ_CAP_BUTT;
    }
    if (!area) {
        line_runs(t, v, &p, projected);
        return;
    }
    p = tj_paint_fill(tj_color_mix(t->th->background, col, 0.12));
    gboolean open = FALSE;
    double first_x = 0, last_x = 0;
    double y0 = tj_scale_linear_map(&t->ys, 0);   /* an area fills to zero */
    for (guint q = 0; q < t->n_keep; q++) {
        guint i = t->keep[q];
        gboolean in = projected ? (i + 1 >= fp) : (i < fp);
        if (!isfinite(v[i]) || !in || is_limit(t, i)) {
            if (open) {
                tj_scene_path_line(t->s, last_x, y0);
                tj_scene_path_line(t->s, first_x, y0);
                tj_scene_path_close(t->s);
            }
            open = FALSE;
            continue;
        }
        double x = tj_scale_linear_map(&t->xs, t->xpos[i]), y = tj_scale_linear_map(&t->ys, v[i]);
        if (!open) {
            tj_scene_path_begin(t->s, "trend.area", &p);
            tj_scene_path_move(t->s, x, y);
            open = TRUE;
            first_x = x;
        } else {
            tj_scene_path_line(t->s, x, y);
        }
        last_x = x;
    }
    if (open) {
        tj_scene_path_line(t->s, last_x, y0);
        tj_scene_path_line(t->s, first_x, y0);
        tj_scene_path_close(t->s);
    }
}

static void
markers(TjTrendCtx *t, const double *v, TjColor col, guint hl_a, guint hl_b)
{
    gboolean few = t->n_keep <= 40;
    for (guint q = 0; q < t->n_keep; q++) {
        guint i = t->keep[q];
        gboolean hl = i == hl_a || i == hl_b;
        if (!isfinite(v[i]) || (!few && !hl))
            continue;
        gboolean proj = i >= t->spec->first_projected || estimated(t, i);
        double x = tj_scale_linear_map(&t->xs, t->xpos[i]), y = tj_scale_linear_map(&t->ys, v[i]);
        if (is_limit(t, i)) {   /* a bar across x at the limit, no point */
            TjPaint lp = tj_paint_stroke(col, 3);
            lp.cap = TJ_CAP_BUTT;
            tj_scene_line(t->s, "trend.limit", x - 14, y, x + 14, y, &lp);
            tj__trend_place(t, (TjRect){ x - 15, y - 3, 30, 6 });
            continue;
        }
        double r = hl ? 6 : 4;
        TjColor c = t->polar && i == t->polar_index ? t->polar_color : col;
        TjPaint p = tj_paint_stroke(c, 2);
        p.fill = proj ? t->th->background : hl ? c : t->th->background;
        if (proj) {
            p.dash_on = 3;
            p.dash_off = 2;
        }
        tj_scene_arc(t->s, proj ? "trend.marker.projected" : hl ? "trend.marker.highlight"
                                                                 : "trend.marker",
                     x, y, r, 0, 2 * G_PI, &p);
        tj__trend_place(t, (TjRect){ x - r - 1, y - r - 1, 2 * r + 2, 2 * r + 2 });
    }
}

/* ---- the whole chart ---------------------------------------------------- */

/* With better: higher/lower (given, or inferred from the series' name or
 * the title) and one series, the last actual point and its label take the
 * colour of its change from the actual point before (theme good/bad);
 * unmarked, the series' own colour (neutral). */
static void
polarity(TjTrendCtx *t)
{
    const TjChartData *d = t->d;
    t->polar = FALSE;
    if (d->n_series != 1)
        return;
    TjBetter better = tj_better_resolve(t->spec->better, d->series[0].name, t->spec->title);
    if (better == TJ_BETTER_NONE)
        return;
    const double *v = d->series[0].values;
    guint n = MIN(d->n_cat, t->spec->first_projected);
    int last = -1, prev = -1;
    for (guint i = 0; i < n; i++)
        if (isfinite(v[i])) {
            prev = last;
            last = (int)i;
        }
    if (prev < 0 || v[last] == v[prev])
        return;
    t->polar = TRUE;
    t->polar_index = (guint)last;
    t->polar_color = tj_kpi_change_color(t->th, v[last] - v[prev], better);
}

/* Whether the plot left under the title, unit and legend holds a y axis
 * of two tick labels with the values' margins (as draw() lays it out);
 * else an error: a short wide box would draw its axis over the title. */
static gboolean
plot_room(const TjTrendCtx *t, GError **error)
{
    TjTextExtents le, ve;
    tj_measure(t->m, "国", &t->tick_font, &le);
    tj_measure(t->m, "0", &t->value_font, &ve);
    double axis = t->plot.h - le.height - 8 - 2 * ve.height - 22;
    if (axis >= 0)
        return TRUE;
    tj_error_set_at(error, TJ_ERROR_INPUT, t->spec->loc.file ? &t->spec->loc : NULL,
                    _("trend: %.0f × %.0f px leaves no room for the plot under the title, "
                      "unit and legend; make it taller"), t->spec->width, t->spec->height);
    return FALSE;
}

static double
widest_value(const TjTrendCtx *t)
{
    double w = 0;
    for (guint k = 0; k < t->d->n_series; k++)
        for (guint i = 0; i < t->d->n_cat; i += MAX(1, t->d->n_cat / 64))
            if (t->d->series[k].labels[i]) {
                TjTextExtents e;
                tj_measure(t->m, t->d->series[k].labels[i], &t->value_font, &e);
                w = MAX(w, e.width);
            }
    return w;
}

static void
draw(TjTrendCtx *t, double lo, double hi)
{
    const TjChartData *d = t->d;
    TjRect plot = t->plot;
    TjTextExtents le, ve;
    tj_measure(t->m, "国", &t->tick_font, &le);
    tj_measure(t->m, "0", &t->value_font, &ve);
    /* the y axis's length (as t->ys below): labels at least 1.3 lines apart */
    double axis = plot.h - le.height - 8 - 2 * ve.height - 22;
    TjTicks tk;
    tj_ticks_fitting(lo, hi, CLAMP((int)(plot.h / 70), 3, 6), axis, t->tick_font.size * 1.3,
                     &tk);
    double aw = 0;
    for (int i = 0; i < tk.n; i++) {
        char *lab = tj_ticks_label(&tk, i, TJ_MAG_NONE);
        TjTextExtents e;
        tj_measure(t->m, lab, &t->tick_font, &e);
        aw = MAX(aw, e.width);
        g_free(lab);
    }
    double right = d->n_series > 1 && !t->legend ? tj__trend_ends_width(t) : 0;
    double inset = MAX(widest_value(t) / 2 + 4, 16);
    double x0 = plot.x + aw + 10, x1 = plot.x + plot.w - right;
    double xmin = t->xpos[0], xmax = t->xpos[d->n_cat - 1];
    if (xmin == xmax) { xmin -= 1; xmax += 1; }
    t->xs = (TjLinearScale){ xmin, xmax, x0 + inset, x1 - inset };
    double bottom = plot.y + plot.h - le.height - 8;
    t->ys = (TjLinearScale){ tk.lo, tk.hi, bottom - ve.height - 10, plot.y + ve.height + 12 };
    tj__trend_y_axis(t, &tk, x0, x1);
    if (tj__trend_x_continuous(d))
        tj__trend_x_ticks(t->s, t->m, t->th, d, &t->xs, bottom + 6, t->spec->width, t->placed);
    else
        tj__trend_x_axis(t, bottom + 6);

    gboolean area = t->spec->area && d->n_series == 1;
    polarity(t);
    for (guint k = 0; k < d->n_series; k++) {
        const double *v = d->series[k].values;
        t->se = &d->series[k];
        thin(t, v);
        if (area)
            line_path(t, v, tj__trend_series_color(t, k), FALSE, TRUE);
        line_path(t, v, tj__trend_series_color(t, k), FALSE, FALSE);
        line_path(t, v, tj__trend_series_color(t, k), TRUE, FALSE);
        guint last = tj__trend_last_finite(v, d->n_cat), imax, imin;
        tj__trend_extremes(v, d->n_cat, &imax, &imin);
        guint ha = t->spec->highlight == TJ_TREND_HL_LAST ? last :
                   t->spec->highlight == TJ_TREND_HL_EXTREMES ? imax : G_MAXUINT;
        guint hb = t->spec->highlight == TJ_TREND_HL_EXTREMES ? imin : G_MAXUINT;
        markers(t, v, tj__trend_series_color(t, k), ha, hb);
    }
    if (d->n_series > 1 && !t->legend)   /* the names first: values keep off them */
        tj__trend_end_labels(t);
    for (guint k = 0; k < d->n_series; k++) {
        const double *v = d->series[k].values;
        thin(t, v);
        guint imax, imin;
        tj__trend_extremes(v, d->n_cat, &imax, &imin);
        tj__trend_value_labels(t, &d->series[k], tj__trend_last_finite(v, d->n_cat), imax, imin);
    }
    tj_lay_warn_dropped(t->s, _("trend"), t->dropped);
}

gboolean
tj_layout_trend(TjScene *s, const TjChartData *d, const TjTrendSpec *spec,
                const TjTheme *th, const TjMeasurer *m, GError **error)
{
    double lo, hi;
    if (!tj_text_check_lengths(spec->loc.file ? &spec->loc : NULL, error, _("trend: title"),
                               spec->title, _("trend: subtitle"), spec->subtitle, _("trend: source"),
                               spec->source, _("trend: unit"), spec->unit, NULL) ||
        !tj_lay_check_box(_("trend"), spec->width, spec->height, TJ_LAY_MIN_CHART_W,
                          TJ_LAY_MIN_CHART_H, spec->loc.file ? &spec->loc : NULL, error) ||
        !tj_chart_data_check(d, spec->loc.file ? &spec->loc : NULL, error) ||
        !tj_chart_data_check_density(d, _("trend"), 0, 0, 1, th->n_series,
                                     spec->loc.file ? &spec->loc : NULL, error))
        return FALSE;
    if (d->n_cat == 0 || !tj_chart_data_range(d, FALSE, &lo, &hi)) {
        tj_error_set_at(error, TJ_ERROR_INPUT, spec->loc.file ? &spec->loc : NULL,
                        _("trend: nothing to draw (no value is a number)"));
        return FALSE;
    }
    /* the value axis includes zero (docs/spec.md, "trend"): a 9 % fall of
     * PM2.5 from 44 to 40 is not drawn from the top of the chart to its
     * foot, and an area fills down to zero */
    lo = MIN(lo, 0);
    hi = MAX(hi, 0);
    TjTrendCtx t = { .s = s, .d = d, .spec = spec, .th = th, .m = m };
    t.tick_font = tj_font(th->size_note, FALSE);
    t.value_font = tj_font(th->size_note, FALSE);
    t.placed = g_array_new(FALSE, FALSE, sizeof(TjRect));
    t.segs = g_array_new(FALSE, FALSE, sizeof(double));
    t.dropped = g_ptr_array_new();
    t.xpos = g_new(double, d->n_cat);
    t.keep = g_new(guint, d->n_cat);
    tj__trend_x_positions(d, t.xpos);

    const char *names[TJ_THEME_MAX_SERIES * 4];
    TjColor colors[TJ_THEME_MAX_SERIES * 4];
    guint n = MIN(d->n_series, G_N_ELEMENTS(names));
    for (guint k = 0; k < n; k++) {
        names[k] = d->series[k].name;
        colors[k] = tj__trend_series_color(&t, k);
    }
    char *unit = tj_chart_data_unit_shown(d, spec->unit);
    TjFrame f = { .width = spec->width, .height = spec->height, .title = spec->title,
                  .subtitle = spec->subtitle, .source = spec->source,
                  /* several lines carry their names at their ends: no
                   * legend unless they do not fit there */
                  .unit = unit, .n_legend = 0, .legend = names,
                  .legend_colors = colors, .legend_shape = TJ_LEGEND_LINE };
    tj_scene_group_begin(s, "chart.trend", spec->title);
    guint mark = tj_scene_n_items(s);
    t.plot = tj_frame_layout(s, m, th, &f);
    if (d->n_series > 1 && !tj__trend_ends_fit(&t)) {   /* the legend names them */
        tj_scene_truncate(s, mark);
        f.n_legend = n;
        t.legend = TRUE;
        t.plot = tj_frame_layout(s, m, th, &f);
    }
    for (guint i = mark; i < tj_scene_n_items(s); i++)
        if (tj_scene_item(s, i)->kind == TJ_ITEM_TEXT)
            tj__trend_place(&t, tj_scene_text_box(tj_scene_item(s, i)));
    gboolean ok = plot_room(&t, error);
    if (ok)
        draw(&t, lo, hi);
    else
        tj_scene_truncate(s, mark);
    tj_scene_group_end(s);
    g_free(unit);
    g_array_free(t.placed, TRUE);
    g_array_free(t.segs, TRUE);
    g_ptr_array_free(t.dropped, TRUE);
    g_free(t.xpos);
    g_free(t.keep);
    return ok;
}
