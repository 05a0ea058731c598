/* api/spec-blocks.c — a spec's blocks become layout blocks: each kind's
 * options are read from its map (unknown keys and wrong types recorded with
 * their place), its CSV is loaded once per source, and the same preparation
 * as the CLI's (api/bar.c, trend.c, gauge.c, kpi.c) makes the layout input.
 * The plain options of each kind are a table (member name = key, type).
 * Every problem goes into one TjSpecErrors, so a spec's errors come in one
 * run; an error from a CSV keeps its file:line:col after the block's place. */
#include "api/spec-private.h"
#include "core/i18n.h"

#include <math.h>
#include <stddef.h>
#include <string.h>

static const char *const common_keys[] = {
    "data", "where", "title", "subtitle", "source", "unit", "height", "theme", "alt", NULL
};
static const char *const bar_keys[] = {
    "x", "y", "highlight", "target", "horizontal", "stacked", NULL
};
static const char *const trend_keys[] = {
    "x", "y", "target", "target_x", "kind_col", "label_col", "better", "highlight", "area", NULL
};
static const char *const gauge_keys[] = {
    "value", "min", "max", "target", "bands", "style", "label", "clamp", NULL
};
static const char *const kpi_keys[] = {
    "value", "change", "label", "change_label", "change_style", "better", "magnitude",
    "compare", "icon", "icon_tint", NULL
};

static void
check_keys(const TjNode *map, const char *const *own, const char *context, TjSpecErrors *errs)
{
    GPtrArray *all = g_ptr_array_new();
    for (const char *const *k = common_keys; *k; k++)
        g_ptr_array_add(all, (gpointer)*k);
    for (const char *const *k = own; *k; k++)
        g_ptr_array_add(all, (gpointer)*k);
    g_ptr_array_add(all, NULL);
    tj_spec_check_keys(map, (const char *const *)all->pdata, context, errs);
    g_ptr_array_free(all, TRUE);
}

/* `where: {指标: 地区生产总值}` or `where: "指标=地区生产总值"` → "COL=VALUE;…" */
static char *
where_string(const TjNode *map, TjSpecErrors *errs)
{
    const TjNode *w = tj_spec_node_get(map, "where");
    if (!w || w->kind == TJ_SPEC_NODE_NULL)
        return NULL;
    if (w->kind == TJ_SPEC_NODE_SCALAR)
        return g_strdup(w->text);
    if (w->kind != TJ_SPEC_NODE_MAP) {
        tj_spec_errors_add(errs, &w->loc, _("“where”: expected a map of column: value"));
        return NULL;
    }
    GString *s = g_string_new(NULL);
    for (guint i = 0; i < w->n; i++) {
        const TjNode *v = w->entries[i].value;
        if (v->kind == TJ_SPEC_NODE_MAP || v->kind == TJ_SPEC_NODE_SEQ) {
            tj_spec_errors_add(errs, &v->loc, _("“where”: the value of “%s” must be text"),
                               w->entries[i].key);
            continue;
        }
        g_string_append_printf(s, "%s%s=%s", s->len ? ";" : "", w->entries[i].key, v->text);
    }
    return g_string_free(s, FALSE);
}

/* `y: 数值` or `y: [2020年实绩, 2021年目标]` → "a,b" */
static char *
columns_string(const TjNode *map, const char *key, TjSpecErrors *errs)
{
    char **list = tj_spec_get_string_list(map, key, errs);
    if (!list)
        return NULL;
    char *s = g_strjoinv(",", list);
    g_strfreev(list);
    return s;
}

/* A number option that may be written with % or qualifiers: kept as text. */
static const char *
text_of(const TjNode *map, const char *key, TjSpecErrors *errs)
{
    const TjNode *v = tj_spec_node_get(map, key);
    if (!v || v->kind == TJ_SPEC_NODE_NULL)
        return NULL;
    if (v->kind != TJ_SPEC_NODE_SCALAR) {
        char *got = tj_spec_node_describe(v);
        tj_spec_errors_add(errs, &v->loc, _("“%s”: expected a number or text, got %s"), key, got);
        g_free(got);
        return NULL;
    }
    return v->text;
}

