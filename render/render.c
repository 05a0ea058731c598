/* render/render.c — writing a scene to a file: options, limits, the glyph
 * check, and the atomic write (a temporary file in the target's folder,
 * fsync, rename). Invariant: a failed render never leaves a partial file
 * and never touches an existing target; no temporary file survives. Each
 * temporary path is reported to tj_set_temp_file_hook() (the CLI removes
 * it on SIGINT/SIGTERM: cli/cleanup.c). */
#include "render/render-private.h"

#include <dlfcn.h>
#include "core/i18n.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

gboolean
tj_format_from_path(const char *path, TjFormat *out)
{
    static const struct { const char *ext; TjFormat fmt; } known[] = {
        { ".png", TJ_FORMAT_PNG }, { ".svg", TJ_FORMAT_SVG }, { ".pdf", TJ_FORMAT_PDF },
    };
    g_return_val_if_fail(path != NULL && out != NULL, FALSE);
    const char *dot = strrchr(path, '.');
    if (!dot || strchr(dot, G_DIR_SEPARATOR))
        return FALSE;
    for (gsize i = 0; i < G_N_ELEMENTS(known); i++)
        if (g_ascii_strcasecmp(dot, known[i].ext) == 0) {
            *out = known[i].fmt;
            return TRUE;
        }
    return FALSE;
}

void
tj__render_opts(const TjOutputOptions *opts, TjRenderOpts *out)
{
    memset(out, 0, sizeof *out);
    out->scale = opts && opts->scale != 0 ? opts->scale : 1;
    out->dpi = opts && opts->dpi > 0 ? opts->dpi : 96 * out->scale;
    if (opts) {
        out->transparent = opts->transparent;
        out->tofu_warn = opts->tofu_warn;
        out->creation_date = opts->creation_date;
        TjRenderPreset p;
        if (tj_render_preset(opts->preset, &p, NULL)) {  /* checked in check_job */
            out->srgb = p.srgb;
            out->max_bytes = p.max_bytes;
            out->transparent = out->transparent && p.width == 0;  /* web: opaque */
            if (p.dpi > 0 && opts->dpi <= 0)
                out->dpi = p.dpi;
        }
        if (opts->max_bytes > 0)
            out->max_bytes = opts->max_bytes;
    }
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
tj_render_check_glyphs(const TjScene *scene, TjFonts *fonts,
                       gboolean warn_only, GError **error)
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
    gboolean ok = warn_only;
    if (warn_only)
        g_printerr(_("tujie: warning: %s\n"), msg->str);
    else
        g_set_error_literal(error, TJ_ERROR, TJ_ERROR_FONT, msg->str);
    g_string_free(msg, TRUE);
    return ok;
}

/* What to write: one scene in a format, or several scenes as PDF pages. */
typedef struct {
    const TjScene *const *scenes;
    guint n;
    TjFonts *fonts;
    TjFormat fmt;
    const TjOutputOptions *opts;
    const TjPaper *paper;   /* PDF: NULL, pages sized to their scenes */
} Job;

static gboolean
write_job(const Job *job, FILE *fp, const char *name, GError **error)
{
    if (job->fmt == TJ_FORMAT_PDF)
        return tj__render_pdf_pages(job->scenes, job->n, job->paper, job->fonts, fp,
                                    name, job->opts, error);
    if (job->fmt == TJ_FORMAT_SVG)
        return tj__render_svg(job->scenes[0], job->fonts, fp, name, job->opts, error);
    return tj__render_png(job->scenes[0], job->fonts, fp, name, job->opts, error);
}

/* Flushes @fp to the disk and closes it. */
static gboolean
finish_file(FILE *fp, const char *path, gboolean sync, GError **error)
{
    int err = 0;
    if (fflush(fp) != 0 || ferror(fp))
        err = errno ? errno : EIO;
    else if (sync && fsync(fileno(fp)) != 0)
        err = errno;
    if (fclose(fp) != 0 && !err)
        err = errno;
    if (err)
        g_set_error(error, TJ_ERROR, TJ_ERROR_IO, _("cannot write “%s”: %s"),
                    path, g_strerror(err));
    return err == 0;
}

static void
sync_folder(const char *dir)
{
    int fd = open(dir, O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        fsync(fd);  /* best effort: the rename is already atomic */
        close(fd);
    }
}

static TjTempFileHook temp_hook;

void
tj_set_temp_file_hook(TjTempFileHook hook)
{
    g_atomic_pointer_set(&temp_hook, hook);
}

static void
report_temp(const char *tmp, gboolean created)
{
    TjTempFileHook hook = g_atomic_pointer_get(&temp_hook);
    if (hook)
        hook(tmp, created);
}

