/* spec/scan.c — the bytes of a spec before libyaml sees them: reading a
 * file with a size bound, and checking the text is UTF-8 without NUL or the
 * control characters YAML forbids. libyaml reports such faults with a byte
 * offset only; here they get a line and a column (in characters), counted
 * the way libyaml counts them, so every message has the same shape. */
#include "spec/spec-private.h"
#include "core/i18n.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gstdio.h>

static gboolean
io_error(const char *path, const char *what, int err, GError **error)
{
    TjSrcLoc loc = tj_src_loc(path, 0, 0);
    tj_error_set_at(error, TJ_ERROR_IO, &loc, _("cannot %s: %s"), what,
                    g_strerror(err));
    return FALSE;
}

/* @size: the file's size, or 0 when it was read as a stream and only
 * known to be over the limit. */
static gboolean
size_error(const char *path, gsize size, GError **error)
{
    TjSrcLoc loc = tj_src_loc(path, 0, 0);
    if (size == 0)
        tj_error_set_at(error, TJ_ERROR_LIMIT, &loc, _("file of more than %llu"
                        " bytes; the limit is 16 MiB"),
                        (unsigned long long)TJ_SPEC_MAX_FILE);
    else
        tj_error_set_at(error, TJ_ERROR_LIMIT, &loc, _("file of %llu"
                        " bytes; the limit is %llu bytes (16 MiB)"), (unsigned long long)size,
                        (unsigned long long)TJ_SPEC_MAX_FILE);
    return FALSE;
}

gboolean
tj__spec_read_file(const char *path, char **out, gsize *out_len,
                   GError **error)
{
    int fd = g_open(path, O_RDONLY, 0);
    if (fd < 0)
        return io_error(path, _("open the file"), errno, error);
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        close(fd);
        return io_error(path, _("read the file"), EISDIR, error);
    }
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode)
        && (guint64)st.st_size > TJ_SPEC_MAX_FILE) {
        close(fd);
        return size_error(path, (gsize)st.st_size, error);
    }
    /* read at most MAX + 1 bytes: one more than allowed proves too many */
    gsize cap = 8192, len = 0;
    char *buf = g_malloc(cap + 1);
    for (;;) {
        if (len == cap) {
            if (cap > TJ_SPEC_MAX_FILE) {
                g_free(buf);
                close(fd);
                return size_error(path, 0, error);
            }
            cap = MIN(cap * 2, TJ_SPEC_MAX_FILE + 1);
            buf = g_realloc(buf, cap + 1);
        }
        gssize n = read(fd, buf + len, cap - len);
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
    if (len > TJ_SPEC_MAX_FILE) {
        g_free(buf);
        return size_error(path, 0, error);
    }
    buf[len] = '\0';
    *out = buf;
    *out_len = len;
    return TRUE;
}

/* Length in bytes of the line break at @p (0 when none), as libyaml. */
static gsize
break_len(const guchar *p, gsize left)
{
    if (p[0] == '\r')
        return left >= 2 && p[1] == '\n' ? 2 : 1;
    if (p[0] == '\n')
        return 1;
    if (left >= 2 && p[0] == 0xC2 && p[1] == 0x85)
        return 2;
    if (left >= 3 && p[0] == 0xE2 && p[1] == 0x80
        && (p[2] == 0xA8 || p[2] == 0xA9))
        return 3;
    return 0;
}

void
tj__spec_locate(const char *bytes, gsize len, gsize pos, guint *line,
                guint *col)
{
    const guchar *s = (const guchar *)bytes;
    guint l = 1, c = 1;
    gsize i = 0;
    pos = MIN(pos, len);
    while (i < pos) {
        gsize b = break_len(s + i, len - i);
        if (b > 0) {
            l++;
            c = 1;
            i += b;
            continue;
        }
        gunichar u = g_utf8_get_char_validated(bytes + i, (gssize)(len - i));
        if (u == (gunichar)-1 || u == (gunichar)-2 || s[i] == 0)
            i++;
        else
            i += (gsize)g_utf8_skip[s[i]];
        c++;
    }
    *line = l;
    *col = c;
}

/* Characters libyaml's reader accepts (YAML 1.1 "printable"). */
static gboolean
printable(gunichar u)
{
    return u == 0x9 || u == 0xA || u == 0xD || (u >= 0x20 && u <= 0x7E)
        || u == 0x85 || (u >= 0xA0 && u <= 0xD7FF)
        || (u >= 0xE000 && u <= 0xFFFD) || (u >= 0x10000 && u <= 0x10FFFF);
}

static gboolean
scan_error(const char *bytes, gsize len, gsize pos, const char *file,
           const char *msg, GError **error)
{
    guint line, col;
    tj__spec_locate(bytes, len, pos, &line, &col);
    TjSrcLoc loc = tj_src_loc(file, line, col);
    tj_error_set_at(error, TJ_ERROR_INPUT, &loc, "%s", msg);
    return FALSE;
}

