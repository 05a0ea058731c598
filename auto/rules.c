/* auto/rules.c — which chart kind draws an indicator group: one rule per
 * kind, tried in order, the first that fits wins. A rule names the keys it
 * writes and is used only when the kind table (bind/kinds.c) has that kind
 * with those keys; so pie and rank, when they are in the library, take
 * parts of a whole and long lists, and bar takes them until then. Adding a
 * kind to the chooser is one row here. */
#include "auto/auto-private.h"

#include <math.h>
#include <string.h>

#include "bind/bind.h"
#include "core/format.h"
#include "core/i18n.h"

static const char *
col_name(const TjAutoGroup *g, int c)
{
    return tj_table_column_name(g->t, (guint)c);
}

/* "{data: NAME, where: {…}" (the map left open for the rule's keys). */
static void
start(const TjAutoGroup *g, TjAutoBlock *b)
{
    tj_auto_yaml_put(b->options, "data", g->data);
    if (g->n_where == 0)
        return;
    GString *w = g_string_new("{");
    for (guint i = 0; i < g->n_where; i++)
        tj_auto_yaml_put(w, col_name(g, g->where_col[i]), g->where_val[i]);
    g_string_append_c(w, '}');
    g_string_append(b->options, ", where: ");
    g_string_append(b->options, w->str);
    g_string_free(w, TRUE);
}

static void
put_ys(const TjAutoGroup *g, TjAutoBlock *b, const char *key)
{
    const char *ys[G_N_ELEMENTS(g->ys)];
    for (guint i = 0; i < g->n_ys; i++)
        ys[i] = col_name(g, g->ys[i]);
    if (g->n_ys == 1)
        tj_auto_yaml_put(b->options, key, ys[0]);
    else
        tj_auto_yaml_put_list(b->options, key, ys, g->n_ys);
}

/* ---- trend: a series over years ------------------------------------------ */
static const char *const trend_keys[] = { "x", "y", "title", "better", NULL };

static gboolean
trend_fits(const TjAutoGroup *g)
{
    return g->n >= 3 || (g->n == 2 && g->n_ys == 1);
}

static void
trend_emit(const TjAutoGroup *g, TjAutoBlock *b, GString *why, GString *zh)
{
    start(g, b);
    tj_auto_yaml_put(b->options, "x", col_name(g, g->x));
    put_ys(g, b, "y");
    if (g->name)
        tj_auto_yaml_put(b->options, "title", g->name);
    if (g->lower)
        tj_auto_yaml_put(b->options, "better", "lower");
    if (g->n_ys > 1)
        b->per_row = 1;                       /* lines and a legend: the whole width */
    g_string_append_printf(why, _("%u values over “%s” → a trend line"), g->n,
                           col_name(g, g->x));
    g_string_append_printf(zh, "随“%s”变化的%u个数值 → 趋势图", col_name(g, g->x), g->n);
    if (g->lower) {
        g_string_append(why, _(" (lower is better)"));
        g_string_append(zh, "（越低越好）");
    }
}

/* ---- pie: shares of a whole ------------------------------------------------ */
static const char *const pie_keys[] = { "label", "value", "title", NULL };

static gboolean
pie_fits(const TjAutoGroup *g)
{
    return g->n_ys == 1 && g->n >= 2 && g->n <= 8 && g->all_positive && g->percent &&
           g->sum >= 98 && g->sum <= 102;
}

static void
pie_emit(const TjAutoGroup *g, TjAutoBlock *b, GString *why, GString *zh)
{
    start(g, b);
    tj_auto_yaml_put(b->options, "label", col_name(g, g->x));
    put_ys(g, b, "value");
    if (g->name)
        tj_auto_yaml_put(b->options, "title", g->name);
    char *sum = tj_format_decimal(g->sum, -1);
    g_string_append_printf(why, _("%u shares that add up to %s%% → a pie chart"), g->n, sum);
    g_string_append_printf(zh, "%u个占比，合计%s%% → 饼图", g->n, sum);
    g_free(sum);
}

/* ---- rank: many categories, largest first --------------------------------- */
static const char *const rank_keys[] = { "label", "value", "title", "ascending", NULL };

static gboolean
rank_fits(const TjAutoGroup *g)
{
    return g->n_ys == 1 && g->n >= 8;
}

static void
rank_emit(const TjAutoGroup *g, TjAutoBlock *b, GString *why, GString *zh)
{
    start(g, b);
    tj_auto_yaml_put(b->options, "label", col_name(g, g->x));
    put_ys(g, b, "value");
    if (g->name)
        tj_auto_yaml_put(b->options, "title", g->name);
    if (g->lower)
        tj_auto_yaml_put(b->options, "ascending", "true");
    g_string_append_printf(why, _("%u categories, many → a ranking"), g->n);
    g_string_append_printf(zh, "%u个类别，较多 → 排名图", g->n);
}

