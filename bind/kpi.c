/* bind/kpi.c — the big-number tile kind: a value and a change (typed, or
 * cells of one table row). A change is percent ("0.2", "-9.1%") or points
 * ("0.3个百分点"); a missing change cell means no change line, a missing
 * value is an error. Without `better`, a table's "方向" column
 * ("lower"/"越低越好", "higher"/"越高越好") gives the polarity. */
#include "bind/pick.h"

#include <math.h>
#include <string.h>

#include "layouts/kpi.h"
#include "core/i18n.h"

static const char *const change_styles[] = { "sign", "arrow", "words", NULL };
static const char *const betters[] = { "higher", "lower", "none", NULL };
static const TjBetter better_of[] = { TJ_BETTER_HIGHER, TJ_BETTER_LOWER, TJ_BETTER_NEUTRAL };
static const char *const magnitudes[] = { "auto", "none", "万", "亿", "万亿", NULL };

static const TjKey keys[] = {
    { "value", TJ_KEY_VALUE, NULL, N_("the value (2954.7亿元) or, with data, its column") },
    { "change", TJ_KEY_VALUE, NULL, N_("the change in percent (0.2, -9.1%) or points "
                                       "(0.3个百分点), or its column") },
    { "label", TJ_KEY_TEXT, NULL, N_("the indicator's name") },
    { "change_label", TJ_KEY_TEXT, NULL, N_("the words before the change (default 同比)") },
    { "change_style", TJ_KEY_CHOICE, change_styles, N_("arrow (↑0.2%), sign (+0.2%) or "
                                                       "words (增长0.2%)") },
    { "better", TJ_KEY_CHOICE, betters, N_("which way is good news: higher or lower") },
    { "magnitude", TJ_KEY_CHOICE, magnitudes, N_("auto, none, 万, 亿 or 万亿") },
    { "compare", TJ_KEY_TEXT, NULL, N_("a comparison line (2021年目标：增长6%左右)") },
    { "icon", TJ_KEY_FILE, NULL, N_("a built-in icon (学校, school) or a PNG or SVG shown "
                                    "before the label") },
    { "icon_tint", TJ_KEY_BOOL, NULL, N_("draw the icon in the theme's colour (a built-in "
                                         "one: always)") },
    { NULL, 0, NULL, NULL }
};

/* The polarity a table row states in its "方向" column, if any. */
static TjBetter
row_polarity(const TjTable *t, const TjPick *p)
{
    const char *d = tj__bind_row_cell(t, p, "方向");
    if (!d)
        return TJ_BETTER_NONE;
    if (strcmp(d, "lower") == 0 || strcmp(d, "越低越好") == 0)
        return TJ_BETTER_LOWER;
    if (strcmp(d, "higher") == 0 || strcmp(d, "越高越好") == 0)
        return TJ_BETTER_HIGHER;
    return TJ_BETTER_NONE;
}

static gboolean
is_points(const char *unit)
{
    return unit && (strcmp(unit, "个百分点") == 0 || strcmp(unit, "百分点") == 0);
}

static gboolean
apply_change(TjBind *c, const TjSpecBlock *b, TjKpiSpec *k, const TjPick *p)
{
    const TjNumber *n = &p->num;
    if (isnan(n->value))
        return TRUE;  /* no change reported: no change line */
    if (n->unit && !is_points(n->unit)) {
        if (p->loc.file) {
            tj_spec_errors_add(c->errs, &p->loc, _("change “%s”: expected percent (0.2, "
                                                   "-9.1%%) or points (0.3个百分点)"), p->text);
        } else {
            const TjNode *v = tj__bind_get(b->options, "change");
            char *said = tj__bind_said(c, "change", v);
            tj__bind_error(c, v, b, _("%s: expected percent (0.2, -9.1%%) or points "
                                      "(0.3个百分点)"), said);
            g_free(said);
        }
        return FALSE;
    }
    k->change = n->value;
    k->change_decimals = n->decimals;
    k->change_points = is_points(n->unit);
    return TRUE;
}

static gboolean
read_enums(TjBind *c, const TjNode *m, TjKpiSpec *k)
{
    static const TjChangeStyle style_of[] = { TJ_CHANGE_SIGN, TJ_CHANGE_ARROW,
                                              TJ_CHANGE_WORDS };
    static const TjMagnitude mag_of[] = { TJ_MAG_AUTO, TJ_MAG_NONE, TJ_MAG_WAN, TJ_MAG_YI,
                                          TJ_MAG_WANYI };
    int s = tj__bind_choice(c, m, "change_style", change_styles, 1);
    int b = tj__bind_choice(c, m, "better", betters, 2);
    int g = tj__bind_choice(c, m, "magnitude", magnitudes, 0);
    if (s < 0 || b < 0 || g < 0)
        return FALSE;
    k->change_style = style_of[s];
    k->better = tj__bind_get(m, "better") ? better_of[b] : TJ_BETTER_NONE;
    k->magnitude = mag_of[g];
    return TRUE;
}

