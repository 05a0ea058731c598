/* extract/scan.c — the numbers of one sentence, each read with what is
 * written around it (qualifier, magnitude, unit) and classified: a figure,
 * or a date, ordinal, range, ratio, code, count of meetings or chapters,
 * a number that is part of a name, or a number with no unit the rules know
 * (these last are listed to the user as lines to check).
 *
 * Numbers are Arabic (thousands separators by three, one decimal point)
 * or the Chinese forms of data/cnumber.h that carry a scale (百分之六,
 * 三成, 两位数); other Chinese numerals (四个服务, 三年行动) are words. */
#include "extract/extract-private.h"
#include "data/cnumber.h"
#include "core/format.h"

#include <string.h>

#define NAME_LOOK 16   /* characters looked at after a unit */

void
tj__ex_figure_clear(TjExFigure *f)
{
    g_free(f->value);
    g_free(f->unit);
}

static gboolean
is_digit(gunichar ch)
{
    return ch >= '0' && ch <= '9';
}

static gboolean
is_latin(gunichar ch)
{
    return (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z');
}

static gboolean
is_range_mark(gunichar ch)
{
    return ch == '-' || ch == 0x2014 || ch == 0x2013 || ch == 0xFF5E
           || ch == '~' || ch == 0x81F3 || ch == 0x5230 || ch == 0x2015;
}

/* Reads an Arabic number at @i: digits, groups of three after commas, a
 * fraction. Returns its end; @value gets the digits without commas. */
static gsize
read_arabic(const gunichar *c, gsize i, gsize b, GString *value)
{
    gsize j = i;
    int group = 0;
    while (j < b) {
        if (is_digit(c[j])) {
            g_string_append_c(value, (char)c[j]);
            group++;
            j++;
        } else if (c[j] == ',' && group >= 1 && group <= 3 && j + 3 < b + 1
                   && j + 3 <= b && is_digit(c[j + 1]) && is_digit(c[j + 2])
                   && is_digit(c[j + 3]) && (j + 4 >= b || !is_digit(c[j + 4]))) {
            group = 0;
            j++;
        } else {
            break;
        }
    }
    if (j + 1 < b && c[j] == '.' && is_digit(c[j + 1])) {
        g_string_append_c(value, '.');
        j++;
        while (j < b && is_digit(c[j]))
            g_string_append_c(value, (char)c[j++]);
    }
    return j;
}

/* Reads a Chinese-numeral figure with a scale at @i (百分之六, 三成,
 * 两位数); returns its end, or @i when there is none. */
static gsize
read_chinese(const TjExText *t, gsize i, gsize b, TjExFigure *f)
{
    gsize lim = MIN(b, i + 24);
    char *s = tj__ex_text_utf8(t, i, lim);
    TjCnumber cn;
    gsize end = i;
    if (tj_cnumber_read(s, s + strlen(s), &cn) && cn.form != TJ_CNUM_PLAIN) {
        end = i + (gsize)g_utf8_strlen(s, (gssize)cn.len);
        f->value = tj_format_decimal(cn.value, cn.decimals);
        f->unit = g_strdup(cn.form == TJ_CNUM_PERCENT ? "%"
                           : cn.form == TJ_CNUM_PERMILLE ? "‰"
                           : cn.form == TJ_CNUM_TENTHS ? "成" : "位数");
        f->percent = cn.form == TJ_CNUM_PERCENT;
        f->chinese = TRUE;
    }
    g_free(s);
    return end;
}

/* After the number: 余/多, magnitude, unit (X/Y too), 左右/以上…; sets
 * unit, suffix, full_end. FALSE when a date word follows instead. */
static gboolean
read_tail(const TjExText *t, gsize p, gsize b, TjExFigure *f, gboolean *any_unit)
{
    const gunichar *c = t->c;
    GString *unit = g_string_new(NULL);
    const char *w = NULL;
    gsize n;
    *any_unit = FALSE;
    if (p < b && (c[p] == 0x4F59 || c[p] == 0x591A) && p + 1 < b
        && (c[p + 1] == 0x4E07 || c[p + 1] == 0x4EBF)) {    /* 余万 多亿 */
        f->suffix = c[p] == 0x4F59 ? "余" : "多";
        p++;
    }
    if (p + 1 < b && c[p] == 0x4E07 && c[p + 1] == 0x4EBF) {
        g_string_append(unit, "万亿");
        p += 2;
    } else if (p < b && (c[p] == 0x4E07 || c[p] == 0x4EBF)) {
        g_string_append(unit, c[p] == 0x4E07 ? "万" : "亿");
        p++;
    }
    if (f->suffix == NULL && p < b && (c[p] == 0x4F59 || c[p] == 0x591A)) {
        f->suffix = c[p] == 0x4F59 ? "余" : "多";
        p++;
    }
    gsize nu = tj__ex_match(TJ_EX_WORD_UNIT, c, p, b, &w);
    gsize nd = tj__ex_match(TJ_EX_WORD_DATE, c, p, b, NULL);
    if (nd > nu && unit->len == 0) {
        g_string_free(unit, TRUE);
        return FALSE;
    }
    if (nu > 0) {
        g_string_append(unit, w);
        p += nu;
        if (p + 1 < b && c[p] == '/'
            && (n = tj__ex_match(TJ_EX_WORD_UNIT, c, p + 1, b, &w)) > 0) {
            g_string_append_c(unit, '/');
            g_string_append(unit, w);
            p += 1 + n;
        }
    }
    *any_unit = unit->len > 0;
    if (f->suffix == NULL && (n = tj__ex_match(TJ_EX_WORD_SUFFIX, c, p, b, &w)) > 0) {
        f->suffix = w;
        p += n;
    }
    f->percent = strcmp(unit->str, "%") == 0 || g_str_has_suffix(unit->str, "百分点");
    f->unit = g_string_free(unit, FALSE);
    f->full_end = p;
    return TRUE;
}

/* A number that measures a name's parameter: "500米服务半径覆盖率达到93%":
 * the words after the unit run to the next number through a linking verb,
 * and they end in a rate. */
static gboolean
part_of_name(const TjExText *t, gsize p, gsize b)
{
    const gunichar *c = t->c;
    gsize q = p;
    while (q < b && q < p + NAME_LOOK && tj__ex_is_han(c[q]))
        q++;
    if (q >= b || q == p || !is_digit(c[q]))
        return FALSE;
    gsize nl = tj__ex_match_end(TJ_EX_WORD_LINK, c, p, q, NULL);
    if (nl == 0 || q - nl <= p)
        return FALSE;
    gunichar last = c[q - nl - 1];
    return last == 0x7387 || last == 0x6570 || last == 0x91CD
           || last == 0x5EA6;                    /* 率 数 重 度 */
}

/* Counts of meetings, chapters, indicators: a meta word right after. */
static gboolean
meta_after(const TjExText *t, gsize p, gsize b)
{
    for (gsize q = p; q < b && q < p + NAME_LOOK; q++) {
        if (tj__ex_is_clause_mark(t->c[q]) || is_digit(t->c[q])
            || (q > p && tj__ex_match(TJ_EX_WORD_PRED, t->c, q, b, NULL) > 0))
            return FALSE;
        if (tj__ex_match(TJ_EX_WORD_META, t->c, q, b, NULL) > 0)
            return TRUE;
    }
    return FALSE;
}

static TjExVerdict
classify(const TjExText *t, gsize a, gsize b, TjExFigure *f, gboolean any_unit)
{
    const gunichar *c = t->c;
    gsize s = f->start, e = f->end;
    if (s > a && c[s - 1] == 0x7B2C)                    /* 第 */
        return TJ_EX_ORDINAL;
    if (s >= a + 2 && c[s - 1] == 0x8BAE && c[s - 2] == 0x4F1A)   /* 会议24次 */
        return TJ_EX_META;
    if ((s > a && (is_latin(c[s - 1]) || c[s - 1] == '+'))
        || (e < b && (is_latin(c[e]) || c[e] == '+')))
        return TJ_EX_CODE;
    if (e + 1 < b && (c[e] == ':' || c[e] == 0x2236 || c[e] == 0xFF1A) && is_digit(c[e + 1]))
        return strlen(f->value) <= 2 && c[e] == ':' ? TJ_EX_DATE : TJ_EX_RATIO;
    if (s > a + 1 && (c[s - 1] == ':' || c[s - 1] == 0x2236) && is_digit(c[s - 2]))
        return TJ_EX_RATIO;
    gsize fe = f->full_end;
    if ((fe + 1 < b && is_range_mark(c[fe]) && is_digit(c[fe + 1]))
        || (e + 1 < b && is_range_mark(c[e]) && is_digit(c[e + 1])))
        return TJ_EX_RANGE;
    if (s > a + 1 && is_range_mark(c[s - 1])
        && (is_digit(c[s - 2]) || c[s - 2] == '%'))
        return TJ_EX_RANGE;
    if (any_unit) {
        if (strcmp(f->unit, "章") == 0 || strcmp(f->unit, "篇") == 0
            || strcmp(f->unit, "节") == 0 || strcmp(f->unit, "款") == 0
            || meta_after(t, fe, b))
            return TJ_EX_META;
        if (!f->percent && part_of_name(t, fe, b))
            return TJ_EX_PART_OF_NAME;
        return TJ_EX_OK;
    }
    if (f->chinese)
        return TJ_EX_OK;
    gboolean year_like = strlen(f->value) == 4 && strchr(f->value, '.') == NULL
                         && (strncmp(f->value, "19", 2) == 0 || strncmp(f->value, "20", 2) == 0
                             || strcmp(f->value, "2100") == 0);
    if (year_like && f->suffix == NULL && f->prefix == NULL)
        return TJ_EX_DATE;
    if (fe >= b || tj__ex_is_clause_mark(c[fe]) || c[fe] == 0x3001 || f->suffix != NULL)
        return TJ_EX_OK;
    if (is_digit(c[fe]))
        return TJ_EX_OK;     /* "99.5%99.7%": the next number follows */
    return TJ_EX_UNKNOWN;
}

static gsize
scan_one(const TjExText *t, gsize a, gsize i, gsize b, GArray *out)
{
    const gunichar *c = t->c;
    TjExFigure f = { 0 };
    f.start = i;
    gsize end;
    if (is_digit(c[i])) {
        GString *v = g_string_new(NULL);
        end = read_arabic(c, i, b, v);
        f.value = g_string_free(v, FALSE);
    } else {
        end = read_chinese(t, i, b, &f);
        if (end == i)
            return i + 1;
    }
    f.end = end;
    f.full_start = i;
    const char *w = NULL;
    gsize np = tj__ex_match_end(TJ_EX_WORD_PREFIX, c, a, i, &w);
    if (np > 0) {
        f.prefix = w;
        f.full_start = i - np;
    }
    gboolean any_unit = FALSE;
    if (f.chinese) {
        f.full_end = end;
        any_unit = TRUE;
        gsize n = tj__ex_match(TJ_EX_WORD_SUFFIX, c, end, b, &w);
        if (n > 0) {
            f.suffix = w;
            f.full_end = end + n;
        }
        f.verdict = classify(t, a, b, &f, any_unit);
    } else if (!read_tail(t, end, b, &f, &any_unit)) {
        f.full_end = end;
        f.unit = g_strdup("");
        f.verdict = TJ_EX_DATE;
    } else {
        f.verdict = classify(t, a, b, &f, any_unit);
    }
    g_array_append_val(out, f);
    return MAX(f.full_end, end);
}

GArray *
tj__ex_scan(const TjExText *t, gsize a, gsize b)
{
    GArray *out = g_array_new(FALSE, TRUE, sizeof(TjExFigure));
    const gunichar *c = t->c;
    gsize i = a;
    while (i < b) {
        gboolean digit_start = is_digit(c[i]) && (i == a || (!is_digit(c[i - 1])
                               && !(c[i - 1] == '.' && i >= a + 2 && is_digit(c[i - 2]))));
        gboolean cn_start = !is_digit(c[i]) && (tj_cnumber_is_char(c[i]) || c[i] == 0x767E
                            || c[i] == 0x5343)
                            && (i == a || !tj_cnumber_is_char(c[i - 1]));
        if (digit_start || cn_start)
            i = scan_one(t, a, i, b, out);
        else
            i++;
    }
    return out;
}
