/* render/render.c — writing scenes: the backend table (one row per
 * format), default options, limits, the glyph check, and what every write
 * does before the file (render/target.c): check, then fill. Invariant: a
 * failed render never touches what is at the output path. */
#include "render/render-private.h"

#include <dlfcn.h>
#include <errno.h>
#include <math.h>
#include <string.h>

#include "core/i18n.h"

static const TjRenderBackend backends[TJ_RENDER_N_FORMATS] = {
    { TJ_RENDER_PNG, "png", ".png", TRUE, tj__render_png, NULL },
    { TJ_RENDER_SVG, "svg", ".svg", FALSE, tj__render_svg, NULL },
    { TJ_RENDER_PDF, "pdf", ".pdf", FALSE, tj__render_pdf, tj__render_pdf_pages },
};

const TjRenderBackend *
tj_render_backend(TjRenderFormat fmt)
{
    g_return_val_if_fail((guint)fmt < G_N_ELEMENTS(backends), NULL);
    return &backends[fmt];
}

const TjRenderBackend *
tj_render_backends(guint *n)
{
    *n = G_N_ELEMENTS(backends);
    return backends;
}

void
tj_render_options_init(TjRenderOptions *o)
{
    memset(o, 0, sizeof *o);
    o->scale = 1;
    o->tofu = TJ_RENDER_TOFU_FAIL;
}

gboolean
tj_render_date(const char *text, char out[TJ_RENDER_DATE_SIZE], GError **error)
{
    static const char shape[] = "dddd-dd-ddTdd:dd:dd";
    gsize n = strlen(text);
    gboolean ok = n == 10 || n == sizeof shape - 1;
    for (gsize i = 0; ok && i < n; i++)
        ok = shape[i] == 'd' ? g_ascii_isdigit(text[i]) : text[i] == shape[i];
    if (!ok) {
        g_set_error(error, TJ_ERROR, TJ_ERROR_USAGE,
                    _("creation date “%s”: expected YYYY-MM-DD or "
                    "YYYY-MM-DDTHH:MM:SS"), text);
        return FALSE;
    }
    g_snprintf(out, TJ_RENDER_DATE_SIZE, "%s%s", text, n == 10 ? "T00:00:00" : "");
    return TRUE;
}

gboolean
tj__render_pixel_size(const TjScene *scene, double scale, gboolean png,
                      int *width, int *height, GError **error)
{
    if (!isfinite(scale) || scale <= 0) {
        g_set_error(error, TJ_ERROR, TJ_ERROR_USAGE,
                    _("scale must be a positive number, got %g"), scale);
        return FALSE;
    }
    double w = ceil(tj_scene_width(scene) * scale - 1e-6);
    double h = ceil(tj_scene_height(scene) * scale - 1e-6);
    if (!(w >= 1 && h >= 1)) {
        g_set_error(error, TJ_ERROR, TJ_ERROR_RENDER,
                    _("the page is empty (%g × %g px)"), tj_scene_width(scene),
                    tj_scene_height(scene));
        return FALSE;
    }
    if (w > TJ_RENDER_MAX_SIDE || h > TJ_RENDER_MAX_SIDE ||
        w * h > (double)TJ_RENDER_MAX_PIXELS) {
        g_set_error(error, TJ_ERROR, TJ_ERROR_LIMIT,
                    _("the image would be %.0f × %.0f px; the limit is %d px a "
                    "side and %u million pixels"), w, h, TJ_RENDER_MAX_SIDE,
                    TJ_RENDER_MAX_PIXELS / 1000000u);
        return FALSE;
    }
    if (png && w > TJ_RENDER_PNG_MAX_WIDTH) {
        g_set_error(error, TJ_ERROR, TJ_ERROR_LIMIT,
                    _("a PNG can be at most %d px wide, this one would be %.0f px"),
                    TJ_RENDER_PNG_MAX_WIDTH, w);
        return FALSE;
    }
    *width = (int)w;
    *height = (int)h;
    return TRUE;
}

cairo_status_t
tj__render_sink_write(void *closure, const unsigned char *data,
                      unsigned int length)
{
    TjSink *sink = closure;
    if (sink->err)
        return CAIRO_STATUS_WRITE_ERROR;
    if (fwrite(data, 1, length, sink->fp) != length) {
        sink->err = errno ? errno : EIO;
        return CAIRO_STATUS_WRITE_ERROR;
    }
    return CAIRO_STATUS_SUCCESS;
}

gboolean
tj__render_status(cairo_status_t status, const TjSink *sink, const char *name,
                  GError **error)
{
    if (status == CAIRO_STATUS_SUCCESS)
        return TRUE;
    if (sink && sink->err)
        g_set_error(error, TJ_ERROR, TJ_ERROR_IO, _("cannot write “%s”: %s"),
                    name, g_strerror(sink->err));
    else
        g_set_error(error, TJ_ERROR, TJ_ERROR_RENDER, _("cairo: %s"),
                    cairo_status_to_string(status));
    return FALSE;
}

