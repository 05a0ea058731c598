/* render/png.c — PNG through libpng, drawn in horizontal strips.
 * The page is replayed into one strip-sized cairo image at a time (at most
 * STRIP_ROWS rows and STRIP_BYTES), whose rows are packed to RGB (or
 * un-premultiplied RGBA when transparency is asked for) and streamed with
 * png_write_row. So a poster taller than cairo's 32,767-px limit works and
 * memory stays flat: one strip and one row, whatever the height.
 * Items wholly outside a strip are skipped; text layouts are shaped once.
 * Encoding: filter NONE (Up for a row that repeats the one above); a
 * chart-sized image compressed whole by libdeflate, a taller one strip by
 * strip by zlib level 4 on helper threads while the next strip is drawn
 * (render/png-deflate.c); each strip's bytes as they are ready as an IDAT.
 * zlib's level 4 is the first with lazy matching: on these images it is
 * clearly smaller than level 3 for more deflate time (which the second
 * thread takes back); level 3 made files larger than
 * cairo_surface_write_to_png's, level 4's are smaller. Tuning level 3
 * (longer chains) does not reach cairo's, and levels 5-6 cost more for
 * little (figures: bench/RESULTS.md).
 * A size budget (--preset wechat: 5 MB) is kept by writing again: with the
 * strongest compression (zlib 9, libdeflate 12; adaptive filters made the
 * file larger, not smaller), then in 256 colours (median cut, png-quant.c,
 * after a counting pass over the strips); what it did is a note in the
 * options' list.
 * No tIME chunk, so the same scene gives the same bytes. */
#include "render/render-private.h"
#include "core/i18n.h"

#include <errno.h>
#include <math.h>
#include <png.h>
#include <string.h>
#include <unistd.h>

#define STRIP_ROWS 256          /* at most */
#define STRIP_BYTES (8u << 20)  /* at most, for very wide images */
#ifndef PNG_ZLIB_LEVEL
#define PNG_ZLIB_LEVEL 4
#endif

typedef struct {
    png_structp png;
    png_infop info;
    FILE *fp;
    int err;             /* errno of a failed write */
    char msg[200];       /* libpng's error message */
    cairo_surface_t *strip;
    cairo_t *cr;
    TjReplay *replay;
    guint8 *row;
    int width, height;
    int strip_rows;
    TjRenderOptions o;   /* the caller's, scale and dpi resolved for this scene */
    const TjScene *scene;
    int level;           /* zlib level of this pass */
    TjQuant *quant;      /* palette pass: maps the rows; counting pass: counts */
    gboolean counting;   /* a pass that only counts colours, writes nothing */
    guint8 *index_row;
    TjDeflate *deflate;  /* RGB(A) passes: the IDAT data (render/png-deflate.c) */
    guint8 *last_src;    /* the previous strip's last row, as drawn */
    GByteArray *zout;
} PngJob;

static void
on_png_error(png_structp png, png_const_charp msg)
{
    PngJob *job = png_get_error_ptr(png);
    g_strlcpy(job->msg, msg, sizeof job->msg);
    png_longjmp(png, 1);
}

static void
on_png_warning(png_structp png, png_const_charp msg)
{
    /* about our own settings: none expected, but kept if one comes */
    PngJob *job = png_get_error_ptr(png);
    tj_diag_add(job->o.diags, TJ_DIAG_WARNING, NULL, "libpng", "libpng: %s", msg);
}

static void
on_png_write(png_structp png, png_bytep data, png_size_t len)
{
    PngJob *job = png_get_io_ptr(png);
    if (fwrite(data, 1, len, job->fp) != len) {
        job->err = errno ? errno : EIO;
        png_error(png, "write failed");
    }
}

static void
on_png_flush(png_structp png)
{
    (void)png;
}

static void
add_text(png_textp t, int compression, const char *key, const char *text)
{
    memset(t, 0, sizeof *t);
    t->compression = compression;
    t->key = (png_charp)key;
    t->text = (png_charp)text;
    t->lang = (png_charp)"";
    t->lang_key = (png_charp)"";
}

