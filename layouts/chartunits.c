/* layouts/chartunits.c — the units and magnitudes of a chart's numbers.
 *
 * Units are checked: the rows of one series must share a unit (the cells'
 * own, "3991户", else the row's "单位" cell); two rows in 户 and 处 on one
 * axis are refused with the rows named. A magnitude is not a unit: 8.4万人
 * and 3200人 are both 人.
 *
 * Magnitudes: one axis, one magnitude. The chart's values are brought to
 * their base unit (a header unit 万元 with 719183 is 7191830000元), the
 * magnitude is picked from the largest absolute value (万 from 1e4, 亿 from
 * 1e8, 万亿 from 1e12; tj_format_pick_magnitude), and every series is
 * shown in it: "单位：亿元" and 71.9. When every cell of the chart was
 * written with one magnitude (2954.7亿, 3.5万) that magnitude is kept, and
 * so are the labels as written. Relabelled values share the decimals a
 * tile would give the chart's largest value (tj_format_tile_decimals: three
 * significant digits, at least one decimal when the source has one, never
 * more than the source has: 90.0, 99.1, 101.6万亿). Percent series are never scaled. Ticks are picked later
 * by the layouts on these display values, so they are nice 万/亿 steps.
 * Invariant: values, labels, decimals and units of a series change
 * together; TjSeries.shift records the power of ten applied. */
#include "layouts/chartdata.h"

#include <math.h>
#include <string.h>

#include "core/format.h"
#include "core/i18n.h"

#define UNITS_LISTED 4   /* rows named in the mixed-unit message */

/* A column of changes (同比, 比上年增长, 增速…): the row's "单位" is the
 * unit of its level, not of the change. */
static gboolean
is_change_column(const TjTable *t, guint col)
{
    static const char *const words[] = { "同比", "环比", "比上年", "增长", "增速", "增幅",
                                         "涨幅", "变化", "百分点", NULL };
    const char *name = tj_table_column_name(t, col);
    for (const char *const *w = words; name && *w; w++)
        if (strstr(name, *w))
            return TRUE;
    return FALSE;
}

/* The unit of row @r in value column @col: the cell's own, else the "单位"
 * cell's; "" when neither says. Without its magnitude ("元" for 2954.7亿元),
 * or, @written, as written ("亿元"). */
static char *
unit_of_row(const TjTable *t, guint r, guint col, int unit_col, gboolean written)
{
    TjNumber n_cell;
    const TjNumber *n = &n_cell;
    if (tj_table_cell_number(t, r, col, &n_cell) != TJ_NUM_VALUE)
        return NULL;
    if (n->percent)
        return g_strdup("%");
    if (n->unit)
        return g_strconcat(written ? tj_format_magnitude_name((TjMagnitude)n->magnitude) : "",
                           n->unit, NULL);
    if (unit_col < 0 || is_change_column(t, col))
        return g_strdup("");
    const char *text = tj_table_cell_text(t, r, (guint)unit_col), *rest;
    tj_format_magnitude_of_unit(text, &rest);
    return g_strdup(written ? text : rest);
}

static char *
row_unit(const TjTable *t, guint r, guint col, int unit_col)
{
    return unit_of_row(t, r, col, unit_col, FALSE);
}

/* Appends "NAME (UNIT as written, line N)". */
static void
append_row(GString *list, const TjTable *t, const TjChartData *d, guint i, guint col,
           int unit_col)
{
    char *w = unit_of_row(t, d->rows[i], col, unit_col, TRUE);
    if (list->len)
        g_string_append(list, "; ");
    /* TRANSLATORS: a row in the mixed-unit message: its category, its unit
     * as written and its line in the CSV: "绿地 (万平方米, line 4)" */
    g_string_append_printf(list, _("%s (%s, line %u)"), d->categories[i], w,
                           d->cat_locs[i].line);
    g_free(w);
}

/* The unit of a series without its magnitude, "%" for percentages; NULL
 * when it has none. */
