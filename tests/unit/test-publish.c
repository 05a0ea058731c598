/* tests/unit/test-publish.c — publish-ready outputs of the default poster
 * as their readers see them: the PDF tagged with a Chinese /Alt per figure,
 * /Lang, metadata from the spec, A4 paper, text in reading order (pdfinfo,
 * qpdf --json, pdftotext); the SVG's title, desc, roles and text layer
 * (xmllint --xpath); the PNG's iTXt and sRGB (pngcheck); WeChat slices that
 * stack up to the unsliced image pixel for pixel, under the budget; the
 * budget kept by zlib effort, then 256 colours; the --alt file; and the SVG
 * in headless Chromium against the PNG (skipped without chromium). */
#include <math.h>
#include <string.h>
#include <cairo.h>
#include <glib/gstdio.h>

#include "render/render.h"
#include "support/imgcmp.h"
#include "support/imgfiles.h"
#include "support/imgscene.h"
#include "support/tjtest.h"
#include "tujie/tujie.h"

#define SPEC "examples/dongcheng-2021/tujie.yaml"
#define N_FIGURES 37   /* 25 tiles, 7 gauges, 3 bar and 2 trend charts */

static void
render(const char *dir, const char *name, TjFormat fmt, const TjOutputOptions *o)
{
    char *spec = tjt_src_path(SPEC);
    char *path = g_build_filename(dir, name, NULL);
    GError *err = NULL;
    TjOutputOptions def = { 0 };
    g_assert_true(tjt_render_spec(spec, fmt, path, o ? o : &def, &err));
    g_assert_no_error(err);
    g_free(path);
    g_free(spec);
}

static char *
tool(const char *a0, const char *a1, const char *a2, const char *a3)
{
    const char *argv[] = { a0, a1, a2, a3, NULL };
    int status = 0;
    char *out = tjt_run_tool(argv, &status);
    if (out)
        g_assert_cmpint(status, ==, 0);
    return out;
}

static guint
count(const char *hay, const char *needle)
{
    guint n = 0;
    for (const char *p = hay; (p = strstr(p, needle)); p += strlen(needle))
        n++;
    return n;
}

/* ---- PDF ---------------------------------------------------------------- */

static void
test_pdf(void)
{
    char *dir = tjt_out_dir("publish-pdf");
    render(dir, "p.pdf", TJ_FORMAT_PDF, NULL);
    render(dir, "again.pdf", TJ_FORMAT_PDF, NULL);
    char *pdf = g_build_filename(dir, "p.pdf", NULL);
    char *again = g_build_filename(dir, "again.pdf", NULL);
    g_assert_true(tjt_same_file(pdf, again));  /* deterministic, qpdf included */
    char *info = tool("pdfinfo", "-isodates", pdf, NULL);
    if (info) {
        g_assert_nonnull(strstr(info, "Tagged:          yes"));
        g_assert_nonnull(strstr(info, "Page size:       595.28 x 841.89 pts (A4)"));
        g_assert_nonnull(strstr(info, "Title:           图解：2021年东城区政府工作报告"));
        g_assert_nonnull(strstr(info, "Subject:         2020年工作回顾与2021年主要任务"));
        g_assert_nonnull(strstr(info, "Author:          北京市东城区人民政府"));
        g_assert_nonnull(strstr(info, "Keywords:        经济运行, 疫情防控"));
        g_assert_nonnull(strstr(info, "CreationDate:    2021-01-10T00:00:00"));  /* the page date */
        g_free(info);
    }
    char *json = tool("qpdf", "--json", pdf, NULL);
    if (json) {
        g_assert_cmpuint(count(json, "\"/S\": \"/Figure\""), ==, N_FIGURES);
        g_assert_cmpuint(count(json, "\"/Alt\": \"u:"), ==, N_FIGURES);
        g_assert_nonnull(strstr(json, "\"/Alt\": \"u:指标卡：地区生产总值2954.7亿元，同比增长0.2%（越高越好）。\""));
        g_assert_nonnull(strstr(json, "\"/Alt\": \"u:条形图：2020年主要经济指标，单位：亿元。"));
        g_assert_nonnull(strstr(json, "\"/Lang\": \"u:zh-CN\""));
        g_assert_nonnull(strstr(json, "\"/DisplayDocTitle\": true"));
        g_assert_cmpuint(count(json, "\"/S\": \"/P\""), >, 5);
        g_free(json);
    }
    /* text extractable in reading order */
    char *text = tool("pdftotext", pdf, "-", NULL);
    if (text) {
        const char *order[] = { "图解：2021年东城区政府工作报告", "经济运行", "地区生产总值",
                                "疫情防控", "生态与城市运行", "民生保障", "城市更新与住房保障",
                                "2021年主要预期目标", "数据来源" };
        const char *at = text;
        for (gsize i = 0; i < G_N_ELEMENTS(order); i++) {
            const char *hit = strstr(at, order[i]);
            if (!hit)
                g_error("pdftotext: “%s” missing or out of order", order[i]);
            at = hit;
        }
        /* wrapped labels read whole (/ActualText), on their own lines */
        const char *whole[] = { "\n区级一般公共预算收入\n", "\n社会消费品零售总额\n",
                                "\n居民人均可支配收入增长\n" };
        for (gsize i = 0; i < G_N_ELEMENTS(whole); i++)
            if (!strstr(text, whole[i]))
                g_error("pdftotext: the wrapped label “%s” is not read whole", whole[i] + 1);
        g_free(text);
    }
    g_free(again);
    g_free(pdf);
    g_free(dir);
}

