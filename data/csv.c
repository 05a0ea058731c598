/* data/csv.c — the RFC 4180 tokenizer: UTF-8 text → header and cells.
 *
 * One pass over the text, no recursion, no backtracking: every byte is
 * scanned once and counted once for columns. Fields are unquoted in place
 * (content only ever shrinks) and NUL-terminated where they end, so a cell
 * is an offset into the buffer. Before a field's bytes are changed the
 * column counter has passed them, so columns always count the file as
 * written. Rules beyond RFC 4180, all tested:
 *  - line breaks are LF, CRLF or a lone CR (old Mac Excel);
 *  - spaces around a field (ASCII blanks, U+3000, U+00A0) are trimmed,
 *    outside and inside quotes (there also line breaks); a quote may follow
 *    leading spaces;
 *  - blank lines (nothing but spaces) are skipped anywhere, so a one-column
 *    file writes an empty cell as ""; a line of delimiters is a row;
 *  - a quote inside an unquoted field, or text after a closing quote, is
 *    an error, as are NUL bytes and rows whose field count differs from
 *    the header's; a quoted field that runs over lines into text after
 *    its closing quote is reported where its quote opened (a quote left
 *    open);
 *  - a control character (C0 but tab and line breaks, DEL, C1) or a byte
 *    order mark (U+FEFF; one at the very start was skipped by decode.c) in
 *    a field is an error at its line and column: it cannot be drawn, and
 *    an invisible U+FEFF makes a label differ from the same text typed;
 *  - a header without a data row is an error. */
#include "data/csv-private.h"
#include "core/i18n.h"

#include <stdarg.h>
#include <string.h>


typedef struct {
    gsize off;         /* trimmed content at buf + off, NUL-terminated */
    guint line, col;   /* where the field starts (after leading spaces) */
    char term;         /* what ended it: delimiter, '\r', '\n' or '\0' */
    guint term_line, term_col;   /* place of that terminator */
} Field;

static gboolean G_GNUC_PRINTF(5, 6)
fail(Lexer *lx, TjErrorCode code, guint line, guint col, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *msg = g_strdup_vprintf(fmt, ap);
    va_end(ap);
    TjSrcLoc loc = tj_src_loc(lx->t->name, line, col);
    tj_error_set_at(lx->error, code, &loc, "%s", msg);
    g_free(msg);
    return FALSE;
}

static void
new_line(Lexer *lx, gsize start)
{
    lx->line++;
    lx->cnt_pos = start;
    lx->cnt_col = 0;
}

/* Column of byte @pos of the current line; @pos never goes backwards. */
static guint
col_at(Lexer *lx, gsize pos)
{
    for (; lx->cnt_pos < pos; lx->cnt_pos++) {
        if (((guchar)lx->buf[lx->cnt_pos] & 0xC0) != 0x80)
            lx->cnt_col++;
    }
    return lx->cnt_col + 1;
}

/* Skips spaces: ASCII blanks (a tab unless it is the delimiter), U+3000
 * and U+00A0. */
static gsize
skip_blanks(const Lexer *lx, gsize p)
{
    const char *b = lx->buf;
    for (;;) {
        gsize wide = tj__table_wide_space(b + p);
        if (b[p] == ' ' || (b[p] == '\t' && lx->delim != '\t'))
            p++;
        else if (wide)
            p += wide;
        else
            return p;
    }
}

/* Fails at the first control character or U+FEFF in the raw field
 * [@s, @e) that starts at @line:@col (data/csv-chars.c). */
static gboolean
check_chars(Lexer *lx, gsize s, gsize e, guint line, guint col)
{
    gunichar u = 0;
    if (!tj__table_find_forbidden(lx->buf, s, e, &line, &col, &u))
        return TRUE;
    if (u == 0xFEFF)
        return fail(lx, TJ_ERROR_INPUT, line, col,
                    _("byte order mark U+FEFF (invisible) inside the data; expected it "
                    "only at the very start of the file (were two CSV files joined?): "
                    "delete it"));
    return fail(lx, TJ_ERROR_INPUT, line, col,
                _("control character U+%04X in a field; expected text (it cannot be "
                "drawn: delete it)"), (guint)u);
}

