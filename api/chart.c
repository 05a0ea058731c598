/* api/chart.c — the set-up and the finish every chart entry point shares. */
#include "api/api-private.h"

#include <string.h>

#include "layouts/alt.h"
#include "render/render.h"
#include "core/i18n.h"

void
tj__api_describe(TjScene *s, char *generated, const TjOutputOptions *out)
{
    const char *given = out && out->alt_text && *out->alt_text ? out->alt_text : NULL;
    tj_alt_describe(s, 0, given ? given : generated);
    g_free(generated);
}

TjChartData *
tj__api_chart_data(const TjTable *t, const char *x, const char *y, const char *where,
                   GError **error)
{
    if (!x || !y) {
        g_set_error(error, TJ_ERROR, TJ_ERROR_USAGE, _("x and y columns are required"));
        return NULL;
    }
    char **ys = tj__api_split_columns(y);
    if (!ys[0]) {  /* "", ",", [] */
        g_set_error(error, TJ_ERROR, TJ_ERROR_USAGE,
                    _("y names no column (give one or more, comma separated)"));
        g_strfreev(ys);
        return NULL;
    }
    GArray *w = tj__api_parse_where(where, error);
    TjChartData *d = NULL;
    if (w) {
        d = tj_chart_data_from_table(t, x, (const char *const *)ys, g_strv_length(ys),
                                     (TjWhere *)w->data, w->len, NULL, error);
        /* units checked, one magnitude per axis (issue 15); a raw-numbers
         * option would pass TJ_CHART_DATA_RAW here */
        if (d && !tj_chart_data_settle(t, d, 0, error))
            g_clear_pointer(&d, tj_chart_data_free);
        g_array_free(w, TRUE);
    }
    g_strfreev(ys);
    return d;
}

/* Freed with the thread; NULL when the thread has none kept. */
static GPrivate kept = G_PRIVATE_INIT((GDestroyNotify)tj_fonts_free);

/* The configuration tj_fonts_new() would use for @out. */
static const char *
conf_of(const TjOutputOptions *out)
{
    const char *conf = out && out->fonts_conf ? out->fonts_conf : g_getenv("TJ_FONTS_CONF");
    return conf && *conf ? conf : NULL;
}

TjFonts *
tj__api_fonts_take(const TjOutputOptions *out, GError **error)
{
    TjFonts *fonts = g_private_get(&kept);
    g_private_set(&kept, NULL);
    if (fonts && g_strcmp0(tj_fonts_config_file(fonts), conf_of(out)) == 0)
        return fonts;
    tj_fonts_free(fonts);
    return tj_fonts_new(out ? out->fonts_conf : NULL, error);
}

void
tj__api_fonts_give(TjFonts *fonts)
{
    if (!fonts)
        return;
    tj_fonts_set_family(fonts, NULL, NULL);  /* a spec's theme font ends with it */
    TjFonts *old = g_private_get(&kept);
    g_private_set(&kept, fonts);
    tj_fonts_free(old);
}

gboolean
tj__api_chart_begin(TjApiChart *c, const char *theme, double width, double height,
                    const char *title, const TjOutputOptions *out, GError **error)
{
    memset(c, 0, sizeof *c);
    if (!(c->th = tj__api_theme(theme, error)))
        return FALSE;
    c->width = width > 0 ? width : 800;
    c->height = height > 0 ? height : 500;
    if (!tj__api_check_size(c->width, c->height, error))
        return FALSE;
    if (!(c->fonts = tj__api_fonts_take(out, error)))
        return FALSE;
    c->scene = tj_scene_new(c->width, c->height);
    tj_scene_set_background(c->scene, c->th->background);
    tj_scene_set_meta(c->scene, title, NULL);
    return TRUE;
}

gboolean
tj__api_chart_finish(TjApiChart *c, TjFormat fmt, const char *path,
                     const TjOutputOptions *out, GError **error)
{
    gboolean ok = tj_render_file(c->scene, c->fonts, fmt, path, out, error);
    tj__api_chart_clear(c);
    return ok;
}

void
tj__api_chart_clear(TjApiChart *c)
{
    tj_scene_free(c->scene);
    tj__api_fonts_give(c->fonts);
    tj_chart_data_free(c->d);
    memset(c, 0, sizeof *c);
}
