/* layouts/alt.c — alt text of tiles and gauges, of page blocks and of the
 * page, and putting descriptions on a laid-out scene (bar and trend charts
 * are in alt-chart.c). Values are written as the tile or gauge draws them
 * (tj_kpi_number_split), changes in words, polarity as "（越低越好）". */
#include "layouts/alt.h"

#include <math.h>
#include <string.h>

#include "core/format.h"
#include "layouts/alt-private.h"
#include "layouts/polarity.h"

/* "label" + "value": joined directly as Chinese writes it ("地区生产总值
 * 2954.7亿元"), with "为" after a label ending in a Latin letter or digit
 * ("PM2.5为40"). */
static void
label_value(GString *out, const char *label, const char *value)
{
    if (label && *label) {
        char last = label[strlen(label) - 1];
        g_string_append(out, label);
        if (g_ascii_isalnum(last) || last == '%')
            g_string_append(out, "为");
    }
    g_string_append(out, value);
}

static char *
number_text(const TjNumber *n, TjMagnitude mag, const char *unit)
{
    TjKpiNumber num;
    tj_kpi_number_split(&num, n, mag, unit);
    char *s = g_strconcat(num.before, num.big, num.after, NULL);
    tj_kpi_number_clear(&num);
    return s;
}

static void
polarity(GString *out, TjBetter better)
{
    if (better == TJ_BETTER_LOWER)
        g_string_append(out, "（越低越好）");
    else if (better == TJ_BETTER_HIGHER)
        g_string_append(out, "（越高越好）");
}

char *
tj_alt_kpi(const TjKpiSpec *spec)
{
    g_return_val_if_fail(spec != NULL, NULL);
    GString *out = g_string_new("指标卡：");
    char *value = number_text(&spec->value, spec->magnitude, spec->unit);
    label_value(out, spec->label, value);
    g_free(value);
    if (isfinite(spec->change)) {
        char *change = tj_format_change(spec->change, spec->change_decimals,
                                        spec->change_points, TJ_CHANGE_WORDS);
        g_string_append_printf(out, "，%s%s", spec->change_label ? spec->change_label : "",
                               change);
        g_free(change);
        polarity(out, tj_better_or_infer(spec->better, spec->label));
    }
    if (spec->compare && *spec->compare)
        g_string_append_printf(out, "；%s", spec->compare);
    tj__alt_end(out);
    return g_string_free(out, FALSE);
}

/* ---- gauges ------------------------------------------------------------- */

static const char *
gauge_kind(TjGaugeStyle style)
{
    switch (style) {
    case TJ_GAUGE_SEMICIRCLE: return "仪表盘图";
    case TJ_GAUGE_BAR: return "进度条";
    case TJ_GAUGE_RING: default: return "环形进度图";
    }
}

static const char *
gauge_unit(const TjGaugeSpec *spec)
{
    if (spec->unit)
        return spec->unit;
    if (spec->value.percent)
        return "%";
    return spec->value.unit ? spec->value.unit : "";
}

static void
append_number(GString *out, double v, TjMagnitude mag, const char *unit)
{
    TjNumFormat f;
    tj_num_format_init(&f);
    f.magnitude = v == 0 ? TJ_MAG_NONE : mag;
    if (f.magnitude != TJ_MAG_NONE)   /* by the tile rule: 2.42万, not 2.4238万 */
        f.decimals = tj_format_tile_decimals(v / pow(10, (int)mag),
                                             tj_format_infer_decimals(&v, 1, mag, 6));
    char *t = tj_format_number(v, &f);
    g_string_append_printf(out, "%s%s", t, unit);
    g_free(t);
}

static void
gauge_scale(GString *out, const TjGaugeSpec *spec, const char *unit)
{
    TjMagnitude mag = tj_gauge_magnitude(spec);   /* as the picture shows them */
    double v = spec->value.value;
    gboolean percent_scale = strcmp(unit, "%") == 0 && spec->min == 0 && spec->max == 100;
    if (!percent_scale) {
        g_string_append(out, "，刻度");
        append_number(out, spec->min, mag, unit);
        g_string_append(out, "至");
        append_number(out, spec->max, mag, unit);
    }
    if (v > spec->max)
        g_string_append(out, "，超出刻度上限");
    else if (v < spec->min)
        g_string_append(out, "，低于刻度下限");
    if (isfinite(spec->target)) {
        g_string_append(out, "；目标");
        append_number(out, spec->target, mag, unit);
        if (v >= spec->target) {
            g_string_append(out, "，已达到");
        } else {
            g_string_append(out, "，还差");
            double gap = round((spec->target - v) * 1e6) / 1e6;
            append_number(out, gap, mag, strcmp(unit, "%") == 0 ? "个百分点" : unit);
        }
    }
    if (spec->style == TJ_GAUGE_SEMICIRCLE && spec->n_bands > 0) {
        g_string_append(out, "；分区界线为");
        for (guint i = 0; i < spec->n_bands; i++) {
            g_string_append(out, i ? "、" : "");
            append_number(out, spec->bands[i], mag, unit);
        }
    }
}

char *
tj_alt_gauge(const TjGaugeSpec *spec)
{
    g_return_val_if_fail(spec != NULL, NULL);
    GString *out = g_string_new(gauge_kind(spec->style));
    g_string_append(out, "：");
    gboolean has_label = spec->label && *spec->label;
    if (spec->title && *spec->title)
        g_string_append_printf(out, "%s%s", spec->title, has_label ? "，" : "");
    char *value = number_text(&spec->value, tj_gauge_magnitude(spec), spec->unit);
    label_value(out, has_label ? spec->label : NULL, value);
    g_free(value);
    gauge_scale(out, spec, gauge_unit(spec));
    tj__alt_end(out);
    return g_string_free(out, FALSE);
}

