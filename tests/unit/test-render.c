/* tests/unit/test-render.c — render/ to PNG: pixel goldens, metadata and
 * size, strips (a poster past cairo's 32,767-px limit), pieces, byte-
 * identical re-renders, the size limit, justified lines. (SVG, PDF, atomic
 * writes, tofu: test-render-vector.c.)
 * Runs with TJ_FONTS_CONF=tests/fonts/fonts.conf (tests/run.sh). */
#include <errno.h>
#include <math.h>
#include <string.h>
#include <stdlib.h>
#include <unistd.h>
#include <cairo.h>
#include <glib/gstdio.h>
#include "render/render.h"
#include "render/render-private.h"
#include "support/imgcmp.h"
#include "support/imgfiles.h"
#include "support/imgscene.h"
#include "support/rendertest.h"
#include "support/tjtest.h"

#define GOLDEN_TOLERANCE 16       /* per channel */
#define GOLDEN_FRACTION 0.002     /* of the pixels */

static void
test_png_golden(void)
{
    TjScene *s = tjt_chart_scene(tjt_fonts());
    char *dir = tjt_out_dir("render-golden");
    char *path = g_build_filename(dir, "chart.png", NULL);
    tjt_render_ok(s, TJ_FORMAT_PNG, path, NULL);
    tjt_assert_png_golden("chart", path, GOLDEN_FRACTION, GOLDEN_TOLERANCE);
    TjOutputOptions o = { .scale = 2 };
    tjt_render_ok(s, TJ_FORMAT_PNG, path, &o);
    tjt_assert_png_golden("chart-2x", path, GOLDEN_FRACTION, GOLDEN_TOLERANCE);
    g_free(path);
    g_free(dir);
    tj_scene_free(s);
}

/* Strips must give the pixels one big surface gives. */
static void
test_png_strips(void)
{
    TjScene *s = tj_scene_new(300, 700);
    TjPaint ring = tjt_stroke(0xC8161D, 9), box = tjt_fill(0x5B6B8C);
    tj_scene_arc(s, "ring", 150, 256, 100, 0, 2 * G_PI, &ring);   /* crosses row 256 */
    tj_scene_rect(s, "box", 20, 500, 260, 30, 8, &box);          /* crosses row 512 */
    tjt_scene_text(s, tjt_fonts(), 150, 262, "跨越条带的文字", 30, TRUE, 0x222222,
                   TJ_ANCHOR_MIDDLE, 0);
    tjt_scene_text(s, tjt_fonts(), 40, 600, "旋转文字跨条带", 24, FALSE, 0x222222,
                   TJ_ANCHOR_MIDDLE, 90);
    char *dir = tjt_out_dir("render-strips");
    char *png = g_build_filename(dir, "strips.png", NULL);
    char *one = g_build_filename(dir, "one.png", NULL);
    tjt_render_ok(s, TJ_FORMAT_PNG, png, NULL);

    cairo_surface_t *img = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 300, 700);
    cairo_t *cr = cairo_create(img);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    GError *err = NULL;
    g_assert_true(tj_render_cairo(s, tjt_fonts(), cr, &err));
    g_assert_no_error(err);
    cairo_destroy(cr);
    g_assert_cmpint(cairo_surface_write_to_png(img, one), ==, CAIRO_STATUS_SUCCESS);
    cairo_surface_destroy(img);

    TjtImgDiff d;
    g_assert_true(tjt_img_compare(one, png, 0, &d, NULL));
    g_test_message("strips vs one surface: %" G_GUINT64_FORMAT " pixels differ, max %d",
                   d.n_over, d.max_diff);
    g_assert_cmpuint(d.n_over, <=, 300 * 700 / 1000);  /* glyph positions may round */
    g_assert_cmpint(d.max_diff, <=, 64);
    g_free(one);
    g_free(png);
    g_free(dir);
    tj_scene_free(s);
}

/* A strip of this width is deflated in two pieces on two threads
 * (render/png-deflate.c): the stream must be one valid zlib stream with
 * the pixels one big surface gives, and the same bytes every time. */
