/* data/stream.c — a large CSV file read whole without holding it: the
 * tokenizer reads it in pieces (csv.c, tj__table_tokenize_fd), and a cell
 * keeps its text only when the text cannot be rebuilt from its number.
 *
 * A plain number — an optional "-", digits without a leading zero, an
 * optional point and digits, an optional "%", at most 15 significant
 * digits, no unit, magnitude or qualifier — is the one decimal of its
 * digits that reads back as its double: printed with as many decimals as
 * it was written with it is the text again (15 digits are within what a
 * double keeps exactly, DBL_DIG). Such a cell keeps only its double (its
 * column's) and its column number; every other cell's text goes to a
 * store of 1 MiB blocks, written once, never moved. A text asked for by
 * pointer is rebuilt once and kept (memo, under a lock: a table may be
 * read by several threads); tj_table_cell_text_equal compares without
 * rebuilding.
 *
 * Files this does not read (not UTF-8 throughout, a NUL byte, a UTF-16
 * byte order mark) go to the whole-file reader, which says what is wrong
 * or decodes them. */
#include "data/table-private.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gstdio.h>

#define STORE_BLOCK ((gsize)1 << TJ__STORE_SHIFT)
#define TEXT_EMPTY (G_MAXUINT32 - 1)
#define MAX_DIGITS 15
#define MAX_DECIMALS 20
#define PRESCAN_BYTES ((gsize)1 << 20)

static const double pow10[] = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
                                1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
                                1e20 };

typedef struct {
    gboolean neg, percent;
    int digits, decimals;   /* significant digits; digits after the point */
    guint64 mantissa;       /* all digits as one integer */
} Plain;

/* Reads @s as a plain number; FALSE when it is not one. */
static gboolean
read_plain(const char *s, Plain *p)
{
    const char *q = s;
    p->neg = *q == '-';
    q += p->neg;
    const char *int0 = q;
    guint64 m = 0;   /* wraps past 19 digits: refused below by the count */
    while ((guint)(*q - '0') < 10)
        m = m * 10 + (guint64)(*q++ - '0');
    gsize n_int = (gsize)(q - int0), n_frac = 0, zeros = 0;
    if (n_int == 0 || (n_int > 1 && *int0 == '0'))
        return FALSE;
    if (*q == '.') {
        const char *frac0 = ++q;
        while ((guint)(*q - '0') < 10)
            m = m * 10 + (guint64)(*q++ - '0');
        n_frac = (gsize)(q - frac0);
        if (n_frac == 0)
            return FALSE;
        if (*int0 == '0')   /* "0.00123": the zeros are not significant */
            for (zeros = 1; zeros <= n_frac && frac0[zeros - 1] == '0'; zeros++) {}
    } else {
        zeros = *int0 == '0';
    }
    p->percent = *q == '%';
    q += p->percent;
    p->digits = (int)(n_int + n_frac - MIN(zeros, n_int + n_frac));
    p->decimals = (int)n_frac;
    p->mantissa = m;
    return *q == '\0' && p->digits <= MAX_DIGITS && n_frac <= MAX_DECIMALS &&
           !(p->neg && m == 0);
}

/* TRUE when @text is rebuilt exactly from @num (see the top). */
static gboolean
rebuildable(const char *text, const TjNumber *num)
{
    Plain p;
    return num->magnitude == 0 && !num->unit && !num->prefix && !num->suffix &&
           read_plain(text, &p) && p.decimals == num->decimals &&
           p.percent == (num->percent != 0);
}

/* Copies @text into the store; its place. */
static guint32
store_put(TjTable *t, const char *text)
{
    gsize n = strlen(text) + 1;   /* ≤ TJ_TABLE_MAX_CELL + 1 < STORE_BLOCK */
    if (!t->store)
        t->store = g_ptr_array_new_with_free_func(g_free);
    if (t->store->len == 0 || t->store_used + n > STORE_BLOCK) {
        g_ptr_array_add(t->store, g_malloc(STORE_BLOCK));
        t->store_used = 0;
    }
    char *block = g_ptr_array_index(t->store, t->store->len - 1);
    memcpy(block + t->store_used, text, n);
    guint32 place = (t->store->len - 1) << TJ__STORE_SHIFT | (guint32)t->store_used;
    t->store_used += n;
    return place;
}

