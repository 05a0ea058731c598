/* data/workbook-private.h — what the workbook readers of data/ share:
 * the grid (grid.c: a sheet's cells, wherever they come from, → TjTable),
 * number formats (numfmt.c), and the entry points of the .xlsx reader
 * (xlsx.c with xlsx-xml.c, xlsx-parts.c, xlsx-sheet.c) and the .xls reader
 * (xls.c, libfreexl).
 *
 * Places: a sheet's table is named "book.xlsx:Sheet1" and every place in
 * it is a cell (TjSrcLoc.cell): row and column as the spreadsheet counts
 * them, shown "book.xlsx:Sheet1!C12". */
#ifndef TJ_DATA_WORKBOOK_PRIVATE_H
#define TJ_DATA_WORKBOOK_PRIVATE_H

#include "data/table-private.h"

/* A spreadsheet's own bounds (Excel 2007 and later). */
#define TJ_SHEET_MAX_ROW 1048576u
#define TJ_SHEET_MAX_COL 16384u      /* XFD */
/* cells between a sheet's first and last used row and column, and merged
 * areas: a few bytes of XML can name XFD1048576 */
#define TJ_SHEET_MAX_GRID (1u << 25)
#define TJ_SHEET_MAX_MERGES 100000u
/* .xlsx parts: unpacked bytes of one part, of all parts read, and the
 * ratio unpacked:packed allowed once a part passes TJ_XLSX_RATIO_GRACE */
#define TJ_XLSX_MAX_PART ((guint64)1 << 30)
#define TJ_XLSX_MAX_TOTAL ((guint64)3 << 29)
#define TJ_XLSX_MAX_RATIO 200
#define TJ_XLSX_RATIO_GRACE ((guint64)1 << 20)
#define TJ_XLSX_MAX_ENTRIES 10000    /* files in the zip archive */
#define TJ_XLSX_MAX_DEPTH 64         /* XML element nesting */
#define TJ_XLSX_MAX_STRINGS (1u << 22)   /* shared strings */
#define TJ_XLSX_MAX_STRING_BYTES ((gsize)256 << 20)
#define TJ_XLSX_MAX_STYLES 65536u    /* cell formats (Excel's own: 64000) */
#define TJ_XLSX_MAX_SHEETS 4096u

/* ---- grid.c ---------------------------------------------------------- */

/* No text: offset 0 of the text store is "". */
#define TJ_GRID_EMPTY 0u
/* A text over TJ_TABLE_MAX_CELL, refused when a cell uses it. */
#define TJ_GRID_TOO_LONG G_MAXUINT32

typedef struct {
    guint32 row, col;   /* from 1, as the sheet counts */
    guint32 off;        /* text at text->str + off */
    guint32 len;        /* its length in bytes, for messages */
} TjGridCell;

typedef struct {
    guint32 r1, c1, r2, c2;
} TjGridArea;

typedef struct {
    const char *name;   /* interned "book.xlsx:Sheet1" */
    const char *kind;   /* "xlsx" or "xls" (tj_table_encoding) */
    GString *text;      /* every text, trimmed, NUL-terminated */
    GArray *cells;      /* TjGridCell, in any order; later ones win */
    GArray *merges;     /* TjGridArea */
    guint32 last_len;   /* length of the text tj__grid_text returned last */
} TjGrid;

void tj__grid_init(TjGrid *g, const char *file, const char *sheet, const char *kind);
void tj__grid_clear(TjGrid *g);
/* Stores @len bytes of UTF-8 text, trimmed as CSV cells are; returns its
 * offset, TJ_GRID_EMPTY for none, TJ_GRID_TOO_LONG over the cell limit,
 * or FALSE with @error when the store would pass 4 GiB. */
gboolean tj__grid_text(TjGrid *g, const char *s, gsize len, guint32 *off,
                       GError **error);
/* Sets the cell at @row, @col (from 1) to the text at @off (from
 * tj__grid_text; empty cells are not stored). FALSE with a located
 * error past a limit. */
gboolean tj__grid_set(TjGrid *g, guint32 row, guint32 col, guint32 off,
                      guint32 len, GError **error);
gboolean tj__grid_merge(TjGrid *g, const TjGridArea *a, GError **error);
/* Builds the table (see grid.c for header rows, merged cells, empty rows
 * and columns). The grid is emptied either way.
 * Returns: (transfer full) the table, or NULL with @error. */
TjTable *tj__grid_finish(TjGrid *g, GError **error);
/* Sets @error to "name!C12: message" (@col 0: "name!12:12"; @row 0: "name"). */
void tj__grid_error(GError **error, TjErrorCode code, const char *name,
                    guint32 row, guint32 col, const char *fmt, ...)
    G_GNUC_PRINTF(6, 7);

/* ---- numfmt.c -------------------------------------------------------- */

typedef enum {
    TJ_NUMFMT_GENERAL,   /* as many digits as needed (15 significant) */
    TJ_NUMFMT_FIXED,     /* a fixed number of decimals: "0.0", "#,##0" */
    TJ_NUMFMT_PERCENT,   /* "0.0%": the value × 100, then "%" */
    TJ_NUMFMT_DATE       /* a date or time: serial days since 1900/1904 */
} TjNumFmtKind;

typedef struct {
    TjNumFmtKind kind;
    gint8 decimals;      /* FIXED and PERCENT */
    const char *code;    /* DATE: the code drawn (static or interned) */
} TjNumFmt;

/* The format of built-in id @id (ECMA-376 18.8.30, Chinese ids 27–36 and
 * 50–58 as a zh-CN Excel shows them); General for unknown ids. */
TjNumFmt tj__numfmt_builtin(guint id);
/* The format a code such as "0.0%" or 'yyyy"年"m"月"' stands for (its
 * first section). @code must outlive the result (DATE keeps it). */
TjNumFmt tj__numfmt_parse(const char *code);
/* @v as the spreadsheet shows it under @f, written as tujie reads
 * numbers: 0.218 under "0.0%" → "21.8%", 44206 under "yyyy-mm-dd" →
 * "2021-01-10" (dates out of range are written as numbers). Returns @buf. */
char *tj__numfmt_format(double v, const TjNumFmt *f, gboolean date1904,
                        char *buf, gsize size);

/* ---- readers --------------------------------------------------------- */

/* xlsx.c: the sheet @sheet (name or number from 1; NULL: the first
 * visible worksheet) of the .xlsx in @bytes, named @file in messages. */
TjTable *tj__xlsx_read(const char *bytes, gsize len, const char *file,
                       const char *sheet, GError **error);
/* xls.c: the same for an .xls (BIFF) file, from @path when it is set
 * (else from @bytes through a temporary file: libfreexl reads paths). */
TjTable *tj__xls_read(const char *path, const char *bytes, gsize len,
                      const char *file, const char *sheet, GError **error);
/* xlsx.c / xls.c: the names of the workbook's visible worksheets (an
 * .xls: all its sheets) appended to @names (char *, g_free); FALSE with
 * @error when the workbook cannot be read. */
gboolean tj__xlsx_sheets(const char *bytes, gsize len, const char *file, GPtrArray *names,
                         GError **error);
gboolean tj__xls_sheets(const char *path, const char *bytes, gsize len, const char *file,
                        GPtrArray *names, GError **error);
/* xlsx.c / xls.c: the sheet to read among @names (@visible: which are;
 * @n of them), by @want as for tj__xlsx_read; -1 with @error naming
 * @file when there is none. */
int tj__sheet_choose(const char *file, const char *const *names,
                     const gboolean *visible, guint n, const char *want,
                     GError **error);

#endif
