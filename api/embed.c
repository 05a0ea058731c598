/* api/embed.c — specs as objects (TjDoc: read from a file or built in
 * memory): checking, writing files, the size of the drawing, drawing onto
 * the caller's cairo context, rendering to memory. The last two are shared
 * with charts made by key (api/chart-object.c): tj__api_scene_draw/_bytes. */
#include "tujie/tujie.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "api/output.h"
#include "api/spec-private.h"
#include "core/i18n.h"
#include "spec/node.h"

struct TjDoc {
    char *path;    /* the spec file, or the name given to the bytes */
    char *bytes;   /* NULL: read @path at each use */
    gsize len;
};

static TjDoc *
doc_new(const char *path, const char *bytes, gsize len, GError **error)
{
    /* syntax errors now, not at the first render */
    TjNode *root = bytes ? tj_spec_node_parse(bytes, len, path, error) : tj_spec_node_load(path, error);
    if (!root)
        return NULL;
    tj_spec_node_free(root);
    TjDoc *d = g_new0(TjDoc, 1);
    d->path = g_strdup(path);
    if (bytes) {
        d->bytes = g_memdup2(bytes, len);
        d->len = len;
    }
    return d;
}

TjDoc *
tj_doc_load(const char *path, GError **error)
{
    g_return_val_if_fail(path != NULL, NULL);
    return doc_new(path, NULL, 0, error);
}

TjDoc *
tj_doc_new_from_data(const char *yaml, gssize len, const char *dir, const char *name,
                     GError **error)
{
    g_return_val_if_fail(yaml != NULL || len == 0, NULL);
    gsize n = len < 0 ? strlen(yaml) : (gsize)len;
    char *path = g_build_filename(dir && *dir ? dir : ".", name && *name ? name : "spec.yaml",
                                  NULL);
    TjDoc *d = doc_new(path, yaml ? yaml : "", n, error);
    g_free(path);
    return d;
}

void
tj_doc_free(TjDoc *doc)
{
    if (!doc)
        return;
    g_free(doc->path);
    g_free(doc->bytes);
    g_free(doc);
}

static TjSpecSrc
doc_src(const TjDoc *doc)
{
    TjSpecSrc src = { doc->path, doc->bytes, doc->len, FALSE };
    return src;
}

gboolean
tj_doc_check(const TjDoc *doc, const TjOutputOptions *out, GError **error)
{
    g_return_val_if_fail(doc != NULL, FALSE);
    TjSpecSrc src = doc_src(doc);
    return tj__api_src_scene(&src, out, NULL, tj_measurer_fake(), NULL, NULL, error);
}

gboolean
tj_doc_render(const TjDoc *doc, TjFormat fmt, const char *path, const TjOutputOptions *out,
              GError **error)
{
    g_return_val_if_fail(doc != NULL && path != NULL, FALSE);
    TjFonts *fonts = tj__api_fonts_take(out, error);
    if (!fonts)
        return FALSE;
    TjSpecSrc src = doc_src(doc);
    gboolean ok = tj__api_src_render_with(&src, fonts, 1, &fmt, &path, out, NULL, error);
    tj__api_fonts_give(out, fonts);
    return ok;
}

gboolean
tj_doc_render_files(const TjDoc *doc, guint n, const TjFormat *fmts, const char *const *paths,
                    const TjOutputOptions *out, GError **error)
{
    g_return_val_if_fail(doc && n > 0 && fmts && paths, FALSE);
    for (guint i = 0; i < n; i++)
        g_return_val_if_fail(paths[i], FALSE);
    TjFonts *fonts = tj__api_fonts_take(out, error);
    if (!fonts)
        return FALSE;
    TjSpecSrc src = doc_src(doc);
    src.parallel = TRUE;
    gboolean ok = tj__api_src_render_with(&src, fonts, n, fmts, paths, out, NULL, error);
    tj__api_fonts_give(out, fonts);
    return ok;
}

/* Fonts and the laid-out scene of @doc. */
static gboolean
lay_out(const TjDoc *doc, const TjOutputOptions *out, TjFonts **fonts, TjScene **scene,
        GError **error)
{
    *scene = NULL;
    *fonts = tj__api_fonts_take(out, error);
    if (!*fonts)
        return FALSE;
    TjSpecSrc src = doc_src(doc);
    if (!tj__api_src_scene(&src, out, *fonts, NULL, scene, NULL, error)) {
        tj__api_fonts_give(out, *fonts);
        *fonts = NULL;
        return FALSE;
    }
    return TRUE;
}

