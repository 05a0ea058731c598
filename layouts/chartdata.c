/* layouts/chartdata.c — picking rows and columns of a table for a chart. */
#include "layouts/chartdata.h"

#include <math.h>
#include <string.h>

#include "core/format.h"
#include "layouts/text.h"
#include "core/i18n.h"

static int
find_column(const TjTable *t, const char *name, const TjSrcLoc *loc, GError **error)
{
    int c = tj_table_column_by_name(t, name);
    if (c < 0)
        tj_table_set_no_column_error(t, name, loc, error);
    return c;
}

/* Rows matching every filter; error when a filter matches nothing. */
static GArray *
select_rows(const TjTable *t, const TjWhere *where, guint n_where,
            const TjSrcLoc *opt_loc, GError **error)
{
    int *cols = g_new(int, n_where + 1);
    for (guint k = 0; k < n_where; k++) {
        const TjSrcLoc *loc = where[k].loc.file ? &where[k].loc : opt_loc;
        if ((cols[k] = find_column(t, where[k].column, loc, error)) < 0) {
            g_free(cols);
            return NULL;
        }
    }
    GArray *rows = g_array_new(FALSE, FALSE, sizeof(guint));
    for (guint r = 0; r < tj_table_n_rows(t); r++) {
        gboolean ok = TRUE;
        for (guint k = 0; k < n_where && ok; k++)
            ok = tj_table_cell_text_equal(t, r, (guint)cols[k], where[k].value);
        if (ok)
            g_array_append_val(rows, r);
    }
    if (rows->len == 0 && n_where > 0) {
        /* name the first filter that matches nothing on its own */
        guint k = 0;
        for (; k + 1 < n_where; k++) {
            gboolean any = FALSE;
            for (guint r = 0; r < tj_table_n_rows(t) && !any; r++)
                any = tj_table_cell_text_equal(t, r, (guint)cols[k], where[k].value);
            if (!any)
                break;
        }
        GPtrArray *seen = g_ptr_array_new();
        GHashTable *set = g_hash_table_new(g_str_hash, g_str_equal);
        for (guint r = 0; r < tj_table_n_rows(t); r++) {
            const char *v = tj_table_cell_text(t, r, (guint)cols[k]);
            if (g_hash_table_add(set, (gpointer)v))
                g_ptr_array_add(seen, (gpointer)v);
        }
        char *near = tj_suggest(where[k].value, (const char *const *)seen->pdata, seen->len);
        const TjSrcLoc *loc = where[k].loc.file ? &where[k].loc : opt_loc;
        TjSrcLoc file_loc = tj_src_loc(tj_table_name(t), 0, 0);
        if (near)
            tj_error_set_at(error, TJ_ERROR_INPUT, loc ? loc : &file_loc,
                            _("no row where “%s” is “%s”; did you mean “%s”?"),
                            where[k].column, where[k].value, near);
        else
            tj_error_set_at(error, TJ_ERROR_INPUT, loc ? loc : &file_loc,
                            _("no row where “%s” is “%s”"), where[k].column, where[k].value);
        g_free(near);
        g_hash_table_destroy(set);
        g_ptr_array_free(seen, TRUE);
        g_array_free(rows, TRUE);
        rows = NULL;
    }
    g_free(cols);
    return rows;
}

static char *
cell_label(const TjNumber *n, int mag)
{
    double v = n->value / pow(10, mag);
    char *num = tj_format_decimal(v, n->decimals);
    char *s = g_strconcat(n->prefix ? n->prefix : "", num, n->percent ? "%" : "",
                          n->suffix ? n->suffix : "", NULL);
    g_free(num);
    return s;
}

/* The magnitude shared by all numbers of the series, else 0. */
static int
common_magnitude(const TjTable *t, const GArray *rows, guint col, const char **unit,
                 gboolean *percent, gboolean *mixed_unit)
{
    int mag = -1;
    *unit = NULL;
    *percent = FALSE;
    *mixed_unit = FALSE;
    for (guint i = 0; i < rows->len; i++) {
        TjNumber n_cell;
        const TjNumber *n = &n_cell;
        if (tj_table_cell_number(t, g_array_index(rows, guint, i), col, &n_cell) != TJ_NUM_VALUE)
            continue;
        if (mag < 0) {
            mag = n->magnitude;
            *unit = n->unit;
            *percent = n->percent;
            continue;
        }
        if (n->magnitude != mag)
            mag = 0;
        if (g_strcmp0(n->unit, *unit) != 0 || n->percent != *percent)
            *mixed_unit = TRUE;
    }
    return mag < 0 ? 0 : mag;
}

