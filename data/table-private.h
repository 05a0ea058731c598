/* data/table-private.h — the layout of TjTable, shared by the files of data/:
 * table.c (life cycle, getters), decode.c (bytes → UTF-8), delimiter.c,
 * csv.c (RFC 4180 tokenizer filling the cells) and column.c (header checks,
 * types, units).
 *
 * Storage is compact and typed: all cell texts live in one UTF-8 buffer
 * (the decoded file, unquoted in place and NUL-terminated per cell); a cell
 * is its text's offset. Its place is derived: the row's line from a few
 * breakpoints (line = row + a constant between them), its column by
 * counting characters from the start of its line, which the in-place
 * changes keep for rows without quotes on one line ("plain": a NUL only
 * ever replaces an ASCII byte or a lead byte); other rows' cells keep
 * theirs in hash tables. Numbers live in their column, a double a row, and
 * how each was written (decimals, magnitude, unit, qualifiers: its "form")
 * is stored once per distinct form, so a plain numeric column costs 12
 * bytes a row beside its text. Arrays are sized once from the number of
 * lines (untouched pages cost nothing), never doubled. Units are interned
 * in one GStringChunk. */
#ifndef TJ_DATA_TABLE_PRIVATE_H
#define TJ_DATA_TABLE_PRIVATE_H

#include "data/table.h"

/* a cell's code in TjColumn.codes: one of these, or TJ__CELL_VALUE0 +
 * index into TjTable.forms */
enum { TJ__CELL_TEXT = 0, TJ__CELL_MISSING = 1, TJ__CELL_VALUE0 = 2 };

/* rows from @row on are on line @line + (row - @row) until the next */
typedef struct {
    guint32 row, line;
} TjLineMark;

typedef struct {
    const char *name;   /* trimmed header text (in buf) */
    const char *label;  /* name without "(unit)" (in strings or = name) */
    const char *unit;   /* column unit (in strings) or NULL */
    TjColumnType type;
    guint32 line, col;  /* place of the header cell */
    /* statistics gathered while parsing, read by column.c */
    guint64 n_value, n_text;
    gboolean unit_seen, unit_mixed;   /* unit of the first value, and */
    gint8 unit_mag;                   /* whether a later one differs */
    gboolean unit_percent;
    const char *unit_text;            /* interned: compared by pointer */
    /* the numbers: values[row] (NAN when not a value), NULL while no cell
     * is one; codes[row] (TJ__CELL_*), NULL while every cell is missing or
     * a value of form @form0 (then a NAN value means missing) */
    double *values;
    guint32 *codes;
    guint32 form0;                    /* index into TjTable.forms */
    guint32 last_form;                /* 1 + form of the last value, 0: none */
    /* a streamed table's texts (stream.c): text_off[row] is the place of
     * the cell's text in TjTable.store, or TJ__TEXT_REBUILT for a number
     * whose text is rebuilt from its value and form; NULL while every
     * cell of the column is such a number */
    guint32 *text_off;
} TjColumn;

#define TJ__TEXT_REBUILT G_MAXUINT32
/* a streamed table's text store: blocks of this many bytes; a place in it
 * is block << TJ__STORE_SHIFT | offset */
#define TJ__STORE_SHIFT 20

struct TjTable {
    const char *name;       /* interned file name as given; a workbook's
                               sheet: "book.xlsx:Sheet1" */
    gboolean is_sheet;      /* from a workbook: places are cells (…!C12),
                               rows and cols count the sheet's */
    const char *encoding;   /* static string */
    char delimiter;
    char *buf;              /* decoded text, owned */
    guint n_cols, n_rows;
    TjColumn *cols;
    guint32 *cells;         /* rows_cap * n_cols text offsets, row-major */
    gsize rows_cap;         /* rows the arrays hold (columns' too) */
    GArray *lines;          /* TjLineMark, by row: each row's line */
    GHashTable *unplain;    /* rows whose cells' places are stored: */
    GHashTable *cell_line;  /* cell index → line, when not the row's line */
    GHashTable *cell_col;   /* cell index → column (unplain rows) */
    guint32 sheet_col0;     /* a sheet's cells: column = this + index */
    GArray *forms;          /* TjNumber: the distinct forms (value 0) */
    GHashTable *form_index; /* form → 1 + index, while parsing */
    GStringChunk *strings;  /* units, labels, column units */
    /* read from a file in pieces (stream.c): no buf and no cells; texts
     * that are not rebuilt from their number in store, each cell's column
     * in cell_cols; rebuilt texts asked for by pointer are kept in memo */
    gboolean streamed;
    guint32 *cell_cols;
    GPtrArray *store;       /* char[1 << TJ__STORE_SHIFT] blocks */
    gsize store_used;       /* bytes used of the last block */
    GMutex memo_lock;
    GHashTable *memo;       /* cell index + 1 → its rebuilt text */
    GStringChunk *memo_text;
    /* tj_table_open: the header only, the rows read on first use (open.c) */
    char *deferred;         /* the file's path while its rows are unread */
    GError *rows_error;     /* why reading them failed */
};