/* ---- blocks and pages ---------------------------------------------------- */

char *
tj_alt_block(const TjPageBlock *b)
{
    g_return_val_if_fail(b != NULL, NULL);
    if (!b->ops || b->ops->is_text)
        return NULL;
    if (b->alt && *b->alt)  /* one line: the --alt file has one per figure */
        return g_strstrip(g_strdelimit(g_strdup(b->alt), "\r\n", ' '));
    return b->ops->alt ? b->ops->alt(b->spec) : NULL;
}

/* How many blocks of each counted kind @p has, in order of first
 * appearance: kinds[i] with count[i]; returns how many kinds. */
static guint
count_kinds(const TjPageSpec *p, const TjBlockOps **kinds, guint *count, guint max)
{
    guint n = 0;
    for (guint k = 0; k < p->n_sections; k++)
        for (guint r = 0; r < p->sections[k].n_rows; r++)
            for (guint i = 0; i < p->sections[k].rows[r].n_blocks; i++) {
                const TjBlockOps *ops = p->sections[k].rows[r].blocks[i].ops;
                if (!ops || !ops->alt_noun)
                    continue;
                guint j = 0;
                while (j < n && kinds[j] != ops)
                    j++;
                if (j == n && n < max) {
                    kinds[n] = ops;
                    count[n++] = 0;
                }
                if (j < n)
                    count[j]++;
            }
    return n;
}

char *
tj_alt_page(const TjPageSpec *p)
{
    g_return_val_if_fail(p != NULL, NULL);
    GString *out = g_string_new("长图");
    if (p->title && *p->title)
        g_string_append_printf(out, "《%s》", p->title);
    if (p->subtitle && *p->subtitle)
        g_string_append_printf(out, "，%s", p->subtitle);
    g_string_append(out, "。");
    guint named = 0;
    for (guint k = 0; k < p->n_sections; k++) {
        const TjPageSection *sec = &p->sections[k];
        if (sec->heading && *sec->heading)
            g_string_append_printf(out, "%s%s", named++ ? "、" : "分为", sec->heading);
    }
    if (named)
        g_string_append_printf(out, "%u个部分。", named);
    const TjBlockOps *kinds[32];
    guint count[32];
    guint n = count_kinds(p, kinds, count, G_N_ELEMENTS(kinds));
    /* the kinds in the order the page first shows them */
    for (guint i = 0; i < n; i++)
        g_string_append_printf(out, "%s%u%s", i ? "、" : "含", count[i], kinds[i]->alt_noun);
    if (n)
        g_string_append(out, "。");
    if (p->source && *p->source)
        g_string_append_printf(out, "数据来源：%s。", p->source);
    return g_string_free(out, FALSE);
}

/* The next top-level "chart.*" group at or after @i, or -1. */
static int
next_chart_group(const TjScene *s, guint *i)
{
    for (; *i < tj_scene_n_items(s); (*i)++) {
        const TjItem *it = tj_scene_item(s, *i);
        if (it->kind == TJ_ITEM_GROUP && it->role && g_str_has_prefix(it->role, "chart.")) {
            int found = (int)*i;
            /* skip to the group's end: nested groups belong to it */
            for (int depth = 0; *i < tj_scene_n_items(s); (*i)++) {
                TjItemKind k = tj_scene_item(s, *i)->kind;
                depth += k == TJ_ITEM_GROUP ? 1 : k == TJ_ITEM_GROUP_END ? -1 : 0;
                if (depth == 0)
                    break;
            }
            return found;
        }
    }
    return -1;
}

void
tj_alt_describe(TjScene *s, guint from, const char *alt)
{
    g_return_if_fail(s != NULL);
    int g = next_chart_group(s, &from);
    if (g < 0) {  /* any group will do */
        for (guint i = from; i < tj_scene_n_items(s) && g < 0; i++)
            if (tj_scene_item(s, i)->kind == TJ_ITEM_GROUP)
                g = (int)i;
    }
    if (g >= 0)
        tj_scene_group_set_desc(s, (guint)g, alt);
    if (alt)
        tj_scene_set_desc(s, alt);
}

guint
tj_alt_describe_page(TjScene *s, guint from, const TjPageSpec *p, const char *summary)
{
    g_return_val_if_fail(s && p, 0);
    char *own = summary ? NULL : tj_alt_page(p);
    GString *all = g_string_new(summary ? summary : own);
    guint at = from, n = 0;
    for (guint k = 0; k < p->n_sections; k++)
        for (guint r = 0; r < p->sections[k].n_rows; r++)
            for (guint b = 0; b < p->sections[k].rows[r].n_blocks; b++) {
                char *alt = tj_alt_block(&p->sections[k].rows[r].blocks[b]);
                if (!alt)
                    continue;
                int g = next_chart_group(s, &at);
                if (g >= 0) {
                    tj_scene_group_set_desc(s, (guint)g, alt);
                    g_string_append_printf(all, "\n%s", alt);
                    n++;
                }
                g_free(alt);
            }
    tj_scene_set_desc(s, all->str);
    g_string_free(all, TRUE);
    g_free(own);
    return n;
}
