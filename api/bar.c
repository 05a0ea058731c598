/* api/bar.c — the public bar-chart entry point: table + options → file.
 * The facade that wires data, layouts, fonts and render together; the only
 * room besides tests that sees every module (see docs/design.md). */
#include "tujie/tujie.h"

#include <math.h>
#include <string.h>

#include "api/api-private.h"
#include "layouts/bar.h"

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
    TjApiChart c;
    if (!tj__api_chart_begin(&c, table, opts->x, opts->y, opts->where, opts->theme,
                             opts->width, opts->height, opts->title, out, error))
        return FALSE;
    TjBarSpec spec;
    tj_bar_spec_init(&spec);
    spec.width = c.width;
    spec.height = c.height;
    spec.title = opts->title;
    spec.subtitle = opts->subtitle;
    spec.source = opts->source;
    spec.unit = opts->unit;
    spec.horizontal = opts->horizontal;
    spec.stacked = opts->stacked;
    spec.highlight = opts->highlight;
    spec.target = opts->target;
    if (!tj_layout_bar(c.scene, c.d, &spec, c.th, tj_fonts_measurer(c.fonts), error)) {
        tj__api_chart_clear(&c);
        return FALSE;
    }
    return tj__api_chart_finish(&c, fmt, path, out, error);
}
