/* data/decode.c — a CSV file's bytes to UTF-8 text, and byte positions to
 * line:column.
 *
 * Order of detection: a UTF-16 LE/BE byte order mark (converted with
 * g_convert), a UTF-8 BOM (skipped; the rest must be UTF-8), valid UTF-8
 * (used in place, no copy), else GB18030 (Excel on Chinese Windows) unless
 * the text was plainly UTF-8 before its first bad byte. NUL bytes do not
 * decide the encoding; the tokenizer rejects them with their place. When
 * the bytes are neither UTF-8 nor GB18030 the error points at the first
 * bad byte of the reading that got further, counted in the text as that
 * reading shows it. The text handed on stays under 4 GiB so cells can be
 * addressed with guint32 offsets. */
#include "data/table-private.h"
#include "core/i18n.h"

#include <string.h>

static const char utf8_bom[] = "\xEF\xBB\xBF";

/* GB18030 text is hardly ever valid UTF-8 for long: after this many
 * multi-byte UTF-8 characters a bad byte is an error in a UTF-8 file, not
 * a sign of GB18030 (which would silently turn it into mojibake). */
#define UTF8_EVIDENCE 4

void
tj__table_locate(const char *text, gsize pos, guint *line, guint *col)
{
    guint l = 1, c = 0;
    for (gsize i = 0; i < pos; i++) {
        guchar b = (guchar)text[i];
        if (b == '\n' || (b == '\r' && (i + 1 >= pos || text[i + 1] != '\n'))) {
            l++;
            c = 0;
        } else if (b == '\r') {
            /* the CR of a CRLF: the LF ends the line */
        } else if ((b & 0xC0) != 0x80) {
            c++;
        }
    }
    *line = l;
    *col = c + 1;
}

/* Length of the UTF-8 sequence starting at @u (lead byte >= 0x80), or 0
 * when it is not valid (Unicode table 3-7: no overlongs, no surrogates, at
 * most U+10FFFF). */
static gsize
utf8_seq_len(const guchar *u, gsize left)
{
    guchar c = u[0], lo = 0x80, hi = 0xBF;
    gsize n;
    if (c >= 0xC2 && c <= 0xDF)
        n = 2;
    else if (c >= 0xE0 && c <= 0xEF)
        n = 3, lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
    else if (c >= 0xF0 && c <= 0xF4)
        n = 4, lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
    else
        return 0;
    if (left < n || u[1] < lo || u[1] > hi)
        return 0;
    for (gsize i = 2; i < n; i++) {
        if ((u[i] & 0xC0) != 0x80)
            return 0;
    }
    return n;
}

/* Offset of the first byte that is not UTF-8 (NULs allowed), or @len;
 * *n_multi counts the multi-byte characters before it. ASCII runs are
 * skipped eight bytes at a time. */
gsize
tj__table_utf8_bad_offset(const char *s, gsize len, gsize *n_multi)
{
    const guchar *u = (const guchar *)s;
    gsize i = 0;
    *n_multi = 0;
    while (i < len) {
        guint64 w;
        if (i + 8 <= len && (memcpy(&w, u + i, 8), (w & 0x8080808080808080u) == 0)) {
            i += 8;
        } else if (u[i] < 0x80) {
            i++;
        } else if (u[i] >= 0xE1 && u[i] <= 0xEC && i + 2 < len
                   && (u[i + 1] & 0xC0) == 0x80 && (u[i + 2] & 0xC0) == 0x80) {
            i += 3;           /* the common case: CJK ideographs */
            *n_multi += 1;
        } else {
            gsize n = utf8_seq_len(u + i, len - i);
            if (n == 0)
                return i;
            i += n;
            *n_multi += 1;
        }
    }
    return len;
}

/* g_convert to UTF-8; on failure NULL and *bad = bytes converted before. */
static char *
to_utf8(const char *in, gsize len, const char *from, gsize *out_len, gsize *bad)
{
    gsize read = 0;
    GError *err = NULL;
    char *out = g_convert(in, (gssize)len, "UTF-8", from, &read, out_len, &err);
    if (out != NULL && read < len)   /* a partial character at the end */
        g_clear_pointer(&out, g_free);
    if (out == NULL) {
        *bad = read < len ? read : 0;
        g_clear_error(&err);
    }
    return out;
}

