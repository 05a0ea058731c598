/* extract/name.c — a sentence's figures made into rows: the indicator's
 * name, the change a percentage states, qualifiers, period and type.
 *
 * The name of a figure is looked for, in order:
 *  1. before it, in its clause: the words from the clause's start (a
 *     punctuation mark or the previous figure) to the figure, without
 *     scope words (全年 全区 其中), achievement verbs at the start (完成
 *     实现), linking words at the end (达到 为 同比) and qualifiers;
 *  2. after it, when nothing is left before it but a verb or a list ending
 *     in 等 ("安排1000万元专项资金", "等29项工程建设"): the noun that follows
 *     the unit, up to a predicate (全部 实现 进行 …) or the clause's end;
 *  3. in a parallel clause whose only word is a time (一季度 … 二季度):
 *     the previous name with its time word replaced.
 * A name is given only when one of these yields 2–16 characters of Han,
 * Latin or digits; otherwise 指标 stays empty with a note saying why
 * (never a guess). A percentage right after a change verb (增长 下降 …) is
 * a change: it joins the figure before it when only comparison words
 * (同比 比上年) and punctuation lie between, else it is a row of its own
 * with an empty 数值. */
#include "extract/extract-private.h"

#include <string.h>

#define NAME_SHORTEST 2
#define NAME_LONGEST 16
#define AFTER_MAX 12

typedef struct {
    const TjExText *t;
    const TjExContext *ctx;
    gsize a, b;          /* the sentence */
    gsize lo;            /* a name may start here */
    TjExRow *level;      /* the last level row a change may join */
    gsize level_end;
    GPtrArray *rows;
    const TjExRow *timed;/* last row whose name starts with a time word */
    gboolean tainted;    /* lo follows a number with no unit (lost text) */
} State;

void
tj__ex_row_free(TjExRow *row)
{
    if (row == NULL)
        return;
    g_free(row->name);
    g_free(row->value);
    g_free(row->unit);
    g_free(row->qual);
    g_free(row->change);
    g_free(row->period);
    g_free(row->sentence);
    g_free(row->note);
    if (row->why != NULL)
        g_string_free(row->why, TRUE);
    g_free(row);
}