gboolean
tj_render_check_glyphs(const TjScene *scene, TjFonts *fonts, const TjRenderOptions *o,
                       GError **error)
{
    GHashTable *seen = g_hash_table_new(g_str_hash, g_str_equal);
    GString *msg = NULL;
    for (guint i = 0; i < tj_scene_n_items(scene); i++) {
        const TjItem *it = tj_scene_item(scene, i);
        if (it->kind != TJ_ITEM_TEXT || !it->u.text.text ||
            !g_hash_table_add(seen, (gpointer)it->u.text.text))
            continue;
        char *missing = tj_fonts_missing(fonts, it->u.text.text);
        if (!missing)
            continue;
        if (!msg)
            msg = g_string_new(_("no font has a glyph for "));
        else
            g_string_append(msg, _("; "));
        /* TRANSLATORS: a character (“\u{FFFF}” U+FFFF) in the text that has it */
        g_string_append_printf(msg, _("%s in “%s”"), missing, it->u.text.text);
        g_free(missing);
    }
    g_hash_table_destroy(seen);
    if (!msg)
        return TRUE;
    gboolean ok = o->tofu == TJ_RENDER_TOFU_WARN;
    if (ok)
        tj_diag_add(o->diags, TJ_DIAG_WARNING, NULL, "tofu", "%s", msg->str);
    else
        g_set_error_literal(error, TJ_ERROR, TJ_ERROR_FONT, msg->str);
    g_string_free(msg, TRUE);
    return ok;
}

/* What to write: one scene in a format, or several scenes as pages. */
typedef struct {
    const TjScene *const *scenes;
    guint n;
    TjFonts *fonts;
    const TjRenderBackend *backend;
    const TjRenderOptions *o;
    const TjPaper *paper;   /* pages: NULL, each sized to its scene */
} Job;

static gboolean
fill_job(FILE *fp, const char *name, gpointer data, GError **error)
{
    const Job *job = data;
    const TjRenderBackend *be = job->backend;
    if (be->write_pages && (job->n > 1 || job->paper))
        return be->write_pages(job->scenes, job->n, job->paper, job->fonts, fp, name, job->o,
                               error);
    return be->write(job->scenes[0], job->fonts, fp, name, job->o, error);
}

/* The checks made before any file exists: size limits, then glyphs. */
static gboolean
check_job(const Job *job, GError **error)
{
    gboolean raster = job->backend->raster;
    for (guint i = 0; i < job->n; i++) {
        int w, h;
        double scale = raster ? tj_render_png_scale(job->scenes[i], job->o) : 1;
        if (!tj__render_pixel_size(job->scenes[i], scale, raster, &w, &h, error))
            return FALSE;
    }
    for (guint i = 0; i < job->n; i++)
        if (!tj_render_check_glyphs(job->scenes[i], job->fonts, job->o, error))
            return FALSE;
    return TRUE;
}

static gboolean
write_job(const Job *job, const char *path, GError **error)
{
    g_return_val_if_fail(job->o && job->fonts && path && job->n > 0, FALSE);
    g_return_val_if_fail(job->n == 1 || job->backend->write_pages, FALSE);
    return check_job(job, error) &&
           tj__render_to_path(path, !job->o->defer_sync, fill_job, (gpointer)job, error);
}

gboolean
tj_render_file(const TjScene *scene, TjFonts *fonts, TjRenderFormat fmt,
               const char *path, const TjRenderOptions *o, GError **error)
{
    g_return_val_if_fail(scene != NULL, FALSE);
    Job job = { &scene, 1, fonts, tj_render_backend(fmt), o, NULL };
    return job.backend && write_job(&job, path, error);
}

gboolean
tj_render_pages(TjScene *const *scenes, guint n, const TjPaper *paper, TjFonts *fonts,
                TjRenderFormat fmt, const char *path, const TjRenderOptions *o,
                GError **error)
{
    g_return_val_if_fail(scenes != NULL, FALSE);
    Job job = { (const TjScene *const *)scenes, n, fonts, tj_render_backend(fmt), o, paper };
    g_return_val_if_fail(job.backend && job.backend->write_pages, FALSE);
    return write_job(&job, path, error);
}

gboolean
tj_render_stream(const TjScene *scene, TjFonts *fonts, TjRenderFormat fmt, FILE *fp,
                 const char *name, const TjRenderOptions *o, GError **error)
{
    g_return_val_if_fail(scene && fonts && fp && o, FALSE);
    Job job = { &scene, 1, fonts, tj_render_backend(fmt), o, NULL };
    return job.backend && check_job(&job, error) && fill_job(fp, name, &job, error);
}

char *
tj__dl_load(const char *soname, const char *const *names, void **syms, gsize n)
{
    void *lib = dlopen(soname, RTLD_NOW | RTLD_LOCAL);
    if (!lib)
        return g_strdup(dlerror());
    for (gsize i = 0; i < n; i++)
        if (!(syms[i] = dlsym(lib, names[i])))
            return g_strdup_printf("%s: no %s", soname, names[i]);
    return NULL;  /* kept open for the process's life */
}
