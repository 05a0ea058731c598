/* spec/parse.c — libyaml's events → the node tree of node.h.
 *
 * Reads events one at a time and stops at the first problem, so hostile
 * input costs little: the nesting depth and node count (both with aliases
 * expanded, so a consumer walking the tree is bounded too) and the anchor
 * count are checked as each event arrives, before libyaml reads further
 * (its scanner slows quadratically with depth and anchors). Also closed
 * here: duplicate keys (compared by text), a second document, aliases to
 * unknown anchors or to a node still being built (a cycle), non-text keys,
 * NUL or oversized scalars. libyaml's own errors keep its problem text and get the
 * file:line:col form. The bytes were checked by scan.c before; merge keys
 * are resolved by merge.c as each map ends. */
#include "spec/spec-private.h"
#include "core/i18n.h"

#include <string.h>
#include <yaml.h>

#define INDEX_MIN 8   /* maps with more entries get a hash index of keys */

typedef struct {
    const TjNode *node;
    guint64 weight;         /* nodes under it, aliases expanded */
    guint height;           /* levels of maps and lists in it, expanded */
    gboolean open;          /* a container not finished yet */
} Anchor;

typedef struct {
    TjNode *node;
    GPtrArray *items;       /* SEQ: const TjNode * */
    GArray *entries;        /* MAP: TjNodeEntry */
    GHashTable *index;      /* MAP, when large: key → entry index + 1 */
    Anchor *anchor;         /* the anchor naming this node, or NULL */
    guint64 weight;
    gboolean has_key, key_plain, has_merge;
    const char *key;
    TjSrcLoc key_loc;
} Frame;

typedef struct {
    TjNodeDoc *doc;
    const char *file;
    const char *bytes;
    gsize len;
    GArray *stack;          /* Frame */
    GHashTable *anchors;    /* name → Anchor * (latest definition) */
    GPtrArray *anchor_list; /* every Anchor, owned */
    GHashTable *heights;    /* finished container → its levels */
    guint64 n_nodes;
    guint n_docs;
    const TjNode *top;
    GError **error;
} Parser;

static TjSrcLoc
mark_loc(const Parser *p, yaml_mark_t m)
{
    return tj_src_loc(p->file, (guint)m.line + 1, (guint)m.column + 1);
}

static gboolean
fail(Parser *p, TjErrorCode code, yaml_mark_t m, const char *fmt, ...)
    G_GNUC_PRINTF(4, 5);

static gboolean
fail(Parser *p, TjErrorCode code, yaml_mark_t m, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *msg = g_strdup_vprintf(fmt, ap);
    va_end(ap);
    TjSrcLoc loc = mark_loc(p, m);
    tj_error_set_at(p->error, code, &loc, "%s", msg);
    g_free(msg);
    return FALSE;
}

static Frame *
top_frame(Parser *p)
{
    if (p->stack->len == 0)
        return NULL;
    return &g_array_index(p->stack, Frame, p->stack->len - 1);
}

static gboolean
count_nodes(Parser *p, guint64 n, const char *alias, yaml_mark_t m)
{
    p->n_nodes += n;
    if (p->n_nodes <= TJ_SPEC_MAX_NODES)
        return TRUE;
    if (alias)
        return fail(p, TJ_ERROR_LIMIT, m, _("alias “*%s” expands the document "
                    "past %d nodes (the limit; an alias bomb?)"), alias,
                    TJ_SPEC_MAX_NODES);
    return fail(p, TJ_ERROR_LIMIT, m, _("more than %d nodes in the document "
                "(the limit)"), TJ_SPEC_MAX_NODES);
}

static Anchor *
define_anchor(Parser *p, const yaml_char_t *name, yaml_mark_t m)
{
    if (name == NULL)
        return NULL;
    if (p->anchor_list->len >= TJ_SPEC_MAX_ANCHORS) {
        fail(p, TJ_ERROR_LIMIT, m, _("more than %d anchors (&%s; the limit)"),
             TJ_SPEC_MAX_ANCHORS, (const char *)name);
        return NULL;
    }
    Anchor *a = g_new0(Anchor, 1);
    g_ptr_array_add(p->anchor_list, a);
    g_hash_table_replace(p->anchors, g_strdup((const char *)name), a);
    return a;
}

/* Finds @key among the entries of @f (NULL when absent). */
static const TjNodeEntry *
find_key(Frame *f, const char *key)
{
    if (f->index) {
        gpointer v = g_hash_table_lookup(f->index, key);
        return v ? &g_array_index(f->entries, TjNodeEntry,
                                  GPOINTER_TO_UINT(v) - 1) : NULL;
    }
    for (guint i = 0; i < f->entries->len; i++) {
        TjNodeEntry *e = &g_array_index(f->entries, TjNodeEntry, i);
        if (strcmp(e->key, key) == 0)
            return e;
    }
    return NULL;
}

