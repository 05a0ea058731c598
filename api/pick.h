/* api/pick.h — one number for a single-value chart (gauge, kpi): parsed
 * from the text the user typed, or read from one cell of a table. Private
 * to api/. */
#ifndef TJ_API_PICK_H
#define TJ_API_PICK_H

#include <glib.h>
#include "core/error.h"
#include "data/number.h"
#include "data/table.h"

typedef struct {
    TjNumber num;          /* num.value NAN when the cell is missing */
    TjSrcLoc loc;          /* the cell's place; file NULL for typed text */
    const char *row_name;  /* the first where filter's value, or NULL */
    const char *column;    /* the column's label (table), or NULL */
    const char *text;      /* the number as written (cell or typed) */
    GStringChunk *strings; /* owns parsed units and copied names */
} TjPick;

/* With @t NULL, @text is a number ("21.8%", "2954.7亿元", "—" for missing);
 * anything else is a USAGE error naming @option. With @t, @text names a
 * column and @where ("COL=VALUE;…") must pick exactly one row (a table of
 * one row needs none); the column's unit ("数值（亿元）") or the row's "单位"
 * cell stands in for a unit the cell does not write. INPUT errors name the
 * file, line and column. Clear @p with tj__pick_clear() either way. */
gboolean tj__pick_number(TjPick *p, const TjTable *t, const char *text,
                         const char *where, const char *option, GError **error);
void tj__pick_clear(TjPick *p);

/* Parses "A,B，C" into @n numbers (USAGE error naming @option otherwise).
 * (transfer full) g_free(); NULL with @error, or when @text is NULL (n 0). */
double *tj__pick_list(const char *text, const char *option, guint *n, GError **error);

#endif
