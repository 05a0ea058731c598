/* bind/trend.c — the trend kind: lines over the x column. Rows marked
 * 目标/预测/预期/计划 in the kind column are drawn dashed; a label column
 * replaces the numbers shown at points ("6%左右"); a target given on its
 * own is appended as the next year's projected point. */
#include "bind/bind-private.h"

#include <math.h>
#include <string.h>

#include "data/number.h"
#include "layouts/trend.h"
#include "core/i18n.h"

static const char *const betters[] = { "higher", "lower", "none", NULL };
static const TjBetter better_of[] = { TJ_BETTER_HIGHER, TJ_BETTER_LOWER, TJ_BETTER_NEUTRAL };
static const char *const highlights[] = { "last", "extremes", "none", NULL };
static const char *const x_types[] = { "auto", "category", "number", "date", NULL };
static const TjXType x_type_of[] = { TJ_X_AUTO, TJ_X_CATEGORY, TJ_X_NUMBER, TJ_X_DATE };

static const TjKey keys[] = {
    { "x", TJ_KEY_COLUMN, NULL, N_("years, dates or labels") },
    { "y", TJ_KEY_COLUMNS, NULL, N_("one or more value columns") },
    { "target", TJ_KEY_VALUE, NULL, N_("a target after the last point (6%左右)") },
    { "target_x", TJ_KEY_TEXT, NULL, N_("the target's x label (default: next year 目标)") },
    { "kind_col", TJ_KEY_COLUMN, NULL, N_("the column marking rows 目标/预测 (default 类型)") },
    { "label_col", TJ_KEY_COLUMN, NULL, N_("a column of labels shown at points (default 标注)") },
    { "better", TJ_KEY_CHOICE, betters, N_("which way is good news: higher or lower") },
    { "highlight", TJ_KEY_CHOICE, highlights, N_("last, extremes or none") },
    { "area", TJ_KEY_BOOL, NULL, N_("fill under the line") },
    { "raw", TJ_KEY_BOOL, NULL, N_("numbers as written: no 万/亿 chosen for the axis") },
    { "x_type", TJ_KEY_CHOICE, x_types, N_("auto, category, number or date") },
    { NULL, 0, NULL, NULL }
};

static gboolean
is_projected(const char *kind)
{
    static const char *const words[] = { "目标", "预测", "预期", "计划", "forecast", "target" };
    for (gsize i = 0; i < G_N_ELEMENTS(words); i++)
        if (strstr(kind, words[i]))
            return TRUE;
    return FALSE;
}

/* An actual period's figure that is estimated, not reported: 推算, 估算,
 * 预估, 估计, 预计 (预计数). */
static gboolean
is_estimate(const char *kind)
{
    static const char *const words[] = { "推算", "估算", "预估", "估计", "预计", "estimate" };
    for (gsize i = 0; i < G_N_ELEMENTS(words); i++)
        if (strstr(kind, words[i]))
            return TRUE;
    return FALSE;
}

/* The kind and label columns: named, or their defaults when present. */
static void
apply_columns(TjBind *c, const TjSpecBlock *b, const TjTable *t, TjChartData *d, TjTrendSpec *s)
{
    const char *kind_col = tj__bind_text(c, b->options, "kind_col");
    const char *label_col = tj__bind_text(c, b->options, "label_col");
    int kc = tj_table_column_by_name(t, kind_col ? kind_col : "类型");
    int lc = tj_table_column_by_name(t, label_col ? label_col : "标注");
    /* one flag more: a target may be appended after the rows (append_target) */
    gboolean *est = kc >= 0 ? tj__bind_new0(c, (d->n_cat + 1) * sizeof *est) : NULL;
    for (guint i = 0; i < d->n_cat; i++) {
        const char *kind = kc >= 0 ? tj_table_cell_text(t, d->rows[i], (guint)kc) : "";
        if (kc >= 0 && s->first_projected == G_MAXUINT && is_projected(kind))
            s->first_projected = i;
        if (est && is_estimate(kind) && !is_projected(kind)) {
            est[i] = TRUE;
            s->estimated = est;
        }
        const char *lab = lc >= 0 ? tj_table_cell_text(t, d->rows[i], (guint)lc) : "";
        if (*lab && d->series[0].labels[i]) {
            g_free(d->series[0].labels[i]);
            d->series[0].labels[i] = g_strdup(lab);
        }
    }
}

/* The next x label after the last: "2021年目标" after "2020年". */
static char *
next_label(const TjChartData *d, const char *given)
{
    if (given)
        return g_strdup(given);
    const char *last = d->n_cat ? d->categories[d->n_cat - 1] : "";
    char *end = NULL;
    gint64 y = g_ascii_strtoll(last, &end, 10);
    if (end == last + 4 && y > 0 && (!*end || strcmp(end, "年") == 0))
        return g_strdup_printf("%" G_GINT64_FORMAT "%s目标", y + 1, *end ? "年" : "");
    return g_strdup("目标");
}

