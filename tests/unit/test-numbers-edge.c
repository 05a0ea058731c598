/* tests/unit/test-numbers-edge.c — odd numbers in bar, trend, gauge and kpi:
 * NaN (missing), ±Inf, 1e308, denormals, −0, values that overflow after
 * 万/亿 scaling, too many decimals, all-equal and all-missing series. Each
 * gives a correct picture (every coordinate finite, every item on the page,
 * no "nan"/"inf"/"-0" in a label) or a clear error, checked on the scene
 * laid out with the fake measurer through `tujie check`'s path. Then the
 * corpus tests/bad-input/page/NAME.yaml → NAME.expected (the whole error of
 * `tujie check`, run from the source root). */
#include <math.h>
#include <string.h>

#include "api/spec-private.h"
#include "data/table.h"
#include "layouts/chartdata.h"
#include "support/chart-theme.h"
#include "support/tjtest.h"

static TjTable *
load_text(const char *path, gpointer data, GError **error)
{
    return tj_table_parse(data, strlen(data), path, error);
}

/* The scene of spec @yaml (t.yaml) with @csv as every data file, or NULL
 * with *error set. */
static TjScene *
lay(const char *yaml, const char *csv, GError **error)
{
    TjBindEnv env = { NULL, load_text, (gpointer)(csv ? csv : "a,b\nx,1\n") };
    TjScene *s = NULL;
    if (tj__api_spec_scene_bytes(yaml, strlen(yaml), "t.yaml", &env, tj_measurer_fake(), &s,
                                 NULL, error))
        return s;
    tj_scene_free(s);
    return NULL;
}

static gboolean
finite_item(const TjScene *s, const TjItem *it)
{
    TjRect b = tj_scene_item_box(s, it);
    if (!isfinite(b.x) || !isfinite(b.y) || !isfinite(b.w) || !isfinite(b.h))
        return FALSE;
    if (it->kind == TJ_ITEM_PATH) {
        const double *p = tj_scene_path_points(s, it);
        for (guint k = 0; k < 2 * it->u.path.n_pts; k++)
            if (!isfinite(p[k]))
                return FALSE;
    }
    return TRUE;
}

/* A correct picture: finite, on the page, labels without nan/inf/-0. */
static void
assert_picture(const TjScene *s)
{
    TjRect page = { 0, 0, tj_scene_width(s), tj_scene_height(s) };
    for (guint i = 0; i < tj_scene_n_items(s); i++) {
        const TjItem *it = tj_scene_item(s, i);
        if (it->kind == TJ_ITEM_GROUP || it->kind == TJ_ITEM_GROUP_END)
            continue;
        if (!finite_item(s, it))
            g_error("item %u (%s) has a coordinate that is not finite", i, it->role);
        TjRect b = tj_scene_item_box(s, it);
        if (!tj_rect_contains(&page, &b, 1.0))
            g_error("item %u (%s) off the page: %g %g %g %g", i, it->role, b.x, b.y, b.w, b.h);
        if (it->kind != TJ_ITEM_TEXT)
            continue;
        char *low = g_ascii_strdown(it->u.text.text, -1);
        if (strstr(low, "nan") || strstr(low, "inf") || g_str_has_prefix(low, "-0") ||
            strstr(low, "−0"))
            g_error("label “%s” (%s)", it->u.text.text, it->role);
        g_free(low);
    }
}

static void
assert_ok(const char *yaml, const char *csv)
{
    GError *err = NULL;
    TjScene *s = lay(yaml, csv, &err);
    if (!s)
        g_error("%s: %s", yaml, err->message);
    assert_picture(s);
    tj_scene_free(s);
}

static void
assert_error(const char *yaml, const char *csv, const char *want)
{
    GError *err = NULL;
    TjScene *s = lay(yaml, csv, &err);
    if (s)
        g_error("%s: drawn, want the error “%s”", yaml, want);
    if (!strstr(err->message, want))
        g_error("%s: got “%s”, want “%s”", yaml, err->message, want);
    g_error_free(err);
}

