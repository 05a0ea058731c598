/* spec/sections.c — a page's sections, rows and blocks. A row is one block
 * map or a list of 1 to 4; a block map has exactly one key, its kind. Text
 * and image blocks are read whole here; the options of chart blocks are
 * only located (and their data: resolved) for the chart code to check.
 * Stops reading once the page passes TJ_SPEC_MAX_BLOCKS blocks. */
#include "spec/spec.h"
#include "spec/spec-private.h"
#include "core/i18n.h"

#include <string.h>

static const char *const section_keys[] = { "heading", "intro", "rows", NULL };
static const char *const text_keys[] = { "text", NULL };
static const char *const image_keys[] = { "path", "caption", "alt", "height", NULL };

static gboolean
is_kind(const TjSpec *spec, const char *key)
{
    return strcmp(key, "text") == 0 || strcmp(key, "image") == 0 ||
           (spec->chart_kinds && g_strv_contains(spec->chart_kinds, key));
}

/* Every block kind: the chart kinds, text and image. (transfer container) */
static const char **
block_kinds(const TjSpec *spec)
{
    GPtrArray *all = g_ptr_array_new();
    for (const char *const *k = spec->chart_kinds; k && *k; k++)
        g_ptr_array_add(all, (gpointer)*k);
    g_ptr_array_add(all, (gpointer)"text");
    g_ptr_array_add(all, (gpointer)"image");
    g_ptr_array_add(all, NULL);
    return (const char **)g_ptr_array_free(all, FALSE);
}

/* text: TEXT or text: {text: TEXT} */
static void
read_text(TjSpecBlock *block, TjSpecErrors *errs)
{
    const TjNode *v = block->node;
    if (v->kind == TJ_SPEC_NODE_MAP) {
        tj_spec_check_keys(v, text_keys, _("the text block"), errs);
        block->text = tj_spec_as_string(tj_spec_require(v, "text",
                                        _("the text block"), errs), "text", errs);
        return;
    }
    if (v->kind == TJ_SPEC_NODE_SCALAR) {
        block->text = v->text;
        return;
    }
    char *got = tj_spec_node_describe(v);
    tj_spec_errors_add(errs, &v->loc, _("“text”: expected text or {text: …}, "
                       "got %s"), got);
    g_free(got);
}

/* image: PATH or image: {path: PATH, caption, alt, height} (the api reads
 * the last three) */
static void
read_image(TjSpec *spec, TjSpecBlock *block, TjSpecErrors *errs)
{
    const TjNode *v = block->node;
    const char *path = NULL;
    if (v->kind == TJ_SPEC_NODE_MAP) {
        tj_spec_check_keys(v, image_keys, _("the image block"), errs);
        path = tj_spec_as_string(tj_spec_require(v, "path",
                                 _("the image block"), errs), "path", errs);
    } else if (v->kind == TJ_SPEC_NODE_SCALAR && v->text[0] != '\0') {
        path = v->text;
    } else {
        char *got = tj_spec_node_describe(v);
        tj_spec_errors_add(errs, &v->loc, _("“image”: expected the path of an "
                           "image or {path: …}, got %s"), got);
        g_free(got);
    }
    if (path)
        block->image = tj__spec_resolve_path(spec, path);
}

void
tj__spec_read_block(TjSpec *spec, TjSpecBlock *block, const TjNodeEntry *e,
                    TjSpecErrors *errs)
{
    g_return_if_fail(is_kind(spec, e->key));
    block->kind = strcmp(e->key, "text") == 0    ? TJ_SPEC_BLOCK_TEXT
                  : strcmp(e->key, "image") == 0 ? TJ_SPEC_BLOCK_IMAGE
                                                 : TJ_SPEC_BLOCK_CHART;
    block->kind_name = e->key;
    block->loc = e->key_loc;
    block->node = e->value;
    block->options = e->value->kind == TJ_SPEC_NODE_MAP ? e->value : NULL;
    switch (block->kind) {
    case TJ_SPEC_BLOCK_TEXT:
        read_text(block, errs);
        return;
    case TJ_SPEC_BLOCK_IMAGE:
        read_image(spec, block, errs);
        return;
    default:
        break;
    }
    if (e->value->kind != TJ_SPEC_NODE_MAP) {
        char *got = tj_spec_node_describe(e->value);
        tj_spec_errors_add(errs, &e->value->loc, _("“%s”: expected a map of "
                           "options, got %s"), e->key, got);
        g_free(got);
        return;
    }
    block->data_node = tj_spec_node_get(block->options, "data");
    block->data = tj__spec_resolve_data(spec, block->data_node, errs);
    if (block->data_node && block->data_node->kind == TJ_SPEC_NODE_NULL)
        block->data_node = NULL;
}

/* A key of a block map that is not a kind. */
static void
stray_key(const TjSpec *spec, const TjNodeEntry *e, const TjNodeEntry *kind,
          TjSpecErrors *errs)
{
    const char **kinds = block_kinds(spec);
    char *near = tj_spec_suggest(e->key, kinds);
    g_free(kinds);
    char *list = tj_spec_kinds_list(spec);
    if (near)
        tj_spec_errors_add(errs, &e->key_loc, _("unknown block kind “%s”; did "
                           "you mean “%s”? (kinds: %s)"), e->key,
                           near, list);
    else if (kind)
        tj_spec_errors_add(errs, &e->key_loc, _("“%s” beside “%s”: a block map "
                           "has one key, its kind; indent the options under "
                           "“%s:”"), e->key, kind->key, kind->key);
    else
        tj_spec_errors_add(errs, &e->key_loc, _("unknown block kind “%s” "
                           "(kinds: %s)"), e->key, list);
    g_free(list);
    g_free(near);
}

