/* tests/unit/test-images.c — whole charts through the public API, as a user
 * gets them: PNG against reference images (fails when more than 0.2 % of the
 * pixels differ by more than 16 in a channel), and the SVG and PDF of the
 * same chart rasterised (rsvg-convert, pdftoppm) against the same reference,
 * looser (SVG 2 %, PDF 4 % of pixels over 64: poppler and librsvg
 * anti-alias glyph edges differently from cairo's image backend). Fonts are
 * pinned by tests/fonts/fonts.conf. */
#include <string.h>

#include "support/imgcmp.h"
#include "support/tjtest.h"
#include "tujie/tujie.h"

static TjTable *
load(const char *rel)
{
    char *path = tjt_src_path(rel);
    GError *err = NULL;
    TjTable *t = tj_table_load(path, &err);
    g_assert_no_error(err);
    g_free(path);
    return t;
}

static void
render_bar(const TjBarOptions *o, const char *csv, TjFormat fmt, const char *out)
{
    TjTable *t = load(csv);
    TjOutputOptions oo = { 0 };
    oo.scale = 1;
    GError *err = NULL;
    g_assert_true(tj_bar_render(t, o, fmt, out, &oo, &err));
    g_assert_no_error(err);
    tj_table_free(t);
}

static gboolean
run(const char *cmd)
{
    int status = 0;
    GError *err = NULL;
    if (!g_spawn_command_line_sync(cmd, NULL, NULL, &status, &err)) {
        g_clear_error(&err);
        return FALSE;
    }
    return g_spawn_check_wait_status(status, NULL);
}

/* The vector outputs, rasterised at 1 px per px, look like the PNG. */
static void
check_vectors(const char *name, const char *svg, const char *pdf)
{
    char *ref_rel = g_strdup_printf("tests/golden/img/%s.ref.png", name);
    char *ref = tjt_src_path(ref_rel);
    char *svg_png = tjt_out_path("vec-svg.png");
    char *pdf_base = tjt_out_path("vec-pdf");
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
            g_error("%s (%s) differs from %s in %.2f %% of pixels", name,
                    k ? "PDF" : "SVG", ref_rel, frac * 100);
    }
    g_free(ref_rel); g_free(ref); g_free(svg_png); g_free(pdf_base); g_free(pdf_png);
}

static void
test_bar_economy(void)
{
    TjBarOptions o;
    tj_bar_options_init(&o);
    o.x = "指标";
    o.y = "数值";
    o.title = "2020年东城区主要经济指标";
    o.subtitle = "地区生产总值2954.7亿元，同比增长0.2%";
    o.source = "2021年东城区政府工作报告";
    o.highlight = "地区生产总值";
    const char *csv = "examples/dongcheng-2021/economy-2020.csv";
    char *png = tjt_out_path("bar-economy.png");
    char *svg = tjt_out_path("bar-economy.svg");
    char *pdf = tjt_out_path("bar-economy.pdf");
    render_bar(&o, csv, TJ_FORMAT_PNG, png);
    tjt_assert_png_golden("bar-economy", png, 0.002, 16);
    render_bar(&o, csv, TJ_FORMAT_SVG, svg);
    render_bar(&o, csv, TJ_FORMAT_PDF, pdf);
    if (!g_getenv("TJ_UPDATE_GOLDEN"))
        check_vectors("bar-economy", svg, pdf);
    g_free(png); g_free(svg); g_free(pdf);
}

static void
test_bar_horizontal(void)
{
    TjBarOptions o;
    tj_bar_options_init(&o);
    o.x = "指标";
    o.y = "数值";
    o.horizontal = TRUE;
    o.title = "2020年主要经济指标";
    o.height = 560;
    char *png = tjt_out_path("bar-horizontal.png");
    render_bar(&o, "examples/dongcheng-2021/economy-2020.csv", TJ_FORMAT_PNG, png);
    tjt_assert_png_golden("bar-horizontal", png, 0.002, 16);
    g_free(png);
}

static void
test_trend_gdp(void)
{
    TjTrendOptions o;
    tj_trend_options_init(&o);
    o.x = "年份";
    o.y = "地区生产总值";
    o.title = "地区生产总值";
    o.source = "2021年东城区政府工作报告";
    TjTable *t = load("examples/dongcheng-2021/gdp.csv");
    char *png = tjt_out_path("trend-gdp.png");
    TjOutputOptions oo = { 0 };
    GError *err = NULL;
    g_assert_true(tj_trend_render(t, &o, TJ_FORMAT_PNG, png, &oo, &err));
    g_assert_no_error(err);
    tjt_assert_png_golden("trend-gdp", png, 0.002, 16);
    tj_table_free(t);
    g_free(png);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/images/bar-economy", test_bar_economy);
    g_test_add_func("/images/bar-horizontal", test_bar_horizontal);
    g_test_add_func("/images/trend-gdp", test_trend_gdp);
    return g_test_run();
}
