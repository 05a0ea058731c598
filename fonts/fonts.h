/* fonts/fonts.h — font set-up, measuring, drawing layouts, tofu detection.
 * One TjFonts holds a private fontconfig configuration, a pango font map and
 * context (language zh-cn, hint metrics off, no hinting) and the family chain
 * "Noto Sans CJK SC, DejaVu Sans, Noto Color Emoji, HanaMinA, HanaMinB".
 * Measuring and drawing share tj_fonts_layout(), so PNG, SVG and PDF agree.
 * A TjFonts is not thread-safe: one per worker. */
#ifndef TJ_FONTS_FONTS_H
#define TJ_FONTS_FONTS_H

#include <glib.h>
#include <pango/pango.h>
#include "core/font.h"
#include "fonts/measure.h"

typedef struct TjFonts TjFonts;

/* The family chain, most preferred first (a PangoFontDescription list).
 * "Tujie Sans CJK SC" is Noto Sans CJK SC without CFF subroutines, built by
 * scripts/make-fonts.py (cairo 1.16 drops glyphs when it subsets the
 * subroutines of the original for PDF); where it is not installed, the
 * original takes its place. */
#define TJ_FONTS_FAMILIES \
    "Tujie Sans CJK SC,Noto Sans CJK SC,DejaVu Sans,Noto Color Emoji,HanaMinA,HanaMinB"

/* Folders searched for tujie's own fonts, in order: $TJ_FONT_DIR, else
 * $TJ_DATA_DIR/fonts (either, when set, is the only one), else the build
 * tree's for a program of the build tree, else MODULE_DIR/../share/tujie/
 * fonts of the installed program or library (core/datadir.h), else the
 * installed prefix's. The first that holds them is added to every font
 * configuration. Returns: (transfer none) or NULL. */
const char *tj_fonts_own_dir(void);
/* The folder of their TrueType copies, for PDF: the own one's name with
 * "-truetype"; NULL when they were not built. (transfer none) */
const char *tj_fonts_truetype_dir(void);

/* @fonts_conf: a fontconfig file to use instead of the system's; NULL uses
 * $TJ_FONTS_CONF when set, else the system configuration. A file is parsed
 * once per process and kept (TjFonts of the same file share it).
 * Errors: TJ_ERROR_IO when the file is missing or does not parse,
 * TJ_ERROR_FONT when it finds no fonts.
 * Returns: (transfer full) free with tj_fonts_free(), or NULL with @error. */
TjFonts *tj_fonts_new(const char *fonts_conf, GError **error);
/* Draws with @family (a family name or a comma list, as a theme's `font:`
 * gives it) before tujie's own chain, until set again; NULL: the chain
 * alone. A family the configuration does not have is a FONT error (nothing
 * changes). Text is then laid out with the full configuration. */
gboolean tj_fonts_set_family(TjFonts *fonts, const char *family, GError **error);
/* As tj_fonts_new, for worker @worker (from 0) of a batch: each worker
 * draws tujie's own faces from faces of its own (fonts/config.c). */
TjFonts *tj_fonts_new_for_worker(const char *fonts_conf, guint worker, GError **error);
void tj_fonts_free(TjFonts *fonts);
/* The families tj_fonts_set_family() put first, or NULL. (transfer none) */
const char *tj_fonts_family(const TjFonts *fonts);

/* Returns: (transfer none) a measurer valid while @fonts lives. */
const TjMeasurer *tj_fonts_measurer(TjFonts *fonts);

/* The one function that builds a layout for a string, for measuring and for
 * drawing. Returns: (transfer full) g_object_unref(). */
PangoLayout *tj_fonts_layout(TjFonts *fonts, const char *text,
                             const TjFontStyle *font);

/* For a PDF: layouts made while @pdf is TRUE take tujie's own faces from
 * their TrueType copies (scripts/make-truetype.py: the same glyphs,
 * advances and layout tables, so the same positions as measured). cairo
 * subsets a TrueType face by reading only the glyphs used, where it copies
 * and parses the whole CFF face for each document. No change without the
 * copies. */
void tj_fonts_set_pdf(TjFonts *fonts, gboolean pdf);
/* Whether a PDF can be written with tujie's own fonts (their TrueType
 * copies or the faces themselves). Without them the system's Noto Sans CJK
 * would be embedded, which cairo 1.16 subsets with glyphs missing: a PDF
 * writer calls this first and writes nothing when it fails.
 * Errors: TJ_ERROR_FONT, saying what to install or set. */
gboolean tj_fonts_pdf_ready(GError **error);

/* Logical width and height of @layout and its first baseline, in px (user
 * units of the layout's context). Measuring and drawing both use this. */
void tj_fonts_layout_extents(PangoLayout *layout, TjTextExtents *out);

/* The fontconfig file in use. Returns: (transfer none) NULL when the
 * system configuration is used. */
const char *tj_fonts_config_file(const TjFonts *fonts);

/* How many layouts the measurer has shaped (cache misses); for tests. */
guint tj_fonts_n_shaped(const TjFonts *fonts);

/* Characters of @text that no font in the chain can draw. Returns: (transfer
 * full) NULL when all have glyphs, else a message such as
 * "“𪚥” U+2A6A5, “\u{E000}” U+E000" to g_free(). */
char *tj_fonts_missing(TjFonts *fonts, const char *text);

/* A human report of the chain: which family and file draws each character of
 * @text (or of a sample). Returns: (transfer full) g_free(). */
char *tj_fonts_describe(TjFonts *fonts, const char *text);

#endif
