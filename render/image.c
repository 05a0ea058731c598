/* render/image.c — the scene's image items: PNG bytes checked row by row
 * with libpng (tj_render_image_probe: memory stays one row), decoded by
 * cairo for drawing and scaled into their box with a good filter; SVG bytes drawn by
 * librsvg onto the same cairo context, so they stay vector in SVG and PDF
 * and are rasterised only into PNG. Bytes come from the scene (the api read
 * the files); nothing here opens a file. An SVG is parsed from memory with
 * no base file, so librsvg cannot resolve a reference to another file or a
 * URL (only data: URLs inside the document itself); librsvg never runs
 * scripts and keeps libxml2's limits (no RSVG_HANDLE_FLAG_UNLIMITED).
 * Decoded images are kept per replay (one decode for all PNG strips).
 * librsvg (with gdk-pixbuf, libxml2, ICU, libstdc++…) is opened with
 * dlopen for the first SVG image, not linked: its ten libraries were a
 * fifth of the dynamic linking every tujie process paid, charts without
 * images included. */
#include "render/render-private.h"

#include <math.h>
#include <png.h>
#include <setjmp.h>
#include <string.h>

#include <librsvg/rsvg.h>

#include "core/i18n.h"

#define PROBE_SIDE 16.0   /* px: the surface an SVG is test-drawn into */

#ifndef TJ_RSVG_SONAME
#define TJ_RSVG_SONAME "librsvg-2.so"
#endif

/* The librsvg functions used, looked up once. */
#define RSVG_FUNCS(X) \
    X(rsvg_handle_new_from_stream_sync) \
    X(rsvg_handle_set_dpi) \
    X(rsvg_handle_get_intrinsic_size_in_pixels) \
    X(rsvg_handle_get_intrinsic_dimensions) \
    X(rsvg_handle_render_document)

static struct {
    RSVG_FUNCS(TJ_DL_FIELD)
} R;

static gpointer
load_rsvg(gpointer unused)
{
    (void)unused;
    static const char *const names[] = { RSVG_FUNCS(TJ_DL_NAME) };
    void *syms[G_N_ELEMENTS(names)];
    char *missing = tj__dl_load(TJ_RSVG_SONAME, names, syms, G_N_ELEMENTS(names));
    gsize i = 0;
#define SET(f) memcpy(&R.f, &syms[i++], sizeof syms[0]);
    if (!missing) {
        RSVG_FUNCS(SET)
    }
#undef SET
    return missing;
}

typedef struct {
    GBytes *bytes;
    gsize pos;
} Reader;

static cairo_status_t
read_bytes(void *closure, unsigned char *data, unsigned int length)
{
    Reader *r = closure;
    gsize len;
    const guint8 *p = g_bytes_get_data(r->bytes, &len);
    if (len - r->pos < length)
        return CAIRO_STATUS_READ_ERROR;
    memcpy(data, p + r->pos, length);
    r->pos += length;
    return CAIRO_STATUS_SUCCESS;
}

/* Returns: (transfer full) a cairo surface, in an error state when the
 * bytes are not a PNG libpng can read. */
static cairo_surface_t *
decode_png(GBytes *bytes)
{
    Reader r = { bytes, 0 };
    return cairo_image_surface_create_from_png_stream(read_bytes, &r);
}

/* Returns: (transfer full) the handle, or NULL with @error set. */
static RsvgHandle *
parse_svg(GBytes *bytes, GError **error)
{
    static GOnce once = G_ONCE_INIT;
    const char *missing = g_once(&once, load_rsvg, NULL);
    if (missing) {
        g_set_error_literal(error, TJ_ERROR, TJ_ERROR_RENDER, missing);
        return NULL;
    }
    GInputStream *in = g_memory_input_stream_new_from_bytes(bytes);
    RsvgHandle *h = R.rsvg_handle_new_from_stream_sync(in, NULL /* no base: no files */,
                                                       RSVG_HANDLE_FLAGS_NONE, NULL, error);
    g_object_unref(in);
    if (h)
        R.rsvg_handle_set_dpi(h, 96);
    return h;
}

/* The size an SVG asks for in px: width and height when both are absolute
 * lengths, else its viewBox's. FALSE when it gives neither. */
static gboolean
svg_size(RsvgHandle *h, double *w, double *h_out)
{
    if (R.rsvg_handle_get_intrinsic_size_in_pixels(h, w, h_out) && *w > 0 && *h_out > 0)
        return TRUE;
    gboolean has_vb = FALSE;
    RsvgRectangle vb = { 0, 0, 0, 0 };
    R.rsvg_handle_get_intrinsic_dimensions(h, NULL, NULL, NULL, NULL, &has_vb, &vb);
    if (!has_vb || !(vb.width > 0) || !(vb.height > 0))
        return FALSE;
    *w = vb.width;
    *h_out = vb.height;
    return TRUE;
}

