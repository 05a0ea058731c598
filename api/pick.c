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
#include "core/i18n.h"

static const char *
keep_str(GStringChunk *keep, const char *s)
{
    return s ? g_string_chunk_insert_const(keep, s) : NULL;
}

/* The number's strings into @keep, so @p outlives the table. */
static void
keep_number(TjPick *p, GStringChunk *keep)
{
    p->num.unit = keep_str(keep, p->num.unit);
    p->num.prefix = keep_str(keep, p->num.prefix);
    p->num.suffix = keep_str(keep, p->num.suffix);
    p->text = keep_str(keep, p->text);
}

static gboolean
parse_typed(TjPick *p, const char *text, const char *option, GStringChunk *keep,
            GError **error)
{
    TjNumKind kind = tj_number_parse(text, &p->num, keep);
    if (kind == TJ_NUM_TEXT) {
        g_set_error(error, TJ_ERROR, TJ_ERROR_USAGE,
                    _("%s %s: expected a number such as 21.8%%, 93 or 2954.7亿元"), option, text);
        return FALSE;
    }
    if (kind == TJ_NUM_MISSING)
        p->num.value = NAN;
    keep_number(p, keep);
    return TRUE;
}

static gboolean
one_row(const TjTable *t, const TjChartData *d, const char *option, GError **error)
{
    if (d->n_cat == 1)
        return TRUE;
    TjSrcLoc loc = tj_src_loc(tj_table_name(t), 0, 0);
    if (d->n_cat == 0) {
        tj_error_set_at(error, TJ_ERROR_INPUT, &loc, _("%s: the table has no rows"), option);
        return FALSE;
    }
    GString *lines = g_string_new(NULL);
    for (guint i = 0; i < d->n_cat && i < 5; i++)
        g_string_append_printf(lines, "%s%u", i ? ", " : "", d->cat_locs[i].line);
    tj_error_set_at(error, TJ_ERROR_USAGE, &loc,
                    _("%s: %u rows match (lines %s%s); pick one with --where COL=VALUE"),
                    option, d->n_cat, lines->str, d->n_cat > 5 ? ", …" : "");
    g_string_free(lines, TRUE);
    return FALSE;
}

/* A unit the cell does not write: the column's, else the row's "单位". */
static void
fill_unit(TjPick *p, const TjTable *t, guint col)
{
    if (p->num.unit || p->num.percent)
        return;
    const char *u = tj_table_column_unit(t, col);
    const char *cell = tj__pick_row_cell(t, p, "单位");
    if (!u && cell && *cell)
        u = cell;
    if (u && strcmp(u, "%") == 0)
        p->num.percent = TRUE;
    else if (u)
        p->num.unit = u;
}

static gboolean
pick_cell(TjPick *p, const TjTable *t, const char *text, const GArray *w,
          const char *option, GError **error)
{
    const char *ys[] = { text };
    TjChartData *d = tj_chart_data_from_table(t, text, ys, 1, (const TjWhere *)w->data,
                                              w->len, NULL, error);
    gboolean ok = d && one_row(t, d, option, error);
    if (ok) {
        guint row = d->rows[0], col = (guint)tj_table_column_by_name(t, text);
        const TjNumber *n = NULL;
        if (tj_table_cell_number(t, row, col, &n) == TJ_NUM_VALUE)
            p->num = *n;
        p->row = (int)row;
        p->loc = tj_table_cell_loc(t, row, col);
        p->text = tj_table_cell_text(t, row, col);
        p->column = tj_table_column_label(t, col);
        if (w->len > 0)
            p->row_name = g_array_index(w, TjWhere, 0).value;
        fill_unit(p, t, col);
    }
    tj_chart_data_free(d);
    return ok;
}

gboolean
tj__pick_number(TjPick *p, const TjTable *t, const char *text, const char *where,
                const char *option, GStringChunk *keep, GError **error)
{
    memset(p, 0, sizeof *p);
    p->num.value = NAN;
    p->row = -1;
    p->text = text;
    if (!t)
        return parse_typed(p, text, option, keep, error);
    GArray *w = tj__api_parse_where(where, error);
    if (!w)
        return FALSE;
    gboolean ok = pick_cell(p, t, text, w, option, error);
    if (ok) {
        keep_number(p, keep);
        p->column = keep_str(keep, p->column);
        p->row_name = keep_str(keep, p->row_name);  /* a copy of w's value */
    }
    g_array_free(w, TRUE);
    return ok;
}

int
tj__pick_list(const char *text, const char *option, double *out, guint max, GError **error)
{
    char **parts = tj__api_split_columns(text);
    guint len = g_strv_length(parts);
    for (guint i = 0; i < len; i++) {
        TjNumber num;
        if (i >= max || tj_number_parse(parts[i], &num, NULL) != TJ_NUM_VALUE) {
            if (i >= max)
                g_set_error(error, TJ_ERROR, TJ_ERROR_USAGE, _("%s %s: at most %u values"),
                            option, text, max);
            else
                g_set_error(error, TJ_ERROR, TJ_ERROR_USAGE, _("%s %s: “%s” is not a number"),
                            option, text, parts[i]);
            g_strfreev(parts);
            return -1;
        }
        out[i] = num.value;
    }
    g_strfreev(parts);
    return (int)len;
}

const char *
tj__pick_row_cell(const TjTable *t, const TjPick *p, const char *col)
{
    int c = t && p->row >= 0 ? tj_table_column_by_name(t, col) : -1;
    return c >= 0 ? tj_table_cell_text(t, (guint)p->row, (guint)c) : NULL;
}