#define BAR "bar: {x: a, y: b}\ndata: d.csv\n"
#define TREND "trend: {x: a, y: b}\ndata: d.csv\n"
#define STACKED "bar: {x: a, y: [b, c], stacked: true}\ndata: d.csv\n"

/* ---- bar and trend --------------------------------------------------------- */

static void
test_charts(void)
{
    const char *const kinds[] = { BAR, TREND, "bar: {x: a, y: b, horizontal: true}\ndata: d.csv\n" };
    for (gsize k = 0; k < G_N_ELEMENTS(kinds); k++) {
        const char *y = kinds[k];
        assert_ok(y, "a,b\n2019,5\n2020,5\n2021,5\n");             /* all equal */
        assert_ok(y, "a,b\n2019,0\n2020,0\n2021,0\n");             /* all zero */
        assert_ok(y, "a,b\n2019,-0\n2020,0\n2021,-0.0\n");         /* −0 */
        assert_ok(y, "a,b\n2019,-5\n2020,-5\n");                   /* all equal < 0 */
        assert_ok(y, "a,b\n2019,1e15\n2020,-1e15\n2021,0\n");      /* the extremes */
        assert_ok(y, "a,b\n2019,1e-6\n2020,3e-6\n");               /* the smallest */
        assert_ok(y, "a,b\n2019,1e7亿\n2020,2e7亿\n");             /* 1e15 after 亿 */
        assert_ok(y, "a,b\n2019,—\n2020,3\n2021,\n2022,N/A\n");    /* missing in a row */
        assert_ok(y, "a,b\n2019,0.000001000000\n2020,0\n");        /* 12 decimals */
        const char *tail = k == 1 ? "trend: nothing to draw" : "bar chart: nothing to draw";
        assert_error(y, "a,b\n2019,—\n2020,\n2021,N/A\n", tail);   /* all missing */
        assert_error(y, "a,b\n2019,1e308\n2020,1\n",
                     "d.csv:2:1: “b” of “2019”: 1e+308 is too large to draw (at most 1e15");
        assert_error(y, "a,b\n2019,-1e308\n2020,1e308\n", "-1e+308 is too large to draw");
        assert_error(y, "a,b\n2019,5e-324\n2020,0\n",
                     "d.csv:2:1: “b” of “2019”: 4.94066e-324 is too small to draw");
        assert_error(y, "a,b\n2019,2.2e-308\n", "too small to draw (0, or at least 1e-6");
        assert_error(y, "a,b\n2019,1e-7\n", "1e-07 is too small to draw");
        assert_error(y, "a,b\n2019,1.7e300亿\n", "1.7e+300 is too large to draw");
        assert_error(y, "a,b\n2019,1e300万亿\n",   /* overflows as it is read */
                     "d.csv:2:6: column “b”: “1e300万亿” is out of range");
        assert_error(y, "a,b\n2019,1e-400\n",   /* underflows: range, not decimals */
                     "d.csv:2:6: column “b”: “1e-400” is out of range");
        assert_error(y, "a,b\n2019,1.5e\n", "d.csv:2:6: column “b”: expected a number, got “1.5e”");
        /* drawable as written, gone beside a far larger one on one axis: said as written */
        assert_error(y, "a,b,单位\n2019,1015986,亿元\n2020,0.01,万元\n",
                     "d.csv:3:6: “b” of “2020”: 0.01万元 is too small to draw on one axis with "
                     "1015986亿元 (“2019”): it would be less than a millionth of a 万亿元");
        assert_error(y, "a,b\n2019,1015986亿元\n2020,0.000001万元\n",
                     "0.000001万元 is too small to draw on one axis with 1015986亿元 (“2019”)");
        assert_ok(y, "a,b,单位\n2019,1015986,亿元\n2020,1000,万元\n");   /* 1e-5万亿元 */
        assert_error(y, "a,b\n2019,NaN\n", "expected a number, got “NaN”");
        assert_error(y, "a,b\n2019,-inf\n", "expected a number, got “-inf”");
        assert_error(y, "a,b\n2019,0.0000010000000\n2020,1\n",
                     "a number written with 13 digits after the point cannot be drawn");
    }
    assert_ok(STACKED, "a,b,c\nx,1e15,1e15\ny,-1e15,1e15\n");        /* sums 2e15 */
    assert_ok(STACKED, "a,b,c\nx,5,-5\ny,0,-0\n");
    assert_error(STACKED, "a,b,c\nx,—,—\n", "nothing to draw");
    assert_error("bar: {x: a, y: b, target: 1e16}\ndata: d.csv\n", "a,b\nx,1\n",
                 "bar chart: target: 1e+16 is too large to draw");
    assert_ok("trend: {x: a, y: b, target: 6%左右}\ndata: d.csv\n", "a,b\n2019,5%\n2020,5%\n");
}