static const char *
series_base_unit(const TjSeries *s)
{
    if (s->percent)
        return "%";
    const char *rest;
    tj_format_magnitude_of_unit(s->unit, &rest);
    return rest && *rest ? rest : NULL;
}

/* Series drawn on one axis share a unit (those without one pass). */
static gboolean
check_series_units(const TjTable *t, const TjChartData *d, GError **error)
{
    const TjSeries *first = NULL;
    for (guint k = 0; k < d->n_series; k++) {
        const TjSeries *s = &d->series[k];
        if (!series_base_unit(s))
            continue;
        if (!first) {
            first = s;
            continue;
        }
        if (strcmp(series_base_unit(first), series_base_unit(s)) != 0) {
            TjSrcLoc loc = tj_table_header_loc(t, (guint)s->column);
            tj_error_set_at(error, TJ_ERROR_INPUT, &loc,
                            _("columns “%s” (%s) and “%s” (%s) have different units; one "
                              "axis shows one unit: draw one chart per unit"),
                            first->name, first->unit, s->name, s->unit);
            return FALSE;
        }
    }
    return TRUE;
}

gboolean
tj_chart_data_check_units(const TjTable *t, const TjChartData *d, GError **error)
{
    int uc = tj_table_column_by_name(t, "单位");
    for (guint k = 0; k < d->n_series; k++) {
        int col = d->series[k].column;
        if (col < 0)
            continue;
        char *first = NULL;
        guint first_i = 0;
        for (guint i = 0; i < d->n_cat; i++) {
            if (d->rows[i] == G_MAXUINT)
                continue;
            char *u = row_unit(t, d->rows[i], (guint)col, uc);
            if (!u || !*u) {
                g_free(u);
                continue;
            }
            if (!first) {
                first = u;
                first_i = i;
                continue;
            }
            if (strcmp(first, u) != 0) {
                /* the first row, then the rows whose unit differs from it */
                GString *list = g_string_new(NULL);
                append_row(list, t, d, first_i, (guint)col, uc);
                guint listed = 1;
                for (guint j = i; j < d->n_cat && listed < UNITS_LISTED; j++) {
                    if (d->rows[j] == G_MAXUINT)
                        continue;
                    char *uj = row_unit(t, d->rows[j], (guint)col, uc);
                    if (uj && *uj && strcmp(uj, first) != 0) {
                        append_row(list, t, d, j, (guint)col, uc);
                        listed++;
                    }
                    g_free(uj);
                }
                TjSrcLoc loc = d->cat_locs[i];
                tj_error_set_at(error, TJ_ERROR_INPUT, &loc,
                                _("“%s”: the rows of one series have different units: %s; "
                                  "one axis shows one unit: pick the rows of one unit "
                                  "(where:), draw one chart per unit, or, for a bar chart, "
                                  "one panel per unit (panels: unit)"),
                                d->series[k].name, list->str);
                g_string_free(list, TRUE);
                g_free(u);
                g_free(first);
                return FALSE;
            }
            g_free(u);
        }
        g_free(first);
    }
    return check_series_units(t, d, error);
}

/* The unit (without magnitude) of category @i: its first series' with
 * a value and a unit; "" none. (transfer full) */
static char *
category_unit(const TjTable *t, const TjChartData *d, guint i, int uc, gboolean written)
{
    for (guint k = 0; k < d->n_series && d->rows[i] != G_MAXUINT; k++) {
        if (d->series[k].column < 0)
            continue;
        char *u = unit_of_row(t, d->rows[i], (guint)d->series[k].column, uc, written);
        if (u && *u)
            return u;
        g_free(u);
    }
    return g_strdup("");
}

/* Category @i's first value in its base unit (2954.7亿元: 2.9547e11), or
 * NAN. */
