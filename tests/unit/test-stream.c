/* tests/unit/test-stream.c — a large CSV file read in pieces (data/stream.c)
 * gives the table the whole-file reader gives: the same cells (text,
 * number, place), columns and errors, whatever the window's size, and
 * tj_table_cell_text_equal agrees with the text. Files are generated:
 * quotes (with line breaks, doubled quotes), blanks and wide spaces,
 * CR/LF/CRLF, blank lines, a byte order mark, three delimiters, and
 * numbers in every written form, plain ones (rebuilt from their value)
 * beside ones that are not (leading zeros, "+", 万, units, 16 digits,
 * "-0", exponents). */
#include "data/table-private.h"

#include <math.h>
#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

static const char *const words[] = {
    "0", "7", "-3", "12.5", "12.50", "-0.125", "2954.70", "1.9万", "21.8%", "-4.4%",
    "007", "+5", "-0", "-0.0", "1e5", "123456789012345", "1234567890123456",
    "0.000001", "99999999999999.9", "2,954.7", "２９５４．７", "3200余", "8.4万余",
    "约6%", "亿元", "北京", "", "-", "N/A", "1.5亿元", "0.5", ".5", "5.", "1.2.3",
    "100%", "12.345678901234567890", "0.0000000000000000001", "东城区", "a b",
};

static void
add_field(GString *s, GRand *r, char delim)
{
    const char *w = words[g_rand_int_range(r, 0, G_N_ELEMENTS(words))];
    int pad = g_rand_int_range(r, 0, 8);
    if (pad == 0)
        g_string_append(s, " ");
    else if (pad == 1)
        g_string_append(s, "\xE3\x80\x80");   /* U+3000 */
    if (g_rand_int_range(r, 0, 6) == 0) {
        g_string_append_c(s, '"');
        g_string_append(s, w);
        int q = g_rand_int_range(r, 0, 8);
        if (q == 0)
            g_string_append(s, "\"\"x");
        else if (q == 1)
            g_string_append(s, "\nline");
        else if (q == 2)
            g_string_append_c(s, delim);
        g_string_append_c(s, '"');
    } else {
        g_string_append(s, w);
    }
    if (pad == 2)
        g_string_append(s, " ");
}

/* A table of @cols columns, @rows rows; @broken: a mistake somewhere. */
static GString *
make_csv(GRand *r, guint cols, guint rows, gboolean broken)
{
    static const char delims[] = { ',', '\t', ';' };
    static const char *const breaks[] = { "\n", "\r\n", "\r" };
    char delim = delims[g_rand_int_range(r, 0, 3)];
    const char *nl = breaks[g_rand_int_range(r, 0, 3)];
    GString *s = g_string_new(g_rand_int_range(r, 0, 4) == 0 ? "\xEF\xBB\xBF" : "");
    for (guint c = 0; c < cols; c++)
        g_string_append_printf(s, "%s列%u（亿元）", c ? (char[]){ delim, 0 } : "", c);
    g_string_append(s, nl);
    guint bad = broken && rows ? (guint)g_rand_int_range(r, 0, (gint32)rows) : G_MAXUINT;
    for (guint i = 0; i < rows; i++) {
        if (g_rand_int_range(r, 0, 15) == 0)
            g_string_append(s, g_rand_int_range(r, 0, 2) ? nl : "  \t");
        if (g_rand_int_range(r, 0, 15) == 0)
            g_string_append(s, nl);
        guint n = cols;
        if (i == bad) {
            int kind = g_rand_int_range(r, 0, 4);
            if (kind == 0)
                n = cols + 1;
            else if (kind == 1 && cols > 1)
                n = cols - 1;
            else if (kind == 2)
                g_string_append(s, "x\"y");
            else
                g_string_append(s, "\"open");
        }
        for (guint c = 0; c < n; c++) {
            if (c)
                g_string_append_c(s, delim);
            add_field(s, r, delim);
        }
        if (i + 1 < rows || g_rand_boolean(r))
            g_string_append(s, nl);
    }
    return s;
}

