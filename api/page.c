/* api/page.c — specs: a YAML page or chart → file. Loads the spec (its
 * skeleton errors), reads every block and theme (their errors, with the CSV
 * files' own) in the same pass, so the user sees all problems of a spec at
 * once; then lays out and renders. A page's PDF is one long page, or pages
 * of A4 proportion cut only between rows (`pdf: a4`). */
#include "tujie/tujie.h"

#include <math.h>
#include <string.h>

#include "api/spec-private.h"
#include "api/output.h"
#include "bind/bind.h"
#include "core/i18n.h"

/* Reads the spec at @path into @c: its syntax errors end here; the
 * skeleton's are recorded in c->errs with everything found later. */
static TjSpec *
load_spec(const TjSpecSrc *src, TjSpecErrors *errs, GError **error)
{
    TjNode *root = src->bytes ? tj_spec_node_parse(src->bytes, src->len, src->path, error)
                              : tj_spec_node_load(src->path, error);
    return root ? tj_spec_build(root, tj_bind_kind_names(), errs) : NULL;
}

/* The default box of a single chart: its kind's, or the output's size. */
static void
chart_size(const TjPageBlock *b, const TjSpecOutput *o, double *w, double *h)
{
    *w = 800;
    *h = 500;
    if (b->ops)
        b->ops->default_size(b->spec, w, h);
    if (o->width > 0)
        *w = o->width;
    if (o->height > 0)
        *h = o->height;
    else if (b->height > 0)
        *h = b->height;
}

/* Loads and reads everything; on success @scene holds the laid-out page or
 * chart and @cuts the page's safe breaks. */
static gboolean
prepare(const TjSpec *spec, const TjBindEnv *env, TjSpecErrors *errs, TjDiagList *diags,
        TjFonts *fonts, const TjMeasurer *m, TjScene **scene, TjPageCuts *cuts, GError **error)
{
    TjBind *c = tj_bind_new(spec, env, errs);
    tj_bind_set_diags(c, diags);
    TjTheme th;
    tj_bind_theme(c, &th);
    /* a theme's font: measured and drawn with from here on (the caller
     * sets the fonts back when it is done); checked against what is
     * installed only where there are fonts (not by tujie check) */
    GError *ferr = NULL;
    if (fonts && !tj_fonts_set_family(fonts, th.font, &ferr)) {
        tj_spec_errors_add_code(errs, ferr->code == TJ_ERROR_FONT ? TJ_ERROR_INPUT : ferr->code,
                                th.font_loc.file ? &th.font_loc : NULL, "%s", ferr->message);
        g_error_free(ferr);
    }
    TjPageSpec page;
    TjPageBlock chart;
    memset(&page, 0, sizeof page);
    memset(&chart, 0, sizeof chart);
    if (spec->form == TJ_SPEC_FORM_PAGE)
        tj_bind_page(c, &page, NULL);
    else if (spec->n_blocks > 0 && spec->chart.kind_name)
        tj_bind_block(c, &spec->chart, &chart);
    gboolean ok = tj_spec_errors_finish(errs, error);
    if (ok) {
        /* without fonts (tujie check) the layout still runs, measuring with
         * the fake measurer, so layout errors are found too */
        TjScene *sc = tj_scene_new(spec->page.width, 100);
        tj_scene_set_background(sc, th.background);
        if (spec->form == TJ_SPEC_FORM_PAGE) {
            tj_scene_set_meta(sc, page.title, page.subtitle);
            ok = tj_layout_page(sc, &page, &th, m, cuts, error);
        } else {
            double w, h;
            chart_size(&chart, &spec->output, &w, &h);
            tj_scene_set_size(sc, w, h);
            tj_scene_set_meta(sc, chart.ops && chart.ops->title ? chart.ops->title(chart.spec)
                                                                : NULL, NULL);
            ok = tj_layout_block(sc, &chart, 0, 0, w, h, &th, m, error);
        }
        if (ok)
            tj__api_spec_describe(sc, spec, &page, &chart);
        if (scene)
            *scene = sc;
        else
            tj_scene_free(sc);
    }
    tj_bind_page_clear(&page);
    tj_bind_free(c);
    return ok;
}

