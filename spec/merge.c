/* spec/merge.c — YAML 1.1 merge keys: in a map, `<<: *base` (or
 * `<<: [*a, *b]`) stands for the entries of the named map(s) that the map
 * does not set itself; with a list, earlier maps win. The merged entries
 * keep their own places (where they are written) and share their values.
 * Cost: linear in the entries merged, which the node limit bounds (each
 * alias counts its expanded size). */
#include "spec/spec-private.h"
#include "core/i18n.h"

#include <string.h>

static gboolean
is_merge(const TjNodeEntry *e)
{
    return strcmp(e->key, TJ__SPEC_MERGE_KEY) == 0;
}

static gboolean
merge_error(const TjNodeEntry *e, const TjNode *bad, GError **error)
{
    char *got = tj_spec_node_describe(bad);
    tj_error_set_at(error, TJ_ERROR_INPUT, &e->key_loc, _("“<<” merges a "
                    "map or a list of maps, got %s%s"), got,
                    bad != e->value ? _(" in the list") : "");
    g_free(got);
    return FALSE;
}

/* Appends the entries of @src whose keys are not in @taken, and takes
 * them. */
static void
merge_from(const TjNode *src, GArray *out, GHashTable *taken)
{
    for (guint i = 0; i < src->n; i++) {
        const TjNodeEntry *e = &src->entries[i];
        if (g_hash_table_contains(taken, e->key))
            continue;
        g_hash_table_add(taken, (gpointer)e->key);
        g_array_append_val(out, *e);
    }
}

static gboolean
merge_value(const TjNodeEntry *e, GArray *out, GHashTable *taken,
            GError **error)
{
    const TjNode *v = e->value;
    if (v->kind == TJ_SPEC_NODE_MAP) {
        merge_from(v, out, taken);
        return TRUE;
    }
    if (v->kind != TJ_SPEC_NODE_SEQ)
        return merge_error(e, v, error);
    for (guint j = 0; j < v->n; j++) {
        if (v->items[j]->kind != TJ_SPEC_NODE_MAP)
            return merge_error(e, v->items[j], error);
        merge_from(v->items[j], out, taken);
    }
    return TRUE;
}

GArray *
tj__spec_merge(const GArray *entries, GError **error)
{
    GArray *out = g_array_new(FALSE, FALSE, sizeof(TjNodeEntry));
    GHashTable *taken = g_hash_table_new(g_str_hash, g_str_equal);
    for (guint i = 0; i < entries->len; i++) {
        const TjNodeEntry *e = &g_array_index(entries, TjNodeEntry, i);
        if (!is_merge(e))
            g_hash_table_add(taken, (gpointer)e->key);
    }
    gboolean ok = TRUE;
    for (guint i = 0; i < entries->len && ok; i++) {
        const TjNodeEntry *e = &g_array_index(entries, TjNodeEntry, i);
        if (is_merge(e))
            ok = merge_value(e, out, taken, error);
        else
            g_array_append_val(out, *e);
    }
    g_hash_table_destroy(taken);
    if (!ok) {
        g_array_free(out, TRUE);
        return NULL;
    }
    return out;
}
