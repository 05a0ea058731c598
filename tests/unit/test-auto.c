/* tests/unit/test-auto.c — `tujie auto`'s recogniser and chooser on tables
 * transcribed from the seed texts (the 2021 Dongcheng work report, and the
 * 2020 statistical communiqué in traditional characters, UTF-16), on the
 * district example's tables, and on random tables: the form and columns
 * found, the block chosen for each group and why, pie and rank taken when
 * the library has them, and every drafted spec passing `tujie check` with
 * no overlapping text on the page. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "api/spec-private.h"
#include "auto/auto.h"
#include "support/tjtest.h"

static char *tmpdir;

static int
tjt_strcmp_p(const char **a, const char **b)
{
    return strcmp(*a, *b);
}

/* @csv written to @name in the temporary folder (@utf16: as UTF-16LE with
 * a BOM, as Excel's "Unicode text") and loaded. */
static TjTable *
table(const char *name, const char *csv, gboolean utf16)
{
    char *path = g_build_filename(tmpdir, name, NULL);
    if (utf16) {
        gsize len = 0;
        char *u = g_convert(csv, -1, "UTF-16LE", "UTF-8", NULL, &len, NULL);
        GString *b = g_string_new_len("\xff\xfe", 2);
        g_string_append_len(b, u, (gssize)len);
        g_assert_true(g_file_set_contents(path, b->str, (gssize)b->len, NULL));
        g_string_free(b, TRUE);
        g_free(u);
    } else {
        g_assert_true(g_file_set_contents(path, csv, -1, NULL));
    }
    GError *err = NULL;
    TjTable *t = tj_table_load(path, &err);
    g_assert_no_error(err);
    g_free(path);
    return t;
}

static gboolean
with_pie_and_rank(const char *kind, const char *const *keys)
{
    if (strcmp(kind, "pie") == 0 || strcmp(kind, "rank") == 0)
        return TRUE;
    return tj_auto_kind_available(kind, keys);
}

static gboolean
without_pie_and_rank(const char *kind, const char *const *keys)
{
    if (strcmp(kind, "pie") == 0 || strcmp(kind, "rank") == 0)
        return FALSE;
    return tj_auto_kind_available(kind, keys);
}

/* The spec drafted for @n tables, with its explanation. */
static char *
draft(TjTable **t, guint n, TjAutoHasKind has, char **why)
{
    TjDiagList *explain = tj_diag_list_new();
    TjAutoParams p = { 0 };
    p.has_kind = has ? has : without_pie_and_rank;
    GError *err = NULL;
    char *spec = tj_auto_draft_spec((const TjTable *const *)t, n, &p, explain, &err);
    g_assert_no_error(err);
    GString *s = g_string_new(NULL);
    for (guint i = 0; i < tj_diag_list_n(explain); i++) {
        char *line = tj_diag_format(tj_diag_list_get(explain, i));
        g_string_append_printf(s, "%s\n", line);
        g_free(line);
    }
    *why = g_string_free(s, FALSE);
    tj_diag_list_free(explain);
    return spec;
}

static void
assert_has(const char *text, const char *part)
{
    if (!strstr(text, part))
        g_error("missing “%s” in:\n%s", part, text);
}

/* The spec checks (as `tujie check`, data read from @dir) and its page,
 * laid out with the fake measurer (or with @fonts, tujie's own), has no two
 * texts overlapping. */
