/* layouts/text-private.h — what layouts/text.c shares with
 * layouts/text-phrase.c: clreq break points and measured line widths. */
#ifndef TJ_LAYOUTS_TEXT_PRIVATE_H
#define TJ_LAYOUTS_TEXT_PRIVATE_H

#include <glib.h>
#include "fonts/measure.h"

/* Byte offsets in @p[0, @len) where clreq allows a break, then @len.
 * (transfer full) GArray of gsize. */
GArray *tj__text_break_points(const char *p, gsize len);

/* Width of @p[@start, @b) without its trailing spaces. */
double tj__text_line_width(const TjMeasurer *m, const char *p, gsize start, gsize b,
                           const TjFontStyle *font);

/* @w <= @max_width, allowing for rounding. */
gboolean tj__text_fits(double w, double max_width);

/* Appends @p[@start, @end) without its trailing spaces to @lines. */
void tj__text_emit(GPtrArray *lines, const char *p, gsize start, gsize end);

/* The first offset from @pos on that is not a space or tab (or @end). */
gsize tj__text_skip_spaces(const char *p, gsize pos, gsize end);

#endif