static double
base_value(const TjTable *t, const TjChartData *d, guint i, int uc)
{
    for (guint k = 0; k < d->n_series && d->rows[i] != G_MAXUINT; k++) {
        int col = d->series[k].column;
        TjNumber n;
        if (col < 0 || tj_table_cell_number(t, d->rows[i], (guint)col, &n) != TJ_NUM_VALUE)
            continue;
        if (!n.unit && !n.percent && uc >= 0 && !is_change_column(t, (guint)col))
            n.value *= pow(10, tj_format_magnitude_of_unit(
                                   tj_table_cell_text(t, d->rows[i], (guint)uc), NULL));
        return n.value;
    }
    return NAN;
}

/* Per category: its unit without magnitude, or, where the rows of that
 * unit span more than one axis can show (32189元 beside 245588亿元), its
 * unit as written. (transfer full) */
static GPtrArray *
group_keys(const TjTable *t, const TjChartData *d, int uc)
{
    GPtrArray *keys = g_ptr_array_new_with_free_func(g_free);
    GHashTable *lo = g_hash_table_new(g_str_hash, g_str_equal);   /* base unit → double * */
    double *span = g_new(double, 2 * (gsize)d->n_cat + 2);   /* lo, hi of a unit's first row */
    for (guint i = 0; i < d->n_cat; i++) {
        g_ptr_array_add(keys, d->rows[i] == G_MAXUINT ? NULL : category_unit(t, d, i, uc, FALSE));
        double v = fabs(base_value(t, d, i, uc));
        if (!keys->pdata[i] || !(v > 0))
            continue;
        double *m = g_hash_table_lookup(lo, keys->pdata[i]);
        if (!m) {
            m = span + 2 * i;
            m[0] = INFINITY;
            m[1] = 0;
            g_hash_table_insert(lo, keys->pdata[i], m);
        }
        m[0] = MIN(m[0], v);
        m[1] = MAX(m[1], v);
    }
    gboolean *split = g_new0(gboolean, d->n_cat + 1);   /* before a key is replaced */
    for (guint i = 0; i < d->n_cat; i++) {
        const double *m = keys->pdata[i] ? g_hash_table_lookup(lo, keys->pdata[i]) : NULL;
        split[i] = m && m[1] / m[0] >= 1 / TJ_VALUE_MIN_ABS;
    }
    for (guint i = 0; i < d->n_cat; i++)
        if (split[i]) {
            g_free(keys->pdata[i]);
            keys->pdata[i] = category_unit(t, d, i, uc, TRUE);
        }
    g_free(split);
    g_hash_table_destroy(lo);
    g_free(span);
    return keys;
}

GPtrArray *
tj_chart_data_rows_by_unit(const TjTable *t, const TjChartData *d, GPtrArray *names)
{
    g_return_val_if_fail(t && d, NULL);
    int uc = tj_table_column_by_name(t, "单位");
    GPtrArray *groups = g_ptr_array_new_with_free_func((GDestroyNotify)g_array_unref);
    GPtrArray *keys = group_keys(t, d, uc), *seen = g_ptr_array_new();
    for (guint i = 0; i < d->n_cat; i++) {
        const char *u = keys->pdata[i];
        if (u == NULL)
            continue;
        guint g = 0;
        while (g < seen->len && strcmp(seen->pdata[g], u) != 0)
            g++;
        if (g == seen->len) {
            g_ptr_array_add(seen, (gpointer)u);
            g_ptr_array_add(groups, g_array_new(FALSE, FALSE, sizeof(guint)));
            if (names)
                g_ptr_array_add(names, category_unit(t, d, i, uc, TRUE));
        }
        g_array_append_val(groups->pdata[g], d->rows[i]);
    }
    g_ptr_array_unref(seen);
    g_ptr_array_unref(keys);
    return groups;
}

/* The magnitude written in every value cell of the chart, or -1. */
static int
written_magnitude(const TjTable *t, const TjChartData *d)
{
    int mag = -1;
    for (guint k = 0; k < d->n_series; k++) {
        int col = d->series[k].column;
        if (col < 0)
            return -1;
        for (guint i = 0; i < d->n_cat; i++) {
            TjNumber n_cell;
            const TjNumber *n = &n_cell;
            if (d->rows[i] == G_MAXUINT
                || tj_table_cell_number(t, d->rows[i], (guint)col, &n_cell) != TJ_NUM_VALUE)
                continue;
            if (mag >= 0 && n->magnitude != mag)
                return -1;
            mag = n->magnitude;
        }
    }
    return mag;
}

