/* layouts/chartdata.h — the numbers a chart draws, taken from a table:
 * categories from one column, one series per value column, rows picked by
 * "where" filters. Values are in display units: when every selected cell of a
 * series was written with the same magnitude (亿, 万) the values are divided
 * by it and the magnitude joins the unit ("亿元"). Each value keeps the label
 * the source would write (its own decimals, %, qualifiers such as 余/左右). */
#ifndef TJ_LAYOUTS_CHARTDATA_H
#define TJ_LAYOUTS_CHARTDATA_H

#include <glib.h>
#include "core/error.h"
#include "data/table.h"

typedef struct {
    const char *column;   /* column name */
    const char *value;    /* cell text to match exactly */
    TjSrcLoc loc;         /* where the filter was written (spec, option) */
} TjWhere;

typedef struct {
    char *name;           /* series name: the column's label */
    double *values;       /* n_cat values in display units; NAN missing */
    char **labels;        /* n_cat value labels ("2954.7", "6%左右"); NULL missing */
    char *unit;           /* display unit ("亿元", "%"), NULL none */
    int decimals;         /* largest decimals written */
    gboolean percent;
} TjSeries;

typedef struct {
    guint n_cat;
    char **categories;    /* n_cat labels */
    TjSrcLoc *cat_locs;   /* where each category's row is in the CSV */
    guint *rows;          /* the table row of each category */
    guint n_series;
    TjSeries *series;
    char *unit;           /* the unit shared by all series, NULL if mixed */
} TjChartData;

/* Builds chart data. @x: category column; @ys: value columns (numbers, or
 * missing); @unit_col: optional column holding each row's unit ("单位"). A
 * column name unknown to the table gives an error at @opt_loc (or the table
 * header) with a "did you mean". A non-numeric cell in a value column gives
 * an error at that cell. No row left after filtering is an error naming the
 * filter and the values that exist. Returns: (transfer full)
 * tj_chart_data_free(). */
TjChartData *tj_chart_data_from_table(const TjTable *t, const char *x,
                                      const char *const *ys, guint n_ys,
                                      const TjWhere *where, guint n_where,
                                      const TjSrcLoc *opt_loc, GError **error);
void tj_chart_data_free(TjChartData *d);

/* Adds a category at the end (a target or forecast point not in the table):
 * one value and label (NULL: none) per series; its row is G_MAXUINT. */
void tj_chart_data_append(TjChartData *d, const char *category, const double *values,
                          const char *const *labels);

/* Smallest and largest finite value over all series (stacked: of the
 * positive and negative sums per category). FALSE when there is none. */
gboolean tj_chart_data_range(const TjChartData *d, gboolean stacked,
                             double *lo, double *hi);

#endif
