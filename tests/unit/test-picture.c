/* tests/unit/test-picture.c — images in tujie: the scene's image item (dump,
 * box, translate, slice, bytes shared), reading image files safely
 * (api/image.c: size, type, dimensions before decoding, damaged data, SVG
 * without a size, FIFOs), SVG that names other files loads none of them,
 * and image blocks and kpi icons on a page (tests/data/image/page.yaml):
 * on the scene with the fake measurer (pictures contained in their cells
 * with their aspect ratio, icons inside their tiles clear of every text,
 * tiles of a row on one baseline with and without icons; a golden), then
 * drawn: PNG against a reference, the SVG parsed by xmllint and rasterised
 * by rsvg-convert, the PDF read by pdftotext and rasterised by pdftoppm. */
#include <math.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cairo.h>
#include <glib/gstdio.h>

#include "api/spec-private.h"
#include "render/render.h"
#include "support/imgcmp.h"
#include "support/imgfiles.h"
#include "support/tjtest.h"

#define PAGE "tests/data/image/page.yaml"

static TjImage
load_ok(const char *rel)
{
    char *path = tjt_src_path(rel);
    TjImage img;
    GError *err = NULL;
    g_assert_true(tj_bind_image_load(path, rel, &img, &err));
    g_assert_no_error(err);
    g_free(path);
    return img;
}

static void
test_scene_item(void)
{
    TjImage img = load_ok("tests/data/image/photo.png");
    g_assert_cmpint(img.type, ==, TJ_IMAGE_PNG);
    g_assert_cmpfloat(img.width, ==, 240);
    g_assert_cmpfloat(img.height, ==, 160);
    TjScene *s = tj_scene_new(400, 400);
    tj_scene_group_begin(s, "chart.image", NULL);
    guint a = tj_scene_image(s, "image", 10, 20, 120, 80, &img);
    guint b = tj_scene_image(s, "image", 10, 220, 60, 40, &img);
    tj_scene_group_end(s);
    /* one copy of the bytes, owned by the scene beyond the loader's */
    g_assert_true(tj_scene_image_bytes(s, tj_scene_item(s, a)) ==
                  tj_scene_image_bytes(s, tj_scene_item(s, b)));
    tj_bind_image_clear(&img);
    TjRect r = tj_scene_item_box(s, tj_scene_item(s, a));
    g_assert_cmpfloat(r.x, ==, 10);
    g_assert_cmpfloat(r.y, ==, 20);
    g_assert_cmpfloat(r.w, ==, 120);
    g_assert_cmpfloat(r.h, ==, 80);
    char *dump = tj_scene_dump(s);
    g_assert_nonnull(strstr(dump, "image image png 10.00 20.00 120.00 80.00 size= 240.00 160.00 "
                                  "sha256="));
    g_free(dump);
    tj_scene_translate_from(s, 0, 5, -10);
    g_assert_cmpfloat(tj_scene_item(s, a)->u.image.x, ==, 15);
    g_assert_cmpfloat(tj_scene_item(s, a)->u.image.y, ==, 10);
    /* a slice keeps the second picture, with its bytes */
    TjScene *sl = tj_scene_slice(s, 200, 200);
    tj_scene_free(s);
    guint n = 0;
    for (guint i = 0; i < tj_scene_n_items(sl); i++) {
        const TjItem *it = tj_scene_item(sl, i);
        if (it->kind != TJ_ITEM_IMAGE)
            continue;
        n++;
        g_assert_cmpfloat(it->u.image.y, ==, 10);
        g_assert_cmpuint(g_bytes_get_size(tj_scene_image_bytes(sl, it)), >, 100);
    }
    g_assert_cmpuint(n, ==, 1);
    tj_scene_free(sl);
}

static void
load_fails(const char *path, int code, const char *want)
{
    TjImage img;
    GError *err = NULL;
    g_assert_false(tj_bind_image_load(path, "x", &img, &err));
    g_assert_error(err, TJ_ERROR, code);
    if (!strstr(err->message, want))
        g_error("%s: got “%s”, want “%s”", path, err->message, want);
    g_error_free(err);
}

static char *
write_out(const char *name, const char *text)
{
    char *path = tjt_out_path(name);
    g_assert_true(g_file_set_contents(path, text, -1, NULL));
    return path;
}