static void
test_png_pieces(void)
{
    TjScene *s = tj_scene_new(1400, 700);
    TjPaint ring = tjt_stroke(0xC8161D, 9), box = tjt_fill(0x5B6B8C);
    for (int i = 0; i < 6; i++) {
        tj_scene_arc(s, "ring", 120 + 230 * i, 256, 100, 0, 2 * G_PI, &ring);
        tj_scene_rect(s, "box", 20 + 230 * i, 380 + 40 * i, 200, 30, 8, &box);
        tjt_scene_text(s, tjt_fonts(), 120 + 230 * i, 262, "地区生产总值", 30, i % 2, 0x222222,
                       TJ_ANCHOR_MIDDLE, 0);
    }
    char *dir = tjt_out_dir("render-pieces");
    char *png = g_build_filename(dir, "pieces.png", NULL);
    char *again = g_build_filename(dir, "again.png", NULL);
    char *one = g_build_filename(dir, "one.png", NULL);
    tjt_render_ok(s, TJ_FORMAT_PNG, png, NULL);
    tjt_render_ok(s, TJ_FORMAT_PNG, again, NULL);
    g_assert_true(tjt_same_file(png, again));
    const char *argv[] = { "pngcheck", png, NULL };
    int status = 0;
    char *out = tjt_run_tool(argv, &status);
    if (out) {
        g_test_message("%s", out);
        g_assert_cmpint(status, ==, 0);
        g_assert_nonnull(strstr(out, "OK"));
    }
    g_free(out);

    cairo_surface_t *img = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 1400, 700);
    cairo_t *cr = cairo_create(img);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    GError *err = NULL;
    g_assert_true(tj_render_cairo(s, tjt_fonts(), cr, &err));
    g_assert_no_error(err);
    cairo_destroy(cr);
    g_assert_cmpint(cairo_surface_write_to_png(img, one), ==, CAIRO_STATUS_SUCCESS);
    cairo_surface_destroy(img);
    TjtImgDiff d;
    g_assert_true(tjt_img_compare(one, png, 0, &d, NULL));
    g_test_message("pieces vs one surface: %" G_GUINT64_FORMAT " pixels differ, max %d",
                   d.n_over, d.max_diff);
    g_assert_cmpuint(d.n_over, <=, 1400 * 700 / 1000);
    g_assert_cmpint(d.max_diff, <=, 64);

    /* RGBA: four bytes a pixel, the same pieces */
    TjOutputOptions o = { .transparent = TRUE };
    tjt_render_ok(s, TJ_FORMAT_PNG, png, &o);
    out = tjt_run_tool(argv, &status);
    if (out)
        g_assert_cmpint(status, ==, 0);
    g_free(out);
    img = cairo_image_surface_create_from_png(png);
    g_assert_cmpint(cairo_surface_status(img), ==, CAIRO_STATUS_SUCCESS);
    g_assert_cmpint(cairo_image_surface_get_height(img), ==, 700);
    cairo_surface_destroy(img);
    g_free(one);
    g_free(again);
    g_free(png);
    g_free(dir);
    tj_scene_free(s);
}

static void
test_png_metadata(void)
{
    TjScene *s = tjt_chart_scene(tjt_fonts());
    char *dir = tjt_out_dir("render-meta");
    char *p1 = g_build_filename(dir, "chart.png", NULL);
    char *p2 = g_build_filename(dir, "chart@2x.png", NULL);
    tjt_render_ok(s, TJ_FORMAT_PNG, p1, NULL);
    TjOutputOptions o = { .scale = 2 };
    tjt_render_ok(s, TJ_FORMAT_PNG, p2, &o);
    guint32 w, h;
    int ct;
    tjt_png_header(p1, &w, &h, &ct);
    g_assert_cmpuint(w, ==, 800);
    g_assert_cmpuint(h, ==, 500);
    g_assert_cmpint(ct, ==, 2);  /* RGB, opaque */
    tjt_png_header(p2, &w, &h, &ct);
    g_assert_cmpuint(w, ==, 1600);
    g_assert_cmpuint(h, ==, 1000);

    const char *argv1[] = { "pngcheck", "-v", p1, NULL };
    int status = 0;
    char *out = tjt_run_tool(argv1, &status);
    if (out) {
        g_test_message("%s", out);
        g_assert_cmpint(status, ==, 0);
        g_assert_nonnull(strstr(out, "chunk pHYs"));
        g_assert_nonnull(strstr(out, "3780x3780 pixels/meter (96 dpi)"));
        g_assert_nonnull(strstr(out, "chunk iTXt"));
        g_assert_nonnull(strstr(out, "Title"));
        g_assert_nonnull(strstr(out, "Description"));
        g_assert_nonnull(strstr(out, "Software"));
        g_assert_null(strstr(out, "tIME"));
        g_free(out);
        const char *argv2[] = { "pngcheck", "-v", p2, NULL };
        out = tjt_run_tool(argv2, &status);
        g_assert_nonnull(strstr(out, "7559x7559 pixels/meter (192 dpi)"));
        g_free(out);
    }
    /* the same scene gives the same bytes */
    char *p3 = g_build_filename(dir, "again.png", NULL);
    tjt_render_ok(s, TJ_FORMAT_PNG, p3, NULL);
    g_assert_true(tjt_same_file(p1, p3));
    g_free(p3);
    g_free(p1);
    g_free(p2);
    g_free(dir);
    tj_scene_free(s);
}

