/* data/table.c — a table's life: reading the file, choosing its reader by
 * its first bytes (a zip: .xlsx, xlsx.c; an OLE2 compound file: .xls,
 * xls.c; else CSV: decoding, tokenizing in decode.c, csv.c, column.c),
 * the getters, and the unknown-column error.
 * The getters are cheap and const; a table is immutable once returned, so
 * it may be read from several threads. */
#include "data/workbook-private.h"
#include "core/i18n.h"

#include <errno.h>
#include <math.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gstdio.h>

#define LIST_MAX_NAMES 30   /* columns listed in the unknown-column error */

static const TjNumber missing_number = { .value = NAN };

static gboolean
file_limit_error(gsize size, const char *name, GError **error)
{
    TjSrcLoc loc = tj_src_loc(name, 0, 0);
    tj_error_set_at(error, TJ_ERROR_LIMIT, &loc,
                    _("file of %llu bytes; the limit is %llu bytes (2 GiB)"),
                    (unsigned long long)size, (unsigned long long)TJ_TABLE_MAX_FILE);
    return FALSE;
}

TjTable *
tj__table_parse_owned(char *bytes, gsize len, const char *name, GError **error)
{
    TjTable *t = g_new0(TjTable, 1);
    t->name = g_intern_string(name);
    t->strings = g_string_chunk_new(4096);
    gsize start = 0, text_len = 0;
    t->buf = tj__table_decode(bytes, len, t->name, &start, &text_len,
                              &t->encoding, error);
    if (t->buf == NULL || !tj__table_tokenize(t, start, text_len, error)) {
        tj_table_free(t);
        return NULL;
    }
    tj__table_finish_columns(t);
    return t;
}

typedef enum { KIND_CSV, KIND_XLSX, KIND_XLS } FileKind;

/* By signature, never by name: a zip local header (or an empty zip's end
 * record), or the OLE2 compound file magic. */
static FileKind
sniff(const char *bytes, gsize len)
{
    static const char ole2[] = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
    if (len >= 4 && (memcmp(bytes, "PK\x03\x04", 4) == 0 || memcmp(bytes, "PK\x05\x06", 4) == 0))
        return KIND_XLSX;
    if (len >= 8 && memcmp(bytes, ole2, 8) == 0)
        return KIND_XLS;
    return KIND_CSV;
}

static gboolean
no_sheets_error(const char *name, const char *sheet, GError **error)
{
    TjSrcLoc loc = tj_src_loc(name, 0, 0);
    char *shown = g_utf8_make_valid(sheet, -1);
    tj_error_set_at(error, TJ_ERROR_INPUT, &loc, _("sheet “%s” asked of a CSV file, "
                    "which has none; a sheet is chosen only in an .xlsx or .xls workbook"),
                    shown);
    g_free(shown);
    return FALSE;
}

/* Reads @bytes (g_malloc'ed, @len bytes and one spare) by their kind,
 * taking them; @path: where they came from, or NULL. */
static TjTable *
read_owned(char *bytes, gsize len, const char *name, const char *path,
           const char *sheet, GError **error)
{
    TjTable *t = NULL;
    switch (sniff(bytes, len)) {
    case KIND_XLSX:
        t = tj__xlsx_read(bytes, len, name, sheet, error);
        break;
    case KIND_XLS:
        t = tj__xls_read(path, bytes, len, name, sheet, error);
        break;
    case KIND_CSV:
        if (sheet != NULL) {
            no_sheets_error(name, sheet, error);
            break;
        }
        return tj__table_parse_owned(bytes, len, name, error);
    }
    g_free(bytes);
    return t;
}

TjTable *
tj_table_parse_sheet(const char *bytes, gsize len, const char *name,
                     const char *sheet, GError **error)
{
    g_return_val_if_fail(bytes != NULL || len == 0, NULL);
    if (name == NULL)
        name = "<input>";
    if (len > TJ_TABLE_MAX_FILE) {
        file_limit_error(len, name, error);
        return NULL;
    }
    char *copy = g_malloc(len + 1);
    if (len > 0)
        memcpy(copy, bytes, len);
    copy[len] = '\0';
    return read_owned(copy, len, name, NULL, sheet, error);
}

