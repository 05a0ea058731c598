/* data/csv-private.h — the tokenizer's state, shared by csv.c (fields,
 * rows) and csv-window.c (the window of a file read in pieces). */
#ifndef TJ_DATA_CSV_PRIVATE_H
#define TJ_DATA_CSV_PRIVATE_H

#include "data/table-private.h"

typedef struct {
    TjTable *t;
    char *buf;
    gsize pos, end;    /* next byte; end of text (buf[end] == '\0') */
    guint line;
    gsize cnt_pos;     /* characters of the line are counted up to here */
    guint cnt_col;
    char delim;
    guint8 stop[256];  /* bytes that end an unquoted field */
    GError **error;
    /* read in pieces (tj__table_tokenize_fd): buf is a window of the file,
     * holding at least the record being read (csv-window.c); else fd -1 */
    int fd;
    gboolean eof;
    gsize cap;         /* bytes buf holds */
    gsize complete;    /* the records that start before this end in buf */
} Lexer;

/* Allocates the window of @lx (lx->fd) and reads its first piece. */
void tj__csv_window_open(Lexer *lx);
/* Makes sure the window holds the whole record at lx->pos (or the file's
 * end): the tokenizer then reads it as from the whole text. Nothing for a
 * whole text (fd -1). */
void tj__csv_ensure_record(Lexer *lx);
/* At most how many rows follow @pos: its line breaks (LF, and CR not
 * before LF), plus one. */
gsize tj__csv_max_rows(const char *buf, gsize pos, gsize end);

#endif
