/* tests/support/phrases.c — see phrases.h. */
#include "support/phrases.h"
#include "core/font.h"
#include "fonts/measure.h"

#include <string.h>

/* The name without its "|" marks into @plain, the byte offsets of the
 * marks (in @plain) into @ok. */
static void
unmark(const char *marked, GString *plain, GArray *ok)
{
    g_string_truncate(plain, 0);
    g_array_set_size(ok, 0);
    for (const char *p = marked; *p; p++) {
        if (*p == '|') {
            gsize off = plain->len;
            g_array_append_val(ok, off);
        } else {
            g_string_append_c(plain, *p);
        }
    }
}

static gboolean
contains(const GArray *a, gsize v)
{
    for (guint i = 0; i < a->len; i++)
        if (g_array_index(a, gsize, i) == v)
            return TRUE;
    return FALSE;
}

/* Scores one name at one width; FALSE when a break is not acceptable. */
static gboolean
score_one(const char *plain, const GArray *ok, double width, TjTextWords words,
          gpointer data, TjtPhraseScore *score, gboolean *wrapped)
{
    TjFontStyle font = { .size = 10 };
    GPtrArray *lines = words ? tj_text_wrap_words(tj_measurer_fake(), plain, &font, width, words, data)
                             : tj_text_wrap_phrases(tj_measurer_fake(), plain, &font, width);
    gboolean good = TRUE;
    gsize off = 0;
    GString *shown = g_string_new(NULL);

    for (guint i = 0; i < lines->len; i++) {
        const char *l = lines->pdata[i];
        off += strlen(l);
        g_string_append(shown, l);
        if (i + 1 == lines->len)
            break;
        g_string_append_c(shown, '|');
        score->breaks++;
        if (contains(ok, off))
            score->good_breaks++;
        else
            good = FALSE;
    }
    *wrapped = lines->len > 1;
    if (!good)
        g_string_append_printf(score->bad, "%4.1f em: %s\n", width / 10, shown->str);
    g_string_free(shown, TRUE);
    g_ptr_array_unref(lines);
    return good;
}

gboolean
tjt_phrase_score(const char *path, TjTextWords words, gpointer data, TjtPhraseScore *score)
{
    char *text = NULL;
    if (!g_file_get_contents(path, &text, NULL, NULL))
        return FALSE;
    memset(score, 0, sizeof *score);
    score->bad = g_string_new(NULL);
    GString *plain = g_string_new(NULL);
    GArray *ok = g_array_new(FALSE, FALSE, sizeof(gsize));
    char **rows = g_strsplit(text, "\n", -1);

    for (char **r = rows; *r; r++) {
        char *name = g_strstrip(*r);
        if (*name == '\0' || *name == '#')
            continue;
        unmark(name, plain, ok);
        gboolean all = TRUE, any = FALSE;
        for (int em = 4; em <= 12; em++) {
            gboolean wrapped = FALSE;
            all &= score_one(plain->str, ok, em * 10.0, words, data, score, &wrapped);
            any |= wrapped;
        }
        score->names += any;
        score->good += any && all;
    }
    g_strfreev(rows);
    g_array_unref(ok);
    g_string_free(plain, TRUE);
    g_free(text);
    return TRUE;
}