/* open.c: reads a deferred table's rows (once, under a lock); getters of
 * rows call it. FALSE when they could not be read (t->rows_error). */
gboolean tj__table_ensure_rows(const TjTable *t);

/* table.c: parses @bytes (g_malloc'ed, @len bytes and one spare), taking
 * them; and reads a whole file into such a buffer. */
TjTable *tj__table_parse_owned(char *bytes, gsize len, const char *name, GError **error);
gboolean tj__table_read_file(const char *path, char **out, gsize *out_len, GError **error);

/* decode.c: turns the file's bytes into UTF-8. Takes ownership of @bytes
 * (allocated with g_malloc, @len bytes plus one spare byte). On success
 * returns the UTF-8 text (owned; NUL at *out_len; may be @bytes itself, then
 * *out_start skips a BOM) and sets *encoding. */
char *tj__table_decode(char *bytes, gsize len, const char *file,
                       gsize *out_start, gsize *out_len,
                       const char **encoding, GError **error);

/* decode.c: the offset of the first byte of @s that is not UTF-8 (NULs
 * allowed), or @len; *n_multi counts the multi-byte characters before. */
gsize tj__table_utf8_bad_offset(const char *s, gsize len, gsize *n_multi);

/* decode.c: line and column (characters, from 1) of byte @pos in UTF-8
 * @text; bytes not valid in UTF-8 count as one character each. */
void tj__table_locate(const char *text, gsize pos, guint *line, guint *col);

/* csv.c: tokenizes @len bytes of UTF-8 at t->buf + @start into t (header,
 * rows, numbers). t->buf[start + len] must be writable. */
gboolean tj__table_tokenize(TjTable *t, gsize start, gsize len, GError **error);
/* csv.c: the same for a streamed @t (stream.c), reading the UTF-8 text of
 * @fd (positioned after any byte order mark) in pieces, with delimiter
 * @delim (detected as from the whole text); @rows_bound: at most how many
 * rows the text has, @text_bytes: its length. */
gboolean tj__table_tokenize_fd(TjTable *t, int fd, char delim, gsize rows_bound,
                               gsize text_bytes, GError **error);
/* csv.c: bytes read into the window at a time (1 MiB; tests make it
 * small to read records across its edges). */
extern gsize tj__table_window_step;

/* stream.c: a CSV file read in pieces into a streamed table; NULL without
 * an error when the file is not one it reads (not UTF-8, a NUL byte, a
 * workbook): the whole-file reader then reads it. */
TjTable *tj__table_read_streamed(const char *path, GError **error);
/* stream.c: keeps the text of cell @c of the row being read (t->n_rows)
 * unless it is rebuilt from its number (@kind, @num). */
void tj__table_store_text(TjTable *t, guint c, const char *text, TjNumKind kind,
                          const TjNumber *num);
/* stream.c: the text of a streamed table's cell; rebuilt ones into @tmp
 * (64 bytes) when @tmp is given, else kept in the memo. */
const char *tj__table_streamed_text(const TjTable *t, guint row, guint col, char *tmp);
/* stream.c: frees what a streamed table holds beside the columns. */
void tj__table_free_streamed(TjTable *t);

/* csv-chars.c: trims spaces off [*a, *b) of @buf: ASCII white space, U+3000
 * and U+00A0 (what cells and column names lose). */
void tj__table_trim(const char *buf, gsize *a, gsize *b);
/* csv-chars.c: the byte length of U+3000 or U+00A0 at @p, else 0. */
gsize tj__table_wide_space(const char *p);
/* csv-chars.c: finds the first control character or U+FEFF in the raw
 * field [@s, @e) of @buf that starts at *@line:*@col; TRUE with its place
 * in *@line, *@col and its code point in *@u. */
gboolean tj__table_find_forbidden(const char *buf, gsize s, gsize e, guint *line,
                                  guint *col, gunichar *u);

/* delimiter.c: the delimiter (',', '\t' or ';') of the first lines. */
char tj__table_detect_delimiter(const char *text, gsize len);

/* column.c: checks the header names (empty, duplicate) once read. */
gboolean tj__table_check_header(TjTable *t, GError **error);
/* column.c: sizes the row arrays (cells, the columns' numbers when they
 * come) for at most @rows rows. */
void tj__table_reserve_rows(TjTable *t, gsize rows);
/* column.c: doubles the row arrays (a reader's bound was too low). */
void tj__table_grow_rows(TjTable *t);
/* column.c: notes that row t->n_rows starts on @line, and counts it. */
void tj__table_add_row(TjTable *t, guint32 line);
/* table.c: the line of @row's first cell. */
guint32 tj__table_row_line(const TjTable *t, guint row);
/* column.c: records the number of the cell of row t->n_rows, column @col
 * (its kind, and @num for a value) and updates the column's statistics. */
void tj__table_add_number(TjTable *t, guint col, TjNumKind kind,
                          const TjNumber *num);
/* column.c: sets types, labels and units once all rows are read, and
 * trims the arrays to the rows read. */
void tj__table_finish_columns(TjTable *t);
/* column.c: frees what the table's columns and forms hold. */
void tj__table_free_columns(TjTable *t);

#endif