/* Values that only the C API can give: ±Inf and NaN in chart data. */
static void
test_charts_api(void)
{
    GError *err = NULL;
    const char *csv = "a,b\nx,1\ny,2\nz,3\n";
    TjTable *t = tj_table_parse(csv, strlen(csv), "d.csv", &err);
    const char *ys[] = { "b" };
    TjChartData *d = tj_chart_data_from_table(t, "a", ys, 1, NULL, 0, NULL, &err);
    g_assert_no_error(err);
    const double odd[] = { INFINITY, -INFINITY, NAN };
    for (gsize i = 0; i < G_N_ELEMENTS(odd); i++) {
        d->series[0].values[1] = odd[i];
        for (int kind = 0; kind < 2; kind++) {
            TjScene *s = tj_scene_new(800, 500);
            gboolean ok;
            if (kind == 0) {
                TjBarSpec spec;
                tj_bar_spec_init(&spec);
                ok = tj_layout_bar(s, d, &spec, tjt_chart_theme(), tj_measurer_fake(), &err);
            } else {
                TjTrendSpec spec;
                tj_trend_spec_init(&spec);
                ok = tj_layout_trend(s, d, &spec, tjt_chart_theme(), tj_measurer_fake(),
                                     &err);
            }
            if (isnan(odd[i])) {          /* missing: drawn without it */
                g_assert_no_error(err);
                g_assert_true(ok);
                assert_picture(s);
            } else {
                g_assert_false(ok);
                g_assert_error(err, TJ_ERROR, TJ_ERROR_INPUT);
                g_assert_nonnull(strstr(err->message, "d.csv:3:1: “b” of “y”: not a finite number"));
                g_clear_error(&err);
            }
            tj_scene_free(s);
        }
    }
    tj_chart_data_free(d);
    tj_table_free(t);
}

/* ---- gauge and kpi --------------------------------------------------------- */

static void
test_gauge(void)
{
    assert_ok("gauge: {value: -0}\n", NULL);
    assert_ok("gauge: {value: 0, min: -0, max: 1e-6}\n", NULL);
    assert_ok("gauge: {value: 1e15, min: -1e15, max: 1e15, target: 0}\n", NULL);
    assert_ok("gauge: {value: 1e-6, max: 2e-6, style: semicircle, bands: [1.5e-6]}\n", NULL);
    assert_ok("gauge: {value: 5, max: 5, style: bar}\n", NULL);          /* full */
    assert_error("gauge: {value: 1e308, max: 1e308}\n", NULL,
                 "gauge: value: 1e+308 is too large to draw (at most 1e15");
    assert_error("gauge: {value: 0, min: -1e308, max: 1e308}\n", NULL, "gauge: min: -1e+308");
    assert_error("gauge: {value: 5e-324, max: 1e-323}\n", NULL, "4.94066e-324 is too small");
    /* underflows as it is read: out of range (was "127 digits after the point") */
    assert_error("gauge: {value: 21.715e-648}\n", NULL,
                 "t.yaml:1:16: “value: 21.715e-648”: out of range");
    assert_error("gauge: {value: 5, min: 5, max: 5}\n", NULL, "the scale is empty");
    assert_error("gauge: {value: .nan}\n", NULL, "t.yaml:1:16: “value: .nan”: expected a number");
    assert_error("gauge: {value: -.inf}\n", NULL, "“value: -.inf”: expected a number");
    assert_error("gauge: {data: d.csv, value: b}\n", "a,b\nx,—\n",
                 "gauge: no value for “the gauge” (missing or not a number)");
    assert_error("gauge: {value: 50, style: semicircle, bands: [1e-300]}\n", NULL,
                 "gauge: band: 1e-300 is too small to draw");
}