/* ---- bar: categories ------------------------------------------------------ */
static const char *const bar_keys[] = { "x", "y", "title", "horizontal", NULL };

static gboolean
bar_fits(const TjAutoGroup *g)
{
    return g->n >= 2;
}

static void
bar_emit(const TjAutoGroup *g, TjAutoBlock *b, GString *why, GString *zh)
{
    start(g, b);
    tj_auto_yaml_put(b->options, "x", col_name(g, g->x));
    put_ys(g, b, "y");
    if (g->name)
        tj_auto_yaml_put(b->options, "title", g->name);
    gboolean horizontal = g->n * g->n_ys >= 6 || g->longest >= 7;
    if (horizontal)
        tj_auto_yaml_put(b->options, "horizontal", "true");
    if (g->n_ys > 1 && tj_auto_is_year(col_name(g, g->ys[0]))) {
        g_string_append_printf(why, _("%u indicators with a column per year → a bar chart, "
                                      "a bar per year"), g->n);
        g_string_append_printf(zh, "%u个指标、每年一列 → 条形图（每年一根）", g->n);
    } else {
        g_string_append_printf(why, _("%u categories in one unit → a bar chart"), g->n);
        g_string_append_printf(zh, "同一单位的%u个类别 → 条形图", g->n);
    }
    if (horizontal) {
        g_string_append(why, _(", horizontal: many bars or long names"));
        g_string_append(zh, "，横向：条多或名称长");
    }
}

/* ---- bar of years: several series with two points --------------------------- */
static gboolean
years_bar_fits(const TjAutoGroup *g)
{
    return g->n >= 2;
}

static void
years_bar_emit(const TjAutoGroup *g, TjAutoBlock *b, GString *why, GString *zh)
{
    start(g, b);
    tj_auto_yaml_put(b->options, "x", col_name(g, g->x));
    put_ys(g, b, "y");
    g_string_append_printf(why, _("%u indicators over only %u years → a bar chart, a bar "
                                  "per indicator (lines of two points would crowd their labels)"),
                           g->n_ys, g->n);
    g_string_append_printf(zh, "%u个指标只有%u年 → 条形图（每个指标一根）", g->n_ys, g->n);
}

/* ---- gauge: a share or rate in % ------------------------------------------ */
static const char *const gauge_keys[] = { "value", "label", NULL };

static gboolean
gauge_fits(const TjAutoGroup *g)
{
    return g->percent && g->rate && !g->lower && g->value >= 0 && g->value <= 100;
}

static void
one_start(const TjAutoGroup *g, TjAutoBlock *b)
{
    start(g, b);
    tj_auto_yaml_put(b->options, "value", col_name(g, g->col));
    if (g->label)
        tj_auto_yaml_put(b->options, "label", g->label);
}

static void
gauge_emit(const TjAutoGroup *g, TjAutoBlock *b, GString *why, GString *zh)
{
    one_start(g, b);
    g_string_append_printf(why, _("a share or rate in %% (%s) → a gauge"), g->shown);
    g_string_append_printf(zh, "比率（%s） → 环形进度", g->shown);
}

/* ---- kpi: one value, with its change -------------------------------------- */
static const char *const kpi_keys[] = { "value", "change", "label", "better", NULL };

static gboolean
kpi_fits(const TjAutoGroup *g)
{
    (void)g;
    return TRUE;
}

static void
kpi_emit(const TjAutoGroup *g, TjAutoBlock *b, GString *why, GString *zh)
{
    one_start(g, b);
    const char *change = g->change >= 0 ? tj_table_cell_text(g->t, g->row, (guint)g->change) : "";
    if (*change)
        tj_auto_yaml_put(b->options, "change", col_name(g, g->change));
    if (g->lower)
        tj_auto_yaml_put(b->options, "better", "lower");
    if (*change) {
        g_string_append_printf(why, _("one value (%s) with a change (%s) → a tile"), g->shown,
                               change);
        g_string_append_printf(zh, "单个数值（%s），有变化（%s） → 指标卡", g->shown, change);
    } else {
        g_string_append_printf(why, _("one value (%s) → a tile"), g->shown);
        g_string_append_printf(zh, "单个数值（%s） → 指标卡", g->shown);
    }
    if (g->percent && g->rate && g->lower) {
        g_string_append(why, _("; a rate where lower is better is no progress to fill, so no gauge"));
        g_string_append(zh, "；越低越好的比率不画进度环");
    } else if (g->lower) {
        g_string_append(why, _(" (lower is better)"));
        g_string_append(zh, "（越低越好）");
    }
}

