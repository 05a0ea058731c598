/* api/page.c — specs: a YAML page or chart → file. Loads the spec (its
 * skeleton errors), reads every block and theme (their errors, with the CSV
 * files' own) in the same pass, so the user sees all problems of a spec at
 * once; then lays out and renders. A page's PDF is one long page, or pages
 * of A4 proportion cut only between rows (`pdf: a4`). */
#include "tujie/tujie.h"

#include <math.h>
#include <string.h>

#include "api/spec-private.h"
#include "render/render.h"
#include "core/i18n.h"

const TjTable *
tj__spec_table(TjSpecCtx *c, const TjSpecBlock *b)
{
    if (!b->data)
        return NULL;
    gpointer found;
    if (g_hash_table_lookup_extended(c->tables, b->data, NULL, &found))
        return found;
    GError *err = NULL;
    TjTable *t = NULL;
    gboolean named = strcmp(b->data->name, b->data->path) != 0;
    char *what = named ? g_strdup_printf("data “%s”", b->data->name) : g_strdup("data");
    if (tj__spec_path_check(c, what, b->data->path, b->data->resolved, &b->data->loc)) {
        t = c->env->load ? c->env->load(b->data->resolved, c->env->load_data, &err)
                         : tj_table_load_sheet(b->data->resolved, b->data->sheet, &err);
        if (!t)
            tj_spec_errors_add(c->errs, &b->data->loc, "%s: %s", what, err->message);
    }
    g_free(what);
    g_clear_error(&err);
    g_hash_table_insert(c->tables, (gpointer)b->data, t);
    return t;
}

static void
free_table(gpointer t)
{
    tj_table_free(t);
}

static void
ctx_init(TjSpecCtx *c, const TjSpec *spec, const TjSpecEnv *env, TjSpecErrors *errs)
{
    static const TjSpecEnv defaults = { 0 };
    memset(c, 0, sizeof *c);
    c->spec = spec;
    c->env = env ? env : &defaults;
    c->errs = errs;
    c->tables = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL, free_table);
    c->owned_data = g_ptr_array_new_with_free_func((GDestroyNotify)tj_chart_data_free);
    c->strings = g_string_chunk_new(1024);
}

static void
ctx_clear(TjSpecCtx *c)
{
    g_hash_table_destroy(c->tables);
    g_ptr_array_free(c->owned_data, TRUE);
    g_string_chunk_free(c->strings);
    if (c->images)
        g_hash_table_destroy(c->images);
}

static void
read_theme(TjSpecCtx *c, TjTheme *out)
{
    const TjSpecPage *pg = &c->spec->page;
    const char *base = pg->theme;
    const TjNode *tn = pg->theme_node;
    if (tn)
        base = tj_spec_get_string(tn, "base", NULL, c->errs);
    const TjTheme *b = tj_theme_builtin(base);
    if (!b) {
        const TjNode *where = tn ? tj_spec_node_get(tn, "base") : tj_spec_node_get(
            tj_spec_node_get(c->spec->root, "page"), "theme");
        char *list = g_strjoinv(", ", (char **)tj_theme_names());
        tj_spec_errors_add(c->errs, where ? &where->loc : &pg->loc,
                           _("unknown theme “%s” (themes: %s)"), base, list);
        g_free(list);
        b = tj_theme_builtin(NULL);
    }
    if (tn)
        tj_theme_from_node(tn, b, out, c->errs);
    else
        *out = *b;
}

static void
free_page(TjPageSpec *p)
{
    for (guint k = 0; k < p->n_sections; k++) {
        for (guint r = 0; r < p->sections[k].n_rows; r++)
            g_free(p->sections[k].rows[r].blocks);
        g_free(p->sections[k].rows);
    }
    g_free(p->sections);
}