static void
assert_checks_with(const char *spec, const char *dir, TjFonts *fonts)
{
    char *name = g_build_filename(dir, "auto.yaml", NULL);
    TjScene *s = NULL;
    GError *err = NULL;
    gboolean ok;
    if (fonts) {
        TjSpecSrc src = { name, spec, strlen(spec), FALSE };
        ok = tj__api_src_scene(&src, NULL, fonts, NULL, &s, NULL, &err);
        tj_fonts_set_family(fonts, NULL, NULL);
    } else {
        ok = tj__api_spec_scene_bytes(spec, strlen(spec), name, NULL, tj_measurer_fake(),
                                      &s, NULL, &err);
    }
    if (!ok)
        g_error("%s\n---\n%s", err->message, spec);
    guint n = tj_scene_n_items(s);
    for (guint i = 0; i < n; i++) {
        const TjItem *a = tj_scene_item(s, i);
        if (a->kind != TJ_ITEM_TEXT || a->u.text.angle != 0)
            continue;
        TjRect ra = tj_scene_text_box(a);
        for (guint j = i + 1; j < n; j++) {
            const TjItem *b = tj_scene_item(s, j);
            if (b->kind != TJ_ITEM_TEXT || b->u.text.angle != 0)
                continue;
            TjRect rb = tj_scene_text_box(b);
            if (tj_rect_overlaps(&ra, &rb, 0.5))
                g_error("“%s” overlaps “%s” in\n%s", a->u.text.text, b->u.text.text, spec);
        }
    }
    tj_scene_free(s);
    g_free(name);
}

static void
assert_checks(const char *spec, const char *dir)
{
    assert_checks_with(spec, dir, NULL);
}

/* Report, line 26 and 72: values with their changes, one unit but the
 * traffic index → tiles with 同比, the index better lower. */
static void
test_report_changes(void)
{
    TjTable *t = table("经济指标.csv",
        "指标,数值,同比\n"
        "地区生产总值,2954.7亿元,0.2%\n"
        "区级一般公共预算收入,181.4亿元,-4.4%\n"
        "高峰时段道路交通指数,5.03,-18.2%\n", FALSE);
    TjAutoShape sh;
    g_assert_true(tj_auto_recognise(t, &sh, NULL));
    g_assert_cmpint(sh.form, ==, TJ_AUTO_ITEMS);
    g_assert_cmpint(sh.name, ==, 0);
    g_assert_cmpint(sh.change, ==, 2);
    g_assert_cmpuint(sh.values->len, ==, 1);
    tj_auto_shape_clear(&sh);
    char *why, *spec = draft(&t, 1, NULL, &why);
    assert_has(spec, "heading: 经济指标");
    assert_has(spec, "kpi: {data: 经济指标, where: {指标: 地区生产总值}, value: 数值, change: 同比}");
    assert_has(spec, "where: {指标: 高峰时段道路交通指数}, value: 数值, change: 同比, better: lower}");
    assert_has(why, "经济指标.csv:2:8: “地区生产总值”: one value (2954.7亿元) with a change (0.2%) → a tile");
    g_assert_null(strstr(spec, "bar:"));       /* 5.03 has no unit: no chart of categories */
    assert_has(why, "the values are in different units");
    assert_checks(spec, tmpdir);
    g_free(spec);
    g_free(why);
    tj_table_free(t);
}

/* A table from `tujie extract`: each tile's comment says the report's line
 * its figure was taken from (the 来源 cell "26:52 …"); a 来源 that names
 * no line says nothing. */
static void
test_source_lines(void)
{
    TjTable *t = table("extracted.csv",
        "指标,数值,单位,限定,变化,来源\n"
        "地区生产总值,2954.7,亿元,,+0.2%,\"26:52 全年全区地区生产总值实现2954.7亿元\"\n"
        "街道干部,3200,名,余,,\"55:9 抽调3200余名街道干部\"\n"
        "建安投资,73.8,亿元,,,国家统计局\n", FALSE);
    char *why, *spec = draft(&t, 1, NULL, &why);
    assert_has(spec, "# 地区生产总值：单个数值（2954.7亿元），有变化（+0.2%） → 指标卡；原文第26行\n");
    assert_has(spec, "→ 指标卡；原文第55行\n");
    assert_has(spec, "# 建安投资：单个数值（73.8亿元） → 指标卡\n");
    assert_checks(spec, tmpdir);
    g_free(spec);
    g_free(why);
    tj_table_free(t);
}

