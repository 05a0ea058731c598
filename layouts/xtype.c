/* layouts/xtype.c — what the x column of a chart is: categories, numbers
 * on a linear scale, or times on a calendar scale (tj_chart_data_resolve_x
 * in chartdata.h). A cell is a date when data/date reads it, a number when
 * data/number reads it as a plain value (no unit, no qualifier); four-digit
 * years are dates. */
#include "layouts/chartdata.h"

#include <math.h>
#include <string.h>

#include "data/number.h"
#include "core/i18n.h"

static gboolean
read_number(const char *text, double *v)
{
    TjNumber n;
    if (tj_number_parse(text, &n, NULL) != TJ_NUM_VALUE || n.unit || n.prefix || n.suffix ||
        n.percent || !isfinite(n.value))
        return FALSE;
    *v = n.value;
    return TRUE;
}

static gboolean
read_x(const char *text, TjXType type, double *v, TjDateUnit *unit)
{
    if (type == TJ_X_DATE) {
        TjDateUnit u = tj_date_parse_days(text, v);
        *unit = MAX(*unit, u);
        return u != TJ_DATE_NONE;
    }
    return read_number(text, v);
}

/* Points the resolution applies to: appended ones (targets) are placed
 * after the last, not read. */
static guint
n_read(const TjChartData *d)
{
    guint n = d->n_cat;
    while (n > 0 && d->rows[n - 1] == G_MAXUINT)
        n--;
    return n;
}

/* How many cells read as @type; *first_bad: the first that does not. */
static guint
count(const TjChartData *d, guint n, TjXType type, guint *first_bad)
{
    guint ok = 0;
    TjDateUnit u = TJ_DATE_NONE;
    *first_bad = G_MAXUINT;
    for (guint i = 0; i < n; i++) {
        double v;
        if (read_x(d->categories[i], type, &v, &u))
            ok++;
        else if (*first_bad == G_MAXUINT)
            *first_bad = i;
    }
    return ok;
}

static gboolean
bad_cell(const TjChartData *d, guint i, TjXType type, gboolean given, const char *x_name,
         GError **error)
{
    const TjSrcLoc *loc = d->cat_locs[i].file ? &d->cat_locs[i] : NULL;
    const char *text = d->categories[i];
    if (type == TJ_X_DATE && given)
        tj_error_set_at(error, TJ_ERROR_INPUT, loc, _("column “%s”: expected a date such as "
                        "2021, 2021-03, 2021年3月 or 2021-03-07, got “%s”"), x_name, text);
    else if (type == TJ_X_DATE)
        tj_error_set_at(error, TJ_ERROR_INPUT, loc, _("column “%s”: expected a date like the "
                        "cells before it, got “%s” (to draw the cells as labels, use "
                        "--x-type category)"), x_name, text);
    else if (given)
        tj_error_set_at(error, TJ_ERROR_INPUT, loc, _("column “%s”: expected a number, got "
                        "“%s”"), x_name, text);
    else
        tj_error_set_at(error, TJ_ERROR_INPUT, loc, _("column “%s”: expected a number like "
                        "the cells before it, got “%s” (to draw the cells as labels, use "
                        "--x-type category)"), x_name, text);
    return FALSE;
}

typedef struct {
    double x;
    guint i;
} Key;

static int
cmp_key(const void *a, const void *b)
{
    const Key *p = a, *q = b;
    if (p->x != q->x)
        return p->x < q->x ? -1 : 1;
    return p->i < q->i ? -1 : p->i > q->i;
}

#define PERMUTE(type, arr) do { \
        type *tmp_ = g_new(type, n); \
        for (guint k_ = 0; k_ < n; k_++) tmp_[k_] = (arr)[keys[k_].i]; \
        memcpy((arr), tmp_, n * sizeof(type)); \
        g_free(tmp_); \
    } while (0)

/* Sorts the first @n points by x, keeping equal x in row order. */
static void
sort_points(TjChartData *d, guint n)
{
    gboolean sorted = TRUE;
    for (guint i = 1; i < n && sorted; i++)
        sorted = d->xs[i - 1] <= d->xs[i];
    if (sorted)
        return;
    Key *keys = g_new(Key, n);
    for (guint i = 0; i < n; i++)
        keys[i] = (Key){ d->xs[i], i };
    qsort(keys, n, sizeof *keys, cmp_key);
    PERMUTE(double, d->xs);
    PERMUTE(char *, d->categories);
    PERMUTE(TjSrcLoc, d->cat_locs);
    PERMUTE(guint, d->rows);
    for (guint k = 0; k < d->n_series; k++) {
        PERMUTE(double, d->series[k].values);
        PERMUTE(char *, d->series[k].labels);
    }
    g_free(keys);
}

gboolean
tj_chart_data_resolve_x(TjChartData *d, TjXType want, const char *x_name, GError **error)
{
    g_return_val_if_fail(d != NULL, FALSE);
    guint n = n_read(d), bad = G_MAXUINT;
    d->x_given = want != TJ_X_AUTO;
    TjXType type = want;
    if (want == TJ_X_AUTO) {
        guint bad_date, bad_num = G_MAXUINT;
        guint dates = count(d, n, TJ_X_DATE, &bad_date);
        guint nums = dates == n ? 0 : count(d, n, TJ_X_NUMBER, &bad_num);
        if (n > 0 && dates == n) {
            type = TJ_X_DATE;
        } else if (n > 0 && nums == n) {
            type = TJ_X_NUMBER;
        } else if (n > TJ_X_FEW && MAX(dates, nums) * 2 > n) {
            type = dates >= nums ? TJ_X_DATE : TJ_X_NUMBER;
            return bad_cell(d, type == TJ_X_DATE ? bad_date : bad_num, type, FALSE, x_name, error);
        } else {
            d->x_type = TJ_X_CATEGORY;
            return TRUE;
        }
    } else if (want == TJ_X_CATEGORY) {
        d->x_type = TJ_X_CATEGORY;
        return TRUE;
    } else if (count(d, n, type, &bad) < n) {
        return bad_cell(d, bad, type, TRUE, x_name, error);
    }
    d->x_type = type;
    d->x_unit = TJ_DATE_NONE;
    g_free(d->xs);
    d->xs = g_new(double, d->n_cat);
    for (guint i = 0; i < n; i++)
        read_x(d->categories[i], type, &d->xs[i], &d->x_unit);
    sort_points(d, n);
    for (guint i = n; i < d->n_cat; i++) {   /* appended: one step on */
        double step = i >= 2 ? d->xs[i - 1] - d->xs[i - 2] : 1;
        d->xs[i] = i >= 1 ? d->xs[i - 1] + (step > 0 ? step : 1) : 0;
    }
    return TRUE;
}
