/* api/output.c — the one place where TjOutputOptions become render's
 * TjRenderOptions (see api/output.h), the public format and temporary-file
 * calls that stand on render's backend table, and the hand-back of
 * diagnostics to the caller's TjDiagnosticFunc. */
#include "api/output.h"

#include <string.h>

#include "core/i18n.h"

G_STATIC_ASSERT((int)TJ_FORMAT_PNG == (int)TJ_RENDER_PNG);
G_STATIC_ASSERT((int)TJ_FORMAT_SVG == (int)TJ_RENDER_SVG);
G_STATIC_ASSERT((int)TJ_FORMAT_PDF == (int)TJ_RENDER_PDF);
G_STATIC_ASSERT((int)TJ_DIAGNOSTIC_NOTE == (int)TJ_DIAG_NOTE);
G_STATIC_ASSERT((int)TJ_DIAGNOSTIC_WARNING == (int)TJ_DIAG_WARNING);

TjRenderFormat
tj__api_render_format(TjFormat fmt)
{
    return (TjRenderFormat)fmt;
}

gboolean
tj_format_from_path(const char *path, TjFormat *out)
{
    g_return_val_if_fail(path != NULL && out != NULL, FALSE);
    const char *dot = strrchr(path, '.');
    if (!dot || strchr(dot, G_DIR_SEPARATOR))
        return FALSE;
    guint n;
    const TjRenderBackend *be = tj_render_backends(&n);
    for (guint i = 0; i < n; i++)
        if (g_ascii_strcasecmp(dot, be[i].extension) == 0) {
            *out = (TjFormat)be[i].format;
            return TRUE;
        }
    return FALSE;
}

void
tj_set_temp_file_hook(TjTempFileHook hook)
{
    tj_render_set_temp_hook(hook);
}

/* SOURCE_DATE_EPOCH as the PDF date when no date is given. */
static gboolean
epoch_date(TjRenderOptions *ro, GError **error)
{
    const char *epoch = g_getenv("SOURCE_DATE_EPOCH");
    if (ro->creation_date[0] || !epoch || !*epoch)
        return TRUE;
    char *end = NULL;
    gint64 secs = g_ascii_strtoll(epoch, &end, 10);
    GDateTime *dt = *end ? NULL : g_date_time_new_from_unix_utc(secs);
    if (!dt) {
        g_set_error(error, TJ_ERROR, TJ_ERROR_USAGE,
                    _("SOURCE_DATE_EPOCH “%s”: expected seconds since 1970"), epoch);
        return FALSE;
    }
    char *text = g_date_time_format(dt, "%Y-%m-%dT%H:%M:%SZ");
    g_strlcpy(ro->fallback_date, text, sizeof ro->fallback_date);
    g_free(text);
    g_date_time_unref(dt);
    return TRUE;
}

gboolean
tj__api_render_options(const TjOutputOptions *out, TjDiagList *diags, TjRenderOptions *ro,
                       GError **error)
{
    tj_render_options_init(ro);
    ro->diags = diags;
    if (!out)
        return epoch_date(ro, error);
    TjRenderPreset *p = &ro->preset;
    if (!tj_render_preset(out->preset, p, error))
        return FALSE;
    ro->scale = out->scale != 0 ? out->scale : 1;  /* a bad one: the size check's error */
    ro->dpi = out->dpi > 0 ? out->dpi : p->dpi;
    ro->transparent = out->transparent && p->width == 0;  /* presets: opaque */
    ro->srgb = p->srgb;
    ro->max_bytes = out->max_bytes > 0 ? out->max_bytes : p->max_bytes;
    ro->svg_text = out->svg_text;
    ro->defer_sync = out->defer_sync;
    ro->tofu = out->tofu_warn ? TJ_RENDER_TOFU_WARN : TJ_RENDER_TOFU_FAIL;
    if (out->creation_date && !tj_render_date(out->creation_date, ro->creation_date, error))
        return FALSE;
    return epoch_date(ro, error);
}

TjDiagList *
tj__api_diags_new(void)
{
    return tj_diag_list_new_shared();
}

void
tj__api_diags_deliver(const TjOutputOptions *out, TjDiagList *diags)
{
    for (guint i = 0; out && out->diagnostic && i < tj_diag_list_n(diags); i++) {
        const TjDiag *d = tj_diag_list_get(diags, i);
        GString *place = NULL;
        if (d->loc.file) {
            place = g_string_new(NULL);
            tj_src_loc_append(place, &d->loc);  /* "book.xlsx:Sheet1!C12" too */
        }
        TjDiagnostic pub = { (TjDiagnosticLevel)d->level, d->loc.file, d->loc.line,
                             d->loc.col, d->code, d->text, place ? place->str : NULL };
        out->diagnostic(&pub, out->diagnostic_data);
        if (place)
            g_string_free(place, TRUE);
    }
    tj_diag_list_free(diags);
}

gboolean
tj__api_render_file(const TjScene *scene, TjFonts *fonts, TjFormat fmt, const char *path,
                    const TjOutputOptions *out, TjDiagList *diags, GError **error)
{
    TjRenderOptions ro;
    return tj__api_render_options(out, diags, &ro, error) &&
           tj_render_file(scene, fonts, tj__api_render_format(fmt), path, &ro, error) &&
           (!out || !out->alt_path ||
            tj_render_alt_file(&scene, 1, out->alt_path, ro.defer_sync, error));
}

gboolean
tj__api_write(const TjScene *scene, TjFonts *fonts, TjFormat fmt, const char *path,
              const TjOutputOptions *out, GError **error)
{
    TjDiagList *diags = tj__api_diags_new();
    gboolean ok = tj__api_render_file(scene, fonts, fmt, path, out, diags, error);
    tj__api_diags_deliver(out, diags);
    return ok;
}