static void
read_block_map(TjSpec *spec, TjSpecBlock *block, const TjNode *node,
               TjSpecErrors *errs)
{
    if (node->kind != TJ_SPEC_NODE_MAP || node->n == 0) {
        char *got = tj_spec_node_describe(node);
        char *list = tj_spec_kinds_list(spec);
        tj_spec_errors_add(errs, &node->loc, _("expected a block such as "
                           "{kpi: {…}} (kinds: %s), got %s"), list,
                           node->kind == TJ_SPEC_NODE_MAP ? _("an empty map")
                           : got);
        g_free(list);
        g_free(got);
        return;
    }
    const TjNodeEntry *kind = NULL;
    for (guint i = 0; i < node->n && !kind; i++)
        if (is_kind(spec, node->entries[i].key))
            kind = &node->entries[i];
    for (guint i = 0; i < node->n; i++) {
        const TjNodeEntry *e = &node->entries[i];
        if (e == kind)
            continue;
        if (is_kind(spec, e->key))
            tj_spec_errors_add(errs, &e->key_loc, _("a second kind “%s” in one "
                               "block (the first is “%s” at %u:%u); give each "
                               "block its own {…}"), e->key, kind->key,
                               kind->key_loc.line, kind->key_loc.col);
        else
            stray_key(spec, e, kind, errs);
    }
    if (kind)
        tj__spec_read_block(spec, block, kind, errs);
}

/* FALSE once the page has passed the block limit (recorded). */
static gboolean
count_block(TjSpec *spec, const TjNode *node, TjSpecErrors *errs)
{
    if (++spec->n_blocks <= TJ_SPEC_MAX_BLOCKS)
        return TRUE;
    tj_spec_errors_add_code(errs, TJ_ERROR_LIMIT, &node->loc, _("more than %d "
                            "blocks in the page (the limit)"),
                            TJ_SPEC_MAX_BLOCKS);
    return FALSE;
}

static gboolean
read_row(TjSpec *spec, TjSpecRow *row, const TjNode *node, TjSpecErrors *errs)
{
    row->loc = node->loc;
    if (node->kind == TJ_SPEC_NODE_MAP) {
        row->blocks = g_new0(TjSpecBlock, 1);
        row->n_blocks = 1;
        read_block_map(spec, &row->blocks[0], node, errs);
        return count_block(spec, node, errs);
    }
    if (node->kind != TJ_SPEC_NODE_SEQ) {
        char *got = tj_spec_node_describe(node);
        tj_spec_errors_add(errs, &node->loc, _("expected a row: a block {kind: "
                           "…} or a list of 1 to %d blocks, got %s"),
                           TJ_SPEC_MAX_ROW, got);
        g_free(got);
        return TRUE;
    }
    if (node->n == 0 || node->n > TJ_SPEC_MAX_ROW)
        tj_spec_errors_add(errs, &node->loc, _("a row has 1 to %d blocks, got "
                           "%u"), TJ_SPEC_MAX_ROW, node->n);
    row->blocks = g_new0(TjSpecBlock, MAX(node->n, 1));
    for (guint i = 0; i < node->n; i++) {
        read_block_map(spec, &row->blocks[row->n_blocks++], node->items[i],
                       errs);
        if (!count_block(spec, node->items[i], errs))
            return FALSE;
    }
    return TRUE;
}

/* FALSE once the page has passed the block limit. */
static gboolean
read_section(TjSpec *spec, TjSpecSection *sec, const TjNode *node,
             TjSpecErrors *errs)
{
    sec->loc = node->loc;
    if (node->kind != TJ_SPEC_NODE_MAP) {
        char *got = tj_spec_node_describe(node);
        tj_spec_errors_add(errs, &node->loc, _("expected a section {heading: "
                           "…, rows: […]}, got %s"), got);
        g_free(got);
        return TRUE;
    }
    tj_spec_check_keys(node, section_keys, _("a section"), errs);
    sec->heading = tj_spec_get_string(node, "heading", NULL, errs);
    sec->intro = tj_spec_get_string(node, "intro", NULL, errs);
    const TjNode *rows = tj_spec_require(node, "rows", _("a section"), errs);
    if (rows == NULL || !tj_spec_expect(rows, TJ_SPEC_NODE_SEQ, "rows", errs))
        return TRUE;
    if (rows->n == 0)
        tj_spec_errors_add(errs, &rows->loc, _("“rows”: a section needs at "
                           "least one row"));
    sec->rows = g_new0(TjSpecRow, MAX(rows->n, 1));
    for (guint i = 0; i < rows->n; i++)
        if (!read_row(spec, &sec->rows[sec->n_rows++], rows->items[i], errs))
            return FALSE;
    return TRUE;
}

void
tj__spec_read_sections(TjSpec *spec, const TjNode *seq, TjSpecErrors *errs)
{
    if (seq->n == 0)
        tj_spec_errors_add(errs, &seq->loc, _("“sections”: a page needs at "
                           "least one section"));
    guint n = MIN(seq->n, TJ_SPEC_MAX_SECTIONS);
    spec->sections = g_new0(TjSpecSection, MAX(n, 1));
    for (guint i = 0; i < n; i++)
        if (!read_section(spec, &spec->sections[spec->n_sections++],
                          seq->items[i], errs))
            return;
    if (seq->n > TJ_SPEC_MAX_SECTIONS)
        tj_spec_errors_add_code(errs, TJ_ERROR_LIMIT,
                                &seq->items[TJ_SPEC_MAX_SECTIONS]->loc,
                                _("more than %d sections in the page (the "
                                "limit)"), TJ_SPEC_MAX_SECTIONS);
}
