/* data/number.c — one cell read as a number (see data/number.h).
 *
 * Grammar, after trimming spaces (ASCII, U+3000, U+00A0):
 *
 *   [prefix] sign? digits [.digits] [e±digits] [余|多] [万亿|亿|万] [余|多]
 *            [% | ‰ | unit] [左右|以上|以下|以内]
 *
 * at most one suffix qualifier. Digits, point, comma, percent and signs may
 * be full-width; "−" (U+2212) is a minus. Thousands separators must group
 * by three ("2,954.7"; "1,2" is text). A unit is a short run of letters
 * (CJK or Latin, digits allowed after the first) that does not start with
 * a date word (年 月 日 号 时) or a magnitude: "2020年" is text, "155762人"
 * is a number; "‰" is kept as the unit. Missing values ("", "-", "—",
 * "N/A", …) are NAN, never zero.
 * The digits are copied to an ASCII buffer and read with g_ascii_strtod, so
 * "inf", "nan" and "0x1f" spelled in a cell are text. An exponent marker
 * must be followed by digits ("1e", "1.5e", "2E", "1e+" are text; "3em" is
 * 3 with the unit "em"). A number beyond a double ("1e400", or non-zero
 * digits that read as 0: "1e-400") is text with out->range set, so a
 * caller can say "out of range" instead of "not a number". Invariants: never
 * reads past the terminating NUL, no allocation except units in @strings. */
#include "data/number.h"

#include <math.h>
#include <string.h>

#define NUM_MAX_DIGITS 360   /* longer digit runs are text (beyond double) */
#define UNIT_MAX_CHARS 16

typedef struct {
    const char *s;
    gsize len;
} Word;
#define W(literal) { literal, sizeof(literal) - 1 }

static const Word missing_words[] = {
    W("-"), W("--"), W("—"), W("——"), W("–"), W("－"), W("…"), W("……"),
    W("n/a"), W("na"), W("null"), W("#n/a"),
};
static const Word prefixes[] = {
    W("不超过"), W("不低于"), W("不少于"), W("超过"), W("约"), W("近"), W("逾"),
    W("达"),
};
static const Word inner_suffixes[] = { W("余"), W("多") };
static const Word tail_suffixes[] = { W("左右"), W("以上"), W("以下"), W("以内") };
static const Word magnitudes[] = { W("万亿"), W("亿"), W("万") };
static const gint8 magnitude_of[] = { 12, 8, 4 };
/* a unit never starts with a date word ("2020年" is text) nor with a second
 * magnitude ("1.4万亿亿") */
static const Word not_unit_starts[] = {
    W("年"), W("月"), W("日"), W("号"), W("时"), W("万"), W("亿"),
};

typedef struct {
    char digits[NUM_MAX_DIGITS + 16]; /* "-123.45e6", NUL-terminated */
    gsize n;
    int frac;                         /* digits after the point */
    long exp;                         /* written exponent, saturated */
    /* digits holds sign, integer, point and fraction; the exponent (with
     * the magnitude added) is appended just before g_ascii_strtod */
} NumText;

/* Length of the space character at @p (ASCII blank, U+3000, U+00A0), or 0. */
static int
space_len(const char *p)
{
    const guchar *u = (const guchar *)p;
    if (u[0] == ' ' || (u[0] >= '\t' && u[0] <= '\r'))
        return 1;
    if (u[0] == 0xE3 && u[1] == 0x80 && u[2] == 0x80)
        return 3;
    if (u[0] == 0xC2 && u[1] == 0xA0)
        return 2;
    return 0;
}

static const char *
skip_spaces(const char *p, const char *end)
{
    int n;
    while (p < end && (n = space_len(p)) > 0 && p + n <= end)
        p += n;
    return p;
}

/* End of @s without its trailing spaces. */
static const char *
trim_end(const char *s, const char *end)
{
    for (;;) {
        if (end > s && (end[-1] == ' ' || (end[-1] >= '\t' && end[-1] <= '\r')))
            end--;
        else if (end - s >= 3 && space_len(end - 3) == 3)
            end -= 3;
        else if (end - s >= 2 && space_len(end - 2) == 2)
            end -= 2;
        else
            return end;
    }
}