/* A value written as a number is that number, unless the block names its
 * data explicitly (then it is a column name, even one that looks like a
 * number). Sets @t to the table to read from, or NULL for a typed number;
 * FALSE when the table was needed but could not be loaded (recorded). */
static gboolean
value_source(TjSpecCtx *c, const TjSpecBlock *b, const char *value, const TjTable **t)
{
    *t = NULL;
    if (!b->data)
        return TRUE;
    if (!b->data_node && value && tj_number_parse(value, NULL, NULL) == TJ_NUM_VALUE)
        return TRUE;
    *t = tj__spec_table(c, b);
    return *t != NULL;
}

static void
record(TjSpecErrors *errs, const TjSpecBlock *b, GError *err)
{
    const char *kind = tj_spec_block_kind_name(b->kind);
    gsize n = strlen(kind);
    gboolean named = strncmp(err->message, kind, n) == 0 && err->message[n] == ':';
    /* a limit stays a limit; anything else in a spec is the user's input */
    TjErrorCode code = err->code == TJ_ERROR_LIMIT ? TJ_ERROR_LIMIT : TJ_ERROR_INPUT;
    tj_spec_errors_add_code(errs, code, &b->loc, "%s%s%s", named ? "" : kind, named ? "" : ": ",
                            err->message);
    g_error_free(err);
}

/* Every column the block names under @keys (a name or a list of names)
 * exists in @t; each one that does not is recorded at the line that named
 * it, with the table's columns and a suggestion. */
static gboolean
columns_exist(TjSpecCtx *c, const TjSpecBlock *b, const TjTable *t, const char *const *keys)
{
    const TjNode *map = b->options;
    /* the data file as the spec wrote it */
    const char *shown = b->data ? b->data->path : tj_table_name(t);
    gboolean ok = TRUE;
    for (const char *const *k = keys; *k; k++) {
        const TjNode *v = tj_spec_node_get(map, *k);
        if (!v)
            continue;
        guint n = v->kind == TJ_SPEC_NODE_SEQ ? v->n : 1;
        for (guint i = 0; i < n; i++) {
            const TjNode *item = v->kind == TJ_SPEC_NODE_SEQ ? v->items[i] : v;
            if (item->kind != TJ_SPEC_NODE_SCALAR)
                continue;  /* a type error, recorded by the key's reader */
            /* "a,b" in one string is a list as well (as --y takes it) */
            char **names = tj__api_split_columns(item->text);
            for (char **name = names; *name; name++) {
                if (tj_table_column_by_name(t, *name) >= 0)
                    continue;
                guint nc = tj_table_n_cols(t);
                const char **cols = g_new0(const char *, nc + 1);
                for (guint j = 0; j < nc; j++)
                    cols[j] = tj_table_column_label(t, j);
                char *all = g_strjoinv(", ", (char **)cols);
                char *near = tj_suggest(*name, cols, nc);
                if (near)
                    tj_spec_errors_add(c->errs, &item->loc,
                                       _("“%s”: no column “%s” in %s; did you mean “%s”? "
                                         "(columns: %s)"), *k, *name, shown, near, all);
                else
                    tj_spec_errors_add(c->errs, &item->loc,
                                       _("“%s”: no column “%s” in %s (columns: %s)"), *k, *name,
                                       shown, all);
                g_free(near);
                g_free(all);
                g_free(cols);
                ok = FALSE;
            }
            g_strfreev(names);
        }
    }
    return ok;
}

/* A key the block cannot do without, said in the spec's words. */
static gboolean
required(TjSpecCtx *c, const TjSpecBlock *b, const char *key, const char *value)
{
    if (value)
        return TRUE;
    tj_spec_errors_add(c->errs, &b->loc, _("%s: “%s:” is required"),
                       tj_spec_block_kind_name(b->kind), key);
    return FALSE;
}

