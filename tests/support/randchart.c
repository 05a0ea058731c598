/* tests/support/randchart.c — random charts of every kind (randchart.h).
 * Names are cut from pieces that reports mix: indicator words, single
 * characters, years, figures with units, Latin abbreviations. Values are
 * drawn per table around one magnitude from 10^-3 to 10^13, of either sign
 * or both, with some cells missing. */
#include "support/randchart.h"

#include <math.h>
#include <stdarg.h>
#include <string.h>

static const char *const pieces[] = {
    "地区生产总值", "社会消费品零售总额", "一般公共预算收入", "居民人均可支配收入",
    "规模以上工业", "增加值", "固定资产投资", "进出口", "东华门街道", "第三产业", "同比",
    "增长", "城镇", "农村", "新建", "改造", "老旧小区", "接诉即办", "满意率", "细颗粒物",
    "浓度", "“十四五”", "（草案）", "2020年", "2021年1月", "3", "12", "95.5%", "3980人次",
    "GDP", "CPI", "PM2.5", "5G", "R&D", "Wi-Fi", "A股", "京", "津", "冀", "甲", "乙", "区",
    "市", "县", "镇", "率", "额", "量", "数",
};

static const char *const units[] = { "", "", "", "亿元", "%", "万人", "元", "个", "吨" };

static guint
utf8_len(const char *s)
{
    return (guint)g_utf8_strlen(s, -1);
}

char *
tjt_rand_name(GRand *r, guint min, guint max)
{
    guint want = (guint)g_rand_int_range(r, (gint32)min, (gint32)max + 1);
    GString *s = g_string_new(NULL);
    while (utf8_len(s->str) < want)
        g_string_append(s, pieces[g_rand_int_range(r, 0, G_N_ELEMENTS(pieces))]);
    /* cut to @want characters (a piece may be cut: names are random) */
    const char *end = g_utf8_offset_to_pointer(s->str, want);
    g_string_truncate(s, (gsize)(end - s->str));
    return g_string_free(s, FALSE);
}

/* @n distinct names. (transfer full) */
static GPtrArray *
rand_names(GRand *r, guint n, guint min, guint max)
{
    GPtrArray *a = g_ptr_array_new_with_free_func(g_free);
    GHashTable *seen = g_hash_table_new(g_str_hash, g_str_equal);
    while (a->len < n) {
        char *name = tjt_rand_name(r, min, max);
        /* a name starting with a figure reads as a number with a unit
         * (12增长 is 12, unit 增长): names are text */
        if (g_hash_table_contains(seen, name) || strcmp(name, "其他") == 0 ||
            g_ascii_isdigit(name[0]) || name[0] == '-' || name[0] == '.') {
            g_free(name);
            min = MIN(min + 1, max);  /* short names run out: longer */
            continue;
        }
        g_hash_table_add(seen, name);
        g_ptr_array_add(a, name);
    }
    g_hash_table_destroy(seen);
    return a;
}

/* A value around 10^@mag, of sign @sign (1, -1; 0: either). */
static double
rand_value(GRand *r, double mag, int sign)
{
    double v = pow(10, mag) * g_rand_double_range(r, 0.05, 1.5);
    if (g_rand_int_range(r, 0, 20) == 0)
        v *= pow(10, g_rand_double_range(r, -3, 2));   /* an outlier */
    int sg = sign ? sign : (g_rand_boolean(r) ? 1 : -1);
    return CLAMP(v, 0.001, 1e13) * sg;
}

/* @v as a report writes it: a few significant digits. */
static void
append_value(GString *s, double v)
{
    int lead = v == 0 || !isfinite(v) ? 0 : (int)floor(log10(fabs(v)));
    int dec = CLAMP(2 - lead, 0, 4);
    char buf[G_ASCII_DTOSTR_BUF_SIZE];
    char fmt[8];
    g_snprintf(fmt, sizeof fmt, "%%.%df", dec);
    g_string_append(s, g_ascii_formatd(buf, sizeof buf, fmt, v));
}

static TjTable *
parse(const char *csv)
{
    GError *err = NULL;
    TjTable *t = tj_table_parse(csv, strlen(csv), "random.csv", &err);
    if (!t)
        g_error("random table: %s\n%s", err->message, csv);
    return t;
}