static void
test_kpi(void)
{
    assert_ok("kpi: {value: -0, change: -0, label: 零}\n", NULL);
    assert_ok("kpi: {value: 1e15, change: -1e15, label: 大}\n", NULL);
    assert_ok("kpi: {value: 1e7亿元, label: 亿}\n", NULL);
    assert_ok("kpi: {value: 1e-6, change: 1e-6, label: 小}\n", NULL);
    assert_ok("kpi: {data: d.csv, where: {a: x}, value: b, change: c, label: 行}\n",
              "a,b,c\nx,5,5\ny,5,5\n");
    assert_error("kpi: {value: 1e308, label: 大}\n", NULL, "kpi: value: 1e+308 is too large");
    assert_error("kpi: {value: 1e16, label: 大}\n", NULL, "kpi: value: 1e+16 is too large");
    assert_error("kpi: {value: 5, change: 1e20, label: 变}\n", NULL,
                 "kpi: change: 1e+20 is too large");
    assert_error("kpi: {value: 5e-324, label: 小}\n", NULL, "kpi: value: 4.94066e-324 is too small");
    assert_error("kpi: {value: 1.7e300亿, label: 亿}\n", NULL, "kpi: value: 1.7e+308 is too large");
    assert_error("kpi: {data: d.csv, value: b, label: 缺}\n", "a,b\nx,N/A\n",
                 "kpi: no value for “缺” (missing or not a number)");
    /* a where: that matches nothing is reported at its value, in spec words */
    assert_error("kpi: {data: d.csv, where: {a: zz}, value: b, label: x}\n", "a,b\nx,1\n",
                 "t.yaml:1:31: no row where “a” is “zz”");
    assert_ok("kpi: {data: d.csv, where: {a: \"x;1\"}, value: b, label: x}\n",
              "a,b\n\"x;1\",1\ny,2\n");
    assert_error("kpi: {value: NaN, label: 非}\n", NULL, "“value: NaN”: expected a number");
    assert_error("kpi: {value: Infinity, label: 无}\n", NULL, "“value: Infinity”: expected a number");
}

/* ±Inf and NaN straight into the layout specs (the C API). */
static void
test_gauge_kpi_api(void)
{
    const double odd[] = { NAN, INFINITY, -INFINITY };
    for (gsize i = 0; i < G_N_ELEMENTS(odd); i++) {
        GError *err = NULL;
        TjScene *s = tj_scene_new(400, 400);
        TjGaugeSpec g;
        tj_gauge_spec_init(&g);
        g.width = g.height = 400;
        g.value.value = odd[i];
        g_assert_false(tj_layout_gauge(s, &g, tjt_chart_theme(), tj_measurer_fake(), &err));
        g_assert_error(err, TJ_ERROR, TJ_ERROR_INPUT);
        g_clear_error(&err);
        g.value.value = 5;
        g.target = odd[i];
        gboolean ok = tj_layout_gauge(s, &g, tjt_chart_theme(), tj_measurer_fake(), &err);
        g_assert_true(ok == isnan(odd[i]));   /* a NAN target is "none" */
        g_clear_error(&err);
        TjKpiSpec k;
        tj_kpi_spec_init(&k);
        k.width = 360;
        k.height = 220;
        k.label = "指标";
        k.value.value = odd[i];
        g_assert_false(tj_layout_kpi(s, &k, tjt_chart_theme(), tj_measurer_fake(), &err));
        g_assert_error(err, TJ_ERROR, TJ_ERROR_INPUT);
        g_clear_error(&err);
        k.value.value = 5;
        k.change = odd[i];                    /* a NAN change is "no change line" */
        ok = tj_layout_kpi(s, &k, tjt_chart_theme(), tj_measurer_fake(), &err);
        g_assert_true(ok == isnan(odd[i]));
        g_clear_error(&err);
        tj_scene_free(s);
    }
}

