/* tests/unit/test-pdf-glyphs.c — every glyph drawn in a PDF is there.
 * Debian 12's cairo 1.16 drops glyphs when it subsets Noto Sans CJK's CFF
 * subroutines (如 in "主要预期目标如下" came out empty); tujie draws with its
 * own subroutine-free copy (scripts/make-fonts.py). The PDF is rasterised
 * by pdftoppm and compared with the PNG of the same scene cell by cell: a
 * 48-px cell that has ink in the PNG must keep at least 60 % of it in the
 * PDF (a lost 64-px glyph empties its cells; anti-aliasing and sub-pixel
 * placement move a few per cent). */
#include <string.h>

#include <cairo.h>

#include "fonts/fonts.h"
#include "render/render.h"
#include "scene/scene.h"
#include "support/imgcmp.h"
#include "support/imgfiles.h"
#include "support/tjtest.h"

/* Ink (sum of darkness) of the @cell px squares of a PNG, row-major.
 * (transfer full) g_free(); NULL when unreadable. */
static double *
ink_cells(const char *png, int cell, int *nx, int *ny)
{
    cairo_surface_t *img = cairo_image_surface_create_from_png(png);
    if (cairo_surface_status(img) != CAIRO_STATUS_SUCCESS) {
        cairo_surface_destroy(img);
        return NULL;
    }
    cairo_surface_t *rgb = cairo_image_surface_create(CAIRO_FORMAT_RGB24,
        cairo_image_surface_get_width(img), cairo_image_surface_get_height(img));
    cairo_t *cr = cairo_create(rgb);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    cairo_set_source_surface(cr, img, 0, 0);
    cairo_paint(cr);
    cairo_destroy(cr);
    cairo_surface_flush(rgb);
    int w = cairo_image_surface_get_width(rgb), h = cairo_image_surface_get_height(rgb);
    int stride = cairo_image_surface_get_stride(rgb);
    const unsigned char *data = cairo_image_surface_get_data(rgb);
    *nx = (w + cell - 1) / cell;
    *ny = (h + cell - 1) / cell;
    double *ink = g_new0(double, (gsize)*nx * *ny);
    for (int y = 0; y < h; y++)
        for (int x = 0; x < w; x++) {
            guint32 px = *(const guint32 *)(data + (gsize)y * stride + x * 4);
            int g = (int)(((px >> 16) & 0xff) + ((px >> 8) & 0xff) + (px & 0xff)) / 3;
            ink[(y / cell) * *nx + x / cell] += 255 - g;
        }
    cairo_surface_destroy(rgb);
    cairo_surface_destroy(img);
    return ink;
}

/* Draws @lines (64 px, the second bold) to NAME.png and NAME.pdf and checks
 * that the PDF keeps the PNG's ink in every cell. */