TjTable *
tj_table_parse(const char *bytes, gsize len, const char *name, GError **error)
{
    return tj_table_parse_sheet(bytes, len, name, NULL, error);
}

static gboolean
io_error(const char *path, const char *what, int err, GError **error)
{
    TjSrcLoc loc = tj_src_loc(path, 0, 0);
    /* TRANSLATORS: %s is "open the file" or "read the file", then the
       system's reason */
    tj_error_set_at(error, TJ_ERROR_IO, &loc, _("cannot %s: %s"), what,
                    g_strerror(err));
    return FALSE;
}

/* Reads the whole file at @path into one g_malloc'ed buffer (one spare
 * byte), refusing files over TJ_TABLE_MAX_FILE before reading them. */
gboolean
tj__table_read_file(const char *path, char **out, gsize *out_len, GError **error)
{
    int fd = strcmp(path, "-") == 0 ? dup(STDIN_FILENO) : g_open(path, O_RDONLY, 0);
    if (fd < 0)
        return io_error(path, _("open the file"), errno, error);
    struct stat st;
    gsize cap = 65536, len = 0;
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
        if ((guint64)st.st_size > TJ_TABLE_MAX_FILE) {
            close(fd);
            return file_limit_error((gsize)st.st_size, path, error);
        }
        cap = (gsize)st.st_size + 1;
    }
    char *buf = g_malloc(cap);
    for (;;) {
        if (len + 1 >= cap) {
            if (len > TJ_TABLE_MAX_FILE) {
                g_free(buf);
                close(fd);
                return file_limit_error(len, path, error);
            }
            cap *= 2;
            buf = g_realloc(buf, cap);
        }
        gssize n = read(fd, buf + len, cap - 1 - len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            int err = errno;
            g_free(buf);
            close(fd);
            return io_error(path, _("read the file"), err, error);
        }
        if (n == 0)
            break;
        len += (gsize)n;
    }
    close(fd);
    *out = buf;
    *out_len = len;
    return TRUE;
}

TjTable *
tj_table_load_sheet(const char *path, const char *sheet, GError **error)
{
    g_return_val_if_fail(path != NULL, NULL);
    char *bytes;
    gsize len;
    const char *name = strcmp(path, "-") == 0 ? "<stdin>" : path;
    if (!tj__table_read_file(path, &bytes, &len, error))
        return NULL;
    /* a workbook on the standard input is read from memory like one
     * inside a zip: the .xls reader is given no path */
    return read_owned(bytes, len, name, strcmp(path, "-") == 0 ? NULL : path, sheet, error);
}

char **
tj_table_sheet_names(const char *path, GError **error)
{
    g_return_val_if_fail(path != NULL, NULL);
    char *bytes;
    gsize len;
    if (!tj__table_read_file(path, &bytes, &len, error))
        return NULL;
    GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
    gboolean ok = TRUE;
    switch (sniff(bytes, len)) {
    case KIND_XLSX:
        ok = tj__xlsx_sheets(bytes, len, path, names, error);
        break;
    case KIND_XLS:
        ok = tj__xls_sheets(path, bytes, len, path, names, error);
        break;
    case KIND_CSV:
        break;
    }
    g_free(bytes);
    if (!ok) {
        g_ptr_array_free(names, TRUE);
        return NULL;
    }
    g_ptr_array_set_free_func(names, NULL);
    g_ptr_array_add(names, NULL);
    return (char **)g_ptr_array_free(names, FALSE);
}

TjTable *
tj_table_load(const char *path, GError **error)
{
    return tj_table_load_sheet(path, NULL, error);
}

