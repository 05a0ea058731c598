/* extract/after.c — what follows a figure: the noun a classifier binds
 * ("NUM CL NOUN": 安排1000万元专项资金 → 专项资金, or a list of nouns:
 * 99家乡镇、学校、医院 → 乡镇、学校、医院) up to a new clause or a clause
 * mark, and the verb phrase after a count of people
 * (1.9万余人实现就业 → 实现就业). A new clause starts at a predicate or an
 * action verb with something after it, only where that word is not inside
 * a longer word of the sentence (clause.c). */
#include "extract/extract-private.h"

#include <string.h>

#define NAME_SHORTEST 2
#define AFTER_LONGEST 12
#define LIST_LONGEST 16

/* Verbs that also end noun phrases (综合整治, 深度治理): they do not end a
 * noun after a figure. */
gboolean
tj__ex_nominal_verb(const TjExText *t, gsize q, gsize b)
{
    static const char *const nominal[] = { "整治", "治理", "建设", "改造", "提升",
                                           "更新", "保障", "绿化", "检测", "转型",
                                           "实施" };
    for (gsize i = 0; i < G_N_ELEMENTS(nominal); i++) {
        glong n = 0;
        gunichar *w = g_utf8_to_ucs4_fast(nominal[i], -1, &n);
        gboolean yes = q + (gsize)n <= b && memcmp(t->c + q, w, (gsize)n * sizeof(gunichar)) == 0;
        g_free(w);
        if (yes)
            return TRUE;
    }
    return FALSE;
}

/* Does a new clause start at @q (a predicate, or an action verb with
 * something after it)? */
static gboolean
clause_starts(const TjExState *st, gsize q, gsize b)
{
    const TjExText *t = st->t;
    const gunichar *c = t->c;
    gsize n = tj__ex_match(TJ_EX_WORD_PRED, c, q, b, NULL);
    if (n > 0 && !tj__ex_inside_long_word(st, q))
        return TRUE;                       /* not 无 of 义无反顾 */
    n = tj__ex_match(TJ_EX_WORD_VERB, c, q, b, NULL);
    if (n == 0 || q + n >= b || tj__ex_nominal_verb(t, q, b) || tj__ex_inside_long_word(st, q))
        return FALSE;
    gsize r = q + n;
    if (c[r] >= '0' && c[r] <= '9')
        return TRUE;
    if (!tj__ex_is_han(c[r]))
        return FALSE;
    /* 改建工作, 腾退持续推进: the verb ends a noun when a noun of work or
     * another clause follows it */
    static const char *const works[] = { "工作", "工程", "项目", "方案", "任务", "计划" };
    for (gsize i = 0; i < G_N_ELEMENTS(works); i++) {
        glong m = 0;
        gunichar *w = g_utf8_to_ucs4_fast(works[i], -1, &m);
        gboolean yes = r + (gsize)m <= b && memcmp(c + r, w, (gsize)m * sizeof(gunichar)) == 0;
        g_free(w);
        if (yes)
            return FALSE;
    }
    return tj__ex_match(TJ_EX_WORD_PRED, c, r, b, NULL) == 0;
}

/* "NUM CL A、B、C" with nouns after each 、: the list is what the
 * classifier counts (3200名街道干部、社区工作者, 99家乡镇、学校、医院), one
 * figure for all of them. From the 、 at @q: each item runs to the next
 * 、, a new clause or a mark; FOUND with [*s, *e) the whole list when every
 * item is a noun of two characters or more and the clause goes on with a
 * verb or ends; UNSURE when an item runs into a number (each item may
 * have its own: 3所学校、幼儿园2所), is too short or the list too long. */
static TjExAfter
noun_list(const TjExState *st, gsize p, gsize q, gsize *s, gsize *e)
{
    const gunichar *c = st->t->c;
    gsize b = st->b;
    while (q < b && c[q] == 0x3001) {
        gsize r = q + 1;
        if (r >= b || !tj__ex_is_han(c[r]) || clause_starts(st, r, b)
            || tj__ex_match(TJ_EX_WORD_SCOPE, c, r, b, NULL) > 0)
            return TJ_EX_AFTER_UNSURE;
        gsize i = r;
        while (i < b && tj__ex_is_han(c[i]) && !(i > r + 1 && clause_starts(st, i, b)))
            i++;
        if (i < r + NAME_SHORTEST || i - p > LIST_LONGEST)
            return TJ_EX_AFTER_UNSURE;
        q = i;
    }
    if (q < b && !tj__ex_is_han(c[q]) && !tj__ex_is_gap(c[q]))
        return TJ_EX_AFTER_UNSURE;                /* a number, a bracket */
    *s = p;
    *e = q;
    return TJ_EX_AFTER_FOUND;
}

