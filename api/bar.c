/* api/bar.c — the public bar-chart entry point: table + options → file.
 * The facade that wires data, layouts, fonts and render together; the only
 * room besides tests that sees every module (see docs/design.md). */
#include "tujie/tujie.h"

#include <math.h>
#include <string.h>

#include "api/api-private.h"
#include "layouts/bar.h"
#include "layouts/chartdata.h"
#include "layouts/theme.h"
#include "render/render.h"

void
tj_bar_options_init(TjBarOptions *opts)
{
    memset(opts, 0, sizeof *opts);
    opts->target = NAN;
}

gboolean
tj_bar_render(const TjTable *table, const TjBarOptions *opts, TjFormat fmt,
              const char *path, const TjOutputOptions *out, GError **error)
{
    g_return_val_if_fail(table && opts && path, FALSE);
    if (!opts->x || !opts->y) {
        g_set_error(error, TJ_ERROR, TJ_ERROR_USAGE, "bar: --x and --y are required");
        return FALSE;
    }
    const TjTheme *th = tj__api_theme(opts->theme, error);
    if (!th)
        return FALSE;
    double w = opts->width > 0 ? opts->width : 800, h = opts->height > 0 ? opts->height : 500;
    if (!tj__api_check_size(w, h, error))
        return FALSE;

    char **ys = tj__api_split_columns(opts->y);
    GArray *where = tj__api_parse_where(opts->where, error);
    if (!where) {
        g_strfreev(ys);
        return FALSE;
    }
    gboolean ok = FALSE;
    TjFonts *fonts = NULL;
    TjScene *scene = NULL;
    TjChartData *d = tj_chart_data_from_table(table, opts->x, (const char *const *)ys,
                                              g_strv_length(ys), (TjWhere *)where->data,
                                              where->len, NULL, error);
    if (!d)
        goto out;
    fonts = tj_fonts_new(out ? out->fonts_conf : NULL, error);
    if (!fonts)
        goto out;
    TjBarSpec spec;
    tj_bar_spec_init(&spec);
    spec.width = w;
    spec.height = h;
    spec.title = opts->title;
    spec.subtitle = opts->subtitle;
    spec.source = opts->source;
    spec.unit = opts->unit;
    spec.horizontal = opts->horizontal;
    spec.stacked = opts->stacked;
    spec.highlight = opts->highlight;
    spec.target = opts->target;
    scene = tj_scene_new(w, h);
    tj_scene_set_background(scene, th->background);
    tj_scene_set_meta(scene, opts->title, NULL);
    if (!tj_layout_bar(scene, d, &spec, th, tj_fonts_measurer(fonts), error))
        goto out;
    ok = tj_render_file(scene, fonts, fmt, path, out, error);
out:
    tj_scene_free(scene);
    tj_fonts_free(fonts);
    tj_chart_data_free(d);
    g_array_free(where, TRUE);
    g_strfreev(ys);
    return ok;
}
