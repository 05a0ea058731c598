/* layouts/rank.c — the ranking layout. Order of work: frame → order and
 * ranks → the rows shown (the first N, and the highlighted entry after a
 * rule when it ranks lower) → one row each: the rank number (the first
 * three in a filled circle), the name wrapped to two balanced lines (the
 * font made smaller when the rows are low, never cut), the bar from zero,
 * the value at its end. */
#include "layouts/rank.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/format.h"
#include "core/i18n.h"
#include "layouts/common.h"
#include "layouts/frame.h"
#include "layouts/scale.h"
#include "layouts/text.h"

#define MAX_BAR_H 36.0
#define GAP_ROW 0.6      /* the rule before a lower-ranked highlight, in rows */

void
tj_rank_spec_init(TjRankSpec *spec)
{
    memset(spec, 0, sizeof *spec);
    spec->width = 800;
    spec->height = 500;
}

typedef struct {
    const double *v;
    gboolean asc;
} Order;

static gint
by_value(gconstpointer a, gconstpointer b, gpointer data)
{
    const Order *o = data;
    guint i = *(const guint *)a, j = *(const guint *)b;
    double x = o->v[i], y = o->v[j];
    if (x != y)
        return (x < y) == o->asc ? -1 : 1;
    return i < j ? -1 : i > j;   /* ties keep the data's order */
}

guint
tj_rank_order(const TjChartData *d, gboolean ascending, guint *order, guint *ranks)
{
    const double *v = d->series[0].values;
    guint n = 0;
    for (guint i = 0; i < d->n_cat; i++)
        if (isfinite(v[i]))
            order[n++] = i;
    Order o = { v, ascending };
    g_qsort_with_data(order, (gint)n, sizeof *order, by_value, &o);
    for (guint k = 0; k < n; k++)
        ranks[k] = k > 0 && v[order[k]] == v[order[k - 1]] ? ranks[k - 1] : k + 1;
    return n;
}

typedef struct {
    TjScene *s;
    const TjChartData *d;
    const TjTheme *th;
    const TjMeasurer *m;
    TjFontStyle font, value_font, rank_font;
    int highlight;
} Rank;

static double
width_of(const Rank *r, const char *t, const TjFontStyle *f)
{
    TjTextExtents e;
    tj_measure(r->m, t, f, &e);
    return e.width;
}

static void
draw_rank(const Rank *r, guint rank, double x, double cy, double rad)
{
    char *num = g_strdup_printf("%u", rank);
    TjFontStyle f = r->rank_font;
    f.size = MIN(f.size, rad * 1.2);
    if (rank <= 3) {
        TjPaint p = tj_paint_fill(rank == 1 ? r->th->primary : r->th->primary_dark);
        if (rank == 3)
            p = tj_paint_fill(r->th->accent);
        tj_scene_arc(r->s, "rank.badge", x, cy, rad, 0, 2 * G_PI, &p);
        TjColor col = tj_color_contrast(r->th->on_primary, p.fill) >= 4.5 ? r->th->on_primary
                                                                           : r->th->text;
        tj_lay_text_mid(r->s, r->m, "rank.number", x, cy, num, &f, col, TJ_ANCHOR_MIDDLE);
    } else {
        tj_lay_text_mid(r->s, r->m, "rank.number", x, cy, num, &f, r->th->text_secondary,
                        TJ_ANCHOR_MIDDLE);
    }
    g_free(num);
}

/* Names wrapped to @limit, at most two lines a row; the font is made
 * smaller (not below 12 px) until they fit @row. Returns the widest. */
static double
fit_names(Rank *r, const guint *rows, guint n, double limit, double row, GPtrArray **lines)
{
    for (;;) {
        TjTextExtents e;
        tj_measure(r->m, "国", &r->font, &e);
        double w = 0;
        guint most = 1;
        for (guint k = 0; k < n; k++) {
            if (lines[k])
                g_ptr_array_unref(lines[k]);
            lines[k] = tj_lay_wrap_balanced(r->m, r->d->categories[rows[k]], &r->font, limit);
            most = MAX(most, lines[k]->len);
            w = MAX(w, tj_text_max_width(r->m, (const char *const *)lines[k]->pdata,
                                         lines[k]->len, &r->font));
        }
        if (most * e.height <= row * 0.95 || r->font.size <= 12)
            return MIN(w, limit);
        r->font.size = MAX(12, r->font.size - 2);
    }
}