gboolean
tj__api_src_render_with(const TjSpecSrc *src, TjFonts *fonts, guint n, const TjFormat *fmts,
                        const char *const *paths, const TjOutputOptions *out,
                        TjScene **scene_out, GError **error)
{
    TjSpecErrors *errs = tj_spec_errors_new();
    TjSpec *spec = load_spec(src, errs, error);
    if (!spec) {
        tj_spec_errors_free(errs);
        return FALSE;
    }
    TjScene *scene = NULL;
    TjPageCuts cuts = { 0 };
    TjBindEnv env = { out ? out->allow_dirs : NULL, NULL, NULL };
    TjDiagList *diags = tj__api_diags_new();
    gboolean ok = prepare(spec, &env, errs, diags, fonts, tj_fonts_measurer(fonts), &scene,
                          &cuts, error);
    tj_spec_errors_free(errs);
    /* a chart spec's output: sets what the command line left unset */
    TjOutputOptions own = { 0 };
    if (out)
        own = *out;
    if (spec->form == TJ_SPEC_FORM_CHART) {
        if (own.scale == 0 && spec->output.scale > 0)
            own.scale = spec->output.scale;
        if (own.dpi == 0 && spec->output.dpi > 0)
            own.dpi = spec->output.dpi;
        own.transparent = own.transparent || spec->output.transparent;
    }
    TjRenderOptions ro;
    ok = ok && tj__api_render_options(&own, diags, &ro, error);
    if (ok)
        tj__api_spec_alt_text(scene, &own);
    ok = ok && tj__api_spec_write_all(scene, &cuts, spec, fonts, src->parallel, n, fmts, paths,
                                      &own, &ro, error);
    tj__api_diags_deliver(out, diags);
    tj_page_cuts_clear(&cuts);
    if (ok && scene_out)
        *scene_out = scene;
    else
        tj_scene_free(scene);
    tj_fonts_set_family(fonts, NULL, NULL);  /* the fonts go back to their pool */
    tj_spec_free(spec);
    return ok;
}

gboolean
tj__api_spec_render_with(const char *spec_path, TjFonts *fonts, guint n, const TjFormat *fmts,
                         const char *const *paths, const TjOutputOptions *out,
                         TjScene **scene_out, GError **error)
{
    TjSpecSrc src = { spec_path, NULL, 0, FALSE };
    return tj__api_src_render_with(&src, fonts, n, fmts, paths, out, scene_out, error);
}

gboolean
tj__api_src_scene(const TjSpecSrc *src, const TjOutputOptions *out, TjFonts *fonts,
                  const TjMeasurer *m, TjScene **scene, TjPageCuts *cuts, GError **error)
{
    TjSpecErrors *errs = tj_spec_errors_new();
    TjSpec *spec = load_spec(src, errs, error);
    TjBindEnv env = { out ? out->allow_dirs : NULL, NULL, NULL };
    TjDiagList *diags = tj__api_diags_new();
    gboolean ok = spec && prepare(spec, &env, errs, diags, fonts,
                                  fonts ? tj_fonts_measurer(fonts) : m, scene, cuts, error);
    tj__api_diags_deliver(out, diags);
    tj_spec_errors_free(errs);
    tj_spec_free(spec);
    return ok;
}

gboolean
tj__api_spec_scene(const char *spec_path, const TjMeasurer *m, TjScene **scene,
                   TjPageCuts *cuts, GError **error)
{
    TjSpecSrc src = { spec_path, NULL, 0, FALSE };
    return tj__api_src_scene(&src, NULL, NULL, m, scene, cuts, error);
}

gboolean
tj__api_spec_scene_bytes(const char *bytes, gsize len, const char *name,
                         const TjBindEnv *env, const TjMeasurer *m, TjScene **scene,
                         TjPageCuts *cuts, GError **error)
{
    TjSpecErrors *errs = tj_spec_errors_new();
    TjNode *root = tj_spec_node_parse(bytes, len, name, error);
    TjSpec *spec = root ? tj_spec_build(root, tj_bind_kind_names(), errs) : NULL;
    gboolean ok = spec && prepare(spec, env, errs, NULL, NULL, m, scene, cuts, error);
    tj_spec_errors_free(errs);
    tj_spec_free(spec);
    return ok;
}
