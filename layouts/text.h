/* layouts/text.h — fitting Chinese text into a width: line breaking by the
 * W3C clreq rules (no line starts with 。，、：；！？）」』》etc., none ends
 * with （「『《 etc.; Latin words and numbers with their unit are not split),
 * and shortening with an ellipsis. Pure: measures through a TjMeasurer. */
#ifndef TJ_LAYOUTS_TEXT_H
#define TJ_LAYOUTS_TEXT_H

#include <glib.h>
#include "core/error.h"
#include "fonts/measure.h"

/* The longest text a layout takes for one title, label or paragraph, in
 * characters: beyond it a chart or page fails (TJ_ERROR_LIMIT) instead of
 * spending minutes wrapping and measuring. */
#define TJ_TEXT_MAX_CHARS 4096

/* Breaks @text into lines no wider than @max_width (a single unbreakable
 * run wider than that stays on its own line). Explicit '\n' breaks too.
 * Returns: (transfer full) array of g_strdup'd lines (element free func
 * set); g_ptr_array_unref(). */
GPtrArray *tj_text_wrap(const TjMeasurer *m, const char *text,
                        const TjFontStyle *font, double max_width);

/* Breaks short text (a label, title, legend, series name, note) into lines
 * no wider than @max_width, only between words (segment/) where clreq
 * allows, with the lines as even as they can be: the fewest lines, then
 * the most balanced. A word wider than @max_width breaks inside (at a
 * clreq point) as a last resort; an unbreakable run wider than that stays
 * whole on its own line. Explicit '\n' breaks too. Segmentation depends
 * only on the text, never on the font or measurer.
 * Returns: (transfer full) as tj_text_wrap(). */
GPtrArray *tj_text_wrap_phrases(const TjMeasurer *m, const char *text,
                                const TjFontStyle *font, double max_width);

/* @text in at most @max_lines lines of @max_width (tj_text_wrap_phrases);
 * only when it needs more is the last line the rest of the text, shortened
 * with "…" (tj_text_shorten), and *@shortened (may be NULL) TRUE.
 * Returns: (transfer full) as tj_text_wrap(). */
GPtrArray *tj_text_fit_lines(const TjMeasurer *m, const char *text,
                             const TjFontStyle *font, double max_width,
                             guint max_lines, gboolean *shortened);

/* Word starts of @text[0, @len): ascending byte offsets, excluding 0 and
 * @len. (transfer full) GArray of gsize. */
typedef GArray *(*TjTextWords)(const char *text, gsize len, gpointer data);

/* tj_text_wrap_phrases() with the words given by @words instead of
 * segment/ (how bench/segment compares segmenters). */
GPtrArray *tj_text_wrap_words(const TjMeasurer *m, const char *text,
                              const TjFontStyle *font, double max_width,
                              TjTextWords words, gpointer data);

/* @text itself when it fits, else its longest prefix that fits followed by
 * "…". Returns: (transfer full) g_free(). */
char *tj_text_shorten(const TjMeasurer *m, const char *text,
                      const TjFontStyle *font, double max_width);

/* FALSE with a TJ_ERROR_LIMIT error at @loc (may be NULL) when a text is
 * longer than TJ_TEXT_MAX_CHARS characters. The arguments after @error are
 * pairs (const char *what, const char *text), ended by a NULL what; NULL
 * texts are skipped. @what names the text in the message ("title"). */
gboolean tj_text_check_lengths(const TjSrcLoc *loc, GError **error, ...) G_GNUC_NULL_TERMINATED;

/* Width of the widest of @n strings. */
double tj_text_max_width(const TjMeasurer *m, const char *const *texts, guint n,
                         const TjFontStyle *font);

#endif
