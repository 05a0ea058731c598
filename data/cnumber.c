/* data/cnumber.c — Chinese numerals (see data/cnumber.h).
 *
 * Grammar (after a form prefix 百分之 / 千分之, before a suffix 成 / 位数):
 *   digits-only:  [〇零一二三四五六七八九]{2,}       二〇三五 = 2035
 *   positional:   section (亿 section)? (万 section)? ; a section is
 *                 (digit? 千)? 零? (digit? 百)? 零? (digit? 十)? digit?
 *   fraction:     点 [〇零一…九]+
 * 两 is 2 before a unit (两千, 两万) and as a lone count (两位数). The value
 * is summed in integers (at most 10^16), so no rounding happens before the
 * fraction; the fraction is read as digits. Invariants: never reads past
 * @end, no allocation. */
#include "data/cnumber.h"

#include <string.h>

#define CNUM_MAX 1e16

static int
digit_of(gunichar c)
{
    switch (c) {
    case 0x3007: case 0x96F6: return 0;   /* 〇 零 */
    case 0x4E00: return 1;                /* 一 */
    case 0x4E8C: case 0x4E24: return 2;   /* 二 两 */
    case 0x4E09: return 3;
    case 0x56DB: return 4;
    case 0x4E94: return 5;
    case 0x516D: return 6;
    case 0x4E03: return 7;
    case 0x516B: return 8;
    case 0x4E5D: return 9;
    default: return -1;
    }
}

static int
small_unit_of(gunichar c)   /* 十 百 千 as powers of ten */
{
    return c == 0x5341 ? 1 : c == 0x767E ? 2 : c == 0x5343 ? 3 : 0;
}

gboolean
tj_cnumber_is_char(gunichar c)
{
    return digit_of(c) >= 0 || small_unit_of(c) > 0 || c == 0x4E07 || c == 0x4EBF;
}

/* The character at @p (valid UTF-8 assumed up to @end), or 0 at the end
 * or on a bad sequence; *next is the byte after it. */
static gunichar
char_at(const char *p, const char *end, const char **next)
{
    if (p >= end) {
        *next = p;
        return 0;
    }
    gunichar c = g_utf8_get_char_validated(p, end - p);
    if (c == (gunichar)-1 || c == (gunichar)-2) {
        *next = p;
        return 0;
    }
    *next = g_utf8_next_char(p);
    return c;
}

static gboolean
starts_with(const char *p, const char *end, const char *word)
{
    gsize n = strlen(word);
    return (gsize)(end - p) >= n && memcmp(p, word, n) == 0;
}

/* Digit by digit: "二〇三五", at least two digits, no units. */
static const char *
read_digit_run(const char *p, const char *end, double *value)
{
    const char *q = p, *next;
    int n = 0;
    double v = 0;
    gunichar c;
    while ((c = char_at(q, end, &next)) != 0 && digit_of(c) >= 0
           && c != 0x4E24 && n < 16) {
        v = v * 10 + digit_of(c);
        n++;
        q = next;
    }
    if (n < 2 || small_unit_of(c) > 0 || c == 0x4E07 || c == 0x4EBF)
        return p;
    *value = v;
    return q;
}

/* Positional: digits with 十百千 and 万 亿. */
static const char *
read_positional(const char *p, const char *end, double *value)
{
    double total = 0, section = 0;
    int digit = -1;
    gboolean any = FALSE;
    const char *q = p, *next, *last_good = p;
    gunichar c;
    while ((c = char_at(q, end, &next)) != 0) {
        int d = digit_of(c), u = small_unit_of(c);
        if (d >= 0) {
            if (digit > 0)          /* two digits in a row: "三五" is not one */
                break;
            digit = d;
        } else if (u > 0) {
            double mul = u == 1 ? 10 : u == 2 ? 100 : 1000;
            if (digit < 0 && (any || u > 1))
                break;              /* 十 may start a number; 百 千 need a digit */
            section += (digit < 0 ? 1 : digit) * mul;
            digit = -1;
        } else if (c == 0x4E07 || c == 0x4EBF) {   /* 万 亿 */
            if (!any && digit < 0)
                break;
            double part = section + (digit > 0 ? digit : 0);
            double mul = c == 0x4E07 ? 1e4 : 1e8;
            total = (c == 0x4EBF ? (total + part) * mul : total + part * mul);
            section = 0;
            digit = -1;
        } else {
            break;
        }
        any = TRUE;
        q = next;
        if (digit != 0 || total + section == 0)   /* 零 alone is 0 */
            last_good = q;
        if (total + section > CNUM_MAX)
            return p;
    }
    if (!any)
        return p;
    if (digit > 0)
        section += digit;
    *value = total + section;
    return last_good;
}

/* "点" and digits after a number. */
static const char *
read_fraction(const char *p, const char *end, double *value, gint8 *decimals)
{
    const char *q, *next;
    if (!starts_with(p, end, "点"))
        return p;
    q = p + strlen("点");
    double scale = 0.1, v = 0;
    int n = 0;
    gunichar c;
    while ((c = char_at(q, end, &next)) != 0 && digit_of(c) >= 0 && c != 0x4E24
           && n < 12) {
        v += digit_of(c) * scale;
        scale /= 10;
        n++;
        q = next;
    }
    if (n == 0)
        return p;
    *value += v;
    *decimals = (gint8)n;
    return q;
}

static const char *
read_number(const char *p, const char *end, double *value, gint8 *decimals)
{
    *decimals = 0;
    const char *q = read_digit_run(p, end, value);
    if (q == p)
        q = read_positional(p, end, value);
    if (q == p)
        return p;
    return read_fraction(q, end, value, decimals);
}

gboolean
tj_cnumber_read(const char *s, const char *end, TjCnumber *out)
{
    g_return_val_if_fail(s != NULL && end != NULL && out != NULL, FALSE);
    memset(out, 0, sizeof *out);
    const char *p = s;
    TjCnumForm form = TJ_CNUM_PLAIN;
    if (starts_with(p, end, "百分之")) {
        form = TJ_CNUM_PERCENT;
        p += strlen("百分之");
    } else if (starts_with(p, end, "千分之")) {
        form = TJ_CNUM_PERMILLE;
        p += strlen("千分之");
    }
    const char *q = read_number(p, end, &out->value, &out->decimals);
    if (q == p)
        return FALSE;
    if (form == TJ_CNUM_PLAIN && starts_with(q, end, "成")) {
        form = TJ_CNUM_TENTHS;
        q += strlen("成");
    } else if (form == TJ_CNUM_PLAIN && starts_with(q, end, "位数")) {
        form = TJ_CNUM_DIGITS;
        q += strlen("位数");
    }
    out->form = form;
    out->len = (gsize)(q - s);
    return TRUE;
}