static gboolean
need_table(TjSpecCtx *c, const TjSpecBlock *b, const TjTable **t)
{
    *t = tj__spec_table(c, b);
    if (!*t && !b->data) {
        tj_spec_errors_add(c->errs, &b->loc, _("%s: no data: give “data:” or declare one source"),
                           tj_spec_block_kind_name(b->kind));
    }
    return *t != NULL;
}

/* One option of a block, read from its map into the options struct of
 * its kind: the key is the struct member's name. */
typedef enum { F_STRING, F_TEXT, F_BOOL, F_NUMBER } FieldType;
typedef struct {
    const char *key;
    FieldType type;   /* F_TEXT: a number that may carry % or qualifiers */
    gsize offset;
} Field;

#define FIELD(type_, member, kind) { #member, kind, offsetof(type_, member) }

static const Field bar_fields[] = {
    FIELD(TjBarOptions, x, F_STRING), FIELD(TjBarOptions, title, F_STRING),
    FIELD(TjBarOptions, subtitle, F_STRING), FIELD(TjBarOptions, source, F_STRING),
    FIELD(TjBarOptions, unit, F_STRING), FIELD(TjBarOptions, highlight, F_STRING),
    FIELD(TjBarOptions, target, F_NUMBER), FIELD(TjBarOptions, horizontal, F_BOOL),
    FIELD(TjBarOptions, stacked, F_BOOL),
};
static const Field trend_fields[] = {
    FIELD(TjTrendOptions, x, F_STRING), FIELD(TjTrendOptions, title, F_STRING),
    FIELD(TjTrendOptions, subtitle, F_STRING), FIELD(TjTrendOptions, source, F_STRING),
    FIELD(TjTrendOptions, unit, F_STRING), FIELD(TjTrendOptions, target, F_TEXT),
    FIELD(TjTrendOptions, target_x, F_STRING), FIELD(TjTrendOptions, kind_col, F_STRING),
    FIELD(TjTrendOptions, label_col, F_STRING), FIELD(TjTrendOptions, better, F_STRING),
    FIELD(TjTrendOptions, highlight, F_STRING), FIELD(TjTrendOptions, area, F_BOOL),
};
static const Field gauge_fields[] = {
    FIELD(TjGaugeOptions, value, F_TEXT), FIELD(TjGaugeOptions, min, F_TEXT),
    FIELD(TjGaugeOptions, max, F_TEXT), FIELD(TjGaugeOptions, target, F_TEXT),
    FIELD(TjGaugeOptions, style, F_STRING), FIELD(TjGaugeOptions, label, F_STRING),
    FIELD(TjGaugeOptions, unit, F_STRING), FIELD(TjGaugeOptions, title, F_STRING),
    FIELD(TjGaugeOptions, subtitle, F_STRING), FIELD(TjGaugeOptions, source, F_STRING),
    FIELD(TjGaugeOptions, clamp, F_BOOL),
};
static const Field kpi_fields[] = {
    FIELD(TjKpiOptions, value, F_TEXT), FIELD(TjKpiOptions, change, F_TEXT),
    FIELD(TjKpiOptions, label, F_STRING), FIELD(TjKpiOptions, unit, F_STRING),
    FIELD(TjKpiOptions, change_label, F_STRING), FIELD(TjKpiOptions, change_style, F_STRING),
    FIELD(TjKpiOptions, better, F_STRING), FIELD(TjKpiOptions, magnitude, F_STRING),
    FIELD(TjKpiOptions, compare, F_STRING),
};

/* Reads @n @fields of @map into @opts (wrong types recorded), and the
 * block's height. */
static void
read_fields(const TjNode *map, const Field *fields, gsize n, void *opts, TjPageBlock *out,
            TjSpecErrors *errs)
{
    for (gsize i = 0; i < n; i++) {
        void *at = (char *)opts + fields[i].offset;
        const char *key = fields[i].key;
        switch (fields[i].type) {
        case F_STRING: *(const char **)at = tj_spec_get_string(map, key, NULL, errs); break;
        case F_TEXT: *(const char **)at = text_of(map, key, errs); break;
        case F_BOOL: *(gboolean *)at = tj_spec_get_bool(map, key, FALSE, errs); break;
        case F_NUMBER: *(double *)at = tj_spec_get_double(map, key, NAN, errs); break;
        }
    }
    out->height = tj_spec_get_double(map, "height", 0, errs);
}