static void
test_load_errors(void)
{
    char *p = tjt_src_path("tests/bad-input/page/data/garbage.png");
    load_fails(p, TJ_ERROR_INPUT, "“x” is not a PNG or SVG image");
    g_free(p);
    p = tjt_src_path("tests/bad-input/page/data/huge-header.png");
    load_fails(p, TJ_ERROR_LIMIT, "100000 × 100000 px; the limit for an image is 8192 × 8192");
    g_free(p);
    p = tjt_src_path("tests/bad-input/page/data/damaged.png");
    load_fails(p, TJ_ERROR_INPUT, "a damaged PNG image (libpng:");
    g_free(p);
    load_fails("/nonexistent/a.png", TJ_ERROR_IO, "cannot read “x”");
    /* an SVG too large, an SVG without a size, an empty file */
    p = write_out("huge.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"20000\" "
                              "height=\"10\"/>");
    load_fails(p, TJ_ERROR_LIMIT, "20000 × 10 px");
    g_free(p);
    p = write_out("nosize.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"1\" "
                                "height=\"1\"/></svg>");
    load_fails(p, TJ_ERROR_INPUT, "the SVG gives no size");
    g_free(p);
    p = write_out("empty.png", "");
    load_fails(p, TJ_ERROR_INPUT, "not a PNG or SVG image");
    g_free(p);
    /* more than 8 MiB: refused from its size, unread (a sparse file) */
    p = tjt_out_path("big.png");
    FILE *fp = g_fopen(p, "wb");
    g_assert_nonnull(fp);
    g_assert_cmpint(ftruncate(fileno(fp), (off_t)TJ_IMAGE_MAX_BYTES + 1), ==, 0);
    fclose(fp);
    load_fails(p, TJ_ERROR_LIMIT, "8388609 bytes; the limit for an image is 8388608 bytes");
    g_unlink(p);
    g_free(p);
    /* a FIFO is not read (it would block) */
    p = tjt_out_path("fifo.png");
    g_unlink(p);
    g_assert_cmpint(mkfifo(p, 0600), ==, 0);
    load_fails(p, TJ_ERROR_INPUT, "is not a regular file");
    g_unlink(p);
    g_free(p);
}

/* An SVG that references a red PNG beside it, by a relative and by an
 * absolute file URL, and a stylesheet: drawn, none of them loads. */
static void
test_svg_no_external(void)
{
    char *red = tjt_src_path("tests/data/image/red.png");
    char *abs = g_canonicalize_filename(red, NULL);
    char *text = g_strdup_printf(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
        "width=\"40\" height=\"40\"><style>@import url(\"file://%s.css\");</style>"
        "<rect width=\"40\" height=\"40\" fill=\"#ffffff\"/>"
        "<image x=\"0\" width=\"20\" height=\"40\" xlink:href=\"red.png\"/>"
        "<image x=\"20\" width=\"20\" height=\"40\" xlink:href=\"file://%s\"/></svg>", abs, abs);
    char *svg = tjt_out_path("external.svg");
    char *copy = tjt_out_path("red.png");  /* "red.png" beside the SVG, too */
    gchar *bytes;
    gsize len;
    g_assert_true(g_file_get_contents(red, &bytes, &len, NULL));
    g_assert_true(g_file_set_contents(copy, bytes, (gssize)len, NULL));
    g_assert_true(g_file_set_contents(svg, text, -1, NULL));
    TjImage img;
    GError *err = NULL;
    g_assert_true(tj_bind_image_load(svg, "external.svg", &img, &err));
    g_assert_no_error(err);
    TjScene *s = tj_scene_new(40, 40);
    tj_scene_image(s, "image", 0, 0, 40, 40, &img);
    TjFonts *fonts = tj_fonts_new(NULL, &err);
    g_assert_no_error(err);
    cairo_surface_t *surf = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 40, 40);
    cairo_t *cr = cairo_create(surf);
    g_assert_true(tj_render_cairo(s, fonts, cr, &err));
    g_assert_no_error(err);
    cairo_surface_flush(surf);
    const guint8 *px = cairo_image_surface_get_data(surf);
    int stride = cairo_image_surface_get_stride(surf);
    for (int y = 0; y < 40; y++)
        for (int x = 0; x < 40; x++) {
            guint32 p = *(const guint32 *)(px + y * stride + 4 * x);
            if (((p >> 8) & 0xff) < 200)  /* white everywhere: green stays high */
                g_error("a referenced file was drawn at (%d, %d): #%06x", x, y, p & 0xffffff);
        }
    cairo_destroy(cr);
    cairo_surface_destroy(surf);
    tj_fonts_free(fonts);
    tj_scene_free(s);
    tj_bind_image_clear(&img);
    g_free(bytes); g_free(copy); g_free(svg); g_free(text); g_free(abs); g_free(red);
}