/* IHDR, PLTE (palette pass), sRGB, pHYs and the text chunks. */
static void
write_header(PngJob *job, const guint8 *palette, int n_colors)
{
    int type = palette ? PNG_COLOR_TYPE_PALETTE
               : job->o.transparent ? PNG_COLOR_TYPE_RGB_ALPHA : PNG_COLOR_TYPE_RGB;
    png_set_IHDR(job->png, job->info, (png_uint_32)job->width,
                 (png_uint_32)job->height, 8, type, PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_BASE, PNG_FILTER_TYPE_BASE);
    if (palette) {
        png_color plte[256];
        for (int i = 0; i < n_colors; i++)
            plte[i] = (png_color){ palette[3 * i], palette[3 * i + 1], palette[3 * i + 2] };
        png_set_PLTE(job->png, job->info, plte, n_colors);
    }
    if (job->o.srgb)
        png_set_sRGB_gAMA_and_cHRM(job->png, job->info, PNG_sRGB_INTENT_PERCEPTUAL);
    png_uint_32 ppm = (png_uint_32)lround(job->o.dpi / 0.0254);
    png_set_pHYs(job->png, job->info, ppm, ppm, PNG_RESOLUTION_METER);
    png_text text[4];
    int n = 0;
    const char *title = tj_scene_title(job->scene);
    const char *desc = tj_scene_desc(job->scene);
    const char *author = tj_scene_info(job->scene, "author");
    if (title && *title)
        add_text(&text[n++], PNG_ITXT_COMPRESSION_NONE, "Title", title);
    if (author && *author)
        add_text(&text[n++], PNG_ITXT_COMPRESSION_NONE, "Author", author);
    if (desc && *desc)
        add_text(&text[n++], PNG_ITXT_COMPRESSION_NONE, "Description", desc);
    add_text(&text[n++], PNG_TEXT_COMPRESSION_NONE, "Software", "tujie " TJ_VERSION);
    png_set_text(job->png, job->info, text, n);
    png_set_filter(job->png, PNG_FILTER_TYPE_BASE, PNG_FILTER_NONE);
    png_set_compression_level(job->png, job->level);
    png_set_compression_buffer_size(job->png, 1 << 16);
    png_write_info(job->png, job->info);
}

/* Replays the page into the strip whose first row is @top. */
static void
draw_strip(PngJob *job, int top)
{
    cairo_t *cr = job->cr;
    cairo_save(cr);
    cairo_set_operator(cr, job->o.transparent ? CAIRO_OPERATOR_CLEAR
                                              : CAIRO_OPERATOR_SOURCE);
    cairo_set_source_rgb(cr, 1, 1, 1);  /* opaque output: a white ground */
    cairo_paint(cr);
    cairo_restore(cr);
    cairo_save(cr);
    cairo_translate(cr, 0, -top);
    cairo_scale(cr, job->o.scale, job->o.scale);
    tj__replay_draw(job->replay, cr, TRUE);
    cairo_restore(cr);
    cairo_surface_flush(job->strip);
}

/* Packs one row of the strip (native-endian xRGB/premultiplied ARGB). */
static void
pack_row(const guint32 *src, guint8 *dst, int width, gboolean alpha)
{
    if (!alpha) {
        for (int x = 0; x < width; x++, dst += 3) {
            guint32 p = src[x];
            dst[0] = (guint8)(p >> 16), dst[1] = (guint8)(p >> 8), dst[2] = (guint8)p;
        }
        return;
    }
    for (int x = 0; x < width; x++, dst += 4) {
        guint32 p = src[x], a = p >> 24;
        if (a == 0) {
            dst[0] = dst[1] = dst[2] = dst[3] = 0;
            continue;
        }
        dst[0] = (guint8)((((p >> 16) & 0xff) * 255 + a / 2) / a);
        dst[1] = (guint8)((((p >> 8) & 0xff) * 255 + a / 2) / a);
        dst[2] = (guint8)(((p & 0xff) * 255 + a / 2) / a);
        dst[3] = (guint8)a;
    }
}

/* Hands one packed row to libpng (mapped to the palette on a palette
 * pass) or to the colour count. */
static void
put_row(PngJob *job)
{
    if (job->counting) {
        tj__quant_add(job->quant, job->row, job->width);
    } else if (job->quant) {
        tj__quant_map(job->quant, job->row, job->index_row, job->width);
        png_write_row(job->png, job->index_row);
    } else {
        png_write_row(job->png, job->row);
    }
}

/* The strip's rows, each after its filter byte (none), compressed and
 * written as one IDAT chunk (libpng errors longjmp). */