/* A chart's PDF: one Figure with its alt; the page sized to the chart. */
static void
test_pdf_chart(void)
{
    char *dir = tjt_out_dir("publish-pdf-chart");
    char *csv = tjt_src_path("examples/dongcheng-2021/economy-2020.csv");
    char *pdf = g_build_filename(dir, "bar.pdf", NULL);
    char *alt = g_build_filename(dir, "bar.txt", NULL);
    TjTable *t = tj_table_load(csv, NULL);
    TjBarOptions o;
    tj_bar_options_init(&o);
    o.x = "指标", o.y = "数值", o.title = "2020年东城区主要经济指标";
    TjOutputOptions out = { 0 };
    out.alt_path = alt;
    GError *err = NULL;
    g_assert_true(tj_bar_render(t, &o, TJ_FORMAT_PDF, pdf, &out, &err));
    g_assert_no_error(err);
    gsize len;
    char *line = tjt_read(alt, &len);
    g_assert_true(g_str_has_prefix(line, "柱状图：2020年东城区主要经济指标，单位：亿元。共8项，"));
    g_assert_cmpuint(count(line, "\n"), ==, 1);
    char *json = tool("qpdf", "--json", pdf, NULL);
    if (json) {
        g_assert_cmpuint(count(json, "\"/S\": \"/Figure\""), ==, 1);
        g_assert_nonnull(strstr(json, "\"/Alt\": \"u:柱状图：2020年东城区主要经济指标"));
        g_free(json);
    }
    g_free(line);
    tj_table_free(t);
    g_free(alt);
    g_free(pdf);
    g_free(csv);
    g_free(dir);
}

/* ---- SVG ---------------------------------------------------------------- */

/* xmllint's answer, without its final newline. */
static char *
xpath(const char *svg, const char *expr)
{
    char *v = tool("xmllint", "--xpath", expr, svg);
    if (v && g_str_has_suffix(v, "\n"))
        v[strlen(v) - 1] = '\0';
    return v;
}