static void
test_png_transparent(void)
{
    TjScene *s = tj_scene_new(120, 60);
    tj_scene_set_background(s, TJ_COLOR_NONE);
    TjPaint half = tjt_fill(0xC8161D);
    half.fill.a = 0.5;
    tj_scene_rect(s, "box", 60, 0, 60, 60, 0, &half);
    char *dir = tjt_out_dir("render-alpha");
    char *path = g_build_filename(dir, "alpha.png", NULL);
    TjOutputOptions o = { .transparent = TRUE, .dpi = 300 };
    tjt_render_ok(s, TJ_FORMAT_PNG, path, &o);
    guint32 w, h;
    int ct;
    tjt_png_header(path, &w, &h, &ct);
    g_assert_cmpint(ct, ==, 6);  /* RGBA */
    cairo_surface_t *img = cairo_image_surface_create_from_png(path);
    const guint32 *px = (const guint32 *)cairo_image_surface_get_data(img);
    g_assert_cmphex(px[10] >> 24, ==, 0);      /* left: transparent */
    g_assert_cmpint(abs((int)(px[90] >> 24) - 128), <=, 1);  /* right: half */
    /* red 0xC8 at alpha ½, premultiplied as cairo stores it */
    g_assert_cmpint(abs((int)((px[90] >> 16) & 255) - 100), <=, 2);
    cairo_surface_destroy(img);
    /* opaque output of the same scene: a white ground */
    tjt_render_ok(s, TJ_FORMAT_PNG, path, NULL);
    tjt_png_header(path, &w, &h, &ct);
    g_assert_cmpint(ct, ==, 2);
    img = cairo_image_surface_create_from_png(path);
    px = (const guint32 *)cairo_image_surface_get_data(img);
    g_assert_cmphex(px[10] & 0xffffff, ==, 0xffffff);
    cairo_surface_destroy(img);
    g_free(path);
    g_free(dir);
    tj_scene_free(s);
}

/* Runs in a fresh process (g_test_trap_subprocess) so that the peak RSS
 * is this render's. */
static void
tall_poster_child(void)
{
    TjScene *s = tj_scene_new(540, 20000);
    tj_scene_set_meta(s, "长图", NULL);
    for (int i = 0; i < 100; i++) {
        TjPaint p = tjt_fill(i % 2 ? 0xC8161D : 0xD4A24C);
        tj_scene_rect(s, "bar", 40, 100 + 198 * i, 460, 120, 8, &p);
        tjt_scene_text(s, tjt_fonts(), 270, 180 + 198 * i, "地区生产总值 2954.7亿元", 24,
                       i % 3 == 0, 0xFFFFFF, TJ_ANCHOR_MIDDLE, 0);
    }
    tjt_scene_text(s, tjt_fonts(), 270, 19990, "第20000行", 20, FALSE, 0x222222,
                   TJ_ANCHOR_MIDDLE, 0);
    char *dir = tjt_out_dir("render-tall");
    char *path = g_build_filename(dir, "tall.png", NULL);
    long before = tjt_peak_rss_kib(TRUE);
    TjOutputOptions o = { .scale = 2 };
    gint64 t0 = g_get_monotonic_time();
    tjt_render_ok(s, TJ_FORMAT_PNG, path, &o);
    gint64 t1 = g_get_monotonic_time();
    long after = tjt_peak_rss_kib(FALSE);
    guint32 w, h;
    int ct;
    tjt_png_header(path, &w, &h, &ct);
    g_assert_cmpuint(w, ==, 1080);
    g_assert_cmpuint(h, ==, 40000);
    GStatBuf st;
    g_assert_cmpint(g_stat(path, &st), ==, 0);
    g_printerr("tall poster 1080 × 40000: %.0f ms, %lld KiB; RSS before %ld KiB, "
               "peak during the render %ld KiB (+%ld KiB; one whole surface "
               "would be %d KiB)\n", (t1 - t0) / 1000.0,
               (long long)st.st_size / 1024, before, after, after - before,
               1080 * 40000 * 4 / 1024);
#if !defined(__SANITIZE_ADDRESS__)
    g_assert_cmpint(after - before, <, 32 * 1024);
#endif
    g_unlink(path);
    g_free(path);
    g_free(dir);
    tj_scene_free(s);
}

