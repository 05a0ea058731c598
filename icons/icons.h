/* icons/icons.h — the built-in icons: the outlines of an icon font with a
 * free licence (Material Icons, Apache-2.0, from Debian's
 * fonts-material-design-icons-iconfont), found by their English name
 * ("school") or a Chinese keyword ("学校"), handed to layouts as plain
 * vector outlines (TjIconShape) so that SVG and PDF get paths, not a
 * picture, and layouts stay pure. The font file is read with FreeType once
 * per process; nothing here draws. */
#ifndef TJ_ICONS_ICONS_H
#define TJ_ICONS_ICONS_H

#include <glib.h>
#include "core/error.h"
#include "icons/shape.h"

/* The font file: $TJ_ICON_FONT when set, else Debian's path. */
#define TJ_ICON_FONT_DEFAULT \
    "/usr/share/fonts/truetype/material-design-icons-iconfont/MaterialIcons-Regular.ttf"

/* The font file the icons are read from: $TJ_ICON_FONT, else
 * TJ_ICON_FONT_DEFAULT. (transfer none) */
const char *tj_icon_font_path(void);
/* The icon's name for @word: an icon's own name ("school") or a Chinese
 * keyword of the keyword table ("学校"); NULL when neither.
 * (transfer none) static. */
const char *tj_icon_resolve(const char *word);
/* The icon names nearest to @word (a name or a keyword), for "did you
 * mean"; NULL when none is near. (transfer none) static. */
const char *tj_icon_suggest(const char *word);
/* The Chinese keywords of icon @name joined with "、", or NULL.
 * (transfer full) g_free(). */
char *tj_icon_keywords(const char *name);
/* The icon names (sorted) whose name or keywords contain @word (NULL or "":
 * every icon the font can draw). (transfer full) g_ptr_array_unref();
 * its strings are static. */
GPtrArray *tj_icon_search(const char *word);

/* The outline of the icon @word names (resolved as above), in a 1 × 1 box
 * (the font's 24-unit design grid), y down. Errors: TJ_ERROR_INPUT for an
 * unknown name (with a suggestion), TJ_ERROR_FONT when the font is missing
 * or has no such glyph. (transfer full) tj_icon_shape_free(). */
TjIconShape *tj_icon_load(const char *word, GError **error);

/* The outline as a standalone SVG document (black on transparent, the
 * icon's box as its viewBox), for places that take a picture (kpi tiles).
 * (transfer full) g_bytes_unref(). */
GBytes *tj_icon_shape_svg(const TjIconShape *shape);

#endif