/* The ASCII symbol ('0'-'9', '.', ',', '%', '-', '+') written at @p in
 * half- or full-width, with its byte length in @adv; 0 when none. */
static char
symbol_at(const char *p, const char *end, int *adv)
{
    const guchar *u = (const guchar *)p;
    gsize left = (gsize)(end - p);
    *adv = 1;
    if (left == 0)
        return 0;
    if (u[0] < 0x80) {
        if (g_ascii_isdigit(u[0]))
            return (char)u[0];
        switch (u[0]) {
        case '.': case ',': case '%': case '-': case '+':
            return (char)u[0];
        default:
            return 0;
        }
    }
    if (left < 3)
        return 0;
    *adv = 3;
    if (u[0] == 0xEF && u[1] == 0xBC) {
        if (u[2] >= 0x90 && u[2] <= 0x99)
            return (char)('0' + (u[2] - 0x90));
        switch (u[2]) {
        case 0x8E: return '.';
        case 0x8C: return ',';
        case 0x85: return '%';
        case 0x8D: return '-';
        case 0x8B: return '+';
        default: return 0;
        }
    }
    if (u[0] == 0xE2 && u[1] == 0x88 && u[2] == 0x92)  /* − U+2212 */
        return '-';
    return 0;
}

/* If [*p, end) starts with one of @words, advances past it and returns
 * its index; -1 when none does. */
static int
match_word(const char **p, const char *end, const Word *words, gsize n)
{
    for (gsize i = 0; i < n; i++) {
        if ((gsize)(end - *p) >= words[i].len
            && memcmp(*p, words[i].s, words[i].len) == 0) {
            *p += words[i].len;
            return (int)i;
        }
    }
    return -1;
}

/* The word at index @i of @words, or NULL when @i is -1. */
static const char *
word_at(const Word *words, int i)
{
    return i < 0 ? NULL : words[i].s;
}

/* If [s, *end) ends with one of @words, cuts it off and returns it. */
static const char *
match_tail(const char *s, const char **end, const Word *words, gsize n)
{
    for (gsize i = 0; i < n; i++) {
        if ((gsize)(*end - s) >= words[i].len
            && memcmp(*end - words[i].len, words[i].s, words[i].len) == 0) {
            *end -= words[i].len;
            return words[i].s;
        }
    }
    return NULL;
}

static gboolean
is_missing(const char *s, const char *end)
{
    gsize len = (gsize)(end - s);
    if (len == 0)
        return TRUE;
    for (gsize i = 0; i < G_N_ELEMENTS(missing_words); i++) {
        if (missing_words[i].len == len
            && g_ascii_strncasecmp(s, missing_words[i].s, len) == 0)
            return TRUE;
    }
    return FALSE;
}

/* A cheap first look: can a cell starting with these bytes be a number or
 * a missing value? Most text cells stop here. */
static gboolean
may_be_number(const char *p, const char *end)
{
    const guchar *u = (const guchar *)p;
    if (u[0] < 0x80)
        return g_ascii_isdigit(u[0]) || u[0] == '+' || u[0] == '-'
               || u[0] == '.' || u[0] == '#' || u[0] == 'n' || u[0] == 'N';
    if (u[0] == 0xEF || u[0] == 0xE2)   /* full-width forms, − — – … */
        return TRUE;
    return match_word(&p, end, prefixes, G_N_ELEMENTS(prefixes)) >= 0;
}

static gboolean
push_digit(NumText *nt, char c)
{
    if (nt->n >= NUM_MAX_DIGITS)
        return FALSE;
    nt->digits[nt->n++] = c;
    return TRUE;
}

/* Reads the integer part with optional thousands separators. */
static gboolean
read_integer(const char **p, const char *end, NumText *nt)
{
    int group = 0, ndig = 0, adv;
    gboolean grouped = FALSE;
    for (;;) {
        char c = symbol_at(*p, end, &adv);
        if (c >= '0' && c <= '9') {
            if (!push_digit(nt, c))
                return FALSE;
            group++;
            ndig++;
        } else if (c == ',') {
            /* first group 1-3 digits, not "0", later ones exactly 3, a
             * digit after: "0,123" (a decimal comma) is text */
            if (group == 0 || group > 3 || (grouped && group != 3)
                || (!grouped && nt->digits[nt->n - group] == '0'))
                return FALSE;
            int adv2;
            char d = symbol_at(*p + adv, end, &adv2);
            if (d < '0' || d > '9')
                return FALSE;
            grouped = TRUE;
            group = 0;
        } else {
            break;
        }
        *p += adv;
    }
    return ndig == 0 || !grouped || group == 3;
}

