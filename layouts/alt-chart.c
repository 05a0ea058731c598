/* layouts/alt-chart.c — alt text of bar and trend charts from their chart
 * data: the kind, the title and unit, then for bars the highest and lowest
 * category and (up to LIST_MAX categories) every value in order; for
 * several series the values by category; for trends the span of the x
 * axis, the first and last actual value and the change between them, the
 * extremes, and the targets or forecasts that follow. */
#include "layouts/alt.h"

#include <math.h>
#include <string.h>

#include "core/format.h"
#include "data/number.h"
#include "layouts/alt-private.h"
#include "layouts/polarity.h"

#define LIST_MAX 10       /* bars: list every value up to this many */
#define SERIES_LIST_MAX 8 /* several series: values by category up to this */

/* ---- shared ------------------------------------------------------------ */

/* TRUE when @label reads as the number @v (its own words around it). */
static gboolean
label_is_number(const char *label, double v, int decimals)
{
    TjNumber n;
    if (tj_number_parse(label, &n, NULL) != TJ_NUM_VALUE)
        return FALSE;
    double shown = n.magnitude > 0 ? n.value / pow(10, n.magnitude) : n.value;
    double eps = 1e-9 * MAX(1.0, fabs(v));
    if (n.decimals == decimals)   /* a label rounded to the series' decimals: 71.9 */
        eps = MAX(eps, 0.5 * pow(10, -decimals) * (1 + 1e-9));
    return fabs(shown - v) <= eps || fabs(n.value - v) <= eps;
}

/* A category then a value: "2018年：61.2亿元" reads as two numbers without
 * the colon when the category ends with a digit ("2018"). */
static void
append_category(GString *out, const char *sep, const char *cat)
{
    gsize len = strlen(cat);
    gboolean digit = len > 0 && g_ascii_isdigit(cat[len - 1]);
    g_string_append_printf(out, "%s%s%s", sep, cat, digit ? "：" : "");
}

void
tj__alt_value(GString *out, const TjSeries *s, guint i, const char *unit)
{
    double v = s->values[i];
    const char *label = s->labels ? s->labels[i] : NULL;
    const char *u = unit ? unit : s->unit ? s->unit : "";
    if (!isfinite(v)) {
        g_string_append(out, label && *label ? label : "缺失");
        return;
    }
    gboolean pct_label = label && strchr(label, '%') != NULL;
    if (label && *label && label_is_number(label, v, s->decimals)) {
        g_string_append(out, label);
        if (!(pct_label && strcmp(u, "%") == 0))
            g_string_append(out, u);
        return;
    }
    char *num = tj_format_decimal(v, s->decimals);
    g_string_append_printf(out, "%s%s", num, u);
    g_free(num);
    if (label && *label)
        g_string_append_printf(out, "（%s）", label);
}

void
tj__alt_change(GString *out, double a, double b, int points)
{
    double delta = points >= 0 ? b - a : (a != 0 ? (b - a) / fabs(a) * 100 : NAN);
    if (!isfinite(delta)) {
        g_string_append(out, b > a ? "上升" : b < a ? "下降" : "持平");
        return;
    }
    double unit = pow(10, points >= 0 ? points : 1);
    char *text = tj_format_change(round(delta * unit) / unit, -1, points >= 0, TJ_CHANGE_WORDS);
    g_string_append(out, text);
    g_free(text);
}

void
tj__alt_unit(GString *out, const char *unit)
{
    if (unit && *unit)
        g_string_append_printf(out, "，单位：%s", unit);
}

void
tj__alt_end(GString *out)
{
    static const char *const marks[] = { "，", "；", "、" };
    for (gsize k = 0; k < G_N_ELEMENTS(marks); k++)
        if (g_str_has_suffix(out->str, marks[k])) {
            g_string_truncate(out, out->len - strlen(marks[k]));
            break;
        }
    if (!g_str_has_suffix(out->str, "。"))
        g_string_append(out, "。");
}

/* The unit said once (transfer full): the spec's, with the magnitude the
 * numbers were scaled by (tj_chart_data_unit_shown), else the data's. */
static char *
chart_unit(const TjChartData *d, const char *spec_unit)
{
    if (spec_unit || d->unit)
        return tj_chart_data_unit_shown(d, spec_unit);
    return g_strdup(d->n_series == 1 ? d->series[0].unit : NULL);
}

/* The unit values carry again: NULL (each series' own) unless the spec
 * names one; "" hides it. (transfer full) */