/* ---- what the page fuzzer found (tests/fuzz/fuzz-page.c) -------------------- */

#define YEARS "年份,地区生产总值,增速,类型,标注\n2019,2812.4,6.3%,,\n2020,2954.7,0.2%,,\n" \
              "2021,,6%左右,目标,6%左右\n"

static void
test_fuzz_findings(void)
{
    /* a long x label at the right end slid off the chart */
    assert_ok("trend: {x: 年份, y: 增速, target: 6%左右, target_x: 202change_style:2目标, "
              "kind_col: 类型, label_col: 标注}\ndata: years.csv\n", YEARS);
    /* a title with no break point ran past the chart: now shortened with … */
    assert_ok("bar: {x: 年份, y: [地区生产总值], title: 地QQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQ"
              "QQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQ区生产总值, target: 0000}\n"
              "data: years.csv\noutput: {width: 400, height: 500}\n", YEARS);
    assert_ok("bar: {x: 年份, y: [地区生产总值, 增速], subtitle: WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW"
              "WWWWWWWWWWW, source: SSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSS, unit: "
              "UUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUU}\ndata: years.csv\n"
              "output: {width: 300, height: 300}\n", YEARS);
    /* a chart 100 px wide had its axis off the page: now an error */
    assert_error("bar: {x: 年份, y: [地区生产总值], target: 3980}\ndata: years.csv\n"
                 "output: {width: 100, height: 500}\n", YEARS,
                 "t.yaml:1:1: bar chart: 100 × 500 px is too small to draw it");
    /* an intro with a long run of full stops (no break point) */
    assert_ok("page: {title: 图解}\nsections:\n  - heading: 经济运行\n    intro: 全面复苏。"
              "............................................................................\n"
              "    rows: [text: 好]\n", NULL);
    /* a long section heading ran off the page: now shortened with … */
    assert_ok("page: {title: 图解}\nsections:\n  - heading: 经济运行2954.7亿元2020年，全区克服疫情影响，"
              "推动经济社会全面复苏。\n    rows: [text: 好]\n", NULL);
    /* a row of gauges of different styles is laid out cell by cell */
    assert_ok("page: {title: 图解}\nsections:\n  - rows:\n      - - gauge: {value: 21.8%}\n"
              "        - gauge: {value: 6%, style: semicircle, bands: [60, 90], target: 95%}\n"
              "        - gauge: {value: 93%, style: bar}\n", NULL);
    /* 21.715e-648 reads as 0 with 127 decimals: its label ran off the ring */
    assert_error("gauge: {value: 21.715e-648 ring}\n", NULL, "out of range");
    /* y: [] names no column: a NULL error was recorded (a crash) */
    assert_error("bar: {x: 年份, y: [], title: 地区\t\t\t}\ndata: years.csv\n", YEARS,
                 "t.yaml:1:17: “y” names no column");
    assert_error("trend: {x: 年份, y: \",\"}\ndata: years.csv\n", YEARS,
                 "t.yaml:1:19: “y: ,” names no column");
    /* a range of ±1e308 overflowed the scale: NaN coordinates */
    assert_error("bar: {x: a, y: b}\ndata: d.csv\n", "a,b\nx,1e308\ny,-1e308\n",
                 "too large to draw");
}

/* ---- the corpus ------------------------------------------------------------ */

