/* data/table-private.h — the layout of TjTable, shared by the files of data/:
 * table.c (life cycle, getters), decode.c (bytes → UTF-8), delimiter.c,
 * csv.c (RFC 4180 tokenizer filling the cells) and column.c (header checks,
 * types, units).
 *
 * Storage is compact: all cell texts live in one UTF-8 buffer (the decoded
 * file, unquoted in place and NUL-terminated per cell); a cell is three
 * guint32 (text offset, column, number); numbers are stored once per value
 * (TjNumber, deduplicated by a bounded cache); missing and text
 * cells share static records; units are interned in one GStringChunk. */
#ifndef TJ_DATA_TABLE_PRIVATE_H
#define TJ_DATA_TABLE_PRIVATE_H

#include "data/table.h"

/* TjCell.num: one of these, or TJ__CELL_VALUE0 + index into nums */
enum { TJ__CELL_TEXT = 0, TJ__CELL_MISSING = 1, TJ__CELL_VALUE0 = 2 };

/* numbers are deduplicated through a direct-mapped cache of this many
 * slots (bounded memory; equal numbers that collide are stored twice) */
#define TJ__NUM_CACHE 65536

/* A slot of the dedup cache, keyed exactly by the number's value bits,
 * unit (interned) and form (the other fields packed, see column.c), so a
 * lookup never reads the stored numbers. form 0: empty. */
typedef struct {
    guint64 bits;
    const char *unit;
    guint32 form;
    guint32 index;   /* 1 + index into nums */
} TjNumSlot;

typedef struct {
    guint32 off;   /* text at buf + off */
    guint32 col;   /* column of its first character, from 1 */
    guint32 num;   /* see TJ__CELL_* */
} TjCell;

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
} TjColumn;

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
    TjCell *cells;          /* n_rows * n_cols, row-major */
    gsize cells_cap;
    guint32 *row_line;      /* line of each row's first cell */
    gsize rows_cap;
    GHashTable *cell_line;  /* cell index → line, when not the row's line */
    TjNumber *nums;
    gsize n_nums, nums_cap;
    TjNumSlot *num_cache;   /* TJ__NUM_CACHE slots, while parsing */
    const char *quals[31];  /* qualifiers seen (ids 1..31 in a form) */
    guint n_quals;
    GStringChunk *strings;  /* units, labels, column units */
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

/* decode.c: line and column (characters, from 1) of byte @pos in UTF-8
 * @text; bytes not valid in UTF-8 count as one character each. */
void tj__table_locate(const char *text, gsize pos, guint *line, guint *col);

/* csv.c: tokenizes @len bytes of UTF-8 at t->buf + @start into t (header,
 * rows, numbers). t->buf[start + len] must be writable. */
gboolean tj__table_tokenize(TjTable *t, gsize start, gsize len, GError **error);

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
/* column.c: records one data cell's number in column @col's statistics and
 * returns the TjCell.num value for it. */
guint32 tj__table_add_number(TjTable *t, guint col, TjNumKind kind,
                             const TjNumber *num);
/* column.c: sets types, labels and units once all rows are read. */
void tj__table_finish_columns(TjTable *t);

#endif
