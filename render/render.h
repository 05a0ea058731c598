/* render/render.h — replaying a scene onto cairo, and the file writers.
 * Render knows scenes and fonts; it never sees data, specs, chart kinds or
 * the public option struct: it takes TjRenderOptions, every value resolved
 * (api/output.c makes them from the public options). Each format is one row of
 * the backend table (tj_render_backend). Render never prints: warnings and
 * notes go into the options' TjDiagList.
 * Where a file goes (render/target.c): a new or single-linked regular file
 * is written to a temporary name in its folder and renamed into place only
 * when complete, keeping the old file's mode and (when permitted) owner; a
 * file with several hard links is rewritten in place, a symbolic link's
 * target is written (the link stays), a character device or FIFO is
 * written straight through, and "-" is the standard output. */
#ifndef TJ_RENDER_RENDER_H
#define TJ_RENDER_RENDER_H

#include <stdio.h>
#include <cairo.h>
#include <glib.h>
#include "core/diag.h"
#include "fonts/fonts.h"
#include "scene/scene.h"

/* Largest output allowed, in pixels per side and in total (scale applied). */
#define TJ_RENDER_MAX_SIDE 200000
#define TJ_RENDER_MAX_PIXELS (400u * 1000u * 1000u)
/* PNG only: cairo's image surfaces stop at 32,767 px a side. Height has no
 * such limit (PNG is drawn in strips); width does. */
#define TJ_RENDER_PNG_MAX_WIDTH 32767

/* The output formats, in the backend table's order. */
typedef enum { TJ_RENDER_PNG, TJ_RENDER_SVG, TJ_RENDER_PDF } TjRenderFormat;
#define TJ_RENDER_N_FORMATS 3

/* An output preset (wechat, wechat750, print) spelled out. */
typedef struct {
    double width;          /* PNG width in pixels (the scale follows); 0 keep */
    double dpi;            /* PNG pHYs; 0: 96 × scale */
    gboolean srgb;         /* PNG sRGB chunk (with gAMA and cHRM) */
    guint64 max_bytes;     /* PNG budget a file; 0 none */
    double slice_ratio;    /* PNG of a page: slices at most ratio × width
                              tall, cut between blocks; 0: one image */
    gboolean a4;           /* a page's PDF: A4 paper */
} TjRenderPreset;

/* Characters no font draws: an error (TJ_ERROR_FONT), or a warning. */
typedef enum { TJ_RENDER_TOFU_FAIL, TJ_RENDER_TOFU_WARN } TjRenderTofu;

/* A PDF date in cairo's form: "YYYY-MM-DDTHH:MM:SS", "…Z" for UTC. */
#define TJ_RENDER_DATE_SIZE 24

/* What a render needs, every value resolved (no names, no defaults left to
 * apply). Start from tj_render_options_init(); every function taking one
 * requires it (never NULL). */
typedef struct {
    double scale;          /* raster pixels per scene px (> 0); a preset's
                              width wins: tj_render_png_scale() */
    double dpi;            /* PNG pHYs; 0: 96 × the PNG scale */
    gboolean transparent;  /* PNG with alpha instead of opaque RGB */
    gboolean srgb;         /* PNG sRGB chunk */
    guint64 max_bytes;     /* PNG size budget a file; 0 none */
    TjRenderPreset preset; /* the preset's own values (width, slices, A4) */
    char creation_date[TJ_RENDER_DATE_SIZE]; /* PDF; "": the scene's "date"
                              info when it reads as a date, else
                              fallback_date */
    char fallback_date[TJ_RENDER_DATE_SIZE]; /* "": cairo writes the time now */
    gboolean svg_text;     /* SVG: an invisible, selectable text layer */
    gboolean defer_sync;   /* no fsync of each file (the caller syncs) */
    TjRenderTofu tofu;
    TjDiagList *diags;     /* (transfer none) warnings and notes; NULL: dropped */
} TjRenderOptions;

