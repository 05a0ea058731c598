/* render/render.h — replaying a scene onto cairo, and the file writers.
 * Render knows scenes and fonts; it never sees data, specs or chart kinds.
 * Every file is written to a temporary name in the target's folder and
 * renamed into place only when complete. */
#ifndef TJ_RENDER_RENDER_H
#define TJ_RENDER_RENDER_H

#include <stdio.h>
#include <cairo.h>
#include <glib.h>
#include "fonts/fonts.h"
#include "scene/scene.h"
#include "tujie/tujie.h"

/* Largest output allowed, in pixels per side and in total (scale applied). */
#define TJ_RENDER_MAX_SIDE 200000
#define TJ_RENDER_MAX_PIXELS (400u * 1000u * 1000u)
/* PNG only: cairo's image surfaces stop at 32,767 px a side. Height has no
 * such limit (PNG is drawn in strips); width does. */
#define TJ_RENDER_PNG_MAX_WIDTH 32767

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
 * no glyph; with @warn_only it prints a warning to stderr and returns TRUE. */
gboolean tj_render_check_glyphs(const TjScene *scene, TjFonts *fonts,
                                gboolean warn_only, GError **error);

/* Writes @scene to @path as @fmt. */
gboolean tj_render_file(const TjScene *scene, TjFonts *fonts, TjFormat fmt,
                        const char *path, const TjOutputOptions *opts,
                        GError **error);

/* Writes @n scenes as the pages of one PDF at @path, each page sized to its
 * scene; checked and written atomically like tj_render_file(). Metadata
 * (title) comes from the first scene. */
gboolean tj_render_pdf_file(TjScene *const *scenes, guint n, TjFonts *fonts,
                            const char *path, const TjOutputOptions *opts,
                            GError **error);

/* ---- publishing: presets, paper, slices, alt text ------------------------ */

/* An output preset (TjOutputOptions.preset) spelled out. */
typedef struct {
    double width;          /* PNG width in pixels (the scale follows); 0 keep */
    double dpi;            /* PNG pHYs; 0: 96 × scale */
    gboolean srgb;         /* PNG sRGB chunk (with gAMA and cHRM) */
    guint64 max_bytes;     /* PNG budget a file; 0 none */
    double slice_ratio;    /* PNG of a page: slices at most ratio × width
                              tall, cut between blocks; 0: one image */
    gboolean a4;           /* a page's PDF: A4 paper */
} TjRenderPreset;

/* WeChat: 1080 px slices at most 3840 px tall (1 : 3.56, the tallest that
 * stays sharp when WeChat scales long images to a phone), 5 MB a file. */
#define TJ_RENDER_WECHAT_WIDTH 1080.0
#define TJ_RENDER_SLICE_RATIO (3840.0 / 1080.0)
#define TJ_RENDER_WECHAT_BYTES (5u * 1000u * 1000u)

/* Spells out preset @name (NULL or "": none, all zero); a USAGE error
 * naming the presets when unknown. */
gboolean tj_render_preset(const char *name, TjRenderPreset *out, GError **error);
/* PNG pixels per scene px for @scene under @opts: the preset's width wins
 * over the scale. */
double tj_render_png_scale(const TjScene *scene, const TjOutputOptions *opts);

/* Paper for PDF pages, in pt: each page's scene is scaled to fit inside
 * the margins (kept blank: printers cannot print to the edge). */
typedef struct {
    double width, height, margin;
} TjPaper;
#define TJ_PAPER_A4_WIDTH 595.28
#define TJ_PAPER_A4_HEIGHT 841.89
#define TJ_PAPER_A4_MARGIN 28.35   /* 10 mm */
void tj_render_paper_a4(TjPaper *paper);
/* The page height (px) that a page @width px wide needs to fill @paper's
 * printable area exactly. */
double tj_render_paper_page_height(const TjPaper *paper, double width);
/* As tj_render_pdf_file(), each page on @paper (NULL: sized to its scene). */
gboolean tj_render_pdf_file_on(TjScene *const *scenes, guint n, const TjPaper *paper,
                               TjFonts *fonts, const char *path,
                               const TjOutputOptions *opts, GError **error);

/* Writes @scene as PNG slices from each of the @n @tops (scene units,
 * increasing, the first 0) to the next, each cut on a whole output pixel,
 * so the slices stacked are the image unsliced. Named from @path:
 * NAME-01.png, NAME-02.png…; with one top (or none) the scene is written to
 * @path itself. Each slice carries the descriptions of the figures it
 * shows; opts->alt_path gets the whole scene's. @n_written (may be NULL)
 * receives the number of files. */
gboolean tj_render_png_slices(const TjScene *scene, const double *tops, guint n,
                              TjFonts *fonts, const char *path, const TjOutputOptions *opts,
                              guint *n_written, GError **error);
/* The name of slice @i (from 1) of @path: "out-01.png". (transfer full) */
char *tj_render_slice_name(const char *path, guint i);

/* The alt text of @scene: its description, else its figures' one a line.
 * Returns: (transfer full) g_free(). */
char *tj_render_alt_text(const TjScene *scene);
/* Writes the alt text of @n scenes, one after the other, to @path
 * (atomically, UTF-8, a final newline). */
gboolean tj_render_alt_file(const TjScene *const *scenes, guint n, const char *path,
                            GError **error);

/* Writers, one per file (render/png.c, render/svg.c, render/pdf.c); each
 * writes to an open stream and knows nothing of temporary names. @name is
 * the file named in error messages (the target, not the temporary). */
gboolean tj__render_png(const TjScene *scene, TjFonts *fonts, FILE *fp,
                        const char *name, const TjOutputOptions *opts,
                        GError **error);
gboolean tj__render_svg(const TjScene *scene, TjFonts *fonts, FILE *fp,
                        const char *name, const TjOutputOptions *opts,
                        GError **error);
gboolean tj__render_pdf(const TjScene *scene, TjFonts *fonts, FILE *fp,
                        const char *name, const TjOutputOptions *opts,
                        GError **error);
/* One PDF page per scene, each page sized to its scene (for bundles), or
 * on @paper when not NULL. */
gboolean tj__render_pdf_pages(const TjScene *const *scenes, guint n,
                              const TjPaper *paper, TjFonts *fonts, FILE *fp,
                              const char *name, const TjOutputOptions *opts,
                              GError **error);

#endif