static void
same_number(const TjNumber *a, const TjNumber *b)
{
    g_assert_true(memcmp(&a->value, &b->value, sizeof a->value) == 0 ||
                  (isnan(a->value) && isnan(b->value)));
    g_assert_cmpint(a->decimals, ==, b->decimals);
    g_assert_cmpint(a->magnitude, ==, b->magnitude);
    g_assert_cmpint(a->percent != 0, ==, b->percent != 0);
    g_assert_cmpstr(a->unit, ==, b->unit);
    g_assert_cmpstr(a->prefix, ==, b->prefix);
    g_assert_cmpstr(a->suffix, ==, b->suffix);
}

static void
same_table(const TjTable *w, const TjTable *s)
{
    g_assert_true(s->streamed);
    g_assert_cmpstr(tj_table_encoding(w), ==, tj_table_encoding(s));
    g_assert_cmpint(tj_table_delimiter(w), ==, tj_table_delimiter(s));
    g_assert_cmpuint(tj_table_n_rows(w), ==, tj_table_n_rows(s));
    g_assert_cmpuint(tj_table_n_cols(w), ==, tj_table_n_cols(s));
    for (guint c = 0; c < tj_table_n_cols(w); c++) {
        g_assert_cmpstr(tj_table_column_name(w, c), ==, tj_table_column_name(s, c));
        g_assert_cmpstr(tj_table_column_label(w, c), ==, tj_table_column_label(s, c));
        g_assert_cmpstr(tj_table_column_unit(w, c), ==, tj_table_column_unit(s, c));
        g_assert_cmpint(tj_table_column_type(w, c), ==, tj_table_column_type(s, c));
        TjSrcLoc hw = tj_table_header_loc(w, c), hs = tj_table_header_loc(s, c);
        g_assert_cmpuint(hw.line, ==, hs.line);
        g_assert_cmpuint(hw.col, ==, hs.col);
    }
    for (guint r = 0; r < tj_table_n_rows(w); r++) {
        for (guint c = 0; c < tj_table_n_cols(w); c++) {
            const char *tw = tj_table_cell_text(w, r, c);
            char tmp[64];
            g_assert_cmpstr(tj_table_cell_text_tmp(s, r, c, tmp), ==, tw);
            g_assert_cmpstr(tj_table_cell_text(s, r, c), ==, tw);
            g_assert_true(tj_table_cell_text_equal(s, r, c, tw));
            char *longer = g_strconcat(tw, "0", NULL);
            g_assert_false(tj_table_cell_text_equal(s, r, c, longer));
            g_assert_cmpint(tj_table_cell_text_equal(s, r, c, "12.5"), ==,
                            strcmp(tw, "12.5") == 0);
            g_free(longer);
            TjNumber nw, ns;
            g_assert_cmpint(tj_table_cell_number(w, r, c, &nw), ==,
                            tj_table_cell_number(s, r, c, &ns));
            same_number(&nw, &ns);
            TjSrcLoc lw = tj_table_cell_loc(w, r, c), ls = tj_table_cell_loc(s, r, c);
            g_assert_cmpuint(lw.line, ==, ls.line);
            g_assert_cmpuint(lw.col, ==, ls.col);
        }
    }
    /* by pointer, rebuilt once and kept: the same pointer again */
    if (tj_table_n_rows(s) > 0)
        g_assert_true(tj_table_cell_text(s, 0, 0) == tj_table_cell_text(s, 0, 0));
}

static void
check_file(const char *path, gsize step)
{
    GError *ew = NULL, *es = NULL;
    TjTable *w = tj_table_load(path, &ew);
    tj__table_window_step = step;
    TjTable *s = tj__table_read_streamed(path, &es);
    tj__table_window_step = (gsize)1 << 20;
    if (w) {
        g_assert_no_error(es);
        g_assert_nonnull(s);
        same_table(w, s);
    } else {
        g_assert_null(s);
        g_assert_nonnull(es);
        g_assert_cmpstr(es->message, ==, ew->message);
    }
    g_clear_error(&ew);
    g_clear_error(&es);
    tj_table_free(w);
    tj_table_free(s);
}