/* A table of a name column 名称 and @n_series value columns (their names
 * in @series), @n rows; @sign as rand_value's; @holes: some cells empty. */
static char *
rand_csv(GRand *r, const GPtrArray *cats, const GPtrArray *series, int sign, gboolean holes)
{
    GString *csv = g_string_new("名称");
    for (guint k = 0; k < series->len; k++)
        g_string_append_printf(csv, ",%s", (const char *)series->pdata[k]);
    g_string_append_c(csv, '\n');
    double mag = g_rand_double_range(r, -3, 13);
    const char *unit = units[g_rand_int_range(r, 0, G_N_ELEMENTS(units))];
    int sg = sign ? sign : (int)g_rand_int_range(r, -1, 2);  /* 0: both signs */
    for (guint i = 0; i < cats->len; i++) {
        g_string_append(csv, cats->pdata[i]);
        for (guint k = 0; k < series->len; k++) {
            g_string_append_c(csv, ',');
            if (holes && g_rand_int_range(r, 0, 12) == 0)
                continue;
            append_value(csv, rand_value(r, mag, sg));
            g_string_append(csv, unit);
        }
        g_string_append_c(csv, '\n');
    }
    return g_string_free(csv, FALSE);
}

static guint
rand_rows(GRand *r)
{
    /* mostly a handful, sometimes many (31 provinces) */
    return g_rand_int_range(r, 0, 6) ? (guint)g_rand_int_range(r, 1, 13)
                                     : (guint)g_rand_int_range(r, 13, 36);
}

static void
set_size(GRand *r, TjtRandChart *c)
{
    if (g_rand_boolean(r))
        return;  /* the default */
    c->w = g_rand_int_range(r, 320, 1201);
    c->h = g_rand_int_range(r, 240, 901);
}

static void
set_columns(TjNodeBuilder *b, const char *key, const GPtrArray *cols)
{
    tj_spec_builder_set_list(b, key, (const char *const *)cols->pdata, cols->len);
}

static void
set_name(GRand *r, TjNodeBuilder *b, const char *key, guint min, guint max)
{
    char *name = tjt_rand_name(r, min, max);
    tj_spec_builder_set(b, key, name);
    g_free(name);
}

static void
set_printf(TjNodeBuilder *b, const char *key, const char *fmt, ...) G_GNUC_PRINTF(3, 4);

static void
set_printf(TjNodeBuilder *b, const char *key, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *v = g_strdup_vprintf(fmt, ap);
    va_end(ap);
    tj_spec_builder_set(b, key, v);
    g_free(v);
}

static void
common_texts(GRand *r, TjNodeBuilder *b)
{
    if (g_rand_int_range(r, 0, 4))
        set_name(r, b, "title", 2, 40);
    if (g_rand_int_range(r, 0, 3) == 0)
        set_name(r, b, "source", 2, 30);
}

/* Categories and 1–@max_series series as a table in @c; the builder gets
 * nothing. */
static void
table_of(GRand *r, TjtRandChart *c, guint n, guint max_series, int sign, gboolean holes,
         GPtrArray **cats_out, GPtrArray **series_out)
{
    GPtrArray *cats = rand_names(r, n, 1, 20);
    GPtrArray *series = rand_names(r, (guint)g_rand_int_range(r, 1, (gint32)max_series + 1), 1, 12);
    c->csv = rand_csv(r, cats, series, sign, holes);
    c->table = parse(c->csv);
    *cats_out = cats;
    *series_out = series;
}

static void
names_from(TjtRandChart *c, const GPtrArray *cats)
{
    for (guint i = 0; i < cats->len; i++)
        g_ptr_array_add(c->names, g_strdup(cats->pdata[i]));
}

/* ---- one function a kind ------------------------------------------------ */

static void
rand_bar(GRand *r, TjtRandChart *c, TjNodeBuilder *b)
{
    GPtrArray *cats, *series;
    table_of(r, c, rand_rows(r), 8, 0, TRUE, &cats, &series);
    tj_spec_builder_set(b, "x", "名称");
    set_columns(b, "y", series);
    if (g_rand_int_range(r, 0, 3) == 0)
        tj_spec_builder_set(b, "horizontal", "true");
    if (series->len > 1 && g_rand_int_range(r, 0, 4) == 0)
        tj_spec_builder_set(b, "stacked", "true");
    if (g_rand_int_range(r, 0, 5) == 0)
        tj_spec_builder_set(b, "highlight", cats->pdata[g_rand_int_range(r, 0, cats->len)]);
    if (g_rand_int_range(r, 0, 6) == 0 && cats->len > 4) {
        set_printf(b, "top", "%d", g_rand_int_range(r, 2, 8));
    } else {
        names_from(c, cats);
    }
    g_ptr_array_unref(cats);
    g_ptr_array_unref(series);
}