void
tj_table_free(TjTable *t)
{
    if (t == NULL)
        return;
    g_free(t->buf);
    tj__table_free_columns(t);
    g_string_chunk_free(t->strings);
    g_free(t->deferred);
    g_clear_error(&t->rows_error);
    g_free(t);
}

const char *
tj_table_name(const TjTable *t)
{
    g_return_val_if_fail(t != NULL, NULL);
    return t->name;
}

const char *
tj_table_encoding(const TjTable *t)
{
    g_return_val_if_fail(t != NULL, NULL);
    return t->encoding;
}

char
tj_table_delimiter(const TjTable *t)
{
    g_return_val_if_fail(t != NULL, ',');
    return t->delimiter;
}

guint
tj_table_n_rows(const TjTable *t)
{
    g_return_val_if_fail(t != NULL, 0);
    tj__table_ensure_rows(t);
    return t->n_rows;
}

guint
tj_table_n_cols(const TjTable *t)
{
    g_return_val_if_fail(t != NULL, 0);
    return t->n_cols;
}

const char *
tj_table_column_name(const TjTable *t, guint col)
{
    g_return_val_if_fail(t != NULL && col < t->n_cols, NULL);
    return t->cols[col].name;
}

int
tj_table_column_by_name(const TjTable *t, const char *name)
{
    g_return_val_if_fail(t != NULL && name != NULL, -1);
    gsize a = 0, b = strlen(name);
    tj__table_trim(name, &a, &b);
    for (guint i = 0; i < t->n_cols; i++) {
        const char *c = t->cols[i].name;
        if (strncmp(c, name + a, b - a) == 0 && c[b - a] == '\0')
            return (int)i;
    }
    /* "地区生产总值" finds "地区生产总值（亿元）" when one column has that label */
    int found = -1;
    for (guint i = 0; i < t->n_cols; i++) {
        const char *l = t->cols[i].label;
        if (l && l != t->cols[i].name && strncmp(l, name + a, b - a) == 0
            && l[b - a] == '\0') {
            if (found >= 0)
                return -1;
            found = (int)i;
        }
    }
    return found;
}

TjColumnType
tj_table_column_type(const TjTable *t, guint col)
{
    g_return_val_if_fail(t != NULL && col < t->n_cols, TJ_COL_TEXT);
    tj__table_ensure_rows(t);
    return t->cols[col].type;
}

const char *
tj_table_column_unit(const TjTable *t, guint col)
{
    g_return_val_if_fail(t != NULL && col < t->n_cols, NULL);
    tj__table_ensure_rows(t);
    return t->cols[col].unit;
}

const char *
tj_table_column_label(const TjTable *t, guint col)
{
    g_return_val_if_fail(t != NULL && col < t->n_cols, NULL);
    return t->cols[col].label;
}

guint32
tj__table_row_line(const TjTable *t, guint row)
{
    const TjLineMark *m = (const TjLineMark *)(gpointer)t->lines->data;
    guint lo = 0, hi = t->lines->len;   /* the last mark at or before @row */
    while (hi - lo > 1) {
        guint mid = lo + (hi - lo) / 2;
        if (m[mid].row <= row)
            lo = mid;
        else
            hi = mid;
    }
    return m[lo].line + (row - m[lo].row);
}

/* The column of a cell on its row's first line: its characters from the
 * line's start (found back from the row's first cell, before which are
 * only blanks), which the in-place changes keep (table-private.h). */
static guint
derived_col(const TjTable *t, guint row, guint col)
{
    const char *buf = t->buf;
    const char *p = buf + t->cells[(gsize)row * t->n_cols];
    const char *e = buf + t->cells[(gsize)row * t->n_cols + col];
    while (p > buf && p[-1] != '\n' && p[-1] != '\r' && p[-1] != '\0')
        p--;
    guint n = 1;
    for (; p < e; p++)
        n += ((guchar)*p & 0xC0) != 0x80;
    return n;
}

