/* api/spec-private.h — turning a loaded spec into layout input. */
#ifndef TJ_API_SPEC_PRIVATE_H
#define TJ_API_SPEC_PRIVATE_H

#include <glib.h>
#include "api/api-private.h"
#include "bind/bind.h"
#include "fonts/fonts.h"
#include "layouts/page.h"
#include "render/render.h"
#include "spec/spec.h"

/* Where a spec comes from: the file @path, or when @bytes is not NULL those
 * @len bytes as if they were that file (its folder is the spec's folder).
 * @parallel: its several files may be written on two threads (not in a
 * batch, whose workers use the cores). */
typedef struct {
    const char *path;
    const char *bytes;
    gsize len;
    gboolean parallel;
} TjSpecSrc;

/* The scene of the page or chart @src describes, laid out with @fonts (their
 * family set to the theme's font, which the caller undoes with
 * tj_fonts_set_family(fonts, NULL, NULL) when done), or without fonts with
 * @m; reading data as @out allows (@out may be NULL); @scene and @cuts may
 * be NULL (a check). (transfer full) */
gboolean tj__api_src_scene(const TjSpecSrc *src, const TjOutputOptions *out, TjFonts *fonts,
                           const TjMeasurer *m, TjScene **scene, TjPageCuts *cuts,
                           GError **error);
/* tj__api_spec_render_with() for any source. */
gboolean tj__api_src_render_with(const TjSpecSrc *src, TjFonts *fonts, guint n,
                                 const TjFormat *fmts, const char *const *paths,
                                 const TjOutputOptions *out, TjScene **scene_out,
                                 GError **error);

/* The scene of the page or chart the spec at @spec_path describes, laid
 * out with @m (for tests: tj_measurer_fake()). (transfer full) */
gboolean tj__api_spec_scene(const char *spec_path, const TjMeasurer *m, TjScene **scene,
                            TjPageCuts *cuts, GError **error);
/* The same for @len bytes of spec named @name (its folder is the spec's
 * folder), read in @env (NULL: defaults); @scene and @cuts may be NULL. This
 * is `tujie check`'s path; the fuzzer (tests/fuzz/fuzz-page.c) drives it. */
gboolean tj__api_spec_scene_bytes(const char *bytes, gsize len, const char *name,
                                  const TjBindEnv *env, const TjMeasurer *m,
                                  TjScene **scene, TjPageCuts *cuts, GError **error);

/* Publishing (api/publish.c): descriptions and document information of a
 * laid-out spec; the user's --alt-text over them; writing the page as its
 * format and preset ask (A4 PDF pages, WeChat PNG slices). */
void tj__api_spec_describe(TjScene *sc, const TjSpec *spec, const TjPageSpec *page,
                           const TjPageBlock *chart);
void tj__api_spec_alt_text(TjScene *sc, const TjOutputOptions *out);
/* @ro: @out resolved (tj__api_render_options); @out gives the alt text
 * file and the fonts of a second thread. */
gboolean tj__api_spec_write(const TjScene *scene, const TjPageCuts *cuts, const TjSpec *spec,
                            TjFonts *fonts, TjFormat fmt, const char *path,
                            const TjOutputOptions *out, const TjRenderOptions *ro,
                            GError **error);
/* Writes @n files of one scene (tj__api_spec_write each), in order, or
 * with @parallel two or more on two threads, the second with fonts of its
 * own. FALSE with the first failure; with @parallel the files of the other
 * thread are still written. */
gboolean tj__api_spec_write_all(const TjScene *scene, const TjPageCuts *cuts,
                                const TjSpec *spec, TjFonts *fonts, gboolean parallel, guint n,
                                const TjFormat *fmts, const char *const *paths,
                                const TjOutputOptions *out, const TjRenderOptions *ro,
                                GError **error);

/* Lays the spec out once with @fonts and writes it in each of @n formats
 * to @paths; with @scene_out, keeps the laid-out scene (transfer full). */
gboolean tj__api_spec_render_with(const char *spec_path, TjFonts *fonts, guint n,
                                  const TjFormat *fmts, const char *const *paths,
                                  const TjOutputOptions *out, TjScene **scene_out,
                                  GError **error);

#endif