static const TjAutoRule rules[] = {
    { "trend", trend_keys, TJ_AUTO_SERIES, 2, 3, FALSE, trend_fits, trend_emit },
    { "bar", bar_keys, TJ_AUTO_SERIES, 1, 4, FALSE, years_bar_fits, years_bar_emit },
    { "pie", pie_keys, TJ_AUTO_CATS, 2, 2, FALSE, pie_fits, pie_emit },
    { "rank", rank_keys, TJ_AUTO_CATS, 1, 4, FALSE, rank_fits, rank_emit },
    { "bar", bar_keys, TJ_AUTO_CATS, 1, 4, FALSE, bar_fits, bar_emit },
    { "gauge", gauge_keys, TJ_AUTO_ONE, 3, 1, TRUE, gauge_fits, gauge_emit },
    { "kpi", kpi_keys, TJ_AUTO_ONE, 3, 0, TRUE, kpi_fits, kpi_emit },
    { NULL, NULL, 0, 0, 0, FALSE, NULL, NULL }
};

const TjAutoRule *
tj__auto_rules(void)
{
    return rules;
}

gboolean
tj_auto_kind_available(const char *kind, const char *const *keys)
{
    const TjKind *k = tj_bind_kind(kind);
    if (!k)
        return FALSE;
    for (; keys && *keys; keys++) {
        gboolean found = FALSE;
        for (const TjKey *e = k->keys; e->name && !found; e++)
            found = strcmp(e->name, *keys) == 0;
        for (const TjKey *e = tj_bind_common_keys(); e->name && !found; e++)
            found = strcmp(e->name, *keys) == 0;
        if (!found)
            return FALSE;
    }
    return TRUE;
}

/* Traditional characters of the words the recogniser and the rules read
 * (產業 → 产业, 增長 → 增长, 佔比 → 占比), for tables copied from Hong Kong
 * and Taiwan prints. Only these: the data itself is never changed. */
static const char trad[] = "產長類別單標數項稱區業門時間變漲減來備註說佔濃細顆擁發貧額總國內當質";
static const char simp[] = "产长类别单标数项称区业门时间变涨减来备注说占浓细颗拥发贫额总国内当质";

char *
tj__auto_simplify(const char *text)
{
    GString *out = g_string_sized_new(strlen(text));
    for (const char *p = text; *p; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        const char *t = trad, *s = simp;
        for (; *t; t = g_utf8_next_char(t), s = g_utf8_next_char(s))
            if (g_utf8_get_char(t) == c) {
                c = g_utf8_get_char(s);
                break;
            }
        g_string_append_unichar(out, c);
    }
    return g_string_free(out, FALSE);
}

gboolean
tj__auto_is_rate(const char *text)
{
    char *name = tj__auto_simplify(text);
    static const char *const rate[] = { "率", "比重", "占比", "比例", "份额", NULL };
    static const char *const change[] = { "增速", "增长", "增幅", "降幅", "下降", "减量", "减少",
                                          "降低", "同比", "变化", "增加", "提高", "涨", NULL };
    gboolean is_rate = FALSE;
    for (const char *const *w = rate; *w; w++)
        is_rate |= strstr(name, *w) != NULL;
    for (const char *const *w = change; *w && is_rate; w++)
        is_rate = strstr(name, *w) == NULL;
    g_free(name);
    return is_rate;
}

gboolean
tj__auto_is_lower(const char *name_text, const char *better)
{
    static const char *const says_lower[] = { "lower", "低", "负向", "逆向", "越少越好", NULL };
    static const char *const lower_names[] = { "失业", "浓度", "细颗粒物", "PM2.5", "交通指数",
                                               "拥堵", "能耗", "排放", "事故", "死亡", "发病",
                                               "贫困发生率", "空置率", "不良", NULL };
    const char *const *list = better && *better ? says_lower : lower_names;
    char *text = tj__auto_simplify(better && *better ? better : name_text);
    gboolean lower = FALSE;
    for (; *list && !lower; list++)
        lower = strstr(text, *list) != NULL;
    g_free(text);
    return lower;
}

gboolean
tj__auto_text_ok(const char *s)
{
    if (!s || g_utf8_strlen(s, -1) > 1000)
        return FALSE;
    for (const char *p = s; *p; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        if (c < 0x20 || (c >= 0x7f && c < 0xa0) || c == 0x2028 || c == 0x2029 ||
            c == 0xfeff || c == 0xfffe || c == 0xffff)
            return FALSE;
    }
    return TRUE;
}
