/* core/diag.h — diagnostics as data: warnings (and notes) collected by the
 * library as {file, line, col, code, text} records instead of printed.
 * Only cli/ prints; a program using libtujie reads them back through the
 * public API. Errors stay GErrors (set once, where found); a TjDiagList is
 * for what does not stop the work: a clamped gauge value, a shortened
 * label, a character no font draws under --allow-tofu, a PNG budget note.
 *
 * A list is filled by one thread at a time unless made with
 * tj_diag_list_new_shared() (then adding is locked). Every string is copied. */
#ifndef TJ_CORE_DIAG_H
#define TJ_CORE_DIAG_H

#include <glib.h>
#include "core/error.h"

typedef enum {
    TJ_DIAG_NOTE,      /* information (a PNG size budget met by quantising) */
    TJ_DIAG_WARNING    /* the output was made, but not as asked */
} TjDiagLevel;

typedef struct {
    TjDiagLevel level;
    TjSrcLoc loc;      /* where in the user's input; file NULL: no place */
    const char *code;  /* a stable identifier, e.g. "gauge-clamped",
                          "label-shortened", "tofu" (static string) */
    const char *text;  /* translated, without the place or "warning:" */
} TjDiag;

typedef struct TjDiagList TjDiagList;

/* Returns: (transfer full) free with tj_diag_list_free(). */
TjDiagList *tj_diag_list_new(void);
/* A list several threads may add to at once. */
TjDiagList *tj_diag_list_new_shared(void);
void tj_diag_list_free(TjDiagList *list);   /* NULL: no-op */

/* Adds one record. @list may be NULL (the record is dropped), @loc may be
 * NULL (no place); @code is a static string. Identical records (same level,
 * place, code and text) are kept once. */
void tj_diag_add(TjDiagList *list, TjDiagLevel level, const TjSrcLoc *loc,
                 const char *code, const char *fmt, ...) G_GNUC_PRINTF(5, 6);
/* Appends copies of every record of @from to @to (either may be NULL). */
void tj_diag_list_extend(TjDiagList *to, const TjDiagList *from);

guint tj_diag_list_n(const TjDiagList *list);   /* NULL: 0 */
/* Drops the records past the first @n (those of work that was undone). */
void tj_diag_list_truncate(TjDiagList *list, guint n);
/* (transfer none) valid until the list is freed or added to. */
const TjDiag *tj_diag_list_get(const TjDiagList *list, guint i);

/* "file:line:col: text" (the place left out when unknown).
 * Returns: (transfer full) g_free(). */
char *tj_diag_format(const TjDiag *d);

#endif