static gboolean
add_entry(Parser *p, Frame *f, const TjNode *value)
{
    const TjNodeEntry *dup = find_key(f, f->key);
    if (dup) {
        TjSrcLoc loc = f->key_loc;
        tj_error_set_at(p->error, TJ_ERROR_INPUT, &loc,
                        _("duplicate key “%s” (first at %u:%u)"), f->key,
                        dup->key_loc.line, dup->key_loc.col);
        return FALSE;
    }
    TjNodeEntry e = { f->key, f->key_loc, value };
    g_array_append_val(f->entries, e);
    if (f->key_plain && strcmp(f->key, TJ__SPEC_MERGE_KEY) == 0)
        f->has_merge = TRUE;
    if (f->index == NULL && f->entries->len > INDEX_MIN) {
        f->index = g_hash_table_new(g_str_hash, g_str_equal);
        for (guint i = 0; i < f->entries->len; i++)
            g_hash_table_insert(f->index, (gpointer)g_array_index(
                                    f->entries, TjNodeEntry, i).key,
                                GUINT_TO_POINTER(i + 1));
    } else if (f->index) {
        g_hash_table_insert(f->index, (gpointer)f->key,
                            GUINT_TO_POINTER(f->entries->len));
    }
    f->has_key = FALSE;
    return TRUE;
}

/* Adds a finished node (of @weight nodes) to the container being built, or
 * makes it the document's top node. */
static gboolean
add_node(Parser *p, const TjNode *node, guint64 weight, gboolean plain,
         yaml_mark_t m)
{
    Frame *f = top_frame(p);
    if (f == NULL) {
        p->top = node;
        return TRUE;
    }
    f->weight += weight;
    if (f->node->kind == TJ_SPEC_NODE_SEQ) {
        g_ptr_array_add(f->items, (gpointer)node);
        return TRUE;
    }
    if (f->has_key)
        return add_entry(p, f, node);
    if (node->kind == TJ_SPEC_NODE_MAP || node->kind == TJ_SPEC_NODE_SEQ)
        return fail(p, TJ_ERROR_INPUT, m, "%s", node->kind == TJ_SPEC_NODE_MAP
                    ? _("a key must be text, not a map") : _("a key must be text, not a list"));
    f->key = node->text;
    f->key_loc = mark_loc(p, m);
    f->key_plain = plain;
    f->has_key = TRUE;
    return TRUE;
}

static gboolean
is_null_word(const char *s, gsize len)
{
    static const char *const words[] = { "", "~", "null", "Null", "NULL" };
    for (gsize i = 0; i < G_N_ELEMENTS(words); i++)
        if (strlen(words[i]) == len && memcmp(words[i], s, len) == 0)
            return TRUE;
    return FALSE;
}

static gboolean
on_scalar(Parser *p, const yaml_event_t *ev)
{
    const char *v = (const char *)ev->data.scalar.value;
    gsize len = ev->data.scalar.length;
    const char *tag = (const char *)ev->data.scalar.tag;
    if (len > TJ_SPEC_MAX_SCALAR)
        return fail(p, TJ_ERROR_LIMIT, ev->start_mark, _("text of %llu"
                    " bytes; the limit is %d bytes"), (unsigned long long)len,
                    TJ_SPEC_MAX_SCALAR);
    if (memchr(v, '\0', len))
        return fail(p, TJ_ERROR_INPUT, ev->start_mark,
                    _("text contains a NUL character (an escape such as \\0)"));
    if (!g_utf8_validate_len(v, len, NULL))
        return fail(p, TJ_ERROR_INPUT, ev->start_mark,
                    _("text is not valid UTF-8 after its escapes"));
    gboolean plain = ev->data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
    gboolean is_null = tag ? strcmp(tag, YAML_NULL_TAG) == 0
                           : plain && is_null_word(v, len);
    TjNode *n = tj__spec_doc_node(p->doc, is_null ? TJ_SPEC_NODE_NULL
                                  : TJ_SPEC_NODE_SCALAR,
                                  mark_loc(p, ev->start_mark));
    n->text = tj__spec_doc_text(p->doc, v, len);
    n->quoted = !is_null && (!plain || tag != NULL);
    if (!count_nodes(p, 1, NULL, ev->start_mark))
        return FALSE;
    if (ev->data.scalar.anchor) {
        Anchor *a = define_anchor(p, ev->data.scalar.anchor, ev->start_mark);
        if (a == NULL)
            return FALSE;
        a->node = n;
        a->weight = 1;
    }
    return add_node(p, n, 1, plain && tag == NULL, ev->start_mark);
}

