/* bind/table.c — the table kind: columns of a table (all of them when
 * `columns` is not given), rows picked by where. A column is a change
 * column (arrows) when `change` names it or, without `change`, when its
 * name says so (同比, 比上年, 增长, 增速, 增幅) and its unit, if any, is % or
 * 百分点; else a number column when
 * the data's column is numeric; else text. A change column's cells must be
 * numbers (or missing): anything else is an error at the cell. */
#include "bind/bind-private.h"

#include <math.h>
#include <string.h>

#include "core/i18n.h"
#include "icons/icons.h"
#include "layouts/table.h"

static const TjKey keys[] = {
    { "columns", TJ_KEY_COLUMNS, NULL, N_("the columns shown, in order (default: all)") },
    { "change", TJ_KEY_COLUMNS, NULL, N_("columns of changes shown with arrows (default: "
                                         "those named 同比, 比上年, 增长, 增速, 增幅)") },
    { "bar", TJ_KEY_COLUMN, NULL, N_("a number column whose cells get a bar") },
    { "icon", TJ_KEY_COLUMN, NULL, N_("a column of built-in icons (学校, school) drawn before "
                                      "each row's name") },
    { NULL, 0, NULL, NULL }
};

static gboolean
named_change(const char *label)
{
    static const char *const words[] = { "同比", "比上年", "增长", "增速", "增幅", NULL };
    for (const char *const *w = words; *w; w++)
        if (strstr(label, *w))
            return TRUE;
    return FALSE;
}

static gboolean
is_points(const char *s)
{
    return s && strstr(s, "百分点") != NULL;
}

/* The index of column @name, or -1 (recorded at @key's value). */
static int
column(TjBind *c, const TjSpecBlock *b, const TjTable *t, const char *key, const char *name)
{
    int i = tj_table_column_by_name(t, name);
    if (i >= 0)
        return i;
    const TjNode *at = tj__bind_get(b->options, key);
    GError *err = NULL;
    tj_table_set_no_column_error(t, name, at && at->loc.file ? &at->loc : NULL, &err);
    if (!c->spec)
        err->code = TJ_ERROR_USAGE;
    tj_spec_errors_take(c->errs, err);
    return -1;
}

/* A change column's cells: numbers or missing; records the others. */
static gboolean
change_cells(TjBind *c, const TjTable *t, guint col, const TjChartData *d, TjTableCol *tc)
{
    gboolean ok = TRUE;
    for (guint r = 0; r < d->n_cat; r++) {
        TjNumber n_cell;
        const TjNumber *n = &n_cell;
        if (tj_table_cell_number(t, d->rows[r], col, &n_cell) != TJ_NUM_TEXT) {
            tc->points = tc->points || (n && is_points(n->unit));
            continue;
        }
        TjSrcLoc loc = tj_table_cell_loc(t, d->rows[r], col);
        tj_spec_errors_add(c->errs, &loc, _("column “%s”: expected a change in percent or "
                                            "points (2.3, -4.4%%, 0.3个百分点), got “%s”"),
                           tj_table_column_label(t, col),
                           tj_table_cell_text(t, d->rows[r], col));
        ok = FALSE;
    }
    return ok;
}

static gboolean
in_list(char **list, const char *name)
{
    return list && g_strv_contains((const char *const *)list, name);
}