static void
check_lines(const char *name, const char *const *lines, gsize n)
{
    TjScene *s = tj_scene_new(1400, 60 + 120 * (int)n);
    for (gsize i = 0; i < n; i++) {
        TjFontStyle f = { 64, i == 1 };
        TjTextExtents e = { 0 };
        tj_scene_text(s, "line", 20, 100 + i * 120, lines[i], &f, tj_color_rgb(0x222222),
                      TJ_ANCHOR_START, 0, &e);
    }
    GError *err = NULL;
    TjFonts *fonts = tj_fonts_new(NULL, &err);
    g_assert_no_error(err);
    char *png_name = g_strconcat(name, ".png", NULL);
    char *pdf_name = g_strconcat(name, ".pdf", NULL);
    char *base_name = g_strconcat(name, "-pdf", NULL);
    char *png = tjt_out_path(png_name);
    char *pdf = tjt_out_path(pdf_name);
    char *base = tjt_out_path(base_name);
    g_free(png_name); g_free(pdf_name); g_free(base_name);
    char *pdf_png = g_strconcat(base, ".png", NULL);
    TjRenderOptions o;
    tj_render_options_init(&o);
    g_assert_true(tj_render_file(s, fonts, TJ_RENDER_PNG, png, &o, &err));
    g_assert_true(tj_render_file(s, fonts, TJ_RENDER_PDF, pdf, &o, &err));
    g_assert_no_error(err);
    const char *argv[] = { "pdftoppm", "-png", "-singlefile", "-r", "72", pdf, base, NULL };
    int status = 0;
    char *out = tjt_run_tool(argv, &status);
    if (out) {
        g_assert_cmpint(status, ==, 0);
        /* every 48-px cell with ink in the PNG has most of it in the PDF */
        int nx, ny, mx, my;
        double *a = ink_cells(png, 48, &nx, &ny), *b = ink_cells(pdf_png, 48, &mx, &my);
        g_assert_nonnull(a);
        g_assert_nonnull(b);
        g_assert_cmpint(nx, ==, mx);
        g_assert_cmpint(ny, ==, my);
        for (int i = 0; i < nx * ny; i++)
            if (a[i] > 48 * 48 * 255 * 0.05 && b[i] < a[i] * 0.6)
                g_error("PDF cell %d,%d has %.0f %% of the PNG's ink: a glyph is lost",
                        i % nx, i / nx, 100 * b[i] / a[i]);
        g_free(a);
        g_free(b);
    }
    g_free(out);
    g_free(png); g_free(pdf); g_free(base); g_free(pdf_png);
    tj_fonts_free(fonts);
    tj_scene_free(s);
}

static void
test_no_lost_glyphs(void)
{
    static const char *const lines[] = {
        "主要预期目标如下。如何",
        "2021年是“十四五”开局之年",
        "综合考虑外部发展环境和经济增长基础条件",
    };
    check_lines("glyphs", lines, G_N_ELEMENTS(lines));
}

/* 堃 and 喆 are outside tujie's own font (GB 2312, scripts/make-fonts.py):
 * drawn from the system's Noto Sans CJK SC, in the PDF as in the PNG. */
static void
test_outside_own_font(void)
{
    static const char *const lines[] = { "王堃 张喆", "王堃 张喆" };
    check_lines("glyphs-rare", lines, G_N_ELEMENTS(lines));
    char *pdf = tjt_out_path("glyphs-rare.pdf");
    const char *argv[] = { "pdffonts", pdf, NULL };
    int status = 0;
    char *out = tjt_run_tool(argv, &status);
    if (out && tj_fonts_own_dir()) {
        g_assert_nonnull(strstr(out, "TujieSansCJKsc-Regular"));
        g_assert_nonnull(strstr(out, "NotoSansCJKsc-Regular"));
    }
    g_free(out);
    g_free(pdf);
}

/* The PDF embeds tujie's own subset font, its TrueType copy
 * (scripts/make-truetype.py; built with the CFF one), with Unicode
 * mapping; no CFF face of it (cairo 1.16's CFF subsetting, the bug above). */
static void
test_font_is_own(void)
{
    if (!tj_fonts_own_dir()) {
        g_test_skip("tujie's fonts are not built (make builds them)");
        return;
    }
    char *pdf = tjt_out_path("glyphs.pdf");
    const char *argv[] = { "pdffonts", pdf, NULL };
    int status = 0;
    char *out = tjt_run_tool(argv, &status);
    if (out) {
        g_assert_nonnull(strstr(out, "TujieSansCJKsc-Regular"));
        g_assert_nonnull(strstr(out, "CID TrueType"));
        g_assert_null(strstr(out, "CID Type 0C"));
        g_assert_null(strstr(out, "NotoSansCJK"));
    }
    g_free(out);
    g_free(pdf);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/pdf/no-lost-glyphs", test_no_lost_glyphs);
    g_test_add_func("/pdf/font-is-own", test_font_is_own);
    g_test_add_func("/pdf/outside-own-font", test_outside_own_font);
    return g_test_run();
}