static void
put_strip(PngJob *job, const guint8 *data, int stride, int rows, gboolean last)
{
    gsize row_bytes = (gsize)job->width * (job->o.transparent ? 4 : 3);
    gsize src_bytes = (gsize)job->width * 4;
    guint8 *buf = tj__deflate_buffer(job->deflate, (gsize)rows * (row_bytes + 1)), *p = buf;
    if (!buf)
        png_error(job->png, _("out of memory"));
    for (int y = 0; y < rows; y++, p += row_bytes + 1) {
        const guint8 *src = data + (gsize)y * stride;
        const guint8 *above = y > 0 ? src - stride : job->last_src;
        if (above && memcmp(src, above, src_bytes) == 0) {
            p[0] = PNG_FILTER_VALUE_UP;  /* the same row again: all zero */
            memset(p + 1, 0, row_bytes);
        } else {
            p[0] = PNG_FILTER_VALUE_NONE;
            pack_row((const guint32 *)src, p + 1, job->width, job->o.transparent);
        }
    }
    if (!job->last_src)
        job->last_src = g_malloc(src_bytes);
    memcpy(job->last_src, data + (gsize)(rows - 1) * stride, src_bytes);
    const char *zmsg = NULL;
    g_byte_array_set_size(job->zout, 0);
    if (!tj__deflate_add(job->deflate, (gsize)(p - buf), last, job->zout, &zmsg))
        png_error(job->png, zmsg);
    if (job->zout->len > 0)
        png_write_chunk(job->png, (png_const_bytep)"IDAT", job->zout->data, job->zout->len);
}

/* Draws every strip and passes its rows on; FALSE on a cairo error
 * (checked once per strip, before its rows are used). */
static gboolean
each_row(PngJob *job, cairo_status_t *status)
{
    int stride = cairo_image_surface_get_stride(job->strip);
    for (int top = 0; top < job->height; top += job->strip_rows) {
        draw_strip(job, top);
        if ((*status = cairo_status(job->cr)) != CAIRO_STATUS_SUCCESS)
            return FALSE;
        const guint8 *data = cairo_image_surface_get_data(job->strip);
        int rows = MIN(job->strip_rows, job->height - top);
        if (job->deflate && !job->counting) {
            put_strip(job, data, stride, rows, top + rows >= job->height);
            continue;
        }
        for (int y = 0; y < rows; y++) {
            pack_row((const guint32 *)(data + (gsize)y * stride), job->row,
                     job->width, job->o.transparent);
            put_row(job);
        }
    }
    return TRUE;
}

/* The libpng part; returns FALSE after a libpng error (job->msg, job->err)
 * or a cairo error. */
static gboolean
encode(PngJob *job, const guint8 *palette, int n_colors, cairo_status_t *status)
{
    if (setjmp(png_jmpbuf(job->png)))
        return FALSE;
    png_set_write_fn(job->png, job, on_png_write, on_png_flush);
    write_header(job, palette, n_colors);
    if (!each_row(job, status))
        return FALSE;
    if (job->deflate)
        png_write_chunk(job->png, (png_const_bytep)"IEND", NULL, 0);
    else
        png_write_end(job->png, job->info);
    return TRUE;
}

static gboolean
report(PngJob *job, cairo_status_t status, const char *name, GError **error)
{
    if (status != CAIRO_STATUS_SUCCESS)
        return tj__render_status(status, NULL, name, error);
    if (job->err)
        g_set_error(error, TJ_ERROR, TJ_ERROR_IO, _("cannot write “%s”: %s"),
                    name, g_strerror(job->err));
    else
        g_set_error(error, TJ_ERROR, TJ_ERROR_RENDER, _("libpng: %s"), job->msg);
    return FALSE;
}

/* One encoding of the whole image onto job->fp from its current place. */
static gboolean
write_pass(PngJob *job, const guint8 *palette, int n_colors, const char *name,
           GError **error)
{
    job->png = png_create_write_struct(PNG_LIBPNG_VER_STRING, job, on_png_error,
                                       on_png_warning);
    job->info = job->png ? png_create_info_struct(job->png) : NULL;
    cairo_status_t status = cairo_status(job->cr);
    gboolean ok = FALSE;
    if (!palette) {
        gsize row_bytes = (gsize)job->width * (job->o.transparent ? 4 : 3) + 1;
        job->deflate = tj__deflate_new(job->level, row_bytes, (guint64)row_bytes * job->height);
        g_clear_pointer(&job->last_src, g_free);  /* a new pass starts at the top */
        if (!job->zout)
            job->zout = g_byte_array_new();
    }
    if (status == CAIRO_STATUS_SUCCESS && job->info)
        ok = encode(job, palette, n_colors, &status);
    else if (!job->info)
        g_strlcpy(job->msg, _("out of memory"), sizeof job->msg);
    tj__deflate_free(job->deflate);
    job->deflate = NULL;
    if (!ok)
        report(job, status, name, error);
    png_destroy_write_struct(&job->png, &job->info);
    return ok;
}

/* Bytes written since @start, or -1 when the stream cannot tell. */
static gint64
written_since(FILE *fp, gint64 start)
{
    if (fflush(fp) != 0)
        return -1;
    off_t end = ftello(fp);
    return end < 0 || start < 0 ? -1 : (gint64)end - start;
}

