/* bind/combo.c — the combo kind: a category column x, one column drawn as
 * bars (left axis) and one as a line (right axis), of the rows `where`
 * picks. */
#include "bind/bind-private.h"

#include "layouts/combo.h"
#include "core/i18n.h"

static const TjKey keys[] = {
    { "x", TJ_KEY_COLUMN, NULL, N_("the category column (years)") },
    { "bar", TJ_KEY_COLUMN, NULL, N_("the column drawn as bars, on the left axis") },
    { "line", TJ_KEY_COLUMN, NULL, N_("the column drawn as a line, on the right axis") },
    { "line_unit", TJ_KEY_TEXT, NULL, N_("the line's unit (default: from the data)") },
    { NULL, 0, NULL, NULL }
};

static gconstpointer
read_combo(TjBind *c, const TjSpecBlock *b)
{
    const TjNode *m = b->options;
    TjComboBlock *cb = tj__bind_new0(c, sizeof *cb);
    TjComboSpec *s = &cb->spec;
    tj_combo_spec_init(s);
    s->title = tj__bind_str(c, tj__bind_text(c, m, "title"));
    s->subtitle = tj__bind_str(c, tj__bind_text(c, m, "subtitle"));
    s->source = tj__bind_str(c, tj__bind_text(c, m, "source"));
    s->unit = tj__bind_str(c, tj__bind_text(c, m, "unit"));
    s->line_unit = tj__bind_str(c, tj__bind_text(c, m, "line_unit"));
    s->loc = b->loc;
    const char *x = tj__bind_text(c, m, "x");
    const char *bar = tj__bind_text(c, m, "bar"), *line = tj__bind_text(c, m, "line");
    GArray *where = tj__bind_where(c, m);
    tj__bind_keep(c, where, (GDestroyNotify)g_array_unref);
    gboolean ok = where != NULL;
    const char *need[] = { "x", "bar", "line" };
    const char *got[] = { x, bar, line };
    for (int k = 0; k < 3; k++)
        if (!got[k]) {
            char *said = tj__bind_said(c, need[k], NULL);
            tj__bind_error(c, NULL, b, _("%s: %s is required"), b->kind_name, said);
            g_free(said);
            ok = FALSE;
        }
    const TjTable *t = tj__bind_table(c, b, TRUE);
    static const char *const cols[] = { "x", "bar", "line", NULL };
    if (!ok || !t || !tj__bind_columns_exist(c, b, t, cols))
        return NULL;
    char *ys[] = { (char *)bar, (char *)line, NULL };
    /* bars and line on two axes: each its own unit and magnitude */
    cb->data = tj__bind_chart_data_flags(c, b, t, x, ys, where, TJ_CHART_DATA_AXES);
    return cb->data ? cb : NULL;
}

const TjKind tj_bind_kind_combo = {
    .name = "combo",
    .summary = N_("bars with a line on a second axis (value and growth)"),
    .keys = keys,
    .read = read_combo,
    .ops = &tj_combo_block_ops,
    .examples = "tujie combo examples/national-2020/industries-2020.csv --x 产业 \\\n"
                "    --bar 增加值 --line 增长速度 --title 2020年三次产业增加值及其增长速度 -o industries.png",
};
