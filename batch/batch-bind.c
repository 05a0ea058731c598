/* batch/batch-bind.c — batch's only door into api/'s internals: the two
 * entry points from a spec file to a scene and files (api/spec-private.h)
 * and the output options resolved for the bundle (api/output.h), so that
 * moving them changes this file alone. */
#include "batch/batch-private.h"

#include "api/output.h"
#include "api/spec-private.h"

gboolean
tj__batch_bind_render(const char *spec, TjFonts *fonts, guint n, const TjFormat *fmts,
                      const char *const *paths, const TjOutputOptions *out,
                      TjScene **scene_out, GError **error)
{
    return tj__api_spec_render_with(spec, fonts, n, fmts, paths, out, scene_out, error);
}

gboolean
tj__batch_bind_scene(const char *spec, const TjOutputOptions *out, TjFonts *fonts,
                     TjScene **scene, GError **error)
{
    TjSpecSrc src = { spec, NULL, 0, FALSE };
    gboolean ok = tj__api_src_scene(&src, out, fonts, NULL, scene, NULL, error);
    tj_fonts_set_family(fonts, NULL, NULL);
    return ok;
}

gboolean
tj__batch_bind_bundle(TjScene *const *scenes, guint n, TjFonts *fonts, const char *path,
                      const TjOutputOptions *out, GError **error)
{
    TjDiagList *diags = tj__api_diags_new();
    TjRenderOptions ro;
    gboolean ok = tj__api_render_options(out, diags, &ro, error);
    ro.defer_sync = FALSE;  /* written after the run's one sync */
    ok = ok && tj_render_pages(scenes, n, NULL, fonts, TJ_RENDER_PDF, path, &ro, error);
    tj__api_diags_deliver(out, diags);
    return ok;
}