/* Scale 1, every other value off (no preset, no budget, tofu fails, no
 * date, no list). */
void tj_render_options_init(TjRenderOptions *o);

/* "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM:SS" into @out in cairo's form (the time
 * added when absent); a USAGE error quoting @text otherwise. */
gboolean tj_render_date(const char *text, char out[TJ_RENDER_DATE_SIZE], GError **error);

/* Draws @scene onto @cr in scene units (the caller sets any scale).
 * Checks cairo's sticky status once at the end. */
gboolean tj_render_cairo(const TjScene *scene, TjFonts *fonts, cairo_t *cr,
                         GError **error);

/* Checks that @bytes of @type can be drawn and reads their intrinsic size
 * in px: a PNG is decoded (libpng, through cairo); an SVG is parsed from
 * memory with no base file (it cannot reach other files) and drawn once into
 * a small surface (librsvg). TJ_ERROR_INPUT saying what is wrong, without a
 * file name (the caller, which read the file, adds it). */
gboolean tj_render_image_probe(TjImageType type, GBytes *bytes, double *width,
                               double *height, GError **error);

/* Fails (TJ_ERROR_FONT) naming the characters when a text item of @scene has
 * no glyph; under TJ_RENDER_TOFU_WARN adds that as a warning (code "tofu")
 * to @o->diags and returns TRUE. */
gboolean tj_render_check_glyphs(const TjScene *scene, TjFonts *fonts,
                                const TjRenderOptions *o, GError **error);

/* Paper for PDF pages, in pt: each page's scene is scaled to fit inside
 * the margins (kept blank: printers cannot print to the edge). */
typedef struct {
    double width, height, margin;
} TjPaper;

/* ---- the backends: one row per format ------------------------------------ */

/* Writes @scene to the open stream @fp; @name is the file named in error
 * messages (the target, not a temporary). Knows nothing of paths. */
typedef gboolean (*TjRenderWriteFunc)(const TjScene *scene, TjFonts *fonts, FILE *fp,
                                      const char *name, const TjRenderOptions *o,
                                      GError **error);
/* Writes @n scenes as the pages of one document, each page sized to its
 * scene, or on @paper when not NULL. */
typedef gboolean (*TjRenderPagesFunc)(const TjScene *const *scenes, guint n,
                                      const TjPaper *paper, TjFonts *fonts, FILE *fp,
                                      const char *name, const TjRenderOptions *o,
                                      GError **error);
typedef struct {
    TjRenderFormat format;
    const char *name;          /* "png": what --format takes */
    const char *extension;     /* ".png" */
    gboolean raster;           /* drawn in pixels at the PNG scale (the size
                                  limits and TJ_RENDER_PNG_MAX_WIDTH apply,
                                  presets set its width, a page may be cut
                                  into slices) */
    TjRenderWriteFunc write;
    TjRenderPagesFunc write_pages; /* NULL: one scene a file */
} TjRenderBackend;

/* (transfer none) the backend of @fmt. */
const TjRenderBackend *tj_render_backend(TjRenderFormat fmt);
/* (transfer none) every backend, in TjRenderFormat order; @n gets how many. */
const TjRenderBackend *tj_render_backends(guint *n);

/* ---- writing ------------------------------------------------------------- */

/* Writes @scene to @path as @fmt, after the checks (size limits, glyphs),
 * by the output-path rules at the top of this file; a failed render leaves
 * whatever is at @path as it was. */
gboolean tj_render_file(const TjScene *scene, TjFonts *fonts, TjRenderFormat fmt,
                        const char *path, const TjRenderOptions *o, GError **error);
/* Writes @n scenes as the pages of one document at @path in @fmt (a
 * backend with write_pages), each page sized to its scene or on @paper
 * (NULL: sized to its scene); checked and written like tj_render_file().
 * Metadata (title) comes from the first scene. */
