/* data/date.c — dates of a 大事记 read from cells (see data/date.h).
 *
 * Grammar, after trimming spaces and folding full-width digits and
 * punctuation to ASCII:
 *
 *   Y年 [M月 [D日]]      (年/月/日 forms; "日" or "号")
 *   Y [SEP M [SEP D]]    SEP one of - / . (the same one throughout)
 *
 * Y has four digits; M and D one or two. */
#include "data/date.h"

#include <string.h>

/* @text with full-width digits and ．－／ folded to ASCII, spaces trimmed.
 * (transfer full) */
static char *
fold(const char *text)
{
    GString *s = g_string_new(NULL);
    for (const char *p = text; *p; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        if (c >= 0xFF10 && c <= 0xFF19)
            g_string_append_c(s, (char)('0' + (c - 0xFF10)));
        else if (c == 0xFF0E)
            g_string_append_c(s, '.');
        else if (c == 0xFF0D || c == 0x2013 || c == 0x2212)
            g_string_append_c(s, '-');
        else if (c == 0xFF0F)
            g_string_append_c(s, '/');
        else
            g_string_append_unichar(s, c);
    }
    char *out = g_string_free(s, FALSE);
    /* U+3000 and U+00A0 around the text count as spaces */
    for (;;) {
        g_strstrip(out);
        if (g_str_has_prefix(out, "\u3000") || g_str_has_prefix(out, "\u00a0"))
            memmove(out, g_utf8_next_char(out), strlen(g_utf8_next_char(out)) + 1);
        else if (g_str_has_suffix(out, "\u3000"))
            out[strlen(out) - 3] = '\0';
        else if (g_str_has_suffix(out, "\u00a0"))
            out[strlen(out) - 2] = '\0';
        else
            break;
    }
    return out;
}

/* Reads 1..@max digits at *@p into @out. */
static gboolean
digits(const char **p, int min, int max, int *out)
{
    int n = 0, v = 0;
    while (g_ascii_isdigit(**p) && n < max) {
        v = v * 10 + (**p - '0');
        (*p)++;
        n++;
    }
    if (n < min || g_ascii_isdigit(**p))
        return FALSE;
    *out = v;
    return TRUE;
}

static gboolean
eat(const char **p, const char *word)
{
    size_t n = strlen(word);
    if (strncmp(*p, word, n) != 0)
        return FALSE;
    *p += n;
    return TRUE;
}

static gboolean
valid(const TjDate *d)
{
    if (d->year < 1 || d->year > 9999 || d->month < 0 || d->month > 12 || d->day < 0)
        return FALSE;
    if (d->month == 0)
        return d->day == 0;
    if (d->day == 0)
        return TRUE;
    return g_date_valid_dmy((GDateDay)d->day, (GDateMonth)d->month, (GDateYear)d->year);
}

/* The 年月日 form, after the year. */
static gboolean
parse_words(const char *p, TjDate *d)
{
    if (!eat(&p, "年"))
        return FALSE;
    if (*p && !(digits(&p, 1, 2, &d->month) && d->month > 0 && eat(&p, "月")))
        return FALSE;
    if (*p && !(digits(&p, 1, 2, &d->day) && d->day > 0 && (eat(&p, "日") || eat(&p, "号"))))
        return FALSE;
    return *p == '\0';
}

/* The separator form, after the year. */
static gboolean
parse_sep(const char *p, TjDate *d)
{
    if (*p == '\0')
        return TRUE;
    char sep = *p;
    if (sep != '-' && sep != '/' && sep != '.')
        return FALSE;
    p++;
    if (!digits(&p, 1, 2, &d->month) || d->month == 0)
        return FALSE;
    if (*p == '\0')
        return TRUE;
    if (*p != sep)
        return FALSE;
    p++;
    return digits(&p, 1, 2, &d->day) && d->day > 0 && *p == '\0';
}

gboolean
tj_date_parse(const char *text, TjDate *out)
{
    TjDate d = { 0, 0, 0 };
    if (out)
        *out = d;
    if (!text)
        return FALSE;
    char *s = fold(text);
    const char *p = s;
    gboolean ok = digits(&p, 4, 4, &d.year) &&
                  (g_str_has_prefix(p, "年") ? parse_words(p, &d) : parse_sep(p, &d)) &&
                  valid(&d);
    g_free(s);
    if (ok && out)
        *out = d;
    return ok;
}

int
tj_date_compare(const TjDate *a, const TjDate *b)
{
    if (a->year != b->year)
        return a->year < b->year ? -1 : 1;
    if (a->month != b->month)
        return a->month < b->month ? -1 : 1;
    if (a->day != b->day)
        return a->day < b->day ? -1 : 1;
    return 0;
}

char *
tj_date_format(const TjDate *d)
{
    if (d->month == 0)
        return g_strdup_printf("%d年", d->year);
    if (d->day == 0)
        return g_strdup_printf("%d年%d月", d->year, d->month);
    return g_strdup_printf("%d年%d月%d日", d->year, d->month, d->day);
}
