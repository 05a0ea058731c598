/* tests/support/phrases.h — scoring a line breaker on the hand-marked
 * indicator names of tests/data/text/indicator-names.txt (the marking rule
 * is at the top of that file). Used by tests/unit/test-phrases.c and
 * bench/segment/score.c. */
#ifndef TJ_TESTS_PHRASES_H
#define TJ_TESTS_PHRASES_H

#include <glib.h>
#include "layouts/text.h"

typedef struct {
    guint names;      /* names that wrap at one of the widths at least */
    guint good;       /* of those, names whose every break is acceptable */
    guint breaks;     /* breaks made, over all names and widths */
    guint good_breaks;
    GString *bad;     /* one line per bad wrap: "W em: 居民人均可支|配收入" */
} TjtPhraseScore;

/* Wraps every name of @path with @words (NULL: segment/, through
 * tj_text_wrap_phrases) and the fake measurer at 10 px, at widths of 4 to
 * 12 em, and counts the breaks that fall on a "|" of the name.
 * @score->bad is (transfer full) g_string_free(). FALSE when @path cannot
 * be read. */
gboolean tjt_phrase_score(const char *path, TjTextWords words, gpointer data,
                          TjtPhraseScore *score);

#endif