static gboolean
fill_series(const TjTable *t, const GArray *rows, guint col, TjSeries *s,
            GError **error)
{
    const char *cell_unit;
    gboolean percent, mixed;
    int mag = common_magnitude(t, rows, col, &cell_unit, &percent, &mixed);
    s->name = g_strdup(tj_table_column_label(t, col));
    s->column = (int)col;
    s->values = g_new(double, rows->len);
    s->labels = g_new0(char *, rows->len);
    s->percent = percent && !mixed;
    for (guint i = 0; i < rows->len; i++) {
        guint r = g_array_index(rows, guint, i);
        TjNumber n_cell;
        const TjNumber *n = &n_cell;
        TjNumKind kind = tj_table_cell_number(t, r, col, &n_cell);
        s->values[i] = NAN;
        if (kind == TJ_NUM_TEXT) {
            TjSrcLoc loc = tj_table_cell_loc(t, r, col);
            tj_chart_data_cell_error(tj_table_cell_text(t, r, col),
                                     tj_table_column_name(t, col), &loc, error);
            return FALSE;
        }
        if (kind != TJ_NUM_VALUE)
            continue;
        s->values[i] = n->value / pow(10, mag);
        s->labels[i] = cell_label(n, mag);
        s->decimals = MAX(s->decimals, n->decimals);
    }
    const char *hdr_unit = tj_table_column_unit(t, col);
    if (!mixed && (mag > 0 || cell_unit || percent))
        s->unit = g_strconcat(tj_format_magnitude_name((TjMagnitude)mag),
                              cell_unit ? cell_unit : "", percent && !cell_unit ? "%" : "", NULL);
    else if (hdr_unit)
        s->unit = g_strdup(hdr_unit);
    return TRUE;
}

/* A per-row unit column ("单位") shared by every selected row. */
static char *
unit_from_column(const TjTable *t, const GArray *rows)
{
    int uc = tj_table_column_by_name(t, "单位");
    if (uc < 0 || rows->len == 0)
        return NULL;
    const char *u = tj_table_cell_text(t, g_array_index(rows, guint, 0), (guint)uc);
    for (guint i = 1; i < rows->len; i++)
        if (strcmp(u, tj_table_cell_text(t, g_array_index(rows, guint, i), (guint)uc)) != 0)
            return NULL;
    return *u ? g_strdup(u) : NULL;
}

/* The texts a chart shows from the table are within TJ_TEXT_MAX_CHARS: the
 * category and value cells of the picked rows, the value columns' names. */
static gboolean
check_texts(const TjTable *t, const GArray *rows, int xc, const int *ycols, guint n_ys,
            GError **error)
{
    for (guint k = 0; k < n_ys; k++) {
        TjSrcLoc h = tj_table_header_loc(t, (guint)ycols[k]);
        if (!tj_text_check_lengths(&h, error, _("column name"),
                                   tj_table_column_label(t, (guint)ycols[k]), NULL))
            return FALSE;
    }
    for (guint i = 0; i < rows->len; i++) {
        guint r = g_array_index(rows, guint, i);
        for (guint k = 0; k <= n_ys; k++) {
            guint c = (guint)(k == 0 ? xc : ycols[k - 1]);
            TjSrcLoc loc = tj_table_cell_loc(t, r, c);
            char tmp[TJ_TABLE_TEXT_TMP];
            if (!tj_text_check_lengths(&loc, error, k == 0 ? _("category") : _("value"),
                                       tj_table_cell_text_tmp(t, r, c, tmp), NULL))
                return FALSE;
        }
    }
    return TRUE;
}

/* Looks up @x and @ys: FALSE (an error) when one names no column. */
static gboolean
find_columns(const TjTable *t, const char *x, const char *const *ys, guint n_ys,
             const TjSrcLoc *opt_loc, int *xc, int *ycols, GError **error)
{
    if ((*xc = find_column(t, x, opt_loc, error)) < 0)
        return FALSE;
    for (guint k = 0; k < n_ys; k++)
        if ((ycols[k] = find_column(t, ys[k], opt_loc, error)) < 0)
            return FALSE;
    return TRUE;
}

