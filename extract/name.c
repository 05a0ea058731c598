/* extract/name.c — the indicator's name of one figure.
 *
 * The name of a figure is looked for, in order:
 *  1. before it, in its clause (when no noun follows): the words from the clause's start (a
 *     punctuation mark or the previous figure) to the figure, without
 *     scope words (全年 全区 其中), achievement verbs at the start (完成
 *     实现), linking words at the end (达到 为 同比) and qualifiers;
 *  2. after it, when a noun follows its unit ("NUM CL NOUN": the classifier
 *     binds the noun after it: "安排1000万元专项资金", "等29项工程建设"):
 *     that noun, up to a predicate (全部 实现 进行 …), a new clause or the
 *     clause's end, or a list of nouns ("3200余名街道干部、社区工作者");
 *     a list running into a number or a long run gives no name
 *     (after.c); after a count of people with nothing before it, the
 *     verb phrase that follows (1.9万余人实现就业);
 *  3. in a parallel clause whose only word is a time (一季度 … 二季度):
 *     the previous name with its time word replaced; after 调整为/增加到
 *     with nothing else before it, the previous figure's name; an elided
 *     subject (elided.c: 累计检测135万人次 → 检测, 新增97家, 增幅).
 * Names after 分别 are made in several.c.
 * When the words before run long, hold a predicate or a clause start
 * without a mark, the figure's own clause is the last one (clause.c).
 * A name is given only when one of these yields 2–16 characters of Han,
 * Latin or digits (20 for a list); otherwise 指标 stays empty with a note saying why
 * (never a guess). Changes and rows are made in rows.c. */
#include "extract/extract-private.h"

#include <string.h>

#define NAME_SHORTEST 2
#define NAME_LONGEST 16
#define LIST_NAME_LONGEST 20

/* Is [s, e) longer than a name may be? A list of names (议案、建议和提案,
 * 组建率、覆盖率) may run to LIST_NAME_LONGEST characters. */
static gboolean
too_long(const TjExText *t, gsize s, gsize e)
{
    if (e <= s + NAME_LONGEST)
        return FALSE;
    for (gsize i = s; i < e; i++)
        if (t->c[i] == 0x3001)                                   /* 、 */
            return e > s + LIST_NAME_LONGEST;
    return TRUE;
}


static gboolean
is_preposition(const char *w)
{
    static const char *const preps[] = { "将", "把", "为", "对", "向", "给", "在", "从",
                                         "由", "按", "面向" };
    for (gsize i = 0; i < G_N_ELEMENTS(preps); i++)
        if (strcmp(w, preps[i]) == 0)
            return TRUE;
    return FALSE;
}

/* After a preposition, "[P NP] VP": the name is the verb phrase, when an
 * action verb with an object follows the noun ("面向社会各界征集意见建议"). */
static void
skip_adjunct(const TjExText *t, gsize *s, gsize e, GString *why)
{
    const char *w = NULL;
    for (gsize i = *s + 1; i + 2 < e; i++) {
        gsize n = tj__ex_match(TJ_EX_WORD_VERB, t->c, i, e, &w);
        if (n > 0 && i + n + 2 <= e) {
            g_string_append_printf(why, "介词短语后从“%s”起；", w);
            *s = i;
            return;
        }
    }
}

/* "5月", "十二月" at @i, followed by a word (5月举办招聘会: when, not
 * what); its length, or 0. */
static gsize
month(const gunichar *c, gsize i, gsize e)
{
    gsize j = i;
    while (j < e && ((c[j] >= '0' && c[j] <= '9')
                     || (c[j] < 0x10000 && g_utf8_strchr("一二三四五六七八九十", -1, c[j]) != NULL)))
        j++;
    if (j == i || j - i > 2 || j + 2 >= e || c[j] != 0x6708 || !tj__ex_is_han(c[j + 1]))   /* 月 */
        return 0;
    return j + 1 - i;
}

