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
/* One PDF page per scene, each page sized to its scene (for bundles). */
gboolean tj__render_pdf_pages(const TjScene *const *scenes, guint n,
                              TjFonts *fonts, FILE *fp, const char *name,
                              const TjOutputOptions *opts, GError **error);

#endif
