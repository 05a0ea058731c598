/* api/api-private.h — option parsing shared by the public entry points. */
#ifndef TJ_API_PRIVATE_H
#define TJ_API_PRIVATE_H

#include <glib.h>
#include "layouts/theme.h"

/* The built-in theme @name (NULL: gov-red) or a USAGE error listing them. */
const TjTheme *tj__api_theme(const char *name, GError **error);
/* "a,b，c" → {"a","b","c"} trimmed. (transfer full) g_strfreev(). */
char **tj__api_split_columns(const char *list);
/* "COL=VALUE;COL2=VALUE2" (NULL: none) → GArray of TjWhere owning copies
 * of the names and values (freed with the array: g_array_free(a, TRUE));
 * USAGE error when an item has no '='. (transfer full) */
GArray *tj__api_parse_where(const char *where, GError **error);
/* Refuses non-positive or absurd chart sizes (px at scale 1). */
gboolean tj__api_check_size(double w, double h, GError **error);



#include "fonts/fonts.h"
#include "layouts/chartdata.h"
#include "scene/scene.h"
#include "layouts/bar.h"
#include "layouts/trend.h"

/* The calling thread's TjFonts for @out's font configuration: the one the
 * thread's previous chart gave back, else a new one (a cold font map and
 * glyph caches are a large share of a chart through the public API; tujie
 * batch keeps one per worker the same way). (transfer full) give it back
 * with tj__api_fonts_give(), which keeps it for the thread's next chart. */
TjFonts *tj__api_fonts_take(const TjOutputOptions *out, GError **error);
void tj__api_fonts_give(TjFonts *fonts);

/* What every chart entry point sets up: theme, fonts, an empty scene of
 * the chart's size (and the data, which the caller picks). */
typedef struct {
    const TjTheme *th;
    TjChartData *d;
    TjFonts *fonts;
    TjScene *scene;
    double width, height;
} TjApiChart;

gboolean tj__api_chart_begin(TjApiChart *c, const char *theme, double width,
                             double height, const char *title,
                             const TjOutputOptions *out, GError **error);
/* Renders the scene to @path; frees everything (also on failure). */
gboolean tj__api_chart_finish(TjApiChart *c, TjFormat fmt, const char *path,
                              const TjOutputOptions *out, GError **error);
void tj__api_chart_clear(TjApiChart *c);

/* Describes the chart laid out into @s (its first group, and the scene):
 * @out->alt_text when given, else @generated. Takes @generated. */
void tj__api_describe(TjScene *s, char *generated, const TjOutputOptions *out);

/* Chart data of columns @x and @y ("a,b") of rows picked by @where. */
TjChartData *tj__api_chart_data(const TjTable *t, const char *x, const char *y,
                                const char *where, GError **error);

/* Options → layout spec and data, for a file or a page block. */
TjChartData *tj__api_bar_prepare(const TjTable *t, const TjBarOptions *o,
                                 TjBarSpec *spec, GError **error);
TjChartData *tj__api_trend_prepare(const TjTable *t, const TjTrendOptions *o,
                                   TjTrendSpec *spec, GError **error);
#endif
