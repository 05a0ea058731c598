/* extract/rows.c — a sentence's figures made into rows: the change a
 * percentage states, qualifiers, period and type; names come from name.c.
 *
 * A rate right after a change verb (增长 下降 提高 回落 …), or any figure
 * after a comparison and a change verb (比上年末减少0.4万人), is a change:
 * it joins the figure before it when only comparison words (同比 比上年)
 * and punctuation lie between, goes with 分别 to the figures before it in
 * order, or else is a row of its own with an empty 数值. */
#include "extract/extract-private.h"

#include <string.h>

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

/* A clause of how the change was computed at @s: 按…计算 or 按…计 up to
 * a clause mark (按不变价格计算, 按可比口径计); its length, or 0. */
static gsize
basis_clause(const TjExText *t, gsize s, gsize e)
{
    const gunichar *c = t->c;
    if (c[s] != 0x6309)                                          /* 按 */
        return 0;
    for (gsize i = s + 1; i < e && i <= s + 12; i++) {
        if (tj__ex_is_gap(c[i]))
            return c[i - 1] == 0x8BA1 || (i >= s + 3 && c[i - 2] == 0x8BA1 && c[i - 1] == 0x7B97)
                   ? i - s : 0;                                  /* 计, 计算 */
        if (!tj__ex_is_han(c[i]))
            return 0;
    }
    return 0;
}

/* Only comparison words, a clause of how it was computed (按不变价格计算)
 * and gaps in [s, e)? */
static gboolean
only_comparison(const TjExText *t, gsize s, gsize e)
{
    while (s < e) {
        gsize n;
        if (tj__ex_is_gap(t->c[s]))
            s++;
        else if ((n = tj__ex_match(TJ_EX_WORD_COMPARE, t->c, s, e, NULL)) > 0
                 || (n = basis_clause(t, s, e)) > 0)
            s += n;
        else
            return FALSE;
    }
    return TRUE;
}

static TjExRow *
new_row(TjExState *st, const TjExFigure *f)
{
    TjExRow *row = g_new0(TjExRow, 1);
    row->line = st->t->line[f->start];
    row->col = st->t->col[f->start];
    row->why = g_string_new(NULL);
    row->qual = qualifier(f);
    return row;
}

static void
finish(TjExState *st, TjExRow *row, gsize pos, gboolean cumulative)
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
    if (*row->name != '\0')
        st->named = row;
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
set_change(TjExRow *row, char *change, const TjExFigure *f, GPtrArray *levels)
{
    g_free(row->change);
    row->change = change;
    if (*row->qual == '\0' && (f->prefix || f->suffix)) {
        g_free(row->qual);
        row->qual = qualifier(f);
    }
    g_string_append_printf(row->why, "变化“%s”属此数字；", change);
    g_ptr_array_remove(levels, row);
}

/* Can @f be a change? Rates always (增长6%, 提高1.2个百分点, 增长三成,
 * 增长两位数); other units after a comparison (比上年末减少0.4万人). */
static gsize
change_of(const TjExState *st, const TjExFigure *f, char *sign)
{
    gboolean rate = f->percent || strcmp(f->unit, "成") == 0 || strcmp(f->unit, "位数") == 0;
    gsize vn = change_verb(st->t, st->lo, f->full_start, sign);
    if (vn == 0 || rate)
        return vn;
    gsize v = f->full_start - vn;
    return tj__ex_match_end(TJ_EX_WORD_COMPARE, st->t->c, st->lo, v, NULL) > 0 ? vn : 0;
}

/* How many figures from @i on are one list: joined by 和 、 与 及, or
 * written back to back (a mark lost: 99.5%99.7%). */
static guint
joined_run(const TjExState *st, GArray *figs, guint i)
{
    const gunichar *c = st->t->c;
    guint k = 1;
    while (i + k < figs->len) {
        const TjExFigure *p = &g_array_index(figs, TjExFigure, i + k - 1);
        const TjExFigure *q = &g_array_index(figs, TjExFigure, i + k);
        gunichar j = q->full_start == p->full_end + 1 ? c[p->full_end] : 0;
        gboolean joined = j == 0x548C || j == 0x3001 || j == 0x4E0E || j == 0x53CA
                          || q->full_start == p->full_end;
        if (q->verdict != TJ_EX_OK || !joined || strcmp(p->unit, q->unit) != 0)
            break;
        k++;
    }
    return k;
}

/* "A、B分别为…", "A、B分别增长…": @k rows from figure @i on, named by
 * the list before 分别 at @v (several.c); a change when @sign is set.
 * FALSE when the list does not give @k names, except for changes with no
 * level rows to join: those are rows still, unnamed, with a note. */
