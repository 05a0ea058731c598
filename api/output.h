/* api/output.h — the public output options made into render's, in one
 * place: TjOutputOptions (preset names, defaults, the environment) become
 * TjRenderOptions (resolved values); TjFormat maps to render's backends;
 * the diagnostics of a call are handed back through out->diagnostic. */
#ifndef TJ_API_OUTPUT_H
#define TJ_API_OUTPUT_H

#include <glib.h>
#include "core/diag.h"
#include "render/render.h"
#include "scene/scene.h"
#include "tujie/tujie.h"

/* The render options @out asks for (@out may be NULL: the defaults): the
 * preset spelled out, scale 1 when unset, the creation date checked, else
 * SOURCE_DATE_EPOCH's as the fallback; warnings and notes into @diags
 * (transfer none, may be NULL). A USAGE error for an unknown preset or a
 * malformed date or SOURCE_DATE_EPOCH. */
gboolean tj__api_render_options(const TjOutputOptions *out, TjDiagList *diags,
                                TjRenderOptions *ro, GError **error);
/* Render's format for @fmt. */
TjRenderFormat tj__api_render_format(TjFormat fmt);

/* A list for the diagnostics of one call (several threads may add to it).
 * (transfer full) hand it to tj__api_diags_deliver(). */
TjDiagList *tj__api_diags_new(void);
/* Calls out->diagnostic with every record of @diags, in order, on the
 * calling thread (nothing when @out or its function is NULL); frees
 * @diags. */
void tj__api_diags_deliver(const TjOutputOptions *out, TjDiagList *diags);

/* Writes @scene to @path as @fmt under @out (resolved here), then @out's
 * alt text file; diagnostics into @diags (may be NULL). The last step of
 * every chart entry point. */
gboolean tj__api_render_file(const TjScene *scene, TjFonts *fonts, TjFormat fmt,
                             const char *path, const TjOutputOptions *out,
                             TjDiagList *diags, GError **error);
/* tj__api_render_file() with the call's own diagnostics, handed to
 * @out's function before it returns. */
gboolean tj__api_write(const TjScene *scene, TjFonts *fonts, TjFormat fmt, const char *path,
                       const TjOutputOptions *out, GError **error);

#endif