static void
build_page(TjSpecCtx *c, TjPageSpec *p)
{
    const TjSpec *spec = c->spec;
    memset(p, 0, sizeof *p);
    p->width = spec->page.width;
    p->loc = spec->page.loc;
    p->title = spec->page.title;
    p->subtitle = spec->page.subtitle;
    p->date = spec->page.date;
    p->source = spec->page.source;
    p->notes = (const char *const *)spec->page.footer;
    p->n_notes = spec->page.footer ? g_strv_length(spec->page.footer) : 0;
    p->n_sections = spec->n_sections;
    p->sections = g_new0(TjPageSection, spec->n_sections);
    for (guint k = 0; k < spec->n_sections; k++) {
        const TjSpecSection *ss = &spec->sections[k];
        TjPageSection *ps = &p->sections[k];
        ps->heading = ss->heading;
        ps->intro = ss->intro;
        ps->loc = ss->loc;
        ps->n_rows = ss->n_rows;
        ps->rows = g_new0(TjPageRow, ss->n_rows);
        for (guint r = 0; r < ss->n_rows; r++) {
            ps->rows[r].n_blocks = ss->rows[r].n_blocks;
            ps->rows[r].blocks = g_new0(TjPageBlock, ss->rows[r].n_blocks);
            for (guint b = 0; b < ss->rows[r].n_blocks; b++)
                tj__spec_block(c, &ss->rows[r].blocks[b], &ps->rows[r].blocks[b]);
        }
    }
}

/* The title a single chart shows (for metadata and bookmarks), or NULL. */
static const char *
chart_title(const TjPageBlock *b)
{
    switch (b->kind) {
    case TJ_BLOCK_BAR: return b->bar.title;
    case TJ_BLOCK_TREND: return b->trend.title;
    case TJ_BLOCK_GAUGE: return b->gauge.title ? b->gauge.title : b->gauge.label;
    case TJ_BLOCK_KPI: return b->kpi.label;
    default: return NULL;
    }
}

/* The default box of a single chart of @kind. */
static void
chart_size(const TjPageBlock *b, const TjSpecOutput *o, double *w, double *h)
{
    *w = 800;
    *h = 500;
    if (b->kind == TJ_BLOCK_KPI) {
        *w = 360;
        *h = 220;
    } else if (b->kind == TJ_BLOCK_GAUGE) {
        tj_gauge_default_size(b->gauge.style, w, h);
    }
    if (o->width > 0)
        *w = o->width;
    if (o->height > 0)
        *h = o->height;
    else if (b->height > 0)
        *h = b->height;
}

/* Loads and reads everything; on success @scene holds the laid-out page or
 * chart and @cuts the page's safe breaks. */
/* Reads the spec at @path into @c: its syntax errors end here; the
 * skeleton's are recorded in c->errs with everything found later. */
static TjSpec *
load_spec(const TjSpecSrc *src, TjSpecErrors *errs, GError **error)
{
    TjNode *root = src->bytes ? tj_spec_node_parse(src->bytes, src->len, src->path, error)
                              : tj_spec_node_load(src->path, error);
    return root ? tj_spec_build(root, errs) : NULL;
}