/* Trims [a, b), NUL-terminates it and checks its length. */
static gboolean
finish_field(Lexer *lx, Field *f, gsize a, gsize b)
{
    tj__table_trim(lx->buf, &a, &b);
    if (b - a > TJ_TABLE_MAX_CELL)
        return fail(lx, TJ_ERROR_LIMIT, f->line, f->col,
                    _("cell of %llu bytes; the limit is %d bytes"),
                    (unsigned long long)(b - a), TJ_TABLE_MAX_CELL);
    lx->buf[b] = '\0';
    f->off = a;
    return TRUE;
}

/* Characters in [@a, @b) of @buf: bytes that are not UTF-8 continuations. */
static gsize
count_chars(const char *buf, gsize a, gsize b)
{
    gsize n = 0;
    for (gsize i = a; i < b; i++)
        n += ((guchar)buf[i] & 0xC0) != 0x80;
    return n;
}

/* Reads a quoted field whose opening quote is at @s. */
static gboolean
read_quoted(Lexer *lx, gsize s, Field *f)
{
    char *buf = lx->buf;
    gsize r = s + 1;
    for (;; r++) {
        char c = buf[r];
        if (c == '\0')
            return fail(lx, TJ_ERROR_INPUT, f->line, f->col,
                        _("unterminated quoted field; expected a closing \" "
                        "(write a quote inside a field as \"\")"));
        if (c == '"') {
            if (buf[r + 1] != '"')
                break;
            r++;
        } else if (c == '\n' || (c == '\r' && buf[r + 1] != '\n')) {
            new_line(lx, r + 1);
        }
    }
    gsize p = skip_blanks(lx, r + 1);
    guint pcol = col_at(lx, p);   /* counts the raw field before unquoting */
    char term = buf[p];
    if (term != lx->delim && term != '\r' && term != '\n' && term != '\0') {
        if (lx->line != f->line)  /* most likely a quote left open here */
            return fail(lx, TJ_ERROR_INPUT, f->line, f->col,
                        _("this quote is not closed on its line: the quoted field "
                        "runs to line %u, where text follows its closing quote; "
                        "expected a closing \" (write a quote inside a field as \"\")"),
                        lx->line);
        return fail(lx, TJ_ERROR_INPUT, lx->line, pcol,
                    _("text after the closing quote of a field; expected a "
                    "delimiter or the end of the line"));
    }
    if (!check_chars(lx, s + 1, r, f->line, f->col + 1))
        return FALSE;
    gsize raw_chars = count_chars(buf, s, r + 1);
    gsize w = s;
    for (gsize i = s + 1; i < r; i++) {
        buf[w++] = buf[i];
        if (buf[i] == '"')
            i++;   /* the second quote of "" */
    }
    f->term = term;
    f->term_line = lx->line;
    f->term_col = pcol;
    lx->pos = p;
    gsize a = s, b = w;
    tj__table_trim(buf, &a, &b);
    if (!finish_field(lx, f, a, b))
        return FALSE;
    /* the text moves to the quote's place; the bytes after it become as
     * many characters as the raw field had beyond the text (NULs, then
     * continuation bytes), so the line keeps its count of characters, from
     * which the next cells' columns are derived (table-private.h) */
    memmove(buf + s, buf + a, b - a);
    gsize end = s + (b - a), extra = raw_chars - count_chars(buf, s, end);
    memset(buf + end, 0, extra);
    memset(buf + end + extra, 0x80, r + 1 - end - extra);
    f->off = s;
    return TRUE;
}

/* Reads the field starting at lx->pos; lx->pos ends on its terminator. */
static gboolean
read_field(Lexer *lx, Field *f)
{
    gsize s = skip_blanks(lx, lx->pos);
    f->line = lx->line;
    f->col = col_at(lx, s);
    if (lx->buf[s] == '"')
        return read_quoted(lx, s, f);
    gsize j = s;
    while (!lx->stop[(guchar)lx->buf[j]])
        j++;
    f->term_line = lx->line;
    f->term_col = col_at(lx, j);
    if (!check_chars(lx, s, j, f->line, f->col))
        return FALSE;
    if (lx->buf[j] == '"')
        return fail(lx, TJ_ERROR_INPUT, lx->line, f->term_col,
                    _("quote inside an unquoted field; expected the whole field "
                    "in quotes, with each inner quote doubled (\"\")"));
    f->term = lx->buf[j];
    lx->pos = j;
    return finish_field(lx, f, s, j);
}

