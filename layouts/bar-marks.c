/* layouts/bar-marks.c — how one value of a bar chart is drawn, by what it
 * means (issue 15 items 3, 4 and 7):
 *  - an actual value: a solid bar;
 *  - a target or forecast (its series or category named with 目标, 预测,
 *    预期 or 计划, e.g. the column "2021年目标" or the row "2021年目标"): an
 *    outlined bar, dashed, lightly tinted — never a solid bar like the
 *    actuals; a 左右 value keeps its words in the label (approximate);
 *  - a ceiling (不超过, 不高于, …以内, …以下) or floor (不低于, 不少于, …以上):
 *    a limit, a thick line across the bar's slot at the value, no body, so
 *    "不超过4%" never reads as a planned value taller than 2.16 %.
 * Colours: several series take the theme's sequence, one each; one series
 * of changes (a name with 增速, 增长, 同比, 增幅, 涨幅, 环比 or 变化) is
 * coloured by polarity (layouts/polarity.c: good/bad) of each category's
 * indicator, else of the series' name, else of the title; in such a
 * chart a bar whose direction is not known takes the theme's neutral
 * (text_secondary, as a tile's change does); a change series none of
 * whose names has a direction, and any other, the primary colour, muted
 * around a highlighted bar. */
#include "layouts/bar-private.h"

#include <math.h>
#include <string.h>

#include "data/number.h"
#include "layouts/kpi.h"
#include "layouts/polarity.h"

static const char *const target_words[] = { "目标", "预测", "预期", "计划", NULL };
static const char *const change_words[] = {
    "增速", "增长", "同比", "增幅", "涨幅", "环比", "变化", NULL,
};

static gboolean
holds_any(const char *s, const char *const *words)
{
    for (const char *const *w = words; s && *w; w++)
        if (strstr(s, *w))
            return TRUE;
    return FALSE;
}

gboolean
tj__bar_is_target_name(const char *name)
{
    return holds_any(name, target_words);
}

TjBarMark
tj__bar_mark(const TjBarCtx *c, guint k, guint i)
{
    const TjSeries *s = &c->d->series[k];
    TjNumber n;
    if (s->labels[i] && tj_number_parse(s->labels[i], &n, NULL) == TJ_NUM_VALUE) {
        TjLimit l = tj_number_limit(&n);
        if (l != TJ_LIMIT_NONE)
            return l == TJ_LIMIT_CEILING ? TJ_BAR_CEILING : TJ_BAR_FLOOR;
    }
    if (tj__bar_is_target_name(s->name) || tj__bar_is_target_name(c->d->categories[i]))
        return TJ_BAR_TARGET;
    return TJ_BAR_SOLID;
}

/* A change's direction: the category's indicator ("登记失业率"), else the
 * series' own ("国内生产总值同比增长" by quarter), else the title's. */
static TjBetter
change_better(const TjBarCtx *c, guint series, guint cat)
{
    TjBetter b = tj_better_resolve(TJ_BETTER_NONE, c->d->categories[cat],
                                   c->d->series[series].name);
    return b != TJ_BETTER_NONE ? b : tj_better_infer(c->spec->title);
}

TjColor
tj__bar_color(const TjBarCtx *c, guint series, guint cat)
{
    const TjTheme *th = c->th;
    const TjChartData *d = c->d;
    if (d->n_series > 1)
        return th->series[series % th->n_series];
    if (c->highlight >= 0 && (int)cat != c->highlight)
        return th->muted;
    if (d->rows[cat] == G_MAXUINT && !strcmp(d->categories[cat], "其他"))
        return th->muted;   /* the rest after --top: not one more category */
    const TjSeries *s = &d->series[series];
    if (!holds_any(s->name, change_words))
        return th->primary;
    /* a chart coloured by polarity: good, bad, or the theme's neutral for
     * a bar whose direction is not known (or a zero change), never the
     * primary red that reads as bad news beside them */
    for (guint i = 0; i < d->n_cat; i++)
        if (change_better(c, series, i) != TJ_BETTER_NONE)
            return tj_kpi_change_color(th, s->values[cat], change_better(c, series, cat));
    return th->primary;
}

void
tj__bar_draw(TjBarCtx *c, guint k, guint i, const TjRect *r, int end)
{
    TjColor col = tj__bar_color(c, k, i);
    gboolean hl = (int)i == c->highlight;
    switch (tj__bar_mark(c, k, i)) {
    case TJ_BAR_CEILING:
    case TJ_BAR_FLOOR: {
        TjPaint p = tj_paint_stroke(col, 3);
        p.cap = TJ_CAP_BUTT;
        double x0 = r->x, y0 = r->y, x1 = r->x + r->w, y1 = r->y;
        if (end == TJ_BAR_END_BOTTOM)
            y0 = y1 = r->y + r->h;
        else if (end == TJ_BAR_END_RIGHT || end == TJ_BAR_END_LEFT) {
            x0 = x1 = end == TJ_BAR_END_RIGHT ? r->x + r->w : r->x;
            y0 = r->y;
            y1 = r->y + r->h;
        }
        tj_scene_line(c->s, "bar.limit", x0, y0, x1, y1, &p);
        return;
    }
    case TJ_BAR_TARGET: {
        TjPaint p = tj_paint_stroke(col, 1.5);
        p.fill = tj_color_mix(c->th->background, col, 0.15);
        p.dash_on = 5;
        p.dash_off = 3;
        tj_scene_rect(c->s, hl ? "bar.target.highlight" : "bar.target", r->x + 0.75,
                      r->y + 0.75, MAX(0, r->w - 1.5), MAX(0, r->h - 1.5), 0, &p);
        return;
    }
    case TJ_BAR_SOLID:
    default: {
        TjPaint p = tj_paint_fill(col);
        tj_scene_rect(c->s, hl ? "bar.highlight" : "bar", r->x, r->y, r->w, r->h, 0, &p);
        return;
    }
    }
}

