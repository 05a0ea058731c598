/* fonts/fonts-private.h — what fonts/fonts.c shares with fonts/describe.c. */
#ifndef TJ_FONTS_FONTS_PRIVATE_H
#define TJ_FONTS_FONTS_PRIVATE_H

#include <fontconfig/fontconfig.h>
#include "fonts/fonts.h"

/* Called for every glyph of a layout, in visual order: the run's font, the
 * byte offset of the glyph's cluster in the layout's text, and the glyph
 * (PANGO_GLYPH_UNKNOWN_FLAG set for a character no font has). */
typedef void (*TjGlyphFunc)(PangoFont *font, int offset, PangoGlyph glyph,
                            gpointer data);
void tj__fonts_each_glyph(PangoLayout *layout, TjGlyphFunc fn, gpointer data);

/* The code point of an unknown glyph, or 0 when @glyph is a real glyph. */
gunichar tj__fonts_unknown_char(PangoGlyph glyph);

/* (transfer none) the fontconfig configuration in use (never NULL). */
FcConfig *tj__fonts_fc_config(TjFonts *fonts);

/* Appends "“c” U+XXXX" for @c to @out (an escape when not printable). */
void tj__fonts_append_char(GString *out, gunichar c);

#endif
