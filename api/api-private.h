/* api/api-private.h — what the public entry points share: options, the
 * fonts kept per thread, a chart's scene and its description. */
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

/* The calling thread's TjFonts for @out's font configuration: the one the
 * thread's previous chart gave back, else a new one (a cold font map and
 * glyph caches are costly; tujie batch keeps one per worker the same way).
 * (transfer full) give it back with tj__api_fonts_give(), which keeps it
 * for the thread's next chart. */
TjFonts *tj__api_fonts_take(const TjOutputOptions *out, GError **error);
void tj__api_fonts_give(TjFonts *fonts);

/* Describes the chart laid out into @s (its first group, and the scene):
 * @out->alt_text when given, else @generated. Takes @generated. */
void tj__api_describe(TjScene *s, char *generated, const TjOutputOptions *out);

#endif
