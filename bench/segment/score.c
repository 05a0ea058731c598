/* bench/segment/score.c — scores segmenters on the hand-marked indicator
 * names (tests/data/text/indicator-names.txt) through tujie's own phrase
 * wrapper: the same lines, widths and measurer for each; only where words
 * start differs. Results are in docs/text.md.
 *
 *   score tujie                 segment/ (the built-in jieba dictionary)
 *   score chars                 every clreq point (tujie before phrases)
 *   score icu                   ICU's word break iterator (zh)
 *   score show TEXT…            prints segment/'s words of each TEXT
 *   score file:BOUNDS.txt       one line per name: the name with "|" where
 *                               an outside segmenter (BudouX) puts breaks
 * Prints the score and, with -v, every wrap that broke inside a word. */
#include "support/phrases.h"
#include "segment/segment.h"

#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/ustring.h>

static GArray *
every_char(const char *text, gsize len, gpointer data)
{
    (void)data;
    GArray *a = g_array_new(FALSE, FALSE, sizeof(gsize));
    for (const char *p = g_utf8_next_char(text); p < text + len; p = g_utf8_next_char(p)) {
        gsize off = (gsize)(p - text);
        g_array_append_val(a, off);
    }
    return a;
}

static GArray *
icu_words(const char *text, gsize len, gpointer data)
{
    (void)data;
    GArray *a = g_array_new(FALSE, FALSE, sizeof(gsize));
    UErrorCode st = U_ZERO_ERROR;
    glong n16 = 0;
    gunichar2 *u = g_utf8_to_utf16(text, (glong)len, NULL, &n16, NULL);
    UBreakIterator *bi = ubrk_open(UBRK_WORD, "zh", (const UChar *)u, (int32_t)n16, &st);
    if (U_FAILURE(st))
        g_error("ICU: %s", u_errorName(st));
    for (int32_t b = ubrk_next(bi); b != UBRK_DONE && b < n16; b = ubrk_next(bi)) {
        char *pre = g_utf16_to_utf8(u, b, NULL, NULL, NULL);
        gsize off = strlen(pre);
        g_free(pre);
        g_array_append_val(a, off);
    }
    ubrk_close(bi);
    g_free(u);
    return a;
}

/* Word starts from a file of marked names: the line whose unmarked text
 * is @text gives them. */
static GArray *
file_words(const char *text, gsize len, gpointer data)
{
    GHashTable *t = data;
    char *key = g_strndup(text, len);
    GArray *found = g_hash_table_lookup(t, key);
    g_free(key);
    GArray *a = g_array_new(FALSE, FALSE, sizeof(gsize));
    if (found)
        g_array_append_vals(a, found->data, found->len);
    return a;
}

static GHashTable *
load_marks(const char *path)
{
    char *text = NULL;
    if (!g_file_get_contents(path, &text, NULL, NULL))
        g_error("cannot read %s", path);
    GHashTable *t = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
                                          (GDestroyNotify)g_array_unref);
    char **rows = g_strsplit(text, "\n", -1);
    for (char **r = rows; *r; r++) {
        if (**r == '\0')
            continue;
        GString *plain = g_string_new(NULL);
        GArray *a = g_array_new(FALSE, FALSE, sizeof(gsize));
        for (const char *p = *r; *p; p++) {
            if (*p == '|') {
                gsize off = plain->len;
                g_array_append_val(a, off);
            } else {
                g_string_append_c(plain, *p);
            }
        }
        g_hash_table_replace(t, g_string_free(plain, FALSE), a);
    }
    g_strfreev(rows);
    g_free(text);
    return t;
}

int
main(int argc, char **argv)
{
    gboolean verbose = argc > 2 && strcmp(argv[2], "-v") == 0;
    const char *which = argc > 1 ? argv[1] : "tujie";
    const char *names = g_getenv("NAMES") ? g_getenv("NAMES") : "tests/data/text/indicator-names.txt";
    TjTextWords words = NULL;

    if (strcmp(which, "show") == 0) {  /* segment/'s words of each argument */
        for (int i = 2; i < argc; i++) {
            GArray *w = tj_segment_words(argv[i], strlen(argv[i]));
            gsize from = 0;
            for (guint k = 0; k <= w->len; k++) {
                gsize to = k < w->len ? g_array_index(w, gsize, k) : strlen(argv[i]);
                g_print("%.*s%s", (int)(to - from), argv[i] + from, k < w->len ? "/" : "\n");
                from = to;
            }
            g_array_unref(w);
        }
        return 0;
    }
    gpointer data = NULL;

    if (strcmp(which, "chars") == 0)
        words = every_char;
    else if (strcmp(which, "icu") == 0)
        words = icu_words;
    else if (g_str_has_prefix(which, "file:")) {
        words = file_words;
        data = load_marks(which + 5);
    } else if (strcmp(which, "tujie") != 0) {
        g_printerr("usage: score tujie|chars|icu|file:BOUNDS.txt [-v]\n");
        return 2;
    }
    TjtPhraseScore s;
    if (!tjt_phrase_score(names, words, data, &s))
        g_error("cannot read %s", names);
    g_print("%-8s names %u/%u = %.1f %%   breaks %u/%u = %.1f %%\n", which, s.good, s.names,
            100.0 * s.good / MAX(s.names, 1), s.good_breaks, s.breaks,
            100.0 * s.good_breaks / MAX(s.breaks, 1));
    if (verbose)
        g_print("%s", s.bad->str);
    g_string_free(s.bad, TRUE);
    return 0;
}