/* ---- the page ------------------------------------------------------------- */

static TjScene *
page_scene(void)
{
    char *path = tjt_src_path(PAGE);
    TjScene *s = NULL;
    GError *err = NULL;
    g_assert_true(tj__api_spec_scene(path, tj_measurer_fake(), &s, NULL, &err));
    g_assert_no_error(err);
    g_free(path);
    return s;
}

/* The box of the group begun at item @g (its items' union). */
static TjRect
group_box(const TjScene *s, guint g, guint *end)
{
    TjRect box = { NAN, 0, 0, 0 };
    int depth = 0;
    for (guint i = g; i < tj_scene_n_items(s); i++) {
        const TjItem *it = tj_scene_item(s, i);
        depth += it->kind == TJ_ITEM_GROUP ? 1 : it->kind == TJ_ITEM_GROUP_END ? -1 : 0;
        if (depth == 0) {
            *end = i;
            break;
        }
        if (it->kind == TJ_ITEM_GROUP)
            continue;
        TjRect r = tj_scene_item_box(s, it);
        box = isnan(box.x) ? r : tj_rect_union(&box, &r);
    }
    return box;
}

static void
check_picture(const TjScene *s, guint g)
{
    guint end = g;
    TjRect cell = group_box(s, g, &end);
    const char *caption = tj_scene_item(s, g)->u.group.title;
    gboolean found = FALSE;
    for (guint i = g; i < end; i++) {
        const TjItem *it = tj_scene_item(s, i);
        if (it->kind != TJ_ITEM_IMAGE)
            continue;
        found = TRUE;
        TjRect r = tj_scene_item_box(s, it);
        g_assert_true(tj_rect_contains(&cell, &r, 0.01));
        g_assert_cmpfloat(fabs(r.w / r.h - it->u.image.iw / it->u.image.ih), <, 1e-6);
        g_assert_cmpfloat(r.w, <=, 468 + 0.01);  /* within the half-width cell */
        for (guint j = g; j < end && caption; j++) {
            const TjItem *t = tj_scene_item(s, j);
            if (t->kind != TJ_ITEM_TEXT)
                continue;
            TjRect tb = tj_scene_text_box(t);
            g_assert_false(tj_rect_overlaps(&r, &tb, 0.5));
            g_assert_cmpfloat(tb.y, >=, r.y + r.h);  /* the caption is under it */
        }
    }
    g_assert_true(found);
}

/* Tiles: the icon inside the tile, clear of every text; one value
 * baseline and one height a row. */
static void
check_tile(const TjScene *s, guint g, double *value_y, double *height)
{
    guint end = g;
    group_box(s, g, &end);
    TjRect ground = { 0 }, icon = { NAN, 0, 0, 0 };
    for (guint i = g; i < end; i++) {
        const TjItem *it = tj_scene_item(s, i);
        if (strcmp(it->role, "kpi.ground") == 0)
            ground = tj_scene_item_box(s, it);
        if (strcmp(it->role, "kpi.value") == 0)
            *value_y = it->u.text.y;
        if (it->kind == TJ_ITEM_IMAGE) {
            g_assert_cmpstr(it->role, ==, "kpi.icon");
            icon = tj_scene_item_box(s, it);
        }
    }
    *height = ground.h;
    if (isnan(icon.x))
        return;
    g_assert_true(tj_rect_contains(&ground, &icon, 0.01));
    g_assert_cmpfloat(MAX(icon.w, icon.h), >=, 20);  /* visible, not a speck */
    for (guint i = g; i < end; i++) {
        const TjItem *it = tj_scene_item(s, i);
        if (it->kind != TJ_ITEM_TEXT)
            continue;
        TjRect tb = tj_scene_text_box(it);
        if (tj_rect_overlaps(&icon, &tb, 0.5))
            g_error("the icon overlaps “%s”", it->u.text.text);
    }
}