/* A chart block's prepared data (bar, trend), or the error recorded. */
static gboolean
chart_data(TjSpecCtx *c, const TjSpecBlock *b, TjPageBlock *out, TjBlockKind kind,
           TjChartData *d, GError *err)
{
    if (!d) {
        record(c->errs, b, err);
        return FALSE;
    }
    out->kind = kind;
    out->data = d;
    g_ptr_array_add(c->owned_data, d);
    return TRUE;
}

static gboolean
bar_block(TjSpecCtx *c, const TjSpecBlock *b, TjPageBlock *out)
{
    const TjNode *m = b->options;
    check_keys(m, bar_keys, _("the bar block"), c->errs);
    TjBarOptions o;
    tj_bar_options_init(&o);
    char *y = columns_string(m, "y", c->errs);
    char *where = where_string(m, c->errs);
    o.y = y;
    o.where = where;
    read_fields(m, bar_fields, G_N_ELEMENTS(bar_fields), &o, out, c->errs);
    const TjTable *t;
    gboolean ok = FALSE;
    static const char *const bar_cols[] = { "x", "y", NULL };
    if (need_table(c, b, &t) && columns_exist(c, b, t, bar_cols)) {
        GError *err = NULL;
        TjChartData *d = tj__api_bar_prepare(t, &o, &out->bar, &err);
        ok = chart_data(c, b, out, TJ_BLOCK_BAR, d, err);
    }
    g_free(y);
    g_free(where);
    return ok;
}

static gboolean
trend_block(TjSpecCtx *c, const TjSpecBlock *b, TjPageBlock *out)
{
    const TjNode *m = b->options;
    check_keys(m, trend_keys, _("the trend block"), c->errs);
    TjTrendOptions o;
    tj_trend_options_init(&o);
    char *y = columns_string(m, "y", c->errs);
    char *where = where_string(m, c->errs);
    o.y = y;
    o.where = where;
    read_fields(m, trend_fields, G_N_ELEMENTS(trend_fields), &o, out, c->errs);
    const TjTable *t;
    gboolean ok = FALSE;
    static const char *const trend_cols[] = { "x", "y", "kind_col", "label_col", NULL };
    if (need_table(c, b, &t) && columns_exist(c, b, t, trend_cols)) {
        GError *err = NULL;
        TjChartData *d = tj__api_trend_prepare(t, &o, &out->trend, &err);
        ok = chart_data(c, b, out, TJ_BLOCK_TREND, d, err);
    }
    g_free(y);
    g_free(where);
    return ok;
}

static gboolean
gauge_block(TjSpecCtx *c, const TjSpecBlock *b, TjPageBlock *out)
{
    const TjNode *m = b->options;
    check_keys(m, gauge_keys, _("the gauge block"), c->errs);
    TjGaugeOptions o;
    tj_gauge_options_init(&o);
    char *where = where_string(m, c->errs);
    char *bands = columns_string(m, "bands", c->errs);
    o.where = where;
    o.bands = bands;
    read_fields(m, gauge_fields, G_N_ELEMENTS(gauge_fields), &o, out, c->errs);
    const TjTable *t;
    gboolean ok = FALSE;
    static const char *const gauge_cols[] = { "value", NULL };
    if (required(c, b, "value", o.value) && value_source(c, b, o.value, &t) &&
        (!t || columns_exist(c, b, t, gauge_cols))) {
        GError *err = NULL;
        if (tj__api_gauge_prepare(t, &o, &out->gauge, c->strings, c->diags, &err)) {
            out->kind = TJ_BLOCK_GAUGE;
            ok = TRUE;
        } else {
            record(c->errs, b, err);
        }
    }
    g_free(where); g_free(bands);
    return ok;
}

