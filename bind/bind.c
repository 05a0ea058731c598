/* bind/bind.c — the binding context (tables loaded once per source, the
 * inputs made for blocks, errors) and reading one block of any kind: text
 * and image blocks here, chart blocks through their kind's descriptor. */
#include "bind/bind-private.h"

#include <string.h>

#include "data/number.h"
#include "core/i18n.h"

typedef struct {
    gpointer p;
    GDestroyNotify free_func;
} Owned;

static void
owned_free(gpointer data)
{
    Owned *o = data;
    if (o->free_func)
        o->free_func(o->p);
    g_free(o);
}

static void
free_table(gpointer t)
{
    tj_table_free(t);
}

static TjBind *
bind_new(const TjSpec *spec, const TjBindEnv *env, TjSpecErrors *errs)
{
    TjBind *c = g_new0(TjBind, 1);
    c->spec = spec;
    if (env)
        c->env = *env;
    c->errs = errs;
    c->tables = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL, free_table);
    c->owned = g_ptr_array_new_with_free_func(owned_free);
    c->strings = g_string_chunk_new(1024);
    return c;
}

TjBind *
tj_bind_new(const TjSpec *spec, const TjBindEnv *env, TjSpecErrors *errs)
{
    g_return_val_if_fail(spec && errs, NULL);
    return bind_new(spec, env, errs);
}

TjBind *
tj_bind_new_for_options(const TjTable *table, TjSpecErrors *errs)
{
    g_return_val_if_fail(errs, NULL);
    TjBind *c = bind_new(NULL, NULL, errs);
    c->table = table;
    return c;
}

void
tj_bind_free(TjBind *c)
{
    if (!c)
        return;
    /* inputs first: they point into the tables' strings */
    g_ptr_array_free(c->owned, TRUE);
    g_hash_table_destroy(c->tables);
    g_string_chunk_free(c->strings);
    if (c->images)
        g_hash_table_destroy(c->images);
    g_free(c);
}

void
tj_bind_set_diags(TjBind *c, TjDiagList *diags)
{
    g_return_if_fail(c);
    c->diags = diags;
}

gpointer
tj__bind_keep(TjBind *c, gpointer p, GDestroyNotify free_func)
{
    if (!p)
        return NULL;
    Owned *o = g_new0(Owned, 1);
    o->p = p;
    o->free_func = free_func;
    g_ptr_array_add(c->owned, o);
    return p;
}

gpointer
tj__bind_new0(TjBind *c, gsize size)
{
    return tj__bind_keep(c, g_malloc0(size), g_free);
}

const char *
tj__bind_str(TjBind *c, const char *s)
{
    return s ? g_string_chunk_insert_const(c->strings, s) : NULL;
}

/* ---- tables -------------------------------------------------------------- */

static const TjTable *
spec_table(TjBind *c, const TjSpecData *data)
{
    gpointer found;
    if (g_hash_table_lookup_extended(c->tables, data, NULL, &found))
        return found;
    GError *err = NULL;
    TjTable *t = NULL;
    gboolean named = strcmp(data->name, data->path) != 0;
    char *what = named ? g_strdup_printf(_("data “%s”"), data->name) : g_strdup(_("data"));
    if (tj__bind_path_check(c, what, data->path, data->resolved, &data->loc)) {
        t = c->env.load ? c->env.load(data->resolved, c->env.load_data, &err)
                        : data->sheet ? tj_table_load_sheet(data->resolved, data->sheet, &err)
                                      : tj_table_open(data->resolved, &err);
        if (!t)
            tj_spec_errors_add(c->errs, &data->loc, "%s: %s", what, err->message);
    }
    g_free(what);
    g_clear_error(&err);
    g_hash_table_insert(c->tables, (gpointer)data, t);
    return t;
}

const TjTable *
tj__bind_table(TjBind *c, const TjSpecBlock *b, gboolean need)
{
    const TjTable *t = tj__bind_table_header(c, b, need);
    GError *err = NULL;
    if (t && !tj_table_read_rows(t, &err)) {
        tj__bind_take(c, b, err);
        return NULL;
    }
    return t;
}

const TjTable *
tj__bind_table_header(TjBind *c, const TjSpecBlock *b, gboolean need)
{
    const TjTable *t = c->spec ? (b->data ? spec_table(c, b->data) : NULL) : c->table;
    if (!t && need && (c->spec ? !b->data : TRUE)) {
        if (c->spec)
            tj_spec_errors_add(c->errs, &b->loc, _("%s: no data: give “data:” or declare one "
                                                   "source"), b->kind_name);
        else
            tj_spec_errors_add_code(c->errs, TJ_ERROR_USAGE, NULL,
                                    _("%s: a data file is required"), b->kind_name);
    }
    return t;
}