static void
test_page_geometry(void)
{
    TjScene *s = page_scene();
    guint pictures = 0, tiles = 0, icons = 0;
    double ys[8], hs[8];
    for (guint i = 0; i < tj_scene_n_items(s); i++) {
        const TjItem *it = tj_scene_item(s, i);
        if (it->kind == TJ_ITEM_IMAGE && strcmp(it->role, "kpi.icon") == 0)
            icons++;
        if (it->kind != TJ_ITEM_GROUP)
            continue;
        if (strcmp(it->role, "chart.image") == 0) {
            check_picture(s, i);
            pictures++;
            g_assert_nonnull(it->u.group.desc);  /* alt: given, caption, or 图片 */
        } else if (strcmp(it->role, "chart.kpi") == 0) {
            g_assert_cmpuint(tiles, <, 8);
            check_tile(s, i, &ys[tiles], &hs[tiles]);
            tiles++;
        }
    }
    g_assert_cmpuint(pictures, ==, 3);
    g_assert_cmpuint(tiles, ==, 4);
    g_assert_cmpuint(icons, ==, 3);
    /* icon_tint: true draws the leaf in the theme's primary colour */
    char *d = tj_scene_dump(s);
    g_assert_nonnull(strstr(d, "size= 48.00 48.00 sha256=4891b9f166f0 tint=#C8161D\n"));
    g_free(d);
    /* the row of three tiles (icon, none, icon) */
    g_assert_cmpfloat(ys[1], ==, ys[2]);
    g_assert_cmpfloat(ys[2], ==, ys[3]);
    g_assert_cmpfloat(hs[1], ==, hs[2]);
    g_assert_cmpfloat(hs[2], ==, hs[3]);
    /* alt texts: the given one, the caption, the default */
    const char *desc = tj_scene_desc(s);
    g_assert_nonnull(strstr(desc, "\n东城区风貌（示意图）\n政府机关图标\n图片\n"));
    g_assert_nonnull(strstr(desc, "3张图片"));
    char *dump = tj_scene_dump(s);
    tjt_assert_golden("tests/golden/scene/page-images.scene", dump);
    g_free(dump);
    tj_scene_free(s);
}

/* The image row's height comes from the tile beside it; a row of images
 * takes its height from the pictures' aspect ratio. */
static void
test_row_heights(void)
{
    TjScene *s = page_scene();
    double img_h[3];
    guint k = 0;
    for (guint i = 0; i < tj_scene_n_items(s) && k < 3; i++) {
        const TjItem *it = tj_scene_item(s, i);
        if (it->kind == TJ_ITEM_IMAGE && strcmp(it->role, "image") == 0)
            img_h[k++] = it->u.image.h;
    }
    g_assert_cmpuint(k, ==, 3);
    g_assert_cmpfloat(img_h[1], ==, 468);             /* the square SVG fills its cell */
    g_assert_cmpfloat(fabs(img_h[0] - 468.0 * 160 / 240), <, 0.01);
    g_assert_cmpfloat(img_h[2], ==, 216);             /* beside a tile: the tile's height */
    tj_scene_free(s);
}

/* Runs a tool: FALSE when it is not installed (the test is then marked
 * skipped); a failure of an installed tool fails the test. */
static gboolean
run_ok(const char *const *argv, char **out)
{
    int status = 0;
    char *o = tjt_run_tool(argv, &status);
    if (!o)
        return FALSE;
    if (status != 0)
        g_error("%s failed (status %d)", argv[0], status);
    if (out)
        *out = o;
    else
        g_free(o);
    return TRUE;
}

static void
compare_raster(const char *ref, const char *png, double max_fraction, const char *what)
{
    TjtImgDiff d;
    g_assert_true(tjt_img_compare(ref, png, 64, &d, NULL));
    double frac = (double)d.n_over / ((double)d.width * d.height);
    if (frac > max_fraction)
        g_error("%s differs from the PNG in %.2f %% of pixels", what, frac * 100);
}