static TjChartData *
build(const TjTable *t, int xc, const int *ycols, guint n_ys, const GArray *rows,
      GError **error)
{
    if (!check_texts(t, rows, xc, ycols, n_ys, error))
        return NULL;
    TjChartData *d = g_new0(TjChartData, 1);
    d->n_cat = rows->len;
    d->categories = g_new0(char *, rows->len + 1);
    d->cat_locs = g_new0(TjSrcLoc, rows->len + 1);
    d->rows = g_new0(guint, rows->len + 1);
    for (guint i = 0; i < rows->len; i++) {
        guint r = g_array_index(rows, guint, i);
        d->rows[i] = r;
        char tmp[TJ_TABLE_TEXT_TMP];
        d->categories[i] = g_strdup(tj_table_cell_text_tmp(t, r, (guint)xc, tmp));
        d->cat_locs[i] = tj_table_cell_loc(t, r, (guint)xc);
    }
    d->series = g_new0(TjSeries, n_ys);
    gboolean ok = TRUE;
    for (guint k = 0; k < n_ys && ok; k++) {
        d->n_series = k + 1;
        ok = fill_series(t, rows, (guint)ycols[k], &d->series[k], error);
    }
    if (!ok) {
        tj_chart_data_free(d);
        return NULL;
    }
    char *row_unit = unit_from_column(t, rows);
    for (guint k = 0; k < d->n_series && row_unit; k++)
        if (!d->series[k].unit)
            d->series[k].unit = g_strdup(row_unit);
    g_free(row_unit);
    d->unit = d->n_series ? g_strdup(d->series[0].unit) : NULL;
    for (guint k = 1; k < d->n_series; k++)
        if (g_strcmp0(d->unit, d->series[k].unit) != 0)
            g_clear_pointer(&d->unit, g_free);
    return d;
}

TjChartData *
tj_chart_data_from_table(const TjTable *t, const char *x, const char *const *ys,
                         guint n_ys, const TjWhere *where, guint n_where,
                         const TjSrcLoc *opt_loc, GError **error)
{
    g_return_val_if_fail(t && x && (ys || n_ys == 0), NULL);
    int xc, *ycols = g_new(int, n_ys);
    GArray *rows = NULL;
    TjChartData *d = NULL;
    if (find_columns(t, x, ys, n_ys, opt_loc, &xc, ycols, error) &&
        (rows = select_rows(t, where, n_where, opt_loc, error)))
        d = build(t, xc, ycols, n_ys, rows, error);
    if (rows)
        g_array_free(rows, TRUE);
    g_free(ycols);
    return d;
}

TjChartData *
tj_chart_data_from_rows(const TjTable *t, const char *x, const char *const *ys, guint n_ys,
                        const guint *rows, guint n_rows, const TjSrcLoc *opt_loc,
                        GError **error)
{
    g_return_val_if_fail(t && x && (ys || n_ys == 0) && (rows || n_rows == 0), NULL);
    int xc, *ycols = g_new(int, n_ys);
    TjChartData *d = NULL;
    if (find_columns(t, x, ys, n_ys, opt_loc, &xc, ycols, error)) {
        GArray *a = g_array_sized_new(FALSE, FALSE, sizeof(guint), n_rows);
        g_array_append_vals(a, rows, n_rows);
        d = build(t, xc, ycols, n_ys, a, error);
        g_array_free(a, TRUE);
    }
    g_free(ycols);
    return d;
}

void
tj_chart_data_append(TjChartData *d, const char *category, const double *values,
                     const char *const *labels)
{
    guint n = d->n_cat + 1;
    d->categories = g_renew(char *, d->categories, n + 1);
    d->categories[n - 1] = g_strdup(category);
    d->categories[n] = NULL;
    d->cat_locs = g_renew(TjSrcLoc, d->cat_locs, n + 1);
    d->cat_locs[n - 1] = (TjSrcLoc){ 0 };
    d->rows = g_renew(guint, d->rows, n + 1);
    d->rows[n - 1] = G_MAXUINT;
    for (guint k = 0; k < d->n_series; k++) {
        TjSeries *s = &d->series[k];
        s->values = g_renew(double, s->values, n);
        s->labels = g_renew(char *, s->labels, n);
        s->values[n - 1] = values[k];
        s->labels[n - 1] = g_strdup(labels ? labels[k] : NULL);
    }
    if (d->xs) {   /* one step on from the last point */
        d->xs = g_renew(double, d->xs, n);
        double step = n >= 3 ? d->xs[n - 2] - d->xs[n - 3] : 1;
        if (d->x_type == TJ_X_DATE && d->x_unit == TJ_DATE_YEAR && n >= 2) {
            int y, mo, dd;
            tj_date_civil((gint64)d->xs[n - 2], &y, &mo, &dd);
            step = (double)(tj_date_days(y + 1, 1, 1) - tj_date_days(y, 1, 1));
        }
        d->xs[n - 1] = n >= 2 ? d->xs[n - 2] + (step > 0 ? step : 1) : 0;
    }
    d->n_cat = n;
}