/* Strips what is not the name off both ends of [*s, *e). */
void
tj__ex_strip(const TjExState *st, gsize *s, gsize *e, gboolean *cumulative,
      gboolean *several, const char **qual, GString *why)
{
    const TjExText *t = st->t;
    const gunichar *c = t->c;
    const char *w = NULL;
    gboolean again = TRUE;
    while (again && *e > *s) {
        gsize n;
        again = FALSE;
        if (c[*e - 1] == ' ' || c[*e - 1] == 0x4E86) {          /* 了 */
            (*e)--;
            again = TRUE;
        } else if ((n = tj__ex_match_end(TJ_EX_WORD_LINK, c, *s, *e, &w)) > 0
                   || (n = tj__ex_match_end(TJ_EX_WORD_COMPARE, c, *s, *e, &w)) > 0
                   || (n = tj__ex_match_end(TJ_EX_WORD_PREFIX, c, *s, *e, &w)) > 0) {
            if (g_str_has_prefix(w, "累计"))
                *cumulative = TRUE;
            if (g_str_has_prefix(w, "分别"))
                *several = TRUE;
            if (tj__ex_match(TJ_EX_WORD_PREFIX, c, *e - n, *e, NULL) == n && *qual == NULL)
                *qual = w;                        /* 约占三成: 约 qualifies */
            g_string_append_printf(why, "去掉“%s”；", w);
            *e -= n;
            again = TRUE;
        }
    }
    again = TRUE;
    while (again && *s < *e) {
        gsize n;
        again = FALSE;
        if (tj__ex_is_gap(c[*s])) {
            (*s)++;
            again = TRUE;
        } else if ((n = tj__ex_match(TJ_EX_WORD_SCOPE, c, *s, *e, &w)) > 0
                   || (n = tj__ex_match(TJ_EX_WORD_START, c, *s, *e, &w)) > 0) {
            if (!tj__ex_word_start(st, *s + n))
                break;                       /* 在岗职工: not 在 */
            if (strcmp(w, "累计") == 0)
                *cumulative = TRUE;
            g_string_append_printf(why, "去掉“%s”；", w);
            *s += n;
            again = TRUE;
            if (is_preposition(w))
                skip_adjunct(t, s, *e, why);
        } else if (*e >= *s + 5 && c[*s + 4] == 0x5E74 && tj__ex_year_before(t, *s, *s + 5) > 0) {
            *s += 5;                                             /* 2020年 */
            if (*s < *e && c[*s] == 0x5EA6)                      /* 度 */
                (*s)++;
            again = TRUE;
        } else if ((n = month(c, *s, *e)) > 0) {
            g_string_append(why, "去掉月份；");                  /* 5月举办… */
            *s += n;
            again = TRUE;
        }
    }
}

static gboolean
name_chars_ok(const TjExText *t, gsize s, gsize e)
{
    if (e < s + NAME_SHORTEST || too_long(t, s, e))
        return FALSE;
    int han = 0;
    for (gsize i = s; i < e; i++) {
        gunichar ch = t->c[i];
        if (tj__ex_is_stop(ch) || ch == 0xFF0C || ch == ',')
            return FALSE;
        han += tj__ex_is_han(ch);
    }
    return han >= NAME_SHORTEST;
}

/* Inside [s, e): a new clause after a scope word (全区 其中) or an
 * achievement verb (实现 完成) that lost its punctuation; the name starts
 * after the last one when at least two characters are left. */
static gsize
cut_at_starts(const TjExText *t, gsize s, gsize e, gboolean *cumulative, GString *why)
{
    const char *w = NULL;
    if (e < s + NAME_SHORTEST)
        return s;
    for (gsize i = e - NAME_SHORTEST; i > s; i--) {
        gsize n = tj__ex_match(TJ_EX_WORD_START, t->c, i, e, &w);
        if (n == 0 && i + 1 < e && t->c[i] == 0x5168)          /* 全区 全市 … */
            n = tj__ex_match(TJ_EX_WORD_SCOPE, t->c, i, e, &w);
        if (n > 0 && i + n + NAME_SHORTEST <= e) {
            if (strcmp(w, "累计") == 0)
                *cumulative = TRUE;
            g_string_append_printf(why, "从“%s”之后起；", w);
            return i + n;
        }
    }
    return s;
}