static char *
value_unit(const TjChartData *d, const char *spec_unit)
{
    if (!spec_unit || !*spec_unit)
        return NULL;
    return tj_chart_data_unit_shown(d, spec_unit);
}

/* Index of the largest (@max) or smallest finite value of @s among the
 * first @n; -1 when none. */
static int
extreme(const TjSeries *s, guint n, gboolean max)
{
    int best = -1;
    for (guint i = 0; i < n; i++)
        if (isfinite(s->values[i]) &&
            (best < 0 || (max ? s->values[i] > s->values[best] : s->values[i] < s->values[best])))
            best = (int)i;
    return best;
}

/* ---- bars -------------------------------------------------------------- */

static const char *
bar_kind(const TjChartData *d, const TjBarSpec *spec)
{
    if (d->n_series > 1 && spec->stacked)
        return spec->horizontal ? "堆积条形图" : "堆积柱状图";
    if (d->n_series > 1)
        return spec->horizontal ? "分组条形图" : "分组柱状图";
    return spec->horizontal ? "条形图" : "柱状图";
}

static void
bar_one_series(GString *out, const TjChartData *d, const char *unit)
{
    const TjSeries *s = &d->series[0];
    int hi = extreme(s, d->n_cat, TRUE), lo = extreme(s, d->n_cat, FALSE);
    if (hi < 0)
        return;
    if (d->n_cat > 2)
        g_string_append_printf(out, "共%u项，", d->n_cat);
    if (d->n_cat > 1 && hi != lo) {
        g_string_append_printf(out, "%s最高，为", d->categories[hi]);
        tj__alt_value(out, s, (guint)hi, unit);
        g_string_append_printf(out, "；%s最低，为", d->categories[lo]);
        tj__alt_value(out, s, (guint)lo, unit);
        g_string_append(out, "。");
    }
    if (d->n_cat > LIST_MAX)
        return;
    g_string_append(out, d->n_cat > 2 ? "依次为：" : "");
    for (guint i = 0; i < d->n_cat; i++) {
        append_category(out, i ? "、" : "", d->categories[i]);
        tj__alt_value(out, s, i, unit);
    }
    tj__alt_end(out);
}

static void
bar_many_series(GString *out, const TjChartData *d, const TjBarSpec *spec, const char *unit)
{
    g_string_append_printf(out, "共%u项，%u个系列：", d->n_cat, d->n_series);
    for (guint k = 0; k < d->n_series; k++)
        g_string_append_printf(out, "%s%s", k ? "、" : "", d->series[k].name);
    g_string_append(out, "。");
    if (d->n_cat <= SERIES_LIST_MAX) {
        for (guint i = 0; i < d->n_cat; i++) {
            g_string_append_printf(out, "%s", d->categories[i]);
            for (guint k = 0; k < d->n_series; k++) {
                g_string_append_printf(out, "%s%s", k ? "，" : "：", d->series[k].name);
                tj__alt_value(out, &d->series[k], i, unit);
            }
            g_string_append(out, "；");
        }
        tj__alt_end(out);
        return;
    }
    for (guint k = 0; k < d->n_series; k++) {
        const TjSeries *s = &d->series[k];
        int hi = extreme(s, d->n_cat, TRUE), lo = extreme(s, d->n_cat, FALSE);
        if (hi < 0)
            continue;
        g_string_append_printf(out, "%s最高为%s，", s->name, d->categories[hi]);
        tj__alt_value(out, s, (guint)hi, unit);
        g_string_append_printf(out, "，最低为%s，", d->categories[lo]);
        tj__alt_value(out, s, (guint)lo, unit);
        g_string_append(out, "；");
    }
    (void)spec;
    tj__alt_end(out);
}

char *
tj_alt_bar(const TjChartData *d, const TjBarSpec *spec)
{
    g_return_val_if_fail(d && spec, NULL);
    GString *out = g_string_new(bar_kind(d, spec));
    g_string_append(out, "：");
    if (spec->title && *spec->title)
        g_string_append(out, spec->title);
    else if (d->n_series == 1)
        g_string_append(out, d->series[0].name);
    char *unit = chart_unit(d, spec->unit);
    tj__alt_unit(out, unit);
    g_string_append(out, "。");
    if (d->n_cat == 0 || d->n_series == 0) {
        g_free(unit);
        return g_string_free(out, FALSE);
    }
    /* the unit is said once; values carry it again, as a reader says them */
    char *vu = value_unit(d, spec->unit);
    if (d->n_series == 1)
        bar_one_series(out, d, vu);
    else
        bar_many_series(out, d, spec, vu);
    g_free(vu);
    if (spec->highlight && *spec->highlight)
        g_string_append_printf(out, "突出显示%s。", spec->highlight);
    if (isfinite(spec->target)) {
        char *t = tj_format_decimal(tj_chart_data_to_display(d, spec->target), -1);
        g_string_append_printf(out, "%s线为%s%s。",
                               spec->target_label ? spec->target_label : "目标", t,
                               unit && *unit ? unit : "");
        g_free(t);
    }
    g_free(unit);
    return g_string_free(out, FALSE);
}

