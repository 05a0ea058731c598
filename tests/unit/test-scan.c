/* tests/unit/test-scan.c — tables opened for charts (data/open.c) and the
 * streamed columns of a line (data/scan.c): what is kept per x bucket
 * (first, lowest, highest, last, the gaps), and the files that do not
 * stream (the caller then reads them the ordinary way). */
#include "data/scan.h"

#include <math.h>
#include <string.h>
#include <glib/gstdio.h>
#include <unistd.h>

/* A file of @n rows "x,y" past the deferral size; row @spike gets y 999,
 * row @dip -999, row @gap an empty y; @extra is appended as a last line. */
static char *
write_series(guint n, guint spike, guint dip, guint gap, const char *extra, const char *quote)
{
    GString *s = g_string_new("时间,指数\n");
    for (guint i = 0; i < n; i++) {
        if (i == gap)
            g_string_append_printf(s, "%u,\n", i * 10);
        else if (i == 7 && quote)
            g_string_append_printf(s, "%u,%s\n", i * 10, quote);
        else
            g_string_append_printf(s, "%u,%s\n", i * 10,
                                   i == spike ? "999" : i == dip ? "-999" : i % 2 ? "1.25" : "2.5");
    }
    if (extra)
        g_string_append(s, extra);
    g_assert_cmpuint(s->len, >=, TJ_TABLE_DEFER_MIN);
    char *path = NULL;
    int fd = g_file_open_tmp("tj-scan-XXXXXX.csv", &path, NULL);
    g_assert_cmpint(fd, >=, 0);
    g_assert_cmpint(write(fd, s->str, s->len), ==, (gssize)s->len);
    close(fd);
    g_string_free(s, TRUE);
    return path;
}

static TjScan *
scan(const char *path, guint buckets, TjTable **out_t)
{
    GError *err = NULL;
    TjTable *t = tj_table_open(path, &err);
    g_assert_no_error(err);
    g_assert_nonnull(tj_table_deferred_path(t));
    guint y = 1;
    TjScan *s = NULL;
    g_assert_true(tj_table_scan(t, 0, &y, 1, NULL, NULL, 0, TJ_SCAN_X_AUTO, buckets, &s, &err));
    g_assert_no_error(err);
    *out_t = t;
    return s;
}

static gboolean
kept(const TjScan *s, double x, double y)
{
    for (guint i = 0; i < s->n; i++)
        if (s->x[i] == x && ((isnan(y) && isnan(s->y[i])) || s->y[i] == y))
            return TRUE;
    return FALSE;
}

static void
test_keeps_extremes(void)
{
    guint n = 40000;
    char *path = write_series(n, 12345, 30001, 20000, NULL, NULL);
    TjTable *t;
    TjScan *s = scan(path, 16, &t);
    g_assert_nonnull(s);
    g_assert_cmpuint(s->n_rows, ==, n);
    g_assert_cmpuint(s->n, <=, 16 * 6);
    g_assert_true(kept(s, 0, 2.5));                        /* first */
    g_assert_true(kept(s, (n - 1) * 10.0, 1.25));          /* last */
    g_assert_true(kept(s, 123450, 999));                   /* the spike */
    g_assert_true(kept(s, 300010, -999));                  /* the dip */
    g_assert_true(kept(s, 200000, NAN));                   /* the gap */
    for (guint i = 1; i < s->n; i++)
        g_assert_cmpfloat(s->x[i], >, s->x[i - 1]);       /* in row order */
    /* places: the spike's row is line 12347 (header line 1), x in column 1 */
    for (guint i = 0; i < s->n; i++)
        if (s->y[i] == 999) {
            g_assert_cmpuint(s->line[i], ==, 12347);
            g_assert_cmpuint(s->xcol[i], ==, 1);
            g_assert_cmpint(s->dec[i], ==, 0);
        }
    g_assert_cmpint(s->x_unit, ==, TJ_DATE_NONE);
    guint64 rows = 0;
    g_assert_true(tj_table_count_rows(t, &rows));
    g_assert_cmpuint(rows, ==, n);
    tj_scan_free(s);
    /* reading the rows after all gives the ordinary table */
    g_assert_true(tj_table_read_rows(t, NULL));
    g_assert_null(tj_table_deferred_path(t));
    g_assert_cmpuint(tj_table_n_rows(t), ==, n);
    g_assert_cmpstr(tj_table_cell_text(t, 12345, 1), ==, "999");
    tj_table_free(t);
    g_unlink(path);
    g_free(path);
}

