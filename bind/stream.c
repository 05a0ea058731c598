/* bind/stream.c — a trend's points straight from a deferred table's file
 * (data/scan.c): when the file is plain, x is numbers or dates (of the
 * rows the where filters pick) and no kind, label or unit column needs
 * other cells, the chart's data is the
 * scan's few thousand points (x already resolved and ascending) instead of
 * a row per line. Otherwise NULL, and the caller reads the rows. */
#include "bind/bind-private.h"

#include <math.h>
#include <string.h>

#include "core/format.h"
#include "data/scan.h"

/* x buckets while streaming: finer than a device pixel of any chart up to
 * 4096 px wide at scale 2 */
#define STREAM_BUCKETS 8192

static char *
x_text(const TjScan *s, double x)
{
    if (s->x_unit == TJ_DATE_NONE)
        return tj_format_decimal(x, s->x_decimals);
    gint64 secs = (gint64)llround(x * 86400);
    gint64 day = secs >= 0 ? secs / 86400 : -((-secs + 86399) / 86400);
    gint64 sod = secs - day * 86400;
    int y, m, d;
    tj_date_civil(day, &y, &m, &d);
    switch (s->x_unit) {
    case TJ_DATE_YEAR: return g_strdup_printf("%04d", y);
    case TJ_DATE_MONTH: return g_strdup_printf("%04d-%02d", y, m);
    case TJ_DATE_DAY: return g_strdup_printf("%04d-%02d-%02d", y, m, d);
    default:
        return g_strdup_printf("%04d-%02d-%02d %02d:%02d:%02d", y, m, d, (int)(sod / 3600),
                               (int)(sod / 60 % 60), (int)(sod % 60));
    }
}

static TjChartData *
from_scan(const TjTable *t, const TjScan *s, const guint *ycols, TjXType want)
{
    TjChartData *d = g_new0(TjChartData, 1);
    guint n = s->n;
    d->n_cat = n;
    d->categories = g_new0(char *, n + 1);
    d->cat_locs = g_new0(TjSrcLoc, n + 1);
    d->rows = g_new0(guint, n + 1);
    d->xs = g_memdup2(s->x, n * sizeof(double));
    d->x_type = s->x_unit == TJ_DATE_NONE ? TJ_X_NUMBER : TJ_X_DATE;
    d->x_unit = s->x_unit;
    d->x_given = want != TJ_X_AUTO;
    for (guint i = 0; i < n; i++) {
        d->categories[i] = x_text(s, s->x[i]);
        d->cat_locs[i] = tj_src_loc(tj_table_name(t), s->line[i], s->xcol[i]);
        d->rows[i] = s->line[i];   /* no table row: the file's line */
    }
    d->n_series = s->n_y;
    d->series = g_new0(TjSeries, s->n_y);
    for (guint k = 0; k < s->n_y; k++) {
        TjSeries *se = &d->series[k];
        se->name = g_strdup(tj_table_column_label(t, ycols[k]));
        se->values = g_new(double, n);
        se->labels = g_new0(char *, n);
        for (guint i = 0; i < n; i++) {
            double v = s->y[(gsize)i * s->n_y + k];
            int dec = s->dec[(gsize)i * s->n_y + k];
            se->values[i] = v;
            se->decimals = MAX(se->decimals, dec);
            if (!isnan(v))
                se->labels[i] = tj_format_decimal(v, dec);
        }
        const char *u = tj_table_column_header_unit(t, ycols[k]);
        se->unit = g_strdup(u);
    }
    d->unit = g_strdup(d->series[0].unit);
    for (guint k = 1; k < d->n_series; k++)
        if (g_strcmp0(d->unit, d->series[k].unit) != 0)
            g_clear_pointer(&d->unit, g_free);
    return d;
}

TjChartData *
tj__bind_stream_trend(TjBind *c, const TjSpecBlock *b, const TjTable *t, const char *x,
                      char **ys, const GArray *where, TjXType want, gboolean *failed)
{
    *failed = FALSE;
    guint n_y = g_strv_length(ys);
    guint n_where = where ? where->len : 0;
    if (!tj_table_deferred_path(t) || want == TJ_X_CATEGORY || n_y > TJ_SCAN_MAX_Y ||
        n_where > TJ_SCAN_MAX_Y ||
        tj_table_column_by_name(t, "类型") >= 0 || tj_table_column_by_name(t, "标注") >= 0 ||
        tj_table_column_by_name(t, "单位") >= 0)
        return NULL;
    int xc = tj_table_column_by_name(t, x);
    guint ycols[TJ_SCAN_MAX_Y];
    for (guint k = 0; k < n_y; k++) {
        int yc = tj_table_column_by_name(t, ys[k]);
        if (yc < 0 || xc < 0)
            return NULL;
        ycols[k] = (guint)yc;
    }
    guint wcols[TJ_SCAN_MAX_Y];
    const char *wvals[TJ_SCAN_MAX_Y];
    for (guint k = 0; k < n_where; k++) {
        const TjWhere *w = &g_array_index(where, TjWhere, k);
        int wc = tj_table_column_by_name(t, w->column);
        if (wc < 0)
            return NULL;   /* the ordinary reader names it */
        wcols[k] = (guint)wc;
        wvals[k] = w->value;
    }
    TjScan *s = NULL;
    GError *err = NULL;
    TjScanX kind = want == TJ_X_NUMBER ? TJ_SCAN_X_NUMBER
                   : want == TJ_X_DATE ? TJ_SCAN_X_DATE : TJ_SCAN_X_AUTO;
    if (!tj_table_scan(t, (guint)xc, ycols, n_y, wcols, wvals, n_where, kind, STREAM_BUCKETS,
                       &s, &err)) {
        tj__bind_take(c, b, err);
        *failed = TRUE;
        return NULL;
    }
    if (!s)
        return NULL;
    TjChartData *d = from_scan(t, s, ycols, want);
    tj_scan_free(s);
    return tj__bind_keep(c, d, (GDestroyNotify)tj_chart_data_free);
}