/* Report, lines 86, 88, 98: rates in % → gauges; the same rates with a
 * growth among them → a block each, the growth a tile. */
static void
test_report_rates(void)
{
    TjTable *t = table("rates.csv",
        "指标,数值\n"
        "办结率,100%\n"
        "解决率,87.7%\n"
        "院前急救呼叫满足率,98.5%\n"
        "行政执法增长,63.3%\n", FALSE);
    char *why, *spec = draft(&t, 1, NULL, &why);
    assert_has(spec, "gauge: {data: rates, where: {指标: 办结率}, value: 数值}");
    assert_has(spec, "gauge: {data: rates, where: {指标: 院前急救呼叫满足率}, value: 数值}");
    assert_has(spec, "kpi: {data: rates, where: {指标: 行政执法增长}, value: 数值}");
    assert_has(why, "“解决率”: a share or rate in % (87.7%) → a gauge");
    /* tiles come before gauges, and a lone tile shares the gauges' row */
    g_assert_true(strstr(spec, "kpi:") < strstr(spec, "gauge:"));
    assert_has(spec, "- - kpi:");
    assert_checks(spec, tmpdir);
    g_free(spec);
    g_free(why);
    tj_table_free(t);
}

/* Communiqué, in traditional characters and UTF-16: 產業 are the names,
 * 增長 the changes; the shares that add up to 100 % are a pie when the
 * library has pie, a bar otherwise; 增加值 in one unit is a bar. */
static void
test_communique_traditional(void)
{
    TjTable *t = table("產業.csv",
        "產業,增加值,增長,比重\n"
        "第一產業,77754億元,3.0%,7.7%\n"
        "第二產業,384255億元,2.6%,37.8%\n"
        "第三產業,553977億元,2.1%,54.5%\n", TRUE);
    g_assert_cmpstr(tj_table_encoding(t), ==, "UTF-16LE");
    TjAutoShape sh;
    g_assert_true(tj_auto_recognise(t, &sh, NULL));
    g_assert_cmpint(sh.change, ==, 2);
    g_assert_cmpuint(sh.values->len, ==, 2);
    tj_auto_shape_clear(&sh);
    char *why, *spec = draft(&t, 1, with_pie_and_rank, &why);
    assert_has(spec, "pie: {data: 產業, label: 產業, value: 比重, title: 比重}");
    assert_has(why, "3 shares that add up to 100% → a pie chart");
    assert_has(spec, "bar: {data: 產業, x: 產業, y: 增加值, title: 增加值}");
    assert_has(spec, "where: {產業: 第一產業}, value: 增加值, change: 增長}");
    g_free(spec);
    g_free(why);
    spec = draft(&t, 1, without_pie_and_rank, &why);
    g_assert_null(strstr(spec, "pie:"));
    assert_has(spec, "bar: {data: 產業, x: 產業, y: 比重, title: 比重}");
    assert_checks(spec, tmpdir);
    g_free(spec);
    g_free(why);
    tj_table_free(t);
}

/* Communiqué: GDP by quarter, a growth in % each → categories, a bar. */
static void
test_communique_quarters(void)
{
    TjTable *t = table("quarters.csv",
        "季度,国内生产总值增长\n"
        "一季度,-6.8%\n二季度,3.2%\n三季度,4.9%\n四季度,6.5%\n", FALSE);
    char *why, *spec = draft(&t, 1, NULL, &why);
    assert_has(spec, "bar: {data: quarters, x: 季度, y: 国内生产总值增长, title: 国内生产总值增长}");
    assert_has(why, "4 categories in one unit → a bar chart");
    assert_checks(spec, tmpdir);
    g_free(spec);
    g_free(why);
    tj_table_free(t);
}