static gboolean
read_icon(TjBind *c, const TjNode *m, TjKpiSpec *k)
{
    const TjNode *icon = tj__bind_get(m, "icon");
    gboolean builtin = icon && tj__bind_is_icon_name(icon->text);
    if (builtin)
        k->icon = tj__bind_icon_image(c, "icon", icon);
    else if (icon)
        k->icon = tj__bind_image(c, c->spec ? _("kpi icon") : "--icon", icon);
    k->icon_tint = tj__bind_bool(c, m, "icon_tint", FALSE) || builtin;
    return !icon || k->icon;
}

static gboolean
read_change(TjBind *c, const TjSpecBlock *b, const TjTable *t, TjKpiSpec *k,
            const GArray *where, const char *change)
{
    gboolean have = TRUE;
    const TjTable *ct = t ? (tj__bind_is_column(c, b, t, "change", change) ? t : NULL)
                          : tj__bind_value_table(c, b, "change", change, &have);
    if (!have)
        return FALSE;
    TjPick p;
    if (!tj__bind_pick(c, b, &p, ct, "change", change, where))
        return FALSE;
    if (ct && !tj__bind_text(c, b->options, "change_label"))
        k->change_label = p.column;
    return apply_change(c, b, k, &p);
}

static gconstpointer
read_kpi(TjBind *c, const TjSpecBlock *b)
{
    const TjNode *m = b->options;
    TjKpiSpec *k = tj__bind_new0(c, sizeof *k);
    tj_kpi_spec_init(k);
    const char *value = tj__bind_text(c, m, "value");
    const char *change = tj__bind_text(c, m, "change");
    GArray *where = tj__bind_where(c, m);
    tj__bind_keep(c, where, (GDestroyNotify)g_array_unref);
    gboolean ok = read_enums(c, m, k) && where;
    ok = read_icon(c, m, k) && ok;
    const char *label = tj__bind_text(c, m, "label");
    k->unit = tj__bind_str(c, tj__bind_text(c, m, "unit"));
    k->compare = tj__bind_str(c, tj__bind_text(c, m, "compare"));
    const char *change_label = tj__bind_text(c, m, "change_label");
    k->change_label = change_label ? tj__bind_str(c, change_label) : "同比";
    if (!value) {
        char *said = tj__bind_said(c, "value", NULL);
        tj__bind_error(c, NULL, b, _("kpi: %s is required"), said);
        g_free(said);
        return NULL;
    }
    gboolean have = TRUE;
    const TjTable *t = tj__bind_value_table(c, b, "value", value, &have);
    static const char *const cols[] = { "value", NULL };
    if (!ok || !have || (t && !tj__bind_columns_exist(c, b, t, cols)))
        return NULL;
    TjPick v;
    if (!tj__bind_pick(c, b, &v, t, "value", value, where))
        return NULL;
    k->value = v.num;
    k->loc = v.loc;  /* a typed value has no place: the check's message gets the block's */
    k->label = label ? tj__bind_str(c, label) : v.row_name ? v.row_name : v.column;
    if (!tj__bind_get(m, "better"))
        k->better = row_polarity(t, &v);
    if (!k->label) {
        char *said = tj__bind_said(c, "label", NULL);
        tj__bind_error(c, NULL, b, _("kpi: %s is required (the indicator's name)"), said);
        g_free(said);
        return NULL;
    }
    if (!isfinite(k->value.value)) {  /* the layout's message, at the cell */
        GError *err = NULL;
        gboolean checked = tj_kpi_check(k, &err);
        if (!k->loc.file)
            k->loc = b->loc;
        if (!checked) {
            tj__bind_take(c, b, err);
            return NULL;
        }
        return k;
    }
    if (!k->loc.file)
        k->loc = b->loc;
    if (change && !read_change(c, b, t, k, where, change))
        return NULL;
    if (isfinite(k->change))   /* its colour says good or bad news */
        tj__bind_note_better(c, b, k->better, k->label, NULL);
    return k;
}

const TjKind tj_bind_kind_kpi = {
    .name = "kpi",
    .summary = N_("a big-number tile: the value, its unit, the change"),
    .keys = keys,
    .read = read_kpi,
    .ops = &tj_kpi_block_ops,
    .examples = "tujie kpi --value 2954.7亿元 --label 地区生产总值 --change 0.2 \\\n"
                "    --compare 2021年目标：增长6%左右 -o gdp.png --scale 2\n"
                "tujie kpi --value 40 --unit 微克/立方米 --label 细颗粒物年均浓度 --change -9.1 --better lower -o pm25.png\n"
                "tujie kpi economy-2020.csv --where 指标=地区生产总值 --value 数值 --change 同比 -o gdp.svg",
};