/* Reads [.digits] and [e±digits]; the exponent is ASCII only. */
static gboolean
read_fraction(const char **p, const char *end, NumText *nt)
{
    int adv;
    if (symbol_at(*p, end, &adv) == '.') {
        *p += adv;
        if (!push_digit(nt, '.'))
            return FALSE;
        char c;
        while ((c = symbol_at(*p, end, &adv)) >= '0' && c <= '9') {
            if (!push_digit(nt, c))
                return FALSE;
            nt->frac++;
            *p += adv;
        }
        if (nt->frac == 0)
            return FALSE;           /* "5." is text */
    }
    const char *q = *p;
    if (q < end && (*q == 'e' || *q == 'E')) {
        const char *r = q + 1;
        int sign = 1;
        if (r < end && (*r == '+' || *r == '-'))
            sign = *r++ == '-' ? -1 : 1;
        if (r < end && g_ascii_isalpha(*r) && r == q + 1)
            return TRUE;            /* "3em": a unit, not an exponent */
        if (r >= end || !g_ascii_isdigit(*r))
            return FALSE;           /* "1e", "1.5e", "2E", "1e+", "1e万": text */
        for (; r < end && g_ascii_isdigit(*r); r++) {
            if (nt->exp < 100000)   /* saturates: strtod gives inf or 0 */
                nt->exp = nt->exp * 10 + (*r - '0');
        }
        nt->exp *= sign;
        *p = r;
    }
    return TRUE;
}

static gboolean
is_unit_char(gunichar c, gboolean first)
{
    if (g_unichar_isalpha(c))
        return TRUE;
    if (c == 0x00B0 || c == 0x2103 || c == 0x33A1 || c == 0x339E
        || c == 0x338F || c == 0x2126)   /* ° ℃ ㎡ ㎞ ㎏ Ω */
        return TRUE;
    if (first)
        return FALSE;
    return g_ascii_isdigit(c) || c == '/' || c == 0x00B7 || c == 0x00B2
           || c == 0x00B3;                /* · ² ³ */
}

/* Checks [s, end) as a unit: short, letters first, not a date word. */
static gboolean
valid_unit(const char *s, const char *end)
{
    const char *p = s;
    int n = 0;
    if (end - s > UNIT_MAX_CHARS * 4 || !g_utf8_validate(s, end - s, NULL))
        return FALSE;
    const char *q = s;
    if (match_word(&q, end, not_unit_starts, G_N_ELEMENTS(not_unit_starts)) >= 0)
        return FALSE;
    while (p < end) {
        if (++n > UNIT_MAX_CHARS || !is_unit_char(g_utf8_get_char(p), n == 1))
            return FALSE;
        p = g_utf8_next_char(p);
    }
    return TRUE;
}

/* Reads sign and digits into @nt; FALSE when [*p, end) starts otherwise. */
static gboolean
read_number(const char **p, const char *end, NumText *nt)
{
    int adv;
    char c = symbol_at(*p, end, &adv);
    if (c == '-' || c == '+') {
        if (c == '-')
            nt->digits[nt->n++] = '-';
        *p += adv;
    }
    const char *start = *p;
    if (!read_integer(p, end, nt))
        return FALSE;
    gboolean had_int = *p > start;
    if (!read_fraction(p, end, nt))
        return FALSE;
    if (!had_int && nt->frac == 0)
        return FALSE;
    /* "0x1f": hexadecimal spelled in a cell is text */
    if (*p < end && (**p == 'x' || **p == 'X') && *p - start == 1 && *start == '0')
        return FALSE;
    nt->digits[nt->n] = '\0';
    return TRUE;
}

/* Whether the mantissa written has a digit other than 0 ("0.000" has none). */
static gboolean
has_nonzero_digit(const NumText *nt)
{
    for (gsize i = 0; i < nt->n; i++)
        if (nt->digits[i] >= '1' && nt->digits[i] <= '9')
            return TRUE;
    return FALSE;
}