static void
rand_trend(GRand *r, TjtRandChart *c, TjNodeBuilder *b)
{
    guint n = (guint)g_rand_int_range(r, 2, 31);
    GPtrArray *series = rand_names(r, (guint)g_rand_int_range(r, 1, 9), 1, 12);
    GString *csv = g_string_new("年份");
    for (guint k = 0; k < series->len; k++)
        g_string_append_printf(csv, ",%s", (const char *)series->pdata[k]);
    g_string_append_c(csv, '\n');
    double mag = g_rand_double_range(r, -3, 13);
    int sg = (int)g_rand_int_range(r, -1, 2);
    const char *unit = units[g_rand_int_range(r, 0, G_N_ELEMENTS(units))];
    int y0 = g_rand_int_range(r, 1978, 2020);
    for (guint i = 0; i < n; i++) {
        g_string_append_printf(csv, "%d", y0 + (int)i);
        for (guint k = 0; k < series->len; k++) {
            g_string_append_c(csv, ',');
            if (g_rand_int_range(r, 0, 15) == 0)
                continue;
            append_value(csv, rand_value(r, mag, sg));
            g_string_append(csv, unit);
        }
        g_string_append_c(csv, '\n');
    }
    c->csv = g_string_free(csv, FALSE);
    c->table = parse(c->csv);
    tj_spec_builder_set(b, "x", "年份");
    set_columns(b, "y", series);
    static const char *const hl[] = { "last", "extremes", "none" };
    tj_spec_builder_set(b, "highlight", hl[g_rand_int_range(r, 0, 3)]);
    if (g_rand_int_range(r, 0, 4) == 0)
        tj_spec_builder_set(b, "area", "true");
    if (series->len == 1 && g_rand_int_range(r, 0, 4) == 0) {
        GString *t = g_string_new(NULL);
        append_value(t, rand_value(r, mag, sg));
        g_string_append(t, unit);
        g_string_append(t, "左右");
        tj_spec_builder_set(b, "target", t->str);
        g_string_free(t, TRUE);
    }
    if (series->len > 1)
        names_from(c, series);
    g_ptr_array_unref(series);
}

static void
rand_gauge(GRand *r, TjtRandChart *c, TjNodeBuilder *b)
{
    (void)c;
    static const char *const styles[] = { "ring", "semicircle", "bar" };
    double lo = g_rand_int_range(r, 0, 3) ? 0 : -rand_value(r, g_rand_double_range(r, 0, 4), 1);
    double hi = g_rand_int_range(r, 0, 2) ? 100 : fabs(rand_value(r, g_rand_double_range(r, -2, 12), 1));
    double v = g_rand_double_range(r, lo, hi);
    GString *t = g_string_new(NULL);
    append_value(t, v == 0 ? 0.001 : v);
    tj_spec_builder_set(b, "value", t->str);
    g_string_truncate(t, 0);
    append_value(t, lo);
    if (lo != 0)
        tj_spec_builder_set(b, "min", t->str);
    g_string_truncate(t, 0);
    append_value(t, hi);
    tj_spec_builder_set(b, "max", t->str);
    const char *style = styles[g_rand_int_range(r, 0, 3)];
    tj_spec_builder_set(b, "style", style);
    if (g_rand_int_range(r, 0, 3) == 0) {
        g_string_truncate(t, 0);
        append_value(t, lo + (hi - lo) * g_rand_double_range(r, 0.05, 0.95));
        tj_spec_builder_set(b, "target", t->str);
    }
    if (strcmp(style, "semicircle") == 0 && g_rand_boolean(r)) {
        g_string_truncate(t, 0);
        append_value(t, lo + (hi - lo) * 0.4);
        g_string_append_c(t, ',');
        append_value(t, lo + (hi - lo) * 0.8);
        tj_spec_builder_set(b, "bands", t->str);
    }
    g_string_free(t, TRUE);
    set_name(r, b, "label", 1, 20);
}