/* "did you mean" and the table's columns, at @at */
static void
no_column(TjBind *c, const TjSpecBlock *b, const TjTable *t, const char *key, const char *name,
          const TjNode *at)
{
    const char *shown = c->spec && b->data ? b->data->path : tj_table_name(t);
    guint nc = tj_table_n_cols(t);
    const char **cols = g_new0(const char *, nc + 1);
    for (guint j = 0; j < nc; j++)
        cols[j] = tj_table_column_label(t, j);
    char *all = g_strjoinv(", ", (char **)cols);
    char *near = tj_suggest(name, cols, nc);
    char *said = tj__bind_said(c, key, NULL);
    if (near)
        tj__bind_error(c, at, b, _("%s: no column “%s” in %s; did you mean “%s”? (columns: %s)"),
                       said, name, shown, near, all);
    else
        tj__bind_error(c, at, b, _("%s: no column “%s” in %s (columns: %s)"), said, name, shown,
                       all);
    g_free(said);
    g_free(near);
    g_free(all);
    g_free(cols);
}

gboolean
tj__bind_columns_exist(TjBind *c, const TjSpecBlock *b, const TjTable *t,
                       const char *const *keys)
{
    /* options name columns of a file the user gave: the table's own
     * message names that file's header line */
    if (!c->spec)
        return TRUE;
    gboolean ok = TRUE;
    for (const char *const *k = keys; *k; k++) {
        const TjNode *v = tj__bind_get(b->options, *k);
        if (!v || v->kind == TJ_SPEC_NODE_MAP)
            continue;
        guint n = v->kind == TJ_SPEC_NODE_SEQ ? v->n : 1;
        for (guint i = 0; i < n; i++) {
            const TjNode *item = v->kind == TJ_SPEC_NODE_SEQ ? v->items[i] : v;
            if (item->kind != TJ_SPEC_NODE_SCALAR)
                continue;  /* a type error, recorded by the key's reader */
            char **names = tj__bind_split(item->text);
            for (char **name = names; *name; name++) {
                if (tj_table_column_by_name(t, *name) >= 0)
                    continue;
                no_column(c, b, t, *k, *name, item);
                ok = FALSE;
            }
            g_strfreev(names);
        }
    }
    return ok;
}

gboolean
tj__bind_is_column(TjBind *c, const TjSpecBlock *b, const TjTable *t, const char *key,
                   const char *text)
{
    (void)b;
    if (!t || !text)
        return FALSE;
    TjNumKind kind = tj_number_parse(text, NULL, NULL);
    gboolean numeric = kind == TJ_NUM_VALUE || kind == TJ_NUM_MISSING;
    if (tj_table_column_by_name(t, text) < 0)
        return !numeric;
    if (numeric) {
        char *said = tj__bind_said(c, key, tj__bind_get(b->options, key));
        tj_diag_add(c->diags, TJ_DIAG_NOTE, b->loc.file ? &b->loc : NULL, "value-is-column",
                    _("%s: read as the column of that name, not as a number"), said);
        g_free(said);
    }
    return TRUE;
}

const TjTable *
tj__bind_value_table(TjBind *c, const TjSpecBlock *b, const char *key, const char *text,
                     gboolean *ok)
{
    *ok = TRUE;
    TjNumKind kind = text ? tj_number_parse(text, NULL, NULL) : TJ_NUM_TEXT;
    gboolean numeric = kind == TJ_NUM_VALUE || kind == TJ_NUM_MISSING;
    /* a spec's number needs no table unless the block names its data */
    if (c->spec && numeric && !b->data_node)
        return NULL;
    if (c->spec && !b->data)
        return NULL;  /* no table: it is read as a number */
    const TjTable *t = tj__bind_table(c, b, FALSE);
    if (c->spec && !t) {
        *ok = FALSE;  /* recorded where it failed */
        return NULL;
    }
    return tj__bind_is_column(c, b, t, key, text) ? t : NULL;
}

TjChartData *
tj__bind_chart_data(TjBind *c, const TjSpecBlock *b, const TjTable *t, const char *x, char **ys,
                    const GArray *where)
{
    return tj__bind_chart_data_flags(c, b, t, x, ys, where, 0);
}

