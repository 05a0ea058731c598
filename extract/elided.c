/* extract/elided.c — names a sentence leaves to what came before: a
 * count of people after the verb that acts on them (累计培训2.6万人次 →
 * 培训), a count after a bare 新增/增加/减少 in the clause after a figure
 * of the same unit (规模以上工业企业达到1126家，新增97家 → 新增规模以上
 * 工业企业), and 增幅/增速 right after a figure's clause (…增长6.2%，增幅
 * 比上年回落1.4个百分点 → 规模以上工业增加值增幅). Each restores only a
 * subject the text makes certain: the same unit, the same sentence, the
 * previous named figure. */
#include "extract/extract-private.h"

#include <string.h>

/* A count of people right after a verb that opens its clause (累计检测135万
 * 人次, 抽调3980人次充实…): the people are what the verb acts on, so the
 * verb alone names the count. Not 新增 or a change verb (新增1200人: added
 * to what?). The verb's start, or 0. */
gsize
tj__ex_people_verb(const TjExState *st, const TjExFigure *f, gsize s, gsize e,
                   gboolean *cumulative)
{
    const gunichar *c = st->t->c;
    const char *w = NULL;
    if (!g_str_has_suffix(f->unit, "人") && !g_str_has_suffix(f->unit, "人次"))
        return 0;
    gsize n = tj__ex_match_end(TJ_EX_WORD_VERB, c, s, e, &w);
    if (n < 2 || !tj__ex_whole_word(st, e - n, n) || g_str_has_prefix(w, "新")
        || tj__ex_match(TJ_EX_WORD_UP, c, e - n, e, NULL) == n
        || tj__ex_match(TJ_EX_WORD_DOWN, c, e - n, e, NULL) == n)
        return 0;
    gsize v = e - n;
    if (v == s)
        return v;
    if (tj__ex_match_end(TJ_EX_WORD_START, c, s, v, &w) == 0
        && tj__ex_match_end(TJ_EX_WORD_SCOPE, c, s, v, &w) == 0)
        return 0;
    if (strcmp(w, "累计") == 0)
        *cumulative = TRUE;
    return v;
}

char *
tj__ex_elided_count(const TjExState *st, const TjExFigure *f, gsize s, gsize e)
{
    const gunichar *c = st->t->c;
    const TjExRow *prev = st->named;
    if (prev == NULL || *prev->value == '\0' || strcmp(prev->unit, f->unit) != 0
        || *f->unit == '\0' || f->percent)
        return NULL;
    gboolean change = tj__ex_match(TJ_EX_WORD_UP, c, s, e, NULL) == e - s
                      || tj__ex_match(TJ_EX_WORD_DOWN, c, s, e, NULL) == e - s;
    gboolean added = e == s + 2 && (c[s] == 0x65B0 || c[s] == 0x51C0) && c[s + 1] == 0x589E;
    if ((!change && !added) || e < s + 2 || !tj__ex_whole_word(st, s, e - s))
        return NULL;                                             /* 新增 净增 */
    char *verb = tj__ex_text_utf8(st->t, s, e);
    if (g_str_has_prefix(prev->name, verb)) {
        g_free(verb);
        return NULL;
    }
    char *name = g_strconcat(verb, prev->name, NULL);
    g_free(verb);
    return name;
}

gboolean
tj__ex_property_noun(const TjExText *t, gsize s, gsize e)
{
    static const char *const props[] = { "增幅", "增速", "涨幅", "降幅" };
    for (gsize i = 0; i < G_N_ELEMENTS(props); i++) {
        char *w = tj__ex_text_utf8(t, s, e);
        gboolean yes = strcmp(w, props[i]) == 0;
        g_free(w);
        if (yes)
            return TRUE;
    }
    return FALSE;
}