void
tj__table_store_text(TjTable *t, guint c, const char *text, TjNumKind kind,
                     const TjNumber *num)
{
    TjColumn *col = &t->cols[c];
    gsize row = t->n_rows;
    if (kind == TJ_NUM_VALUE && rebuildable(text, num)) {
        if (col->text_off)
            col->text_off[row] = TJ__TEXT_REBUILT;
        return;
    }
    if (!col->text_off) {
        col->text_off = g_new(guint32, t->rows_cap);
        for (gsize r = 0; r < row; r++)
            col->text_off[r] = TJ__TEXT_REBUILT;
    }
    col->text_off[row] = *text ? store_put(t, text) : TEXT_EMPTY;
}

/* The text of the rebuilt cell @row, @col into @out (64 bytes). */
static void
rebuild(const TjTable *t, guint row, guint col, char *out)
{
    TjNumber num;
    tj_table_cell_number(t, row, col, &num);
    char fmt[8];
    g_snprintf(fmt, sizeof fmt, "%%.%df", num.decimals);
    g_ascii_formatd(out, 60, fmt, num.value);
    if (num.percent)
        strcat(out, "%");
}

const char *
tj__table_streamed_text(const TjTable *ct, guint row, guint col, char *tmp)
{
    TjTable *t = (TjTable *)ct;   /* the memo only: logically const */
    const TjColumn *c = &t->cols[col];
    guint32 place = c->text_off ? c->text_off[row] : TJ__TEXT_REBUILT;
    if (place == TEXT_EMPTY)
        return "";
    if (place != TJ__TEXT_REBUILT)
        return (const char *)g_ptr_array_index(t->store, place >> TJ__STORE_SHIFT) +
               (place & (STORE_BLOCK - 1));
    char buf[64];
    rebuild(t, row, col, tmp ? tmp : buf);
    if (tmp)
        return tmp;
    gpointer key = GSIZE_TO_POINTER((gsize)row * t->n_cols + col + 1);
    g_mutex_lock(&t->memo_lock);
    if (!t->memo) {
        t->memo = g_hash_table_new(NULL, NULL);
        t->memo_text = g_string_chunk_new(4096);
    }
    const char *kept = g_hash_table_lookup(t->memo, key);
    if (!kept) {
        kept = g_string_chunk_insert(t->memo_text, buf);
        g_hash_table_insert(t->memo, key, (gpointer)kept);
    }
    g_mutex_unlock(&t->memo_lock);
    return kept;
}

gboolean
tj_table_cell_text_equal(const TjTable *t, guint row, guint col, const char *text)
{
    g_return_val_if_fail(text != NULL, FALSE);
    tj__table_ensure_rows(t);
    g_return_val_if_fail(t != NULL && row < t->n_rows && col < t->n_cols, FALSE);
    const TjColumn *c = &t->cols[col];
    if (!t->streamed || (c->text_off && c->text_off[row] != TJ__TEXT_REBUILT))
        return strcmp(tj_table_cell_text(t, row, col), text) == 0;
    /* a rebuilt cell's text is the one plain number with its value and
     * decimals: @text equals it when it reads as that (see the top) */
    static __thread struct { const char *text; char copy[32]; Plain p; gboolean ok; } last;
    if (last.text != text || strcmp(last.copy, text) != 0) {   /* a filter's text, row after row */
        last.ok = strlen(text) < sizeof last.copy && read_plain(text, &last.p);
        last.text = text;
        g_strlcpy(last.copy, text, sizeof last.copy);
    }
    const Plain p = last.p;
    /* a rebuilt cell is a value: its double, and its form by its code */
    guint32 code = c->codes ? c->codes[row] : TJ__CELL_VALUE0 + c->form0;
    const TjNumber *form = &g_array_index(t->forms, TjNumber, code - TJ__CELL_VALUE0);
    if (!last.ok || p.decimals != form->decimals || p.percent != (form->percent != 0))
        return FALSE;
    double v = (double)p.mantissa / pow10[p.decimals];   /* both exact: rounded once */
    return (p.neg ? -v : v) == c->values[row];
}

