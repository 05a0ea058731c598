/* tests/fuzz/fuzz-csv-stream.c — libFuzzer harness for the CSV reader that
 * reads a file in pieces (data/stream.c): the input's first byte chooses
 * the window (1 to 64 bytes at a time, or 1 MiB), the rest is the file.
 * Read whole (tj_table_load) and streamed, it must give the same table —
 * every cell's text, number and place, the columns — or the same error;
 * the streamed reader may only decline (no error) a file that is not
 * UTF-8 throughout or holds a NUL byte. Built by `make fuzz`; run with
 * tests/fuzz/run.sh build-fuzz SECONDS csv-stream. */
#define _GNU_SOURCE  /* memfd_create */
#include "data/table-private.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
same_table(const TjTable *w, const TjTable *s)
{
    g_assert_cmpstr(tj_table_encoding(w), ==, tj_table_encoding(s));
    g_assert_cmpint(tj_table_delimiter(w), ==, tj_table_delimiter(s));
    g_assert_cmpuint(tj_table_n_rows(w), ==, tj_table_n_rows(s));
    g_assert_cmpuint(tj_table_n_cols(w), ==, tj_table_n_cols(s));
    for (guint c = 0; c < tj_table_n_cols(w); c++) {
        g_assert_cmpstr(tj_table_column_name(w, c), ==, tj_table_column_name(s, c));
        g_assert_cmpstr(tj_table_column_unit(w, c), ==, tj_table_column_unit(s, c));
        g_assert_cmpint(tj_table_column_type(w, c), ==, tj_table_column_type(s, c));
        for (guint r = 0; r < tj_table_n_rows(w); r++) {
            const char *tw = tj_table_cell_text(w, r, c);
            g_assert_cmpstr(tj_table_cell_text(s, r, c), ==, tw);
            g_assert_true(tj_table_cell_text_equal(s, r, c, tw));
            TjNumber nw, ns;
            g_assert_cmpint(tj_table_cell_number(w, r, c, &nw), ==,
                            tj_table_cell_number(s, r, c, &ns));
            g_assert_true(memcmp(&nw.value, &ns.value, sizeof nw.value) == 0 ||
                          (isnan(nw.value) && isnan(ns.value)));
            g_assert_cmpint(nw.decimals, ==, ns.decimals);
            g_assert_cmpstr(nw.unit, ==, ns.unit);
            TjSrcLoc lw = tj_table_cell_loc(w, r, c), ls = tj_table_cell_loc(s, r, c);
            g_assert_cmpuint(lw.line, ==, ls.line);
            g_assert_cmpuint(lw.col, ==, ls.col);
        }
    }
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    int fd = memfd_create("fuzz", 0);
    g_assert_cmpint(fd, >=, 0);
    g_assert_cmpint(write(fd, data + 1, size - 1), ==, (ssize_t)(size - 1));
    char path[64];
    snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
    GError *ew = NULL, *es = NULL;
    TjTable *w = tj_table_load(path, &ew);
    tj__table_window_step = data[0] == 255 ? (gsize)1 << 20 : (gsize)(1 + data[0] % 64);
    TjTable *s = tj__table_read_streamed(path, &es);
    tj__table_window_step = (gsize)1 << 20;
    if (s) {
        g_assert_nonnull(w);
        same_table(w, s);
    } else if (es) {
        g_assert_null(w);
        g_assert_cmpstr(es->message, ==, ew->message);
    } else {   /* declined: not UTF-8 throughout, a NUL byte, a workbook */
        const char *b = (const char *)data + 1;
        gboolean book = size >= 5 && (memcmp(b, "PK\x03\x04", 4) == 0 ||
                                      memcmp(b, "PK\x05\x06", 4) == 0);
        g_assert_true(book || !g_utf8_validate(b, (gssize)size - 1, NULL) ||
                      memchr(b, 0, size - 1));
    }
    g_clear_error(&ew);
    g_clear_error(&es);
    tj_table_free(w);
    tj_table_free(s);
    close(fd);
    return 0;
}
