/* api/pick.c — one number for a single-value chart: typed on the command
 * line, or one cell of a table picked by a column and where filters. The
 * table's own checks (unknown column with a "did you mean", no row left,
 * a cell that is not a number) come from tj_chart_data_from_table(); this
 * file adds "exactly one row" and the units a cell leaves to its column. */
#include "api/pick.h"

#include <math.h>
#include <string.h>

#include "api/api-private.h"
#include "layouts/chartdata.h"

static gboolean
parse_typed(TjPick *p, const char *text, const char *option, GError **error)
{
    TjNumKind kind = tj_number_parse(text, &p->num, p->strings);
    if (kind == TJ_NUM_TEXT) {
        g_set_error(error, TJ_ERROR, TJ_ERROR_USAGE,
                    "%s %s: expected a number such as 21.8%%, 93 or 2954.7亿元", option, text);
        return FALSE;
    }
    if (kind == TJ_NUM_MISSING)
        p->num.value = NAN;
    return TRUE;
}

static gboolean
one_row(const TjTable *t, const TjChartData *d, const char *option, GError **error)
{
    if (d->n_cat == 1)
        return TRUE;
    TjSrcLoc loc = tj_src_loc(tj_table_name(t), 0, 0);
    if (d->n_cat == 0) {
        tj_error_set_at(error, TJ_ERROR_INPUT, &loc, "%s: the table has no rows", option);
        return FALSE;
    }
    GString *lines = g_string_new(NULL);
    for (guint i = 0; i < d->n_cat && i < 5; i++)
        g_string_append_printf(lines, "%s%u", i ? ", " : "", d->cat_locs[i].line);
    tj_error_set_at(error, TJ_ERROR_USAGE, &loc,
                    "%s: %u rows match (lines %s%s); pick one with --where COL=VALUE",
                    option, d->n_cat, lines->str, d->n_cat > 5 ? ", …" : "");
    g_string_free(lines, TRUE);
    return FALSE;
}

/* A unit the cell does not write: the column's, else the row's "单位". */
static void
fill_unit(TjPick *p, const TjTable *t, guint row, guint col)
{
    if (p->num.unit || p->num.percent)
        return;
    const char *u = tj_table_column_unit(t, col);
    int uc = tj_table_column_by_name(t, "单位");
    if (!u && uc >= 0 && *tj_table_cell_text(t, row, (guint)uc))
        u = tj_table_cell_text(t, row, (guint)uc);
    if (u && strcmp(u, "%") == 0)
        p->num.percent = TRUE;
    else if (u)
        p->num.unit = g_string_chunk_insert_const(p->strings, u);
}

gboolean
tj__pick_number(TjPick *p, const TjTable *t, const char *text, const char *where,
                const char *option, GError **error)
{
    memset(p, 0, sizeof *p);
    p->strings = g_string_chunk_new(64);
    p->num.value = NAN;
    p->text = text;
    if (!t)
        return parse_typed(p, text, option, error);
    GArray *w = tj__api_parse_where(where, error);
    if (!w)
        return FALSE;
    const char *ys[] = { text };
    TjChartData *d = tj_chart_data_from_table(t, text, ys, 1, (const TjWhere *)w->data,
                                              w->len, NULL, error);
    gboolean ok = d && one_row(t, d, option, error);
    if (ok) {
        guint row = d->rows[0], col = (guint)tj_table_column_by_name(t, text);
        const TjNumber *n = NULL;
        if (tj_table_cell_number(t, row, col, &n) == TJ_NUM_VALUE)
            p->num = *n;
        p->loc = tj_table_cell_loc(t, row, col);
        p->text = tj_table_cell_text(t, row, col);
        p->column = g_string_chunk_insert_const(p->strings, tj_table_column_label(t, col));
        if (w->len > 0)
            p->row_name = g_array_index(w, TjWhere, 0).value;
        fill_unit(p, t, row, col);
    }
    tj_chart_data_free(d);
    g_array_free(w, TRUE);
    return ok;
}

void
tj__pick_clear(TjPick *p)
{
    if (p->strings)
        g_string_chunk_free(p->strings);
    memset(p, 0, sizeof *p);
}

double *
tj__pick_list(const char *text, const char *option, guint *n, GError **error)
{
    *n = 0;
    if (!text)
        return NULL;
    char **parts = tj__api_split_columns(text);
    guint len = g_strv_length(parts);
    double *out = g_new(double, MAX(len, 1));
    for (guint i = 0; i < len; i++) {
        TjNumber num;
        if (tj_number_parse(parts[i], &num, NULL) != TJ_NUM_VALUE) {
            g_set_error(error, TJ_ERROR, TJ_ERROR_USAGE,
                        "%s %s: “%s” is not a number", option, text, parts[i]);
            g_strfreev(parts);
            g_free(out);
            return NULL;
        }
        out[i] = num.value;
    }
    g_strfreev(parts);
    *n = len;
    return out;
}
