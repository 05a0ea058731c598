/* layouts/chart-target.c — a target written as a report writes it, read
 * for one chart (issue 15 item 3; docs/spec.md, "Targets"):
 *  - a growth rate on a series of levels ("6%左右", "增长6%左右" on GDP in
 *    亿元) is the level it implies: the last actual value × 1.06, labelled
 *    "增长6%左右" — never a level of 6;
 *  - a level in another magnitude ("3132亿元" on a chart in 亿元, "80亿元"
 *    on a 万元 table shown in 亿元) is brought to the chart's shown units; a
 *    bare number is in the units the table wrote;
 *  - a unit that is not the chart's ("6万人" on 亿元) is refused;
 *  - 不超过/以内/以下 make a ceiling, 不低于/不少于/以上 a floor; 左右/约/近
 *    an approximate value (the label keeps the words). */
#include "layouts/chartdata.h"

#include <math.h>
#include <string.h>

#include "core/format.h"
#include "core/i18n.h"

static const char *const rise_words[] = { "增长", "增速", "提高", "上升", "增加", NULL };
static const char *const fall_words[] = { "下降", "降低", "减少", "回落", NULL };

/* The direction word @text starts with: +1, -1, or 0; *@rest after it. */
static int
direction(const char *text, const char **rest)
{
    *rest = text;
    for (int sign = 1; sign >= -1; sign -= 2)
        for (const char *const *w = sign > 0 ? rise_words : fall_words; *w; w++)
            if (g_str_has_prefix(text, *w)) {
                *rest = text + strlen(*w);
                return sign;
            }
    return 0;
}

TjLimit
tj_number_limit(const TjNumber *n)
{
    const char *pre = n->prefix ? n->prefix : "", *suf = n->suffix ? n->suffix : "";
    if (!strcmp(pre, "不超过") || !strcmp(suf, "以内") || !strcmp(suf, "以下"))
        return TJ_LIMIT_CEILING;
    if (!strcmp(pre, "不低于") || !strcmp(pre, "不少于") || !strcmp(suf, "以上"))
        return TJ_LIMIT_FLOOR;
    return TJ_LIMIT_NONE;
}

/* The last finite value of series 0 before @end, or NAN. */
static double
last_actual(const TjChartData *d, guint end)
{
    const double *v = d->series[0].values;
    for (guint i = MIN(end, d->n_cat); i > 0; i--)
        if (isfinite(v[i - 1]))
            return v[i - 1];
    return NAN;
}

/* A level @n (not a rate) in the shown units of series 0; FALSE on a unit
 * that is not the series'. */
static gboolean
level_of(const TjChartData *d, const TjNumber *n, double *out)
{
    const TjSeries *s = &d->series[0];
    const char *rest = NULL;
    int um = tj_format_magnitude_of_unit(s->unit, &rest);
    if (n->unit && rest && *rest && strcmp(n->unit, rest) != 0)
        return FALSE;
    if (n->unit && (!rest || !*rest) && s->unit)
        return FALSE;
    if (!s->unit && (n->unit || n->magnitude > 0))
        return FALSE;   /* values without a unit: a bare number, as the table writes */
    if (n->magnitude > 0 || n->unit)
        *out = n->value / pow(10, um);
    else
        *out = tj_chart_data_to_display(d, n->value);
    return TRUE;
}

/* "不超过3132" for "不超过3132亿元" on a chart in 亿元: the words kept, the
 * number in the chart's units (the unit line says them). */
static char *
level_label(const TjNumber *n, double shown)
{
    char *num = tj_format_decimal(shown, -1);
    char *lab = g_strconcat(n->prefix ? n->prefix : "", num, n->suffix ? n->suffix : "", NULL);
    g_free(num);
    return lab;
}

static gboolean read_target(const TjChartData *d, const char *said, const char *rest, int sign,
                            guint end, const char *what, const TjSrcLoc *loc,
                            GStringChunk *units, TjChartTarget *out, GError **error);

gboolean
tj_chart_data_target(const TjChartData *d, const char *text, guint end, const char *what,
                     const TjSrcLoc *loc, TjChartTarget *out, GError **error)
{
    g_return_val_if_fail(d && d->n_series > 0 && text && out, FALSE);
    memset(out, 0, sizeof *out);
    char *said = g_strstrip(g_strdup(text));
    const char *rest;
    int sign = direction(said, &rest);
    GStringChunk *units = g_string_chunk_new(64);   /* the number's unit */
    gboolean ok = read_target(d, said, rest, sign, end, what, loc, units, out, error);
    g_string_chunk_free(units);
    g_free(said);
    return ok;
}

static gboolean
read_target(const TjChartData *d, const char *said, const char *rest, int sign, guint end,
            const char *what, const TjSrcLoc *loc, GStringChunk *units, TjChartTarget *out,
            GError **error)
{
    TjNumber n;
    if (tj_number_parse(rest, &n, units) != TJ_NUM_VALUE || !isfinite(n.value)) {
        tj_error_set_at(error, TJ_ERROR_INPUT, loc,
                        _("%s: “%s” is not a target; expected a number such as 6%%左右, "
                          "增长6%%左右, 不超过4%% or 3132亿元"), what, said);
        return FALSE;
    }
    const TjSeries *s = &d->series[0];
    gboolean rate_series = s->percent || (s->unit && strchr(s->unit, '%'));
    double level = n.value;
    if (n.percent && !rate_series) {
        double base = last_actual(d, end);
        if (!isfinite(base)) {
            tj_error_set_at(error, TJ_ERROR_INPUT, loc,
                            _("%s: “%s” is a rate of growth, but the chart has no actual "
                              "value to grow from; give the level it implies"), what, said);
            return FALSE;
        }
        out->value = base * (1 + (sign < 0 ? -1 : 1) * n.value / 100);
        out->relative = TRUE;
        out->label = sign ? g_strdup(said) : g_strconcat("增长", said, NULL);
    } else if (n.percent || (rate_series && !n.unit)) {
        out->value = sign < 0 ? -level : level;   /* a rate on a series of rates */
        out->label = g_strdup(said);
    } else if (!rate_series && level_of(d, &n, &level)) {
        double base = sign ? last_actual(d, end) : 0;   /* "增长300亿元": an increment */
        out->value = sign ? base + sign * level : level;
        out->label = sign ? g_strdup(said) : level_label(&n, out->value);
        if (!isfinite(out->value)) {
            tj_error_set_at(error, TJ_ERROR_INPUT, loc,
                            _("%s: “%s” is a rate of growth, but the chart has no actual "
                              "value to grow from; give the level it implies"), what, said);
            g_clear_pointer(&out->label, g_free);
            return FALSE;
        }
    } else if (!s->unit && !rate_series) {
        tj_error_set_at(error, TJ_ERROR_INPUT, loc,
                        _("%s: “%s” has a unit, but the chart's values have none; write "
                          "the number as the table does"), what, said);
        return FALSE;
    } else {
        tj_error_set_at(error, TJ_ERROR_INPUT, loc,
                        _("%s: “%s” is not in the chart's unit (%s); write it in %s"), what,
                        said, s->unit ? s->unit : "%", s->unit ? s->unit : "%");
        return FALSE;
    }
    out->limit = tj_number_limit(&n);
    out->approx = (n.suffix && !strcmp(n.suffix, "左右"))
                  || (n.prefix && (!strcmp(n.prefix, "约") || !strcmp(n.prefix, "近")));
    return TRUE;
}

void
tj_chart_target_clear(TjChartTarget *t)
{
    if (t)
        g_clear_pointer(&t->label, g_free);
}