static gboolean
on_alias(Parser *p, const yaml_event_t *ev)
{
    const char *name = (const char *)ev->data.alias.anchor;
    Anchor *a = g_hash_table_lookup(p->anchors, name);
    if (a == NULL)
        return fail(p, TJ_ERROR_INPUT, ev->start_mark,
                    _("alias “*%s” names no anchor &%s defined before it"),
                    name, name);
    if (a->open)
        return fail(p, TJ_ERROR_INPUT, ev->start_mark,
                    _("alias “*%s” is inside the node &%s it names (a cycle)"),
                    name, name);
    if (p->stack->len + a->height > TJ_SPEC_MAX_DEPTH)
        return fail(p, TJ_ERROR_LIMIT, ev->start_mark, _("alias “*%s” nests "
                    "its node deeper than %d levels (the limit)"), name,
                    TJ_SPEC_MAX_DEPTH);
    if (!count_nodes(p, a->weight, name, ev->start_mark))
        return FALSE;
    gboolean plain = a->node->kind != TJ_SPEC_NODE_MAP
                  && a->node->kind != TJ_SPEC_NODE_SEQ && !a->node->quoted;
    return add_node(p, a->node, a->weight, plain, ev->start_mark);
}

static gboolean
on_start(Parser *p, const yaml_event_t *ev, TjNodeKind kind)
{
    if (p->stack->len >= TJ_SPEC_MAX_DEPTH)
        return fail(p, TJ_ERROR_LIMIT, ev->start_mark, _("nesting deeper than "
                    "%d levels (the limit)"), TJ_SPEC_MAX_DEPTH);
    Frame *parent = top_frame(p);
    if (parent && parent->node->kind == TJ_SPEC_NODE_MAP && !parent->has_key)
        return fail(p, TJ_ERROR_INPUT, ev->start_mark,
                    "%s", kind == TJ_SPEC_NODE_MAP ? _("a key must be text, not a map")
                    : _("a key must be text, not a list"));
    if (!count_nodes(p, 1, NULL, ev->start_mark))
        return FALSE;
    const yaml_char_t *anchor = kind == TJ_SPEC_NODE_MAP
        ? ev->data.mapping_start.anchor : ev->data.sequence_start.anchor;
    Frame f = { 0 };
    if (anchor && (f.anchor = define_anchor(p, anchor, ev->start_mark)) == NULL)
        return FALSE;
    f.node = tj__spec_doc_node(p->doc, kind, mark_loc(p, ev->start_mark));
    f.weight = 1;
    if (kind == TJ_SPEC_NODE_SEQ)
        f.items = g_ptr_array_new();
    else
        f.entries = g_array_new(FALSE, FALSE, sizeof(TjNodeEntry));
    if (f.anchor) {
        f.anchor->node = f.node;
        f.anchor->open = TRUE;
    }
    g_array_append_val(p->stack, f);
    return TRUE;
}

static void
frame_clear(Frame *f)
{
    if (f->items)
        g_ptr_array_free(f->items, TRUE);
    if (f->entries)
        g_array_free(f->entries, TRUE);
    if (f->index)
        g_hash_table_destroy(f->index);
    f->items = NULL;
    f->entries = NULL;
    f->index = NULL;
}

/* Levels of maps and lists in the finished container @n, aliases and
 * merges expanded (a merged map's entries are @n's own). */
static guint
node_height(Parser *p, const TjNode *n)
{
    guint h = 0;
    for (guint i = 0; i < n->n; i++) {
        const TjNode *c = n->items ? n->items[i] : n->entries[i].value;
        h = MAX(h, GPOINTER_TO_UINT(g_hash_table_lookup(p->heights, c)));
    }
    return h + 1;
}

static gboolean
on_end(Parser *p, const yaml_event_t *ev)
{
    Frame f = *top_frame(p);
    g_array_set_size(p->stack, p->stack->len - 1);
    TjNode *n = f.node;
    gboolean ok = TRUE;
    if (f.entries && f.has_merge) {
        GArray *merged = tj__spec_merge(f.entries, p->error);
        ok = merged != NULL;
        if (ok) {
            g_array_free(f.entries, TRUE);
            f.entries = merged;
        }
    }
    if (ok && f.items) {
        n->n = f.items->len;
        n->items = tj__spec_doc_take(p->doc, g_memdup2(
            f.items->pdata, f.items->len * sizeof(gpointer)));
    } else if (ok) {
        n->n = f.entries->len;
        n->entries = tj__spec_doc_take(p->doc, g_memdup2(
            f.entries->data, f.entries->len * sizeof(TjNodeEntry)));
    }
    frame_clear(&f);
    if (!ok)
        return FALSE;
    guint height = node_height(p, n);
    g_hash_table_insert(p->heights, n, GUINT_TO_POINTER(height));
    if (f.anchor) {
        f.anchor->open = FALSE;
        f.anchor->weight = f.weight;
        f.anchor->height = height;
    }
    return add_node(p, n, f.weight, FALSE, ev->start_mark);
}

