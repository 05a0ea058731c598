/* bind/gauge.c — the gauge kind: a value (typed, or one cell of a table)
 * on a scale, with an optional target marker and bands. Options are checked
 * here; the value against the scale by the layout's check (below the
 * scale an error, or a warning when clamping was asked for; above it drawn
 * with its overflow, a warning when that is shortened). */
#include "bind/pick.h"

#include <math.h>
#include <string.h>

#include "core/format.h"
#include "layouts/gauge.h"
#include "core/i18n.h"

static const char *const styles[] = { "ring", "semicircle", "bar", NULL };

static const TjKey keys[] = {
    { "value", TJ_KEY_VALUE, NULL, N_("the value (21.8%) or, with data, its column") },
    { "min", TJ_KEY_NUMBER, NULL, N_("the scale's start (default 0)") },
    { "max", TJ_KEY_NUMBER, NULL, N_("the scale's end (default 100)") },
    { "target", TJ_KEY_NUMBER, NULL, N_("a target marker (95%)") },
    { "bands", TJ_KEY_NUMBERS, NULL, N_("semicircle: band edges (60,90)") },
    { "style", TJ_KEY_CHOICE, styles, N_("ring, semicircle or bar") },
    { "label", TJ_KEY_TEXT, NULL, N_("the indicator's name") },
    { "clamp", TJ_KEY_BOOL, NULL, N_("draw a value below the scale at its start, with a warning (one above is drawn with its overflow)") },
    { NULL, 0, NULL, NULL }
};

/* One number of @key (written as a report writes it: "100%"), or @def. */
static gboolean
one_number(TjBind *c, const TjNode *map, const char *key, double def, double *out)
{
    *out = def;
    double v[2];
    int n = tj__bind_numbers(c, map, key, v, 2);
    if (n == 1)
        *out = v[0];
    if (n == 2) {
        const TjNode *at = tj__bind_get(map, key);
        char *said = tj__bind_said(c, key, at);
        tj__bind_error(c, at, NULL, _("%s: expected one number"), said);
        g_free(said);
    }
    return n == 0 || n == 1;
}

static gboolean
read_scale(TjBind *c, const TjSpecBlock *b, TjGaugeSpec *g)
{
    const TjNode *m = b->options;
    gboolean ok = one_number(c, m, "min", 0, &g->min);
    ok = one_number(c, m, "max", 100, &g->max) && ok;
    ok = one_number(c, m, "target", NAN, &g->target) && ok;
    int n = tj__bind_numbers(c, m, "bands", g->bands, TJ_GAUGE_MAX_BANDS);
    g->n_bands = (guint)MAX(n, 0);
    if (!ok || n < 0)
        return FALSE;
    if (g->min < g->max)
        return TRUE;
    char *lo = tj_format_decimal(g->min, -1), *hi = tj_format_decimal(g->max, -1);
    const TjNode *at = tj__bind_get(m, "max") ? tj__bind_get(m, "max") : tj__bind_get(m, "min");
    if (c->spec)
        tj__bind_error(c, at, b, _("“min: %s” and “max: %s”: the scale is empty; min must be "
                                   "below max"), lo, hi);
    else
        tj__bind_error(c, at, b, _("--min %s and --max %s: the scale is empty; min must be "
                                   "below max"), lo, hi);
    g_free(lo);
    g_free(hi);
    return FALSE;
}

static gconstpointer
read_gauge(TjBind *c, const TjSpecBlock *b)
{
    const TjNode *m = b->options;
    TjGaugeSpec *g = tj__bind_new0(c, sizeof *g);
    tj_gauge_spec_init(g);
    const char *value = tj__bind_text(c, m, "value");
    int style = tj__bind_choice(c, m, "style", styles, 0);
    GArray *where = tj__bind_where(c, m);
    tj__bind_keep(c, where, (GDestroyNotify)g_array_unref);
    gboolean ok = read_scale(c, b, g) && style >= 0 && where;
    g->style = (TjGaugeStyle)MAX(style, 0);
    tj_gauge_default_size(g->style, &g->width, &g->height);
    g->label = tj__bind_str(c, tj__bind_text(c, m, "label"));
    g->unit = tj__bind_str(c, tj__bind_text(c, m, "unit"));
    g->title = tj__bind_str(c, tj__bind_text(c, m, "title"));
    g->subtitle = tj__bind_str(c, tj__bind_text(c, m, "subtitle"));
    g->source = tj__bind_str(c, tj__bind_text(c, m, "source"));
    g->clamp = tj__bind_bool(c, m, "clamp", FALSE);
    if (!value) {
        char *said = tj__bind_said(c, "value", NULL);
        tj__bind_error(c, NULL, b, _("gauge: %s is required"), said);
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
    g->value = pick.num;
    g->loc = pick.loc;  /* a typed value has no place: the check's message gets the block's */
    if (!g->label)
        g->label = pick.row_name;
    GError *err = NULL;
    char *warning = NULL;
    gboolean checked = tj_gauge_check(g, NULL, &warning, &err);
    if (!g->loc.file)
        g->loc = b->loc;
    if (!checked) {
        tj__bind_take(c, b, err);
        return NULL;
    }
    if (warning)
        tj_diag_add(c->diags, TJ_DIAG_WARNING, g->loc.file ? &g->loc : NULL,
                    g->value.value > g->max ? "gauge-overflow-cut" : "gauge-clamped", "%s", warning);
    g_free(warning);
    return g;
}

const TjKind tj_bind_kind_gauge = {
    .name = "gauge",
    .summary = N_("a ring, a semicircle with bands, or a progress bar"),
    .keys = keys,
    .read = read_gauge,
    .ops = &tj_gauge_block_ops,
    .examples = "tujie gauge --value 21.8% --label 家庭厨余垃圾分出率 -o ring.png --scale 2\n"
                "tujie gauge --value 93% --style bar --target 90% --label 公园绿地500米服务半径覆盖率 -o bar.png\n"
                "tujie gauge city.csv --where 指标=家庭厨余垃圾分出率 --value 数值 -o ring.svg",
};
