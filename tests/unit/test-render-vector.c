/* tests/unit/test-render-vector.c — render/: SVG and PDF as their readers
 * see them (xmllint, pdftotext, pdffonts, pdfinfo), PDF pages, atomic
 * writes, the tofu check, cairo's status and formats from paths. (PNG:
 * test-render.c.)
 * Runs with TJ_FONTS_CONF=tests/fonts/fonts.conf (tests/run.sh). */
#include <errno.h>
#include <math.h>
#include <string.h>
#include <stdlib.h>
#include <unistd.h>
#include <cairo.h>
#include <glib/gstdio.h>
#include "api/output.h"
#include "render/render.h"
#include "render/render-private.h"
#include "support/imgfiles.h"
#include "support/imgscene.h"
#include "support/rendertest.h"
#include "support/tjtest.h"

static void
test_svg(void)
{
    TjScene *s = tjt_chart_scene(tjt_fonts());
    char *dir = tjt_out_dir("render-svg");
    char *a = g_build_filename(dir, "a.svg", NULL);
    char *b = g_build_filename(dir, "b.svg", NULL);
    tjt_render_ok(s, TJ_FORMAT_SVG, a, NULL);
    tjt_render_ok(s, TJ_FORMAT_SVG, b, NULL);
    g_assert_true(tjt_same_file(a, b));
    char *svg = tjt_read(a, NULL);
    g_assert_nonnull(strstr(svg, "width=\"800px\""));
    g_assert_nonnull(strstr(svg, "height=\"500px\""));
    g_assert_nonnull(strstr(svg, "version=\"1.1\""));
    g_free(svg);
    const char *argv[] = { "xmllint", "--noout", a, NULL };
    int status = 0;
    char *out = tjt_run_tool(argv, &status);
    if (out)
        g_assert_cmpint(status, ==, 0);
    g_free(out);
    g_free(a);
    g_free(b);
    g_free(dir);
    tj_scene_free(s);
}

/* pdffonts: tujie's own faces (their TrueType copies, tjt_fonts()/config.c) or
 * Noto Sans CJK SC, Regular and Bold, CID, embedded, subset, with
 * ToUnicode; cairo puts Latin characters of a TrueType face in a simple
 * font of their own, embedded and mapped too. */
static void
assert_pdf_fonts(const char *pdf)
{
    const char *argv[] = { "pdffonts", pdf, NULL };
    int status = 0;
    char *out = tjt_run_tool(argv, &status);
    if (!out)
        return;
    g_test_message("%s", out);
    char **lines = g_strsplit(out, "\n", -1);
    gboolean regular = FALSE, bold = FALSE;
    for (char **l = lines; *l; l++) {
        if (!strstr(*l, "NotoSansCJKsc-") && !strstr(*l, "TujieSansCJKsc-"))
            continue;
        char **f = g_strsplit_set(*l, " ", -1);
        GString *squeezed = g_string_new(NULL);
        for (char **w = f; *w; w++)
            if (**w)
                g_string_append_printf(squeezed, "%s ", *w);
        gboolean cid = strstr(squeezed->str, "CID Type 0C Identity-H yes yes yes") ||
                       strstr(squeezed->str, "CID TrueType Identity-H yes yes yes");
        g_assert_true(cid || strstr(squeezed->str, "TrueType WinAnsi yes yes yes"));
        regular |= cid && strstr(*l, "SansCJKsc-Regular") != NULL;
        bold |= cid && strstr(*l, "SansCJKsc-Bold") != NULL;
        g_string_free(squeezed, TRUE);
        g_strfreev(f);
    }
    g_assert_true(regular && bold);
    g_strfreev(lines);
    g_free(out);
}

/* pdfinfo's output contains @want. */
static void
assert_pdf_info(const char *pdf, const char *want)
{
    const char *argv[] = { "pdfinfo", "-isodates", pdf, NULL };
    int status = 0;
    char *out = tjt_run_tool(argv, &status);
    if (!out)
        return;
    if (!strstr(out, want))
        g_test_message("%s", out);
    g_assert_nonnull(strstr(out, want));
    g_free(out);
}

