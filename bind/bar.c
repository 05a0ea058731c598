/* bind/bar.c — the bar kind: columns x (categories) and y (one or more
 * value columns) of the rows `where` picks; with `panels: unit`, the rows
 * grouped by unit, one panel each (layouts/bar-panels.c). */
#include "bind/bind-private.h"

#include <math.h>

#include "layouts/bar.h"
#include "core/i18n.h"

static const char *const panel_choices[] = { "none", "unit", NULL };

static const TjKey keys[] = {
    { "x", TJ_KEY_COLUMN, NULL, N_("the category column") },
    { "y", TJ_KEY_COLUMNS, NULL, N_("one or more value columns") },
    { "highlight", TJ_KEY_TEXT, NULL, N_("the category to emphasise") },
    { "target", TJ_KEY_TEXT, NULL, N_("a target line: 6%左右, 不超过4%, 3132亿元") },
    { "target_label", TJ_KEY_TEXT, NULL, N_("the target's caption (default 目标): 2023年目标") },
    { "horizontal", TJ_KEY_BOOL, NULL, N_("bars across (long names read better)") },
    { "stacked", TJ_KEY_BOOL, NULL, N_("several series stacked, not side by side") },
    { "top", TJ_KEY_NUMBER, NULL, N_("only the N largest bars, and one 其他 for the rest") },
    { "raw", TJ_KEY_BOOL, NULL, N_("numbers as written: no 万/亿 chosen for the axis") },
    { "panels", TJ_KEY_CHOICE, panel_choices,
      N_("unit: rows in different units as stacked panels, one axis per unit") },
    { NULL, 0, NULL, NULL }
};

/* x and y: the columns a chart of categories needs (bar, trend). FALSE
 * (recorded) when either is missing. */
gboolean
tj__bind_xy(TjBind *c, const TjSpecBlock *b, const char **x, char ***ys)
{
    *x = tj__bind_text(c, b->options, "x");
    *ys = tj__bind_list(c, b->options, "y");
    gboolean ok = TRUE;
    if (!*x || !*ys || !(*ys)[0]) {
        const char *missing = !*x ? "x" : "y";
        const TjNode *yn = tj__bind_get(b->options, "y");
        char *said = tj__bind_said(c, missing, *x && *ys ? yn : NULL);
        if (*x && *ys && !(*ys)[0])
            tj__bind_error(c, yn, b, _("%s names no column (give one or more)"), said);
        else
            tj__bind_error(c, NULL, b, _("%s: %s is required"), b->kind_name, said);
        g_free(said);
        ok = FALSE;
    }
    tj__bind_keep(c, *ys, (GDestroyNotify)g_strfreev);
    return ok;
}

/* target: as a report writes it, in the chart's shown units; a growth
 * rate on levels is the level it implies (layouts/chart-target.c) */
static gboolean
bind_target(TjBind *c, const TjSpecBlock *b, TjBarBlock *bar)
{
    const TjNode *v = tj__bind_get(b->options, "target");
    const char *text = tj__bind_text(c, b->options, "target");
    if (!text)
        return TRUE;
    TjChartTarget tg;
    GError *err = NULL;
    char *said = tj__bind_said(c, "target", v);
    gboolean ok = tj_chart_data_target(bar->data, text, bar->data->n_cat, said, NULL, &tg, &err);
    g_free(said);
    if (!ok) {
        tj__bind_error(c, v, b, "%s", err->message);
        g_error_free(err);
        return FALSE;
    }
    bar->spec.target = tg.value;
    bar->spec.target_text = tj__bind_str(c, tg.label);
    tj_chart_target_clear(&tg);
    return TRUE;
}

/* More bars than this cannot be told apart on any chart size tujie draws. */
#define BAR_MAX_CATEGORIES 1000

static gboolean
fits(TjBind *c, const TjSpecBlock *b, const TjTable *t, guint64 n)
{
    if (n <= BAR_MAX_CATEGORIES)
        return TRUE;
    char *count = g_strdup_printf("%" G_GUINT64_FORMAT, n);
    tj__bind_error(c, NULL, b, _("bar: %s: %s categories cannot be drawn as bars (at most %d); "
                   "pick rows with a where filter (--where COL=VALUE), or draw a long series "
                   "as a line (tujie trend)"), tj_table_name(t), count, BAR_MAX_CATEGORIES);
    g_free(count);
    return FALSE;
}

/* panels: unit — the picked rows grouped by unit, one chart data each
 * (settled alone: its own magnitude), at most TJ_BAR_MAX_PANELS; one group
 * is a plain chart. FALSE (recorded) on an error. */