/* Re-writes the label of value @i of @s at @decimals, keeping the words
 * around the number ("约", "余", "左右") from the cell. */
static void
relabel(const TjTable *t, int col, const TjChartData *d, TjSeries *s, guint i, int decimals)
{
    if (!s->labels[i] || !isfinite(s->values[i]))
        return;
    TjNumber n_cell;
    const TjNumber *n = &n_cell;
    if (col < 0 || d->rows[i] == G_MAXUINT
        || tj_table_cell_number(t, d->rows[i], (guint)col, &n_cell) != TJ_NUM_VALUE)
        n = NULL;
    char *num = tj_format_decimal(s->values[i], decimals);
    char *lab = g_strconcat(n && n->prefix ? n->prefix : "", num, s->percent ? "%" : "",
                            n && n->suffix ? n->suffix : "", NULL);
    g_free(num);
    g_free(s->labels[i]);
    s->labels[i] = lab;
}

/* Rows whose "单位" cells differ only by magnitude (12.3 万平方米, 36000
 * 平方米) are one unit, but their numbers are not comparable as written:
 * each value is brought to the base unit (123000 平方米), its label
 * rewritten with the decimals that keeps, and the series' unit is the base
 * unit, so the axis picks one magnitude for them all. Cells with their own
 * units were brought there when read. */
static void
rows_to_base_unit(const TjTable *t, TjChartData *d)
{
    int uc = tj_table_column_by_name(t, "单位");
    for (guint k = 0; uc >= 0 && k < d->n_series; k++) {
        TjSeries *s = &d->series[k];
        if (s->column < 0 || s->percent || is_change_column(t, (guint)s->column))
            continue;
        const char *base = NULL;
        int first = -1;
        gboolean mixed = FALSE, one_base = TRUE;
        for (guint i = 0; i < d->n_cat; i++) {
            TjNumber n;
            if (d->rows[i] == G_MAXUINT ||
                tj_table_cell_number(t, d->rows[i], (guint)s->column, &n) != TJ_NUM_VALUE ||
                n.unit || n.percent)
                continue;
            const char *rest;
            int mag = tj_format_magnitude_of_unit(tj_table_cell_text(t, d->rows[i], (guint)uc),
                                                  &rest);
            mixed = mixed || (first >= 0 && mag != first);
            one_base = one_base && (!base || g_strcmp0(base, rest) == 0);
            first = first < 0 ? mag : first;
            base = base ? base : rest;
        }
        if (!mixed || !one_base)
            continue;   /* one magnitude: the series' unit says it; else refused */
        for (guint i = 0; i < d->n_cat; i++) {
            TjNumber n;
            if (d->rows[i] == G_MAXUINT ||
                tj_table_cell_number(t, d->rows[i], (guint)s->column, &n) != TJ_NUM_VALUE ||
                n.unit || n.percent)
                continue;
            int mag = tj_format_magnitude_of_unit(tj_table_cell_text(t, d->rows[i], (guint)uc),
                                                  NULL);
            if (mag == 0)
                continue;
            s->values[i] *= pow(10, mag);
            g_free(s->labels[i]);
            s->labels[i] = tj_format_decimal(s->values[i], MAX(0, n.decimals - mag));
        }
        g_free(s->unit);
        s->unit = base && *base ? g_strdup(base) : NULL;
        s->decimals = MAX(0, s->decimals - 4);
    }
}

/* Row @r's value in @col as written, with its unit: "0.01万元" from a cell
 * "0.01" and a "单位" cell "万元". (transfer full) */
