/* data/scan.h — the columns a line chart uses, streamed from a deferred
 * table's file (tj_table_open) without holding it: x (numbers or dates,
 * ascending) and up to TJ_SCAN_MAX_Y value columns, reduced while reading
 * to the first, lowest, highest and last value (and the gaps) of each of
 * @buckets equal slices of the x span — what a line drawn through every
 * point shows at that resolution. Memory does not grow with the rows.
 *
 * Only plain files stream: UTF-8, no quotes, every row as many fields as
 * the header, x cells of the picked rows all dates or all numbers in
 * ascending order, their values plain numbers or missing. Anything else answers "not streamable" (TRUE
 * with *out NULL), and the caller reads the rows the ordinary way, which
 * draws or reports exactly as before. */
#ifndef TJ_DATA_SCAN_H
#define TJ_DATA_SCAN_H

#include <glib.h>
#include "data/date.h"
#include "data/table.h"

#define TJ_SCAN_MAX_Y 8

typedef enum { TJ_SCAN_X_AUTO, TJ_SCAN_X_NUMBER, TJ_SCAN_X_DATE } TjScanX;

typedef struct {
    guint n;              /* points kept, in row order */
    guint n_y;
    guint64 n_rows;       /* rows read */
    double *x;            /* n: numbers, or days since 1970 */
    double *y;            /* n × n_y, row-major; NAN missing */
    gint8 *dec;           /* n × n_y: decimals written (-1 missing) */
    guint32 *line;        /* n: line of each point's row */
    guint32 *xcol;        /* n: column (characters, from 1) of its x cell */
    TjDateUnit x_unit;    /* NONE: x is numbers */
    int x_decimals;       /* numbers: the most decimals an x cell has */
} TjScan;

/* Streams columns @xcol and @ycols of deferred @t, of the rows whose
 * @n_where columns @where_cols hold exactly @where_vals (trimmed cell
 * text, as a chart's where filters). FALSE only for an I/O error.
 * Returns (in *out): (transfer full) tj_scan_free(), or NULL (also when no
 * row is picked: the ordinary reader then says so). */
gboolean tj_table_scan(const TjTable *t, guint xcol, const guint *ycols, guint n_y,
                       const guint *where_cols, const char *const *where_vals, guint n_where,
                       TjScanX x_kind, guint buckets, TjScan **out, GError **error);
void tj_scan_free(TjScan *s);

#endif