void
tj_chart_data_free(TjChartData *d)
{
    if (!d)
        return;
    for (guint k = 0; k < d->n_series; k++) {
        TjSeries *s = &d->series[k];
        for (guint i = 0; i < d->n_cat; i++)
            g_free(s->labels[i]);
        g_free(s->labels);
        g_free(s->values);
        g_free(s->name);
        g_free(s->unit);
    }
    g_free(d->series);
    g_strfreev(d->categories);
    g_free(d->cat_locs);
    g_free(d->rows);
    g_free(d->xs);
    g_free(d->unit);
    g_free(d);
}

gboolean
tj_chart_data_range(const TjChartData *d, gboolean stacked, double *lo, double *hi)
{
    double mn = INFINITY, mx = -INFINITY;
    for (guint i = 0; i < d->n_cat; i++) {
        double pos = 0, neg = 0;
        for (guint k = 0; k < d->n_series; k++) {
            double v = d->series[k].values[i];
            if (!isfinite(v))
                continue;
            if (stacked) {
                if (v >= 0) pos += v; else neg += v;
                mn = MIN(mn, neg); mx = MAX(mx, pos);
            } else {
                mn = MIN(mn, v); mx = MAX(mx, v);
            }
        }
    }
    if (!isfinite(mn) || !isfinite(mx))
        return FALSE;
    *lo = mn;
    *hi = mx;
    return TRUE;
}

gboolean
tj_value_check(double v, const char *what, const TjSrcLoc *loc, GError **error)
{
    double a = fabs(v);
    if (isnan(v) || a == 0 || (a >= TJ_VALUE_MIN_ABS && a <= TJ_VALUE_MAX_ABS))
        return TRUE;
    char num[G_ASCII_DTOSTR_BUF_SIZE];
    g_ascii_formatd(num, sizeof num, "%g", v);
    if (isinf(v))
        tj_error_set_at(error, TJ_ERROR_INPUT, loc, _("%s: not a finite number"), what);
    else if (a > TJ_VALUE_MAX_ABS)
        tj_error_set_at(error, TJ_ERROR_INPUT, loc, _("%s: %s is too large to draw (at most "
                        "1e15; write it in 万, 亿 or a larger unit)"), what, num);
    else
        tj_error_set_at(error, TJ_ERROR_INPUT, loc, _("%s: %s is too small to draw (0, or at "
                        "least 1e-6; write it in a smaller unit)"), what, num);
    return FALSE;
}

gboolean
tj_value_check_decimals(int decimals, const char *what, const TjSrcLoc *loc, GError **error)
{
    if (decimals <= TJ_VALUE_MAX_DECIMALS)
        return TRUE;
    tj_error_set_at(error, TJ_ERROR_INPUT, loc, _("%s: a number written with %d digits after "
                    "the point cannot be drawn (at most %d)"), what, decimals,
                    TJ_VALUE_MAX_DECIMALS);
    return FALSE;
}

void
tj_chart_data_cell_error(const char *text, const char *column, const TjSrcLoc *loc,
                         GError **error)
{
    TjNumber n;
    if (tj_number_parse(text, &n, NULL) == TJ_NUM_TEXT && n.range)
        tj_error_set_at(error, TJ_ERROR_INPUT, loc,
                        _("column “%s”: “%s” is out of range: it reads as a number "
                          "beyond what can be held (tujie draws 0 and sizes from 1e-6 "
                          "to 1e15; write it in a larger or smaller unit)"), column, text);
    else
        tj_error_set_at(error, TJ_ERROR_INPUT, loc,
                        _("column “%s”: expected a number, got “%s”"), column, text);
}

/* Digits after the point in a value label ("2954.7" → 1). */
static int
label_decimals(const char *label)
{
    const char *dot = label ? strchr(label, '.') : NULL;
    int n = 0;
    while (dot && g_ascii_isdigit(dot[n + 1]))
        n++;
    return n;
}

gboolean
tj_chart_data_check(const TjChartData *d, const TjSrcLoc *fallback, GError **error)
{
    for (guint k = 0; k < d->n_series; k++)
        for (guint i = 0; i < d->n_cat; i++) {
            const TjSrcLoc *loc = d->cat_locs[i].file ? &d->cat_locs[i] : fallback;
            const TjSeries *s = &d->series[k];
            int dec = label_decimals(s->labels[i]);
            if (tj_value_check(s->values[i], "", NULL, NULL) &&
                tj_value_check_decimals(dec, "", NULL, NULL))
                continue;
            char *what = g_strdup_printf(_("“%s” of “%s”"), s->name, d->categories[i]);
            if (tj_value_check(s->values[i], what, loc, error))
                tj_value_check_decimals(dec, what, loc, error);
            g_free(what);
            return FALSE;
        }
    return TRUE;
}