static void
test_svg(void)
{
    char *dir = tjt_out_dir("publish-svg");
    TjOutputOptions o = { 0 };
    o.svg_text = TRUE;
    render(dir, "p.svg", TJ_FORMAT_SVG, &o);
    render(dir, "again.svg", TJ_FORMAT_SVG, &o);
    char *svg = g_build_filename(dir, "p.svg", NULL);
    char *again = g_build_filename(dir, "again.svg", NULL);
    g_assert_true(tjt_same_file(svg, again));
    char *v = xpath(svg, "string(/*[local-name()='svg']/*[local-name()='title'])");
    if (!v)
        goto out;
    g_assert_cmpstr(v, ==, "图解：2021年东城区政府工作报告");
    g_free(v);
    v = xpath(svg, "string(/*[local-name()='svg']/*[local-name()='desc'])");
    g_assert_true(g_str_has_prefix(v, "长图《图解：2021年东城区政府工作报告》"));
    g_assert_cmpuint(count(v, "\n"), ==, N_FIGURES);
    g_free(v);
    v = xpath(svg, "string(/*[local-name()='svg']/@lang)");
    g_assert_cmpstr(v, ==, "zh-CN");
    g_free(v);
    v = xpath(svg, "count(//*[local-name()='g'][@role='img'][@aria-label])");
    g_assert_cmpstr(v, ==, G_STRINGIFY(N_FIGURES));
    g_free(v);
    v = xpath(svg, "string(//*[local-name()='g'][@role='img'][1]/@aria-label)");
    g_assert_cmpstr(v, ==, "指标卡：地区生产总值2954.7亿元，同比增长0.2%（越高越好）。");
    g_free(v);
    /* the invisible text layer: the words, where they are drawn */
    v = xpath(svg, "string(//*[@id='tj-text']/@fill-opacity)");
    g_assert_cmpstr(v, ==, "0");
    g_free(v);
    v = xpath(svg, "count(//*[@id='tj-text']/*[local-name()='text'][.='地区生产总值'])");
    g_assert_cmpstr(v, !=, "0");
    g_free(v);
out:
    g_free(again);
    g_free(svg);
    g_free(dir);
}

/* ---- PNG, slices, budget -------------------------------------------------- */

/* The text of the uncompressed iTXt chunk @key of @png, or NULL. */
static char *
png_itxt(const char *png, const char *key)
{
    gsize len;
    guint8 *b = (guint8 *)tjt_read(png, &len);
    char *found = NULL;
    for (gsize at = 8; !found && at + 12 <= len;) {
        gsize n = (gsize)b[at] << 24 | b[at + 1] << 16 | b[at + 2] << 8 | b[at + 3];
        const char *data = (const char *)b + at + 8;
        if (at + 12 + n > len)
            break;
        if (memcmp(b + at + 4, "iTXt", 4) == 0 && strcmp(data, key) == 0) {
            const char *p = data + strlen(key) + 3;    /* flag, method */
            p += strlen(p) + 1;                         /* language */
            p += strlen(p) + 1;                         /* translated key */
            found = g_strndup(p, (gsize)(data + n - p));
        }
        at += 12 + n;
    }
    g_free(b);
    return found;
}

static void
test_png_meta(void)
{
    char *dir = tjt_out_dir("publish-png");
    TjOutputOptions o = { 0 };
    o.preset = "wechat750";
    render(dir, "p.png", TJ_FORMAT_PNG, &o);
    char *p1 = g_build_filename(dir, "p-01.png", NULL);
    guint32 w, h;
    int ct;
    tjt_png_header(p1, &w, &h, &ct);
    g_assert_cmpuint(w, ==, 750);
    g_assert_cmpint(ct, ==, 2);
    char *out = tool("pngcheck", "-v", p1, NULL);
    if (out) {
        g_assert_nonnull(strstr(out, "chunk sRGB"));
        g_assert_nonnull(strstr(out, "Description"));
        g_assert_nonnull(strstr(out, "Author"));
        g_free(out);
    }
    /* the slice's description: the summary, which part, its figures */
    out = png_itxt(p1, "Description");
    g_assert_nonnull(out);
    g_assert_true(g_str_has_prefix(out, "长图《图解：2021年东城区政府工作报告》"));
    g_assert_nonnull(strstr(out, "（第1张，共2张）\n指标卡：地区生产总值2954.7亿元"));
    g_assert_null(strstr(out, "分组柱状图"));  /* on the second slice */
    g_free(out);
    out = png_itxt(p1, "Title");
    g_assert_cmpstr(out, ==, "图解：2021年东城区政府工作报告（1/2）");
    g_free(out);
    g_free(p1);
    g_free(dir);
}

