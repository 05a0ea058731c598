/* layouts/rank-block.c — the ranking as a page block (TjBlockOps) and its
 * alt text: "排名条形图：标题，单位：分。共17项，按得分从高到低：第1名东华门
 * 街道，96.5；…（前10名）。东华门街道排第1名。" */
#include "layouts/rank.h"

#include <math.h>

#include "layouts/alt-private.h"

char *
tj_alt_rank(const TjChartData *d, const TjRankSpec *spec)
{
    GString *out = g_string_new("排名条形图");
    if (spec->title && *spec->title)
        g_string_append_printf(out, "：%s", spec->title);
    const char *unit = spec->unit ? spec->unit : d->series[0].unit;
    tj__alt_unit(out, unit);
    g_string_append(out, "。");
    guint *order = g_new0(guint, d->n_cat + 1), *ranks = g_new0(guint, d->n_cat + 1);
    guint n = tj_rank_order(d, spec->ascending, order, ranks);
    guint shown = spec->top > 0 ? MIN(spec->top, n) : n;
    g_string_append_printf(out, "共%u项，按%s从%s到%s", n, d->series[0].name,
                           spec->ascending ? "低" : "高", spec->ascending ? "高" : "低");
    if (shown < n)
        g_string_append_printf(out, "列出前%u名", shown);
    g_string_append(out, "：");
    for (guint k = 0; k < shown; k++) {
        g_string_append_printf(out, "第%u名%s，", ranks[k], d->categories[order[k]]);
        tj__alt_value(out, &d->series[0], order[k], unit ? unit : "");
        g_string_append(out, k + 1 < shown ? "；" : "。");
    }
    for (guint k = 0; spec->highlight && k < n; k++)
        if (g_strcmp0(d->categories[order[k]], spec->highlight) == 0)
            g_string_append_printf(out, "%s排第%u名。", spec->highlight, ranks[k]);
    g_free(order);
    g_free(ranks);
    return g_string_free(out, FALSE);
}

static gboolean
rank_layout(TjScene *s, gconstpointer spec, double w, double h, const TjTheme *th,
            const TjMeasurer *m, GError **error)
{
    const TjRankBlock *b = spec;
    TjRankSpec rs = b->spec;
    rs.width = w;
    rs.height = h;
    return tj_layout_rank(s, b->data, &rs, th, m, error);
}

/* About 44 px a row, with room for the title and source. */
static double
rank_height(gconstpointer spec, double cell_w, guint n, const TjTheme *th, const TjMeasurer *m)
{
    (void)cell_w; (void)n; (void)th; (void)m;
    const TjRankBlock *b = spec;
    guint rows = b->data ? b->data->n_cat : 8;
    if (b->spec.top > 0)
        rows = MIN(rows, b->spec.top + (b->spec.highlight ? 1 : 0));
    return round(MAX(rows * 44.0 + 150, 300));
}

static char *
rank_alt(gconstpointer spec)
{
    const TjRankBlock *b = spec;
    return b->data ? tj_alt_rank(b->data, &b->spec) : NULL;
}

static const char *
rank_title(gconstpointer spec)
{
    return ((const TjRankBlock *)spec)->spec.title;
}

static void
rank_size(gconstpointer spec, double *w, double *h)
{
    *w = 800;
    *h = rank_height(spec, 800, 1, NULL, NULL);
}

const TjBlockOps tj_rank_block_ops = {
    .name = "rank", .layout = rank_layout, .natural_height = rank_height, .alt = rank_alt,
    .title = rank_title, .default_size = rank_size, .alt_noun = "个排名图",
};
