/* layouts/bar-columns.c — the bars of a vertical chart and their value
 * labels: side by side, stacked or single, each value over its bar's end
 * (under it for a negative one); labels that meet each other, a bar or a
 * text drawn before them in the chart (tick labels, legend, unit) are made
 * smaller, then (grouped bars) placed one by one where each touches
 * nothing, then left out with a warning (the axis still reads). */
#include "layouts/bar-private.h"

#include <math.h>

#include "core/i18n.h"
#include "layouts/scale.h"
#include "layouts/text.h"

#define MAX_BAR_WIDTH 72.0

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

/* Bars with value labels; when labels collide (with each other, the bars
 * or the texts around the plot), smaller, then (grouped bars) one by one
 * where each fits, then none. */
void
tj__bar_columns(TjBarCtx *c, const TjBandScale *xs, const TjLinearScale *ys)
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
            !tj_lay_texts_meet_earlier(c->s, chart_start(c->s, mark), mark))
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