static void
test_bad_input(void)
{
    const char *dir = "tests/bad-input/page";
    GDir *d = g_dir_open(dir, 0, NULL);
    g_assert_nonnull(d);
    GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
    for (const char *name; (name = g_dir_read_name(d));)
        if (g_str_has_suffix(name, ".yaml"))
            g_ptr_array_add(names, g_strdup(name));
    g_dir_close(d);
    g_assert_cmpuint(names->len, >=, 20);
    for (guint i = 0; i < names->len; i++) {
        char *path = g_build_filename(dir, names->pdata[i], NULL);
        char *stem = g_strndup(path, strlen(path) - strlen(".yaml"));
        char *exp_path = g_strconcat(stem, ".expected", NULL);
        char *want = tjt_read(exp_path, NULL);
        GError *err = NULL;
        if (tjt_check_spec(path, NULL, &err))
            g_error("%s: no error", path);
        char *got = g_strconcat(err->message, "\n", NULL);
        if (strcmp(got, want) != 0 && g_getenv("TJ_UPDATE_GOLDEN"))
            g_assert_true(g_file_set_contents(exp_path, got, -1, NULL));
        else if (strcmp(got, want) != 0)
            g_error("%s:\n got: %s want: %s", path, got, want);
        g_free(got);
        g_error_free(err);
        g_free(want);
        g_free(exp_path);
        g_free(stem);
        g_free(path);
    }
    g_ptr_array_free(names, TRUE);
}

/* The texts of @yaml's scene over @csv, joined by "|". (transfer full) */
static char *
scene_texts(const char *yaml, const char *csv)
{
    GError *err = NULL;
    TjScene *s = lay(yaml, csv, &err);
    g_assert_no_error(err);
    GString *all = g_string_new("|");
    for (guint i = 0; i < tj_scene_n_items(s); i++) {
        const TjItem *it = tj_scene_item(s, i);
        if (it->kind == TJ_ITEM_TEXT)
            g_string_append_printf(all, "%s|", it->u.text.text);
    }
    tj_scene_free(s);
    return g_string_free(all, FALSE);
}

/* A row's 限定 cell (as tujie extract writes it) is said with the number
 * on a tile and a gauge, on the side the word belongs; a cell that writes
 * its own qualifier, or a word that is none, is left as it is. */
static void
test_qualifier_column(void)
{
    static const char csv[] = "指标,数值,单位,限定\n干部,3200,名,余\n投资,6.15,亿元,约\n"
                              "增速,6,%,左右\n乱写,5,个,很多\n自带,约7,个,余\n";
    static const struct { const char *row, *want, *not; } cases[] = {
        { "干部", "|余名|", NULL }, { "投资", "|约|", "余" },
        { "增速", "左右", NULL }, { "乱写", "|5|", "很多" }, { "自带", "|约|", "余" },
    };
    for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
        char *yaml = g_strdup_printf("kpi: {data: d.csv, where: {指标: %s}, value: 数值}\n"
                                     "data: d.csv\n", cases[i].row);
        char *got = scene_texts(yaml, csv);
        if (!strstr(got, cases[i].want) || (cases[i].not && strstr(got, cases[i].not)))
            g_error("%s: texts %s, want %s%s%s", cases[i].row, got, cases[i].want,
                    cases[i].not ? " and not " : "", cases[i].not ? cases[i].not : "");
        g_free(got);
        g_free(yaml);
    }
    char *got = scene_texts("gauge: {data: d.csv, where: {指标: 增速}, value: 数值, max: 10}\n"
                            "data: d.csv\n", csv);
    g_assert_nonnull(strstr(got, "左右"));
    g_free(got);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/numbers/charts", test_charts);
    g_test_add_func("/numbers/charts-api", test_charts_api);
    g_test_add_func("/numbers/gauge", test_gauge);
    g_test_add_func("/numbers/kpi", test_kpi);
    g_test_add_func("/numbers/qualifier-column", test_qualifier_column);
    g_test_add_func("/numbers/gauge-kpi-api", test_gauge_kpi_api);
    g_test_add_func("/numbers/fuzz-findings", test_fuzz_findings);
    g_test_add_func("/numbers/bad-input", test_bad_input);
    return g_test_run();
}