/* Back to @start for another pass (a memory stream has no descriptor to
 * truncate: its size is where the last pass ends). */
static gboolean
rewind_to(PngJob *job, gint64 start, const char *name, GError **error)
{
    int fd = fileno(job->fp);
    if (fseeko(job->fp, (off_t)start, SEEK_SET) == 0 &&
        (fd < 0 || ftruncate(fd, (off_t)start) == 0))
        return TRUE;
    g_set_error(error, TJ_ERROR, TJ_ERROR_IO, _("cannot write “%s”: %s"), name,
                g_strerror(errno));
    return FALSE;
}

static void
note_size(GString *note, const char *step, gint64 bytes)
{
    g_string_append_printf(note, "%s %.2f MB", step, bytes / 1e6);
}

/* Keeps the file within job->o.max_bytes: level 9, then 256 colours
 * (opaque images only). Says what it did in a note ("png-budget"). */
static gboolean
keep_budget(PngJob *job, gint64 start, gint64 size, const char *name, GError **error)
{
    GString *note = g_string_new(NULL);
    /* TRANSLATORS: then "first pass 0.40 MB", ", strongest compression 0.38 MB",
       ", 256 colours 0.20 MB", " — still over; cut the page smaller" */
    g_string_append_printf(note, _("%s is over the %.2f MB budget: "), name,
                           job->o.max_bytes / 1e6);
    note_size(note, _("first pass"), size);
    job->level = 9;
    gboolean ok = rewind_to(job, start, name, error) && write_pass(job, NULL, 0, name, error);
    if (ok && (size = written_since(job->fp, start)) >= 0) {
        note_size(note, _(", strongest compression"), size);
        if ((guint64)size > job->o.max_bytes && !job->o.transparent) {
            guint8 palette[256 * 3];
            job->quant = tj__quant_new();
            job->counting = TRUE;
            cairo_status_t status = CAIRO_STATUS_SUCCESS;
            ok = each_row(job, &status) || report(job, status, name, error);
            job->counting = FALSE;
            int n = ok ? tj__quant_finish(job->quant, 256, palette) : 0;
            job->index_row = g_malloc((gsize)job->width);
            ok = ok && rewind_to(job, start, name, error) &&
                 write_pass(job, palette, n, name, error);
            if (ok && (size = written_since(job->fp, start)) >= 0)
                g_string_append_printf(note, _(", %d colours %.2f MB"), n, size / 1e6);
        }
        if (ok && (guint64)size > job->o.max_bytes)
            g_string_append(note, _(" — still over; cut the page smaller"));
    }
    if (ok)
        tj_diag_add(job->o.diags, TJ_DIAG_NOTE, NULL, "png-budget", "%s", note->str);
    g_string_free(note, TRUE);
    return ok;
}

gboolean
tj__render_png(const TjScene *scene, TjFonts *fonts, FILE *fp, const char *name,
               const TjRenderOptions *o, GError **error)
{
    PngJob job = { 0 };
    job.o = *o;
    job.o.scale = tj_render_png_scale(scene, o);  /* a preset's width wins */
    if (job.o.dpi <= 0)
        job.o.dpi = 96 * job.o.scale;
    if (!tj__render_pixel_size(scene, job.o.scale, TRUE, &job.width, &job.height, error))
        return FALSE;
    job.fp = fp;
    job.scene = scene;
    job.level = PNG_ZLIB_LEVEL;
    job.strip_rows = (int)CLAMP(STRIP_BYTES / ((guint)job.width * 4u), 16u, STRIP_ROWS);
    job.strip_rows = MIN(job.strip_rows, job.height);
    job.strip = cairo_image_surface_create(
        job.o.transparent ? CAIRO_FORMAT_ARGB32 : CAIRO_FORMAT_RGB24, job.width,
        job.strip_rows);
    job.cr = cairo_create(job.strip);
    job.replay = tj__replay_new(scene, fonts);
    job.row = g_malloc((gsize)job.width * 4);

    gint64 start = ftello(fp);
    gboolean ok = write_pass(&job, NULL, 0, name, error);
    gint64 size = ok && job.o.max_bytes > 0 ? written_since(fp, start) : -1;
    if (ok && size >= 0 && (guint64)size > job.o.max_bytes)
        ok = keep_budget(&job, start, size, name, error);

    tj__quant_free(job.quant);
    g_free(job.last_src);
    if (job.zout)
        g_byte_array_unref(job.zout);
    g_free(job.index_row);
    g_free(job.row);
    tj__replay_free(job.replay);
    cairo_destroy(job.cr);
    cairo_surface_destroy(job.strip);
    return ok;
}
