/* render/render-private.h — what the files of render/ share: the replay
 * state (layouts kept across PNG strips), page sizes and the stream sink
 * the cairo vector surfaces write through. */
#ifndef TJ_RENDER_RENDER_PRIVATE_H
#define TJ_RENDER_RENDER_PRIVATE_H

#include <stdio.h>
#include <cairo.h>
#include "render/render.h"

/* A scene being replayed, possibly several times onto different targets
 * (one per PNG strip): the text layouts are built once and kept. */
typedef struct TjReplay TjReplay;

/* Returns: (transfer full) free with tj__replay_free(). */
TjReplay *tj__replay_new(const TjScene *scene, TjFonts *fonts);
void tj__replay_free(TjReplay *replay);
/* With @cull, items wholly outside cairo's clip extents are skipped (for
 * strips; vector outputs keep everything). Does not check cairo's status. */
void tj__replay_draw(TjReplay *replay, cairo_t *cr, gboolean cull);
/* Called before item @i is drawn (groups too), and once more after the
 * last with @i == the number of items and @it NULL (PDF structure tags). */
typedef void (*TjReplayHook)(gpointer data, cairo_t *cr, guint i, const TjItem *it);
/* Stretches @layout (of text item @it) to the item's fit_width by spacing
 * its Chinese characters; digits and Latin words keep together. */
void tj__replay_justify(PangoLayout *layout, const TjItem *it);
void tj__replay_set_hook(TjReplay *replay, TjReplayHook hook, gpointer data);

/* ---- images (render/image.c) ------------------------------------------ */
/* Decoded images of one replay, by their bytes. (transfer full)
 * g_hash_table_destroy(). */
GHashTable *tj__image_cache_new(void);
/* Draws image item @it of @scene (decoding it into @cache on first use).
 * Bytes that cannot be decoded put @cr in an error state. */
void tj__image_draw(GHashTable *cache, cairo_t *cr, const TjScene *scene, const TjItem *it);

/* The writers, one per file (render/png.c, render/svg.c, render/pdf.c),
 * as the backend table (render/render.c)
 * calls them. */
gboolean tj__render_png(const TjScene *scene, TjFonts *fonts, FILE *fp,
                        const char *name, const TjRenderOptions *o, GError **error);
gboolean tj__render_svg(const TjScene *scene, TjFonts *fonts, FILE *fp,
                        const char *name, const TjRenderOptions *o, GError **error);
gboolean tj__render_pdf(const TjScene *scene, TjFonts *fonts, FILE *fp,
                        const char *name, const TjRenderOptions *o, GError **error);
gboolean tj__render_pdf_pages(const TjScene *const *scenes, guint n,
                              const TjPaper *paper, TjFonts *fonts, FILE *fp,
                              const char *name, const TjRenderOptions *o,
                              GError **error);

/* ---- where a file goes (render/target.c) ------------------------------- */
/* Writes what @fill puts into a stream to @path by the output-path rules
 * (render/render.h): @fill runs before anything at @path is touched, into a
 * temporary file (next to @path, renamed over it; or elsewhere, then copied
 * to a hard-linked file, device, FIFO or the standard output for "-").
 * @sync: fsync the file (and its folder) when written. A failure of @fill
 * leaves @path as it was. @fill gets @name = @path for its messages. */
typedef gboolean (*TjFillFunc)(FILE *fp, const char *name, gpointer data, GError **error);
gboolean tj__render_to_path(const char *path, gboolean sync, TjFillFunc fill, gpointer data,
                            GError **error);

/* ---- figures: groups with a description (render/meta.c) ---------------- */
typedef struct {
    guint begin, end;       /* the group's item and its GROUP_END */
    const char *title, *desc;
    TjRect box;             /* what is drawn inside, in scene units */
} TjFigure;
/* The outermost described groups of @scene that draw something, in order.
 * Returns: (transfer full) g_array_unref(). */
GArray *tj__render_figures(const TjScene *scene);

/* ---- libraries opened when first needed (render/render.c) -------------- */
/* Opens @soname for the process's life and looks up its @n @names into
 * @syms, in order. Returns NULL, or what failed (transfer full). The users
 * list their functions once (an X-macro) for the names, a struct of typed
 * pointers and the copy into it (TJ_DL_FIELD, TJ_DL_NAME). */
char *tj__dl_load(const char *soname, const char *const *names, void **syms, gsize n);
#define TJ_DL_FIELD(f) __typeof__(&f) f;
#define TJ_DL_NAME(f) #f,

