/* tests/unit/test-kinds-images.c — the table, timeline, pictogram, combo,
 * pie and rank kinds through the public API (TjChart), as a user gets them, with the 2020
 * communiqué's and the 2021 report's figures: PNG against reference images
 * (fails when more than 0.2 % of the pixels differ by more than 16 in a
 * channel), and the SVG and PDF of the same chart rasterised (rsvg-convert,
 * pdftoppm) against the same reference, looser (SVG 2 %, PDF 4 % of pixels
 * over 64), as tests/unit/test-images.c does. The icons are outlines from
 * the icon font (Debian's fonts-material-design-icons-iconfont 6.7.0). */
#include <string.h>

#include "support/imgcmp.h"
#include "support/tjtest.h"
#include "tujie/tujie.h"

static gboolean
run(const char *cmd)
{
    int status = 0;
    if (!g_spawn_command_line_sync(cmd, NULL, NULL, &status, NULL))
        return FALSE;
    return g_spawn_check_wait_status(status, NULL);
}

static void
check_vectors(const char *name, const char *svg, const char *pdf)
{
    char *ref_rel = g_strdup_printf("tests/golden/img/%s.ref.png", name);
    char *ref = tjt_src_path(ref_rel);
    char *svg_png = tjt_out_path("kinds-vec-svg.png");
    char *pdf_base = tjt_out_path("kinds-vec-pdf");
    char *pdf_png = g_strconcat(pdf_base, ".png", NULL);
    char *cmd = g_strdup_printf("rsvg-convert -b white -o %s %s", svg_png, svg);
    g_assert_true(run(cmd));
    g_free(cmd);
    cmd = g_strdup_printf("pdftoppm -png -singlefile -r 72 %s %s", pdf, pdf_base);
    g_assert_true(run(cmd));
    g_free(cmd);
    const char *outs[] = { svg_png, pdf_png };
    for (int k = 0; k < 2; k++) {
        TjtImgDiff d;
        g_assert_true(tjt_img_compare(ref, outs[k], 64, &d, NULL));
        double frac = (double)d.n_over / ((double)d.width * d.height);
        if (frac > (k ? 0.04 : 0.02))
            g_error("%s (%s) differs from %s in %.2f %% of pixels", name, k ? "PDF" : "SVG",
                    ref_rel, frac * 100);
    }
    g_free(ref_rel); g_free(ref); g_free(svg_png); g_free(pdf_base); g_free(pdf_png);
}

/* Renders @chart of @csv (may be NULL) in the three formats, checks them. */
static void
check_chart(const char *name, TjChart *chart, const char *csv)
{
    TjTable *t = NULL;
    if (csv) {
        char *path = tjt_src_path(csv);
        GError *err = NULL;
        t = tj_table_load(path, &err);
        g_assert_no_error(err);
        g_free(path);
    }
    static const TjFormat fmts[] = { TJ_FORMAT_PNG, TJ_FORMAT_SVG, TJ_FORMAT_PDF };
    static const char *const ext[] = { "png", "svg", "pdf" };
    char *paths[3];
    for (int k = 0; k < 3; k++) {
        char *file = g_strdup_printf("%s.%s", name, ext[k]);
        paths[k] = tjt_out_path(file);
        g_free(file);
        TjOutputOptions oo = { 0 };
        oo.scale = 1;
        GError *err = NULL;
        g_assert_true(tj_chart_render(chart, t, fmts[k], paths[k], &oo, &err));
        g_assert_no_error(err);
    }
    tjt_assert_png_golden(name, paths[0], 0.002, 16);
    if (!g_getenv("TJ_UPDATE_GOLDEN"))
        check_vectors(name, paths[1], paths[2]);
    /* icons and bars are vector paths, never pictures */
    char *svg = tjt_read(paths[1], NULL);
    g_assert_null(strstr(svg, "<image"));
    g_free(svg);
    for (int k = 0; k < 3; k++)
        g_free(paths[k]);
    tj_table_free(t);
    tj_chart_free(chart);
}

static TjChart *
chart(const char *kind, const char *const *kv)
{
    GError *err = NULL;
    TjChart *c = tj_chart_new(kind, &err);
    g_assert_no_error(err);
    for (; kv[0]; kv += 2) {
        g_assert_true(tj_chart_set(c, kv[0], kv[1], &err));
        g_assert_no_error(err);
    }
    return c;
}

static void
test_table(void)
{
    const char *kv[] = { "columns", "指标,数值,比上年增长", "bar", "数值",
                         "title", "2020年国内生产总值", "source", "国家统计局", NULL };
    check_chart("table-gdp", chart("table", kv), "tests/data/table/gdp-2020.csv");
}

static void
test_timeline(void)
{
    const char *kv[] = { "date", "日期", "text", "事件", "title", "规划与报告", NULL };
    check_chart("timeline-plan", chart("timeline", kv), "tests/data/timeline/plan.csv");
}