/* A decoder's message on one line, without its trailing blanks.
 * (transfer full) */
static char *
one_line(const char *msg)
{
    char *s = g_strdup(msg && *msg ? msg : _("unknown error"));
    return g_strstrip(g_strdelimit(s, "\r\n", ' '));
}

/* ---- PNG: decoded row by row with libpng, to check it without holding it */

typedef struct {
    const guint8 *data;
    gsize len, pos;
    char msg[200];
    png_bytep row;
} PngCheck;

static void
check_error(png_structp png, png_const_charp msg)
{
    PngCheck *c = png_get_error_ptr(png);
    g_strlcpy(c->msg, msg, sizeof c->msg);
    png_longjmp(png, 1);  /* returning would print the message on stderr */
}

static void
check_warning(png_structp png, png_const_charp msg)
{
    (void)png;
    (void)msg;  /* a PNG that decodes is good enough */
}

static void
check_read(png_structp png, png_bytep out, png_size_t n)
{
    PngCheck *c = png_get_io_ptr(png);
    if (c->len - c->pos < n)
        png_error(png, _("the file ends inside the image data"));
    memcpy(out, c->data + c->pos, n);
    c->pos += n;
}

/* TRUE when libpng decodes every row of the PNG; @c->msg says why not. */
static gboolean
png_decodes(PngCheck *c, double *width, double *height)
{
    png_structp png = png_create_read_struct(PNG_LIBPNG_VER_STRING, c, check_error,
                                             check_warning);
    png_infop info = png ? png_create_info_struct(png) : NULL;
    if (!info) {
        g_strlcpy(c->msg, _("out of memory"), sizeof c->msg);
        png_destroy_read_struct(&png, NULL, NULL);
        return FALSE;
    }
    if (setjmp(png_jmpbuf(png))) {
        g_free(c->row);
        c->row = NULL;
        png_destroy_read_struct(&png, &info, NULL);
        return FALSE;
    }
    png_set_read_fn(png, c, check_read);
    png_read_info(png, info);
    *width = png_get_image_width(png, info);
    *height = png_get_image_height(png, info);
    int passes = png_set_interlace_handling(png);
    png_read_update_info(png, info);
    c->row = g_malloc(png_get_rowbytes(png, info));
    for (int p = 0; p < passes; p++)
        for (png_uint_32 y = 0; y < png_get_image_height(png, info); y++)
            png_read_row(png, c->row, NULL);
    png_read_end(png, NULL);
    g_free(c->row);
    c->row = NULL;
    png_destroy_read_struct(&png, &info, NULL);
    return TRUE;
}

static gboolean
probe_svg(GBytes *bytes, double *width, double *height, GError **error)
{
    GError *err = NULL;
    RsvgHandle *h = parse_svg(bytes, &err);
    if (!h) {
        char *msg = one_line(err ? err->message : NULL);
        g_set_error(error, TJ_ERROR, TJ_ERROR_INPUT, _("not a valid SVG image (librsvg: %s)"), msg);
        g_free(msg);
        g_clear_error(&err);
        return FALSE;
    }
    gboolean ok = svg_size(h, width, height);
    if (!ok) {
        g_set_error(error, TJ_ERROR, TJ_ERROR_INPUT,
                    _("the SVG gives no size (width and height in px, or a viewBox)"));
    } else {
        /* drawing once finds what parsing does not (librsvg's limits) */
        cairo_surface_t *s = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, (int)PROBE_SIDE,
                                                        (int)PROBE_SIDE);
        cairo_t *cr = cairo_create(s);
        RsvgRectangle vp = { 0, 0, PROBE_SIDE, PROBE_SIDE };
        ok = R.rsvg_handle_render_document(h, cr, &vp, &err);
        if (!ok) {
            char *msg = one_line(err ? err->message : NULL);
            g_set_error(error, TJ_ERROR, TJ_ERROR_INPUT, _("librsvg cannot draw this SVG: %s"), msg);
            g_free(msg);
            g_clear_error(&err);
        }
        cairo_destroy(cr);
        cairo_surface_destroy(s);
    }
    g_object_unref(h);
    return ok;
}