/* libyaml checks each %TAG directive against all before it, and each tag
 * against all directives: quadratic, and all read before the first event.
 * A directive starts a line with '%'; a spec needs none, so few are
 * allowed. (A line of a block scalar may start with '%' too; such lines
 * count, which a spec will not notice.) */
static gboolean
check_directives(const char *bytes, gsize len, const char *file,
                 GError **error)
{
    const guchar *s = (const guchar *)bytes;
    guint n = 0;
    gboolean line_start = TRUE;
    for (gsize i = 0; i < len;) {
        if (line_start && s[i] == '%' && ++n > TJ_SPEC_MAX_DIRECTIVES) {
            guint line, col;
            tj__spec_locate(bytes, len, i, &line, &col);
            TjSrcLoc loc = tj_src_loc(file, line, col);
            tj_error_set_at(error, TJ_ERROR_LIMIT, &loc, _("more than %d lines "
                            "start with “%%” (YAML directives; the limit)"),
                            TJ_SPEC_MAX_DIRECTIVES);
            return FALSE;
        }
        gsize b = break_len(s + i, len - i);
        line_start = b > 0;
        i += b > 0 ? b : 1;
    }
    return TRUE;
}

gboolean
tj__spec_scan(const char *bytes, gsize len, const char *file, GError **error)
{
    const guchar *s = (const guchar *)bytes;
    if (len >= 2 && ((s[0] == 0xFF && s[1] == 0xFE)
                     || (s[0] == 0xFE && s[1] == 0xFF)))
        return scan_error(bytes, len, 0, file,
                          _("the file is UTF-16; save the spec as UTF-8"), error);
    for (gsize i = 0; i < len;) {
        if (s[i] >= 0x20 && s[i] < 0x7F) {
            i++;
            continue;
        }
        if (s[i] == 0)
            return scan_error(bytes, len, i, file,
                              _("NUL byte; a spec is UTF-8 text"), error);
        gunichar u = g_utf8_get_char_validated(bytes + i, (gssize)(len - i));
        if (u == (gunichar)-1 || u == (gunichar)-2) {
            char *msg = g_strdup_printf(_("invalid UTF-8 (byte 0x%02X); save "
                                        "the spec as UTF-8"), s[i]);
            scan_error(bytes, len, i, file, msg, error);
            g_free(msg);
            return FALSE;
        }
        if (!printable(u)) {
            char *msg = g_strdup_printf(_("control character U+%04X is not "
                                        "allowed"), u);
            scan_error(bytes, len, i, file, msg, error);
            g_free(msg);
            return FALSE;
        }
        i += (gsize)g_utf8_skip[s[i]];
    }
    return check_directives(bytes, len, file, error);
}

/* Checks and parses @len bytes (a NUL may follow them or not). */
static TjNode *
parse_bytes(const char *bytes, gsize len, const char *file, GError **error)
{
    if (len > TJ_SPEC_MAX_FILE) {
        size_error(file, len, error);
        return NULL;
    }
    /* a BOM is not part of the text; libyaml would count it as a column */
    if (len >= 3 && memcmp(bytes, "\xEF\xBB\xBF", 3) == 0) {
        bytes += 3;
        len -= 3;
    }
    if (!tj__spec_scan(bytes, len, file, error))
        return NULL;
    return tj__spec_parse_yaml(bytes, len, file, error);
}

TjNode *
tj_spec_node_parse(const char *bytes, gsize len, const char *name,
                   GError **error)
{
    g_return_val_if_fail(bytes != NULL || len == 0, NULL);
    const char *file = g_intern_string(name ? name : "<input>");
    return parse_bytes(bytes ? bytes : "", len, file, error);
}

TjNode *
tj_spec_node_load(const char *path, GError **error)
{
    g_return_val_if_fail(path != NULL, NULL);
    char *bytes;
    gsize len;
    if (!tj__spec_read_file(path, &bytes, &len, error))
        return NULL;
    TjNode *root = parse_bytes(bytes, len, g_intern_string(path), error);
    g_free(bytes);
    return root;
}

gsize
tj__spec_offset(const char *bytes, gsize len, guint line, guint col)
{
    const guchar *s = (const guchar *)bytes;
    guint l = 1, c = 1;
    gsize i = 0;
    while (i < len && (l < line || (l == line && c < col))) {
        gsize b = break_len(s + i, len - i);
        if (b > 0) {
            if (l == line)
                break;
            l++;
            c = 1;
            i += b;
            continue;
        }
        gunichar u = g_utf8_get_char_validated(bytes + i, (gssize)(len - i));
        i += (u == (gunichar)-1 || u == (gunichar)-2 || s[i] == 0)
            ? 1 : (gsize)g_utf8_skip[s[i]];
        c++;
    }
    return i;
}