static void
rand_kpi(GRand *r, TjtRandChart *c, TjNodeBuilder *b)
{
    (void)c;
    GString *t = g_string_new(NULL);
    append_value(t, rand_value(r, g_rand_double_range(r, -3, 13), 0));
    g_string_append(t, units[g_rand_int_range(r, 0, G_N_ELEMENTS(units))]);
    tj_spec_builder_set(b, "value", t->str);
    if (g_rand_int_range(r, 0, 4)) {
        g_string_truncate(t, 0);
        append_value(t, rand_value(r, g_rand_double_range(r, -3, 3), 0));
        g_string_append_c(t, '%');
        tj_spec_builder_set(b, "change", t->str);
    }
    g_string_free(t, TRUE);
    set_name(r, b, "label", 1, 20);
    static const char *const styles[] = { "sign", "arrow", "words" };
    tj_spec_builder_set(b, "change_style", styles[g_rand_int_range(r, 0, 3)]);
    if (g_rand_int_range(r, 0, 3) == 0)
        set_name(r, b, "compare", 2, 24);
    if (g_rand_boolean(r))
        tj_spec_builder_set(b, "better", "lower");
}

static void
rand_combo(GRand *r, TjtRandChart *c, TjNodeBuilder *b)
{
    GPtrArray *cats = rand_names(r, rand_rows(r), 1, 20);
    GPtrArray *series = rand_names(r, 2, 1, 12);
    GString *csv = g_string_new(NULL);
    g_string_printf(csv, "名称,%s,%s\n", (const char *)series->pdata[0],
                    (const char *)series->pdata[1]);
    double mag = g_rand_double_range(r, -3, 13);
    int sg = (int)g_rand_int_range(r, -1, 2);
    for (guint i = 0; i < cats->len; i++) {
        g_string_append_printf(csv, "%s,", (const char *)cats->pdata[i]);
        if (g_rand_int_range(r, 0, 12))
            append_value(csv, rand_value(r, mag, sg));
        g_string_append_c(csv, ',');
        if (g_rand_int_range(r, 0, 12)) {
            append_value(csv, rand_value(r, g_rand_double_range(r, -2, 2), 0));
            g_string_append_c(csv, '%');
        }
        g_string_append_c(csv, '\n');
    }
    c->csv = g_string_free(csv, FALSE);
    c->table = parse(c->csv);
    tj_spec_builder_set(b, "x", "名称");
    tj_spec_builder_set(b, "bar", series->pdata[0]);
    tj_spec_builder_set(b, "line", series->pdata[1]);
    names_from(c, cats);
    g_ptr_array_unref(cats);
    g_ptr_array_unref(series);
}

static void
rand_pie(GRand *r, TjtRandChart *c, TjNodeBuilder *b)
{
    GPtrArray *cats, *series;
    table_of(r, c, (guint)g_rand_int_range(r, 1, 13), 1, 1, FALSE, &cats, &series);
    tj_spec_builder_set(b, "label", "名称");
    tj_spec_builder_set(b, "value", series->pdata[0]);
    if (g_rand_int_range(r, 0, 3) == 0)
        tj_spec_builder_set(b, "donut", "false");
    if (cats->len <= 6)
        names_from(c, cats);
    g_ptr_array_unref(cats);
    g_ptr_array_unref(series);
}

static void
rand_rank(GRand *r, TjtRandChart *c, TjNodeBuilder *b)
{
    GPtrArray *cats, *series;
    table_of(r, c, (guint)g_rand_int_range(r, 1, 13), 1, 0, TRUE, &cats, &series);
    tj_spec_builder_set(b, "label", "名称");
    tj_spec_builder_set(b, "value", series->pdata[0]);
    if (g_rand_int_range(r, 0, 3) == 0)
        set_printf(b, "top", "%d", g_rand_int_range(r, 1, 8));
    if (g_rand_int_range(r, 0, 3) == 0)
        tj_spec_builder_set(b, "highlight", cats->pdata[g_rand_int_range(r, 0, cats->len)]);
    if (g_rand_int_range(r, 0, 4) == 0)
        tj_spec_builder_set(b, "ascending", "true");
    g_ptr_array_unref(cats);
    g_ptr_array_unref(series);
}

