/* data/text.h — a text file's bytes to UTF-8 with the detection the CSV
 * reader uses (data/decode.c): UTF-16 with BOM, UTF-8 with or without
 * BOM, else GB18030. For readers of running text (extract/). */
#ifndef TJ_DATA_TEXT_H
#define TJ_DATA_TEXT_H

#include <glib.h>

/* Reads @path and decodes it. On success *@encoding is a static name
 * ("UTF-8", "UTF-8-BOM", "UTF-16LE", "UTF-16BE", "GB18030"), *@len the
 * length. Errors name the file and, for a bad byte, its line:col.
 * Returns: (transfer full) g_free(); NUL-terminated UTF-8, or NULL. */
char *tj_text_load(const char *path, gsize *len, const char **encoding,
                   GError **error);

/* The same for @n bytes in memory named @name (copied). */
char *tj_text_decode(const char *bytes, gsize n, const char *name, gsize *len,
                     const char **encoding, GError **error);

#endif