static gboolean
kpi_block(TjSpecCtx *c, const TjSpecBlock *b, TjPageBlock *out)
{
    const TjNode *m = b->options;
    check_keys(m, kpi_keys, _("the kpi block"), c->errs);
    TjKpiOptions o;
    tj_kpi_options_init(&o);
    char *where = where_string(m, c->errs);
    o.where = where;
    read_fields(m, kpi_fields, G_N_ELEMENTS(kpi_fields), &o, out, c->errs);
    const TjTable *t;
    gboolean ok = FALSE;
    const TjNode *icon = tj_spec_node_get(m, "icon");
    const TjImage *img = NULL;
    if (icon && icon->kind != TJ_SPEC_NODE_NULL && !(img = tj__spec_image(c, _("kpi icon"), icon)))
        ok = FALSE;  /* recorded; the rest is still checked */
    static const char *const kpi_cols[] = { "value", "change", NULL };
    if (required(c, b, "value", o.value) && value_source(c, b, o.value, &t) &&
        (t ? columns_exist(c, b, t, kpi_cols) : required(c, b, "label", o.label))) {
        GError *err = NULL;
        if (tj__api_kpi_prepare(t, &o, &out->kpi, c->strings, &err)) {
            out->kind = TJ_BLOCK_KPI;
            out->kpi.icon = img;
            out->kpi.icon_tint = tj_spec_get_bool(m, "icon_tint", FALSE, c->errs);
            ok = !icon || icon->kind == TJ_SPEC_NODE_NULL || img;
        } else {
            record(c->errs, b, err);
        }
    }
    g_free(where);
    return ok;
}

/* image: PATH or {path, caption, alt, height}; the skeleton (spec/) checked
 * the keys and resolved the path. */
static gboolean
image_block(TjSpecCtx *c, const TjSpecBlock *b, TjPageBlock *out)
{
    const TjNode *m = b->node->kind == TJ_SPEC_NODE_MAP ? b->node : NULL;
    const TjNode *p = m ? tj_spec_node_get(m, "path") : b->node;
    out->kind = TJ_BLOCK_IMAGE;
    if (m) {
        out->caption = tj_spec_get_string(m, "caption", NULL, c->errs);
        out->alt = tj_spec_get_string(m, "alt", NULL, c->errs);
        out->height = tj_spec_get_double(m, "height", 0, c->errs);
    }
    if (!b->image || !p || p->kind != TJ_SPEC_NODE_SCALAR)
        return FALSE;  /* the skeleton said why */
    out->image = tj__spec_image(c, _("image"), p);
    return out->image != NULL;
}

gboolean
tj__spec_block(TjSpecCtx *c, const TjSpecBlock *b, TjPageBlock *out)
{
    memset(out, 0, sizeof *out);
    out->loc = b->loc;
    if (b->kind == TJ_SPEC_BLOCK_TEXT) {
        out->kind = TJ_BLOCK_TEXT;
        out->text = b->text;
        return TRUE;
    }
    if (b->kind == TJ_SPEC_BLOCK_IMAGE)
        return image_block(c, b, out);
    if (!b->options) {
        tj_spec_errors_add(c->errs, &b->loc, _("%s: expected a map of options"),
                           tj_spec_block_kind_name(b->kind));
        return FALSE;
    }
    /* alt: the block's alt text, replacing the generated one */
    out->alt = tj_spec_get_string(b->options, "alt", NULL, c->errs);
    gboolean ok = FALSE;
    switch (b->kind) {
    case TJ_SPEC_BLOCK_BAR: ok = bar_block(c, b, out); break;
    case TJ_SPEC_BLOCK_TREND: ok = trend_block(c, b, out); break;
    case TJ_SPEC_BLOCK_GAUGE: ok = gauge_block(c, b, out); break;
    case TJ_SPEC_BLOCK_KPI: ok = kpi_block(c, b, out); break;
    default: break;
    }
    /* errors found while laying out point at the block, unless a value's
     * own cell was already named */
    TjSrcLoc *locs[] = { &out->bar.loc, &out->trend.loc, &out->gauge.loc, &out->kpi.loc };
    for (gsize i = 0; i < G_N_ELEMENTS(locs); i++)
        if (!locs[i]->file)
            *locs[i] = b->loc;
    return ok;
}