void
tj__table_free_streamed(TjTable *t)
{
    if (t->store)
        g_ptr_array_free(t->store, TRUE);
    t->store = NULL;
    g_clear_pointer(&t->memo, g_hash_table_destroy);
    g_clear_pointer(&t->memo_text, g_string_chunk_free);
}

/* Reads @fd through: TRUE when it is UTF-8 throughout without a NUL byte,
 * with *@bom TRUE when it starts with a UTF-8 byte order mark, *@delim
 * its delimiter (data/delimiter.c, from its first MiB); its line
 * breaks (LF, and CR not before LF) plus one in *@lines, its bytes after
 * the mark in *@bytes. */
static gboolean
prescan(int fd, gboolean *bom, char *delim, gsize *lines, gsize *bytes)
{
    char *buf = g_malloc(PRESCAN_BYTES + 4);
    gsize carry = 0, total = 0, n_lines = 1;
    gboolean ok = TRUE, first = TRUE, cr = FALSE;
    *bom = FALSE;
    for (;;) {
        /* the first piece whole: the delimiter is detected from its text */
        gsize want = PRESCAN_BYTES + (first ? 3 : 0), got = 0;
        gssize n = 0;
        while (got < want && ((n = read(fd, buf + carry + got, want - got)) > 0 ||
                              (n < 0 && errno == EINTR)))
            got += n > 0 ? (gsize)n : 0;
        if (n < 0) {
            ok = FALSE;
            break;
        }
        n = (gssize)got;
        const char *s = buf;
        gsize len = carry + (gsize)n;
        if (first) {
            first = FALSE;
            /* UTF-16 and workbooks go to the whole-file reader */
            if (len >= 2 && ((guchar)s[0] == 0xFF || (guchar)s[0] == 0xFE))
                ok = FALSE;
            if (len >= 4 && (memcmp(s, "PK\x03\x04", 4) == 0 || memcmp(s, "PK\x05\x06", 4) == 0 ||
                             memcmp(s, "\xD0\xCF\x11\xE0", 4) == 0))
                ok = FALSE;
            if (len >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) {
                *bom = TRUE;
                s += 3;
                len -= 3;
            }
            *delim = tj__table_detect_delimiter(s, len);
        }
        if (!ok)
            break;
        gsize multi, good = tj__table_utf8_bad_offset(s, len, &multi);
        /* a character cut by the piece's end is read with the next */
        if (len - good > 3 || (n == 0 && good < len) || memchr(s, '\0', len)) {
            ok = FALSE;
            break;
        }
        for (const char *q = s, *e = s + good; (q = memchr(q, '\n', (gsize)(e - q))); q++)
            n_lines++;
        for (gsize i = 0; memchr(s, '\r', good) && i < good; i++) {   /* lone CRs */
            n_lines += cr && s[i] != '\n';
            cr = s[i] == '\r';
        }
        total += good;
        carry = len - good;
        memmove(buf, s + good, carry);
        if (n == 0)
            break;
    }
    g_free(buf);
    *lines = n_lines + cr;
    *bytes = total;
    return ok;
}

TjTable *
tj__table_read_streamed(const char *path, GError **error)
{
    int fd = g_open(path, O_RDONLY, 0);
    if (fd < 0)
        return NULL;
    struct stat st;
    gboolean bom = FALSE;
    char delim = ',';
    gsize lines = 0, bytes = 0;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || (guint64)st.st_size > TJ_TABLE_MAX_FILE ||
        !prescan(fd, &bom, &delim, &lines, &bytes) || lseek(fd, bom ? 3 : 0, SEEK_SET) < 0) {
        close(fd);
        return NULL;
    }
    TjTable *t = g_new0(TjTable, 1);
    t->name = g_intern_string(path);
    t->strings = g_string_chunk_new(4096);
    t->encoding = bom ? "UTF-8-BOM" : "UTF-8";
    t->streamed = TRUE;
    gboolean ok = tj__table_tokenize_fd(t, fd, delim, lines, bytes, error);
    close(fd);
    if (!ok) {
        tj_table_free(t);
        return NULL;
    }
    tj__table_finish_columns(t);
    return t;
}
