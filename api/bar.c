/* api/bar.c — the public bar-chart entry point: table + options → file.
 * The facade that wires data, layouts, fonts and render together; the only
 * room besides tests that sees every module (see docs/design.md). */
#include "tujie/tujie.h"

#include <math.h>
#include <string.h>

#include "api/api-private.h"
#include "layouts/alt.h"
#include "layouts/bar.h"

void
tj_bar_options_init(TjBarOptions *opts)
{
    memset(opts, 0, sizeof *opts);
    opts->target = NAN;
}

TjChartData *
tj__api_bar_prepare(const TjTable *table, const TjBarOptions *opts, TjBarSpec *spec,
                    GError **error)
{
    TjChartData *d = tj__api_chart_data(table, opts->x, opts->y, opts->where, error);
    if (!d)
        return NULL;
    tj_bar_spec_init(spec);
    if (opts->width > 0)
        spec->width = opts->width;
    if (opts->height > 0)
        spec->height = opts->height;
    spec->title = opts->title;
    spec->subtitle = opts->subtitle;
    spec->source = opts->source;
    spec->unit = opts->unit;
    spec->horizontal = opts->horizontal;
    spec->stacked = opts->stacked;
    spec->highlight = opts->highlight;
    spec->target = opts->target;
    return d;
}

gboolean
tj_bar_render(const TjTable *table, const TjBarOptions *opts, TjFormat fmt,
              const char *path, const TjOutputOptions *out, GError **error)
{
    g_return_val_if_fail(table && opts && path, FALSE);
    TjApiChart c;
    TjBarSpec spec;
    if (!tj__api_chart_begin(&c, opts->theme, opts->width, opts->height, opts->title, out, error))
        return FALSE;
    c.d = tj__api_bar_prepare(table, opts, &spec, error);
    if (!c.d || !tj_layout_bar(c.scene, c.d, &spec, c.th, tj_fonts_measurer(c.fonts), error)) {
        tj__api_chart_clear(&c);
        return FALSE;
    }
    tj__api_describe(c.scene, tj_alt_bar(c.d, &spec), out);
    return tj__api_chart_finish(&c, fmt, path, out, error);
}
