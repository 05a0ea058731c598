/* spec/build.c — option maps built in memory (TjNodeBuilder, node.h): the
 * command line and the library's option structs become the same kind of
 * tree a spec file gives, so bind/ reads options one way. Keys keep the
 * order they were first set in; nodes have no place. */
#include "spec/node.h"
#include "spec/spec-private.h"

#include <string.h>

typedef struct {
    char *key;
    char *text;          /* a scalar; NULL for a list or a map */
    GPtrArray *items;    /* a list of texts (owned), or NULL */
    GPtrArray *subs;     /* a map: keys and values alternating, or NULL */
} Slot;

struct TjNodeBuilder {
    GPtrArray *slots;    /* Slot *, in order */
};

static void
slot_free(gpointer p)
{
    Slot *s = p;
    g_free(s->key);
    g_free(s->text);
    if (s->items)
        g_ptr_array_free(s->items, TRUE);
    if (s->subs)
        g_ptr_array_free(s->subs, TRUE);
    g_free(s);
}

TjNodeBuilder *
tj_spec_builder_new(void)
{
    TjNodeBuilder *b = g_new0(TjNodeBuilder, 1);
    b->slots = g_ptr_array_new_with_free_func(slot_free);
    return b;
}

void
tj_spec_builder_free(TjNodeBuilder *b)
{
    if (!b)
        return;
    g_ptr_array_free(b->slots, TRUE);
    g_free(b);
}

/* The slot of @key, emptied of its value, or a new one. */
static Slot *
slot(TjNodeBuilder *b, const char *key, gboolean clear)
{
    for (guint i = 0; i < b->slots->len; i++) {
        Slot *s = b->slots->pdata[i];
        if (strcmp(s->key, key) != 0)
            continue;
        if (clear) {
            g_clear_pointer(&s->text, g_free);
            if (s->items)
                g_ptr_array_free(g_steal_pointer(&s->items), TRUE);
            if (s->subs)
                g_ptr_array_free(g_steal_pointer(&s->subs), TRUE);
        }
        return s;
    }
    Slot *s = g_new0(Slot, 1);
    s->key = g_strdup(key);
    g_ptr_array_add(b->slots, s);
    return s;
}

void
tj_spec_builder_set(TjNodeBuilder *b, const char *key, const char *value)
{
    g_return_if_fail(b && key);
    if (value) {
        slot(b, key, TRUE)->text = g_strdup(value);
        return;
    }
    for (guint i = 0; i < b->slots->len; i++)
        if (strcmp(((Slot *)b->slots->pdata[i])->key, key) == 0)
            g_ptr_array_remove_index(b->slots, i--);
}

void
tj_spec_builder_set_list(TjNodeBuilder *b, const char *key, const char *const *items, guint n)
{
    g_return_if_fail(b && key && (items || n == 0));
    Slot *s = slot(b, key, TRUE);
    s->items = g_ptr_array_new_with_free_func(g_free);
    for (guint i = 0; i < n; i++)
        g_ptr_array_add(s->items, g_strdup(items[i] ? items[i] : ""));
}

void
tj_spec_builder_add_entry(TjNodeBuilder *b, const char *key, const char *sub, const char *value)
{
    g_return_if_fail(b && key && sub);
    Slot *s = slot(b, key, FALSE);
    if (!s->subs) {
        g_clear_pointer(&s->text, g_free);
        if (s->items)
            g_ptr_array_free(g_steal_pointer(&s->items), TRUE);
        s->subs = g_ptr_array_new_with_free_func(g_free);
    }
    g_ptr_array_add(s->subs, g_strdup(sub));
    g_ptr_array_add(s->subs, g_strdup(value ? value : ""));
}

static const TjNode *
scalar(TjNodeDoc *doc, const char *text)
{
    static const TjSrcLoc none = { 0 };
    TjNode *n = tj__spec_doc_node(doc, TJ_SPEC_NODE_SCALAR, none);
    n->text = tj__spec_doc_text(doc, text, strlen(text));
    n->quoted = TRUE;  /* text as given: never read as null */
    return n;
}

static const TjNode *
value_node(TjNodeDoc *doc, const Slot *s)
{
    static const TjSrcLoc none = { 0 };
    if (s->text)
        return scalar(doc, s->text);
    if (s->items) {
        TjNode *n = tj__spec_doc_node(doc, TJ_SPEC_NODE_SEQ, none);
        const TjNode **items = tj__spec_doc_take(doc, g_new0(const TjNode *, s->items->len + 1));
        for (guint i = 0; i < s->items->len; i++)
            items[i] = scalar(doc, s->items->pdata[i]);
        n->items = items;
        n->n = s->items->len;
        return n;
    }
    TjNode *n = tj__spec_doc_node(doc, TJ_SPEC_NODE_MAP, none);
    guint len = s->subs ? s->subs->len / 2 : 0;
    TjNodeEntry *e = tj__spec_doc_take(doc, g_new0(TjNodeEntry, len + 1));
    for (guint i = 0; i < len; i++) {
        const char *k = s->subs->pdata[2 * i];
        e[i].key = tj__spec_doc_text(doc, k, strlen(k));
        e[i].key_loc = none;
        e[i].value = scalar(doc, s->subs->pdata[2 * i + 1]);
    }
    n->entries = e;
    n->n = len;
    return n;
}

TjNode *
tj_spec_builder_finish(TjNodeBuilder *b)
{
    g_return_val_if_fail(b, NULL);
    TjNode *root = tj_spec_builder_node(b);
    tj_spec_builder_free(b);
    return root;
}

TjNode *
tj_spec_builder_node(const TjNodeBuilder *b)
{
    g_return_val_if_fail(b, NULL);
    static const TjSrcLoc none = { 0 };
    TjNodeDoc *doc = tj__spec_doc_new();
    TjNode top = { 0 };
    top.kind = TJ_SPEC_NODE_MAP;
    top.loc = none;
    guint len = b->slots->len;
    TjNodeEntry *e = tj__spec_doc_take(doc, g_new0(TjNodeEntry, len + 1));
    for (guint i = 0; i < len; i++) {
        const Slot *s = b->slots->pdata[i];
        e[i].key = tj__spec_doc_text(doc, s->key, strlen(s->key));
        e[i].key_loc = none;
        e[i].value = value_node(doc, s);
    }
    top.entries = e;
    top.n = len;
    return tj__spec_doc_finish(doc, &top);
}
