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
    const char *text;      /* the number as written (cell or typed) */
    const char *row_name;  /* the first where filter's value, or NULL */
    const char *column;    /* the column's label (table), or NULL */
    int row;               /* the table row, -1 for typed text */
} TjPick;

/* With @t NULL, @text is a number ("21.8%", "2954.7亿元", "—" for missing);
 * anything else is a USAGE error naming @option. With @t, @text names a
 * column and @where ("COL=VALUE;…") must pick exactly one row (a table of
 * one row needs none); the column's unit ("数值（亿元）") or the row's "单位"
 * cell stands in for a unit the cell does not write. INPUT errors name the
 * file, line and column. Every string of @p is copied into @keep. */
gboolean tj__pick_number(TjPick *p, const TjTable *t, const char *text,
                         const char *where, const char *option, GStringChunk *keep,
                         GError **error);

/* Parses "A,B，C" into at most @max numbers (USAGE error naming @option
 * otherwise); returns how many, or -1 with @error. */
int tj__pick_list(const char *text, const char *option, double *out, guint max,
                  GError **error);

/* The text of the row's cell in the column named @col, or NULL when the
 * table has no such column. (transfer none) */
const char *tj__pick_row_cell(const TjTable *t, const TjPick *p, const char *col);

#endif
