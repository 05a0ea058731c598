/* api/publish.c — what a spec's page or chart carries into its files
 * besides the drawing, and how a page is written for where it goes:
 *   - descriptions (layouts/alt.h): every chart and tile, the page summary,
 *     or the user's --alt-text; document information from `page:` (title,
 *     source as author, subtitle as subject, section headings as keywords,
 *     the page date as the PDF's creation date, language zh-CN);
 *   - PDF of a page on A4 paper (`pdf: a4` or --preset print): pages cut
 *     between blocks, each scaled onto A4 inside 10-mm margins;
 *   - PNG of a page for WeChat (--preset wechat/wechat750): slices cut
 *     between blocks (render/slice.c);
 *   - several files of one layout (tujie render -o A -o B…) on two threads. */
#include "tujie/tujie.h"

#include <math.h>
#include <string.h>

#include "api/output.h"
#include "api/spec-private.h"
#include "core/i18n.h"
#include "layouts/alt.h"

/* "2021年2月20日", "2021年2月", "2021-02-20", "2021/2/20" → "2021-02-20";
 * NULL when @text is not such a date. (transfer full) */
static char *
iso_date(const char *text)
{
    if (!text)
        return NULL;
    guint64 part[3] = { 0, 1, 1 };
    const char *p = text;
    for (int k = 0; k < 3 && *p; k++) {
        char *end = NULL;
        part[k] = g_ascii_strtoull(p, &end, 10);
        if (end == p)
            return NULL;
        p = end;
        const char *seps[] = { "年", "月", "日", "-", "/" };
        gboolean sep = FALSE;
        for (gsize i = 0; i < G_N_ELEMENTS(seps) && !sep; i++)
            if (g_str_has_prefix(p, seps[i]))
                p += strlen(seps[i]), sep = TRUE;
        if (!sep && *p)
            return NULL;
    }
    if (*p || !g_date_valid_dmy((GDateDay)part[2], (GDateMonth)part[1], (GDateYear)part[0]))
        return NULL;
    return g_strdup_printf("%04u-%02u-%02u", (guint)part[0], (guint)part[1], (guint)part[2]);
}

static void
document_info(TjScene *sc, const TjSpec *spec)
{
    const TjSpecPage *pg = &spec->page;
    tj_scene_set_info(sc, "lang", "zh-CN");
    tj_scene_set_info(sc, "author", pg->source);
    tj_scene_set_info(sc, "subject", pg->subtitle);
    char *date = iso_date(pg->date);
    tj_scene_set_info(sc, "date", date);
    g_free(date);
    GString *kw = g_string_new(NULL);
    for (guint k = 0; k < spec->n_sections; k++)
        if (spec->sections[k].heading && *spec->sections[k].heading)
            g_string_append_printf(kw, "%s%s", kw->len ? ", " : "", spec->sections[k].heading);
    if (kw->len)
        tj_scene_set_info(sc, "keywords", kw->str);
    g_string_free(kw, TRUE);
}

void
tj__api_spec_describe(TjScene *sc, const TjSpec *spec, const TjPageSpec *page,
                      const TjPageBlock *chart)
{
    document_info(sc, spec);
    if (spec->form == TJ_SPEC_FORM_PAGE) {
        tj_alt_describe_page(sc, 0, page, NULL);
    } else {
        char *alt = tj_alt_block(chart);
        tj_alt_describe(sc, 0, alt);
        g_free(alt);
    }
}

void
tj__api_spec_alt_text(TjScene *sc, const TjOutputOptions *out)
{
    const char *given = out ? out->alt_text : NULL;
    if (!given || !*given)
        return;
    const char *desc = tj_scene_desc(sc);
    const char *rest = desc ? strchr(desc, '\n') : NULL;
    if (!rest) {  /* a chart: its one description */
        tj_alt_describe(sc, 0, given);
        return;
    }
    char *all = g_strconcat(given, rest, NULL);  /* a page: its summary line */
    tj_scene_set_desc(sc, all);
    g_free(all);
}

/* The page cut between blocks into pages that fill A4's printable area,
 * in a format that writes pages. */
static gboolean
write_a4(const TjScene *scene, const TjPageCuts *cuts, TjFonts *fonts, TjRenderFormat fmt,
         const char *path, const TjRenderOptions *ro, GError **error)
{
    TjPaper paper;
    tj_render_paper_a4(&paper);
    double page_h = floor(tj_render_paper_page_height(&paper, tj_scene_width(scene)));
    guint n = 0;
    double *tops = tj_page_breaks(cuts, tj_scene_height(scene), page_h, &n);
    TjScene **pages = g_new0(TjScene *, n);
    for (guint i = 0; i < n; i++) {
        double bottom = i + 1 < n ? tops[i + 1] : tj_scene_height(scene);
        pages[i] = tj_scene_slice(scene, tops[i], bottom - tops[i]);
        tj_scene_set_size(pages[i], tj_scene_width(scene), page_h);
    }
    gboolean ok = tj_render_pages(pages, n, &paper, fonts, fmt, path, ro, error);
    for (guint i = 0; i < n; i++)
        tj_scene_free(pages[i]);
    g_free(pages);
    g_free(tops);
    return ok;
}

/* A tall page as WeChat slices at most @max_h tall, cut as A4 pages are
 * (the footer kept with the last row, no heading left at a slice's foot). */