static void
test_png_tall(void)
{
    if (g_test_subprocess()) {
        tall_poster_child();
        return;
    }
    g_test_trap_subprocess(NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
    g_test_trap_assert_passed();
}

static void
test_limit(void)
{
    char *dir = tjt_out_dir("render-limit");
    char *path = g_build_filename(dir, "huge.png", NULL);
    TjScene *s = tj_scene_new(150000, 10);
    TjOutputOptions o = { .scale = 2 };
    GError *err = NULL;
    g_assert_false(tjt_render_file(s, TJ_FORMAT_PNG, path, &o, NULL, &err));
    g_assert_error(err, TJ_ERROR, TJ_ERROR_LIMIT);
    g_clear_error(&err);
    tj_scene_set_size(s, 20000, 100);  /* 40000 px wide: past cairo's limit */
    g_assert_false(tjt_render_file(s, TJ_FORMAT_PNG, path, &o, NULL, &err));
    g_assert_error(err, TJ_ERROR, TJ_ERROR_LIMIT);
    g_assert_nonnull(strstr(err->message, "32767"));
    g_clear_error(&err);
    tj_scene_set_size(s, 20000, 20001);  /* 400,020,000 pixels */
    g_assert_false(tjt_render_file(s, TJ_FORMAT_PNG, path, NULL, NULL, &err));
    g_assert_error(err, TJ_ERROR, TJ_ERROR_LIMIT);
    g_clear_error(&err);
    o.scale = -1;
    g_assert_false(tjt_render_file(s, TJ_FORMAT_PNG, path, &o, NULL, &err));
    g_assert_error(err, TJ_ERROR, TJ_ERROR_USAGE);
    g_clear_error(&err);
    g_assert_cmpuint(tjt_count_files(dir), ==, 0);
    tj_scene_free(s);
    g_free(path);
    g_free(dir);
}

/* A justified line spreads its Chinese characters and never the digits of
 * a number or the letters of a Latin word (“7 1 9 1 8 3”), and ends at its
 * fit width. */
static void
test_justify_keeps_numbers(void)
{
    const char *text = "全区完成719183万元GDP增长";
    TjFontStyle f = { 28, FALSE };
    PangoLayout *plain = tj_fonts_layout(tjt_fonts(), text, &f);
    PangoLayout *wide = tj_fonts_layout(tjt_fonts(), text, &f);
    PangoRectangle ink, logical;
    pango_layout_get_extents(plain, &ink, &logical);
    TjItem it = { 0 };
    it.kind = TJ_ITEM_TEXT;
    it.u.text.text = text;
    it.u.text.font = f;
    it.u.text.anchor = TJ_ANCHOR_START;
    it.u.text.fit_width = logical.width / (double)PANGO_SCALE + 60;
    tj__replay_justify(wide, &it);
    PangoRectangle wl;
    pango_layout_get_extents(wide, NULL, &wl);
    g_assert_cmpfloat(fabs(wl.width / (double)PANGO_SCALE - it.u.text.fit_width), <, 1.0);
    /* each gap inside 719183 and inside GDP is as wide as unjustified */
    const char *runs[] = { "719183", "GDP" };
    for (guint r = 0; r < G_N_ELEMENTS(runs); r++) {
        int at = (int)(strstr(text, runs[r]) - text);
        for (int k = 0; k + 1 < (int)strlen(runs[r]); k++) {
            PangoRectangle a0, a1, b0, b1;
            pango_layout_index_to_pos(plain, at + k, &a0);
            pango_layout_index_to_pos(plain, at + k + 1, &a1);
            pango_layout_index_to_pos(wide, at + k, &b0);
            pango_layout_index_to_pos(wide, at + k + 1, &b1);
            g_assert_cmpint(b1.x - b0.x, ==, a1.x - a0.x);
        }
    }
    /* and the Chinese characters did spread */
    PangoRectangle c0, c1, d0, d1;
    pango_layout_index_to_pos(plain, 0, &c0);
    pango_layout_index_to_pos(plain, 3, &c1);
    pango_layout_index_to_pos(wide, 0, &d0);
    pango_layout_index_to_pos(wide, 3, &d1);
    g_assert_cmpint(d1.x - d0.x, >, c1.x - c0.x + PANGO_SCALE);
    g_object_unref(plain);
    g_object_unref(wide);
}

int
main(int argc, char **argv)
{
    /* before any thread exists (pango starts some): pins the PDF date */
    g_setenv("SOURCE_DATE_EPOCH", "1609459200", TRUE);
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/render/png/golden", test_png_golden);
    g_test_add_func("/render/png/strips", test_png_strips);
    g_test_add_func("/render/png/pieces", test_png_pieces);
    g_test_add_func("/render/png/metadata", test_png_metadata);
    g_test_add_func("/render/png/transparent", test_png_transparent);
    g_test_add_func("/render/png/tall", test_png_tall);
    g_test_add_func("/render/limit", test_limit);
    g_test_add_func("/render/justify-keeps-numbers", test_justify_keeps_numbers);
    int rc = g_test_run();
    tjt_fonts_free();
    return rc;
}
