/* core/error.h — errors with source locations.
 * One helper makes every user-input message: "file:line:col: text".
 * Line and column count from 1; a column counts characters, not bytes. */
#ifndef TJ_CORE_ERROR_H
#define TJ_CORE_ERROR_H

#include <glib.h>
#include "tujie/tujie.h"

typedef struct {
    const char *file;  /* interned (g_intern_string) or NULL */
    guint line;        /* 0: unknown */
    guint col;         /* 0: unknown */
    gboolean cell;     /* a workbook cell: file is "book.xlsx:Sheet1", line
                          the row, col the column, shown "…!C12" */
} TjSrcLoc;

TjSrcLoc tj_src_loc(const char *file, guint line, guint col);

/* Appends "file:line:col" to @s, or "file!C12" for a workbook cell (a row
 * alone: "file!12:12"); only the known parts. Nothing when @loc or its file
 * is NULL. */
void tj_src_loc_append(GString *s, const TjSrcLoc *loc);

/* Sets @error (if not NULL) to "loc: message". @loc may be NULL. */
void tj_error_set_at(GError **error, TjErrorCode code, const TjSrcLoc *loc,
                     const char *fmt, ...) G_GNUC_PRINTF(4, 5);

/* Returns: (transfer full) the nearest of @candidates to @name by edit
 * distance (characters, not bytes), or NULL when none is close enough. A
 * candidate that differs from @name only by invisible characters (format
 * or control: U+FEFF, U+200B…) is never suggested: it would read the same. */
char *tj_suggest(const char *name, const char *const *candidates, gsize n);

#endif