/* The columns' descriptions and indices; FALSE when any is wrong. */
static gboolean
read_cols(TjBind *c, const TjSpecBlock *b, const TjTable *t, const TjChartData *d,
          char **names, TjTableCol *cols, guint *idx)
{
    const TjNode *m = b->options;
    char **change = tj__bind_list(c, m, "change");
    const char *bar = tj__bind_text(c, m, "bar");
    gboolean ok = TRUE, bar_found = bar == NULL;
    for (guint i = 0; names[i]; i++) {
        int ci = column(c, b, t, "columns", names[i]);
        if (ci < 0) {
            ok = FALSE;
            continue;
        }
        idx[i] = (guint)ci;
        TjTableCol *tc = &cols[i];
        const char *label = tj_table_column_label(t, (guint)ci);
        tc->header = tj__bind_str(c, label);
        tc->unit = tj__bind_str(c, tj_table_column_unit(t, (guint)ci));
        /* by its name, unless its unit says it holds amounts (增长（亿元）) */
        const char *unit = tj_table_column_unit(t, (guint)ci);
        gboolean amounts = unit && strcmp(unit, "%") != 0 && !is_points(unit);
        gboolean is_change = change ? in_list(change, names[i])
                                    : named_change(label) && !amounts;
        gboolean numeric = tj_table_column_type(t, (guint)ci) == TJ_COL_NUMBER;
        tc->kind = is_change ? TJ_TCOL_CHANGE : numeric ? TJ_TCOL_NUMBER : TJ_TCOL_TEXT;
        tc->points = is_points(tj_table_column_name(t, (guint)ci));
        if (is_change)
            ok = change_cells(c, t, (guint)ci, d, tc) && ok;
        if (bar && strcmp(bar, names[i]) == 0) {
            bar_found = TRUE;
            tc->bar = tc->kind == TJ_TCOL_NUMBER;
            if (!tc->bar) {
                const TjNode *at = tj__bind_get(m, "bar");
                char *said = tj__bind_said(c, "bar", at);
                tj__bind_error(c, at, b, _("%s: the column “%s” holds no numbers to draw as "
                                           "bars"), said, bar);
                g_free(said);
                ok = FALSE;
            }
        }
    }
    for (guint i = 0; change && change[i]; i++)
        if (!in_list(names, change[i]))
            ok = column(c, b, t, "change", change[i]) >= 0 && ok;
    if (!bar_found) {
        const TjNode *at = tj__bind_get(m, "bar");
        char *said = tj__bind_said(c, "bar", at);
        tj__bind_error(c, at, b, _("%s: “%s” is not one of the columns shown"), said, bar);
        g_free(said);
        ok = FALSE;
    }
    g_strfreev(change);
    return ok;
}

/* The built-in icon of each row from column @name (an empty cell: none);
 * an unknown one is recorded at its cell. NULL when any is wrong. */
static const TjIconShape **
read_icons(TjBind *c, const TjSpecBlock *b, const TjTable *t, const TjChartData *d,
           const char *name)
{
    int col = column(c, b, t, "icon", name);
    if (col < 0)
        return NULL;
    const TjIconShape **icons = tj__bind_new0(c, MAX(d->n_cat, 1) * sizeof *icons);
    gboolean ok = TRUE;
    for (guint r = 0; r < d->n_cat; r++) {
        const char *word = tj_table_cell_text(t, d->rows[r], (guint)col);
        if (!*word)
            continue;
        GError *err = NULL;
        TjIconShape *shape = tj_icon_load(word, &err);
        if (!shape) {
            TjSrcLoc loc = tj_table_cell_loc(t, d->rows[r], (guint)col);
            tj_spec_errors_add(c->errs, &loc, _("column “%s”: %s"),
                               tj_table_column_label(t, (guint)col), err->message);
            g_error_free(err);
            ok = FALSE;
            continue;
        }
        icons[r] = tj__bind_keep(c, shape, (GDestroyNotify)tj_icon_shape_free);
    }
    return ok ? icons : NULL;
}

static char **
all_columns(const TjTable *t)
{
    guint n = tj_table_n_cols(t);
    char **names = g_new0(char *, n + 1);
    for (guint i = 0; i < n; i++)
        names[i] = g_strdup(tj_table_column_name(t, i));
    return names;
}