/* Report, line 116 and 26: years across the top → a bar per year. */
static void
test_years_as_columns(void)
{
    TjTable *t = table("targets.csv",
        "指标,2020年,2021年目标\n"
        "地区生产总值增速,0.2%,6%左右\n"
        "区级一般公共预算收入增速,-4.4%,5%\n"
        "社会消费品零售总额增速,-8%,3%左右\n", FALSE);
    TjAutoShape sh;
    g_assert_true(tj_auto_recognise(t, &sh, NULL));
    g_assert_cmpint(sh.form, ==, TJ_AUTO_YEAR_COLS);
    g_assert_cmpuint(sh.values->len, ==, 2);
    tj_auto_shape_clear(&sh);
    char *why, *spec = draft(&t, 1, NULL, &why);
    assert_has(spec, "bar: {data: targets, x: 指标, y: [2020年, 2021年目标], horizontal: true}");
    assert_has(why, "3 indicators with a column per year → a bar chart, a bar per year");
    assert_checks(spec, tmpdir);
    g_free(spec);
    g_free(why);
    tj_table_free(t);
}

/* The example's tables (written by others): years down the side → trends,
 * the PM2.5 one better lower, three growth columns in % as one trend;
 * 类别 → sections; the same figure in two tables drawn once. */
static void
test_example_tables(void)
{
    static const char *const names[] = { "economy-2020.csv", "indicators-2020.csv",
                                         "gdp.csv", "growth.csv", "pm25.csv", "housing-2020.csv" };
    TjTable *t[G_N_ELEMENTS(names)];
    char *rel = tjt_src_path("examples/dongcheng-2021");
    char *dir = g_canonicalize_filename(rel, NULL);
    g_free(rel);
    for (guint i = 0; i < G_N_ELEMENTS(names); i++) {
        char *path = g_build_filename(dir, names[i], NULL);
        GError *err = NULL;
        t[i] = tj_table_load(path, &err);
        g_assert_no_error(err);
        g_free(path);
    }
    TjAutoShape sh;
    g_assert_true(tj_auto_recognise(t[2], &sh, NULL));
    g_assert_cmpint(sh.form, ==, TJ_AUTO_YEAR_ROWS);
    g_assert_cmpuint(sh.values->len, ==, 1);           /* 标注 and 说明 are no series */
    tj_auto_shape_clear(&sh);
    char *why, *spec = draft(t, G_N_ELEMENTS(names), with_pie_and_rank, &why);
    assert_has(spec, "trend: {data: gdp, x: 年份, y: 地区生产总值, title: 地区生产总值}");
    assert_has(spec, "bar: {data: growth, x: 年份, y: [地区生产总值, 区级一般公共预算收入, 社会消费品零售总额]}");
    assert_has(why, "growth.csv:1:4: “growth.csv”: 3 indicators over only 2 years → a bar chart");
    assert_has(spec, "y: 细颗粒物年均浓度, title: 细颗粒物年均浓度, better: lower}");
    assert_has(spec, "heading: 变化趋势");
    assert_has(spec, "rank: {data: economy-2020, label: 指标, value: 数值}");
    assert_has(spec, "- heading: 签约率");
    assert_has(why, "“地区生产总值”: the same value is already drawn from");
    g_assert_null(strstr(spec, "data: indicators-2020, where: {指标: 地区生产总值}"));
    g_free(spec);
    g_free(why);
    spec = draft(t, G_N_ELEMENTS(names), NULL, &why);
    assert_has(spec, "bar: {data: economy-2020, x: 指标, y: 数值, horizontal: true}");
    assert_checks(spec, dir);
    g_free(spec);
    g_free(why);
    for (guint i = 0; i < G_N_ELEMENTS(names); i++)
        tj_table_free(t[i]);
    g_free(dir);
}

/* Every table of the example, as `make demo` drafts them, laid out with
 * tujie's own fonts: no two texts overlap. */
