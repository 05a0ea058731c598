/* extract/clause.c — word boundaries of a sentence (segment/'s dictionary
 * segmentation) and the last clause of a run of words that lost its
 * punctuation.
 *
 * Every word a name rule matches (a scope word, a verb, a predicate, a
 * linking word) counts only where it is a whole word of the sentence: 无
 * inside 义无反顾, 为 inside 行为, 覆盖 inside 覆盖率 are not words there.
 * A name never starts or ends inside a word.
 *
 * A web copy, or a long sentence, leaves several clauses before a figure
 * with no mark between them ("…示范城市创建抽检合格率不低于98.5%",
 * "…若干措施等政策签约招商平台41家"). The figure's own clause is the last
 * one: it starts at the last word that opens a clause — an action verb
 * (the name starts with it when the figure counts what the verb acts on:
 * 签约招商平台 41 家; after it for a rate, which names no action), or a
 * predicate, an achievement verb or a scope word (the name starts after
 * it). A list closed by 等 and a count (等三支) ends before the name. */
#include "extract/extract-private.h"
#include "segment/segment.h"

#include <string.h>

guint8 *
tj__ex_words(const TjExText *t, gsize a, gsize b)
{
    guint8 *wb = g_new0(guint8, b - a + 1);
    char *s = tj__ex_text_utf8(t, a, b);
    gsize len = strlen(s);
    GArray *starts = tj_segment_words(s, len);
    /* byte offset → character index */
    guint k = 0;
    gsize i = 0;
    for (const char *p = s; *p != '\0' && k < starts->len; p = g_utf8_next_char(p), i++) {
        gsize off = (gsize)(p - s);
        while (k < starts->len && g_array_index(starts, gsize, k) < off)
            k++;
        if (k < starts->len && g_array_index(starts, gsize, k) == off)
            wb[i] = 1;
    }
    wb[0] = 1;
    wb[b - a] = 1;
    g_array_unref(starts);
    g_free(s);
    return wb;
}

gboolean
tj__ex_word_start(const TjExState *st, gsize i)
{
    if (st->wb == NULL || i <= st->a || i >= st->b)
        return TRUE;
    return st->wb[i - st->a] != 0;
}

gboolean
tj__ex_inside_long_word(const TjExState *st, gsize i)
{
    if (tj__ex_word_start(st, i))
        return FALSE;
    gsize a = i, b = i + 1;
    while (!tj__ex_word_start(st, a))
        a--;
    while (!tj__ex_word_start(st, b))
        b++;
    return b - a >= 4;
}

gboolean
tj__ex_whole_word(const TjExState *st, gsize i, gsize n)
{
    return n > 0 && tj__ex_word_start(st, i) && tj__ex_word_start(st, i + n);
}

/* A word of one character standing alone before @i ("改|扩建"): the
 * segmenter could not join it to the verb, but it belongs to it
 * (function words excepted). */
static gboolean
lone_char_before(const TjExState *st, gsize s, gsize i)
{
    static const char function_words[] = "的和与及并在将把为对向从由了已也又均都共";
    gunichar ch = st->t->c[i - 1];
    return i >= s + 1 && tj__ex_is_han(ch) && tj__ex_word_start(st, i - 1)
           && g_utf8_strchr(function_words, -1, ch) == NULL;
}

/* A count written in Chinese numerals with its classifier at @i (三支,
 * 两个); its length, or 0. */
static gsize
chinese_count(const gunichar *c, gsize i, gsize e)
{
    static const char digits[] = "一二两三四五六七八九十百几多";
    gsize j = i;
    while (j < e && g_utf8_strchr(digits, -1, c[j]) != NULL)
        j++;
    return j > i && j < e && tj__ex_is_han(c[j]) ? j + 1 - i : 0;
}

gboolean
tj__ex_last_clause(const TjExState *st, gsize s, gsize e, gboolean rate,
                   gboolean attributive, gsize *from, GString *why)
{
    const gunichar *c = st->t->c;
    const char *w = NULL;
    for (gsize i = e - 1; i + 1 > s; i--) {
        gsize n;
        if (c[i] == 0x7B49) {                                   /* 等 */
            n = chinese_count(c, i + 1, e);
            if (n == 0 || i + 1 + n + 2 > e)
                return FALSE;         /* 商超等公共场所: the list is the name */
            g_string_append(why, "“等”列举之后起；");
            *from = i + 1 + n;
            return TRUE;
        }
        if (!tj__ex_word_start(st, i))
            continue;
        n = tj__ex_match(TJ_EX_WORD_VERB, c, i, e, &w);
        if (n > 0 && tj__ex_whole_word(st, i, n) && !tj__ex_nominal_verb(st->t, i, e)) {
            gboolean keep = !rate && !attributive;
            if (e < i + n + 2)
                return FALSE;
            g_string_append_printf(why, keep ? "从动词“%s”起；" : "从“%s”之后起；", w);
            /* 改|扩建: a lone character before the verb is part of it */
            *from = keep ? (i > s && lone_char_before(st, s, i) ? i - 1 : i) : i + n;
            return TRUE;
        }
        if (i == s)
            break;
        if ((n = tj__ex_match(TJ_EX_WORD_PRED, c, i, e, &w)) == 0
            && (n = tj__ex_match(TJ_EX_WORD_START, c, i, e, &w)) == 0
            && (c[i] != 0x5168 || (n = tj__ex_match(TJ_EX_WORD_SCOPE, c, i, e, &w)) == 0))
            continue;
        if (!tj__ex_whole_word(st, i, n) || e < i + n + 2)
            continue;
        g_string_append_printf(why, "从“%s”之后起；", w);
        *from = i + n;
        return TRUE;
    }
    return FALSE;
}