static cairo_surface_t *
stack(const char *dir, guint n, int width)
{
    cairo_surface_t *parts[8];
    int total = 0;
    g_assert_cmpuint(n, <=, G_N_ELEMENTS(parts));
    for (guint i = 0; i < n; i++) {
        char *name = g_strdup_printf("%s/p-%02u.png", dir, i + 1);
        parts[i] = cairo_image_surface_create_from_png(name);
        g_assert_cmpint(cairo_surface_status(parts[i]), ==, CAIRO_STATUS_SUCCESS);
        g_assert_cmpint(cairo_image_surface_get_width(parts[i]), ==, width);
        total += cairo_image_surface_get_height(parts[i]);
        g_free(name);
    }
    cairo_surface_t *all = cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, total);
    cairo_t *cr = cairo_create(all);
    int y = 0;
    for (guint i = 0; i < n; i++) {
        cairo_set_source_surface(cr, parts[i], 0, y);
        cairo_paint(cr);
        y += cairo_image_surface_get_height(parts[i]);
        cairo_surface_destroy(parts[i]);
    }
    cairo_destroy(cr);
    return all;
}

/* Slices stack up to the unsliced image at the same width, pixel for
 * pixel: no seam, nothing cut, nothing lost. */
static void
check_slices(const char *preset, int width)
{
    char *name = g_strdup_printf("publish-slices-%s", preset);
    char *dir = tjt_out_dir(name);
    TjOutputOptions o = { 0 };
    o.preset = preset;
    char *alt = g_build_filename(dir, "p.txt", NULL);
    o.alt_path = alt;
    render(dir, "p.png", TJ_FORMAT_PNG, &o);
    guint n = 0;
    for (guint i = 1; i < 9; i++) {
        char *s = g_strdup_printf("%s/p-%02u.png", dir, i);
        if (g_file_test(s, G_FILE_TEST_EXISTS)) {
            n = i;
            struct stat st;
            g_assert_cmpint(g_stat(s, &st), ==, 0);
            g_assert_cmpint(st.st_size, <, TJ_RENDER_WECHAT_BYTES);
            guint32 w, h;
            int ct;
            tjt_png_header(s, &w, &h, &ct);
            g_assert_cmpuint(w, ==, (guint32)width);
            g_assert_cmpuint(h, <=, (guint32)ceil(width * TJ_RENDER_SLICE_RATIO));
        }
        g_free(s);
    }
    g_assert_cmpuint(n, ==, 2);
    /* cut as A4 pages are: the last slice holds a row of figures with the
     * footer, not the footer alone */
    char *last = g_strdup_printf("%s/p-%02u.png", dir, n);
    char *desc = png_itxt(last, "Description");
    char *mark = g_strdup_printf("（第%u张，共%u张）\n", n, n);
    g_assert_nonnull(desc);
    g_assert_nonnull(strstr(desc, mark));
    g_free(mark);
    g_free(desc);
    g_free(last);
    g_assert_false(g_file_test(alt, G_FILE_TEST_EXISTS) == FALSE);
    gsize len;
    char *text = tjt_read(alt, &len);
    g_assert_cmpuint(count(text, "\n"), ==, 1 + N_FIGURES);
    g_free(text);
    /* the whole, unsliced, at the same scale */
    TjOutputOptions whole = { 0 };
    whole.scale = width / 1080.0;
    render(dir, "whole.png", TJ_FORMAT_PNG, &whole);
    cairo_surface_t *all = stack(dir, n, width);
    char *stacked = g_build_filename(dir, "stacked.png", NULL);
    char *ref = g_build_filename(dir, "whole.png", NULL);
    char *diff = g_build_filename(dir, "diff.png", NULL);
    g_assert_cmpint(cairo_surface_write_to_png(all, stacked), ==, CAIRO_STATUS_SUCCESS);
    cairo_surface_destroy(all);
    TjtImgDiff d;
    g_assert_true(tjt_img_compare(ref, stacked, 0, &d, diff));
    g_assert_cmpuint(d.n_over, ==, 0);
    g_free(diff);
    g_free(ref);
    g_free(stacked);
    g_free(alt);
    g_free(dir);
    g_free(name);
}

static void
test_slices_1080(void)
{
    check_slices("wechat", 1080);
}