static void
test_example_all_real_fonts(void)
{
    char *rel = tjt_src_path("examples/dongcheng-2021");
    char *dir = g_canonicalize_filename(rel, NULL);
    GDir *d = g_dir_open(dir, 0, NULL);
    GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
    for (const char *f; (f = g_dir_read_name(d));)
        if (g_str_has_suffix(f, ".csv"))
            g_ptr_array_add(names, g_strdup(f));
    g_dir_close(d);
    g_ptr_array_sort(names, (GCompareFunc)tjt_strcmp_p);
    g_assert_cmpuint(names->len, >=, 12);
    TjTable **t = g_new0(TjTable *, names->len);
    for (guint i = 0; i < names->len; i++) {
        char *path = g_build_filename(dir, names->pdata[i], NULL);
        GError *err = NULL;
        t[i] = tj_table_load(path, &err);
        g_assert_no_error(err);
        g_free(path);
    }
    char *why, *spec = draft(t, names->len, tj_auto_kind_available, &why);   /* as the library has */
    GError *err = NULL;
    TjFonts *fonts = tj_fonts_new(NULL, &err);
    g_assert_no_error(err);
    assert_checks_with(spec, dir, fonts);
    tj_fonts_free(fonts);
    g_free(spec);
    g_free(why);
    for (guint i = 0; i < names->len; i++)
        tj_table_free(t[i]);
    g_free(t);
    g_ptr_array_free(names, TRUE);
    g_free(dir);
    g_free(rel);
}

/* Tables with nothing to draw: an INPUT error, and why. */
static void
test_nothing(void)
{
    TjTable *t = table("words.csv", "名称,说明\n甲,一段很长的说明文字\n", FALSE);
    TjDiagList *explain = tj_diag_list_new();
    TjAutoParams p = { 0 };
    GError *err = NULL;
    g_assert_null(tj_auto_draft_spec((const TjTable *const *)&t, 1, &p, explain, &err));
    g_assert_error(err, TJ_ERROR, TJ_ERROR_INPUT);
    g_assert_cmpuint(tj_diag_list_n(explain), ==, 1);
    g_assert_cmpstr(tj_diag_list_get(explain, 0)->text, ==, "no column of numbers: nothing to draw");
    g_clear_error(&err);
    tj_diag_list_free(explain);
    tj_table_free(t);
}

static void
test_yaml_scalars(void)
{
    static const char *const cases[][2] = {
        { "地区生产总值", "地区生产总值" }, { "2020", "2020" }, { "2021年目标", "2021年目标" },
        { "", "\"\"" }, { "~", "\"~\"" }, { "null", "\"null\"" }, { "a: b", "\"a: b\"" },
        { "-8%", "\"-8%\"" }, { "#1", "\"#1\"" }, { "[x]", "\"[x]\"" }, { "a,b", "\"a,b\"" },
        { "say \"hi\"", "\"say \\\"hi\\\"\"" }, { "a\\b", "\"a\\\\b\"" }, { "甲　乙", "\"甲　乙\"" },
        { "PM2.5", "PM2.5" }, { "&x", "\"&x\"" }, { "*x", "\"*x\"" }, { "!x", "\"!x\"" },
    };
    for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
        GString *s = g_string_new(NULL);
        tj_auto_yaml_scalar(s, cases[i][0]);
        g_assert_cmpstr(s->str, ==, cases[i][1]);
        g_string_free(s, TRUE);
    }
}

/* ---- random tables: never a crash, every draft passes check ------------- */

static const char *const headers[] = {
    "指标", "数值", "同比", "类别", "年份", "单位", "名称", "2020", "2021年", "比重", "变化",
    "x", "a: b", "#c", "\"q\"", "数值（亿元）", "增长率", "时期", "原文", "标注", "类型", "{y}",
};
static const char *const numbers[] = {
    "", "-", "12", "2954.7亿元", "21.8%", "-4.4%", "0", "1e20", "0.0000001", "3200余名",
    "不超过4%", "6%左右", "2020", "1.4万", "99.99999999999999", "105%", "40微克/立方米",
};
static const char *const texts[] = {
    "", "2021年", "2019年目标", "甲", "乙", "地区生产总值", "覆盖率", "a: b", "#x", "[1]",
    "\"引号\"", "null", "~", "true", "，", "x,y", "合格率", "登记失业率", "经济",
    "这是一段相当长的原文句子，用来当作说明列中的内容，超过三十个字符。",
};