gboolean
tj_render_image_probe(TjImageType type, GBytes *bytes, double *width, double *height,
                      GError **error)
{
    g_return_val_if_fail(bytes && width && height, FALSE);
    if (type == TJ_IMAGE_SVG)
        return probe_svg(bytes, width, height, error);
    PngCheck *c = g_new0(PngCheck, 1);  /* not a local: it lives across setjmp */
    c->data = g_bytes_get_data(bytes, &c->len);
    gboolean ok = png_decodes(c, width, height);
    if (!ok)
        g_set_error(error, TJ_ERROR, TJ_ERROR_INPUT, _("a damaged PNG image (libpng: %s)"), c->msg);
    g_free(c);
    return ok;
}

/* ---- drawing -------------------------------------------------------------- */

typedef struct {
    cairo_surface_t *png;  /* PNG: the decoded pixels (maybe in error) */
    RsvgHandle *svg;       /* SVG: NULL when it did not parse */
} Decoded;

static void
decoded_free(gpointer p)
{
    Decoded *d = p;
    if (d->png)
        cairo_surface_destroy(d->png);
    if (d->svg)
        g_object_unref(d->svg);
    g_free(d);
}

GHashTable *
tj__image_cache_new(void)
{
    return g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL, decoded_free);
}

static const Decoded *
decoded(GHashTable *cache, GBytes *bytes, TjImageType type)
{
    Decoded *d = g_hash_table_lookup(cache, bytes);
    if (d)
        return d;
    d = g_new0(Decoded, 1);
    if (type == TJ_IMAGE_PNG)
        d->png = decode_png(bytes);
    else
        d->svg = parse_svg(bytes, NULL);
    g_hash_table_insert(cache, bytes, d);
    return d;
}

/* Puts @cr in an error state (cairo's status is checked once at the end):
 * an image the api let through that cannot be drawn is a failed render, not
 * a hole in the picture. */
static void
fail(cairo_t *cr, cairo_surface_t *bad)
{
    cairo_surface_t *own = bad ? NULL
                               : cairo_image_surface_create(CAIRO_FORMAT_INVALID, 1, 1);
    cairo_set_source_surface(cr, bad ? bad : own, 0, 0);
    if (own)
        cairo_surface_destroy(own);
}

static void
draw_png(cairo_t *cr, cairo_surface_t *png, const TjItem *it)
{
    if (cairo_surface_status(png) != CAIRO_STATUS_SUCCESS) {
        fail(cr, png);
        return;
    }
    double pw = cairo_image_surface_get_width(png), ph = cairo_image_surface_get_height(png);
    gboolean raster = cairo_surface_get_type(cairo_get_target(cr)) == CAIRO_SURFACE_TYPE_IMAGE;
    cairo_save(cr);
    cairo_rectangle(cr, it->u.image.x, it->u.image.y, it->u.image.w, it->u.image.h);
    cairo_clip(cr);
    cairo_translate(cr, it->u.image.x, it->u.image.y);
    cairo_scale(cr, it->u.image.w / pw, it->u.image.h / ph);
    cairo_set_source_surface(cr, png, 0, 0);
    cairo_pattern_t *pat = cairo_get_source(cr);
    cairo_pattern_set_filter(pat, CAIRO_FILTER_GOOD);
    /* pixels at the box's edge are not faded into transparency (raster);
     * vector formats keep the plain image */
    cairo_pattern_set_extend(pat, raster ? CAIRO_EXTEND_PAD : CAIRO_EXTEND_NONE);
    cairo_paint(cr);
    cairo_restore(cr);
}

static void
draw_own(cairo_t *cr, const Decoded *d, const TjItem *it)
{
    if (it->u.image.type == TJ_IMAGE_PNG) {
        draw_png(cr, d->png, it);
        return;
    }
    if (!d->svg) {
        fail(cr, NULL);
        return;
    }
    cairo_save(cr);
    RsvgRectangle vp = { it->u.image.x, it->u.image.y, it->u.image.w, it->u.image.h };
    gboolean ok = R.rsvg_handle_render_document(d->svg, cr, &vp, NULL);
    cairo_restore(cr);
    cairo_new_path(cr);
    if (!ok)
        fail(cr, NULL);
}

void
tj__image_draw(GHashTable *cache, cairo_t *cr, const TjScene *scene, const TjItem *it)
{
    if (!(it->u.image.w > 0) || !(it->u.image.h > 0))
        return;
    const Decoded *d = decoded(cache, tj_scene_image_bytes(scene, it), it->u.image.type);
    TjColor t = it->u.image.tint;
    if (t.a <= 0) {
        draw_own(cr, d, it);
        return;
    }
    /* one colour through the picture's own alpha */
    cairo_push_group(cr);
    draw_own(cr, d, it);
    cairo_pattern_t *mask = cairo_pop_group(cr);
    cairo_set_source_rgba(cr, t.r, t.g, t.b, t.a);
    cairo_mask(cr, mask);
    cairo_pattern_destroy(mask);
}
