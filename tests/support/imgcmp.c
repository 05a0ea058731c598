/* tests/support/imgcmp.c — pixel-golden comparison through cairo's PNG
 * reader (fine for tests: speed does not matter here). Pixels are compared
 * as cairo stores them (premultiplied ARGB), so an opaque image compares
 * its RGB exactly. */
#include "support/imgcmp.h"

#include <cairo.h>
#include <stdlib.h>
#include <glib/gstdio.h>
#include "support/tjtest.h"

/* Width, height and colour type from a PNG's IHDR. */
void
tjt_png_header(const char *path, guint32 *w, guint32 *h, int *color_type)
{
    guint8 head[26];
    FILE *fp = fopen(path, "rb");
    g_assert_nonnull(fp);
    g_assert_cmpuint(fread(head, 1, sizeof head, fp), ==, sizeof head);
    fclose(fp);
    g_assert_cmpmem(head, 8, "\x89PNG\r\n\x1a\n", 8);
    g_assert_cmpmem(head + 12, 4, "IHDR", 4);
    *w = (guint32)head[16] << 24 | head[17] << 16 | head[18] << 8 | head[19];
    *h = (guint32)head[20] << 24 | head[21] << 16 | head[22] << 8 | head[23];
    *color_type = head[25];
}

static cairo_surface_t *
load(const char *path)
{
    cairo_surface_t *s = cairo_image_surface_create_from_png(path);
    if (cairo_surface_status(s) != CAIRO_STATUS_SUCCESS) {
        cairo_surface_destroy(s);
        return NULL;
    }
    cairo_surface_t *argb = cairo_image_surface_create(
        CAIRO_FORMAT_ARGB32, cairo_image_surface_get_width(s),
        cairo_image_surface_get_height(s));
    cairo_t *cr = cairo_create(argb);
    cairo_set_source_surface(cr, s, 0, 0);
    cairo_set_operator(cr, CAIRO_OPERATOR_SOURCE);
    cairo_paint(cr);
    cairo_destroy(cr);
    cairo_surface_destroy(s);
    cairo_surface_flush(argb);
    return argb;
}

static int
pixel_diff(guint32 a, guint32 b)
{
    int m = 0;
    for (int sh = 0; sh < 32; sh += 8)
        m = MAX(m, abs((int)((a >> sh) & 255) - (int)((b >> sh) & 255)));
    return m;
}

/* Faint grey of @ref where equal, red scaled by the difference elsewhere. */
static guint32
diff_pixel(guint32 ref, int d, int tolerance)
{
    if (d > tolerance)
        return 0xff000000u | (guint32)MIN(255, 64 + d * 4) << 16;
    if (d > 0)
        return 0xff0000ffu | (guint32)MIN(255, 128 + d * 8) << 8;  /* small: blue */
    int grey = (int)(((ref >> 16) & 255) + ((ref >> 8) & 255) + (ref & 255)) / 3;
    grey = 255 - (255 - grey) / 4;
    return 0xff000000u | (guint32)grey << 16 | (guint32)grey << 8 | (guint32)grey;
}

/* Counts the differing pixels of two same-sized images; draws @img. */
static void
compare_pixels(cairo_surface_t *ref, cairo_surface_t *out, int tolerance,
               TjtImgDiff *diff, cairo_surface_t *img)
{
    const guint8 *rd = cairo_image_surface_get_data(ref);
    const guint8 *od = cairo_image_surface_get_data(out);
    guint8 *dd = img ? cairo_image_surface_get_data(img) : NULL;
    int rs = cairo_image_surface_get_stride(ref);
    int os = cairo_image_surface_get_stride(out);
    int ds = img ? cairo_image_surface_get_stride(img) : 0;
    for (int y = 0; y < diff->height; y++)
        for (int x = 0; x < diff->width; x++) {
            guint32 a = ((const guint32 *)(rd + (gsize)y * rs))[x];
            guint32 b = ((const guint32 *)(od + (gsize)y * os))[x];
            int d = pixel_diff(a, b);
            diff->max_diff = MAX(diff->max_diff, d);
            diff->n_over += d > tolerance;
            if (dd)
                ((guint32 *)(dd + (gsize)y * ds))[x] = diff_pixel(a, d, tolerance);
        }
}

gboolean
tjt_img_compare(const char *ref_png, const char *out_png, int tolerance,
                TjtImgDiff *diff, const char *diff_png)
{
    *diff = (TjtImgDiff){ -1, -1, 0, 0 };
    cairo_surface_t *ref = load(ref_png), *out = load(out_png);
    gboolean ok = ref && out;
    if (out) {
        diff->width = cairo_image_surface_get_width(out);
        diff->height = cairo_image_surface_get_height(out);
    }
    if (ok && (cairo_image_surface_get_width(ref) != diff->width ||
               cairo_image_surface_get_height(ref) != diff->height))
        ok = FALSE;
    if (ok) {
        cairo_surface_t *img = NULL;
        if (diff_png)
            img = cairo_image_surface_create(CAIRO_FORMAT_RGB24, diff->width,
                                             diff->height);
        compare_pixels(ref, out, tolerance, diff, img);
        if (img) {
            cairo_surface_mark_dirty(img);
            cairo_surface_write_to_png(img, diff_png);
            cairo_surface_destroy(img);
        }
    }
    if (ref)
        cairo_surface_destroy(ref);
    if (out)
        cairo_surface_destroy(out);
    return ok;
}

static void
copy_file(const char *from, const char *to)
{
    char *data = NULL;
    gsize len = 0;
    g_assert_true(g_file_get_contents(from, &data, &len, NULL));
    g_assert_true(g_file_set_contents(to, data, (gssize)len, NULL));
    g_free(data);
}

void
tjt_assert_png_golden(const char *name, const char *out_png, double max_fraction,
                      int tolerance)
{
    char *rel = g_strdup_printf("tests/golden/img/%s.ref.png", name);
    char *ref = tjt_src_path(rel);
    if (g_strcmp0(g_getenv("TJ_UPDATE_GOLDEN"), "1") == 0) {
        copy_file(out_png, ref);
        g_test_message("rewrote %s", rel);
        g_free(ref);
        g_free(rel);
        return;
    }
    char *diff_name = g_strdup_printf("%s.diff.png", name);
    char *out_name = g_strdup_printf("%s.out.png", name);
    char *diff_path = tjt_out_path(diff_name), *out_path = tjt_out_path(out_name);
    TjtImgDiff d;
    gboolean same_size = tjt_img_compare(ref, out_png, tolerance, &d, diff_path);
    double total = d.width > 0 ? (double)d.width * d.height : 1;
    gboolean pass = same_size && d.n_over <= max_fraction * total;
    if (!pass) {
        copy_file(out_png, out_path);
        if (!same_size)
            g_test_message("%s: missing, unreadable or of another size (output %d × %d); "
                           "see %s (TJ_UPDATE_GOLDEN=1 rewrites)", rel, d.width, d.height,
                           out_path);
        else
            g_test_message("%s: %" G_GUINT64_FORMAT " pixels (%.3f %%) differ by more "
                           "than %d (limit %.3f %%), max %d; see %s and %s", rel, d.n_over,
                           100.0 * d.n_over / total, tolerance, 100 * max_fraction,
                           d.max_diff, out_path, diff_path);
        g_test_fail();
    } else {
        g_unlink(diff_path);  /* a passing run leaves no stale diff */
    }
    g_free(diff_path);
    g_free(out_path);
    g_free(diff_name);
    g_free(out_name);
    g_free(ref);
    g_free(rel);
}
