/* tests/fuzz/fuzz-spec.c — libFuzzer harness for spec/: any bytes through
 * tj_spec_node_parse() and the skeleton builder. A failure must come with
 * a located, UTF-8 message; a tree must keep its invariants (places real,
 * texts UTF-8 without NUL, keys unique per map, depth and expanded size
 * within the limits); the skeleton and every getter must run on it, and
 * the collected errors must finish into one message.
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined -I. -Iinclude \
 *     $(pkg-config --cflags glib-2.0 yaml-0.1) tests/fuzz/fuzz-spec.c \
 *     spec/[a-z]*.c core/error.c -o build-fuzz/fuzz-spec \
 *     $(pkg-config --libs glib-2.0 yaml-0.1)
 *   mkdir -p build-fuzz/corpus-spec
 *   build-fuzz/fuzz-spec -max_total_time=300 -max_len=4096 \
 *     build-fuzz/corpus-spec tests/fuzz/corpus/spec */
#include "bind/bind.h"
#include "spec/spec.h"

#include <stdint.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
check_loc(TjSrcLoc loc)
{
    g_assert_cmpstr(loc.file, ==, "fuzz.yaml");
    g_assert_cmpuint(loc.line, >=, 1);
    g_assert_cmpuint(loc.col, >=, 1);
}

/* Walks @n inside @depth maps and lists, counting visits (aliases
 * expanded) in *seen. */
static void
check_node(const TjNode *n, guint depth, guint64 *seen)
{
    if (n->kind == TJ_SPEC_NODE_SEQ || n->kind == TJ_SPEC_NODE_MAP)
        g_assert_cmpuint(++depth, <=, TJ_SPEC_MAX_DEPTH);
    g_assert_cmpuint(++*seen, <=, TJ_SPEC_MAX_NODES);
    check_loc(n->loc);
    char *d = tj_spec_node_describe(n);
    g_assert_true(g_utf8_validate(d, -1, NULL));
    g_free(d);
    switch (n->kind) {
    case TJ_SPEC_NODE_NULL:
    case TJ_SPEC_NODE_SCALAR:
        g_assert_nonnull(n->text);
        g_assert_true(g_utf8_validate(n->text, -1, NULL));
        g_assert_cmpuint(strlen(n->text), <=, TJ_SPEC_MAX_SCALAR);
        g_assert_cmpuint(n->n, ==, 0);
        return;
    case TJ_SPEC_NODE_SEQ:
        for (guint i = 0; i < n->n; i++)
            check_node(n->items[i], depth, seen);
        return;
    case TJ_SPEC_NODE_MAP:
        for (guint i = 0; i < n->n; i++) {
            const TjNodeEntry *e = &n->entries[i];
            g_assert_true(g_utf8_validate(e->key, -1, NULL));
            check_loc(e->key_loc);
            g_assert_true(tj_spec_node_entry(n, e->key) == e);   /* unique */
            check_node(e->value, depth, seen);
        }
        return;
    }
    g_assert_not_reached();
}

/* What the chart code will do with a block's options. */
static void
read_options(const TjNode *opts, TjSpecErrors *errs)
{
    static const char *const keys[] = { "data", "where", "x", "y", "value",
        "max", "label", "better", "horizontal", "style", NULL };
    static const char *const better[] = { "higher", "lower", NULL };
    static const char *const style[] = { "ring", "semi", "bar", NULL };
    tj_spec_check_keys(opts, keys, "the block", errs);
    tj_spec_get_string(opts, "x", NULL, errs);
    char **y = tj_spec_get_string_list(opts, "y", errs);
    g_strfreev(y);
    tj_spec_get_double(opts, "value", 0, errs);
    tj_spec_get_double_in(opts, "max", 100, 0, 1e9, errs);
    tj_spec_get_int(opts, "label", 0, errs);
    tj_spec_get_enum(opts, "better", better, 0, errs);
    tj_spec_get_enum(opts, "style", style, 0, errs);
    tj_spec_get_bool(opts, "horizontal", FALSE, errs);
    tj_spec_get_map(opts, "where", errs);
    tj_spec_get_seq(opts, "y", errs);
    tj_spec_require(opts, "data", "the block", errs);
}

static void
check_spec(const TjSpec *s, TjSpecErrors *errs)
{
    g_assert_cmpuint(s->n_sections, <=, TJ_SPEC_MAX_SECTIONS);
    g_assert_cmpuint(s->n_data, <=, TJ_SPEC_MAX_SOURCES);
    for (guint i = 0; i < s->n_data; i++)
        g_assert_nonnull(s->data[i]->resolved);
    guint blocks = 0;
    for (guint i = 0; i < s->n_sections; i++) {
        const TjSpecSection *sec = &s->sections[i];
        for (guint r = 0; r < sec->n_rows; r++) {
            for (guint b = 0; b < sec->rows[r].n_blocks; b++) {
                const TjSpecBlock *blk = &sec->rows[r].blocks[b];
                blocks++;
                if (blk->options)
                    read_options(blk->options, errs);
            }
        }
    }
    g_assert_cmpuint(blocks, <=, TJ_SPEC_MAX_BLOCKS + 1);
    if (s->form == TJ_SPEC_FORM_CHART && s->chart.options)
        read_options(s->chart.options, errs);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    GError *err = NULL;
    TjNode *root = tj_spec_node_parse((const char *)data, size, "fuzz.yaml",
                                      &err);
    if (root == NULL) {
        g_assert_nonnull(err);
        g_assert_true(g_str_has_prefix(err->message, "fuzz.yaml:"));
        g_assert_true(g_utf8_validate(err->message, -1, NULL));
        g_error_free(err);
        return 0;
    }
    guint64 seen = 0;
    check_node(root, 0, &seen);
    char *dump = tj_spec_node_dump(root);
    g_free(dump);
    TjSpecErrors *errs = tj_spec_errors_new();
    TjSpec *spec = tj_spec_build(root, tj_bind_kind_names(), errs);
    check_spec(spec, errs);
    if (!tj_spec_errors_finish(errs, &err)) {
        g_assert_true(g_str_has_prefix(err->message, "fuzz.yaml:"));
        g_assert_true(g_utf8_validate(err->message, -1, NULL));
        g_error_free(err);
    } else {
        g_assert_null(err);
    }
    tj_spec_errors_free(errs);
    tj_spec_free(spec);
    return 0;
}
