/* segment/segment.h — where words start in Chinese text, so short text
 * breaks between words ("居民|人均|可支配|收入") rather than inside one.
 *
 * Han runs are cut by a dictionary (jieba's, built in: see
 * scripts/make-segdict.py) into the most probable sequence of words (DAG of
 * dictionary words + dynamic programming, as jieba does, without its HMM for
 * unknown words: an unknown character is a word of its own). A run of
 * ASCII letters and digits ("PM2.5", "5G", "2954.7") is one word, and a
 * number keeps the unit that follows it ("2020年", "2.5万人", "40微克").
 * Any other character (punctuation, space, symbols) is a word of its own.
 *
 * Depends only on the text: no fonts, no locale, no files; the same text
 * always gives the same words. Thread-safe (the dictionary is constant). */
#ifndef TJ_SEGMENT_SEGMENT_H
#define TJ_SEGMENT_SEGMENT_H

#include <glib.h>

/* Byte offsets in @text[0, @len) where a word starts, excluding 0 and @len,
 * ascending. @text must be valid UTF-8 (g_utf8_make_valid).
 * Returns: (transfer full) GArray of gsize; g_array_unref(). */
GArray *tj_segment_words(const char *text, gsize len);

/* @text (valid UTF-8) with each traditional Han character replaced by its
 * simplified form (OpenCC's t2s, character by character: the table the
 * words are looked up through), so that names written either way match
 * the same keywords. Returns: (transfer full) g_free(). */
char *tj_segment_simplified(const char *text);

#endif
