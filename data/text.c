/* data/text.c — a text file's bytes to UTF-8 (see data/text.h), through
 * the CSV reader's own detection (decode.c), so a report and a table in
 * the same encoding read the same way. Text files are refused above
 * TJ_TEXT_MAX_FILE before they are read. */
#include "data/text.h"
#include "data/table-private.h"
#include "core/i18n.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gstdio.h>

#define TJ_TEXT_MAX_FILE ((gsize)256 << 20)   /* 256 MiB */

static char *
fail_io(const char *path, const char *what, int err, GError **error)
{
    TjSrcLoc loc = tj_src_loc(path, 0, 0);
    tj_error_set_at(error, TJ_ERROR_IO, &loc, _("cannot %s: %s"), what,
                    g_strerror(err));
    return NULL;
}

static char *
fail_limit(const char *path, gsize size, GError **error)
{
    TjSrcLoc loc = tj_src_loc(path, 0, 0);
    tj_error_set_at(error, TJ_ERROR_LIMIT, &loc,
                    _("text file of %llu bytes; the limit is %llu bytes (256 MiB)"),
                    (unsigned long long)size, (unsigned long long)TJ_TEXT_MAX_FILE);
    return NULL;
}

/* Decodes @bytes (g_malloc'ed, @n bytes and one spare byte), taking them. */
static char *
decode_owned(char *bytes, gsize n, const char *name, gsize *len,
             const char **encoding, GError **error)
{
    gsize start = 0, text_len = 0;
    char *text = tj__table_decode(bytes, n, name, &start, &text_len, encoding,
                                  error);
    if (text == NULL)
        return NULL;
    if (start > 0)
        memmove(text, text + start, text_len);
    text[text_len] = '\0';
    *len = text_len;
    return text;
}

char *
tj_text_decode(const char *bytes, gsize n, const char *name, gsize *len,
               const char **encoding, GError **error)
{
    g_return_val_if_fail(bytes != NULL || n == 0, NULL);
    if (n > TJ_TEXT_MAX_FILE)
        return fail_limit(name, n, error);
    char *copy = g_malloc(n + 1);
    if (n > 0)
        memcpy(copy, bytes, n);
    copy[n] = '\0';
    return decode_owned(copy, n, name, len, encoding, error);
}

char *
tj_text_load(const char *path, gsize *len, const char **encoding, GError **error)
{
    g_return_val_if_fail(path != NULL, NULL);
    int fd = g_open(path, O_RDONLY, 0);
    if (fd < 0)
        return fail_io(path, _("open the file"), errno, error);
    struct stat st;
    gsize cap = 65536, n = 0;
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
        if ((guint64)st.st_size > TJ_TEXT_MAX_FILE) {
            close(fd);
            return fail_limit(path, (gsize)st.st_size, error);
        }
        cap = (gsize)st.st_size + 1;
    }
    char *buf = g_malloc(cap);
    for (;;) {
        if (n + 1 >= cap) {
            if (n > TJ_TEXT_MAX_FILE) {
                g_free(buf);
                close(fd);
                return fail_limit(path, n, error);
            }
            cap *= 2;
            buf = g_realloc(buf, cap);
        }
        gssize r = read(fd, buf + n, cap - 1 - n);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0) {
            int err = errno;
            g_free(buf);
            close(fd);
            return fail_io(path, _("read the file"), err, error);
        }
        if (r == 0)
            break;
        n += (gsize)r;
    }
    close(fd);
    return decode_owned(buf, n, g_intern_string(path), len, encoding, error);
}
