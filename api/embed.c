/* api/embed.c — tujie inside other programs: the size of a spec's drawing,
 * drawing it onto the caller's cairo context, and rendering it to memory. */
#include "tujie/tujie.h"

#include <stdio.h>
#include <stdlib.h>

#include "api/spec-private.h"
#include "render/render.h"

/* Fonts and the laid-out scene of @spec_path. */
static gboolean
lay_out(const char *spec_path, const TjOutputOptions *out, TjFonts **fonts, TjScene **scene,
        GError **error)
{
    *scene = NULL;
    *fonts = tj__api_fonts_take(out, error);
    if (!*fonts)
        return FALSE;
    if (!tj__api_spec_scene(spec_path, tj_fonts_measurer(*fonts), scene, NULL, error)) {
        tj__api_fonts_give(*fonts);
        *fonts = NULL;
        return FALSE;
    }
    return TRUE;
}

gboolean
tj_spec_size(const char *spec_path, const TjOutputOptions *out, double *width, double *height,
             GError **error)
{
    TjFonts *fonts;
    TjScene *scene;
    if (!lay_out(spec_path, out, &fonts, &scene, error))
        return FALSE;
    if (width)
        *width = tj_scene_width(scene);
    if (height)
        *height = tj_scene_height(scene);
    tj_scene_free(scene);
    tj__api_fonts_give(fonts);
    return TRUE;
}

gboolean
tj_spec_draw(const char *spec_path, void *cr, const TjOutputOptions *out, GError **error)
{
    g_return_val_if_fail(spec_path && cr, FALSE);
    TjFonts *fonts;
    TjScene *scene;
    if (!lay_out(spec_path, out, &fonts, &scene, error))
        return FALSE;
    gboolean ok = tj_render_check_glyphs(scene, fonts, out && out->tofu_warn, error);
    if (ok) {
        cairo_save(cr);
        ok = tj_render_cairo(scene, fonts, cr, error);
        cairo_restore(cr);
    }
    tj_scene_free(scene);
    tj__api_fonts_give(fonts);
    return ok;
}

gboolean
tj_spec_render_bytes(const char *spec_path, TjFormat fmt, const TjOutputOptions *out,
                     GBytes **bytes, GError **error)
{
    g_return_val_if_fail(spec_path && bytes, FALSE);
    *bytes = NULL;
    TjFonts *fonts;
    TjScene *scene;
    if (!lay_out(spec_path, out, &fonts, &scene, error))
        return FALSE;
    char *buf = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&buf, &len);
    gboolean ok = fp != NULL;
    if (!ok)
        g_set_error(error, TJ_ERROR, TJ_ERROR_IO, "cannot open a memory stream");
    TjOutputOptions def = { 0 };
    const TjOutputOptions *o = out ? out : &def;
    ok = ok && tj_render_check_glyphs(scene, fonts, o->tofu_warn, error);
    if (ok && fmt == TJ_FORMAT_PNG)
        ok = tj__render_png(scene, fonts, fp, "<memory>", o, error);
    else if (ok && fmt == TJ_FORMAT_SVG)
        ok = tj__render_svg(scene, fonts, fp, "<memory>", o, error);
    else if (ok)
        ok = tj__render_pdf(scene, fonts, fp, "<memory>", o, error);
    if (fp && fclose(fp) != 0 && ok) {
        g_set_error(error, TJ_ERROR, TJ_ERROR_IO, "memory stream: cannot finish");
        ok = FALSE;
    }
    if (ok)
        *bytes = g_bytes_new(buf, len);
    free(buf);  /* open_memstream allocates with malloc */
    tj_scene_free(scene);
    tj__api_fonts_give(fonts);
    return ok;
}