/* Line and column of byte @bad of @in read as @from. */
static void
locate_converted(const char *in, gsize bad, const char *from,
                 guint *line, guint *col)
{
    gsize n = 0, unused;
    char *prefix = to_utf8(in, bad, from, &n, &unused);
    if (prefix == NULL) {   /* cannot happen: the prefix converted before */
        *line = 1;
        *col = 1;
        return;
    }
    tj__table_locate(prefix, n, line, col);
    g_free(prefix);
}

static gboolean
check_size(gsize len, const char *file, GError **error)
{
    if (len < G_MAXUINT32)
        return TRUE;
    TjSrcLoc loc = tj_src_loc(file, 0, 0);
    tj_error_set_at(error, TJ_ERROR_LIMIT, &loc,
                    _("text of %llu bytes once decoded to UTF-8; "
                    "the limit is 4 GiB"), (unsigned long long)len);
    return FALSE;
}

static char *
decode_utf16(char *bytes, gsize len, const char *from, const char *file,
             gsize *out_len, GError **error)
{
    gsize bad = 0;
    char *text = to_utf8(bytes + 2, len - 2, from, out_len, &bad);
    if (text == NULL) {
        guint line, col;
        locate_converted(bytes + 2, bad, from, &line, &col);
        TjSrcLoc loc = tj_src_loc(file, line, col);
        tj_error_set_at(error, TJ_ERROR_INPUT, &loc,
                        _("invalid %s text; expected %s after the byte order "
                        "mark (pairs of bytes, surrogates paired)"), from, from);
    } else if (!check_size(*out_len, file, error)) {
        g_clear_pointer(&text, g_free);
    }
    g_free(bytes);
    return text;
}

/* The error for bytes that are not UTF-8 (@utf8: the file is UTF-8 by its
 * BOM or its first characters) and not GB18030 either. */
static void
set_invalid_error(const char *bytes, gsize len, gsize start, gsize bad8,
                  gsize bad_gb, gboolean utf8, const char *file, GError **error)
{
    guint line, col;
    gsize bad = bad8;
    if (!utf8 && bad_gb > bad8) {
        bad = bad_gb;
        locate_converted(bytes, bad_gb, "GB18030", &line, &col);
    } else {
        tj__table_locate(bytes + start, bad8 - start, &line, &col);
    }
    guint byte = bad < len ? (guchar)bytes[bad] : 0;
    TjSrcLoc loc = tj_src_loc(file, line, col);
    if (start > 0)
        tj_error_set_at(error, TJ_ERROR_INPUT, &loc,
                        _("invalid UTF-8 byte 0x%02X; expected UTF-8 text after "
                        "the UTF-8 byte order mark"), byte);
    else if (utf8)
        tj_error_set_at(error, TJ_ERROR_INPUT, &loc,
                        _("invalid UTF-8 byte 0x%02X in a UTF-8 file; expected "
                        "UTF-8 throughout"), byte);
    else
        tj_error_set_at(error, TJ_ERROR_INPUT, &loc,
                        _("invalid byte 0x%02X, neither UTF-8 nor GB18030; "
                        "expected UTF-8, UTF-16 with BOM or GB18030 text"), byte);
}

char *
tj__table_decode(char *bytes, gsize len, const char *file, gsize *out_start,
                 gsize *out_len, const char **encoding, GError **error)
{
    const guchar *u = (const guchar *)bytes;
    *out_start = 0;
    if (len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF))) {
        *encoding = u[0] == 0xFF ? "UTF-16LE" : "UTF-16BE";
        return decode_utf16(bytes, len, *encoding, file, out_len, error);
    }
    gboolean bom = len >= 3 && memcmp(bytes, utf8_bom, 3) == 0;
    gsize start = bom ? 3 : 0, n_multi;
    gsize bad8 = start + tj__table_utf8_bad_offset(bytes + start, len - start, &n_multi);
    if (bad8 == len) {
        *encoding = bom ? "UTF-8-BOM" : "UTF-8";
        *out_start = start;
        *out_len = len - start;
        bytes[len] = '\0';
        if (check_size(len, file, error))
            return bytes;
        g_free(bytes);
        return NULL;
    }
    gboolean utf8 = bom || n_multi >= UTF8_EVIDENCE;
    gsize bad_gb = 0, n = 0;
    char *text = utf8 ? NULL : to_utf8(bytes, len, "GB18030", &n, &bad_gb);
    if (text == NULL) {
        set_invalid_error(bytes, len, start, bad8, bad_gb, utf8, file, error);
    } else {
        *encoding = "GB18030";
        *out_len = n;
        if (!check_size(n, file, error))
            g_clear_pointer(&text, g_free);
    }
    g_free(bytes);
    return text;
}
