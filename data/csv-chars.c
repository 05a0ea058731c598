/* data/csv-chars.c — the character classes of data/csv.c: the spaces
 * trimmed around a field (ASCII blanks, U+3000, U+00A0), and the
 * characters a field may not hold: control characters (C0 but tab and line
 * breaks, DEL, C1), which no font draws, and U+FEFF, an invisible byte
 * order mark inside the data (one at the very start of the file was
 * skipped by decode.c). */
#include "data/table-private.h"

static gboolean
is_ascii_space(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

static gboolean
is_ideographic_space(const char *p)   /* U+3000 */
{
    return p[0] == '\xE3' && p[1] == '\x80' && p[2] == '\x80';
}

static gboolean
is_nbsp(const char *p)                /* U+00A0 */
{
    return p[0] == '\xC2' && p[1] == '\xA0';
}

void
tj__table_trim(const char *buf, gsize *a, gsize *b)
{
    for (;;) {
        if (*a < *b && is_ascii_space(buf[*a]))
            *a += 1;
        else if (*b - *a >= 3 && is_ideographic_space(buf + *a))
            *a += 3;
        else if (*b - *a >= 2 && is_nbsp(buf + *a))
            *a += 2;
        else
            break;
    }
    for (;;) {
        if (*b > *a && is_ascii_space(buf[*b - 1]))
            *b -= 1;
        else if (*b - *a >= 3 && is_ideographic_space(buf + *b - 3))
            *b -= 3;
        else if (*b - *a >= 2 && is_nbsp(buf + *b - 2))
            *b -= 2;
        else
            break;
    }
}

gsize
tj__table_wide_space(const char *p)
{
    return is_ideographic_space(p) ? 3 : is_nbsp(p) ? 2 : 0;
}


/* The length of a forbidden character at @p (its code point into @u),
 * else 0. */
static gsize
forbidden_at(const char *p, gunichar *u)
{
    guchar c = (guchar)p[0];
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
        *u = c;
        return 1;
    }
    if (c == 0xC2 && (guchar)p[1] >= 0x80 && (guchar)p[1] <= 0x9F) {
        *u = (guchar)p[1];
        return 2;
    }
    if (c == 0xEF && (guchar)p[1] == 0xBB && (guchar)p[2] == 0xBF) {
        *u = 0xFEFF;
        return 3;
    }
    return 0;
}

gboolean
tj__table_find_forbidden(const char *buf, gsize s, gsize e, guint *line, guint *col,
                         gunichar *u)
{
    gsize i = s;
    for (; i < e; i++) {
        guchar c = (guchar)buf[i];
        if ((c < 0x20 || c == 0x7F || c == 0xC2 || c == 0xEF) && forbidden_at(buf + i, u))
            break;
    }
    if (i >= e)
        return FALSE;
    /* its place: count characters and line breaks from the field's start */
    for (gsize k = s; k < i; k++) {
        if (buf[k] == '\n' || (buf[k] == '\r' && buf[k + 1] != '\n')) {
            (*line)++;
            *col = 1;
        } else if (((guchar)buf[k] & 0xC0) != 0x80 && buf[k] != '\r') {
            (*col)++;
        }
    }
    return TRUE;
}
