/* layouts/table.h — a small indicator table: a header row (a number
 * column's unit in its header: "数值（亿元）"), zebra rows, text columns
 * left-aligned and wrapped (never cut), number columns aligned on the
 * decimal point (or where the digits end), change columns ("同比") with
 * polarity arrows in the rise/fall colours, and an optional bar in a number
 * column's cells, proportional to the value. Numbers are written through
 * core/format at the source's precision, 万/亿 as the source wrote them
 * (or chosen for raw values). A row may have a built-in icon before its
 * name. */
#ifndef TJ_LAYOUTS_TABLE_H
#define TJ_LAYOUTS_TABLE_H

#include <glib.h>
#include "core/error.h"
#include "data/number.h"
#include "fonts/measure.h"
#include "icons/shape.h"
#include "layouts/block.h"
#include "layouts/theme.h"
#include "scene/scene.h"

#define TJ_TABLE_MAX_ROWS_DRAWN 40
#define TJ_TABLE_MAX_COLS_DRAWN 8

typedef enum { TJ_TCOL_TEXT, TJ_TCOL_NUMBER, TJ_TCOL_CHANGE } TjTableColKind;

typedef struct {
    const char *header;     /* the column's label */
    const char *unit;       /* its unit from the data ("亿元"), NULL none */
    TjTableColKind kind;
    gboolean points;        /* a change in 百分点, not percent */
    gboolean bar;           /* a bar in each cell (number columns) */
} TjTableCol;

typedef struct {
    const char *text;       /* as written ("" for empty) */
    TjNumber num;           /* number and change columns; value NAN: missing */
} TjTableCell;

typedef struct {
    double width, height;          /* px; laid out at (0, 0) */
    guint n_cols, n_rows;
    const TjTableCol *cols;        /* not owned */
    const TjTableCell *cells;      /* n_rows × n_cols, row by row; not owned */
    const TjIconShape *const *icons; /* n_rows built-in icons drawn before the
                                      first column's text (it is a text
                                      column), NULL entries for none; NULL:
                                      no icons. Not owned. */
    const char *title, *subtitle, *source;
    TjSrcLoc loc;
} TjTableSpec;

void tj_table_spec_init(TjTableSpec *spec);
/* FALSE (TJ_ERROR_INPUT at spec->loc) with no rows or columns, more than
 * TJ_TABLE_MAX_ROWS_DRAWN rows or TJ_TABLE_MAX_COLS_DRAWN columns, or
 * texts beyond TJ_TEXT_MAX_CHARS. */
gboolean tj_table_check(const TjTableSpec *spec, GError **error);
/* The text drawn in cell (@row, @col): a number at the source's precision,
 * a change with its arrow ("↑2.3%"), "—" for a missing one; with
 * @strip_unit the unit the whole column shares is left to its header.
 * (transfer full) g_free(). */
char *tj_table_cell_display(const TjTableSpec *spec, guint row, guint col,
                            gboolean strip_unit);
/* The unit the column's header shows (its cells' common one, or its own),
 * or NULL. (transfer full) g_free(). */
char *tj_table_header_unit(const TjTableSpec *spec, guint col);
gboolean tj_layout_table(TjScene *s, const TjTableSpec *spec, const TjTheme *th,
                         const TjMeasurer *m, GError **error);
double tj_table_height(const TjTableSpec *spec, double width, const TjTheme *th,
                       const TjMeasurer *m);
/* "表格：…。共3行，各列为指标、数值（亿元）、同比。地区生产总值，数值2954.7亿元，
 * 同比增长1.2%；…。" (transfer full) */
char *tj_alt_table(const TjTableSpec *spec);

extern const TjBlockOps tj_table_block_ops;

#endif
