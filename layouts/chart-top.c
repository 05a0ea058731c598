/* layouts/chart-top.c — the N largest categories of a chart plus one
 * "其他" (issue 15 item 5, `top:` / `--top N`): a table too long to read as
 * bars becomes a ranking that still adds up. Invariants: the kept
 * categories are in descending order of the first series (missing values
 * last, ties in table order); "其他" sums each series over the rest, and is
 * left out for percentages and rates, which do not add up. */
#include "layouts/chartdata.h"

#include <math.h>
#include <string.h>

#include "core/format.h"

static gint
by_value(gconstpointer a, gconstpointer b, gpointer data)
{
    const TjChartData *d = data;
    guint i = *(const guint *)a, j = *(const guint *)b;
    double x = d->series[0].values[i], y = d->series[0].values[j];
    gboolean fx = isfinite(x), fy = isfinite(y);
    if (fx != fy)
        return fx ? -1 : 1;
    if (fx && x != y)
        return x > y ? -1 : 1;
    return (i > j) - (i < j);
}

static gboolean
adds_up(const TjSeries *s)
{
    return !s->percent && !(s->unit && (strchr(s->unit, '%') || strstr(s->unit, "‰")));
}

void
tj_chart_data_top(TjChartData *d, guint n, const char *other)
{
    g_return_if_fail(d && n > 0);
    if (d->n_cat <= n || d->n_series == 0)
        return;
    GArray *sorted = g_array_sized_new(FALSE, FALSE, sizeof(guint), d->n_cat);
    for (guint i = 0; i < d->n_cat; i++)
        g_array_append_val(sorted, i);
    g_array_sort_with_data(sorted, by_value, d);
    const guint *order = (const guint *)sorted->data;
    gboolean sum = TRUE;
    for (guint k = 0; k < d->n_series; k++)
        sum = sum && adds_up(&d->series[k]);
    guint keep = n + (sum ? 1 : 0);
    char **cats = g_new0(char *, keep + 1);
    TjSrcLoc *locs = g_new0(TjSrcLoc, keep + 1);
    guint *rows = g_new(guint, keep + 1);
    for (guint q = 0; q < n; q++) {
        cats[q] = g_strdup(d->categories[order[q]]);
        locs[q] = d->cat_locs[order[q]];
        rows[q] = d->rows[order[q]];
    }
    if (sum) {
        cats[n] = g_strdup(other ? other : "其他");
        locs[n] = (TjSrcLoc){ 0 };
        rows[n] = G_MAXUINT;
    }
    for (guint k = 0; k < d->n_series; k++) {
        TjSeries *s = &d->series[k];
        double *values = g_new(double, keep);
        char **labels = g_new0(char *, keep);
        for (guint q = 0; q < n; q++) {
            values[q] = s->values[order[q]];
            labels[q] = g_steal_pointer(&s->labels[order[q]]);
        }
        if (sum) {
            double rest = 0;
            gboolean any = FALSE;
            for (guint q = n; q < d->n_cat; q++)
                if (isfinite(s->values[order[q]])) {
                    rest += s->values[order[q]];
                    any = TRUE;
                }
            values[n] = any ? rest : NAN;
            labels[n] = any ? tj_format_decimal(rest, s->decimals) : NULL;
        }
        for (guint i = 0; i < d->n_cat; i++)
            g_free(s->labels[i]);
        g_free(s->labels);
        g_free(s->values);
        s->values = values;
        s->labels = labels;
    }
    g_strfreev(d->categories);
    g_free(d->cat_locs);
    g_free(d->rows);
    g_clear_pointer(&d->xs, g_free);   /* a ranking's axis is categories */
    d->x_type = TJ_X_CATEGORY;
    d->categories = cats;
    d->cat_locs = locs;
    d->rows = rows;
    d->n_cat = keep;
    g_array_free(sorted, TRUE);
}
