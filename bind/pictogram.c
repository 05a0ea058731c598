/* bind/pictogram.c — the pictogram kind: a value (typed, or one cell of a
 * table) as an icon array, with a built-in icon by name or Chinese keyword.
 * A percentage fills @count icons (10); with `per`, a count is one icon
 * per `per` units. The value is checked by the layout's check (an error at
 * the cell or the block). */
#include "bind/pick.h"

#include <math.h>

#include "core/i18n.h"
#include "layouts/pictogram.h"

static const TjKey keys[] = {
    { "value", TJ_KEY_VALUE, NULL, N_("the value (63.89%, 3200人) or, with data, its column") },
    { "icon", TJ_KEY_TEXT, NULL, N_("a built-in icon: its name (person) or a keyword (人口); "
                                    "default person") },
    { "label", TJ_KEY_TEXT, NULL, N_("the indicator's name") },
    { "per", TJ_KEY_NUMBER, NULL, N_("units one icon stands for (1000); without it the value "
                                     "is a share of 100%") },
    { "count", TJ_KEY_NUMBER, NULL, N_("icons of a share (default 10)") },
    { NULL, 0, NULL, NULL }
};

static gboolean
read_numbers(TjBind *c, const TjSpecBlock *b, TjPictogramSpec *p)
{
    const TjNode *m = b->options;
    p->per = tj__bind_number(c, m, "per", NAN);
    double count = tj__bind_number(c, m, "count", 10);
    if (tj__bind_get(m, "count") && !(count >= 1 && count <= TJ_PICTOGRAM_MAX_ICONS &&
                                      count == floor(count))) {
        const TjNode *at = tj__bind_get(m, "count");
        char *said = tj__bind_said(c, "count", at);
        tj__bind_error(c, at, b, _("%s: expected a whole number of icons from 1 to %d"), said,
                       TJ_PICTOGRAM_MAX_ICONS);
        g_free(said);
        return FALSE;
    }
    p->count = (guint)(isfinite(count) ? count : 10);
    return TRUE;
}

static gconstpointer
read_pictogram(TjBind *c, const TjSpecBlock *b)
{
    const TjNode *m = b->options;
    TjPictogramSpec *p = tj__bind_new0(c, sizeof *p);
    tj_pictogram_spec_init(p);
    const char *value = tj__bind_text(c, m, "value");
    GArray *where = tj__bind_where(c, m);
    tj__bind_keep(c, where, (GDestroyNotify)g_array_unref);
    gboolean ok = read_numbers(c, b, p) && where;
    const TjNode *icon = tj__bind_get(m, "icon");
    TjNode person = { 0 };
    person.text = "person";
    if (icon && !tj__bind_text(c, m, "icon"))
        ok = FALSE;  /* not text: recorded */
    else
        ok = (p->icon = tj__bind_icon(c, "icon", icon ? icon : &person)) && ok;
    p->label = tj__bind_str(c, tj__bind_text(c, m, "label"));
    p->unit = tj__bind_str(c, tj__bind_text(c, m, "unit"));
    p->title = tj__bind_str(c, tj__bind_text(c, m, "title"));
    p->subtitle = tj__bind_str(c, tj__bind_text(c, m, "subtitle"));
    p->source = tj__bind_str(c, tj__bind_text(c, m, "source"));
    if (!value) {
        char *said = tj__bind_said(c, "value", NULL);
        tj__bind_error(c, NULL, b, _("pictogram: %s is required"), said);
        g_free(said);
        return NULL;
    }
    gboolean have = TRUE;
    const TjTable *t = tj__bind_value_table(c, b, "value", value, &have);
    static const char *const cols[] = { "value", NULL };
    if (!ok || !have || (t && !tj__bind_columns_exist(c, b, t, cols)))
        return NULL;
    TjPick pick;
    if (!tj__bind_pick(c, b, &pick, t, "value", value, where))
        return NULL;
    p->value = pick.num;
    p->loc = pick.loc;  /* a typed value has no place: the check's message gets the block's */
    if (!p->label)
        p->label = pick.row_name ? pick.row_name : pick.column;
    GError *err = NULL;
    gboolean checked = tj_pictogram_check(p, NULL, NULL, &err);
    gboolean at_cell = p->loc.file != NULL;
    if (!at_cell)
        p->loc = b->loc;
    if (!checked && at_cell)
        tj_spec_errors_take(c->errs, err);  /* its place is the cell's */
    else if (!checked)
        tj__bind_take(c, b, err);
    if (!checked)
        return NULL;
    return p;
}

const TjKind tj_bind_kind_pictogram = {
    .name = "pictogram",
    .summary = N_("an icon array: 3 of 10 people filled for 30%, or one icon per 1000"),
    .keys = keys,
    .read = read_pictogram,
    .ops = &tj_pictogram_block_ops,
    .examples = "tujie pictogram --value 54.5% --icon 商业 --label 第三产业增加值比重 -o p.png\n"
                "tujie pictogram --value 3980人次 --per 1000 --icon 人员 --label 累计抽调充实社区防控力量 "
                "-o p.svg",
};
