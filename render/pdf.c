/* render/pdf.c — PDF through cairo's PDF surface: one page per scene, each
 * page sized to its scene in pt (one scene px = one pt). Fonts are embedded
 * as subsets with ToUnicode (cairo does it), so text stays extractable.
 * Metadata: title from the scene, creator "tujie VERSION", creation and
 * modification dates from the options or SOURCE_DATE_EPOCH, so the same
 * scene gives the same bytes. Cost: CJK subsetting in cairo_surface_finish. */
#include "render/render-private.h"

#include <cairo-pdf.h>
#include <string.h>

/* Checks "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM:SS" and returns it in cairo's
 * form (time added when absent). */
static char *
date_from_option(const char *date, GError **error)
{
    static const char shape[] = "dddd-dd-ddTdd:dd:dd";
    gsize n = strlen(date);
    gboolean ok = n == 10 || n == sizeof shape - 1;
    for (gsize i = 0; ok && i < n; i++)
        ok = shape[i] == 'd' ? g_ascii_isdigit(date[i]) : date[i] == shape[i];
    if (!ok) {
        g_set_error(error, TJ_ERROR, TJ_ERROR_USAGE,
                    "creation date “%s”: expected YYYY-MM-DD or "
                    "YYYY-MM-DDTHH:MM:SS", date);
        return NULL;
    }
    return n == 10 ? g_strconcat(date, "T00:00:00", NULL) : g_strdup(date);
}

/* The creation date for the metadata: the option, else SOURCE_DATE_EPOCH
 * (UTC), else NULL (cairo writes the current time). */
static gboolean
creation_date(const TjRenderOpts *o, char **out, GError **error)
{
    *out = NULL;
    if (o->creation_date)
        return (*out = date_from_option(o->creation_date, error)) != NULL;
    const char *epoch = g_getenv("SOURCE_DATE_EPOCH");
    if (!epoch || !*epoch)
        return TRUE;
    char *end = NULL;
    gint64 secs = g_ascii_strtoll(epoch, &end, 10);
    GDateTime *dt = *end ? NULL : g_date_time_new_from_unix_utc(secs);
    if (!dt) {
        g_set_error(error, TJ_ERROR, TJ_ERROR_USAGE,
                    "SOURCE_DATE_EPOCH “%s”: expected seconds since 1970", epoch);
        return FALSE;
    }
    *out = g_date_time_format(dt, "%Y-%m-%dT%H:%M:%SZ");
    g_date_time_unref(dt);
    return TRUE;
}

static void
set_metadata(cairo_surface_t *surface, const TjScene *first, const char *date)
{
    const char *title = tj_scene_title(first);
    if (title && *title)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title);
    const char *desc = tj_scene_desc(first);
    if (desc && *desc)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT, desc);
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR,
                                   "tujie " TJ_VERSION);
    if (date) {
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, date);
    }
}

/* Replays each scene on its own page; returns the context's status. */
static cairo_status_t
draw_pages(cairo_surface_t *surface, const TjScene *const *scenes, guint n,
           TjFonts *fonts)
{
    cairo_t *cr = cairo_create(surface);
    for (guint i = 0; i < n; i++) {
        cairo_pdf_surface_set_size(surface, tj_scene_width(scenes[i]),
                                   tj_scene_height(scenes[i]));
        TjReplay *replay = tj__replay_new(scenes[i], fonts);
        tj__replay_draw(replay, cr, FALSE);
        tj__replay_free(replay);
        cairo_show_page(cr);
    }
    cairo_status_t status = cairo_status(cr);
    cairo_destroy(cr);
    return status;
}

gboolean
tj__render_pdf_pages(const TjScene *const *scenes, guint n, TjFonts *fonts,
                     FILE *fp, const char *name, const TjOutputOptions *opts,
                     GError **error)
{
    g_return_val_if_fail(scenes != NULL && n > 0, FALSE);
    TjRenderOpts o;
    tj__render_opts(opts, &o);
    char *date = NULL;
    if (!creation_date(&o, &date, error))
        return FALSE;
    TjSink sink = { fp, 0 };
    cairo_surface_t *surface = cairo_pdf_surface_create_for_stream(
        tj__render_sink_write, &sink, tj_scene_width(scenes[0]),
        tj_scene_height(scenes[0]));
    set_metadata(surface, scenes[0], date);
    g_free(date);
    cairo_status_t status = draw_pages(surface, scenes, n, fonts);
    cairo_surface_finish(surface);
    if (status == CAIRO_STATUS_SUCCESS)
        status = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    return tj__render_status(status, &sink, name, error);
}

gboolean
tj__render_pdf(const TjScene *scene, TjFonts *fonts, FILE *fp, const char *name,
               const TjOutputOptions *opts, GError **error)
{
    return tj__render_pdf_pages(&scene, 1, fonts, fp, name, opts, error);
}
