/* bind/pie.c — the pie kind: a column of slice names (label) and one of
 * shares or amounts (value) of the rows `where` picks. A negative or
 * missing share is an error at its cell; shares written as percentages
 * that do not sum to 100 % are a warning (the chart says so too). */
#include "bind/bind-private.h"

#include "core/format.h"
#include "layouts/pie.h"
#include "core/i18n.h"

static const TjKey keys[] = {
    { "label", TJ_KEY_COLUMN, NULL, N_("the column of slice names") },
    { "value", TJ_KEY_COLUMN, NULL, N_("the column of shares or amounts") },
    { "donut", TJ_KEY_BOOL, NULL, N_("a hole in the middle (the default; false: a pie)") },
    { "center", TJ_KEY_TEXT, NULL, N_("the text in the hole (default: the total)") },
    { "center_label", TJ_KEY_TEXT, NULL, N_("a line under it (default 合计)") },
    { NULL, 0, NULL, NULL }
};

/* The values' own cells, for messages that point at them. */
static TjSrcLoc *
value_cells(TjBind *c, const TjTable *t, const TjChartData *d, const char *col)
{
    int vc = tj_table_column_by_name(t, col);
    TjSrcLoc *cells = tj__bind_new0(c, (d->n_cat + 1) * sizeof *cells);
    for (guint i = 0; vc >= 0 && i < d->n_cat; i++)
        if (d->rows[i] != G_MAXUINT)
            cells[i] = tj_table_cell_loc(t, d->rows[i], (guint)vc);
    return cells;
}

static void
warn_sum(TjBind *c, const TjSpecBlock *b, const TjChartData *d)
{
    double sum;
    if (!tj_pie_percent_sum(d, &sum) || tj_pie_sum_ok(d, sum))
        return;
    char *s = tj_format_decimal(sum, MAX(d->series[0].decimals, 0));
    tj_diag_add(c->diags, TJ_DIAG_WARNING, b->loc.file ? &b->loc : NULL, "pie-sum",
                _("pie: the shares of “%s” sum to %s%%, not 100%% (drawn in proportion, "
                  "with a note)"), d->series[0].name, s);
    g_free(s);
}

static gconstpointer
read_pie(TjBind *c, const TjSpecBlock *b)
{
    const TjNode *m = b->options;
    TjPieBlock *pb = tj__bind_new0(c, sizeof *pb);
    TjPieSpec *s = &pb->spec;
    tj_pie_spec_init(s);
    s->title = tj__bind_str(c, tj__bind_text(c, m, "title"));
    s->subtitle = tj__bind_str(c, tj__bind_text(c, m, "subtitle"));
    s->source = tj__bind_str(c, tj__bind_text(c, m, "source"));
    s->unit = tj__bind_str(c, tj__bind_text(c, m, "unit"));
    s->donut = tj__bind_bool(c, m, "donut", TRUE);
    s->center = tj__bind_str(c, tj__bind_text(c, m, "center"));
    s->center_label = tj__bind_str(c, tj__bind_text(c, m, "center_label"));
    s->loc = b->loc;
    const char *label = tj__bind_text(c, m, "label"), *value = tj__bind_text(c, m, "value");
    GArray *where = tj__bind_where(c, m);
    tj__bind_keep(c, where, (GDestroyNotify)g_array_unref);
    gboolean ok = where != NULL;
    if (!label || !value) {
        char *said = tj__bind_said(c, !label ? "label" : "value", NULL);
        tj__bind_error(c, NULL, b, _("%s: %s is required"), b->kind_name, said);
        g_free(said);
        ok = FALSE;
    }
    const TjTable *t = tj__bind_table(c, b, TRUE);
    static const char *const cols[] = { "label", "value", NULL };
    if (!ok || !t || !tj__bind_columns_exist(c, b, t, cols))
        return NULL;
    char *ys[] = { (char *)value, NULL };
    pb->data = tj__bind_chart_data(c, b, t, label, ys, where);
    if (!pb->data)
        return NULL;
    GError *err = NULL;
    if (!tj_pie_check(pb->data, value_cells(c, t, pb->data, value),
                      b->loc.file ? &b->loc : NULL, &err)) {
        tj_spec_errors_take(c->errs, err);   /* at the cell, as the table's own errors */
        return NULL;
    }
    warn_sum(c, b, pb->data);
    return pb;
}

const TjKind tj_bind_kind_pie = {
    .name = "pie",
    .summary = N_("shares of a whole, as a donut or a pie"),
    .keys = keys,
    .read = read_pie,
    .ops = &tj_pie_block_ops,
    .examples = "tujie pie examples/national-2020/industries-2020.csv --label 产业 --value 比重 \\\n"
                "    --center 1015986亿元 --center-label 国内生产总值 -o shares.png",
};