/* ---- trends ------------------------------------------------------------- */

/* First and last actual (not projected) finite value of @s; FALSE when
 * fewer than one. */
static gboolean
actual_span(const TjSeries *s, guint n_actual, int *first, int *last)
{
    *first = *last = -1;
    for (guint i = 0; i < n_actual; i++)
        if (isfinite(s->values[i])) {
            if (*first < 0)
                *first = (int)i;
            *last = (int)i;
        }
    return *first >= 0;
}

static void
trend_series(GString *out, const TjChartData *d, const TjSeries *s, guint n_actual,
             const char *unit)
{
    int a, b;
    if (!actual_span(s, n_actual, &a, &b))
        return;
    if (a == b) {
        g_string_append_printf(out, "%s为", d->categories[a]);
        tj__alt_value(out, s, (guint)a, unit);
        g_string_append(out, "，");
        return;
    }
    double va = s->values[a], vb = s->values[b];
    if (va == vb) {
        g_string_append_printf(out, "%s与%s均为", d->categories[a], d->categories[b]);
        tj__alt_value(out, s, (guint)b, unit);
    } else {
        g_string_append_printf(out, "由%s的", d->categories[a]);
        tj__alt_value(out, s, (guint)a, unit);
        g_string_append_printf(out, "%s%s的", vb > va ? "升至" : "降至", d->categories[b]);
        tj__alt_value(out, s, (guint)b, unit);
        g_string_append(out, "，");
        tj__alt_change(out, va, vb, s->percent ? s->decimals : -1);
    }
    g_string_append(out, "；");
    int hi = extreme(s, n_actual, TRUE), lo = extreme(s, n_actual, FALSE);
    if (b - a >= 2 && hi != lo) {
        g_string_append_printf(out, "最高为%s的", d->categories[hi]);
        tj__alt_value(out, s, (guint)hi, unit);
        g_string_append_printf(out, "，最低为%s的", d->categories[lo]);
        tj__alt_value(out, s, (guint)lo, unit);
        g_string_append(out, "；");
    }
}

static void
trend_projected(GString *out, const TjChartData *d, const TjSeries *s, guint from,
                const char *unit)
{
    for (guint i = from; i < d->n_cat; i++) {
        if (!isfinite(s->values[i]))
            continue;
        g_string_append_printf(out, "%s为", d->categories[i]);
        tj__alt_value(out, s, i, unit);
        g_string_append(out, "；");
    }
}

char *
tj_alt_trend(const TjChartData *d, const TjTrendSpec *spec)
{
    g_return_val_if_fail(d && spec, NULL);
    GString *out = g_string_new(spec->area && d->n_series == 1 ? "面积图：" : "折线图：");
    if (spec->title && *spec->title)
        g_string_append(out, spec->title);
    else if (d->n_series == 1)
        g_string_append(out, d->series[0].name);
    char *unit = chart_unit(d, spec->unit);
    tj__alt_unit(out, unit);
    g_free(unit);
    guint n_actual = MIN(spec->first_projected, d->n_cat);
    if (n_actual > 1)
        g_string_append_printf(out, "，%s至%s", d->categories[0], d->categories[n_actual - 1]);
    TjBetter better = d->n_series != 1 ? tj_better_or_infer(spec->better, NULL)
                      : tj_better_resolve(spec->better, d->series[0].name, spec->title);
    if (better == TJ_BETTER_LOWER)
        g_string_append(out, "（越低越好）");
    else if (better == TJ_BETTER_HIGHER)
        g_string_append(out, "（越高越好）");
    g_string_append(out, "。");
    char *vu = value_unit(d, spec->unit);
    for (guint k = 0; k < d->n_series; k++) {
        if (d->n_series > 1)
            g_string_append_printf(out, "%s", d->series[k].name);
        trend_series(out, d, &d->series[k], n_actual, vu);
        trend_projected(out, d, &d->series[k], n_actual, vu);
        tj__alt_end(out);
    }
    g_free(vu);
    return g_string_free(out, FALSE);
}