/* ---- what cairo cannot write ------------------------------------------- */
/* SVG (render/svg-meta.c): lang, role, <title>, <desc>, one
 * labelled <g role="img"> per figure and, with @text_layer, the text as
 * invisible <text>. Returns the new document or NULL (TJ_ERROR_RENDER). */
GString *tj__svg_annotate(const char *svg, gsize len, const TjScene *scene,
                          gboolean text_layer, GError **error);
/* PDF structure (render/pdf-tags.c): a hook tagging each figure as a
 * Figure and each run of text outside figures as P, inside one Document. */
typedef struct TjPdfTags TjPdfTags;
TjPdfTags *tj__pdf_tags_new(void);
void tj__pdf_tags_free(TjPdfTags *tags);
void tj__pdf_tags_page(TjPdfTags *tags, TjReplay *replay, const TjScene *scene);
void tj__pdf_tags_end(TjPdfTags *tags, cairo_t *cr);
/* The descriptions of the figures tagged so far, in order. (transfer none) */
GPtrArray *tj__pdf_tags_alts(TjPdfTags *tags);
/* The whole texts of the wrapped texts tagged so far (Spans), in order.
 * (transfer none) */
GPtrArray *tj__pdf_tags_actual(TjPdfTags *tags);
/* PDF after cairo (render/pdf-fix.c, libqpdf): /Alt on the n-th Figure
 * from @alts[n], /ActualText @actual[n] on the n-th Span's marked content
 * (in page order), /Lang on the catalogue, the title shown as the window's.
 * Deterministic: qpdf's content-derived /ID. Returns the new bytes or NULL
 * (TJ_ERROR_RENDER). */
GBytes *tj__pdf_fix(const guint8 *pdf, gsize len, GPtrArray *alts, GPtrArray *actual,
                    const char *lang, GError **error);

/* ---- a PNG's zlib stream: libdeflate, or zlib in a pipeline (render/png-deflate.c) */
typedef struct TjDeflate TjDeflate;
/* @row_bytes: a filtered row, its filter byte included; @total_bytes: all
 * the image's (a small one is compressed whole when its last part comes). */
TjDeflate *tj__deflate_new(int level, gsize row_bytes, guint64 total_bytes);
/* Waits for the parts still being compressed, then keeps @d for the
 * thread's next image. */
void tj__deflate_free(TjDeflate *d);
/* Where the next @len bytes of filtered rows go (each row filter None, or
 * Up and all zero when it repeats the row before); NULL when out of memory.
 * Valid until the tj__deflate_add that hands them over. */
guint8 *tj__deflate_buffer(TjDeflate *d, gsize len);
/* Hands over the @len bytes written at tj__deflate_buffer and appends to
 * @out the zlib stream's bytes finished so far, in order: the header first,
 * the Adler-32 after the @last part (which waits for all). A part is
 * compressed while the caller goes on (a whole image: all of it after the
 * last). FALSE with zlib's message in @zmsg. */
gboolean tj__deflate_add(TjDeflate *d, gsize len, gboolean last, GByteArray *out,
                         const char **zmsg);

/* ---- palette quantisation for the PNG budget (render/png-quant.c) ------ */
typedef struct TjQuant TjQuant;
TjQuant *tj__quant_new(void);
void tj__quant_free(TjQuant *q);
/* Counts the colours of a row of @width packed RGB pixels. */
void tj__quant_add(TjQuant *q, const guint8 *rgb, int width);
/* Median cut to at most @max colours; @palette gets n × RGB. Returns n. */
int tj__quant_finish(TjQuant *q, int max, guint8 *palette);
/* Maps a row of RGB pixels to palette indices. */
void tj__quant_map(const TjQuant *q, const guint8 *rgb, guint8 *index, int width);

/* The output's size in pixels at @scale, checked against the limits
 * (with @png, also TJ_RENDER_PNG_MAX_WIDTH) before anything is allocated:
 * TJ_ERROR_LIMIT, or TJ_ERROR_USAGE for a bad scale. */
gboolean tj__render_pixel_size(const TjScene *scene, double scale, gboolean png,
                               int *width, int *height, GError **error);

/* A cairo_write_func_t closure writing to a FILE; remembers errno. */
typedef struct {
    FILE *fp;
    int err;  /* errno of the first failed write, 0 when none */
} TjSink;
cairo_status_t tj__render_sink_write(void *closure, const unsigned char *data,
                                     unsigned int length);

/* Sets @error from a finished surface's or context's status: TJ_ERROR_IO
 * naming @name when the sink failed, else TJ_ERROR_RENDER. Returns FALSE
 * when it set one. */
gboolean tj__render_status(cairo_status_t status, const TjSink *sink,
                           const char *name, GError **error);

#endif
