/* layouts/pie-slices.c — what a pie is made of before it is drawn: the
 * slices (the largest TJ_PIE_MAX_SLICES in the data's order, the rest
 * folded into 其他), the check of the values, and the sum of shares
 * written as percentages. */
#include "layouts/pie.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"

void
tj_pie_spec_init(TjPieSpec *spec)
{
    memset(spec, 0, sizeof *spec);
    spec->width = 800;
    spec->height = 500;
    spec->donut = TRUE;
}

static gboolean
is_other(const char *name)
{
    return strcmp(name, "其他") == 0 || strcmp(name, "其它") == 0;
}

typedef struct {
    double v;
    guint i;
} Ranked;

static int
by_value_desc(const void *a, const void *b)
{
    const Ranked *x = a, *y = b;
    if (x->v != y->v)
        return x->v < y->v ? 1 : -1;
    return x->i < y->i ? -1 : x->i > y->i;
}

guint
tj_pie_slices(const TjChartData *d, TjPieSlice *out)
{
    const TjSeries *s = &d->series[0];
    double total = 0;
    guint n_real = 0;
    for (guint i = 0; i < d->n_cat; i++)
        if (isfinite(s->values[i]) && s->values[i] > 0) {
            total += s->values[i];
            if (!is_other(d->categories[i]))
                n_real++;
        }
    /* the rows kept on their own: every one when they fit, else the largest */
    gboolean *keep = g_new0(gboolean, d->n_cat + 1);
    gboolean fold = n_real > TJ_PIE_MAX_SLICES;
    Ranked *r = g_new0(Ranked, d->n_cat + 1);
    guint nr = 0;
    for (guint i = 0; i < d->n_cat; i++)
        if (isfinite(s->values[i]) && s->values[i] > 0 && !is_other(d->categories[i]))
            r[nr++] = (Ranked){ s->values[i], i };
    qsort(r, nr, sizeof *r, by_value_desc);
    for (guint k = 0; k < nr && (!fold || k < TJ_PIE_MAX_SLICES); k++)
        keep[r[k].i] = TRUE;
    guint n = 0;
    TjPieSlice other = { "其他", 0, 0, 0, -1 };
    for (guint i = 0; i < d->n_cat; i++) {
        double v = s->values[i];
        if (!isfinite(v) || v <= 0)
            continue;
        if (keep[i]) {
            out[n++] = (TjPieSlice){ d->categories[i], v, v / total, 1, (int)i };
        } else {
            other.value += v;
            other.n_folded++;
            if (other.n_folded == 1)
                other.index = (int)i;   /* a 其他 row of its own keeps its label */
        }
    }
    if (other.n_folded > 0) {
        if (other.n_folded > 1 || !is_other(d->categories[other.index]))
            other.index = -1;
        other.share = other.value / total;
        out[n++] = other;
    }
    g_free(keep);
    g_free(r);
    return n;
}

gboolean
tj_pie_percent_sum(const TjChartData *d, double *sum)
{
    const TjSeries *s = &d->series[0];
    gboolean pct = s->percent || (s->unit && strcmp(s->unit, "%") == 0);
    double total = 0;
    for (guint i = 0; i < d->n_cat; i++)
        if (isfinite(s->values[i]))
            total += s->values[i];
    *sum = total;
    return pct;
}

gboolean
tj_pie_sum_ok(const TjChartData *d, double sum)
{
    double unit = pow(10, -MAX(d->series[0].decimals, 0));
    return fabs(sum - 100) < unit / 2;
}

gboolean
tj_pie_check(const TjChartData *d, const TjSrcLoc *cells, const TjSrcLoc *loc, GError **error)
{
    const TjSeries *s = &d->series[0];
    gboolean any = FALSE;
    for (guint i = 0; i < d->n_cat; i++) {
        const TjSrcLoc *at = cells && cells[i].file ? &cells[i]
                             : d->cat_locs && d->cat_locs[i].file ? &d->cat_locs[i] : loc;
        double v = s->values[i];
        if (!isfinite(v)) {
            tj_error_set_at(error, TJ_ERROR_INPUT, at,
                            _("pie: “%s” has no share (every slice needs a number)"),
                            d->categories[i]);
            return FALSE;
        }
        if (v < 0) {
            tj_error_set_at(error, TJ_ERROR_INPUT, at,
                            _("pie: “%s” has a negative share (%s); a share of a whole is "
                              "0 or more"), d->categories[i],
                            s->labels[i] ? s->labels[i] : "");
            return FALSE;
        }
        any = any || v > 0;
    }
    if (!any) {
        tj_error_set_at(error, TJ_ERROR_INPUT, loc, _("pie: nothing to draw (every share is 0)"));
        return FALSE;
    }
    return TRUE;
}