static void
test_slices_750(void)
{
    check_slices("wechat750", 750);  /* 750/1080: cuts rounded to whole pixels */
}

/* A scene that compresses badly: 2-px squares of random colours. */
static TjScene *
noisy_scene(void)
{
    TjScene *s = tj_scene_new(600, 400);
    GRand *r = g_rand_new_with_seed(7);
    for (int y = 0; y < 400; y += 2)
        for (int x = 0; x < 600; x += 2) {
            guint32 rgb = g_rand_int(r) & 0xffffff;
            tj_scene_rect(s, "noise", x, y, 2, 2, 0, &(TjPaint){ .fill = tj_color_rgb(rgb) });
        }
    g_rand_free(r);
    return s;
}

static void
test_budget(void)
{
    char *dir = tjt_out_dir("publish-budget");
    TjFonts *fonts = tj_fonts_new(NULL, NULL);
    g_assert_nonnull(fonts);
    TjScene *s = noisy_scene();
    char *plain = g_build_filename(dir, "plain.png", NULL);
    char *small = g_build_filename(dir, "small.png", NULL);
    GError *err = NULL;
    TjRenderOptions o;
    tj_render_options_init(&o);
    g_assert_true(tj_render_file(s, fonts, TJ_RENDER_PNG, plain, &o, &err));
    g_assert_no_error(err);
    struct stat st;
    g_assert_cmpint(g_stat(plain, &st), ==, 0);
    guint64 budget = (guint64)st.st_size * 2 / 3;  /* more than zlib can save */
    g_test_message("noise: %ld bytes at level 3; budget %" G_GUINT64_FORMAT, (long)st.st_size,
                   budget);
    o.max_bytes = budget;
    o.diags = tj_diag_list_new();
    g_assert_true(tj_render_file(s, fonts, TJ_RENDER_PNG, small, &o, &err));
    g_assert_no_error(err);
    /* what it did is a note in the list (the CLI prints it) */
    g_assert_cmpuint(tj_diag_list_n(o.diags), ==, 1);
    const TjDiag *note = tj_diag_list_get(o.diags, 0);
    g_assert_cmpint(note->level, ==, TJ_DIAG_NOTE);
    g_assert_cmpstr(note->code, ==, "png-budget");
    g_assert_nonnull(strstr(note->text, "256"));
    g_assert_nonnull(strstr(note->text, small));
    tj_diag_list_free(o.diags);
    o.diags = NULL;
    g_assert_cmpint(g_stat(small, &st), ==, 0);
    g_assert_cmpint(st.st_size, <=, budget);
    guint32 w, h;
    int ct;
    tjt_png_header(small, &w, &h, &ct);
    g_assert_cmpint(ct, ==, 3);  /* palette */
    g_assert_cmpuint(w, ==, 600);
    TjtImgDiff d;
    g_assert_true(tjt_img_compare(plain, small, 48, &d, NULL));
    g_test_message("256 colours: %" G_GUINT64_FORMAT " pixels over 48, max %d", d.n_over,
                   d.max_diff);
    g_assert_cmpuint(d.n_over, <, 600 * 400 / 20);
    /* a flat chart keeps its exact colours in the palette */
    TjScene *chart = tjt_chart_scene(fonts);
    char *c1 = g_build_filename(dir, "chart.png", NULL);
    char *c2 = g_build_filename(dir, "chart-pal.png", NULL);
    o.max_bytes = 0;
    g_assert_true(tj_render_file(chart, fonts, TJ_RENDER_PNG, c1, &o, &err));
    o.max_bytes = 20000;
    g_assert_true(tj_render_file(chart, fonts, TJ_RENDER_PNG, c2, &o, &err));
    g_assert_no_error(err);
    g_assert_true(tjt_img_compare(c1, c2, 24, &d, NULL));
    g_assert_cmpuint(d.n_over, <, 800 * 500 / 200);
    tj_scene_free(chart);
    g_free(c1);
    g_free(c2);
    tj_scene_free(s);
    tj_fonts_free(fonts);
    g_free(small);
    g_free(plain);
    g_free(dir);
}

/* ---- the SVG in a browser -------------------------------------------------- */