/* Consumes the terminator of the field just read; TRUE when it was a
 * delimiter, so another field of the record follows. */
static gboolean
next_field(Lexer *lx, char term)
{
    gsize p = lx->pos;
    if (term == '\0')
        return FALSE;
    if (term == lx->delim) {
        lx->pos = p + 1;
        return TRUE;
    }
    p++;
    if (term == '\r' && lx->buf[p] == '\n')
        p++;
    new_line(lx, p);
    lx->pos = p;
    return FALSE;
}

/* Skips blank lines; FALSE at the end of the text. */
static gboolean
skip_blank_lines(Lexer *lx)
{
    for (;;) {
        tj__csv_ensure_record(lx);
        gsize p = skip_blanks(lx, lx->pos);
        char c = lx->buf[p];
        if (c == '\0') {
            lx->pos = p;
            return FALSE;
        }
        if (c != '\r' && c != '\n')
            return TRUE;
        lx->pos = p;
        next_field(lx, c);
    }
}

static gboolean
read_header(Lexer *lx)
{
    TjTable *t = lx->t;
    GArray *fields = g_array_new(FALSE, FALSE, sizeof(Field));
    gboolean ok = TRUE;
    Field f;
    do {
        ok = read_field(lx, &f);
        if (ok && fields->len == TJ_TABLE_MAX_COLS)
            ok = fail(lx, TJ_ERROR_LIMIT, f.line, f.col,
                      _("more than %d columns; the limit is %d columns"),
                      TJ_TABLE_MAX_COLS, TJ_TABLE_MAX_COLS);
        if (ok)
            g_array_append_val(fields, f);
    } while (ok && next_field(lx, f.term));
    if (ok) {
        t->n_cols = fields->len;
        t->cols = g_new0(TjColumn, t->n_cols);
        for (guint i = 0; i < t->n_cols; i++) {
            const Field *h = &g_array_index(fields, Field, i);
            /* a window's text moves on: a streamed table keeps its own */
            t->cols[i].name = lx->fd < 0 ? lx->buf + h->off
                              : g_string_chunk_insert(t->strings, lx->buf + h->off);
            t->cols[i].line = h->line;
            t->cols[i].col = h->col;
        }
    }
    g_array_free(fields, TRUE);
    return ok;
}

static void
store_cell(Lexer *lx, const Field *f, guint c, guint32 row_line)
{
    TjTable *t = lx->t;
    gsize idx = (gsize)t->n_rows * t->n_cols + c;
    TjNumber num;
    TjNumKind kind = tj_number_parse(lx->buf + f->off, &num, t->strings);
    if (t->streamed) {   /* cells holds each cell's column (stream.c) */
        t->cells[idx] = f->col;
        tj__table_store_text(t, c, lx->buf + f->off, kind, &num);
    } else {
        t->cells[idx] = (guint32)f->off;
    }
    tj__table_add_number(t, c, kind, &num);
    if (f->line != row_line) {   /* after a quoted line break: kept */
        if (t->cell_line == NULL) {
            t->cell_line = g_hash_table_new(NULL, NULL);
            t->cell_col = g_hash_table_new(NULL, NULL);
        }
        g_hash_table_insert(t->cell_line, GSIZE_TO_POINTER(idx),
                            GUINT_TO_POINTER(f->line));
        g_hash_table_insert(t->cell_col, GSIZE_TO_POINTER(idx),
                            GUINT_TO_POINTER(f->col));
    }
}