static void
test_pdf(void)
{
    TjScene *s = tjt_chart_scene(tjt_fonts());
    char *dir = tjt_out_dir("render-pdf");
    char *a = g_build_filename(dir, "a.pdf", NULL);
    char *b = g_build_filename(dir, "b.pdf", NULL);
    tjt_render_ok(s, TJ_FORMAT_PDF, a, NULL);  /* SOURCE_DATE_EPOCH is set */
    tjt_render_ok(s, TJ_FORMAT_PDF, b, NULL);
    g_assert_true(tjt_same_file(a, b));
    const char *totext[] = { "pdftotext", "-enc", "UTF-8", a, "-", NULL };
    int status = 0;
    char *out = tjt_run_tool(totext, &status);
    if (out) {
        g_assert_nonnull(strstr(out, TJT_CHART_TEXT));
        g_assert_nonnull(strstr(out, "家庭厨余垃圾分出率"));
        g_free(out);
    }
    assert_pdf_fonts(a);
    assert_pdf_info(a, "Title:           图解：2020年主要经济指标");
    assert_pdf_info(a, "Creator:         tujie " TJ_VERSION);
    assert_pdf_info(a, "CreationDate:    2021-01-01T00:00:00");
    assert_pdf_info(a, "Page size:       800 x 500 pts");
    TjOutputOptions o = { .creation_date = "2021-03-05" };  /* wins */
    tjt_render_ok(s, TJ_FORMAT_PDF, b, &o);
    assert_pdf_info(b, "CreationDate:    2021-03-05T00:00:00");
    g_free(a);
    g_free(b);
    g_free(dir);
    tj_scene_free(s);
}

static gboolean
render_pages(TjScene *const *pages, guint n, const char *path, GError **err)
{
    TjRenderOptions ro;
    return tj__api_render_options(NULL, NULL, &ro, err) &&
           tj_render_pages(pages, n, NULL, tjt_fonts(), TJ_RENDER_PDF, path, &ro, err);
}

static void
test_pdf_pages(void)
{
    TjScene *pages[2] = { tjt_chart_scene(tjt_fonts()), tj_scene_new(400, 300) };
    tjt_scene_text(pages[1], tjt_fonts(), 200, 150, "第二页 细颗粒物40微克/立方米", 20, FALSE,
                   0x222222, TJ_ANCHOR_MIDDLE, 0);
    char *dir = tjt_out_dir("render-pages");
    char *path = g_build_filename(dir, "bundle.pdf", NULL);
    GError *err = NULL;
    g_assert_true(render_pages(pages, 2, path, &err));
    g_assert_no_error(err);
    assert_pdf_info(path, "Pages:           2");
    const char *sizes[] = { "pdfinfo", "-f", "1", "-l", "2", path, NULL };
    int status = 0;
    char *out = tjt_run_tool(sizes, &status);
    if (out) {
        g_assert_nonnull(strstr(out, "Page    1 size:  800 x 500 pts"));
        g_assert_nonnull(strstr(out, "Page    2 size:  400 x 300 pts"));
        g_free(out);
    }
    const char *totext[] = { "pdftotext", "-enc", "UTF-8", "-f", "2", path, "-", NULL };
    out = tjt_run_tool(totext, &status);
    if (out) {
        g_assert_nonnull(strstr(out, "细颗粒物40微克/立方米"));
        g_free(out);
    }
    /* a missing glyph on any page: nothing is written, the old file stays */
    tjt_scene_text(pages[1], tjt_fonts(), 10, 20, "\xEE\x80\x80", 20, FALSE, 0,
                   TJ_ANCHOR_START, 0);
    char *before = tjt_read(path, NULL);
    g_assert_false(render_pages(pages, 2, path, &err));
    g_assert_error(err, TJ_ERROR, TJ_ERROR_FONT);
    g_clear_error(&err);
    char *after = tjt_read(path, NULL);
    g_assert_cmpstr(before, ==, after);
    g_assert_cmpuint(tjt_count_files(dir), ==, 1);
    g_free(before);
    g_free(after);
    g_free(path);
    g_free(dir);
    tj_scene_free(pages[0]);
    tj_scene_free(pages[1]);
}

