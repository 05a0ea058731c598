/* api/spec-private.h — turning a loaded spec into layout input. */
#ifndef TJ_API_SPEC_PRIVATE_H
#define TJ_API_SPEC_PRIVATE_H

#include <glib.h>
#include "api/api-private.h"
#include "layouts/page.h"
#include "spec/spec.h"

/* What a spec may read and how: the folders it may read from besides its
 * own (api/paths.c) and, for the fuzzer, another table loader. */
typedef struct {
    const char *const *allow_dirs;  /* NULL-terminated; NULL: none */
    TjTable *(*load)(const char *path, gpointer data, GError **error);
                                    /* NULL: tj_table_load_sheet() (the
                                       source's sheet; a loader set here
                                       is given CSV sources only) */
    gpointer load_data;
} TjSpecEnv;

typedef struct {
    const TjSpec *spec;
    const TjSpecEnv *env;     /* never NULL */
    TjSpecErrors *errs;
    GHashTable *tables;       /* TjSpecData * → TjTable * (NULL: failed) */
    GPtrArray *owned_data;    /* TjChartData * made for blocks */
    GStringChunk *strings;    /* texts the blocks point to */
    GHashTable *images;       /* resolved path → TjImage * (NULL: failed);
                                 NULL until the first image */
} TjSpecCtx;

/* The table of @b's data source, loaded once; NULL (recorded) on failure. */
const TjTable *tj__spec_table(TjSpecCtx *c, const TjSpecBlock *b);
/* The path policy (api/paths.c): TRUE when @path (as resolved against the
 * spec's folder) lies under @spec_dir or one of @allow_dirs once symbolic
 * links are followed; @real_out (may be NULL) receives the resolved path
 * when the file exists. */
gboolean tj__api_path_allowed(const char *spec_dir, const char *const *allow_dirs,
                              const char *path, char **real_out);
/* The same for a path the spec @written at @loc for @what ("data “ind”"):
 * FALSE, recorded in c->errs with the option that allows it, when refused. */
gboolean tj__spec_path_check(TjSpecCtx *c, const char *what, const char *written,
                             const char *path, const TjSrcLoc *loc);
/* Images (api/image.c): at most this many bytes and px a side. */
#define TJ_IMAGE_MAX_BYTES (8u << 20)
#define TJ_IMAGE_MAX_SIDE 8192
/* Reads the PNG or SVG file at @path (called @shown in messages) into @out,
 * checked (see api/image.c): TJ_ERROR_IO when it cannot be read,
 * TJ_ERROR_LIMIT past a limit, TJ_ERROR_INPUT when it is not a PNG or SVG
 * image librsvg or libpng can read. Messages quote @shown and carry no
 * place. Clear with tj__api_image_clear(). */
gboolean tj__api_image_load(const char *path, const char *shown, TjImage *out,
                            GError **error);
void tj__api_image_clear(TjImage *img);
/* The image a spec names at @node (a path relative to the spec's folder),
 * through the path policy, loaded once per path. NULL, recorded as
 * "@what: …" at the node, on failure. (transfer none) valid until @c is
 * cleared. */
const TjImage *tj__spec_image(TjSpecCtx *c, const char *what, const TjNode *node);
/* Reads one block; FALSE when it had errors (recorded in c->errs). */
gboolean tj__spec_block(TjSpecCtx *c, const TjSpecBlock *b, TjPageBlock *out);

/* Gauge and tile preparation shared with the CLI entry points; texts are
 * copied into @keep. */
gboolean tj__api_gauge_prepare(const TjTable *t, const TjGaugeOptions *o,
                               TjGaugeSpec *spec, GStringChunk *keep, GError **error);
gboolean tj__api_kpi_prepare(const TjTable *t, const TjKpiOptions *o,
                             TjKpiSpec *spec, GStringChunk *keep, GError **error);

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
                                  const TjSpecEnv *env, const TjMeasurer *m,
                                  TjScene **scene, TjPageCuts *cuts, GError **error);

/* Publishing (api/publish.c): descriptions and document information of a
 * laid-out spec; the user's --alt-text over them; writing the page as its
 * format and preset ask (A4 PDF pages, WeChat PNG slices). */
void tj__api_spec_describe(TjScene *sc, const TjSpec *spec, const TjPageSpec *page,
                           const TjPageBlock *chart);
void tj__api_spec_alt_text(TjScene *sc, const TjOutputOptions *out);
gboolean tj__api_spec_write(const TjScene *scene, const TjPageCuts *cuts, const TjSpec *spec,
                            TjFonts *fonts, TjFormat fmt, const char *path,
                            const TjOutputOptions *out, GError **error);
/* Writes @n files of one scene (tj__api_spec_write each), in order, or
 * with @parallel two or more on two threads, the second with fonts of its
 * own. FALSE with the first failure; with @parallel the files of the other
 * thread are still written. */
gboolean tj__api_spec_write_all(const TjScene *scene, const TjPageCuts *cuts,
                                const TjSpec *spec, TjFonts *fonts, gboolean parallel, guint n,
                                const TjFormat *fmts, const char *const *paths,
                                const TjOutputOptions *out, GError **error);

/* Lays the spec out once with @fonts and writes it in each of @n formats
 * to @paths; with @scene_out, keeps the laid-out scene (transfer full). */
gboolean tj__api_spec_render_with(const char *spec_path, TjFonts *fonts, guint n,
                                  const TjFormat *fmts, const char *const *paths,
                                  const TjOutputOptions *out, TjScene **scene_out,
                                  GError **error);

#endif