static gboolean
read_row(Lexer *lx)
{
    TjTable *t = lx->t;
    if (t->n_rows >= TJ_TABLE_MAX_ROWS)
        return fail(lx, TJ_ERROR_LIMIT, lx->line, 1,
                    _("more than %d rows; the limit is %d rows"),
                    TJ_TABLE_MAX_ROWS, TJ_TABLE_MAX_ROWS);
    if (t->n_rows == t->rows_cap)
        tj__table_grow_rows(t);   /* never with max_rows's bound */
    guint32 row_line = lx->line;
    guint n = 0, extra_line = 0, extra_col = 0;
    Field f;
    do {
        if (!read_field(lx, &f))
            return FALSE;
        if (n < t->n_cols) {
            store_cell(lx, &f, n, row_line);
        } else if (n == t->n_cols) {
            extra_line = f.line;
            extra_col = f.col;
        }
        n++;
    } while (next_field(lx, f.term));
    if (n < t->n_cols)
        return fail(lx, TJ_ERROR_INPUT, f.term_line, f.term_col,
                    _("too few fields: %u; expected %u as in the header"),
                    n, t->n_cols);
    if (n > t->n_cols)
        return fail(lx, TJ_ERROR_INPUT, extra_line, extra_col,
                    _("too many fields: %u; expected %u as in the header"),
                    n, t->n_cols);
    tj__table_add_row(t, row_line);
    return TRUE;
}

static gboolean
check_nul(Lexer *lx, gsize start)
{
    const char *nul = memchr(lx->buf + start, '\0', lx->end - start);
    if (nul == NULL)
        return TRUE;
    guint line, col;
    tj__table_locate(lx->buf + start, (gsize)(nul - lx->buf) - start, &line, &col);
    return fail(lx, TJ_ERROR_INPUT, line, col,
                _("NUL byte; expected text (is this a spreadsheet, or UTF-16 "
                "without a byte order mark?)"));
}

static void
set_stops(Lexer *lx, char delim)
{
    lx->delim = delim;
    memset(lx->stop, 0, sizeof lx->stop);
    lx->stop[(guchar)lx->delim] = lx->stop['"'] = lx->stop['\r'] = 1;
    lx->stop['\n'] = lx->stop[0] = 1;
}

/* The header, then the rows; @rows_bound: at most how many rows follow
 * the header, or 0 to count them in the (whole) text. */
static gboolean
read_table(Lexer *lx, gsize rows_bound, gsize text_bytes)
{
    TjTable *t = lx->t;
    if (!skip_blank_lines(lx))
        return fail(lx, TJ_ERROR_INPUT, 1, 1,
                    _("empty file; expected a header row of column names"));
    if (!read_header(lx) || !tj__table_check_header(t, lx->error))
        return FALSE;
    /* a row of n fields takes at least n bytes; past the row limit the
     * reader stops: so blank lines or a wide header never make the arrays
     * (virtual until touched) larger than the text warrants */
    if (rows_bound == 0) {
        rows_bound = tj__csv_max_rows(lx->buf, lx->pos, lx->end);
        text_bytes = lx->end - lx->pos;
    }
    gsize rows = MIN(rows_bound, text_bytes / t->n_cols + 1);
    tj__table_reserve_rows(t, MIN(rows, (gsize)TJ_TABLE_MAX_ROWS + 1));
    while (skip_blank_lines(lx)) {
        if (!read_row(lx))
            return FALSE;
    }
    if (t->n_rows == 0)
        return fail(lx, TJ_ERROR_INPUT, t->cols[0].line, 1,
                    _("a header and no data row under it; expected at least one row "
                    "of values"));
    return TRUE;
}

gboolean
tj__table_tokenize(TjTable *t, gsize start, gsize len, GError **error)
{
    Lexer lx = { .t = t, .buf = t->buf, .pos = start, .end = start + len,
                 .line = 1, .cnt_pos = start, .error = error, .fd = -1 };
    if (!check_nul(&lx, start))
        return FALSE;
    t->buf[start + len] = '\0';
    t->delimiter = tj__table_detect_delimiter(t->buf + start, len);
    set_stops(&lx, t->delimiter);
    return read_table(&lx, 0, 0);
}

gboolean
tj__table_tokenize_fd(TjTable *t, int fd, char delim, gsize rows_bound, gsize text_bytes,
                      GError **error)
{
    Lexer lx = { .t = t, .line = 1, .error = error, .fd = fd };
    tj__csv_window_open(&lx);
    t->delimiter = delim;
    set_stops(&lx, delim);
    gboolean ok = read_table(&lx, MAX(rows_bound, 1), text_bytes);
    g_free(lx.buf);
    return ok;
}
