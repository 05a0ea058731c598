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
#include "data/date.h"
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
    int column;           /* the table column, -1 none */
    int shift;            /* values shown = values as written / 10^shift
                           * (tj_chart_data_settle: 4 when 万元 became 亿元) */
} TjSeries;

/* Up to this many points an x column keeps its own labels (and one with a
 * few odd cells, "2021年(预计)", is drawn as labels); longer numbers and
 * dates get a scale, and an odd cell among them is an error. */
#define TJ_X_FEW 24

/* How the x column is drawn: AUTO is resolved by tj_chart_data_resolve_x. */
typedef enum { TJ_X_AUTO, TJ_X_CATEGORY, TJ_X_NUMBER, TJ_X_DATE } TjXType;

typedef struct {
    guint n_cat;
    char **categories;    /* n_cat labels */
    TjSrcLoc *cat_locs;   /* where each category's row is in the CSV */
    guint *rows;          /* the table row of each category */
    guint n_series;
    TjSeries *series;
    char *unit;           /* the unit shared by all series, NULL if mixed */
    /* the x axis (layouts/xtype.c): CATEGORY until resolved to NUMBER or
     * DATE; then xs holds n_cat positions (numbers, or days since 1970 for
     * dates, written in x_unit at the finest), sorted ascending */
    TjXType x_type;
    gboolean x_given;     /* the type was asked for (--x-type), not guessed */
    TjDateUnit x_unit;
    double *xs;
} TjChartData;

/* Builds chart data. @x: category column; @ys: value columns (numbers, or
 * missing); @unit_col: optional column holding each row's unit ("单位"). A
 * column name unknown to the table gives an error at @opt_loc (or the table
 * header) with a "did you mean". A non-numeric cell in a value column gives
 * an error at that cell. No row left after filtering is an error naming the
 * filter and the values that exist. @n_ys 0: the rows and categories only
 * (tables, timelines). Returns: (transfer full)
 * tj_chart_data_free(). */
TjChartData *tj_chart_data_from_table(const TjTable *t, const char *x,
                                      const char *const *ys, guint n_ys,
                                      const TjWhere *where, guint n_where,
                                      const TjSrcLoc *opt_loc, GError **error);
/* The same from the table rows @rows (in that order) instead of filters. */
TjChartData *tj_chart_data_from_rows(const TjTable *t, const char *x, const char *const *ys,
                                     guint n_ys, const guint *rows, guint n_rows,
                                     const TjSrcLoc *opt_loc, GError **error);
void tj_chart_data_free(TjChartData *d);

/* Checks and settles the units of @d (from @t): the rows of a series must
 * share a unit (cell units, or the "单位" column; a magnitude is not a
 * unit) or FALSE with an error naming the rows and their units; then,
 * unless @flags has TJ_CHART_DATA_RAW, every value is shown in one
 * magnitude picked for the chart's largest value (万 from 1e4, 亿 from 1e8,
 * 万亿 from 1e12) or the one every cell was written with; units, labels and
 * decimals follow ("万元" 719183 → "亿元" 71.9). See layouts/chartunits.c. */
#define TJ_CHART_DATA_RAW 1u   /* keep the numbers as written */
#define TJ_CHART_DATA_AXES 2u  /* each series has its own axis (combo): its
                                * own unit and magnitude, none shared */
gboolean tj_chart_data_settle(const TjTable *t, TjChartData *d, guint flags, GError **error);
/* The unit check alone. */
gboolean tj_chart_data_check_units(const TjTable *t, const TjChartData *d, GError **error);
/* The table rows of @d's categories grouped by the unit of their values
 * (a magnitude is not a unit: 万人 and 人 are one group; a row without a
 * unit is a group of its own), groups in the order of their first row, rows
 * in @d's order: the panels of `panels: unit`. @names receives each group's
 * unit as the first row wrote it ("" none; may be NULL). Returns: (transfer
 * full) a GPtrArray of GArray of guint, g_ptr_array_unref(). */
GPtrArray *tj_chart_data_rows_by_unit(const TjTable *t, const TjChartData *d, GPtrArray *names);
/* A value in the units the table wrote (a bar target) in the chart's shown
 * units: @v / 10^shift of the first series. */
double tj_chart_data_to_display(const TjChartData *d, double v);

/* The unit line of a chart whose spec says @spec_unit (NULL: the data's
 * own; "": none) for values in the table's units: when the numbers were
 * scaled, the magnitude joins it (--unit 元 on values shown in 亿: "亿元";
 * --unit 万元 on values scaled by 10^4: "亿元"). Returns: (transfer full). */
char *tj_chart_data_unit_shown(const TjChartData *d, const char *spec_unit);

/* Density limits (docs/spec.md, "How many fit"): FALSE with an error at
 * @loc naming @kind ("bar chart") when @d has more than @max_series series
 * (0: no limit; a theme's distinct colours) or more categories than @room
 * px hold at @per_item px an item, @items_per_cat items a category (bars
 * side by side). The message offers the largest N (--top N) or a trend. */
