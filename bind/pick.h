/* bind/pick.h — one number for a single-value chart (gauge, kpi), typed or
 * from one cell of a table. Private to bind/. */
#ifndef TJ_BIND_PICK_H
#define TJ_BIND_PICK_H

#include <glib.h>
#include "bind/bind-private.h"
#include "data/number.h"

typedef struct {
    TjNumber num;          /* num.value NAN when the cell is missing */
    TjSrcLoc loc;          /* the cell's place; file NULL for typed text */
    const char *text;      /* the number as written (cell or typed) */
    const char *row_name;  /* the first where filter's value, or NULL */
    const char *column;    /* the column's label (table), or NULL */
    int row;               /* the table row, -1 for typed text */
} TjPick;

/* With @t NULL, @text (the value of option @key) is a number ("21.8%",
 * "2954.7亿元", "—" for missing); anything else is recorded. With @t, @text
 * names a column and @where must pick exactly one row (a table of one row
 * needs none); the column's unit ("数值（亿元）") or the row's "单位" cell
 * stands in for a unit the cell does not write. Strings are kept in @c. */
gboolean tj__bind_pick(TjBind *c, const TjSpecBlock *b, TjPick *p, const TjTable *t,
                       const char *key, const char *text, const GArray *where);

/* The text of the picked row's cell in the column named @col, or NULL when
 * the table has no such column. (transfer none) */
const char *tj__bind_row_cell(const TjTable *t, const TjPick *p, const char *col);

#endif
