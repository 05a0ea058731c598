/* bind/timeline.c — the timeline kind: a date column and a text column of
 * a table (rows picked by where), each date read as Chinese reports write
 * it (data/date.h); a cell that is not a date is an error at its
 * file:line:col. Events are sorted by date, rows of one date keeping the
 * table's order. */
#include "bind/bind-private.h"

#include <stdlib.h>

#include "core/i18n.h"
#include "data/date.h"
#include "layouts/timeline.h"

static const char *const directions[] = { "auto", "horizontal", "vertical", NULL };

static const TjKey keys[] = {
    { "date", TJ_KEY_COLUMN, NULL, N_("the column of dates (2021年1月10日, 2021-01-10, 2021.1)") },
    { "text", TJ_KEY_COLUMN, NULL, N_("the column of events") },
    { "direction", TJ_KEY_CHOICE, directions, N_("horizontal, vertical or auto (across up to "
                                                 "6 events)") },
    { NULL, 0, NULL, NULL }
};

static int
by_date(const void *a, const void *b)
{
    const TjTimelineEvent *x = a, *y = b;
    int c = tj_date_compare(&x->date, &y->date);
    /* ties keep the table's order: the events' addresses are in it */
    return c ? c : (x < y ? -1 : x > y);
}

/* The events of rows @rows; FALSE (recorded at the cell) on a bad date. */
static gboolean
read_events(TjBind *c, const TjTable *t, const TjChartData *d, const char *date_col,
            const char *text_col, TjTimelineEvent *ev)
{
    guint dc = (guint)tj_table_column_by_name(t, date_col);
    guint tc = (guint)tj_table_column_by_name(t, text_col);
    gboolean ok = TRUE;
    for (guint i = 0; i < d->n_cat; i++) {
        guint row = d->rows[i];
        const char *when = tj_table_cell_text(t, row, dc);
        TjSrcLoc loc = tj_table_cell_loc(t, row, dc);
        if (!tj_date_parse(when, &ev[i].date)) {
            tj_spec_errors_add(c->errs, &loc, _("column “%s”: expected a date (2021年1月10日, "
                                                "2021-01-10, 2021.1), got “%s”"),
                               tj_table_column_label(t, dc), when);
            ok = FALSE;
            continue;
        }
        char *shown = tj_date_format(&ev[i].date);
        ev[i].when = tj__bind_str(c, shown);
        g_free(shown);
        ev[i].text = tj__bind_str(c, tj_table_cell_text(t, row, tc));
        if (!*ev[i].text) {
            TjSrcLoc tl = tj_table_cell_loc(t, row, tc);
            tj_spec_errors_add(c->errs, &tl, _("column “%s”: the event of %s is empty"),
                               tj_table_column_label(t, tc), ev[i].when);
            ok = FALSE;
        }
    }
    return ok;
}

static gboolean
required(TjBind *c, const TjSpecBlock *b, const char *key, const char *value)
{
    if (value)
        return TRUE;
    char *said = tj__bind_said(c, key, NULL);
    tj__bind_error(c, NULL, b, _("timeline: %s is required"), said);
    g_free(said);
    return FALSE;
}

static gconstpointer
read_timeline(TjBind *c, const TjSpecBlock *b)
{
    const TjNode *m = b->options;
    TjTimelineSpec *s = tj__bind_new0(c, sizeof *s);
    tj_timeline_spec_init(s);
    s->title = tj__bind_str(c, tj__bind_text(c, m, "title"));
    s->subtitle = tj__bind_str(c, tj__bind_text(c, m, "subtitle"));
    s->source = tj__bind_str(c, tj__bind_text(c, m, "source"));
    s->loc = b->loc;
    int dir = tj__bind_choice(c, m, "direction", directions, 0);
    s->direction = (TjTimelineDir)MAX(dir, 0);
    const char *date = tj__bind_text(c, m, "date"), *text = tj__bind_text(c, m, "text");
    GArray *where = tj__bind_where(c, m);
    tj__bind_keep(c, where, (GDestroyNotify)g_array_unref);
    gboolean ok = required(c, b, "date", date);
    ok = required(c, b, "text", text) && ok && where && dir >= 0;
    const TjTable *t = tj__bind_table(c, b, TRUE);
    static const char *const cols[] = { "date", "text", NULL };
    if (!ok || !t || !tj__bind_columns_exist(c, b, t, cols))
        return NULL;
    char **none = g_new0(char *, 1);
    TjChartData *d = tj__bind_chart_data(c, b, t, date, none, where);
    g_strfreev(none);
    if (!d)
        return NULL;
    TjTimelineEvent *ev = tj__bind_new0(c, MAX(d->n_cat, 1) * sizeof *ev);
    if (!read_events(c, t, d, date, text, ev))
        return NULL;
    qsort(ev, d->n_cat, sizeof *ev, by_date);
    s->events = ev;
    s->n_events = d->n_cat;
    GError *err = NULL;
    if (!tj_timeline_check(s, &err)) {
        tj__bind_take(c, b, err);
        return NULL;
    }
    return s;
}

const TjKind tj_bind_kind_timeline = {
    .name = "timeline",
    .summary = N_("dated milestones (大事记) along a line"),
    .keys = keys,
    .read = read_timeline,
    .ops = &tj_timeline_block_ops,
    .examples = "tujie timeline plan.csv --date 日期 --text 事件 -o timeline.png\n"
                "tujie timeline plan.csv --date 日期 --text 事件 --direction vertical -o timeline.pdf",
};
