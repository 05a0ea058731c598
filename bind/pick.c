/* bind/pick.c — one number for a single-value chart (gauge, kpi): parsed
 * from the text the user wrote, or read from one cell of a table picked by
 * a column and `where` filters. The table's own checks (unknown column with
 * a "did you mean", no row left, a cell that is not a number) come from
 * tj_chart_data_from_table(); this file adds "exactly one row" and the unit
 * a cell leaves to its column or its row's 单位. */
#include "bind/pick.h"

#include <math.h>
#include <string.h>

#include "core/i18n.h"

/* The number's strings into @c, so @p outlives the table. */
static void
keep_number(TjBind *c, TjPick *p)
{
    p->num.unit = tj__bind_str(c, p->num.unit);
    p->num.prefix = tj__bind_str(c, p->num.prefix);
    p->num.suffix = tj__bind_str(c, p->num.suffix);
    p->text = tj__bind_str(c, p->text);
    p->column = tj__bind_str(c, p->column);
    p->row_name = tj__bind_str(c, p->row_name);
}

static gboolean
parse_typed(TjBind *c, const TjSpecBlock *b, TjPick *p, const char *key)
{
    TjNumKind kind = tj_number_parse(p->text, &p->num, c->strings);
    if (kind == TJ_NUM_TEXT) {
        const TjNode *v = tj__bind_get(b->options, key);
        char *said = tj__bind_said(c, key, v);
        if (p->num.range)   /* written as a number beyond a double (issue 15 item 9) */
            tj__bind_error(c, v, b, _("%s: out of range: it reads as a number beyond what "
                                      "can be held (tujie draws 0 and sizes from 1e-6 to "
                                      "1e15; write it in a larger or smaller unit)"), said);
        else
            tj__bind_error(c, v, b, _("%s: expected a number such as 21.8%%, 93 or 2954.7亿元"),
                           said);
        g_free(said);
        return FALSE;
    }
    if (kind == TJ_NUM_MISSING)
        p->num.value = NAN;
    keep_number(c, p);
    return TRUE;
}

static gboolean
rows_error(TjBind *c, const TjSpecBlock *b, const TjTable *t, guint n_rows,
           const guint *lines, const char *key)
{
    TjSrcLoc loc = tj_src_loc(tj_table_name(t), 0, 0);
    char *said = tj__bind_said(c, key, NULL);
    if (n_rows == 0) {
        tj_spec_errors_add(c->errs, &loc, _("%s: the table has no rows"), said);
        g_free(said);
        return FALSE;
    }
    GString *shown = g_string_new(NULL);
    for (guint i = 0; i < n_rows && i < 5; i++)
        g_string_append_printf(shown, "%s%u", i ? ", " : "", lines[i]);
    const TjNode *w = tj__bind_get(b->options, "where");
    if (c->spec)
        tj_spec_errors_add(c->errs, w ? &w->loc : &b->loc,
                           _("%s: %u rows of %s match (lines %s%s); pick one with "
                             "“where: {COLUMN: VALUE}”"),
                           said, n_rows, tj_table_name(t), shown->str, n_rows > 5 ? ", …" : "");
    else
        tj_spec_errors_add_code(c->errs, TJ_ERROR_USAGE, &loc,
                                _("%s: %u rows match (lines %s%s); pick one with "
                                  "--where COL=VALUE"),
                                said, n_rows, shown->str, n_rows > 5 ? ", …" : "");
    g_string_free(shown, TRUE);
    g_free(said);
    return FALSE;
}

static gboolean
one_row(TjBind *c, const TjSpecBlock *b, const TjTable *t, const TjChartData *d,
        const char *key)
{
    if (d->n_cat == 1)
        return TRUE;
    guint lines[5];
    for (guint i = 0; i < d->n_cat && i < 5; i++)
        lines[i] = d->cat_locs[i].line;
    return rows_error(c, b, t, d->n_cat, lines, key);
}

/* Several rows and no where to pick one: refused before the chart data of
 * every row is built (a million-row file costs seconds and megabytes
 * otherwise). FALSE when this does not apply. */