static gboolean
several_named(TjExState *st, GArray *figs, guint i, guint k, gsize v, char sign)
{
    GString *why = g_string_new(NULL);
    char **names = tj__ex_several_names(st, v, k, why);
    if (names == NULL && (sign == 0 || st->levels->len >= k)) {
        g_string_free(why, TRUE);
        return FALSE;
    }
    for (guint n = 0; n < k; n++) {
        const TjExFigure *f = &g_array_index(figs, TjExFigure, i + n);
        TjExRow *row = new_row(st, f);
        if (names != NULL) {
            row->name = g_strdup(names[n]);
        } else {
            /* 收入、支出分别增长3.1%和4.2%: changes all, names unknown */
            row->note = g_strdup("“分别”列出几个指标，请逐个填写");
        }
        g_string_append(row->why, why->str);
        if (sign != 0) {
            row->value = g_strdup("");
            row->unit = g_strdup("");
            row->change = g_strdup_printf("%c%s%s", sign, f->value, f->unit);
            g_string_append(row->why, "变化率，无绝对值；");
        } else {
            row->value = g_strdup(f->value);
            row->unit = g_strdup(f->unit);
            row->change = g_strdup("");
        }
        finish(st, row, f->full_start, FALSE);
        if (sign == 0) {
            st->level = row;
            st->level_end = f->full_end;
            g_ptr_array_add(st->levels, row);
        }
    }
    if (sign != 0)
        st->level = NULL;
    st->lo = g_array_index(figs, TjExFigure, i + k - 1).full_end;
    g_strfreev(names);
    g_string_free(why, TRUE);
    return TRUE;
}

/* "分别为1.2万人、1.9万人和3.6万人" after a list of names: one row each.
 * Returns the figures used (0: not such a list). */
static guint
several_levels(TjExState *st, GArray *figs, guint i)
{
    const TjExFigure *f = &g_array_index(figs, TjExFigure, i);
    const char *w = NULL;
    gsize m = tj__ex_match_end(TJ_EX_WORD_LINK, st->t->c, st->lo, f->full_start, &w);
    if (m == 0 || !g_str_has_prefix(w, "分别"))
        return 0;
    guint k = joined_run(st, figs, i);
    return k >= 2 && several_named(st, figs, i, k, f->full_start - m, 0) ? k : 0;
}

/* "分别增长5.1%和7.3%": the changes after 分别, joined by 和 、 与 及, go
 * to the names listed before 分别 (A、B分别增长…), or else to as many
 * level rows before them, in order. Returns the figures used (0: not
 * such a list). */
static guint
several_changes(TjExState *st, GArray *figs, guint i, gsize vstart, char sign)
{
    const gunichar *c = st->t->c;
    if (vstart < st->a + 2 || c[vstart - 2] != 0x5206 || c[vstart - 1] != 0x522B)   /* 分别 */
        return 0;
    guint k = joined_run(st, figs, i);
    if (k < 2)
        return 0;
    if (several_named(st, figs, i, k, vstart - 2, sign))
        return k;
    if (st->levels->len < k)
        return 0;
    for (guint n = 0; n < k; n++) {
        const TjExFigure *f = &g_array_index(figs, TjExFigure, i + n);
        TjExRow *row = g_ptr_array_index(st->levels, st->levels->len - k + n);
        set_change(row, g_strdup_printf("%c%s%s", sign, f->value, f->unit), f, st->levels);
    }
    const TjExFigure *last = &g_array_index(figs, TjExFigure, i + k - 1);
    st->lo = last->full_end;
    st->level = NULL;
    return k;
}

/* Makes the row(s) of figure @i; returns how many figures it used. */
static guint
one_figure(TjExState *st, GArray *figs, guint i)
{
    const TjExFigure *f = &g_array_index(figs, TjExFigure, i);
    char sign = 0;
    gsize vn = change_of(st, f, &sign);
    gboolean cumulative = FALSE;
    if (vn > 0) {
        gsize vstart = f->full_start - vn;
        guint used = several_changes(st, figs, i, vstart, sign);
        if (used > 0)
            return used;
        char *change = g_strdup_printf("%c%s%s", sign, f->value, f->unit);
        if (st->level != NULL && only_comparison(st->t, st->level_end, vstart)) {
            set_change(st->level, change, f, st->levels);
            st->level = NULL;
            st->lo = f->full_end;
            return 1;
        }
        TjExRow *row = new_row(st, f);
        row->value = g_strdup("");
        row->unit = g_strdup("");
        row->change = change;
        g_string_append(row->why, "变化率，无绝对值；");
        st->lo = tj__ex_find_name(st, f, vstart, FALSE, &cumulative, row);
        finish(st, row, f->full_start, cumulative);
        st->level = NULL;
        return 1;
    }
    guint used = several_levels(st, figs, i);
    if (used > 0)
        return used;
    TjExRow *row = new_row(st, f);
    row->value = g_strdup(f->value);
    row->unit = g_strdup(f->unit);
    row->change = g_strdup("");
    st->lo = tj__ex_find_name(st, f, f->full_start, TRUE, &cumulative, row);
    finish(st, row, f->full_start, cumulative);
    st->level = row;
    st->level_end = f->full_end;
    g_ptr_array_add(st->levels, row);
    return 1;
}

void
tj__ex_sentence_rows(const TjExText *t, const TjExContext *ctx, gsize a,
                     gsize b, GArray *figs, GPtrArray *rows)
{
    TjExState st = { t, ctx, a, b, a, NULL, 0, rows, NULL, FALSE, g_ptr_array_new(), NULL,
                     tj__ex_words(t, a, b) };
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
        i += one_figure(&st, figs, i) - 1;
        st.tainted = FALSE;
    }
    g_ptr_array_free(st.levels, TRUE);
    g_free(st.wb);
}