static gboolean
append_target(TjBind *c, const TjSpecBlock *b, TjChartData *d, TjTrendSpec *s)
{
    const TjNode *v = tj__bind_get(b->options, "target");
    const char *target = tj__bind_text(c, b->options, "target");
    if (!target)
        return TRUE;
    /* a growth rate on levels becomes the level it implies; a level in any
     * magnitude comes to the chart's units (layouts/chart-target.c) */
    TjChartTarget tg;
    GError *err = NULL;
    char *said = tj__bind_said(c, "target", v);
    gboolean ok = tj_chart_data_target(d, target, MIN(s->first_projected, d->n_cat), said,
                                       NULL, &tg, &err);
    g_free(said);
    if (!ok) {
        tj__bind_error(c, v, b, "%s", err->message);
        g_error_free(err);
        return FALSE;
    }
    double *values = g_new(double, d->n_series);
    char **labels = g_new0(char *, d->n_series);
    for (guint k = 0; k < d->n_series; k++) {
        values[k] = k == 0 ? tg.value : NAN;
        labels[k] = k == 0 ? g_strdup(tg.label) : NULL;
    }
    tj_chart_target_clear(&tg);
    char *x = next_label(d, tj__bind_text(c, b->options, "target_x"));
    if (s->first_projected == G_MAXUINT)
        s->first_projected = d->n_cat;
    tj_chart_data_append(d, x, values, (const char *const *)labels);
    g_free(x);
    for (guint k = 0; k < d->n_series; k++)
        g_free(labels[k]);
    g_free(labels);
    g_free(values);
    return TRUE;
}

static gconstpointer
read_trend(TjBind *c, const TjSpecBlock *b)
{
    static const TjTrendHighlight hl_of[] = { TJ_TREND_HL_LAST, TJ_TREND_HL_EXTREMES,
                                              TJ_TREND_HL_NONE };
    const TjNode *m = b->options;
    TjTrendBlock *tb = tj__bind_new0(c, sizeof *tb);
    TjTrendSpec *s = &tb->spec;
    tj_trend_spec_init(s);
    s->title = tj__bind_str(c, tj__bind_text(c, m, "title"));
    s->subtitle = tj__bind_str(c, tj__bind_text(c, m, "subtitle"));
    s->source = tj__bind_str(c, tj__bind_text(c, m, "source"));
    s->unit = tj__bind_str(c, tj__bind_text(c, m, "unit"));
    s->area = tj__bind_bool(c, m, "area", FALSE);
    s->loc = b->loc;
    int better = tj__bind_choice(c, m, "better", betters, 2);
    int hl = tj__bind_choice(c, m, "highlight", highlights, 0);
    int xt = tj__bind_choice(c, m, "x_type", x_types, 0);
    /* not said: inferred from the name (layouts/polarity.c); none: neutral */
    s->better = better < 0 || !tj__bind_get(m, "better") ? TJ_BETTER_NONE : better_of[better];
    s->highlight = hl_of[MAX(hl, 0)];
    const char *x;
    char **ys;
    GArray *where = tj__bind_where(c, m);
    tj__bind_keep(c, where, (GDestroyNotify)g_array_unref);
    gboolean ok = tj__bind_xy(c, b, &x, &ys) && where && better >= 0 && hl >= 0 && xt >= 0;
    const TjTable *t = tj__bind_table_header(c, b, TRUE);
    static const char *const cols[] = { "x", "y", "kind_col", "label_col", NULL };
    if (!ok || !t || !tj__bind_columns_exist(c, b, t, cols))
        return NULL;
    gboolean failed = FALSE;
    TjChartData *d = !tj__bind_text(c, m, "kind_col") && !tj__bind_text(c, m, "label_col")
                     ? tj__bind_stream_trend(c, b, t, x, ys, where, x_type_of[xt], &failed)
                     : NULL;
    GError *err = NULL;
    if (!d && !failed && !tj_table_read_rows(t, &err))
        tj__bind_take(c, b, err);
    else if (!d && !failed)
        d = tj__bind_chart_data(c, b, t, x, ys, where);
    if (!d)
        return NULL;
    apply_columns(c, b, t, d, s);
    if (d->n_series == 1)
        tj__bind_note_better(c, b, s->better, d->series[0].name, s->title);
    tb->data = d;
    if (!append_target(c, b, d, s))
        return NULL;
    if (!d->xs && !tj_chart_data_resolve_x(d, x_type_of[xt], x, &err)) {
        tj__bind_take(c, b, err);
        return NULL;
    }
    return tb;
}

const TjKind tj_bind_kind_trend = {
    .name = "trend",
    .summary = N_("lines over years or dates; targets and forecasts dashed"),
    .keys = keys,
    .read = read_trend,
    .ops = &tj_trend_block_ops,
    .examples = "tujie trend examples/dongcheng-2021/gdp.csv --x 年份 --y 地区生产总值 \\\n"
                "    --title 地区生产总值 -o gdp.png",
};
