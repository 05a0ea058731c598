/* spec/node.c — the node tree's storage (one TjNodeDoc per document owns
 * every node, array and string) and its read-only getters, descriptions
 * for messages and the test dump. Reading YAML is parse.c's job. */
#include "spec/node.h"
#include "spec/spec-private.h"
#include "core/i18n.h"

#include <string.h>

#define DESCRIBE_MAX_CHARS 40

TjNodeDoc *
tj__spec_doc_new(void)
{
    TjNodeDoc *doc = g_new0(TjNodeDoc, 1);
    doc->strings = g_string_chunk_new(4096);
    doc->allocs = g_ptr_array_new_with_free_func(g_free);
    return doc;
}

void
tj__spec_doc_free(TjNodeDoc *doc)
{
    if (doc == NULL)
        return;
    g_string_chunk_free(doc->strings);
    g_ptr_array_free(doc->allocs, TRUE);
    g_free(doc);
}

TjNode *
tj__spec_doc_node(TjNodeDoc *doc, TjNodeKind kind, TjSrcLoc loc)
{
    TjNode *n = g_new0(TjNode, 1);
    n->kind = kind;
    n->loc = loc;
    g_ptr_array_add(doc->allocs, n);
    return n;
}

const char *
tj__spec_doc_text(TjNodeDoc *doc, const char *text, gsize len)
{
    return g_string_chunk_insert_len(doc->strings, text, (gssize)len);
}

gpointer
tj__spec_doc_take(TjNodeDoc *doc, gpointer mem)
{
    if (mem != NULL)
        g_ptr_array_add(doc->allocs, mem);
    return mem;
}

TjNode *
tj__spec_doc_finish(TjNodeDoc *doc, const TjNode *top)
{
    doc->root = *top;
    doc->root.priv_ = doc;
    return &doc->root;
}

void
tj_spec_node_free(TjNode *root)
{
    if (root == NULL)
        return;
    TjNodeDoc *doc = root->priv_;
    g_return_if_fail(doc != NULL && &doc->root == root);
    tj__spec_doc_free(doc);
}

const TjNodeEntry *
tj_spec_node_entry(const TjNode *map, const char *key)
{
    g_return_val_if_fail(key != NULL, NULL);
    if (map == NULL || map->kind != TJ_SPEC_NODE_MAP)
        return NULL;
    for (guint i = 0; i < map->n; i++)
        if (strcmp(map->entries[i].key, key) == 0)
            return &map->entries[i];
    return NULL;
}

const TjNode *
tj_spec_node_get(const TjNode *map, const char *key)
{
    const TjNodeEntry *e = tj_spec_node_entry(map, key);
    return e ? e->value : NULL;
}

const char *
tj_spec_node_kind_name(TjNodeKind kind)
{
    switch (kind) {
    case TJ_SPEC_NODE_NULL: return "null";
    case TJ_SPEC_NODE_SCALAR: return "text";
    case TJ_SPEC_NODE_SEQ: return "list";
    case TJ_SPEC_NODE_MAP: return "map";
    }
    return "?";
}

/* “text”, cut to DESCRIBE_MAX_CHARS characters with … */
static char *
quote_text(const char *text)
{
    GString *s = g_string_new("“");
    const char *p = text;
    for (int i = 0; *p && i < DESCRIBE_MAX_CHARS; i++)
        p = g_utf8_next_char(p);
    g_string_append_len(s, text, p - text);
    if (*p)
        g_string_append(s, "…");
    g_string_append(s, "”");
    return g_string_free(s, FALSE);
}

char *
tj_spec_node_describe(const TjNode *node)
{
    if (node == NULL)
        return g_strdup(_("nothing"));
    switch (node->kind) {
    case TJ_SPEC_NODE_NULL:
        return g_strdup(_("nothing"));
    case TJ_SPEC_NODE_SCALAR:
        return quote_text(node->text);
    case TJ_SPEC_NODE_SEQ:
        return g_strdup(_("a list"));
    case TJ_SPEC_NODE_MAP:
        return g_strdup(_("a map"));
    }
    return g_strdup("?");
}

static void
dump_node(GString *s, const TjNode *n, int indent, int budget_depth)
{
    g_string_append_printf(s, "%s %u:%u", tj_spec_node_kind_name(n->kind),
                           n->loc.line, n->loc.col);
    if (n->kind == TJ_SPEC_NODE_SCALAR || n->kind == TJ_SPEC_NODE_NULL) {
        g_string_append_printf(s, " \"%s\"%s", n->text,
                               n->quoted ? " (quoted)" : "");
    }
    g_string_append_c(s, '\n');
    if (budget_depth <= 0)
        return;
    for (guint i = 0; i < n->n; i++) {
        g_string_append_printf(s, "%*s", indent + 2, "");
        if (n->kind == TJ_SPEC_NODE_MAP) {
            const TjNodeEntry *e = &n->entries[i];
            g_string_append_printf(s, "\"%s\" %u:%u → ", e->key,
                                   e->key_loc.line, e->key_loc.col);
            dump_node(s, e->value, indent + 2, budget_depth - 1);
        } else {
            dump_node(s, n->items[i], indent + 2, budget_depth - 1);
        }
    }
}

char *
tj_spec_node_dump(const TjNode *node)
{
    GString *s = g_string_new(NULL);
    if (node)
        dump_node(s, node, 0, TJ_SPEC_MAX_DEPTH + 1);
    return g_string_free(s, FALSE);
}
