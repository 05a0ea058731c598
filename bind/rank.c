/* bind/rank.c — the rank kind: a column of names (label) and one of values
 * (value) of the rows `where` picks, ranked; the first N (top) and one
 * entry (highlight). Rows without a value are left out, with a warning. */
#include "bind/bind-private.h"

#include <math.h>
#include <string.h>

#include "layouts/rank.h"
#include "core/i18n.h"

static const TjKey keys[] = {
    { "label", TJ_KEY_COLUMN, NULL, N_("the column of names") },
    { "value", TJ_KEY_COLUMN, NULL, N_("the column of values to rank by") },
    { "top", TJ_KEY_NUMBER, NULL, N_("show only the first N (0: all)") },
    { "highlight", TJ_KEY_TEXT, NULL, N_("the entry to emphasise") },
    { "ascending", TJ_KEY_BOOL, NULL, N_("smallest first (when lower is better)") },
    { NULL, 0, NULL, NULL }
};

static void
warn_missing(TjBind *c, const TjChartData *d)
{
    for (guint i = 0; i < d->n_cat; i++)
        if (!isfinite(d->series[0].values[i]))
            tj_diag_add(c->diags, TJ_DIAG_WARNING, d->cat_locs[i].file ? &d->cat_locs[i] : NULL,
                        "rank-missing", _("rank: “%s” has no value and is left out"),
                        d->categories[i]);
}

/* The highlight names an entry: else an error at the name, with the
 * nearest entry. */
static gboolean
check_highlight(TjBind *c, const TjSpecBlock *b, const TjChartData *d, const char *name)
{
    for (guint i = 0; name && i < d->n_cat; i++)
        if (strcmp(d->categories[i], name) == 0)
            return TRUE;
    if (!name)
        return TRUE;
    const TjNode *at = tj__bind_get(b->options, "highlight");
    char *said = tj__bind_said(c, "highlight", at);
    char *near = tj_suggest(name, (const char *const *)d->categories, d->n_cat);
    if (near)
        tj__bind_error(c, at, b, _("%s: no entry of that name; did you mean “%s”?"), said, near);
    else
        tj__bind_error(c, at, b, _("%s: no entry of that name"), said);
    g_free(near);
    g_free(said);
    return FALSE;
}

static gconstpointer
read_rank(TjBind *c, const TjSpecBlock *b)
{
    const TjNode *m = b->options;
    TjRankBlock *rb = tj__bind_new0(c, sizeof *rb);
    TjRankSpec *s = &rb->spec;
    tj_rank_spec_init(s);
    s->title = tj__bind_str(c, tj__bind_text(c, m, "title"));
    s->subtitle = tj__bind_str(c, tj__bind_text(c, m, "subtitle"));
    s->source = tj__bind_str(c, tj__bind_text(c, m, "source"));
    s->unit = tj__bind_str(c, tj__bind_text(c, m, "unit"));
    s->highlight = tj__bind_str(c, tj__bind_text(c, m, "highlight"));
    s->ascending = tj__bind_bool(c, m, "ascending", FALSE);
    s->loc = b->loc;
    double top = tj__bind_number(c, m, "top", 0);
    gboolean ok = TRUE;
    if (!(top >= 0 && top <= 1000 && top == floor(top))) {
        const TjNode *at = tj__bind_get(m, "top");
        char *said = tj__bind_said(c, "top", at);
        tj__bind_error(c, at, b, _("%s: expected a whole number from 0 to 1000"), said);
        g_free(said);
        ok = FALSE;
    } else {
        s->top = (guint)top;
    }
    const char *label = tj__bind_text(c, m, "label"), *value = tj__bind_text(c, m, "value");
    GArray *where = tj__bind_where(c, m);
    tj__bind_keep(c, where, (GDestroyNotify)g_array_unref);
    ok = ok && where != NULL;
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
    rb->data = tj__bind_chart_data(c, b, t, label, ys, where);
    if (!rb->data)
        return NULL;
    warn_missing(c, rb->data);
    return check_highlight(c, b, rb->data, s->highlight) ? rb : NULL;
}

const TjKind tj_bind_kind_rank = {
    .name = "rank",
    .summary = N_("a ranking: sorted bars with rank numbers, top N, one highlighted"),
    .keys = keys,
    .read = read_rank,
    .ops = &tj_rank_block_ops,
    .examples = "tujie rank examples/dongcheng-2021/economy-2020.csv --label 指标 --value 数值 \\\n"
                "    --top 5 --highlight 建安投资 -o rank.png",
};