static void
assert_io_failure(const TjScene *s, const char *path, const char *dir)
{
    GError *err = NULL;
    g_assert_false(tjt_render_file(s, TJ_FORMAT_PNG, path, NULL, NULL, &err));
    g_assert_error(err, TJ_ERROR, TJ_ERROR_IO);
    g_test_message("%s", err->message);
    g_assert_nonnull(strstr(err->message, path));
    g_clear_error(&err);
    if (dir)
        g_assert_cmpuint(tjt_count_files(dir), ==, 0);
}

static void
test_atomic_unwritable(void)
{
    TjScene *s = tjt_chart_scene(tjt_fonts());
    char *dir = tjt_out_dir("render-ro");
    char *path = g_build_filename(dir, "chart.png", NULL);
    if (geteuid() != 0) {
        g_assert_cmpint(g_chmod(dir, 0555), ==, 0);
        assert_io_failure(s, path, dir);
        g_chmod(dir, 0755);
    } else {
        g_test_message("running as root: a read-only folder is writable, checked "
                       "with a missing folder and a file in the way instead");
    }
    char *missing = g_build_filename(dir, "no", "such", "chart.png", NULL);
    assert_io_failure(s, missing, dir);
    char *file = g_build_filename(dir, "a-file", NULL);
    g_assert_true(g_file_set_contents(file, "x", 1, NULL));
    char *under = g_build_filename(file, "chart.png", NULL);
    assert_io_failure(s, under, NULL);
    g_assert_cmpuint(tjt_count_files(dir), ==, 1);
    g_free(under);
    g_free(file);
    g_free(missing);
    g_free(path);
    g_free(dir);
    tj_scene_free(s);
}

static void
test_atomic_keeps_old(void)
{
    char *dir = tjt_out_dir("render-keep");
    char *path = g_build_filename(dir, "chart.pdf", NULL);
    g_assert_true(g_file_set_contents(path, "old", 3, NULL));
    GError *err = NULL;

    TjScene *tofu = tj_scene_new(200, 100);
    tjt_scene_text(tofu, tjt_fonts(), 10, 50, "收入\xEE\x80\x80", 20, FALSE, 0,
                   TJ_ANCHOR_START, 0);
    g_assert_false(tjt_render_file(tofu, TJ_FORMAT_PDF, path, NULL, NULL, &err));
    g_assert_error(err, TJ_ERROR, TJ_ERROR_FONT);
    g_clear_error(&err);

    /* a bad option: refused before anything is written */
    TjScene *s = tjt_chart_scene(tjt_fonts());
    TjOutputOptions o = { .creation_date = "yesterday" };
    g_assert_false(tjt_render_file(s, TJ_FORMAT_PDF, path, &o, NULL, &err));
    g_assert_error(err, TJ_ERROR, TJ_ERROR_USAGE);
    g_clear_error(&err);

    /* fails inside the writer, after the temporary file exists: an image
     * whose bytes do not decode puts cairo in an error state */
    TjScene *broken = tjt_chart_scene(tjt_fonts());
    TjImage img = { TJ_IMAGE_PNG, g_bytes_new_static("\x89PNG\r\n\x1a\nxx", 10), 10, 10 };
    tj_scene_image(broken, "image", 0, 0, 10, 10, &img);
    g_bytes_unref(img.bytes);
    g_assert_false(tjt_render_file(broken, TJ_FORMAT_PDF, path, NULL, NULL, &err));
    g_assert_nonnull(err);
    g_test_message("%s", err->message);
    g_clear_error(&err);
    tj_scene_free(broken);

    char *now = tjt_read(path, NULL);
    g_assert_cmpstr(now, ==, "old");
    g_free(now);
    g_assert_cmpuint(tjt_count_files(dir), ==, 1);  /* no temporary left */
    tjt_render_ok(s, TJ_FORMAT_PDF, path, NULL);    /* and a good one replaces it */
    g_assert_cmpuint(tjt_count_files(dir), ==, 1);
    tj_scene_free(s);
    tj_scene_free(tofu);
    g_free(path);
    g_free(dir);
}

