/* fonts/fonts-private.h — what the files of fonts/ share. */
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

/* ---- configurations (fonts/config.c) ---------------------------------- */

/* tujie's own font files in a configuration of their own, built once per
 * process; NULL without the files. Text whose every character the own
 * faces cover is laid out with it, other text with the full chain. */
typedef struct {
    FcConfig *config;
    FcCharSet *cover[2];  /* each weight's characters (the font set's own) */
    int n_cover;
    char *dir;            /* the folder of the files */
} OwnFonts;
const OwnFonts *tj__fonts_own(void);
/* @own's faces under other file names for batch worker @k (from 1),
 * kept for the process (transfer none); NULL for worker 0 (or without
 * @own). */
FcConfig *tj__fonts_config_for_worker(const OwnFonts *own, guint k);
/* Their TrueType copies, for PDF, the same way; NULL without them. */
const OwnFonts *tj__fonts_own_pdf(void);
/* Whether the own faces have every character of @text (line breaks and
 * tabs need none). */
gboolean tj__fonts_own_covers(const OwnFonts *own, const char *text);
/* The configuration of the fonts.conf at @path, shared by the process, with
 * a reference for the caller; NULL and an IO or FONT error when it cannot be
 * loaded or finds no fonts. */
FcConfig *tj__fonts_shared_config(const char *path, GError **error);
/* The full chain without a fonts.conf: a reference to the system
 * configuration (when the own one is fontconfig's current), or NULL for
 * fontconfig's default; the own fonts are added to it either way. */
FcConfig *tj__fonts_default_config(void);

/* Appends "“c” U+XXXX" for @c to @out (an escape when not printable). */
void tj__fonts_append_char(GString *out, gunichar c);

#endif