static gboolean
prepare(const TjSpec *spec, const TjSpecEnv *env, TjSpecErrors *errs, TjFonts *fonts,
        const TjMeasurer *m,
        TjScene **scene, TjPageCuts *cuts, GError **error)
{
    TjSpecCtx c;
    ctx_init(&c, spec, env, errs);
    TjTheme th;
    read_theme(&c, &th);
    /* a theme's font: measured and drawn with from here on (the caller
     * sets the fonts back when it is done); checked against what is
     * installed only where there are fonts (not by tujie check) */
    GError *ferr = NULL;
    if (fonts && !tj_fonts_set_family(fonts, th.font, &ferr)) {
        tj_spec_errors_add_code(c.errs, ferr->code == TJ_ERROR_FONT ? TJ_ERROR_INPUT : ferr->code,
                                th.font_loc.file ? &th.font_loc : NULL, "%s", ferr->message);
        g_error_free(ferr);
    }
    TjPageSpec page;
    TjPageBlock chart;
    memset(&page, 0, sizeof page);
    memset(&chart, 0, sizeof chart);
    if (spec->form == TJ_SPEC_FORM_PAGE)
        build_page(&c, &page);
    else if (spec->n_blocks > 0)
        tj__spec_block(&c, &spec->chart, &chart);
    gboolean ok = tj_spec_errors_finish(c.errs, error);
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
            tj_scene_set_meta(sc, chart_title(&chart), NULL);
            ok = tj_layout_block(sc, &chart, 0, 0, w, h, &th, m, error);
        }
        if (ok)
            tj__api_spec_describe(sc, spec, &page, &chart);
        if (scene)
            *scene = sc;
        else
            tj_scene_free(sc);
    }
    free_page(&page);
    ctx_clear(&c);
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
    TjSpecEnv env = { out ? out->allow_dirs : NULL, NULL, NULL };
    gboolean ok = prepare(spec, &env, errs, fonts, tj_fonts_measurer(fonts), &scene, &cuts,
                          error);
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
    out = &own;
    if (ok)
        tj__api_spec_alt_text(scene, out);
    ok = ok && tj__api_spec_write_all(scene, &cuts, spec, fonts, src->parallel, n, fmts, paths,
                                      out, error);
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
tj_render_spec(const char *spec_path, TjFormat fmt, const char *path,
               const TjOutputOptions *out, GError **error)
{
    g_return_val_if_fail(spec_path && path, FALSE);
    TjFonts *fonts = tj__api_fonts_take(out, error);
    if (!fonts)
        return FALSE;
    gboolean ok = tj__api_spec_render_with(spec_path, fonts, 1, &fmt, &path, out, NULL, error);
    tj__api_fonts_give(fonts);
    return ok;
}

gboolean
tj_render_spec_files(const char *spec_path, guint n, const TjFormat *fmts,
                     const char *const *paths, const TjOutputOptions *out, GError **error)
{
    g_return_val_if_fail(spec_path && n > 0 && fmts && paths, FALSE);
    for (guint i = 0; i < n; i++)
        g_return_val_if_fail(paths[i], FALSE);
    TjFonts *fonts = tj__api_fonts_take(out, error);
    if (!fonts)
        return FALSE;
    TjSpecSrc src = { spec_path, NULL, 0, TRUE };
    gboolean ok = tj__api_src_render_with(&src, fonts, n, fmts, paths, out, NULL, error);
    tj__api_fonts_give(fonts);
    return ok;
}

gboolean
tj__api_src_scene(const TjSpecSrc *src, const TjOutputOptions *out, TjFonts *fonts,
                  const TjMeasurer *m, TjScene **scene, TjPageCuts *cuts, GError **error)
{
    TjSpecErrors *errs = tj_spec_errors_new();
    TjSpec *spec = load_spec(src, errs, error);
    TjSpecEnv env = { out ? out->allow_dirs : NULL, NULL, NULL };
    gboolean ok = spec && prepare(spec, &env, errs, fonts, fonts ? tj_fonts_measurer(fonts) : m,
                                  scene, cuts, error);
    tj_spec_errors_free(errs);
    tj_spec_free(spec);
    return ok;
}

gboolean
tj_check_spec(const char *spec_path, const TjOutputOptions *out, GError **error)
{
    g_return_val_if_fail(spec_path, FALSE);
    TjSpecSrc src = { spec_path, NULL, 0, FALSE };
    return tj__api_src_scene(&src, out, NULL, tj_measurer_fake(), NULL, NULL, error);
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
                         const TjSpecEnv *env, const TjMeasurer *m, TjScene **scene,
                         TjPageCuts *cuts, GError **error)
{
    TjSpecErrors *errs = tj_spec_errors_new();
    TjNode *root = tj_spec_node_parse(bytes, len, name, error);
    TjSpec *spec = root ? tj_spec_build(root, errs) : NULL;
    gboolean ok = spec && prepare(spec, env, errs, NULL, m, scene, cuts, error);
    tj_spec_errors_free(errs);
    tj_spec_free(spec);
    return ok;
}