/* A degree adverb (更加坚实, 不断提升) makes a predicate: words with one
 * are a clause whose punctuation was lost, not a name. */
static gboolean
has_predicate(const TjExText *t, gsize s, gsize e)
{
    static const gunichar advs[][2] = {
        { 0x66F4, 0x52A0 }, { 0x65E5, 0x76CA }, { 0x4E0D, 0x65AD },
        { 0x663E, 0x8457 }, { 0x660E, 0x663E }, { 0x8FDB, 0x4E00 },
    };                               /* 更加 日益 不断 显著 明显 进一(步) */
    for (gsize i = s; i + 1 < e; i++)
        for (gsize k = 0; k < G_N_ELEMENTS(advs); k++)
            if (t->c[i] == advs[k][0] && t->c[i + 1] == advs[k][1])
                return TRUE;
    return FALSE;
}

/* "连续两年" at the end of a name is when, not what. */
static void
strip_duration(const TjExText *t, gsize s, gsize *e)
{
    const gunichar *c = t->c;
    if (*e < s + 4 || c[*e - 1] != 0x5E74)                      /* 年 */
        return;
    gsize i = *e - 1;
    while (i > s && (tj__ex_is_han(c[i - 1]) && (c[i - 1] == 0x4E24 || c[i - 1] == 0x591A
           || (c[i - 1] >= 0x4E00 && c[i - 1] <= 0x9FFF && c[i - 1] != 0x7EED))))
        if (c[i - 1] == 0x4E24 || c[i - 1] == 0x591A || c[i - 1] == 0x4E00
            || c[i - 1] == 0x4E8C || c[i - 1] == 0x4E09 || c[i - 1] == 0x56DB
            || c[i - 1] == 0x4E94 || c[i - 1] == 0x5341 || c[i - 1] == 0x4E2A)
            i--;
        else
            break;
    if (i >= s + 2 && i < *e - 1 && c[i - 2] == 0x8FDE && c[i - 1] == 0x7EED)  /* 连续 */
        *e = i - 2;
}

/* A name that is only a time (二季度) after a clause named with another
 * (一季度国内生产总值): that clause's name with this time. FALSE when it
 * does not apply. */
static gboolean
parallel_name(TjExState *st, gsize s, gsize e, TjExRow *row)
{
    const TjExText *t = st->t;
    if (tj__ex_match(TJ_EX_WORD_TIME, t->c, s, e, NULL) != e - s || st->timed == NULL)
        return FALSE;
    const char *prev = st->timed->name;
    gunichar *pw = g_utf8_to_ucs4_fast(prev, -1, NULL);
    glong pn = 0;
    for (const gunichar *q = pw; *q; q++)
        pn++;
    gsize ptw = tj__ex_match(TJ_EX_WORD_TIME, pw, 0, (gsize)pn, NULL);
    char *time = tj__ex_text_utf8(t, s, e);
    char *rest = g_ucs4_to_utf8(pw + ptw, pn - (glong)ptw, NULL, NULL, NULL);
    row->name = g_strconcat(time, rest, NULL);
    g_string_append_printf(row->why, "承前句“%s”；", prev);
    g_free(time);
    g_free(rest);
    g_free(pw);
    return TRUE;
}

/* The words @s..@e as the name; a 增幅/增速 or 占… alone takes the name of
 * the figure before it as its subject. */
static void
plain_name(TjExState *st, gsize s, gsize e, TjExRow *row)
{
    const TjExText *t = st->t;
    row->name = tj__ex_text_utf8(t, s, e);
    const char *why = NULL;
    if (tj__ex_property_noun(t, s, e) && st->named != NULL)
        why = "增幅、增速承前一指标；";   /* "…增长6.2%，增幅比上年回落1.4个百分点" */
    else if (t->c[s] == 0x5360 && st->named != NULL)   /* 占 */
        why = "“占”前承前一指标；";   /* "…增长15.2%，占…的比重为31.4%" */
    if (why == NULL)
        return;
    char *full = g_strconcat(st->named->name, row->name, NULL);
    g_free(row->name);
    row->name = full;
    g_string_append(row->why, why);
}