static gboolean
write_slices(const TjScene *scene, const TjPageCuts *cuts, double max_h, TjFonts *fonts,
             const char *path, const TjRenderOptions *ro, GError **error)
{
    /* tj_page_breaks lets the gap after a page's content pass its foot; a
     * slice holds that gap, so it is kept out of the height */
    double gap = 0;
    for (guint i = 0; i < cuts->n && cuts->above; i++)
        gap = MAX(gap, cuts->ys[i] - cuts->above[i]);
    guint n = 0;
    double *tops = tj_scene_height(scene) > max_h
                       ? tj_page_breaks(cuts, tj_scene_height(scene), max_h - gap, &n)
                       : NULL;
    gboolean ok = TRUE;
    if (n > 1 && strcmp(path, "-") == 0) {
        g_set_error(error, TJ_ERROR, TJ_ERROR_USAGE,
                    _("the page would be cut into %u images, which cannot all go to the "
                    "standard output; give -o a file name"), n);
        ok = FALSE;
    }
    ok = ok && tj_render_png_slices(scene, tops, n, fonts, path, ro, NULL, error);
    g_free(tops);
    return ok;
}

gboolean
tj__api_spec_write(const TjScene *scene, const TjPageCuts *cuts, const TjSpec *spec,
                   TjFonts *fonts, TjFormat fmt, const char *path,
                   const TjOutputOptions *out, const TjRenderOptions *ro, GError **error)
{
    const TjRenderBackend *be = tj_render_backend(tj__api_render_format(fmt));
    gboolean page = spec->form == TJ_SPEC_FORM_PAGE && cuts;
    gboolean ok;
    if (page && be->write_pages && (spec->page.pdf == TJ_SPEC_PDF_A4 || ro->preset.a4))
        ok = write_a4(scene, cuts, fonts, be->format, path, ro, error);
    else if (page && be->raster && ro->preset.slice_ratio > 0)
        ok = write_slices(scene, cuts, ro->preset.slice_ratio * tj_scene_width(scene), fonts,
                          path, ro, error);
    else
        ok = tj_render_file(scene, fonts, be->format, path, ro, error);
    /* the whole page's alt text, once a file (not each A4 page's or slice's) */
    return ok && (!out || !out->alt_path ||
                  tj_render_alt_file(&scene, 1, out->alt_path, ro->defer_sync, error));
}

/* ---- several files of one layout, on two threads ------------------------ */

typedef struct {
    const TjScene *scene;
    const TjPageCuts *cuts;
    const TjSpec *spec;
    const char *family;          /* the theme's font families, or NULL */
    const TjOutputOptions *out;
    const TjRenderOptions *ro;
    guint n;
    const TjFormat *fmts;
    const char *const *paths;
    const gboolean *mine;        /* the files of the helper thread */
    gboolean ok;
    GError *error;               /* its first failure */
} Share;

static gpointer
write_share(gpointer data)
{
    Share *sh = data;
    TjFonts *fonts = tj_fonts_new(sh->out ? sh->out->fonts_conf : NULL, &sh->error);
    sh->ok = fonts && tj_fonts_set_family(fonts, sh->family, &sh->error);
    for (guint i = 0; sh->ok && i < sh->n; i++)
        if (sh->mine[i])
            sh->ok = tj__api_spec_write(sh->scene, sh->cuts, sh->spec, fonts, sh->fmts[i],
                                        sh->paths[i], sh->out, sh->ro, &sh->error);
    tj_fonts_free(fonts);
    return NULL;
}

gboolean
tj__api_spec_write_all(const TjScene *scene, const TjPageCuts *cuts, const TjSpec *spec,
                       TjFonts *fonts, gboolean parallel, guint n, const TjFormat *fmts,
                       const char *const *paths, const TjOutputOptions *out,
                       const TjRenderOptions *ro, GError **error)
{
    gboolean ok = TRUE;
    if (!parallel || n < 2 || g_get_num_processors() < 2) {
        for (guint i = 0; ok && i < n; i++)
            ok = tj__api_spec_write(scene, cuts, spec, fonts, fmts[i], paths[i], out, ro, error);
        return ok;
    }
    /* the PNGs here (they deflate on helpers of their own), the vector
     * files on a second thread with fonts of its own (pango's are not
     * shared between threads): the same font files, so the same glyphs at
     * the positions measured. Without a PNG, every other file there. */
    gboolean *mine = g_new0(gboolean, n);
    guint n_png = 0;
    for (guint i = 0; i < n; i++)
        n_png += fmts[i] == TJ_FORMAT_PNG;
    for (guint i = 0; i < n; i++)
        mine[i] = n_png > 0 && n_png < n ? fmts[i] != TJ_FORMAT_PNG : i % 2 == 1;
    Share sh = { scene, cuts, spec, tj_fonts_family(fonts), out, ro, n, fmts, paths, mine,
                 FALSE, NULL };
    GThread *helper = g_thread_try_new("tujie-write", write_share, &sh, NULL);
    if (!helper)
        write_share(&sh);  /* no thread: one after the other */
    for (guint i = 0; ok && i < n; i++)
        if (!mine[i])
            ok = tj__api_spec_write(scene, cuts, spec, fonts, fmts[i], paths[i], out, ro, error);
    if (helper)
        g_thread_join(helper);
    if (ok && !sh.ok)
        g_propagate_error(error, sh.error);
    else
        g_clear_error(&sh.error);
    g_free(mine);
    return ok && sh.ok;
}