TjChartData *
tj__bind_chart_data_flags(TjBind *c, const TjSpecBlock *b, const TjTable *t, const char *x,
                          char **ys, const GArray *where, guint flags)
{
    GError *err = NULL;
    const TjSrcLoc *loc = b->loc.file ? &b->loc : NULL;
    TjChartData *d = tj_chart_data_from_table(t, x, (const char *const *)ys, g_strv_length(ys),
                                              where ? (const TjWhere *)where->data : NULL,
                                              where ? where->len : 0, loc, &err);
    /* units checked, one magnitude per axis (issue 15 items 1, 2) */
    if (tj__bind_bool(c, b->options, "raw", FALSE))
        flags |= TJ_CHART_DATA_RAW;
    if (d && !tj_chart_data_settle(t, d, flags, &err))
        g_clear_pointer(&d, tj_chart_data_free);
    if (!d) {
        tj__bind_take(c, b, err);
        return NULL;
    }
    return tj__bind_keep(c, d, (GDestroyNotify)tj_chart_data_free);
}

/* ---- blocks ------------------------------------------------------------- */

/* text: TEXT or {text: TEXT}; the skeleton read it */
static gboolean
text_block(TjBind *c, const TjSpecBlock *b, TjPageBlock *out)
{
    TjTextBlock *t = tj__bind_new0(c, sizeof *t);
    t->text = b->text;
    out->ops = &tj_text_block_ops;
    out->spec = t;
    return TRUE;
}

/* image: PATH or {path, caption, alt, height}; the skeleton checked the
 * keys and resolved the path */
static gboolean
image_block(TjBind *c, const TjSpecBlock *b, TjPageBlock *out)
{
    const TjNode *m = b->node->kind == TJ_SPEC_NODE_MAP ? b->node : NULL;
    const TjNode *p = m ? tj_spec_node_get(m, "path") : b->node;
    TjImageBlock *img = tj__bind_new0(c, sizeof *img);
    out->ops = &tj_image_block_ops;
    out->spec = img;
    if (m) {
        img->caption = tj_spec_get_string(m, "caption", NULL, c->errs);
        out->alt = tj_spec_get_string(m, "alt", NULL, c->errs);
        out->height = tj_spec_get_double(m, "height", 0, c->errs);
    }
    if (!b->image || !p || p->kind != TJ_SPEC_NODE_SCALAR)
        return FALSE;  /* the skeleton said why */
    img->image = tj__bind_image(c, _("image"), p);
    return img->image != NULL;
}

static gboolean
chart_block(TjBind *c, const TjSpecBlock *b, TjPageBlock *out)
{
    const TjKind *kind = tj_bind_kind(b->kind_name);
    g_return_val_if_fail(kind != NULL, FALSE);  /* spec/ knows only the table's names */
    if (!b->options) {
        tj_spec_errors_add(c->errs, &b->loc, _("%s: expected a map of options"), b->kind_name);
        return FALSE;
    }
    tj__bind_check_keys(c, b->options, kind);
    /* alt: the block's alt text, replacing the generated one */
    out->alt = tj__bind_text(c, b->options, "alt");
    out->height = tj__bind_number(c, b->options, "height", 0);
    guint before = tj_spec_errors_count(c->errs);
    gconstpointer spec = kind->read(c, b);
    if (!spec)
        return FALSE;
    out->ops = kind->ops;
    out->spec = spec;
    return tj_spec_errors_count(c->errs) == before;
}

gboolean
tj_bind_block(TjBind *c, const TjSpecBlock *b, TjPageBlock *out)
{
    g_return_val_if_fail(c && b && out, FALSE);
    memset(out, 0, sizeof *out);
    out->loc = b->loc;
    switch (b->kind) {
    case TJ_SPEC_BLOCK_TEXT: return text_block(c, b, out);
    case TJ_SPEC_BLOCK_IMAGE: return image_block(c, b, out);
    case TJ_SPEC_BLOCK_CHART: return chart_block(c, b, out);
    }
    return FALSE;
}

gboolean
tj_bind_options(TjBind *c, const char *kind, const TjNode *options, TjPageBlock *out,
                GError **error)
{
    g_return_val_if_fail(c && !c->spec && kind && options && out, FALSE);
    TjSpecBlock b = { 0 };
    b.kind = TJ_SPEC_BLOCK_CHART;
    b.kind_name = kind;
    b.node = options;
    b.options = options;
    gboolean ok = tj_bind_block(c, &b, out);
    if (!tj_spec_errors_finish(c->errs, error))
        return FALSE;
    return ok;
}