static gboolean
many_rows(TjBind *c, const TjSpecBlock *b, const TjTable *t, const char *key,
          const char *col, const GArray *where)
{
    guint n = tj_table_n_rows(t);
    int ci = tj_table_column_by_name(t, col);
    if ((where && where->len > 0) || n < 2 || ci < 0)
        return FALSE;
    guint lines[5];
    for (guint i = 0; i < n && i < 5; i++)
        lines[i] = tj_table_cell_loc(t, i, (guint)ci).line;
    rows_error(c, b, t, n, lines, key);
    return TRUE;
}

/* A unit the cell does not write: the column's, else the row's "单位". */
static void
fill_unit(TjPick *p, const TjTable *t, guint col)
{
    if (p->num.unit || p->num.percent)
        return;
    const char *u = tj_table_column_unit(t, col);
    const char *cell = tj__bind_row_cell(t, p, "单位");
    if (!u && cell && *cell)
        u = cell;
    if (u && strcmp(u, "%") == 0)
        p->num.percent = TRUE;
    else if (u)
        p->num.unit = u;
}

/* A qualifier the cell does not write: the row's "限定" cell (余, 左右,
 * 约 … as `tujie extract` writes them), before or after the number as the
 * number reader places that word ("约1": before; "1余": after). */
static void
fill_qualifier(TjBind *c, TjPick *p, const TjTable *t)
{
    const char *q = tj__bind_row_cell(t, p, "限定");
    if (!q || !*q || p->num.prefix || p->num.suffix || isnan(p->num.value))
        return;
    char *before = g_strconcat(q, "1", NULL), *after = g_strconcat("1", q, NULL);
    TjNumber n;
    if (tj_number_parse(before, &n, c->strings) == TJ_NUM_VALUE && g_strcmp0(n.prefix, q) == 0 &&
        !n.suffix)
        p->num.prefix = q;
    else if (tj_number_parse(after, &n, c->strings) == TJ_NUM_VALUE &&
             g_strcmp0(n.suffix, q) == 0 && !n.prefix)
        p->num.suffix = q;
    g_free(before);
    g_free(after);
}

gboolean
tj__bind_pick(TjBind *c, const TjSpecBlock *b, TjPick *p, const TjTable *t, const char *key,
              const char *text, const GArray *where)
{
    memset(p, 0, sizeof *p);
    p->num.value = NAN;
    p->row = -1;
    p->text = text;
    if (!t)
        return parse_typed(c, b, p, key);
    if (many_rows(c, b, t, key, text, where))
        return FALSE;
    char *ys[] = { (char *)text, NULL };
    GError *err = NULL;
    const TjSrcLoc *loc = b->loc.file ? &b->loc : NULL;
    TjChartData *d = tj_chart_data_from_table(t, text, (const char *const *)ys, 1,
                                              where ? (const TjWhere *)where->data : NULL,
                                              where ? where->len : 0, loc, &err);
    if (!d) {
        tj__bind_take(c, b, err);
        return FALSE;
    }
    gboolean ok = one_row(c, b, t, d, key);
    if (ok) {
        guint row = d->rows[0], col = (guint)tj_table_column_by_name(t, text);
        TjNumber n_cell;
        const TjNumber *n = &n_cell;
        if (tj_table_cell_number(t, row, col, &n_cell) == TJ_NUM_VALUE)
            p->num = *n;
        p->row = (int)row;
        p->loc = tj_table_cell_loc(t, row, col);
        p->text = tj_table_cell_text(t, row, col);
        p->column = tj_table_column_label(t, col);
        p->row_name = tj__bind_where_name(where);
        fill_unit(p, t, col);
        fill_qualifier(c, p, t);
        keep_number(c, p);
    }
    tj_chart_data_free(d);
    return ok;
}

const char *
tj__bind_row_cell(const TjTable *t, const TjPick *p, const char *col)
{
    int ci = t && p->row >= 0 ? tj_table_column_by_name(t, col) : -1;
    return ci >= 0 ? tj_table_cell_text(t, (guint)p->row, (guint)ci) : NULL;
}