/* libyaml's own error, as "file:line:col: problem". */
static void
yaml_error(Parser *p, const yaml_parser_t *yp)
{
    /* libyaml's own problem text stays English (libyaml has no catalogue) */
    const char *problem = yp->problem ? yp->problem : _("YAML syntax error");
    guint line, col;
    if (yp->error == YAML_READER_ERROR) {
        tj__spec_locate(p->bytes, p->len, yp->problem_offset, &line, &col);
    } else {
        line = (guint)yp->problem_mark.line + 1;
        col = (guint)yp->problem_mark.column + 1;
    }
    GString *msg = g_string_new(problem);
    gsize off = tj__spec_offset(p->bytes, p->len, line, col);
    if (off < p->len && p->bytes[off] == '\t' && !strstr(problem, "tab"))
        g_string_append(msg, _(" (a tab; YAML indents with spaces)"));
    if (yp->context && g_str_has_prefix(yp->context, "while parsing a flow")
        && yp->context_mark.line != yp->problem_mark.line)
        /* TRANSLATORS: %s is libyaml's "flow mapping" or "flow sequence" */
        g_string_append_printf(msg, _(" (in the %s that starts at %u:%u)"),
                               yp->context + strlen("while parsing a "),
                               (guint)yp->context_mark.line + 1,
                               (guint)yp->context_mark.column + 1);
    if (yp->error == YAML_MEMORY_ERROR)
        g_string_assign(msg, _("out of memory while reading YAML"));
    TjSrcLoc loc = tj_src_loc(p->file, line, col);
    tj_error_set_at(p->error, TJ_ERROR_INPUT, &loc, "%s", msg->str);
    g_string_free(msg, TRUE);
}

/* Handles one event; *done is set at the end of the stream. */
static gboolean
on_event(Parser *p, const yaml_event_t *ev, gboolean *done)
{
    switch (ev->type) {
    case YAML_STREAM_END_EVENT:
        *done = TRUE;
        return TRUE;
    case YAML_DOCUMENT_START_EVENT:
        if (p->n_docs++ > 0)
            return fail(p, TJ_ERROR_INPUT, ev->start_mark, _("a second document; "
                        "a spec is one YAML document (remove the “---”)"));
        return TRUE;
    case YAML_SCALAR_EVENT:
        return on_scalar(p, ev);
    case YAML_ALIAS_EVENT:
        return on_alias(p, ev);
    case YAML_SEQUENCE_START_EVENT:
        return on_start(p, ev, TJ_SPEC_NODE_SEQ);
    case YAML_MAPPING_START_EVENT:
        return on_start(p, ev, TJ_SPEC_NODE_MAP);
    case YAML_SEQUENCE_END_EVENT:
    case YAML_MAPPING_END_EVENT:
        return on_end(p, ev);
    default:
        return TRUE;
    }
}

static void
parser_clear(Parser *p)
{
    for (guint i = 0; i < p->stack->len; i++)
        frame_clear(&g_array_index(p->stack, Frame, i));
    g_array_free(p->stack, TRUE);
    g_hash_table_destroy(p->anchors);
    g_ptr_array_free(p->anchor_list, TRUE);
    g_hash_table_destroy(p->heights);
}

TjNode *
tj__spec_parse_yaml(const char *bytes, gsize len, const char *file,
                    GError **error)
{
    Parser p = { 0 };
    p.doc = tj__spec_doc_new();
    p.file = file;
    p.bytes = bytes;
    p.len = len;
    p.error = error;
    p.stack = g_array_new(FALSE, FALSE, sizeof(Frame));
    p.anchors = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    p.anchor_list = g_ptr_array_new_with_free_func(g_free);
    p.heights = g_hash_table_new(g_direct_hash, g_direct_equal);

    yaml_parser_t yp;
    yaml_parser_initialize(&yp);
    yaml_parser_set_input_string(&yp, (const unsigned char *)bytes, len);
    yaml_parser_set_encoding(&yp, YAML_UTF8_ENCODING);
    gboolean ok = TRUE, done = FALSE;
    while (ok && !done) {
        yaml_event_t ev;
        if (!yaml_parser_parse(&yp, &ev)) {
            yaml_error(&p, &yp);
            ok = FALSE;
            break;
        }
        ok = on_event(&p, &ev, &done);
        yaml_event_delete(&ev);
    }
    yaml_parser_delete(&yp);
    parser_clear(&p);
    if (!ok) {
        tj__spec_doc_free(p.doc);
        return NULL;
    }
    if (p.top == NULL) {
        TjNode *empty = tj__spec_doc_node(p.doc, TJ_SPEC_NODE_NULL,
                                          tj_src_loc(file, 1, 1));
        empty->text = "";
        p.top = empty;
    }
    return tj__spec_doc_finish(p.doc, p.top);
}
