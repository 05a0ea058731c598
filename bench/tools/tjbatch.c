/* bench/tools/tjbatch.c — N charts in one process through tujie's public C
 * API (include/tujie/tujie.h), the stand-in for `tujie batch` while that
 * command does not exist, and the in-process timer of the profile.
 *
 *   tjbatch bar|trend|gauge png|svg|pdf DATA.csv OUTDIR N [--times]
 *
 * Each chart loads its CSV again (a batch reads one file per job) and calls
 * tj_bar_render / tj_trend_render / tj_gauge_render with the same options
 * as `tujie bar|trend|gauge` in bench/run.sh. --times prints the first
 * chart's time and the median of the others (ms) on stdout. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <glib.h>
#include <glib/gstdio.h>

#include "tujie/tujie.h"

static int
cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static gboolean
one_chart(const char *chart, TjFormat fmt, const char *csv, const char *path,
          const TjOutputOptions *out, GError **error)
{
    TjTable *table = tj_table_load(csv, error);
    if (!table)
        return FALSE;
    gboolean ok;
    if (strcmp(chart, "bar") == 0) {
        TjBarOptions o;
        tj_bar_options_init(&o);
        o.x = "指标", o.y = "数值", o.title = "2020年主要经济指标", o.unit = "亿元";
        ok = tj_bar_render(table, &o, fmt, path, out, error);
    } else if (strcmp(chart, "trend") == 0) {
        TjTrendOptions o;
        tj_trend_options_init(&o);
        o.x = "年份", o.y = "交通指数", o.title = "高峰时段道路交通指数";
        ok = tj_trend_render(table, &o, fmt, path, out, error);
    } else {
        TjGaugeOptions o;
        tj_gauge_options_init(&o);
        o.value = "数值", o.where = "指标=家庭厨余垃圾分出率", o.title = "垃圾分类";
        o.width = 800, o.height = 500;
        ok = tj_gauge_render(table, &o, fmt, path, out, error);
    }
    tj_table_free(table);
    return ok;
}

int
main(int argc, char **argv)
{
    gboolean times = argc == 7 && strcmp(argv[6], "--times") == 0;
    TjFormat fmt = TJ_FORMAT_PNG;
    const char *chart = argc > 1 ? argv[1] : "";
    char *probe = g_strconcat("x.", argc > 2 ? argv[2] : "", NULL);
    gboolean known = tj_format_from_path(probe, &fmt);
    g_free(probe);
    if ((argc != 6 && !times) || !known ||
        (strcmp(chart, "bar") && strcmp(chart, "trend") && strcmp(chart, "gauge"))) {
        fprintf(stderr, "usage: tjbatch bar|trend|gauge png|svg|pdf DATA.csv OUTDIR N [--times]\n");
        return 2;
    }
    int n = atoi(argv[5]);
    if (n < 1 || g_mkdir_with_parents(argv[4], 0777) != 0) {
        fprintf(stderr, "tjbatch: bad N or cannot create %s\n", argv[4]);
        return 2;
    }
    TjOutputOptions out = { 0 };
    out.scale = fmt == TJ_FORMAT_PNG ? 2 : 1;
    out.creation_date = "2021-02-20";
    double *ms = g_new(double, n);
    for (int i = 0; i < n; i++) {
        char name[64];
        snprintf(name, sizeof name, "%s-%03d.%s", chart, i + 1, argv[2]);
        char *path = g_build_filename(argv[4], name, NULL);
        GError *error = NULL;
        gint64 t0 = g_get_monotonic_time();
        gboolean ok = one_chart(chart, fmt, argv[3], path, &out, &error);
        ms[i] = (g_get_monotonic_time() - t0) / 1000.0;
        g_free(path);
        if (!ok) {
            fprintf(stderr, "tjbatch: %s\n", error->message);
            g_error_free(error);
            return 1;
        }
    }
    if (times) {
        double first = ms[0];
        qsort(ms + 1, n - 1, sizeof *ms, cmp_double);
        double rest = n > 1 ? ms[1 + (n - 1) / 2] : NAN;
        printf("first %.2f ms, then median %.2f ms (%d charts)\n", first, rest, n);
    }
    g_free(ms);
    return 0;
}