/* Writes @job into a temporary file next to @path, then renames. */
static gboolean
write_atomic(const Job *job, const char *path, GError **error)
{
    char *dir = g_path_get_dirname(path);
    char *base = g_path_get_basename(path);
    char *tmp_name = g_strdup_printf(".%s.XXXXXX", base);
    char *tmp = g_build_filename(dir, tmp_name, NULL);
    gboolean ok = FALSE;
    FILE *fp = NULL;
    int fd = g_mkstemp_full(tmp, O_RDWR | O_CLOEXEC, 0666);
    if (fd < 0) {
        int err = errno;
        g_set_error(error, TJ_ERROR, TJ_ERROR_IO,
                    _("cannot write “%s”: cannot create a file in “%s”: %s"),
                    path, dir, g_strerror(err));
        goto out;
    }
    report_temp(tmp, TRUE);
    fp = fdopen(fd, "wb");
    if (!fp) {
        int err = errno;
        close(fd);
        g_unlink(tmp);
        report_temp(tmp, FALSE);
        g_set_error(error, TJ_ERROR, TJ_ERROR_IO, _("cannot write “%s”: %s"),
                    path, g_strerror(err));
        goto out;
    }
    setvbuf(fp, NULL, _IOFBF, 1 << 16);
    ok = write_job(job, fp, path, error);
    if (!ok) {
        fclose(fp);
    } else if ((ok = finish_file(fp, path, !(job->opts && job->opts->defer_sync), error)) &&
               g_rename(tmp, path) != 0) {
        int err = errno;
        ok = FALSE;
        g_set_error(error, TJ_ERROR, TJ_ERROR_IO, _("cannot write “%s”: %s"),
                    path, g_strerror(err));
    }
    if (ok && !(job->opts && job->opts->defer_sync))
        sync_folder(dir);
    else if (!ok)
        g_unlink(tmp);
    report_temp(tmp, FALSE);
out:
    g_free(tmp);
    g_free(tmp_name);
    g_free(base);
    g_free(dir);
    return ok;
}

/* The checks made before any file exists: size limits, then glyphs. */
static gboolean
check_job(const Job *job, GError **error)
{
    TjRenderOpts o;
    TjRenderPreset preset;
    if (!tj_render_preset(job->opts ? job->opts->preset : NULL, &preset, error))
        return FALSE;
    tj__render_opts(job->opts, &o);
    gboolean png = job->fmt == TJ_FORMAT_PNG;
    for (guint i = 0; i < job->n; i++) {
        int w, h;
        double scale = png ? tj_render_png_scale(job->scenes[i], job->opts) : 1;
        if (!tj__render_pixel_size(job->scenes[i], scale, png, &w, &h, error))
            return FALSE;
    }
    for (guint i = 0; i < job->n; i++)
        if (!tj_render_check_glyphs(job->scenes[i], job->fonts, o.tofu_warn, error))
            return FALSE;
    return TRUE;
}

gboolean
tj_render_file(const TjScene *scene, TjFonts *fonts, TjFormat fmt,
               const char *path, const TjOutputOptions *opts, GError **error)
{
    g_return_val_if_fail(scene && fonts && path, FALSE);
    g_return_val_if_fail(fmt == TJ_FORMAT_PNG || fmt == TJ_FORMAT_SVG ||
                         fmt == TJ_FORMAT_PDF, FALSE);
    Job job = { &scene, 1, fonts, fmt, opts, NULL };
    return check_job(&job, error) && write_atomic(&job, path, error) &&
           (!opts || !opts->alt_path || tj_render_alt_file(&scene, 1, opts->alt_path, error));
}

gboolean
tj_render_pdf_file(TjScene *const *scenes, guint n, TjFonts *fonts,
                   const char *path, const TjOutputOptions *opts, GError **error)
{
    return tj_render_pdf_file_on(scenes, n, NULL, fonts, path, opts, error);
}

gboolean
tj_render_pdf_file_on(TjScene *const *scenes, guint n, const TjPaper *paper,
                      TjFonts *fonts, const char *path, const TjOutputOptions *opts,
                      GError **error)
{
    g_return_val_if_fail(scenes && n > 0 && fonts && path, FALSE);
    Job job = { (const TjScene *const *)scenes, n, fonts, TJ_FORMAT_PDF, opts, paper };
    return check_job(&job, error) && write_atomic(&job, path, error) &&
           (!opts || !opts->alt_path ||
            tj_render_alt_file((const TjScene *const *)scenes, n, opts->alt_path, error));
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