/* gaps: the spans of [a0, a1] along the line that value labels cover */
static int
cmp_span(gconstpointer a, gconstpointer b)
{
    const double *x = a, *y = b;
    return (x[0] > y[0]) - (x[0] < y[0]);
}

void
tj__bar_target_line(TjBarCtx *c, gboolean across_x, double at, double a0, double a1)
{
    TjPaint p = tj_paint_stroke(c->th->target, 1.5);
    p.dash_on = 6;
    p.dash_off = 4;
    GArray *gaps = g_array_new(FALSE, FALSE, sizeof(double) * 2);
    guint n = tj_scene_n_items(c->s);
    for (guint i = 0; i < n; i++) {
        const TjItem *it = tj_scene_item(c->s, i);
        if (it->kind != TJ_ITEM_TEXT || g_strcmp0(it->role, "bar.value") != 0)
            continue;
        TjRect r = tj_scene_text_box(it);
        double lo = across_x ? r.y : r.x, hi = across_x ? r.y + r.h : r.x + r.w;
        double s0 = across_x ? r.x : r.y, s1 = across_x ? r.x + r.w : r.y + r.h;
        if (at < lo - 2 || at > hi + 2)
            continue;
        double span[2] = { s0 - 3, s1 + 3 };
        g_array_append_val(gaps, span);
    }
    g_array_sort(gaps, cmp_span);
    double from = a0;
    for (guint g = 0; g <= gaps->len; g++) {
        double to = a1, next = a1;
        if (g < gaps->len) {
            const double *span = &g_array_index(gaps, double, g * 2);
            to = MIN(a1, span[0]);
            next = MAX(from, span[1]);
        }
        if (to > from + 1) {
            if (across_x)
                tj_scene_line(c->s, "target.line", from, at, to, at, &p);
            else
                tj_scene_line(c->s, "target.line", at, from, at, to, &p);
        }
        from = MAX(from, next);
    }
    g_array_free(gaps, TRUE);
}

gboolean
tj__bar_shares(const TjBarCtx *c)
{
    const TjChartData *d = c->d;
    if (!c->spec->stacked || d->n_series < 2)
        return FALSE;
    gboolean percent = TRUE;
    for (guint k = 0; k < d->n_series; k++)
        percent = percent && (d->series[k].percent
                              || (d->series[k].unit && !strcmp(d->series[k].unit, "%")));
    for (guint i = 0; i < d->n_cat; i++) {
        double sum = 0;
        for (guint k = 0; k < d->n_series; k++) {
            double v = d->series[k].values[i];
            if (isfinite(v) && v < 0)
                return FALSE;
            sum += isfinite(v) ? v : 0;
        }
        if (fabs(sum - 100) > 0.6)   /* rounded shares: 7.7 + 37.8 + 54.5 */
            return FALSE;
    }
    (void)percent;
    return TRUE;
}

void
tj__bar_part_label(TjBarCtx *c, guint k, guint i, const TjRect *r, const TjFontStyle *font)
{
    char *lab = tj__bar_value_label(c, k, i);
    if (!lab || !isfinite(c->d->series[k].values[i]) || c->d->series[k].values[i] == 0) {
        g_free(lab);
        return;
    }
    if (tj__bar_shares(c) && !strchr(lab, '%')) {
        char *pc = g_strconcat(lab, "%", NULL);
        g_free(lab);
        lab = pc;
    }
    TjFontStyle f = *font;
    f.bold = FALSE;
    TjTextExtents e;
    tj_measure(c->m, lab, &f, &e);
    if (e.height + 4 <= r->h && e.width + 6 <= r->w) {   /* else the part is too small */
        TjColor fill = tj__bar_color(c, k, i);
        /* the ground's colour or the text's, whichever reads better on it */
        TjColor ink = tj_color_contrast(c->th->background, fill) >= tj_color_contrast(c->th->text, fill)
                          ? c->th->background : c->th->text;
        double y = r->y + r->h / 2 + e.ascent - e.height / 2;
        tj_scene_text(c->s, "bar.part", r->x + r->w / 2, y, lab, &f, ink, TJ_ANCHOR_MIDDLE, 0,
                      &e);
    }
    g_free(lab);
}
