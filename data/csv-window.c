/* data/csv-window.c — a file read in pieces by the tokenizer (csv.c): a
 * window holds at least the record being read, so every cell, place and
 * message is what the whole text gives; and the row bound of a text. */
#define _GNU_SOURCE  /* memrchr */
#include "data/csv-private.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>

gsize tj__table_window_step = (gsize)1 << 20;

/* Moves the window's unread text (from the current line's counted start
 * or lx->pos, whichever is first) to its front and reads more of the
 * file after it: at least tj__table_window_step bytes, growing the window
 * when needed. */
static void
refill(Lexer *lx)
{
    gsize keep = MIN(lx->pos, lx->cnt_pos);
    memmove(lx->buf, lx->buf + keep, lx->end - keep);
    lx->pos -= keep;
    lx->cnt_pos -= keep;
    lx->end -= keep;
    gsize step = tj__table_window_step;
    if (lx->cap - 1 - lx->end < step) {
        lx->cap = MAX(lx->cap * 2, lx->end + step + 1);
        lx->buf = g_realloc(lx->buf, lx->cap);
    }
    for (gsize want = lx->end + step; !lx->eof && lx->end < want;) {
        gssize n = read(lx->fd, lx->buf + lx->end, lx->cap - 1 - lx->end);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            lx->eof = TRUE;   /* a read error ends the text where it stops */
        else
            lx->end += (gsize)n;
    }
    lx->buf[lx->end] = '\0';
}

/* Where the records from @p on that end in [@p, @end) end: past the last
 * line break outside quotes (a CR's LF in the window too), or @p. Quotes
 * toggle as the tokenizer reads them in a valid file; a file that is not
 * fails within a record this finds, or is read to its end. */
static gsize
records_end(const char *buf, gsize p, gsize end)
{
    if (!memchr(buf + p, '"', end - p)) {
        const char *lf = memrchr(buf + p, '\n', end - p);
        const char *cr = memrchr(buf + p, '\r', end - p);
        if (cr && (gsize)(cr - buf) + 1 == end)   /* its LF may follow */
            cr = memrchr(buf + p, '\r', (gsize)(cr - buf) - p);
        const char *last = lf && (!cr || lf > cr) ? lf : cr;
        return last ? (gsize)(last - buf) + 1 : p;
    }
    gboolean inq = FALSE;
    gsize done = p;
    for (gsize i = p; i < end; i++) {
        char c = buf[i];
        if (c == '"')
            inq = !inq;
        else if (!inq && (c == '\n' || (c == '\r' && i + 1 < end)))
            done = i + 1;
    }
    return done;
}

void
tj__csv_ensure_record(Lexer *lx)
{
    while (lx->fd >= 0 && !lx->eof && lx->pos >= lx->complete) {
        refill(lx);
        lx->complete = records_end(lx->buf, lx->pos, lx->end);
    }
}

void
tj__csv_window_open(Lexer *lx)
{
    lx->cap = tj__table_window_step + 1;
    lx->buf = g_malloc(lx->cap);
    refill(lx);
    lx->complete = records_end(lx->buf, 0, lx->end);
}

gsize
tj__csv_max_rows(const char *buf, gsize pos, gsize end)
{
    gsize n = 1;
    gboolean cr = memchr(buf + pos, '\r', end - pos) != NULL;
    for (const char *p = buf + pos, *e = buf + end; p < e; p++) {
        p = memchr(p, '\n', (gsize)(e - p));
        if (p == NULL)
            break;
        n++;
    }
    for (gsize i = pos; cr && i < end; i++)
        n += buf[i] == '\r' && buf[i + 1] != '\n';
    return n;
}