static void
test_pictogram(void)
{
    const char *kv[] = { "value", "54.5%", "icon", "商业",
                         "label", "第三产业增加值占国内生产总值比重", NULL };
    check_chart("pictogram-share", chart("pictogram", kv), NULL);
    const char *kv2[] = { "value", "3980人次", "per", "1000", "icon", "人员",
                          "label", "累计抽调充实社区防控力量", NULL };
    check_chart("pictogram-per", chart("pictogram", kv2), NULL);
}

/* A column named 增长 whose unit is an amount (亿元) is a number column, not
 * a change: no arrow; its alt text says the unit. */
static void
test_table_amounts(void)
{
    static const char csv[] = "指标,增长（亿元）,比上年增长\n国内生产总值,120,2.3\n";
    GError *err = NULL;
    TjTable *t = tj_table_new_from_data(csv, -1, "amounts.csv", &err);
    g_assert_no_error(err);
    const char *kv[] = { NULL };
    TjChart *c = chart("table", kv);
    GBytes *svg = NULL;
    TjOutputOptions oo = { 0 };
    g_assert_true(tj_chart_render_bytes(c, t, TJ_FORMAT_SVG, &oo, &svg, &err));
    g_assert_no_error(err);
    gsize len = 0;
    const char *data = g_bytes_get_data(svg, &len);
    char *text = g_strndup(data, len);  /* the bytes end with no NUL */
    g_assert_nonnull(strstr(text, "增长120亿元，比上年增长2.3%"));
    g_assert_null(strstr(text, "↑120"));
    g_free(text);
    g_bytes_unref(svg);
    tj_chart_free(c);
    tj_table_free(t);
}

/* @kind with @keys (pairs, NULL-ended) of @csv, checked as check_chart does. */
static void
picture(const char *name, const char *kind, const char *csv, const char *const *keys)
{
    GError *err = NULL;
    TjChart *c = tj_chart_new(kind, &err);
    g_assert_no_error(err);
    for (guint i = 0; keys[i]; i += 2)
        g_assert_true(tj_chart_set(c, keys[i], keys[i + 1], &err));
    check_chart(name, c, csv);   /* frees c */
}

/* The combo, pie and rank of the examples. */
static void
test_pictures(void)
{
    const char *industries = "examples/national-2020/industries-2020.csv";
    const char *src = "国家统计局《2020年国民经济和社会发展统计公报》";
    picture("combo-industries", "combo", industries, (const char *const[]){
        "x", "产业", "bar", "增加值", "line", "增长速度",
        "title", "2020年三次产业增加值及其增长速度", "source", src, NULL });
    picture("pie-industries", "pie", industries, (const char *const[]){
        "label", "产业", "value", "比重", "center", "1015986亿元",
        "center_label", "国内生产总值", "title", "2020年三次产业增加值占国内生产总值比重",
        "source", src, NULL });
    picture("rank-economy", "rank", "examples/dongcheng-2021/economy-2020.csv",
            (const char *const[]){ "label", "指标", "value", "数值", "top", "5",
            "highlight", "建安投资", "title", "2020年东城区主要经济指标（前5位）",
            "source", "2021年北京市东城区政府工作报告", NULL });
}

/* The warning reaches a program through TjOutputOptions.diagnostic. */
static void
collect(const TjDiagnostic *d, gpointer user_data)
{
    g_string_append_printf(user_data, "%s:%u: %s [%s]\n", d->file ? d->file : "", d->line,
                           d->text, d->code);
}

static void
test_pie_sum_warning(void)
{
    char *spec = tjt_src_path("tests/data/pie/rounding.yaml");
    GString *got = g_string_new(NULL);
    TjOutputOptions out = { 0 };
    out.diagnostic = collect;
    out.diagnostic_data = got;
    GError *err = NULL;
    char *png = tjt_out_path("pie-rounding.png");
    g_assert_true(tjt_render_spec(spec, TJ_FORMAT_PNG, png, &out, &err));
    g_assert_no_error(err);
    g_assert_nonnull(strstr(got->str, "rounding.yaml:2: pie: the shares of “比重” sum to 99.9%, "
                                      "not 100% (drawn in proportion, with a note) [pie-sum]"));
    g_string_free(got, TRUE);
    g_free(png);
    g_free(spec);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/kinds-images/table", test_table);
    g_test_add_func("/kinds-images/timeline", test_timeline);
    g_test_add_func("/kinds-images/pictogram", test_pictogram);
    g_test_add_func("/kinds-images/table-amounts", test_table_amounts);
    g_test_add_func("/kinds-images/combo-pie-rank", test_pictures);
    g_test_add_func("/kinds-images/pie-sum-warning", test_pie_sum_warning);
    return g_test_run();
}
