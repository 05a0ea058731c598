/* render/pdf.c — PDF through cairo's PDF surface: one page per scene, each
 * page sized to its scene in pt (one scene px = one pt), or on paper (A4:
 * the scene scaled to fit inside crop-safe margins, which stay blank).
 * Fonts are embedded as subsets with ToUnicode (cairo does it), so text
 * stays extractable, in the scene's order (top to bottom). The file is
 * tagged (pdf-tags.c: Document, Figure, P) and finished by pdf-fix.c with
 * what cairo 1.16 cannot write: /Alt per Figure and /Lang (zh-CN).
 * Metadata: title and description from the scene, author, subject and
 * keywords from its document information, creator "tujie VERSION",
 * creation and modification dates from the options, else the scene's date
 * (a spec's page date), else the options' fallback (SOURCE_DATE_EPOCH), so
 * the same scene gives the same bytes. Cost: CJK subsetting in cairo_surface_finish; the whole file
 * is held in memory once for qpdf. */
#include "render/render-private.h"
#include "core/i18n.h"

#include <cairo-pdf.h>
#include <string.h>

/* The creation date for the metadata (cairo's form): the option's, else
 * the scene's date (when it reads as one), else the fallback
 * (SOURCE_DATE_EPOCH's), else NULL (cairo writes the current time). */
static const char *
creation_date(const TjRenderOptions *o, const TjScene *first, char own[TJ_RENDER_DATE_SIZE])
{
    if (o->creation_date[0])
        return o->creation_date;
    const char *date = tj_scene_info(first, "date");
    if (date && tj_render_date(date, own, NULL))
        return own;
    return o->fallback_date[0] ? o->fallback_date : NULL;
}

static void
set_info(cairo_surface_t *surface, cairo_pdf_metadata_t key, const char *value)
{
    if (value && *value)
        cairo_pdf_surface_set_metadata(surface, key, value);
}

static void
set_metadata(cairo_surface_t *surface, const TjScene *first, const char *date)
{
    set_info(surface, CAIRO_PDF_METADATA_TITLE, tj_scene_title(first));
    set_info(surface, CAIRO_PDF_METADATA_AUTHOR, tj_scene_info(first, "author"));
    set_info(surface, CAIRO_PDF_METADATA_KEYWORDS, tj_scene_info(first, "keywords"));
    const char *subject = tj_scene_info(first, "subject");
    const char *desc = tj_scene_desc(first);
    if (subject && *subject) {
        set_info(surface, CAIRO_PDF_METADATA_SUBJECT, subject);
    } else if (desc && *desc) {  /* a page's description: its first line */
        char *line = g_strndup(desc, strcspn(desc, "\n"));
        set_info(surface, CAIRO_PDF_METADATA_SUBJECT, line);
        g_free(line);
    }
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR,
                                   "tujie " TJ_VERSION);
    if (date) {
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, date);
    }
}

/* Places a page's scene on @paper: scaled to fit inside the margins,
 * centred across, at the top margin; clipped to its own box. */
static void
place_on_paper(cairo_t *cr, const TjPaper *paper, const TjScene *scene)
{
    double w = tj_scene_width(scene), h = tj_scene_height(scene);
    double aw = paper->width - 2 * paper->margin, ah = paper->height - 2 * paper->margin;
    double k = MIN(aw / w, ah / h);
    cairo_translate(cr, paper->margin + (aw - w * k) / 2, paper->margin);
    cairo_scale(cr, k, k);
    cairo_rectangle(cr, 0, 0, w, h);
    cairo_clip(cr);
}

/* Replays each scene on its own page, tagged; returns the context's
 * status. */