static char *
csv_cell(const char *s)
{
    if (!strpbrk(s, ",\"\n"))
        return g_strdup(s);
    GString *q = g_string_new("\"");
    for (const char *p = s; *p; p++) {
        if (*p == '"')
            g_string_append_c(q, '"');
        g_string_append_c(q, *p);
    }
    g_string_append_c(q, '"');
    return g_string_free(q, FALSE);
}

static void
test_random_tables(void)
{
    /* TJ_AUTO_SEED and TJ_AUTO_ROUNDS run other or more tables */
    const char *seed = g_getenv("TJ_AUTO_SEED"), *rounds = g_getenv("TJ_AUTO_ROUNDS");
    GRand *rng = g_rand_new_with_seed(seed ? (guint32)atoi(seed) : 20210220);
    guint n_rounds = rounds ? (guint)atoi(rounds) : 300, drafted = 0;
    for (guint iter = 0; iter < n_rounds; iter++) {
        guint nc = (guint)g_rand_int_range(rng, 1, 6), nr = (guint)g_rand_int_range(rng, 0, 9);
        GString *csv = g_string_new(NULL);
        GHashTable *used = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
        for (guint c = 0; c < nc; c++) {
            const char *h = headers[g_rand_int_range(rng, 0, G_N_ELEMENTS(headers))];
            char *hd = g_hash_table_contains(used, h) ? g_strdup_printf("列%u", c) : g_strdup(h);
            g_hash_table_add(used, hd);
            char *q = csv_cell(hd);
            g_string_append_printf(csv, "%s%s", c ? "," : "", q);
            g_free(q);
        }
        g_string_append_c(csv, '\n');
        gboolean numeric[8];
        for (guint c = 0; c < nc; c++)
            numeric[c] = g_rand_int_range(rng, 0, 10) < 6;
        for (guint r = 0; r < nr; r++) {
            for (guint c = 0; c < nc; c++) {
                gboolean any = g_rand_int_range(rng, 0, 10) == 0;
                const char *v = numeric[c] != any
                    ? numbers[g_rand_int_range(rng, 0, G_N_ELEMENTS(numbers))]
                    : texts[g_rand_int_range(rng, 0, G_N_ELEMENTS(texts))];
                char *q = csv_cell(v);
                g_string_append_printf(csv, "%s%s", c ? "," : "", q);
                g_free(q);
            }
            g_string_append_c(csv, '\n');
        }
        char *path = g_build_filename(tmpdir, "random.csv", NULL);
        g_assert_true(g_file_set_contents(path, csv->str, (gssize)csv->len, NULL));
        GError *err = NULL;
        TjTable *t = tj_table_load(path, &err);
        if (t) {
            TjDiagList *explain = tj_diag_list_new();
            TjAutoParams p = { 0 };
            char *spec = tj_auto_draft_spec((const TjTable *const *)&t, 1, &p, explain, &err);
            if (spec) {
                drafted++;
                TjScene *s = NULL;
                char *name = g_build_filename(tmpdir, "auto.yaml", NULL);
                if (!tj__api_spec_scene_bytes(spec, strlen(spec), name, NULL, tj_measurer_fake(),
                                              &s, NULL, &err))
                    g_error("a draft fails its check: %s\n--- table:\n%s--- spec:\n%s",
                            err->message, csv->str, spec);
                tj_scene_free(s);
                g_free(name);
            } else {
                g_assert_error(err, TJ_ERROR, TJ_ERROR_INPUT);
            }
            g_free(spec);
            tj_diag_list_free(explain);
            tj_table_free(t);
        }
        g_clear_error(&err);
        g_free(path);
        g_hash_table_destroy(used);
        g_string_free(csv, TRUE);
    }
    g_assert_cmpuint(drafted, >, n_rounds / 6);
    g_rand_free(rng);
}

