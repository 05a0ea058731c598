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
 *     clause's end; a list ("3200余名街道干部、社区工作者") or a long run
 *     gives no name;
 *  3. in a parallel clause whose only word is a time (一季度 … 二季度):
 *     the previous name with its time word replaced.
 * A name is given only when one of these yields 2–16 characters of Han,
 * Latin or digits; otherwise 指标 stays empty with a note saying why
 * (never a guess). Changes and rows are made in rows.c. */
#include "extract/extract-private.h"

#include <string.h>

#define NAME_SHORTEST 2
#define NAME_LONGEST 16
#define AFTER_MAX 12


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

/* Strips what is not the name off both ends of [*s, *e). */
static void
strip(const TjExState *st, gsize *s, gsize *e, gboolean *cumulative,
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
        }
    }
}

static gboolean
name_chars_ok(const TjExText *t, gsize s, gsize e)
{
    if (e < s + NAME_SHORTEST || e > s + NAME_LONGEST)
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

typedef enum { AFTER_NONE, AFTER_FOUND, AFTER_INTO_NUMBER, AFTER_UNSURE } After;

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

/* The noun after a figure, from @p: up to a new clause, a clause mark or
 * "、" before another number or verb. NONE when nothing noun-like follows;
 * INTO_NUMBER when the words run into the next number (punctuation lost:
 * they may be that number's name); UNSURE for a list or a long run. */
static After
after_name(const TjExState *st, gsize p, gsize b, gsize *s, gsize *e)
{
    const TjExText *t = st->t;
    const gunichar *c = t->c;
    while (p < b && c[p] == ' ')
        p++;
    if (p >= b || !tj__ex_is_han(c[p]) || clause_starts(st, p, b)
        || tj__ex_match(TJ_EX_WORD_SCOPE, c, p, b, NULL) > 0)
        return AFTER_NONE;
    gsize q = p;
    while (q < b && q < p + AFTER_MAX + 1 && tj__ex_is_han(c[q])) {
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
            return AFTER_UNSURE;                /* 街道干部、社区工作者: a list */
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
    if (q - p > AFTER_MAX || q < p + NAME_SHORTEST)
        return AFTER_UNSURE;
    if (q < b && c[q] >= '0' && c[q] <= '9')
        return AFTER_INTO_NUMBER;
    return AFTER_FOUND;
}

/* After a count of people (人, 人次, 名), a verb phrase up to the clause's
 * end or the next clause: 1.9万余人实现就业, 17.5万人次参与冰雪运动. */
static gboolean
verb_phrase_after(const TjExState *st, const TjExFigure *f, gsize *s, gsize *e)
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
    const char *qual = NULL, *link = NULL;
    strip(st, &s, &e, cumulative, &several, &qual, row->why);
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
    gsize as = 0, ae = 0;
    After after = counted ? after_name(st, f->full_end, st->b, &as, &ae) : AFTER_NONE;
    gboolean need_after = e == s || bare || list_end;
    if ((after == AFTER_FOUND || (after == AFTER_INTO_NUMBER && need_after))
        && name_chars_ok(t, as, ae)) {
        /* NUM CL NOUN: the classifier binds the noun after it */
        gsize ln;
        while ((ln = tj__ex_match_end(TJ_EX_WORD_LINK, c, as, ae, NULL)) > 0
               && ae - ln >= as + NAME_SHORTEST)
            ae -= ln;
        row->name = tj__ex_text_utf8(t, as, ae);
        g_string_append(row->why, "量词后的名词是指标；");
        return ae;
    }
    if (after == AFTER_UNSURE && (need_after || e - s > NAME_LONGEST)) {
        row->note = g_strdup("数字后的名词不清（并列或过长）");
        return next;
    }
    if (e == s && counted && after == AFTER_NONE
        && verb_phrase_after(st, f, &as, &ae)) {
        /* 1.9万人实现就业: a count of people names itself by what they did */
        row->name = tj__ex_text_utf8(t, as, ae);
        g_string_append(row->why, "人数后的动词短语是指标；");
        return ae;
    }
    if (e == s && st->named != NULL && strcmp(st->named->unit, f->unit) == 0
        && tj__ex_match_end(TJ_EX_WORD_LINK, c, st->lo, pos, &link) >= 2
        && (g_str_has_suffix(link, "为") || g_str_has_suffix(link, "到")
            || g_str_has_suffix(link, "至"))) {
        /* 将177个社区调整为168个: the same thing, changed */
        row->name = g_strdup(st->named->name);
        g_string_append_printf(row->why, "“%s”前后是同一指标；", link);
        return next;
    }
    if (need_after) {
        row->note = g_strdup("未找到指标名");
        return next;
    }
    if (g_utf8_strchr("无的均都已被", -1, c[s]) != NULL && tj__ex_word_start(st, s + 1)) {
        /* 无感染病例: a predicate, not a name */
        row->note = g_strdup("未找到指标名");
        return next;
    }
    const char *doubt = NULL;
    GString *cut_why = g_string_new(NULL);
    if (st->tainted && !marked)
        doubt = "前一数字缺单位，指标名不清";
    else if (cut_at_starts(t, s, e, cumulative, cut_why) > s)
        doubt = "指标名不清（标点缺失）";    /* "…一级企业实现上缴…" */
    else if (e - s > NAME_LONGEST || has_predicate(t, s, e))
        doubt = "指标名不清（前文过长或含谓语）";
    g_string_free(cut_why, TRUE);
    if (doubt != NULL) {
        /* the marks before the figure were lost, or the words run long:
         * the figure's own clause is the last one, when one can be told */
        gboolean rate = f->percent || !after_ok;
        gboolean attributive = f->full_end < st->b && c[f->full_end] == 0x7684;   /* 的 */
        gsize from = s;
        if (!tj__ex_last_clause(st, s, e, rate, attributive, &from, row->why)
            || !name_chars_ok(t, from, e) || has_predicate(t, from, e)
            || cut_at_starts(t, from, e, cumulative, row->why) > from) {
            row->note = g_strdup(doubt);
            return next;
        }
        s = from;
    }
    if (!name_chars_ok(t, s, e)) {
        row->note = g_strdup(e - s > NAME_LONGEST ? "指标名不清（前文过长）" : "未找到指标名");
        return next;
    }
    gsize vn = tj__ex_match(TJ_EX_WORD_VERB, c, s, e, NULL);
    if (vn > 0 && f->full_end < st->b && c[f->full_end] == 0x7684     /* 的 */
        && tj__ex_whole_word(st, s, vn) && !tj__ex_nominal_verb(t, s, e) && e >= s + vn + 2) {
        /* 设立总规模50亿元的基金: the verb acts on the noun after 的 */
        g_string_append(row->why, "“的”前的数字不属动词；");
        s += vn;
    }
    gsize tw = tj__ex_match(TJ_EX_WORD_TIME, c, s, e, NULL);
    if (tw == e - s && st->timed != NULL) {
        /* 二季度 after 一季度国内生产总值: the parallel clause's name */
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
        return next;
    }
    row->name = tj__ex_text_utf8(t, s, e);
    if (c[s] == 0x5360 && st->named != NULL) {                  /* 占 */
        /* "…增长15.2%，占…的比重为31.4%": the share's subject is the
         * figure before it */
        char *full = g_strconcat(st->named->name, row->name, NULL);
        g_free(row->name);
        row->name = full;
        g_string_append(row->why, "“占”前承前一指标；");
    }
    return next;
}