const char *
tj_table_cell_text(const TjTable *t, guint row, guint col)
{
    tj__table_ensure_rows(t);
    g_return_val_if_fail(t != NULL && row < t->n_rows && col < t->n_cols, NULL);
    return t->buf + t->cells[(gsize)row * t->n_cols + col];
}

TjNumKind
tj_table_cell_number(const TjTable *t, guint row, guint col, TjNumber *num)
{
    tj__table_ensure_rows(t);
    g_return_val_if_fail(t != NULL && row < t->n_rows && col < t->n_cols,
                         TJ_NUM_TEXT);
    const TjColumn *c = &t->cols[col];
    double v = c->values ? c->values[row] : NAN;
    guint32 k = c->codes ? c->codes[row]
                : isnan(v) ? (guint32)TJ__CELL_MISSING : TJ__CELL_VALUE0 + c->form0;
    TjNumKind kind = k == TJ__CELL_TEXT ? TJ_NUM_TEXT
                     : k == TJ__CELL_MISSING ? TJ_NUM_MISSING : TJ_NUM_VALUE;
    if (num == NULL)
        return kind;
    if (kind == TJ_NUM_VALUE) {
        *num = g_array_index(t->forms, TjNumber, k - TJ__CELL_VALUE0);
        num->value = v;
    } else {
        *num = missing_number;
    }
    return kind;
}

TjSrcLoc
tj_table_cell_loc(const TjTable *t, guint row, guint col)
{
    TjSrcLoc none = { 0 };
    tj__table_ensure_rows(t);
    g_return_val_if_fail(t != NULL && row < t->n_rows && col < t->n_cols, none);
    gsize idx = (gsize)row * t->n_cols + col;
    guint line = tj__table_row_line(t, row), c;
    gpointer v;
    if (t->cell_line != NULL
        && g_hash_table_lookup_extended(t->cell_line, GSIZE_TO_POINTER(idx), NULL, &v)) {
        line = GPOINTER_TO_UINT(v);
        c = GPOINTER_TO_UINT(g_hash_table_lookup(t->cell_col, GSIZE_TO_POINTER(idx)));
    } else {
        c = t->is_sheet ? t->sheet_col0 + col : derived_col(t, row, col);
    }
    TjSrcLoc loc = { t->name, line, c, t->is_sheet };
    return loc;
}

TjSrcLoc
tj_table_header_loc(const TjTable *t, guint col)
{
    TjSrcLoc none = { 0 };
    g_return_val_if_fail(t != NULL && col < t->n_cols, none);
    TjSrcLoc loc = { t->name, t->cols[col].line, t->cols[col].col, t->is_sheet };
    return loc;
}

void
tj_table_set_no_column_error(const TjTable *t, const char *name,
                             const TjSrcLoc *loc, GError **error)
{
    g_return_if_fail(t != NULL && name != NULL);
    const char **names = g_new(const char *, t->n_cols + 1);
    GString *list = g_string_new(NULL);
    for (guint i = 0; i < t->n_cols; i++) {
        names[i] = t->cols[i].name;
        if (i < LIST_MAX_NAMES)
            g_string_append_printf(list, "%s%s", i > 0 ? ", " : "", names[i]);
    }
    if (t->n_cols > LIST_MAX_NAMES)
        g_string_append_printf(list, _(", … (%u in all)"), t->n_cols);
    char *near = tj_suggest(name, names, t->n_cols);
    TjSrcLoc here = t->n_cols > 0 ? tj_table_header_loc(t, 0) : tj_src_loc(t->name, 1, 1);
    if (!t->is_sheet)
        here.col = 1;
    if (near != NULL)
        tj_error_set_at(error, TJ_ERROR_INPUT, loc ? loc : &here,
                        _("no column “%s”; did you mean “%s”? (columns: %s)"),
                        name, near, list->str);
    else
        tj_error_set_at(error, TJ_ERROR_INPUT, loc ? loc : &here,
                        _("no column “%s” (columns: %s)"), name, list->str);
    g_free(near);
    g_string_free(list, TRUE);
    g_free(names);
}
