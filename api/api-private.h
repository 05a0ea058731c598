/* api/api-private.h — what the public entry points share: options, the
 * fonts of a call, a chart's scene and its description. */
#ifndef TJ_API_PRIVATE_H
#define TJ_API_PRIVATE_H

#include <glib.h>
#include "core/diag.h"
#include "fonts/fonts.h"
#include "layouts/theme.h"
#include "scene/scene.h"

/* The built-in theme @name (NULL: gov-red) or a USAGE error listing them. */
const TjTheme *tj__api_theme(const char *name, GError **error);
/* "COL=VALUE;COL2=VALUE2" (NULL: none) → GArray of TjWhere owning copies
 * of the names and values (freed with the array: g_array_free(a, TRUE));
 * USAGE error when an item has no '='. (transfer full) */
GArray *tj__api_parse_where(const char *where, GError **error);
/* Refuses non-positive or absurd chart sizes (px at scale 1). */
gboolean tj__api_check_size(double w, double h, GError **error);

/* The fonts of a call: its context's (out->context), else new ones for
 * out->fonts_conf. Give them back with tj__api_fonts_give() and the same
 * @out: a context's are kept for its next call, others freed. */
TjFonts *tj__api_fonts_take(const TjOutputOptions *out, GError **error);
void tj__api_fonts_give(const TjOutputOptions *out, TjFonts *fonts);

/* Describes the chart laid out into @s (its first group, and the scene):
 * @out->alt_text when given, else @generated. Takes @generated. */
void tj__api_describe(TjScene *s, char *generated, const TjOutputOptions *out);

/* Draws @scene onto @cr (state kept), after the glyph check. */
gboolean tj__api_scene_draw(const TjScene *scene, TjFonts *fonts, cairo_t *cr,
                            const TjOutputOptions *out, GError **error);
/* @scene as PNG, SVG or PDF bytes. (transfer full) @bytes */
gboolean tj__api_scene_bytes(const TjScene *scene, TjFonts *fonts, TjFormat fmt,
                             const TjOutputOptions *out, GBytes **bytes, GError **error);

/* Binds @kind's options @opts (a node map, not taken) to @table and lays
 * the chart out at @width × @height (0: the kind's default) with @theme:
 * the scene and the fonts it was measured with (give them back with
 * tj__api_fonts_give()). */
typedef struct TjNode TjNode;
gboolean tj__api_chart_lay_out(const char *kind, const TjTable *table, const TjNode *opts,
                               const char *theme, double width, double height,
                               const TjOutputOptions *out, TjScene **scene, TjFonts **fonts,
                               GError **error);
#endif