static gboolean
bind_panels(TjBind *c, const TjSpecBlock *b, const TjTable *t, const char *x, char **ys,
            const GArray *where, double top, TjBarBlock *bar)
{
    GError *err = NULL;
    const TjSrcLoc *loc = b->loc.file ? &b->loc : NULL;
    TjChartData *all = tj_chart_data_from_table(t, x, (const char *const *)ys, g_strv_length(ys),
                                                (const TjWhere *)where->data, where->len, loc,
                                                &err);
    if (!all) {
        tj__bind_take(c, b, err);
        return FALSE;
    }
    GPtrArray *units = g_ptr_array_new_with_free_func(g_free);
    GPtrArray *groups = tj_chart_data_rows_by_unit(t, all, units);
    tj_chart_data_free(all);
    gboolean ok = TRUE;
    if (groups->len > TJ_BAR_MAX_PANELS) {
        const TjNode *v = tj__bind_get(b->options, "panels");
        char *said = tj__bind_said(c, "panels", v);
        g_ptr_array_add(units, NULL);
        char *list = g_strjoinv("、", (char **)units->pdata);
        tj__bind_error(c, v, b, _("%s: the rows have %u units (%s), more than %d panels; pick "
                                  "rows with where:"), said, groups->len, list, TJ_BAR_MAX_PANELS);
        g_free(list);
        g_free(said);
        ok = FALSE;
    }
    const TjChartData **parts = tj__bind_new0(c, sizeof *parts * MAX(1, groups->len));
    guint flags = tj__bind_bool(c, b->options, "raw", FALSE) ? TJ_CHART_DATA_RAW : 0;
    for (guint g = 0; ok && g < groups->len; g++) {
        GArray *rows = groups->pdata[g];
        TjChartData *d = tj_chart_data_from_rows(t, x, (const char *const *)ys,
                                                 g_strv_length(ys), (const guint *)rows->data,
                                                 rows->len, loc, &err);
        if (d && !tj_chart_data_settle(t, d, flags, &err))
            g_clear_pointer(&d, tj_chart_data_free);
        if (!d) {
            tj__bind_take(c, b, err);
            ok = FALSE;
            break;
        }
        if (top >= 1)
            tj_chart_data_top(d, (guint)top, NULL);
        parts[g] = tj__bind_keep(c, d, (GDestroyNotify)tj_chart_data_free);
    }
    ok = ok && groups->len > 0;   /* no rows: from_table said so */
    if (ok) {
        bar->data = parts[0];
        bar->panels = parts;
        bar->n_panels = groups->len;
    }
    g_ptr_array_unref(groups);
    g_ptr_array_unref(units);
    return ok;
}

static gconstpointer
read_bar(TjBind *c, const TjSpecBlock *b)
{
    const TjNode *m = b->options;
    TjBarBlock *bar = tj__bind_new0(c, sizeof *bar);
    TjBarSpec *s = &bar->spec;
    tj_bar_spec_init(s);
    s->title = tj__bind_str(c, tj__bind_text(c, m, "title"));
    s->subtitle = tj__bind_str(c, tj__bind_text(c, m, "subtitle"));
    s->source = tj__bind_str(c, tj__bind_text(c, m, "source"));
    s->unit = tj__bind_str(c, tj__bind_text(c, m, "unit"));
    s->highlight = tj__bind_str(c, tj__bind_text(c, m, "highlight"));
    s->target_label = tj__bind_str(c, tj__bind_text(c, m, "target_label"));
    s->horizontal = tj__bind_bool(c, m, "horizontal", FALSE);
    s->stacked = tj__bind_bool(c, m, "stacked", FALSE);
    s->loc = b->loc;
    const char *x;
    char **ys;
    GArray *where = tj__bind_where(c, m);
    tj__bind_keep(c, where, (GDestroyNotify)g_array_unref);
    gboolean ok = tj__bind_xy(c, b, &x, &ys) && where;
    const TjTable *t = tj__bind_table_header(c, b, TRUE);
    static const char *const cols[] = { "x", "y", NULL };
    if (!ok || !t || !tj__bind_columns_exist(c, b, t, cols))
        return NULL;
    double top = tj__bind_number(c, m, "top", NAN);   /* NAN: not given, or not a number */
    if (tj__bind_get(m, "top") && !isnan(top) && (top < 1 || top != floor(top) || top > 10000)) {
        const TjNode *v = tj__bind_get(m, "top");
        char *said = tj__bind_said(c, "top", v);
        tj__bind_error(c, v, b, _("%s: expected a whole number of bars, 1 or more"), said);
        g_free(said);
        return NULL;
    }
    guint64 rows = 0;   /* top: N reads a long table to keep its largest */
    if (where->len == 0 && isnan(top) && tj_table_count_rows(t, &rows) && !fits(c, b, t, rows))
        return NULL;   /* refused before the rows are read */
    GError *err = NULL;
    if (!tj_table_read_rows(t, &err)) {
        tj__bind_take(c, b, err);
        return NULL;
    }
    int panels = tj__bind_choice(c, m, "panels", panel_choices, 0);
    if (panels < 0)
        return NULL;
    if (panels == 1) {
        if (!bind_panels(c, b, t, x, ys, where, top, bar))
            return NULL;
        for (guint g = 0; g < bar->n_panels; g++)
            if (!fits(c, b, t, bar->panels[g]->n_cat))
                return NULL;
        if (bar->n_panels > 1 && tj__bind_get(m, "target")) {
            const TjNode *v = tj__bind_get(m, "target");
            char *said = tj__bind_said(c, "target", v);
            tj__bind_error(c, v, b, _("%s: a target line is on one axis, and panels have one "
                                      "axis per unit; draw the target's unit as a chart of its "
                                      "own"), said);
            g_free(said);
            return NULL;
        }
        return bind_target(c, b, bar) ? bar : NULL;
    }
    TjChartData *d = tj__bind_chart_data(c, b, t, x, ys, where);   /* kept by @c */
    if (d && top >= 1)
        tj_chart_data_top(d, (guint)top, NULL);
    bar->data = d;
    return bar->data && fits(c, b, t, bar->data->n_cat) && bind_target(c, b, bar) ? bar : NULL;
}

const TjKind tj_bind_kind_bar = {
    .name = "bar",
    .summary = N_("bars: vertical or horizontal, grouped or stacked"),
    .keys = keys,
    .read = read_bar,
    .ops = &tj_bar_block_ops,
    .examples = "tujie bar examples/dongcheng-2021/economy-2020.csv --x 指标 --y 数值 \\\n"
                "    --title 2020年东城区主要经济指标 -o economy.png --scale 2",
};
