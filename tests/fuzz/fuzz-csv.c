/* tests/fuzz/fuzz-csv.c — libFuzzer harness for the CSV loader: any bytes
 * through tj_table_parse(); a failure must come with a located message, a
 * success must give a table whose every getter works and agrees with
 * itself (texts are UTF-8, kinds match column types, places are real).
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined -I. -Iinclude \
 *     $(pkg-config --cflags glib-2.0) tests/fuzz/fuzz-csv.c \
 *     data/{csv,csv-chars,decode,delimiter,column,number,table}.c core/error.c \
 *     -o build-fuzz/fuzz-csv $(pkg-config --libs glib-2.0) -lm
 *   mkdir -p build-fuzz/corpus-csv && build-fuzz/fuzz-csv -max_total_time=180 \
 *     -max_len=16384 -dict=tests/fuzz/csv.dict build-fuzz/corpus-csv \
 *     tests/fuzz/corpus/csv */
#include "data/table.h"

#include <math.h>
#include <stdint.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
check_table(const TjTable *t)
{
    guint rows = tj_table_n_rows(t), cols = tj_table_n_cols(t);
    g_assert_cmpuint(cols, >=, 1);
    for (guint c = 0; c < cols; c++) {
        const char *name = tj_table_column_name(t, c);
        g_assert_true(name[0] != '\0' && g_utf8_validate(name, -1, NULL));
        g_assert_cmpint(tj_table_column_by_name(t, name), ==, (int)c);
        g_assert_nonnull(tj_table_column_label(t, c));
        TjSrcLoc h = tj_table_header_loc(t, c);
        g_assert_true(h.line >= 1 && h.col >= 1);
        TjColumnType type = tj_table_column_type(t, c);
        for (guint r = 0; r < rows; r++) {
            const char *text = tj_table_cell_text(t, r, c);
            g_assert_true(g_utf8_validate(text, -1, NULL));
            TjNumber n_cell;
            const TjNumber *n = &n_cell;
            TjNumKind kind = tj_table_cell_number(t, r, c, &n_cell);
            g_assert_true(kind != TJ_NUM_TEXT || type == TJ_COL_TEXT);
            g_assert_true(kind == TJ_NUM_VALUE ? isfinite(n->value) : isnan(n->value));
            g_assert_cmpint(tj_number_parse(text, NULL, NULL), ==, kind);
            TjSrcLoc loc = tj_table_cell_loc(t, r, c);
            g_assert_true(loc.line > h.line && loc.col >= 1);
        }
    }
    GError *err = NULL;
    tj_table_set_no_column_error(t, "没有这一列", NULL, &err);
    g_assert_nonnull(err);
    g_error_free(err);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    GError *err = NULL;
    TjTable *t = tj_table_parse((const char *)data, size, "fuzz.csv", &err);
    if (t == NULL) {
        g_assert_nonnull(err);
        g_assert_true(g_str_has_prefix(err->message, "fuzz.csv:"));
        g_assert_true(g_utf8_validate(err->message, -1, NULL));
        g_error_free(err);
        return 0;
    }
    g_assert_null(err);
    check_table(t);
    tj_table_free(t);
    return 0;
}