static void
test_tofu(void)
{
    TjScene *s = tj_scene_new(300, 100);
    tjt_scene_text(s, tjt_fonts(), 10, 50, "合计\xEE\x80\x80万元", 20, FALSE, 0,
                   TJ_ANCHOR_START, 0);
    tjt_scene_text(s, tjt_fonts(), 10, 80, "地区生产总值", 20, FALSE, 0, TJ_ANCHOR_START, 0);
    GError *err = NULL;
    TjRenderOptions ro;
    tj_render_options_init(&ro);
    g_assert_false(tj_render_check_glyphs(s, tjt_fonts(), &ro, &err));
    g_assert_error(err, TJ_ERROR, TJ_ERROR_FONT);
    g_test_message("%s", err->message);
    g_assert_nonnull(strstr(err->message, "U+E000"));
    g_assert_nonnull(strstr(err->message, "合计"));
    g_assert_null(strstr(err->message, "地区生产总值"));
    g_clear_error(&err);

    char *dir = tjt_out_dir("render-tofu");
    char *path = g_build_filename(dir, "tofu.png", NULL);
    g_assert_false(tjt_render_file(s, TJ_FORMAT_PNG, path, NULL, NULL, &err));
    g_assert_error(err, TJ_ERROR, TJ_ERROR_FONT);
    g_assert_nonnull(strstr(err->message, "U+E000"));
    g_clear_error(&err);
    g_assert_cmpuint(tjt_count_files(dir), ==, 0);
    /* allowed: a warning in the list, nothing on stderr (render never
     * prints), and the file written */
    TjOutputOptions o = { .tofu_warn = TRUE };
    TjDiagList *diags = tj_diag_list_new();
    g_assert_true(tjt_render_file(s, TJ_FORMAT_PNG, path, &o, diags, &err));
    g_assert_no_error(err);
    g_assert_cmpuint(tj_diag_list_n(diags), ==, 1);
    const TjDiag *d = tj_diag_list_get(diags, 0);
    g_assert_cmpint(d->level, ==, TJ_DIAG_WARNING);
    g_assert_cmpstr(d->code, ==, "tofu");
    g_assert_nonnull(strstr(d->text, "U+E000"));
    tj_diag_list_free(diags);
    g_assert_cmpuint(tjt_count_files(dir), ==, 1);
    g_free(path);
    g_free(dir);
    tj_scene_free(s);
}

static void
test_cairo_status(void)
{
    TjScene *s = tjt_chart_scene(tjt_fonts());
    cairo_surface_t *img = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 10, 10);
    cairo_t *cr = cairo_create(img);
    cairo_scale(cr, 0, 0);  /* an invalid matrix: cairo's status goes sticky */
    GError *err = NULL;
    g_assert_false(tj_render_cairo(s, tjt_fonts(), cr, &err));
    g_assert_error(err, TJ_ERROR, TJ_ERROR_RENDER);
    g_clear_error(&err);
    cairo_destroy(cr);
    cairo_surface_destroy(img);
    tj_scene_free(s);
}

static void
test_format_from_path(void)
{
    TjFormat f;
    g_assert_true(tj_format_from_path("out/a.png", &f) && f == TJ_FORMAT_PNG);
    g_assert_true(tj_format_from_path("A.SVG", &f) && f == TJ_FORMAT_SVG);
    g_assert_true(tj_format_from_path("/x/图解.pdf", &f) && f == TJ_FORMAT_PDF);
    g_assert_false(tj_format_from_path("a.jpg", &f));
    g_assert_false(tj_format_from_path("png", &f));
    g_assert_false(tj_format_from_path("dir.png/file", &f));
}

int
main(int argc, char **argv)
{
    /* before any thread exists (pango starts some): pins the PDF date */
    g_setenv("SOURCE_DATE_EPOCH", "1609459200", TRUE);
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/render/svg", test_svg);
    g_test_add_func("/render/pdf", test_pdf);
    g_test_add_func("/render/pdf-pages", test_pdf_pages);
    g_test_add_func("/render/atomic/unwritable", test_atomic_unwritable);
    g_test_add_func("/render/atomic/keeps-old", test_atomic_keeps_old);
    g_test_add_func("/render/tofu", test_tofu);
    g_test_add_func("/render/cairo-status", test_cairo_status);
    g_test_add_func("/render/format-from-path", test_format_from_path);
    int rc = g_test_run();
    tjt_fonts_free();
    return rc;
}
