/* data/table.h — a CSV file as a typed table.
 * Every cell keeps its text, its parsed number and its place (line:col) in
 * the file; numbers are stored by column, typed (data/table-private.h).
 * A column is numeric when each of its non-missing cells reads as a
 * number and at least one does. Limits: TJ_TABLE_MAX_COLS columns,
 * TJ_TABLE_MAX_ROWS rows, TJ_TABLE_MAX_CELL bytes per cell.
 * Conventions (data/csv.c): RFC 4180 quoting; LF, CRLF or CR line breaks;
 * spaces (also U+3000, U+00A0) around cells and names are trimmed; blank
 * lines are skipped anywhere, so a one-column file writes an empty cell as
 * ""; every row must have as many fields as the header. */
#ifndef TJ_DATA_TABLE_H
#define TJ_DATA_TABLE_H

#include <glib.h>
#include "core/error.h"
#include "data/number.h"
#include "tujie/tujie.h"

#define TJ_TABLE_MAX_COLS 4096
#define TJ_TABLE_MAX_ROWS 50000000
#define TJ_TABLE_MAX_CELL (64 * 1024)
#define TJ_TABLE_MAX_FILE ((gsize)2 << 30)  /* 2 GiB */
/* tj_table_open defers reading the rows of files from this size on */
#define TJ_TABLE_DEFER_MIN (256 << 10)

typedef enum { TJ_COL_TEXT, TJ_COL_NUMBER } TjColumnType;

/* tj_table_load() and tj_table_load_sheet() are declared in tujie.h.
 * Parses @len bytes named @name (for messages): a CSV file, or the first
 * visible worksheet of an .xlsx or .xls workbook (by its first bytes).
 * Returns: (transfer full) free with tj_table_free(). */
TjTable *tj_table_parse(const char *bytes, gsize len, const char *name,
                        GError **error);
/* The same, with sheet @sheet (name or number from 1; NULL: the first
 * visible worksheet) of a workbook; a sheet asked of a CSV file is an
 * error. */
TjTable *tj_table_parse_sheet(const char *bytes, gsize len, const char *name,
                              const char *sheet, GError **error);

/* A table from tj_table_open whose rows are not read yet: its path
 * (transfer none), else NULL. Its header is read: names, labels, header
 * units and places; every getter of rows reads them first. */
const char *tj_table_deferred_path(const TjTable *t);
/* Reads a deferred table's rows now (nothing for others); FALSE with the
 * reader's error (file:line:col) when the file is not a valid table. */
gboolean tj_table_read_rows(const TjTable *t, GError **error);

/* The number of rows without reading them where that is cheap (a
 * deferred file without quotes: its lines); FALSE when it is not. */
gboolean tj_table_count_rows(const TjTable *t, guint64 *rows);

/* file name as given; a workbook's sheet: "book.xlsx:Sheet1" */
const char *tj_table_name(const TjTable *t);
/* "UTF-8", "UTF-8-BOM", "UTF-16LE", "UTF-16BE" or "GB18030"; "xlsx" or
 * "xls" for a workbook's sheet */
const char *tj_table_encoding(const TjTable *t);
char tj_table_delimiter(const TjTable *t);
guint tj_table_n_rows(const TjTable *t);           /* header excluded */
guint tj_table_n_cols(const TjTable *t);

const char *tj_table_column_name(const TjTable *t, guint col);
/* Index of the column named @name (exact, after trimming); else of the one
 * column whose label (name without "(unit)") is @name, so "地区生产总值"
 * finds "地区生产总值（亿元）"; -1 when none, or when two labels match. */
int tj_table_column_by_name(const TjTable *t, const char *name);
TjColumnType tj_table_column_type(const TjTable *t, guint col);
/* Unit of a column: from the header ("地区生产总值（亿元）" gives "亿元") or
 * shared by all its cells ("亿元", "%"); NULL when none or mixed. */
const char *tj_table_column_unit(const TjTable *t, guint col);
/* The unit known without reading the rows: a deferred table's from its
 * header ("指数（微克/立方米）"); otherwise as tj_table_column_unit. */
const char *tj_table_column_header_unit(const TjTable *t, guint col);
/* Header text without a trailing "(unit)"/"（单位）". */
const char *tj_table_column_label(const TjTable *t, guint col);

/* Returns: (transfer none) the cell's trimmed text; "" for empty. */
const char *tj_table_cell_text(const TjTable *t, guint row, guint col);
/* The cell's text as tj_table_cell_text gives it, but a text rebuilt from
 * its number (stream.c) is written into @tmp instead of being kept: valid
 * until @tmp is reused or the table freed. For a pass over many rows. */
#define TJ_TABLE_TEXT_TMP 64
const char *tj_table_cell_text_tmp(const TjTable *t, guint row, guint col,
                                   char tmp[TJ_TABLE_TEXT_TMP]);
/* TRUE when the cell's text is @text; never makes the text (a large
 * table keeps the text of plain numbers only as their value: stream.c). */
gboolean tj_table_cell_text_equal(const TjTable *t, guint row, guint col,
                                  const char *text);
/* The cell's kind; its number copied into *@num when @num is not NULL
 * (a TEXT or MISSING cell: value NAN, the rest zero). The strings in it
 * (unit, qualifiers) are the table's: valid until it is freed. */
TjNumKind tj_table_cell_number(const TjTable *t, guint row, guint col,
                               TjNumber *num);
TjSrcLoc tj_table_cell_loc(const TjTable *t, guint row, guint col);
TjSrcLoc tj_table_header_loc(const TjTable *t, guint col);

/* Error for an unknown column: "file:1:1: no column “X”; did you mean “Y”?
 * (columns: A, B, C)". @loc: where the name came from (spec, option), or
 * NULL to point at the file's header. */
void tj_table_set_no_column_error(const TjTable *t, const char *name,
                                  const TjSrcLoc *loc, GError **error);

#endif