static gboolean
is_gap(gunichar ch)
{
    return ch == ' ' || tj__ex_is_clause_mark(ch) || ch == 0x3001;
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

/* Strips what is not the name off both ends of [*s, *e). */
static void
strip(const TjExText *t, gsize *s, gsize *e, gboolean *cumulative,
      gboolean *several, GString *why)
{
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
            g_string_append_printf(why, "去掉“%s”；", w);
            *e -= n;
            again = TRUE;
        }
    }
    again = TRUE;
    while (again && *s < *e) {
        gsize n;
        again = FALSE;
        if (is_gap(c[*s])) {
            (*s)++;
            again = TRUE;
        } else if ((n = tj__ex_match(TJ_EX_WORD_SCOPE, c, *s, *e, &w)) > 0
                   || (n = tj__ex_match(TJ_EX_WORD_START, c, *s, *e, &w)) > 0) {
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
static gboolean
nominal_verb(const TjExText *t, gsize q, gsize b)
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
clause_starts(const TjExText *t, gsize q, gsize b)
{
    const gunichar *c = t->c;
    if (tj__ex_match(TJ_EX_WORD_PRED, c, q, b, NULL) > 0)
        return TRUE;
    gsize n = tj__ex_match(TJ_EX_WORD_VERB, c, q, b, NULL);
    if (n == 0 || q + n >= b || nominal_verb(t, q, b))
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
after_name(const TjExText *t, gsize p, gsize b, gsize *s, gsize *e)
{
    const gunichar *c = t->c;
    while (p < b && c[p] == ' ')
        p++;
    if (p >= b || !tj__ex_is_han(c[p]) || clause_starts(t, p, b)
        || tj__ex_match(TJ_EX_WORD_SCOPE, c, p, b, NULL) > 0)
        return AFTER_NONE;
    gsize q = p;
    while (q < b && q < p + AFTER_MAX + 1 && tj__ex_is_han(c[q])) {
        if (q > p + 1 && clause_starts(t, q, b))
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
    }
    if (q - p > AFTER_MAX || q < p + NAME_SHORTEST)
        return AFTER_UNSURE;
    if (q < b && c[q] >= '0' && c[q] <= '9')
        return AFTER_INTO_NUMBER;
    return AFTER_FOUND;
}

static gboolean
ends_in_measure(const TjExText *t, gsize s, gsize e)
{
    static const char *const tails[] = { "率", "比重", "指数", "增速", "浓度", "总值",
                                         "收入", "总额", "规模" };
    for (gsize i = 0; i < G_N_ELEMENTS(tails); i++) {
        glong n = 0;
        gunichar *w = g_utf8_to_ucs4_fast(tails[i], -1, &n);
        gboolean yes = e >= s + (gsize)n
                       && memcmp(t->c + e - n, w, (gsize)n * sizeof(gunichar)) == 0;
        g_free(w);
        if (yes)
            return TRUE;
    }
    return FALSE;
}

/* Inside [s, e): a new clause after a scope word (全区 其中) or an
 * achievement verb (实现 完成) that lost its punctuation; the name starts
 * after the last one when at least two characters are left. */
static gsize
cut_at_starts(const TjExText *t, gsize s, gsize e, gboolean *cumulative, GString *why)
{
    const char *w = NULL;
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

/* A long run: the name may start at its last action verb that has an
 * object after it and is not part of a noun (增加值, 组建率). */
static gsize
cut_at_verb(const TjExText *t, gsize s, gsize e, GString *why)
{
    const gunichar *c = t->c;
    const char *w = NULL;
    for (gsize i = e - NAME_SHORTEST - 1; i > s; i--) {
        gsize n = tj__ex_match(TJ_EX_WORD_VERB, c, i, e, &w);
        if (n == 0 || i + n + NAME_SHORTEST > e)
            continue;
        gunichar next = c[i + n];
        if (next == 0x503C || next == 0x7387 || next == 0x989D || next == 0x91CF)
            continue;                               /* 值 率 额 量 */
        if (e - i > NAME_LONGEST)
            return s;
        g_string_append_printf(why, "从动词“%s”起；", w);
        return ends_in_measure(t, i, e) ? i + n : i;
    }
    return s;
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
static gsize
find_name(State *st, const TjExFigure *f, gsize pos, gboolean after_ok,
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
    strip(t, &s, &e, cumulative, &several, row->why);
    strip_duration(t, s, &e);
    if (several) {
        row->note = g_strdup("“分别”列出几个指标，请逐个填写");
        return next;
    }
    gsize vend = tj__ex_match_end(TJ_EX_WORD_VERB, c, s, e, NULL);
    gboolean bare = e > s && e - s <= 4
                    && ((vend > 0 && !nominal_verb(t, e - vend, e))
                        || tj__ex_match(TJ_EX_WORD_VERB, c, s, e, NULL) == e - s);
    gboolean list_end = e > s && c[e - 1] == 0x7B49;             /* 等 */
    gboolean counted = after_ok && *f->unit != '\0' && !f->percent;
    gsize as = 0, ae = 0;
    After after = counted ? after_name(t, f->full_end, st->b, &as, &ae) : AFTER_NONE;
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
    if (after == AFTER_UNSURE) {
        row->note = g_strdup("数字后的名词不清（并列或过长）");
        return next;
    }
    if (need_after) {
        row->note = g_strdup("未找到指标名");
        return next;
    }
    if (st->tainted && !marked) {
        row->note = g_strdup("前一数字缺单位，指标名不清");
        return next;
    }
    s = cut_at_starts(t, s, e, cumulative, row->why);
    if (e - s > NAME_LONGEST)
        s = cut_at_verb(t, s, e, row->why);
    if (!name_chars_ok(t, s, e)) {
        row->note = g_strdup(e - s > NAME_LONGEST ? "指标名不清（前文过长）" : "未找到指标名");
        return next;
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
    return next;
}

static char *
qualifier(const TjExFigure *f)
{
    if (f->prefix != NULL && f->suffix != NULL)
        return g_strconcat(f->prefix, "、", f->suffix, NULL);
    return g_strdup(f->prefix != NULL ? f->prefix : f->suffix != NULL ? f->suffix : "");
}

/* The change verb right before a percentage, or 0; *sign '+' or '-'. */
static gsize
change_verb(const TjExText *t, gsize lo, gsize pos, char *sign)
{
    gsize e = pos;
    if (e > lo && t->c[e - 1] == 0x4E86)                         /* 了 */
        e--;
    gsize n = tj__ex_match_end(TJ_EX_WORD_UP, t->c, lo, e, NULL);
    if (n > 0) {
        *sign = '+';
        return pos - (e - n);
    }
    n = tj__ex_match_end(TJ_EX_WORD_DOWN, t->c, lo, e, NULL);
    if (n > 0) {
        *sign = '-';
        return pos - (e - n);
    }
    return 0;
}

/* Only comparison words and gaps in [s, e)? */
static gboolean
only_comparison(const TjExText *t, gsize s, gsize e)
{
    while (s < e) {
        gsize n;
        if (is_gap(t->c[s]))
            s++;
        else if ((n = tj__ex_match(TJ_EX_WORD_COMPARE, t->c, s, e, NULL)) > 0)
            s += n;
        else
            return FALSE;
    }
    return TRUE;
}

static TjExRow *
new_row(State *st, const TjExFigure *f)
{
    TjExRow *row = g_new0(TjExRow, 1);
    row->line = st->t->line[f->start];
    row->col = st->t->col[f->start];
    row->why = g_string_new(NULL);
    row->qual = qualifier(f);
    return row;
}

static void
finish(State *st, TjExRow *row, gsize pos, gboolean cumulative)
{
    if (row->name == NULL)
        row->name = g_strdup("");
    if (row->note == NULL)
        row->note = g_strdup("");
    tj__ex_period(st->t, st->ctx, st->a, pos, cumulative, row);
    gsize a = st->a, b = st->b;
    while (a < b && st->t->c[a] == ' ')
        a++;
    row->sentence = tj__ex_text_orig(st->t, a, b);
    if (*row->name != '\0') {
        gunichar *w = g_utf8_to_ucs4_fast(row->name, -1, NULL);
        glong n = 0;
        for (const gunichar *q = w; *q; q++)
            n++;
        if (tj__ex_match(TJ_EX_WORD_TIME, w, 0, (gsize)n, NULL) > 0)
            st->timed = row;
        g_free(w);
    }
    g_ptr_array_add(st->rows, row);
}

static void
one_figure(State *st, const TjExFigure *f)
{
    char sign = 0;
    gsize vn = f->percent ? change_verb(st->t, st->lo, f->full_start, &sign) : 0;
    gboolean cumulative = FALSE;
    if (vn > 0) {
        gsize vstart = f->full_start - vn;
        char *change = g_strdup_printf("%c%s%s", sign, f->value, f->unit);
        if (st->level != NULL && only_comparison(st->t, st->level_end, vstart)) {
            st->level->change = change;
            if (*st->level->qual == '\0' && (f->prefix || f->suffix)) {
                g_free(st->level->qual);
                st->level->qual = qualifier(f);
            }
            g_string_append_printf(st->level->why, "变化“%s”属前一数字；", change);
            st->level = NULL;
            st->lo = f->full_end;
            return;
        }
        TjExRow *row = new_row(st, f);
        row->value = g_strdup("");
        row->unit = g_strdup("");
        row->change = change;
        g_string_append(row->why, "变化率，无绝对值；");
        st->lo = find_name(st, f, vstart, FALSE, &cumulative, row);
        finish(st, row, f->full_start, cumulative);
        st->level = NULL;
        return;
    }
    TjExRow *row = new_row(st, f);
    row->value = g_strdup(f->value);
    row->unit = g_strdup(f->unit);
    row->change = g_strdup("");
    st->lo = find_name(st, f, f->full_start, TRUE, &cumulative, row);
    finish(st, row, f->full_start, cumulative);
    st->level = row;
    st->level_end = f->full_end;
}

void
tj__ex_sentence_rows(const TjExText *t, const TjExContext *ctx, gsize a,
                     gsize b, GArray *figs, GPtrArray *rows)
{
    State st = { t, ctx, a, b, a, NULL, 0, rows, NULL, FALSE };
    for (guint i = 0; i < figs->len; i++) {
        const TjExFigure *f = &g_array_index(figs, TjExFigure, i);
        if (f->verdict != TJ_EX_OK) {
            if (f->full_end > st.lo && f->verdict != TJ_EX_PART_OF_NAME
                && f->verdict != TJ_EX_DATE && f->verdict != TJ_EX_CODE
                && f->verdict != TJ_EX_ORDINAL) {
                st.lo = f->full_end;
                st.tainted = f->verdict == TJ_EX_UNKNOWN;
            }
            continue;
        }
        one_figure(&st, f);
        st.tainted = FALSE;
    }
}