static void
rand_table(GRand *r, TjtRandChart *c, TjNodeBuilder *b)
{
    GPtrArray *cats, *series;
    /* a table's columns are not series: up to 4 beside the names */
    table_of(r, c, (guint)g_rand_int_range(r, 1, 11), 4, 0, TRUE, &cats, &series);
    if (g_rand_boolean(r))
        tj_spec_builder_set(b, "bar", series->pdata[g_rand_int_range(r, 0, series->len)]);
    names_from(c, cats);
    g_ptr_array_unref(cats);
    g_ptr_array_unref(series);
}

static void
rand_timeline(GRand *r, TjtRandChart *c, TjNodeBuilder *b)
{
    guint n = (guint)g_rand_int_range(r, 1, 13);
    GPtrArray *texts = rand_names(r, n, 1, 40);
    GString *csv = g_string_new("日期,事件\n");
    int y = g_rand_int_range(r, 1949, 2030), mo = 1, style = g_rand_int_range(r, 0, 3);
    for (guint i = 0; i < n; i++) {
        mo += g_rand_int_range(r, 1, 6);
        if (mo > 12)
            y++, mo -= 12;
        int d = g_rand_int_range(r, 1, 29);
        if (style == 0)
            g_string_append_printf(csv, "%d年%d月%d日", y, mo, d);
        else if (style == 1)
            g_string_append_printf(csv, "%d-%02d-%02d", y, mo, d);
        else
            g_string_append_printf(csv, "%d.%d", y, mo);
        g_string_append_printf(csv, ",%s\n", (const char *)texts->pdata[i]);
    }
    c->csv = g_string_free(csv, FALSE);
    c->table = parse(c->csv);
    tj_spec_builder_set(b, "date", "日期");
    tj_spec_builder_set(b, "text", "事件");
    static const char *const dirs[] = { "auto", "horizontal", "vertical" };
    tj_spec_builder_set(b, "direction", dirs[g_rand_int_range(r, 0, 3)]);
    names_from(c, texts);
    g_ptr_array_unref(texts);
}

static void
rand_pictogram(GRand *r, TjtRandChart *c, TjNodeBuilder *b)
{
    (void)c;
    GString *t = g_string_new(NULL);
    if (g_rand_boolean(r)) {
        append_value(t, g_rand_double_range(r, 0.001, 100));
        g_string_append_c(t, '%');
        if (g_rand_boolean(r))
            set_printf(b, "count", "%d", g_rand_int_range(r, 1, 101));
    } else {
        double per = pow(10, g_rand_int_range(r, 0, 6));
        append_value(t, per * g_rand_double_range(r, 0.5, 60));
        g_string_append(t, "人");
        set_printf(b, "per", "%.0f", per);
    }
    tj_spec_builder_set(b, "value", t->str);
    g_string_free(t, TRUE);
    set_name(r, b, "label", 1, 20);
}

typedef void (*RandKind)(GRand *r, TjtRandChart *c, TjNodeBuilder *b);

static const struct { const char *kind; RandKind fn; } kinds[] = {
    { "bar", rand_bar }, { "trend", rand_trend }, { "gauge", rand_gauge },
    { "kpi", rand_kpi }, { "combo", rand_combo }, { "pie", rand_pie },
    { "rank", rand_rank }, { "table", rand_table }, { "timeline", rand_timeline },
    { "pictogram", rand_pictogram },
};

void
tjt_rand_chart(GRand *r, const char *kind, TjtRandChart *out)
{
    memset(out, 0, sizeof *out);
    out->names = g_ptr_array_new_with_free_func(g_free);
    TjNodeBuilder *b = tj_spec_builder_new();
    gsize i = 0;
    while (i < G_N_ELEMENTS(kinds) && strcmp(kinds[i].kind, kind) != 0)
        i++;
    if (i == G_N_ELEMENTS(kinds))
        g_error("randchart: no generator for the kind “%s”", kind);
    kinds[i].fn(r, out, b);
    common_texts(r, b);
    set_size(r, out);
    out->opts = tj_spec_builder_finish(b);
}

void
tjt_rand_chart_clear(TjtRandChart *c)
{
    tj_table_free(c->table);
    g_free(c->csv);
    tj_spec_node_free(c->opts);
    g_ptr_array_unref(c->names);
    memset(c, 0, sizeof *c);
}