/* Headless Chromium's screenshot of @svg shown at 1:1 in a page of its
 * size. FALSE (test skipped) without chromium. */
static gboolean
screenshot(const char *dir, const char *svg, int w, int h, const char *png)
{
    char *prog = g_find_program_in_path("chromium");
    if (!prog)
        prog = g_find_program_in_path("chromium-browser");
    if (!prog) {
        g_test_skip("chromium is not installed (scripts/install-deps.sh installs it)");
        return FALSE;
    }
    char *html = g_build_filename(dir, "show.html", NULL);
    char *page = g_strdup_printf("<!DOCTYPE html><html><head><style>html,body{margin:0;padding:0;"
                                 "background:#fff}img{display:block}</style></head><body>"
                                 "<img src=\"%s\" width=\"%d\" height=\"%d\"></body></html>",
                                 svg, w, h);
    g_assert_true(g_file_set_contents(html, page, -1, NULL));
    char *profile = g_build_filename(dir, "profile", NULL);
    char *size = g_strdup_printf("--window-size=%d,%d", w, h);
    char *shot = g_strdup_printf("--screenshot=%s", png);
    char *udd = g_strdup_printf("--user-data-dir=%s", profile);
    char *url = g_strdup_printf("file://%s", html);
    const char *argv[] = { prog, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                           "--no-first-run", "--disable-background-networking",
                           "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                           "--force-device-scale-factor=1", udd, size, shot, url, NULL };
    int status = 0;
    GError *err = NULL;
    g_assert_true(g_spawn_sync(NULL, (char **)argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL |
                               G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, NULL, &status, &err));
    g_assert_no_error(err);
    g_assert_true(g_file_test(png, G_FILE_TEST_EXISTS));
    g_free(url); g_free(udd); g_free(shot); g_free(size); g_free(profile);
    g_free(page); g_free(html); g_free(prog);
    return TRUE;
}

/* Tolerance: cairo and Skia anti-alias edges differently, so edge pixels
 * differ; the drawing must not. At most 3 % of the pixels may differ by
 * more than 16 in a channel and 1 % by more than 64 (measured: 1.96 % and
 * 0.48 % on the poster). */
static void
test_svg_in_chromium(void)
{
    char *dir = tjt_out_dir("publish-chromium");
    TjOutputOptions o = { 0 };
    o.svg_text = TRUE;
    render(dir, "p.svg", TJ_FORMAT_SVG, &o);
    render(dir, "p.png", TJ_FORMAT_PNG, NULL);
    char *svg = g_build_filename(dir, "p.svg", NULL), *png = g_build_filename(dir, "p.png", NULL);
    char *shot = g_build_filename(dir, "chromium.png", NULL);
    char *diff = g_build_filename(dir, "chromium.diff.png", NULL);
    guint32 w, h;
    int ct;
    tjt_png_header(png, &w, &h, &ct);
    if (screenshot(dir, svg, (int)w, (int)h, shot)) {
        TjtImgDiff d16, d64;
        g_assert_true(tjt_img_compare(png, shot, 16, &d16, diff));
        g_assert_true(tjt_img_compare(png, shot, 64, &d64, NULL));
        double px = (double)w * h;
        g_test_message("chromium vs PNG: %.2f %% over 16, %.2f %% over 64, max %d",
                       100 * d16.n_over / px, 100 * d64.n_over / px, d16.max_diff);
        g_assert_cmpfloat(d16.n_over / px, <, 0.03);
        g_assert_cmpfloat(d64.n_over / px, <, 0.01);
    }
    g_free(diff);
    g_free(shot);
    g_free(png);
    g_free(svg);
    g_free(dir);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/publish/pdf", test_pdf);
    g_test_add_func("/publish/pdf-chart", test_pdf_chart);
    g_test_add_func("/publish/svg", test_svg);
    g_test_add_func("/publish/png-meta", test_png_meta);
    g_test_add_func("/publish/slices-1080", test_slices_1080);
    g_test_add_func("/publish/slices-750", test_slices_750);
    g_test_add_func("/publish/budget", test_budget);
    g_test_add_func("/publish/svg-in-chromium", test_svg_in_chromium);
    return g_test_run();
}