static void
test_page_render(void)
{
    char *spec = tjt_src_path(PAGE);
    char *png = tjt_out_path("page-images.png");
    char *svg = tjt_out_path("page-images.svg");
    char *pdf = tjt_out_path("page-images.pdf");
    TjOutputOptions o = { 0 };
    o.scale = 0.5;
    GError *err = NULL;
    g_assert_true(tjt_render_spec(spec, TJ_FORMAT_PNG, png, &o, &err));
    g_assert_no_error(err);
    tjt_assert_png_golden("page-images", png, 0.002, 16);
    o.scale = 0;
    g_assert_true(tjt_render_spec(spec, TJ_FORMAT_SVG, svg, &o, &err));
    g_assert_true(tjt_render_spec(spec, TJ_FORMAT_PDF, pdf, &o, &err));
    g_assert_no_error(err);
    const char *lint[] = { "xmllint", "--noout", "--huge", svg, NULL };
    run_ok(lint, NULL);
    char *text = NULL;
    const char *totext[] = { "pdftotext", "-enc", "UTF-8", pdf, "-", NULL };
    if (run_ok(totext, &text)) {
        g_assert_nonnull(strstr(text, "东城区风貌"));
        g_assert_nonnull(strstr(text, "地区生产总值"));
        g_free(text);
    }
    if (g_getenv("TJ_UPDATE_GOLDEN")) {
        g_free(spec); g_free(png); g_free(svg); g_free(pdf);
        return;
    }
    /* the vector files, rasterised at 1 px per px, look like the PNG */
    char *ref = tjt_out_path("page-images-1x.png");
    o.scale = 1;
    g_assert_true(tjt_render_spec(spec, TJ_FORMAT_PNG, ref, &o, &err));
    g_assert_no_error(err);
    char *svg_png = tjt_out_path("page-images-svg.png");
    char *pdf_base = tjt_out_path("page-images-pdf");
    char *pdf_png = g_strconcat(pdf_base, ".png", NULL);
    const char *conv[] = { "rsvg-convert", "-b", "white", "-o", svg_png, svg, NULL };
    if (run_ok(conv, NULL))
        compare_raster(ref, svg_png, 0.02, "the SVG");
    const char *ppm[] = { "pdftoppm", "-png", "-singlefile", "-r", "72", pdf, pdf_base, NULL };
    if (run_ok(ppm, NULL))
        compare_raster(ref, pdf_png, 0.04, "the PDF");
    g_free(ref); g_free(svg_png); g_free(pdf_base); g_free(pdf_png);
    g_free(spec); g_free(png); g_free(svg); g_free(pdf);
}

/* The same page twice in one process: the same SVG and PDF bytes (cairo
 * names embedded images by a process-wide counter; render/svg.c renumbers). */
static void
test_deterministic(void)
{
    char *spec = tjt_src_path(PAGE);
    TjFormat fmts[] = { TJ_FORMAT_SVG, TJ_FORMAT_PDF };
    for (gsize f = 0; f < G_N_ELEMENTS(fmts); f++) {
        GBytes *a = NULL, *b = NULL;
        GError *err = NULL;
        g_assert_true(tjt_spec_render_bytes(spec, fmts[f], NULL, &a, &err));
        g_assert_true(tjt_spec_render_bytes(spec, fmts[f], NULL, &b, &err));
        g_assert_no_error(err);
        g_assert_true(g_bytes_equal(a, b));
        g_bytes_unref(a);
        g_bytes_unref(b);
    }
    g_free(spec);
}

/* --icon: the CLI's own path (no policy: the user named the file), and its
 * errors say which option. */
static void
test_kpi_icon_api(void)
{
    TjKpiOptions k;
    tj_kpi_options_init(&k);
    k.value = "2954.7亿元";
    k.label = "地区生产总值";
    char *icon = tjt_src_path("examples/dongcheng-2021/icons/building.svg");
    k.icon = icon;
    char *out = tjt_out_path("kpi-icon.svg");
    GError *err = NULL;
    g_assert_true(tj_kpi_render(NULL, &k, TJ_FORMAT_SVG, out, NULL, &err));
    g_assert_no_error(err);
    k.icon = "/nonexistent/icon.svg";
    g_unlink(out);
    g_assert_false(tj_kpi_render(NULL, &k, TJ_FORMAT_SVG, out, NULL, &err));
    g_assert_error(err, TJ_ERROR, TJ_ERROR_IO);
    g_assert_true(g_str_has_prefix(err->message, "--icon: cannot read “/nonexistent/icon.svg”"));
    g_assert_false(g_file_test(out, G_FILE_TEST_EXISTS));  /* no half file */
    g_clear_error(&err);
    g_free(out);
    g_free(icon);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/picture/scene-item", test_scene_item);
    g_test_add_func("/picture/load-errors", test_load_errors);
    g_test_add_func("/picture/svg-no-external", test_svg_no_external);
    g_test_add_func("/picture/page-geometry", test_page_geometry);
    g_test_add_func("/picture/row-heights", test_row_heights);
    g_test_add_func("/picture/page-render", test_page_render);
    g_test_add_func("/picture/kpi-icon-api", test_kpi_icon_api);
    g_test_add_func("/picture/deterministic", test_deterministic);
    return g_test_run();
}