/* Words before the figure whose marks were lost, or that run long or hold
 * a predicate: narrowed to the figure's own clause in *@s, or FALSE with a
 * note in @row. */
static gboolean
settle_doubt(TjExState *st, const TjExFigure *f, gsize *s, gsize e, gboolean marked,
             gboolean after_ok, gboolean *cumulative, TjExRow *row)
{
    const TjExText *t = st->t;
    const char *doubt = NULL;
    GString *cut_why = g_string_new(NULL);
    if (st->tainted && !marked)
        doubt = "前一数字缺单位，指标名不清";
    else if (cut_at_starts(t, *s, e, cumulative, cut_why) > *s)
        doubt = "指标名不清（标点缺失）";    /* "…一级企业实现上缴…" */
    else if (too_long(t, *s, e) || has_predicate(t, *s, e))
        doubt = "指标名不清（前文过长或含谓语）";
    g_string_free(cut_why, TRUE);
    if (doubt == NULL)
        return TRUE;
    /* the figure's own clause is the last one, when one can be told */
    gboolean rate = f->percent || !after_ok;
    gboolean attributive = f->full_end < st->b && t->c[f->full_end] == 0x7684;   /* 的 */
    gsize from = *s;
    if (!tj__ex_last_clause(st, *s, e, rate, attributive, &from, row->why)
        || !name_chars_ok(t, from, e) || has_predicate(t, from, e)
        || cut_at_starts(t, from, e, cumulative, row->why) > from) {
        row->note = g_strdup(doubt);
        return FALSE;
    }
    *s = from;
    return TRUE;
}

/* Names the figure from around it rather than from the words @s..@e
 * before it: the noun after its classifier, the verb phrase after a count
 * of people, the same thing changed (调整为), the verb before a count of
 * people, or the earlier figure a bare verb stands for. TRUE when @row is
 * settled (a name or a note); *@ret then moves past a name taken after
 * the figure. */
static gboolean
name_around(TjExState *st, const TjExFigure *f, gsize pos, gsize s, gsize e, gboolean counted,
            gboolean need_after, gboolean *cumulative, TjExRow *row, gsize *ret)
{
    const TjExText *t = st->t;
    const gunichar *c = t->c;
    const char *link = NULL;
    gsize as = 0, ae = 0;
    TjExAfter after = counted ? tj__ex_after_name(st, f->full_end, &as, &ae) : TJ_EX_AFTER_NONE;
    if ((after == TJ_EX_AFTER_FOUND || (after == TJ_EX_AFTER_INTO_NUMBER && need_after))
        && name_chars_ok(t, as, ae)) {
        /* NUM CL NOUN: the classifier binds the noun after it */
        gsize ln;
        while ((ln = tj__ex_match_end(TJ_EX_WORD_LINK, c, as, ae, NULL)) > 0
               && ae - ln >= as + NAME_SHORTEST)
            ae -= ln;
        row->name = tj__ex_text_utf8(t, as, ae);
        g_string_append(row->why, "量词后的名词是指标；");
        *ret = ae;
        return TRUE;
    }
    if (after == TJ_EX_AFTER_UNSURE && (need_after || too_long(t, s, e))) {
        row->note = g_strdup("数字后的名词不清（并列或过长）");
        return TRUE;
    }
    if (e == s && counted && after == TJ_EX_AFTER_NONE
        && tj__ex_verb_phrase_after(st, f, &as, &ae)) {
        /* 1.9万人实现就业: a count of people names itself by what they did */
        row->name = tj__ex_text_utf8(t, as, ae);
        g_string_append(row->why, "人数后的动词短语是指标；");
        *ret = ae;
        return TRUE;
    }
    if (e == s && st->named != NULL && strcmp(st->named->unit, f->unit) == 0
        && tj__ex_match_end(TJ_EX_WORD_LINK, c, st->lo, pos, &link) >= 2
        && (g_str_has_suffix(link, "为") || g_str_has_suffix(link, "到")
            || g_str_has_suffix(link, "至"))) {
        /* 将177个社区调整为168个: the same thing, changed */
        row->name = g_strdup(st->named->name);
        g_string_append_printf(row->why, "“%s”前后是同一指标；", link);
        return TRUE;
    }
    gsize pv = after == TJ_EX_AFTER_NONE ? tj__ex_people_verb(st, f, s, e, cumulative) : 0;
    if (pv > 0) {
        row->name = tj__ex_text_utf8(t, pv, e);
        g_string_append(row->why, "人数前的动词是指标；");
        return TRUE;
    }
    char *elided = e > s && after == TJ_EX_AFTER_NONE ? tj__ex_elided_count(st, f, s, e) : NULL;
    if (elided != NULL) {
        row->name = elided;
        g_string_append_printf(row->why, "承前一指标“%s”；", st->named->name);
        return TRUE;
    }
    return FALSE;
}