static int
clamp_decimals(int frac, long exp)
{
    long d = (long)frac - exp;
    return d < 0 ? 0 : d > G_MAXINT8 ? G_MAXINT8 : (int)d;
}

/* Reads what follows the digits: qualifiers, magnitude, %, unit. */
static gboolean
read_tail(const char *p, const char *end, TjNumber *out, GStringChunk *strings)
{
    p = skip_spaces(p, end);
    const Word *inner = inner_suffixes;
    gsize n_inner = G_N_ELEMENTS(inner_suffixes);
    out->suffix = word_at(inner, match_word(&p, end, inner, n_inner));
    int mag = match_word(&p, end, magnitudes, G_N_ELEMENTS(magnitudes));
    out->magnitude = mag < 0 ? 0 : magnitude_of[mag];
    if (out->suffix == NULL)
        out->suffix = word_at(inner, match_word(&p, end, inner, n_inner));
    p = skip_spaces(p, end);
    const char *tail = match_tail(p, &end, tail_suffixes, G_N_ELEMENTS(tail_suffixes));
    if (tail != NULL) {
        if (out->suffix != NULL)
            return FALSE;
        out->suffix = tail;
        end = trim_end(p, end);
    }
    int adv;
    if (symbol_at(p, end, &adv) == '%') {
        out->percent = TRUE;
        p += adv;
    } else if (end - p >= 3 && memcmp(p, "‰", 3) == 0) {
        out->unit = "‰";
        p += 3;
    }
    p = skip_spaces(p, end);
    if (p == end)
        return TRUE;
    if (out->percent || out->unit != NULL || !valid_unit(p, end))
        return FALSE;
    if (strings != NULL) {
        char tmp[UNIT_MAX_CHARS * 4 + 1];
        memcpy(tmp, p, (gsize)(end - p));
        tmp[end - p] = '\0';
        out->unit = g_string_chunk_insert_const(strings, tmp);
    }
    return TRUE;
}

static TjNumKind
set_kind(TjNumber *out, TjNumKind kind)
{
    if (kind != TJ_NUM_VALUE) {
        memset(out, 0, sizeof *out);
        out->value = NAN;
    }
    return kind;
}

TjNumKind
tj_number_parse(const char *text, TjNumber *out, GStringChunk *strings)
{
    TjNumber tmp;
    g_return_val_if_fail(text != NULL, TJ_NUM_TEXT);
    if (out == NULL)
        out = &tmp;
    memset(out, 0, sizeof *out);
    const char *end = text + strlen(text);
    const char *p = skip_spaces(text, end);
    end = trim_end(p, end);
    if (p < end && !may_be_number(p, end))
        return set_kind(out, TJ_NUM_TEXT);
    if (is_missing(p, end))
        return set_kind(out, TJ_NUM_MISSING);

    int pre = match_word(&p, end, prefixes, G_N_ELEMENTS(prefixes));
    out->prefix = word_at(prefixes, pre);
    if (out->prefix != NULL)
        p = skip_spaces(p, end);
    NumText nt;
    nt.n = 0;
    nt.frac = 0;
    nt.exp = 0;
    if (!read_number(&p, end, &nt) || !read_tail(p, end, out, strings))
        return set_kind(out, TJ_NUM_TEXT);

    /* 2954.7亿 is read as "2954.7e8": one correctly rounded conversion */
    long exp = nt.exp + out->magnitude;
    if (exp != 0)
        g_snprintf(nt.digits + nt.n, sizeof nt.digits - nt.n, "e%ld", exp);
    char *rest = NULL;
    double v = g_ascii_strtod(nt.digits, &rest);
    if (rest == NULL || *rest != '\0')
        return set_kind(out, TJ_NUM_TEXT);
    if (!isfinite(v) || (v == 0 && has_nonzero_digit(&nt))) {
        set_kind(out, TJ_NUM_TEXT);
        out->range = TRUE;
        return TJ_NUM_TEXT;
    }
    out->value = v;
    out->decimals = (gint8)clamp_decimals(nt.frac, nt.exp);
    return TJ_NUM_VALUE;
}