static gboolean
find_highlight(Rank *r, const TjRankSpec *spec, const TjSrcLoc *loc, GError **error)
{
    const TjChartData *d = r->d;
    r->highlight = -1;
    if (!spec->highlight)
        return TRUE;
    for (guint i = 0; i < d->n_cat; i++)
        if (strcmp(d->categories[i], spec->highlight) == 0)
            r->highlight = (int)i;
    if (r->highlight >= 0 && isfinite(d->series[0].values[r->highlight]))
        return TRUE;
    if (r->highlight >= 0) {
        tj_error_set_at(error, TJ_ERROR_INPUT, loc,
                        _("highlight: “%s” has no value to rank"), spec->highlight);
        return FALSE;
    }
    char *near = tj_suggest(spec->highlight, (const char *const *)d->categories, d->n_cat);
    tj_error_set_at(error, TJ_ERROR_INPUT, loc, _("highlight: no category “%s”%s%s%s"),
                    spec->highlight, near ? _("; did you mean “") : "", near ? near : "",
                    near ? _("”?") : "");
    g_free(near);
    return FALSE;
}

static gboolean
prepare(Rank *r, const TjRankSpec *sp, GError **error)
{
    const TjSrcLoc *loc = sp->loc.file ? &sp->loc : NULL;
    double lo, hi;
    if (!tj_text_check_lengths(loc, error, _("ranking: title"), sp->title,
                               _("ranking: subtitle"), sp->subtitle, _("ranking: source"),
                               sp->source, _("ranking: unit"), sp->unit,
                               _("ranking: highlight"), sp->highlight, NULL) ||
        !tj_lay_check_box(_("ranking"), sp->width, sp->height, TJ_LAY_MIN_CHART_W,
                          TJ_LAY_MIN_CHART_H, loc, error) ||
        !tj_chart_data_check(r->d, loc, error))
        return FALSE;
    if (r->d->n_cat == 0 || !tj_chart_data_range(r->d, FALSE, &lo, &hi)) {
        tj_error_set_at(error, TJ_ERROR_INPUT, loc,
                        _("ranking: nothing to rank (no value is a number)"));
        return FALSE;
    }
    return find_highlight(r, sp, loc, error);
}