gboolean tj_render_pages(TjScene *const *scenes, guint n, const TjPaper *paper,
                         TjFonts *fonts, TjRenderFormat fmt, const char *path,
                         const TjRenderOptions *o, GError **error);
/* Checks @scene as tj_render_file() does and writes it to the open stream
 * @fp (e.g. memory), @name naming it in messages. */
gboolean tj_render_stream(const TjScene *scene, TjFonts *fonts, TjRenderFormat fmt,
                          FILE *fp, const char *name, const TjRenderOptions *o,
                          GError **error);

/* Called with each temporary file's path right after it is created
 * (@created TRUE) and once more after it was renamed or removed (FALSE);
 * NULL: none. Set before rendering starts (tj_set_temp_file_hook). */
void tj_render_set_temp_hook(void (*hook)(const char *path, gboolean created));
/* Between these two (calls nest; a batch run), a file that an output or
 * stamp replaces is freed on a thread of its own (render/reap.c): freeing
 * blocks can wait for the disk while holding the folder's lock. _end waits
 * until every one is freed. */
void tj_render_reap_begin(void);
void tj_render_reap_end(void);
/* An open handle on the file at @path that keeps its blocks after it loses
 * its last name, or -1 (none needed: no reaper runs, or nothing there). */
int tj_render_reap_hold(const char *path);
/* Lets the file of @fd go: on the reaper's thread when one runs, else now;
 * -1: nothing. */
void tj_render_reap_release(int fd);

/* ---- publishing: presets, paper, slices, alt text ------------------------ */

/* WeChat: 1080 px slices at most 3840 px tall (1 : 3.56, the tallest that
 * stays sharp when WeChat scales long images to a phone), 5 MB a file. */
#define TJ_RENDER_WECHAT_WIDTH 1080.0
#define TJ_RENDER_SLICE_RATIO (3840.0 / 1080.0)
#define TJ_RENDER_WECHAT_BYTES (5u * 1000u * 1000u)

/* Spells out preset @name (NULL or "": none, all zero); a USAGE error
 * naming the presets when unknown. */
gboolean tj_render_preset(const char *name, TjRenderPreset *out, GError **error);
/* Raster pixels per scene px for @scene under @o: the preset's width wins
 * over the scale. */
double tj_render_png_scale(const TjScene *scene, const TjRenderOptions *o);

#define TJ_PAPER_A4_WIDTH 595.28
#define TJ_PAPER_A4_HEIGHT 841.89
#define TJ_PAPER_A4_MARGIN 28.35   /* 10 mm */
void tj_render_paper_a4(TjPaper *paper);
/* The page height (px) that a page @width px wide needs to fill @paper's
 * printable area exactly. */
double tj_render_paper_page_height(const TjPaper *paper, double width);

/* Writes @scene as PNG slices from each of the @n @tops (scene units,
 * increasing, the first 0) to the next, each cut on a whole output pixel,
 * so the slices stacked are the image unsliced. Named from @path:
 * NAME-01.png, NAME-02.png…; with one top (or none) the scene is written to
 * @path itself. Each slice carries the descriptions of the figures it
 * shows. A note (code "png-sliced") names the files. @n_written (may be
 * NULL) receives the number of files. */
gboolean tj_render_png_slices(const TjScene *scene, const double *tops, guint n,
                              TjFonts *fonts, const char *path, const TjRenderOptions *o,
                              guint *n_written, GError **error);
/* The name of slice @i (from 1) of @path: "out-01.png". (transfer full) */
char *tj_render_slice_name(const char *path, guint i);

/* The alt text of @scene: its description, else its figures' one a line.
 * Returns: (transfer full) g_free(). */
char *tj_render_alt_text(const TjScene *scene);
/* Writes the alt text of @n scenes, one after the other, to @path (UTF-8,
 * a final newline; by the output-path rules, synced unless @defer_sync). */
gboolean tj_render_alt_file(const TjScene *const *scenes, guint n, const char *path,
                            gboolean defer_sync, GError **error);

#endif