/* The noun after a figure, from @p: up to a new clause, a clause mark or
 * "、" before another number or verb. NONE when nothing noun-like follows;
 * INTO_NUMBER when the words run into the next number (punctuation lost:
 * they may be that number's name); UNSURE for a list or a long run. */
TjExAfter
tj__ex_after_name(const TjExState *st, gsize p, gsize *s, gsize *e)
{
    gsize b = st->b;
    const TjExText *t = st->t;
    const gunichar *c = t->c;
    while (p < b && c[p] == ' ')
        p++;
    if (p >= b || !tj__ex_is_han(c[p]) || clause_starts(st, p, b)
        || tj__ex_match(TJ_EX_WORD_SCOPE, c, p, b, NULL) > 0)
        return TJ_EX_AFTER_NONE;
    gsize q = p;
    while (q < b && q < p + AFTER_LONGEST + 1 && tj__ex_is_han(c[q])) {
        if (q > p + 1 && clause_starts(st, q, b))
            break;
        q++;
    }
    *s = p;
    *e = q;
    if (q < b && c[q] == 0x3001) {
        gboolean verb_next = q + 1 < b && (tj__ex_match(TJ_EX_WORD_VERB, c, q + 1, b, NULL) > 0
                                           || tj__ex_match(TJ_EX_WORD_PRED, c, q + 1, b, NULL) > 0);
        gboolean digit_next = q + 1 < b && c[q + 1] >= '0' && c[q + 1] <= '9';
        if (!verb_next && !digit_next)
            return noun_list(st, p, q, s, e);         /* 街道干部、社区工作者 */
        gsize vn = verb_next ? tj__ex_match(TJ_EX_WORD_VERB, c, q + 1, b, NULL) : 0;
        gsize r = q + 1 + vn;
        if (vn > 0 && !tj__ex_word_start(st, q - 1)
            && (r >= b || tj__ex_is_gap(c[r]) || clause_starts(st, r, b)
                || tj__ex_match(TJ_EX_WORD_VERB, c, r, b, NULL) > 0)) {
            /* 人员分流、转运: a verb with no object of its own after 、 is
             * coordinated with the word before it, a verb too (not with
             * 改建工作、实施4栋…, a new clause) */
            gsize w = q - 1;
            while (w > p && !tj__ex_word_start(st, w))
                w--;
            if (w >= p + NAME_SHORTEST)
                *e = q = w;
        }
    }
    if (q - p > AFTER_LONGEST || q < p + NAME_SHORTEST)
        return TJ_EX_AFTER_UNSURE;
    if (q < b && c[q] >= '0' && c[q] <= '9')
        return TJ_EX_AFTER_INTO_NUMBER;
    return TJ_EX_AFTER_FOUND;
}

/* After a count of people (人, 人次, 名), a verb phrase up to the clause's
 * end or the next clause: 1.9万余人实现就业, 17.5万人次参与冰雪运动. */
gboolean
tj__ex_verb_phrase_after(const TjExState *st, const TjExFigure *f, gsize *s, gsize *e)
{
    static const char *const adverbs[] = { "持续", "积极", "全面", "进一步", "不断",
                                           "稳步", "深入", "加快", "大力", "全部" };
    const gunichar *c = st->t->c;
    const char *w = NULL;
    gsize p = f->full_end, b = st->b;
    if (!g_str_has_suffix(f->unit, "人") && !g_str_has_suffix(f->unit, "人次")
        && !g_str_has_suffix(f->unit, "名"))
        return FALSE;
    gsize n = tj__ex_match(TJ_EX_WORD_VERB, c, p, b, &w);
    if (n < 2)
        n = tj__ex_match(TJ_EX_WORD_PRED, c, p, b, &w);
    if (n < 2 || !tj__ex_whole_word(st, p, n))
        return FALSE;
    for (gsize i = 0; i < G_N_ELEMENTS(adverbs); i++)
        if (strcmp(w, adverbs[i]) == 0)
            return FALSE;
    gsize q = p + n;
    while (q < b && tj__ex_is_han(c[q]) && !clause_starts(st, q, b))
        q++;
    if (q < p + n + 2 || q > p + 8 || (q < b && !tj__ex_is_gap(c[q]) && !clause_starts(st, q, b)))
        return FALSE;
    *s = p;
    *e = q;
    return TRUE;
}