gboolean
tj_doc_size(const TjDoc *doc, const TjOutputOptions *out, double *width, double *height,
            GError **error)
{
    g_return_val_if_fail(doc != NULL, FALSE);
    TjFonts *fonts;
    TjScene *scene;
    if (!lay_out(doc, out, &fonts, &scene, error))
        return FALSE;
    if (width)
        *width = tj_scene_width(scene);
    if (height)
        *height = tj_scene_height(scene);
    tj_scene_free(scene);
    tj__api_fonts_give(out, fonts);
    return TRUE;
}

gboolean
tj__api_scene_draw(const TjScene *scene, TjFonts *fonts, cairo_t *cr,
                   const TjOutputOptions *out, GError **error)
{
    TjDiagList *diags = tj__api_diags_new();
    TjRenderOptions ro;
    gboolean ok = tj__api_render_options(out, diags, &ro, error) &&
                  tj_render_check_glyphs(scene, fonts, &ro, error);
    tj__api_diags_deliver(out, diags);
    if (ok) {
        cairo_save(cr);
        ok = tj_render_cairo(scene, fonts, cr, error);
        cairo_restore(cr);
    }
    return ok;
}

gboolean
tj__api_scene_bytes(const TjScene *scene, TjFonts *fonts, TjFormat fmt,
                    const TjOutputOptions *out, GBytes **bytes, GError **error)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&buf, &len);
    gboolean ok = fp != NULL;
    if (!ok)
        g_set_error(error, TJ_ERROR, TJ_ERROR_IO, _("cannot open a memory stream"));
    TjDiagList *diags = tj__api_diags_new();
    TjRenderOptions ro;
    ok = ok && tj__api_render_options(out, diags, &ro, error) &&
         tj_render_stream(scene, fonts, tj__api_render_format(fmt), fp, "<memory>", &ro, error);
    tj__api_diags_deliver(out, diags);
    if (fp && fclose(fp) != 0 && ok) {
        g_set_error(error, TJ_ERROR, TJ_ERROR_IO, _("memory stream: cannot finish"));
        ok = FALSE;
    }
    if (ok)
        *bytes = g_bytes_new(buf, len);
    free(buf);  /* open_memstream allocates with malloc */
    return ok;
}

gboolean
tj_doc_draw(const TjDoc *doc, cairo_t *cr, const TjOutputOptions *out, GError **error)
{
    g_return_val_if_fail(doc && cr, FALSE);
    TjFonts *fonts;
    TjScene *scene;
    if (!lay_out(doc, out, &fonts, &scene, error))
        return FALSE;
    gboolean ok = tj__api_scene_draw(scene, fonts, cr, out, error);
    tj_scene_free(scene);
    tj__api_fonts_give(out, fonts);
    return ok;
}

gboolean
tj_doc_render_bytes(const TjDoc *doc, TjFormat fmt, const TjOutputOptions *out,
                    GBytes **bytes, GError **error)
{
    g_return_val_if_fail(doc && bytes, FALSE);
    *bytes = NULL;
    TjFonts *fonts;
    TjScene *scene;
    if (!lay_out(doc, out, &fonts, &scene, error))
        return FALSE;
    gboolean ok = tj__api_scene_bytes(scene, fonts, fmt, out, bytes, error);
    tj_scene_free(scene);
    tj__api_fonts_give(out, fonts);
    return ok;
}

/* Adds @path once (in order) to @files. */
static void
add_input(GPtrArray *files, const char *path)
{
    if (!path || !*path)
        return;
    for (guint i = 0; i < files->len; i++)
        if (strcmp(files->pdata[i], path) == 0)
            return;
    g_ptr_array_add(files, g_strdup(path));
}

char **
tj_doc_inputs(const TjDoc *doc, GError **error)
{
    g_return_val_if_fail(doc != NULL, NULL);
    TjNode *root = doc->bytes ? tj_spec_node_parse(doc->bytes, doc->len, doc->path, error)
                              : tj_spec_node_load(doc->path, error);
    if (!root)
        return NULL;
    /* the skeleton's errors are the render's to report: a source declared
     * next to a mistake is still read, and so still watched */
    TjSpecErrors *errs = tj_spec_errors_new();
    TjSpec *spec = tj_spec_build(root, tj_bind_kind_names(), errs);
    tj_spec_errors_free(errs);
    GPtrArray *files = g_ptr_array_new();
    for (guint i = 0; spec && i < spec->n_data; i++)
        add_input(files, spec->data[i]->resolved);
    for (guint k = 0; spec && k < spec->n_sections; k++)
        for (guint r = 0; r < spec->sections[k].n_rows; r++)
            for (guint b = 0; b < spec->sections[k].rows[r].n_blocks; b++)
                add_input(files, spec->sections[k].rows[r].blocks[b].image);
    g_ptr_array_add(files, NULL);
    tj_spec_free(spec);
    return (char **)g_ptr_array_free(files, FALSE);
}