static cairo_status_t
draw_pages(cairo_surface_t *surface, const TjScene *const *scenes, guint n,
           const TjPaper *paper, TjFonts *fonts, TjPdfTags *tags)
{
    cairo_t *cr = cairo_create(surface);
    tj_fonts_set_pdf(fonts, TRUE);  /* the own faces' TrueType copies */
    for (guint i = 0; i < n; i++) {
        if (paper)
            cairo_pdf_surface_set_size(surface, paper->width, paper->height);
        else
            cairo_pdf_surface_set_size(surface, tj_scene_width(scenes[i]),
                                       tj_scene_height(scenes[i]));
        /* a bookmark per scene of a bundle (each its own chart, even when
         * two share a title); on paper, where a new title starts (not
         * every A4 page of one poster) */
        const char *title = tj_scene_title(scenes[i]);
        if (n > 1 && title && *title &&
            (!paper || i == 0 || g_strcmp0(title, tj_scene_title(scenes[i - 1])) != 0)) {
            char link[32];
            g_snprintf(link, sizeof link, "page=%u", i + 1);
            cairo_pdf_surface_add_outline(surface, CAIRO_PDF_OUTLINE_ROOT, title, link, 0);
        }
        cairo_save(cr);
        if (paper)
            place_on_paper(cr, paper, scenes[i]);
        TjReplay *replay = tj__replay_new(scenes[i], fonts);
        tj__pdf_tags_page(tags, replay, scenes[i]);
        tj__replay_draw(replay, cr, FALSE);
        tj__replay_free(replay);
        cairo_restore(cr);
        if (i + 1 == n)
            tj__pdf_tags_end(tags, cr);
        cairo_show_page(cr);
    }
    tj_fonts_set_pdf(fonts, FALSE);
    cairo_status_t status = cairo_status(cr);
    cairo_destroy(cr);
    return status;
}

static cairo_status_t
collect(void *closure, const unsigned char *data, unsigned int length)
{
    g_byte_array_append(closure, data, length);
    return CAIRO_STATUS_SUCCESS;
}

gboolean
tj__render_pdf_pages(const TjScene *const *scenes, guint n, const TjPaper *paper,
                     TjFonts *fonts, FILE *fp, const char *name,
                     const TjRenderOptions *o, GError **error)
{
    g_return_val_if_fail(scenes != NULL && n > 0, FALSE);
    char own[TJ_RENDER_DATE_SIZE];
    const char *date = creation_date(o, scenes[0], own);
    GByteArray *buf = g_byte_array_new();
    cairo_surface_t *surface = cairo_pdf_surface_create_for_stream(
        collect, buf, tj_scene_width(scenes[0]), tj_scene_height(scenes[0]));
    set_metadata(surface, scenes[0], date);
    TjPdfTags *tags = tj__pdf_tags_new();
    cairo_status_t status = draw_pages(surface, scenes, n, paper, fonts, tags);
    cairo_surface_finish(surface);
    if (status == CAIRO_STATUS_SUCCESS)
        status = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    gboolean ok = tj__render_status(status, NULL, name, error);
    GBytes *fixed = NULL;
    if (ok) {
        const char *lang = tj_scene_info(scenes[0], "lang");
        fixed = tj__pdf_fix(buf->data, buf->len, tj__pdf_tags_alts(tags),
                            tj__pdf_tags_actual(tags), lang ? lang : "zh-CN", error);
        ok = fixed != NULL;
    }
    if (ok) {
        gsize len;
        const guint8 *data = g_bytes_get_data(fixed, &len);
        TjSink sink = { fp, 0 };
        ok = tj__render_status(tj__render_sink_write(&sink, data, (unsigned int)len), &sink,
                               name, error);
    }
    if (fixed)
        g_bytes_unref(fixed);
    tj__pdf_tags_free(tags);
    g_byte_array_free(buf, TRUE);
    return ok;
}

gboolean
tj__render_pdf(const TjScene *scene, TjFonts *fonts, FILE *fp, const char *name,
               const TjRenderOptions *o, GError **error)
{
    return tj__render_pdf_pages(&scene, 1, NULL, fonts, fp, name, o, error);
}