static char *
write_tmp(const char *bytes, gsize len)
{
    char *path = NULL;
    int fd = g_file_open_tmp("tj-stream-XXXXXX.csv", &path, NULL);
    g_assert_cmpint(fd, >=, 0);
    g_assert_cmpint(write(fd, bytes, len), ==, (gssize)len);
    close(fd);
    return path;
}

static void
test_generated(void)
{
    GRand *r = g_rand_new_with_seed(20261207);
    static const gsize steps[] = { 1, 2, 3, 7, 16, 61, 1 << 20 };
    for (guint k = 0; k < 400; k++) {
        GString *csv = make_csv(r, (guint)g_rand_int_range(r, 1, 5),
                                (guint)g_rand_int_range(r, 0, 40), k % 5 == 4);
        char *path = write_tmp(csv->str, csv->len);
        check_file(path, steps[k % G_N_ELEMENTS(steps)]);
        g_unlink(path);
        g_free(path);
        g_string_free(csv, TRUE);
    }
    g_rand_free(r);
}

/* Rows of plain numbers keep no text; a text beside them does. */
static void
test_plain_numbers_keep_no_text(void)
{
    GString *csv = g_string_new("时间,指数,名称\n");
    for (guint i = 0; i < 1000; i++)
        g_string_append_printf(csv, "%u,%u.%03u,%s\n", i * 60, i % 97, i % 1000,
                               i == 500 ? "峰值" : "");
    g_string_append(csv, "60000,007,\n");
    char *path = write_tmp(csv->str, csv->len);
    GError *err = NULL;
    TjTable *t = tj__table_read_streamed(path, &err);
    g_assert_no_error(err);
    g_assert_null(t->cols[0].text_off);   /* every x rebuilt */
    g_assert_nonnull(t->cols[1].text_off);   /* "007" is kept */
    g_assert_cmpuint(t->cols[1].text_off[999], ==, TJ__TEXT_REBUILT);
    g_assert_cmpstr(tj_table_cell_text(t, 1000, 1), ==, "007");
    g_assert_cmpstr(tj_table_cell_text(t, 7, 1), ==, "7.007");
    g_assert_cmpstr(tj_table_cell_text(t, 500, 2), ==, "峰值");
    g_assert_true(tj_table_cell_text_equal(t, 999, 0, "59940"));
    g_assert_false(tj_table_cell_text_equal(t, 999, 0, "59940.0"));
    g_assert_false(tj_table_cell_text_equal(t, 1000, 1, "7"));
    TjSrcLoc loc = tj_table_cell_loc(t, 999, 1);
    g_assert_cmpuint(loc.line, ==, 1001);
    g_assert_cmpuint(loc.col, ==, 7);
    tj_table_free(t);
    check_file(path, 5);
    g_unlink(path);
    g_free(path);
    g_string_free(csv, TRUE);
}

/* Not UTF-8, a NUL byte, UTF-16: left to the whole-file reader. */
static void
test_not_streamed(void)
{
    static const struct { const char *bytes; gsize len; } cases[] = {
        { "\xC4\xEA\xB7\xDD,x\n1,2\n", 11 },   /* GB18030 */
        { "a,b\n1,\0\n", 8 },
        { "\xFF\xFE" "a\0,\0b\0\n\0", 10 },
    };
    for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
        char *path = write_tmp(cases[i].bytes, cases[i].len);
        GError *err = NULL;
        g_assert_null(tj__table_read_streamed(path, &err));
        g_assert_no_error(err);
        g_unlink(path);
        g_free(path);
    }
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/stream/generated", test_generated);
    g_test_add_func("/stream/plain-numbers-keep-no-text", test_plain_numbers_keep_no_text);
    g_test_add_func("/stream/not-streamed", test_not_streamed);
    return g_test_run();
}