static gconstpointer
read_table(TjBind *c, const TjSpecBlock *b)
{
    const TjNode *m = b->options;
    TjTableSpec *s = tj__bind_new0(c, sizeof *s);
    tj_table_spec_init(s);
    s->title = tj__bind_str(c, tj__bind_text(c, m, "title"));
    s->subtitle = tj__bind_str(c, tj__bind_text(c, m, "subtitle"));
    s->source = tj__bind_str(c, tj__bind_text(c, m, "source"));
    s->loc = b->loc;
    GArray *where = tj__bind_where(c, m);
    tj__bind_keep(c, where, (GDestroyNotify)g_array_unref);
    char **names = tj__bind_list(c, m, "columns");
    const TjTable *t = tj__bind_table(c, b, TRUE);
    static const char *const cols_keys[] = { "columns", "change", "bar", "icon", NULL };
    if (!where || !t || !tj__bind_columns_exist(c, b, t, cols_keys)) {
        g_strfreev(names);
        return NULL;
    }
    const char *icon = tj__bind_text(c, m, "icon");
    if (!names)
        names = all_columns(t);
    if (icon && in_list(names, icon) && !tj__bind_get(m, "columns")) {
        /* all columns but the icons' own */
        char **shown = g_new0(char *, g_strv_length(names) + 1);
        guint k = 0;
        for (guint i = 0; names[i]; i++)
            if (strcmp(names[i], icon) != 0)
                shown[k++] = g_strdup(names[i]);
        g_strfreev(names);
        names = shown;
    }
    tj__bind_keep(c, names, (GDestroyNotify)g_strfreev);
    guint n = g_strv_length(names);
    char **none = g_new0(char *, 1);
    TjChartData *d = n ? tj__bind_chart_data(c, b, t, names[0], none, where) : NULL;
    g_strfreev(none);
    if (!d)
        return NULL;
    TjTableCol *cols = tj__bind_new0(c, MAX(n, 1) * sizeof *cols);
    guint *idx = g_new0(guint, MAX(n, 1));
    gboolean ok = read_cols(c, b, t, d, names, cols, idx);
    TjTableCell *cells = tj__bind_new0(c, MAX(n * d->n_cat, 1) * sizeof *cells);
    for (guint r = 0; ok && r < d->n_cat; r++) {
        for (guint i = 0; i < n; i++) {
            TjTableCell *x = &cells[r * n + i];
            TjNumber num_cell;
            const TjNumber *num = &num_cell;
            x->text = tj_table_cell_text(t, d->rows[r], idx[i]);
            x->num.value = NAN;
            if (tj_table_cell_number(t, d->rows[r], idx[i], &num_cell) == TJ_NUM_VALUE)
                x->num = *num;
        }
    }
    g_free(idx);
    if (ok && icon) {
        s->icons = (const TjIconShape *const *)read_icons(c, b, t, d, icon);
        ok = s->icons != NULL;
    }
    if (ok && icon && cols[0].kind != TJ_TCOL_TEXT) {
        const TjNode *at = tj__bind_get(m, "icon");
        char *said = tj__bind_said(c, "icon", at);
        tj__bind_error(c, at, b, _("%s: the icons go before the first column's names, but "
                                   "“%s” holds numbers"), said, names[0]);
        g_free(said);
        ok = FALSE;
    }
    s->cols = cols;
    s->n_cols = n;
    s->cells = cells;
    s->n_rows = d->n_cat;
    GError *err = NULL;
    if (ok && !tj_table_check(s, &err)) {
        tj__bind_take(c, b, err);
        return NULL;
    }
    return ok ? s : NULL;
}

const TjKind tj_bind_kind_table = {
    .name = "table",
    .summary = N_("an indicator table: numbers aligned on the point, changes with arrows"),
    .keys = keys,
    .read = read_table,
    .ops = &tj_table_block_ops,
    .examples = "tujie table gdp-2020.csv --columns 指标,数值,比上年增长 -o table.png\n"
                "tujie table gdp-2020.csv --columns 指标,数值,比上年增长 --bar 数值 -o table.svg",
};