gboolean
tj_layout_rank(TjScene *s, const TjChartData *d, const TjRankSpec *spec, const TjTheme *th,
               const TjMeasurer *m, GError **error)
{
    Rank r = { .s = s, .d = d, .th = th, .m = m };
    if (!prepare(&r, spec, error))
        return FALSE;
    r.font = tj_font(th->size_label, FALSE);
    r.value_font = tj_font(th->size_label, TRUE);
    r.rank_font = tj_font(th->size_note, TRUE);
    guint *order = g_new0(guint, d->n_cat + 1), *ranks = g_new0(guint, d->n_cat + 1);
    guint n = tj_rank_order(d, spec->ascending, order, ranks);
    guint shown = spec->top > 0 ? MIN(spec->top, n) : n;
    int extra = -1;   /* position in @order of a highlight below the first N */
    for (guint k = shown; k < n; k++)
        if ((int)order[k] == r.highlight)
            extra = (int)k;

    TjFrame f = { .width = spec->width, .height = spec->height, .title = spec->title,
                  .subtitle = spec->subtitle, .source = spec->source,
                  .unit = spec->unit ? spec->unit : d->series[0].unit };
    tj_scene_group_begin(s, "chart.rank", spec->title);
    TjRect plot = tj_frame_layout(s, m, th, &f);
    guint n_rows = shown + (extra >= 0);
    double row = plot.h / (n_rows + (extra >= 0 ? GAP_ROW : 0));
    guint *rows = g_new0(guint, n_rows + 1), *pos = g_new0(guint, n_rows + 1);
    for (guint k = 0; k < shown; k++)
        pos[k] = k;
    if (extra >= 0)
        pos[shown] = (guint)extra;
    for (guint k = 0; k < n_rows; k++)
        rows[k] = order[pos[k]];
    GPtrArray **lines = g_new0(GPtrArray *, n_rows + 1);
    double rad = MIN(row * 0.36, 15);
    double name_x = plot.x + 2 * rad + 12;
    double nw = fit_names(&r, rows, n_rows, plot.w * 0.3, row, lines);

    TjTextExtents e;
    tj_measure(m, "国", &r.font, &e);
    for (guint k = 0; k < n_rows; k++)
        if (lines[k]->len * e.height > row + 0.5) {
            for (guint j = 0; j < n_rows; j++)
                g_ptr_array_unref(lines[j]);
            g_free(lines); g_free(rows); g_free(pos); g_free(order); g_free(ranks);
            tj_scene_group_end(s);
            tj_error_set_at(error, TJ_ERROR_INPUT, spec->loc.file ? &spec->loc : NULL,
                            _("ranking: %u rows do not fit in %.0f px; make it taller or "
                              "show fewer (top)"), n_rows, spec->height);
            return FALSE;
        }
    double lo = 0, hi = 0, vw = 0;
    for (guint k = 0; k < n_rows; k++) {
        const TjSeries *se = &d->series[0];
        lo = MIN(lo, se->values[rows[k]]);
        hi = MAX(hi, se->values[rows[k]]);
        if (se->labels[rows[k]])
            vw = MAX(vw, width_of(&r, se->labels[rows[k]], &r.value_font));
    }
    double x0 = name_x + nw + 14 + (lo < 0 ? vw + 8 : 0), x1 = plot.x + plot.w - vw - 8;
    if (x1 - x0 < 40) {
        for (guint j = 0; j < n_rows; j++)
            g_ptr_array_unref(lines[j]);
        g_free(lines); g_free(rows); g_free(pos); g_free(order); g_free(ranks);
        tj_scene_group_end(s);
        tj_error_set_at(error, TJ_ERROR_INPUT, spec->loc.file ? &spec->loc : NULL,
                        _("ranking: %.0f px leaves no room for bars beside the names and "
                          "values; make it wider"), spec->width);
        return FALSE;
    }
    TjLinearScale xs = { lo, hi > lo ? hi : lo + 1, x0, x1 };
    double xz = tj_scale_linear_map(&xs, 0);
    for (guint k = 0; k < n_rows; k++) {
        guint i = rows[k];
        gboolean hl = (int)i == r.highlight;
        double cy = plot.y + row * (k + 0.5) + (k == shown ? row * GAP_ROW : 0);
        if (k == shown) {
            TjPaint dash = tj_paint_stroke(th->rule, 1);
            dash.dash_on = 3;
            dash.dash_off = 3;
            double yr = round(plot.y + row * (shown + GAP_ROW / 2)) + 0.5;
            tj_scene_line(s, "rank.gap", plot.x, yr, plot.x + plot.w, yr, &dash);
        }
        draw_rank(&r, ranks[pos[k]], plot.x + rad, cy, rad);
        double y = cy - lines[k]->len * e.height / 2 + e.ascent;
        guint first_line = tj_scene_n_items(s);
        for (guint j = 0; j < lines[k]->len; j++)
            tj_lay_text(s, m, hl ? "category.label.highlight" : "category.label", name_x,
                        y + j * e.height, lines[k]->pdata[j], &r.font,
                        hl ? th->text : th->text_secondary, TJ_ANCHOR_START, NULL);
        tj_scene_text_join(s, first_line, lines[k]->len);
        double v = d->series[0].values[i], xv = tj_scale_linear_map(&xs, v);
        double bh = MIN(row * 0.62, MAX_BAR_H);
        TjPaint p = tj_paint_fill(r.highlight < 0 || hl ? th->primary : th->muted);
        tj_scene_rect(s, hl ? "bar.highlight" : "bar", MIN(xz, xv), cy - bh / 2, fabs(xv - xz),
                      bh, 0, &p);
        const char *lab = d->series[0].labels[i];
        if (lab) {
            TjFontStyle vf = r.value_font;
            vf.size = MIN(vf.size, r.font.size);
            vf.bold = hl || r.highlight < 0;
            tj_lay_text_mid(s, m, "bar.value", xv + (v >= 0 ? 6 : -6), cy, lab, &vf, th->text,
                            v >= 0 ? TJ_ANCHOR_START : TJ_ANCHOR_END);
        }
        g_ptr_array_unref(lines[k]);
    }
    TjPaint axis = tj_paint_stroke(th->axis, 1);
    tj_scene_line(s, "axis.zero", round(xz) + 0.5, plot.y, round(xz) + 0.5,
                  plot.y + plot.h, &axis);
    tj_scene_group_end(s);
    g_free(lines); g_free(rows); g_free(pos); g_free(order); g_free(ranks);
    return TRUE;
}