static char *
written_value(const TjTable *t, guint r, guint col)
{
    char *u = unit_of_row(t, r, col, tj_table_column_by_name(t, "单位"), TRUE);
    TjNumber n;
    gboolean own = tj_table_cell_number(t, r, col, &n) == TJ_NUM_VALUE && (n.unit || n.percent);
    char *w = g_strconcat(tj_table_cell_text(t, r, col), own || !u ? "" : u, NULL);
    g_free(u);
    return w;
}

/* A value that was drawable as written but falls below what tujie draws
 * once brought to the axis's magnitude beside a far larger one (0.01万元
 * beside 1015986亿元: 1e-10万亿元): refused in the words of the table. */
static gboolean
check_vanished(const TjTable *t, const TjChartData *d, guint big_k, guint big_i, GError **error)
{
    for (guint k = 0; k < d->n_series; k++) {
        const TjSeries *s = &d->series[k];
        for (guint i = 0; i < d->n_cat; i++) {
            double v = fabs(s->values[i]);
            if (!(v > 0 && v < TJ_VALUE_MIN_ABS) || s->shift <= 0 || s->column < 0 ||
                d->rows[i] == G_MAXUINT || d->series[big_k].column < 0 ||
                d->rows[big_i] == G_MAXUINT)
                continue;
            TjSrcLoc loc = tj_table_cell_loc(t, d->rows[i], (guint)s->column);
            char *small = written_value(t, d->rows[i], (guint)s->column);
            char *big = written_value(t, d->rows[big_i], (guint)d->series[big_k].column);
            tj_error_set_at(error, TJ_ERROR_INPUT, &loc, _("“%s” of “%s”: %s is too small to "
                            "draw on one axis with %s (“%s”): it would be less than a "
                            "millionth of a %s; draw them in charts of their own"), s->name,
                            d->categories[i], small, big, d->categories[big_i], s->unit);
            g_free(small);
            g_free(big);
            return FALSE;
        }
    }
    return TRUE;
}

gboolean
tj_chart_data_settle(const TjTable *t, TjChartData *d, guint flags, GError **error)
{
    g_return_val_if_fail(t && d, FALSE);
    if ((flags & TJ_CHART_DATA_AXES) && d->n_series > 1) {
        for (guint k = 0; k < d->n_series; k++) {   /* one series, one axis */
            TjChartData v = *d;
            v.n_series = 1;
            v.series = &d->series[k];
            v.unit = NULL;
            gboolean ok = tj_chart_data_settle(t, &v, flags & ~TJ_CHART_DATA_AXES, error);
            g_free(v.unit);
            if (!ok)
                return FALSE;
        }
        g_free(d->unit);
        d->unit = g_strdup(d->series[0].unit);
        for (guint k = 1; k < d->n_series; k++)
            if (g_strcmp0(d->unit, d->series[k].unit) != 0)
                g_clear_pointer(&d->unit, g_free);
        return TRUE;
    }
    if (!tj_chart_data_check_units(t, d, error))
        return FALSE;
    rows_to_base_unit(t, d);
    if ((flags & TJ_CHART_DATA_RAW) || d->n_series == 0) {
        g_free(d->unit);
        d->unit = d->n_series ? g_strdup(d->series[0].unit) : NULL;
        for (guint k = 1; k < d->n_series; k++)
            if (g_strcmp0(d->unit, d->series[k].unit) != 0)
                g_clear_pointer(&d->unit, g_free);
        return TRUE;
    }
    /* base units: each series' values × 10^(its unit's magnitude) */
    double amax = 0;
    guint big_k = 0, big_i = 0;
    for (guint k = 0; k < d->n_series; k++) {
        const TjSeries *s = &d->series[k];
        if (s->percent || (s->unit && strchr(s->unit, '%')))
            return TRUE;        /* percentages are never scaled */
        int um = tj_format_magnitude_of_unit(s->unit, NULL);
        for (guint i = 0; i < d->n_cat; i++)
            if (isfinite(s->values[i]) && fabs(s->values[i]) * pow(10, um) > amax) {
                amax = fabs(s->values[i]) * pow(10, um);
                big_k = k;
                big_i = i;
            }
    }
    int wm = written_magnitude(t, d);
    /* the magnitude every cell was written with is kept, unless it leaves
     * five digits before the point (384255亿元 reads 38.4万亿元) */
    int pick = (int)tj_format_pick_magnitude(amax);
    int mag = wm > 0 && (amax / pow(10, wm) < 1e4 || pick <= wm) ? wm : pick;
    double shown_max = amax / pow(10, mag);
    if (!(shown_max <= TJ_VALUE_MAX_ABS))
        return TRUE;   /* cannot be drawn: tj_chart_data_check quotes it as written */
    for (guint k = 0; k < d->n_series; k++) {
        TjSeries *s = &d->series[k];
        const char *rest;
        int um = tj_format_magnitude_of_unit(s->unit, &rest);
        int shift = mag - um;
        if (shift == 0)
            continue;
        char *unit = g_strconcat(tj_format_magnitude_name((TjMagnitude)mag), rest ? rest : "",
                                 NULL);
        for (guint i = 0; i < d->n_cat; i++)
            s->values[i] /= pow(10, shift);
        int exact = tj_format_infer_decimals(s->values, d->n_cat, TJ_MAG_NONE, 6);
        int dec = tj_format_tile_decimals(shown_max, exact);
        int col = s->column;
        for (guint i = 0; i < d->n_cat; i++)
            relabel(t, col, d, s, i, dec);
        g_free(s->unit);
        s->unit = unit;
        s->decimals = dec;
        s->shift = shift;
    }
    g_free(d->unit);
    d->unit = g_strdup(d->series[0].unit);
    for (guint k = 1; k < d->n_series; k++)
        if (g_strcmp0(d->unit, d->series[k].unit) != 0)
            g_clear_pointer(&d->unit, g_free);
    return check_vanished(t, d, big_k, big_i, error);
}