/* The name of a figure at @pos: sets row->name (or a note) and returns
 * the position a later name may start from. */
gsize
tj__ex_find_name(TjExState *st, const TjExFigure *f, gsize pos, gboolean after_ok,
          gboolean *cumulative, TjExRow *row)
{
    const TjExText *t = st->t;
    const gunichar *c = t->c;
    gsize s = st->lo, e = pos, next = f->full_end;
    gboolean marked = FALSE;
    for (gsize i = e; i > s; i--) {
        if (tj__ex_is_clause_mark(c[i - 1])) {
            s = i;
            marked = TRUE;
            break;
        }
    }
    gboolean several = FALSE;
    const char *qual = NULL;
    tj__ex_strip(st, &s, &e, cumulative, &several, &qual, row->why);
    if (qual != NULL && *row->qual == '\0') {
        g_free(row->qual);
        row->qual = g_strdup(qual);
    }
    strip_duration(t, s, &e);
    if (several) {
        row->note = g_strdup("“分别”列出几个指标，请逐个填写");
        return next;
    }
    gsize vend = tj__ex_match_end(TJ_EX_WORD_VERB, c, s, e, NULL);
    gboolean bare = e > s && e - s <= 4
                    && ((vend > 0 && !tj__ex_nominal_verb(t, e - vend, e))
                        || tj__ex_match(TJ_EX_WORD_VERB, c, s, e, NULL) == e - s);
    gboolean list_end = e > s && c[e - 1] == 0x7B49;             /* 等 */
    gboolean counted = after_ok && *f->unit != '\0' && !f->percent;
    gboolean need_after = e == s || bare || list_end;
    gsize around = next;
    if (name_around(st, f, pos, s, e, counted, need_after, cumulative, row, &around))
        return around;
    if (need_after) {
        row->note = g_strdup("未找到指标名");
        return next;
    }
    if (g_utf8_strchr("无的均都已被", -1, c[s]) != NULL && tj__ex_word_start(st, s + 1)) {
        /* 无感染病例: a predicate, not a name */
        row->note = g_strdup("未找到指标名");
        return next;
    }
    if (!settle_doubt(st, f, &s, e, marked, after_ok, cumulative, row))
        return next;
    if (!name_chars_ok(t, s, e)) {
        row->note = g_strdup(too_long(t, s, e) ? "指标名不清（前文过长）" : "未找到指标名");
        return next;
    }
    gsize vn = tj__ex_match(TJ_EX_WORD_VERB, c, s, e, NULL);
    if (vn > 0 && f->full_end < st->b && c[f->full_end] == 0x7684     /* 的 */
        && tj__ex_whole_word(st, s, vn) && !tj__ex_nominal_verb(t, s, e) && e >= s + vn + 2) {
        /* 设立总规模50亿元的基金: the verb acts on the noun after 的 */
        g_string_append(row->why, "“的”前的数字不属动词；");
        s += vn;
    }
    if (!parallel_name(st, s, e, row))
        plain_name(st, s, e, row);
    return next;
}
