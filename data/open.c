/* data/open.c — tables whose rows are read when first needed. A chart of
 * two columns of a million rows need not hold the file: tj_table_open
 * reads the header (with the first row) of a large UTF-8 file now; a chart that can stream the
 * columns it uses (data/scan.c) does so, and anything else reads the rows
 * with the ordinary reader on first use (same cells, same messages).
 * Reading them is done once, under a lock, so a table may still be shared
 * by threads. */
#include "data/table-private.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gstdio.h>

G_LOCK_DEFINE_STATIC(rows_lock);

/* The header line and the first row of @path (the reader refuses a
 * header alone) when the file can be deferred: UTF-8, no quote in those
 * lines, at least TJ_TABLE_DEFER_MIN bytes. Returns: (transfer full), its
 * length in *len; else NULL. */
static char *
header_line(const char *path, gsize *len)
{
    int fd = g_open(path, O_RDONLY, 0);
    if (fd < 0)
        return NULL;
    struct stat st;
    char *buf = NULL;
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size >= TJ_TABLE_DEFER_MIN &&
        (guint64)st.st_size <= TJ_TABLE_MAX_FILE) {
        gsize cap = 65536;
        buf = g_malloc(cap + 1);
        gssize n = read(fd, buf, cap);
        /* a workbook (zip, OLE2) is never deferred, whatever its bytes
         * look like: tj_table_load reads it by its kind */
        if (n >= 4 && (memcmp(buf, "PK\x03\x04", 4) == 0 || memcmp(buf, "PK\x05\x06", 4) == 0 ||
                       memcmp(buf, "\xD0\xCF\x11\xE0", 4) == 0))
            n = 0;
        char *nl = n > 0 ? memchr(buf, '\n', (gsize)n) : NULL;
        char *nl2 = nl ? memchr(nl + 1, '\n', (gsize)(buf + n - nl - 1)) : NULL;
        gsize start = n >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
        if (!nl2 || memchr(buf, '"', (gsize)(nl2 - buf)) ||
            !g_utf8_validate(buf + start, nl2 - buf - start, NULL)) {
            g_clear_pointer(&buf, g_free);
        } else {
            *len = (gsize)(nl2 - buf) + 1;
            buf[*len] = '\0';
        }
    }
    close(fd);
    return buf;
}

TjTable *
tj_table_open(const char *path, GError **error)
{
    g_return_val_if_fail(path != NULL, NULL);
    gsize len = 0;
    char *head = header_line(path, &len);
    if (!head)
        return tj_table_load(path, error);
    TjTable *t = tj__table_parse_owned(head, len, path, NULL);
    if (!t || t->n_cols == 0) {   /* let the reader say what is wrong */
        tj_table_free(t);
        return tj_table_load(path, error);
    }
    t->deferred = g_strdup(path);
    return t;
}

const char *
tj_table_deferred_path(const TjTable *t)
{
    g_return_val_if_fail(t != NULL, NULL);
    G_LOCK(rows_lock);
    const char *p = t->deferred;
    G_UNLOCK(rows_lock);
    return p;
}

/* Replaces the header-only @t's contents by @full's (same name). */
static void
take(TjTable *t, TjTable *full)
{
    char *path = t->deferred;
    g_free(t->buf);
    tj__table_free_columns(t);
    g_string_chunk_free(t->strings);
    TjTable rows = *full;
    rows.deferred = path;       /* cleared last: the getters' fast path */
    *t = rows;
    g_atomic_pointer_set(&t->deferred, NULL);
    g_free(full);
    g_free(path);
}

gboolean
tj__table_ensure_rows(const TjTable *ct)
{
    if (ct == NULL)
        return FALSE;
    TjTable *t = (TjTable *)ct;   /* rows read once: logically const */
    /* read, or never deferred: no lock (rows_error is set only while a
     * table is still deferred) */
    if (g_atomic_pointer_get(&t->deferred) == NULL)
        return TRUE;
    G_LOCK(rows_lock);
    if (t->deferred && !t->rows_error) {
        char *bytes;
        gsize len;
        GError *err = NULL;
        /* in pieces when it can (stream.c), else whole */
        TjTable *full = tj__table_read_streamed(t->deferred, &err);
        if (!full && !err && tj__table_read_file(t->deferred, &bytes, &len, &err))
            full = tj__table_parse_owned(bytes, len, t->deferred, &err);
        if (full)
            take(t, full);
        else
            t->rows_error = err;
    }
    gboolean ok = t->rows_error == NULL;
    G_UNLOCK(rows_lock);
    return ok;
}

gboolean
tj_table_read_rows(const TjTable *t, GError **error)
{
    g_return_val_if_fail(t != NULL, FALSE);
    if (tj__table_ensure_rows(t))
        return TRUE;
    g_propagate_error(error, g_error_copy(t->rows_error));
    return FALSE;
}

const char *
tj_table_column_header_unit(const TjTable *t, guint col)
{
    g_return_val_if_fail(t != NULL && col < t->n_cols, NULL);
    G_LOCK(rows_lock);
    const char *u = t->cols[col].unit;
    G_UNLOCK(rows_lock);
    return u;
}

/* Rows of a deferred file without quotes: its non-blank lines after the
 * header. FALSE when a quote makes lines and rows differ. */
static gboolean
count_lines(const char *path, guint64 *rows)
{
    int fd = g_open(path, O_RDONLY, 0);
    if (fd < 0)
        return FALSE;
    char *buf = g_malloc(1 << 20);
    guint64 lines = 0;
    gboolean blank = TRUE, ok = TRUE;
    gssize n;
    while (ok && ((n = read(fd, buf, 1 << 20)) > 0 || (n < 0 && errno == EINTR))) {
        if (n < 0)
            continue;
        ok = memchr(buf, '"', (gsize)n) == NULL;
        for (gssize i = 0; i < n && ok; i++) {
            char ch = buf[i];
            if (ch == '\n') {
                lines += !blank;
                blank = TRUE;
            } else if (ch != ' ' && ch != '\t' && ch != '\r') {
                blank = FALSE;
            }
        }
    }
    lines += !blank;
    close(fd);
    g_free(buf);
    *rows = lines > 0 ? lines - 1 : 0;
    return ok && n == 0;
}

gboolean
tj_table_count_rows(const TjTable *t, guint64 *rows)
{
    g_return_val_if_fail(t != NULL && rows != NULL, FALSE);
    const char *path = tj_table_deferred_path(t);
    if (path)
        return count_lines(path, rows);
    *rows = t->n_rows;
    return TRUE;
}