double
tj_chart_data_to_display(const TjChartData *d, double v)
{
    if (!d || d->n_series == 0 || !isfinite(v))
        return v;
    return v / pow(10, d->series[0].shift);
}

char *
tj_chart_data_unit_shown(const TjChartData *d, const char *spec_unit)
{
    if (!spec_unit)
        return g_strdup(d ? d->unit : NULL);
    int shift = d && d->n_series > 0 ? d->series[0].shift : 0;
    if (!*spec_unit || shift == 0)
        return g_strdup(spec_unit);
    const char *rest;
    int e = shift + tj_format_magnitude_of_unit(spec_unit, &rest);
    if (e != 0 && e != 4 && e != 8 && e != 12)
        return g_strdup(spec_unit);
    return g_strconcat(tj_format_magnitude_name((TjMagnitude)e), rest, NULL);
}

gboolean
tj_chart_data_check_density(const TjChartData *d, const char *kind, double room,
                            double per_item, guint items_per_cat, guint max_series,
                            const TjSrcLoc *loc, GError **error)
{
    if (max_series > 0 && d->n_series > max_series) {
        tj_error_set_at(error, TJ_ERROR_INPUT, loc,
                        _("%s: %u series, but only %u can be told apart by colour; draw "
                          "at most %u (y: fewer columns) or several charts"),
                        kind, d->n_series, max_series, max_series);
        return FALSE;
    }
    if (per_item <= 0)
        return TRUE;
    guint max = (guint)CLAMP(floor(room / per_item), 1, G_MAXINT);
    guint n = d->n_cat * MAX(1, items_per_cat);
    if (n <= max)
        return TRUE;
    guint cats = MAX(1, max / MAX(1, items_per_cat));
    tj_error_set_at(error, TJ_ERROR_INPUT, loc,
                    _("%s: %u categories do not fit %.0f px (at most %u can be read here, "
                      "%.0f px each); keep the %u that matter (where:, or the largest with "
                      "top: %u, --top %u on the command line), make the chart larger, or "
                      "draw a trend"),
                    kind, d->n_cat, room, cats, per_item * MAX(1, items_per_cat), cats, cats,
                    cats);
    return FALSE;
}