gboolean tj_chart_data_check_density(const TjChartData *d, const char *kind, double room,
                                     double per_item, guint items_per_cat, guint max_series,
                                     const TjSrcLoc *loc, GError **error);

/* A target as a report writes it (layouts/chart-target.c). */
typedef enum { TJ_LIMIT_NONE, TJ_LIMIT_CEILING, TJ_LIMIT_FLOOR } TjLimit;
typedef struct {
    double value;         /* in the shown units of series 0 */
    char *label;          /* as written, a growth rate with its verb: "增长6%左右" */
    TjLimit limit;        /* 不超过/以内/以下: ceiling; 不低于/不少于/以上: floor */
    gboolean approx;      /* 左右, 约, 近 */
    gboolean relative;    /* a growth rate turned into the level it implies */
} TjChartTarget;

/* The limit a number's words make ("不超过4%": ceiling). */
TjLimit tj_number_limit(const TjNumber *n);

/* Reads target @text for @d's first series: a growth rate ("6%左右",
 * "增长6%左右", "下降3%") on a series of levels is the last actual value
 * before category @end × (1 ± rate); a rate on a series of rates, or a level
 * in the series' unit (any magnitude: "3132亿元"; a bare number is in the
 * units the table wrote) is that level. FALSE with an INPUT error at @loc,
 * naming @what ("trend: target"), for text that is no number, a unit that is
 * not the chart's, or a rate with no actual value before it. @out's label
 * is freed with tj_chart_target_clear(). */
gboolean tj_chart_data_target(const TjChartData *d, const char *text, guint end,
                              const char *what, const TjSrcLoc *loc, TjChartTarget *out,
                              GError **error);
void tj_chart_target_clear(TjChartTarget *t);

/* Keeps the @n categories with the largest values of the first series, in
 * descending order, and adds one @other (NULL: "其他") holding each series'
 * sum over the rest — unless a series is a percentage or rate, which does
 * not add up (then only the @n). Nothing changes when @d has at most @n
 * categories. See layouts/chart-top.c. */
void tj_chart_data_top(TjChartData *d, guint n, const char *other);

/* Resolves the x column's type from the category texts: @want NUMBER or
 * DATE makes every cell read as one (else an error at the first that does
 * not); AUTO picks DATE when every cell is a date (years included), NUMBER
 * when every cell is a number, CATEGORY otherwise, and an error when a
 * column of more than 24 cells is mostly of one type but not all (a stray
 * text in a long series: the error names it and suggests --x-type
 * category; a short one with "2021年(预计)" stays labels). Continuous points are sorted by x (stable). @x_name
 * names the column in messages. */
gboolean tj_chart_data_resolve_x(TjChartData *d, TjXType want, const char *x_name,
                                 GError **error);

/* Adds a category at the end (a target or forecast point not in the table):
 * one value and label (NULL: none) per series; its row is G_MAXUINT. */
void tj_chart_data_append(TjChartData *d, const char *category, const double *values,
                          const char *const *labels);

/* The magnitudes tujie draws: 0, or at least TJ_VALUE_MIN_ABS and at most
 * TJ_VALUE_MAX_ABS, as drawn (chart data in display units, after 万/亿
 * scaling; gauge scales and tile values as written). Beyond them scales
 * overflow, tick labels need hundreds of digits, or a scale's ends both
 * read "0". */
#define TJ_VALUE_MAX_ABS 1e15
#define TJ_VALUE_MIN_ABS 1e-6    /* labels show at most 6 decimals */
#define TJ_VALUE_MAX_DECIMALS 12   /* digits written after the point */

/* FALSE with a TJ_ERROR_INPUT error at @loc (may be NULL) when @v is
 * infinite or outside those magnitudes; NAN (a missing value) passes.
 * @what names the value in the message ("gauge: max"). */
gboolean tj_value_check(double v, const char *what, const TjSrcLoc *loc, GError **error);
/* The same for a number written with @decimals digits after the point
 * (more than TJ_VALUE_MAX_DECIMALS: an error, as "1e-30" or "21.7e-648"). */
gboolean tj_value_check_decimals(int decimals, const char *what, const TjSrcLoc *loc,
                                 GError **error);
/* The same for every value of @d, at its category's cell (@fallback, may be
 * NULL, for appended points). */
gboolean tj_chart_data_check(const TjChartData *d, const TjSrcLoc *fallback, GError **error);

/* The error for a value cell @text of @column that is not a number: "out of
 * range" when it is written as one beyond a double ("1e-400"), else
 * "expected a number". */
void tj_chart_data_cell_error(const char *text, const char *column, const TjSrcLoc *loc,
                              GError **error);

/* Smallest and largest finite value over all series (stacked: of the
 * positive and negative sums per category). FALSE when there is none. */
gboolean tj_chart_data_range(const TjChartData *d, gboolean stacked,
                             double *lo, double *hi);

#endif