static void
test_not_streamable(void)
{
    struct { const char *extra, *quote; guint gap; } cases[] = {
        { "5,1\n", NULL, G_MAXUINT },            /* x goes back */
        { "999999,1,2\n", NULL, G_MAXUINT },    /* a row too long */
        { "999999,12亿\n", NULL, G_MAXUINT },    /* a value with a magnitude */
        { "999999,缺测\n", NULL, G_MAXUINT },     /* text */
        { NULL, "\"3\"", G_MAXUINT },            /* a quoted cell */
        { "2021-03-07,1\n", NULL, G_MAXUINT },   /* a date after numbers */
    };
    for (gsize k = 0; k < G_N_ELEMENTS(cases); k++) {
        char *path = write_series(30000, 5, 6, cases[k].gap, cases[k].extra, cases[k].quote);
        TjTable *t;
        TjScan *s = scan(path, 64, &t);
        if (s)
            g_test_message("case %zu streamed", k);
        g_assert_null(s);
        tj_table_free(t);
        g_unlink(path);
        g_free(path);
    }
}

static void
test_dates(void)
{
    GString *g = g_string_new("日期,值\n");
    for (int d = 0; d < 20000; d++) {
        int y, m, dd;
        tj_date_civil(tj_date_days(1990, 1, 1) + d, &y, &m, &dd);
        g_string_append_printf(g, "%04d-%02d-%02d,%d\n", y, m, dd, d % 97);
    }
    char *path = NULL;
    int fd = g_file_open_tmp("tj-scan-XXXXXX.csv", &path, NULL);
    g_assert_cmpint(write(fd, g->str, g->len), ==, (gssize)g->len);
    close(fd);
    g_string_free(g, TRUE);
    TjTable *t;
    TjScan *s = scan(path, 100, &t);
    g_assert_nonnull(s);
    g_assert_cmpint(s->x_unit, ==, TJ_DATE_DAY);
    g_assert_cmpfloat(s->x[0], ==, (double)tj_date_days(1990, 1, 1));
    g_assert_cmpfloat(s->x[s->n - 1], ==, (double)tj_date_days(1990, 1, 1) + 19999);
    tj_scan_free(s);
    tj_table_free(t);
    g_unlink(path);
    g_free(path);
}

/* Two stations interleaved; the filter keeps A's rows, whose x ascend. */
static void
test_where(void)
{
    GString *g = g_string_new("时间,站点,指数\n");
    for (guint i = 0; i < 30000; i++) {
        g_string_append_printf(g, "%u,A,%s\n", i * 60, i == 777 ? "88" : "1");
        g_string_append_printf(g, "%u,B,%s\n", i * 60, i == 999 ? "500" : "缺测");
    }
    char *path = NULL;
    int fd = g_file_open_tmp("tj-scan-XXXXXX.csv", &path, NULL);
    g_assert_cmpint(write(fd, g->str, g->len), ==, (gssize)g->len);
    close(fd);
    g_string_free(g, TRUE);
    GError *err = NULL;
    TjTable *t = tj_table_open(path, &err);
    g_assert_no_error(err);
    guint y = 2, wc = 1;
    const char *a = "A", *none = "C";
    TjScan *s = NULL;
    g_assert_true(tj_table_scan(t, 0, &y, 1, &wc, &a, 1, TJ_SCAN_X_AUTO, 32, &s, &err));
    g_assert_nonnull(s);
    g_assert_cmpuint(s->n_rows, ==, 30000);
    gboolean peak = FALSE;
    for (guint i = 0; i < s->n; i++) {
        g_assert_cmpfloat(s->y[i], !=, 500);   /* none of B's */
        peak = peak || (s->y[i] == 88 && s->line[i] == 2 + 2 * 777);
    }
    g_assert_true(peak);
    tj_scan_free(s);
    /* B's text cells end the stream; a value no row has picks nothing */
    const char *bv = "B";
    g_assert_true(tj_table_scan(t, 0, &y, 1, &wc, &bv, 1, TJ_SCAN_X_AUTO, 32, &s, &err));
    g_assert_null(s);
    g_assert_true(tj_table_scan(t, 0, &y, 1, &wc, &none, 1, TJ_SCAN_X_AUTO, 32, &s, &err));
    g_assert_null(s);
    tj_table_free(t);
    g_unlink(path);
    g_free(path);
}

static void
test_small_file_is_read_now(void)
{
    GError *err = NULL;
    char *path = NULL;
    int fd = g_file_open_tmp("tj-scan-XXXXXX.csv", &path, NULL);
    const char *csv = "年份,值\n2020,1\n2021,2\n";
    g_assert_cmpint(write(fd, csv, strlen(csv)), ==, (gssize)strlen(csv));
    close(fd);
    TjTable *t = tj_table_open(path, &err);
    g_assert_no_error(err);
    g_assert_null(tj_table_deferred_path(t));
    g_assert_cmpuint(tj_table_n_rows(t), ==, 2);
    tj_table_free(t);
    g_unlink(path);
    g_free(path);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/scan/keeps-extremes", test_keeps_extremes);
    g_test_add_func("/scan/not-streamable", test_not_streamable);
    g_test_add_func("/scan/dates", test_dates);
    g_test_add_func("/scan/where", test_where);
    g_test_add_func("/scan/small-file", test_small_file_is_read_now);
    return g_test_run();
}