/* Random tables of categories in one unit (shares, amounts, both signs,
 * short and long names, up to 40 rows): bars, pies and ranks as the
 * library has them; every draft checks and no text overlaps. */
static void
test_random_categories(void)
{
    static const char *const units[] = { "%", "亿元", "家", "" };
    static const char *const stems[] = { "东城", "第二产业增加值", "社会消费品零售总额同比增速",
                                         "A", "公园绿地500米服务半径覆盖率（按常住人口计算）" };
    const char *seed = g_getenv("TJ_AUTO_SEED"), *rounds = g_getenv("TJ_AUTO_ROUNDS");
    GRand *rng = g_rand_new_with_seed(seed ? (guint32)atoi(seed) : 7);
    guint n_rounds = rounds ? (guint)atoi(rounds) / 5 : 60;
    for (guint iter = 0; iter < n_rounds; iter++) {
        guint nr = (guint)g_rand_int_range(rng, 2, 41);
        const char *unit = units[g_rand_int_range(rng, 0, G_N_ELEMENTS(units))];
        gboolean shares = g_rand_boolean(rng), negative = g_rand_int_range(rng, 0, 4) == 0;
        GString *csv = g_string_new("名称,数值\n");
        double left = 100;
        for (guint r = 0; r < nr; r++) {
            double v = shares ? (r + 1 == nr ? left : round(left * g_rand_double_range(rng, 0.05, 0.6) * 10) / 10)
                              : round(g_rand_double_range(rng, negative ? -500 : 0, 3000) * 10) / 10;
            left -= v;
            char num[G_ASCII_DTOSTR_BUF_SIZE];
            g_ascii_formatd(num, sizeof num, "%.1f", v);
            g_string_append_printf(csv, "%s%u,%s%s\n",
                                   stems[g_rand_int_range(rng, 0, G_N_ELEMENTS(stems))], r, num,
                                   shares ? "%" : unit);
        }
        char *path = g_build_filename(tmpdir, "cats.csv", NULL);
        g_assert_true(g_file_set_contents(path, csv->str, (gssize)csv->len, NULL));
        GError *err = NULL;
        TjTable *t = tj_table_load(path, &err);
        g_assert_no_error(err);
        char *why, *spec = draft(&t, 1, tj_auto_kind_available, &why);
        assert_checks(spec, tmpdir);
        g_free(spec);
        g_free(why);
        tj_table_free(t);
        g_free(path);
        g_string_free(csv, TRUE);
    }
    g_rand_free(rng);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    tmpdir = g_dir_make_tmp("tujie-auto-XXXXXX", NULL);
    g_test_add_func("/auto/report-changes", test_report_changes);
    g_test_add_func("/auto/report-rates", test_report_rates);
    g_test_add_func("/auto/source-lines", test_source_lines);
    g_test_add_func("/auto/communique-traditional", test_communique_traditional);
    g_test_add_func("/auto/communique-quarters", test_communique_quarters);
    g_test_add_func("/auto/years-as-columns", test_years_as_columns);
    g_test_add_func("/auto/example-tables", test_example_tables);
    g_test_add_func("/auto/example-all-real-fonts", test_example_all_real_fonts);
    g_test_add_func("/auto/nothing", test_nothing);
    g_test_add_func("/auto/yaml-scalars", test_yaml_scalars);
    g_test_add_func("/auto/random-tables", test_random_tables);
    g_test_add_func("/auto/random-categories", test_random_categories);
    int rc = g_test_run();
    char *cmd = g_strdup_printf("rm -rf '%s'", tmpdir);
    if (system(cmd) != 0)
        rc = 1;
    g_free(cmd);
    g_free(tmpdir);
    return rc;
}
