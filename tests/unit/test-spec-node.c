/* tests/unit/test-spec-node.c — spec/node.c, the node tree: the places of
 * keys and values in block, flow, JSON and CJK text; anchors and merges;
 * every error of the reader with its exact message and place; the limits
 * that keep hostile input cheap; loading a file. (The checking helpers,
 * the page/chart skeleton and the bad-input corpus: test-spec.c.) */
#include <string.h>

#include "spec/node.h"
#include "support/tjtest.h"

static TjNode *
parse_ok(const char *text)
{
    GError *err = NULL;
    TjNode *n = tj_spec_node_parse(text, strlen(text), "t.yaml", &err);
    g_assert_no_error(err);
    g_assert_nonnull(n);
    return n;
}

/* Parses @len bytes and checks the error's code and whole message. */
static void
assert_node_error(const char *bytes, gsize len, TjErrorCode code,
                  const char *want)
{
    GError *err = NULL;
    TjNode *n = tj_spec_node_parse(bytes, len, "t.yaml", &err);
    g_assert_null(n);
    g_assert_error(err, TJ_ERROR, (gint)code);
    g_assert_cmpstr(err->message, ==, want);
    g_error_free(err);
}
#define NODE_ERROR(text, code, want) \
    assert_node_error((text), strlen(text), (code), (want))

static void
assert_loc(TjSrcLoc loc, guint line, guint col)
{
    g_assert_cmpstr(loc.file, ==, "t.yaml");
    g_assert_cmpuint(loc.line, ==, line);
    g_assert_cmpuint(loc.col, ==, col);
}

/* ---- the node tree --------------------------------------------------- */

static void
test_node_block_locations(void)
{
    TjNode *root = parse_ok("page:\n"
                            "  title: 图解\n"
                            "  width: 1080\n"
                            "sections:\n"
                            "  - heading: 经济运行\n"
                            "    rows: []\n");
    g_assert_cmpint(root->kind, ==, TJ_SPEC_NODE_MAP);
    assert_loc(root->loc, 1, 1);
    g_assert_cmpuint(root->n, ==, 2);
    g_assert_cmpstr(root->entries[1].key, ==, "sections");
    assert_loc(root->entries[1].key_loc, 4, 1);
    const TjNode *page = tj_spec_node_get(root, "page");
    assert_loc(page->loc, 2, 3);
    assert_loc(tj_spec_node_entry(page, "width")->key_loc, 3, 3);
    const TjNode *width = tj_spec_node_get(page, "width");
    g_assert_cmpint(width->kind, ==, TJ_SPEC_NODE_SCALAR);
    g_assert_cmpstr(width->text, ==, "1080");
    g_assert_false(width->quoted);
    assert_loc(width->loc, 3, 10);
    const TjNode *secs = tj_spec_node_get(root, "sections");
    g_assert_cmpint(secs->kind, ==, TJ_SPEC_NODE_SEQ);
    assert_loc(secs->loc, 5, 3);
    const TjNode *sec = secs->items[0];
    assert_loc(sec->loc, 5, 5);
    assert_loc(tj_spec_node_get(sec, "heading")->loc, 5, 14);
    assert_loc(tj_spec_node_get(sec, "rows")->loc, 6, 11);
    g_assert_null(tj_spec_node_get(sec, "nope"));
    g_assert_null(tj_spec_node_get(secs, "heading"));
    tj_spec_node_free(root);
}

static void
test_node_flow_cjk_locations(void)
{
    /* columns count characters: 东城区：/“”/。 are one column each */
    TjNode *root = parse_ok("标题：东城: {\"a\": [1, “二”], b: 东城}\n"
                            "说明: 二〇二一年。 [甲]\n"
                            "c: 「甲」\n");
    assert_loc(root->entries[0].key_loc, 1, 1);
    g_assert_cmpstr(root->entries[0].key, ==, "标题：东城");
    const TjNode *m = root->entries[0].value;
    assert_loc(m->loc, 1, 8);
    assert_loc(m->entries[0].key_loc, 1, 9);
    const TjNode *a = m->entries[0].value;
    assert_loc(a->loc, 1, 14);
    assert_loc(a->items[1]->loc, 1, 18);
    g_assert_cmpstr(a->items[1]->text, ==, "“二”");
    assert_loc(m->entries[1].key_loc, 1, 24);
    assert_loc(m->entries[1].value->loc, 1, 27);
    /* a plain scalar may hold brackets after text */
    g_assert_cmpstr(root->entries[1].value->text, ==, "二〇二一年。 [甲]");
    assert_loc(root->entries[1].value->loc, 2, 5);
    assert_loc(root->entries[2].value->loc, 3, 4);
    tj_spec_node_free(root);
}

static void
test_node_json(void)
{
    TjNode *root = parse_ok("{\n"
                            "  \"page\": {\"title\": \"图解\", \"width\": 1080},\n"
                            "  \"sections\": [{\"rows\": [[{\"text\": \"一\"}]]}]\n"
                            "}\n");
    const TjNode *page = tj_spec_node_get(root, "page");
    assert_loc(root->entries[0].key_loc, 2, 3);
    assert_loc(page->loc, 2, 11);
    assert_loc(tj_spec_node_entry(page, "width")->key_loc, 2, 27);
    const TjNode *title = tj_spec_node_get(page, "title");
    g_assert_true(title->quoted);
    assert_loc(title->loc, 2, 21);
    const TjNode *w = tj_spec_node_get(page, "width");
    g_assert_cmpstr(w->text, ==, "1080");
    g_assert_false(w->quoted);
    tj_spec_node_free(root);
}

static void
test_node_scalars(void)
{
    TjNode *root = parse_ok("\xEF\xBB\xBF" "a: ~\r\n"
                            "b: null\r\n"
                            "c:\r\n"
                            "d: \"\"\r\n"
                            "e: '~'\r\n"
                            "f: !!str null\r\n"
                            "g: !!null x\r\n"
                            "h: |\r\n  一\r\n  二\r\n"
                            "i: NULL\r\n");
    static const struct { const char *key; TjNodeKind kind; const char *text;
                          gboolean quoted; guint line, col; } want[] = {
        { "a", TJ_SPEC_NODE_NULL, "~", FALSE, 1, 4 },
        { "b", TJ_SPEC_NODE_NULL, "null", FALSE, 2, 4 },
        { "c", TJ_SPEC_NODE_NULL, "", FALSE, 3, 3 },
        { "d", TJ_SPEC_NODE_SCALAR, "", TRUE, 4, 4 },
        { "e", TJ_SPEC_NODE_SCALAR, "~", TRUE, 5, 4 },
        { "f", TJ_SPEC_NODE_SCALAR, "null", TRUE, 6, 4 },
        { "g", TJ_SPEC_NODE_NULL, "x", FALSE, 7, 4 },
        { "h", TJ_SPEC_NODE_SCALAR, "一\n二\n", TRUE, 8, 4 },
        { "i", TJ_SPEC_NODE_NULL, "NULL", FALSE, 11, 4 },
    };
    g_assert_cmpuint(root->n, ==, G_N_ELEMENTS(want));
    for (guint i = 0; i < G_N_ELEMENTS(want); i++) {
        const TjNode *v = tj_spec_node_get(root, want[i].key);
        g_assert_cmpint(v->kind, ==, want[i].kind);
        g_assert_cmpstr(v->text, ==, want[i].text);
        g_assert_cmpint(v->quoted, ==, want[i].quoted);
        assert_loc(v->loc, want[i].line, want[i].col);
    }
    assert_loc(root->loc, 1, 1);   /* the BOM is not a column */
    tj_spec_node_free(root);

    root = parse_ok("");
    g_assert_cmpint(root->kind, ==, TJ_SPEC_NODE_NULL);
    assert_loc(root->loc, 1, 1);
    tj_spec_node_free(root);
    tj_spec_node_free(NULL);
}

static void
test_node_anchors_merge(void)
{
    TjNode *root = parse_ok("k: &k {data: economy, value: 数值, unit: 亿元}\n"
                            "n: &n 21.8\n"
                            "a: *k\n"
                            "b: {<<: *k, unit: 万元, label: 收入}\n"
                            "c: {<<: [{x: 1}, *k], data: t, x: 2}\n"
                            "d: [*n, *n]\n");
    const TjNode *k = tj_spec_node_get(root, "k");
    g_assert_true(tj_spec_node_get(root, "a") == k);   /* shared */
    const TjNode *b = tj_spec_node_get(root, "b");
    g_assert_cmpuint(b->n, ==, 4);
    const char *keys[] = { "data", "value", "unit", "label" };
    for (guint i = 0; i < 4; i++)
        g_assert_cmpstr(b->entries[i].key, ==, keys[i]);
    g_assert_cmpstr(tj_spec_node_get(b, "unit")->text, ==, "万元");
    assert_loc(b->entries[0].key_loc, 1, 8);   /* merged: where written */
    const TjNode *c = tj_spec_node_get(root, "c");
    g_assert_cmpuint(c->n, ==, 4);   /* x from the first map wins, then own */
    g_assert_cmpstr(c->entries[0].key, ==, "value");
    g_assert_cmpstr(tj_spec_node_get(c, "x")->text, ==, "2");
    g_assert_cmpstr(tj_spec_node_get(c, "data")->text, ==, "t");
    const TjNode *d = tj_spec_node_get(root, "d");
    g_assert_true(d->items[0] == d->items[1]);
    g_assert_cmpstr(d->items[0]->text, ==, "21.8");
    char *dump = tj_spec_node_dump(tj_spec_node_get(root, "d"));
    g_assert_cmpstr(dump, ==, "list 6:4\n  text 2:4 \"21.8\"\n"
                              "  text 2:4 \"21.8\"\n");
    g_free(dump);
    tj_spec_node_free(root);
}

static void
test_node_errors(void)
{
    NODE_ERROR("a: 1\nb: 2\na: 3\n", TJ_ERROR_INPUT,
               "t.yaml:3:1: duplicate key “a” (first at 1:1)");
    NODE_ERROR("m: {x: 1, y: 2, \"x\": 3}\n", TJ_ERROR_INPUT,
               "t.yaml:1:17: duplicate key “x” (first at 1:5)");
    NODE_ERROR("a: 1\n---\nb: 2\n", TJ_ERROR_INPUT,
               "t.yaml:2:1: a second document; a spec is one YAML document "
               "(remove the “---”)");
    NODE_ERROR("a: &a [1, *a]\n", TJ_ERROR_INPUT,
               "t.yaml:1:11: alias “*a” is inside the node &a it names "
               "(a cycle)");
    NODE_ERROR("a: &a {b: {c: *a}}\n", TJ_ERROR_INPUT,
               "t.yaml:1:15: alias “*a” is inside the node &a it names "
               "(a cycle)");
    NODE_ERROR("a: *nope\n", TJ_ERROR_INPUT,
               "t.yaml:1:4: alias “*nope” names no anchor &nope defined "
               "before it");
    NODE_ERROR("a:\n\tb: 1\n", TJ_ERROR_INPUT,
               "t.yaml:2:1: found character that cannot start any token "
               "(a tab; YAML indents with spaces)");
    NODE_ERROR("page:\n  title: 标题\n subtitle: x\n", TJ_ERROR_INPUT,
               "t.yaml:3:2: did not find expected key");
    NODE_ERROR("a: [1, 2\nb: 3\n", TJ_ERROR_INPUT,
               "t.yaml:2:2: did not find expected ',' or ']' (in the flow "
               "sequence that starts at 1:4)");
    NODE_ERROR("? [a]\n: 1\n", TJ_ERROR_INPUT,
               "t.yaml:1:3: a key must be text, not a list");
    NODE_ERROR("k: &k {a: 1}\n*k : 2\n", TJ_ERROR_INPUT,
               "t.yaml:2:1: a key must be text, not a map");
    NODE_ERROR("a: \"x\\0y\"\n", TJ_ERROR_INPUT,
               "t.yaml:1:4: text contains a NUL character (an escape such "
               "as \\0)");
    NODE_ERROR("b: &b [1]\nm: {<<: *b}\n", TJ_ERROR_INPUT,
               "t.yaml:2:5: “<<” merges a map or a list of maps, got “1” in "
               "the list");
    NODE_ERROR("m: {<<: 1}\n", TJ_ERROR_INPUT,
               "t.yaml:1:5: “<<” merges a map or a list of maps, got “1”");
}

static void
test_node_bad_bytes(void)
{
    const char bad[] = "page:\n  title: 东城区\xFF报告\n";
    assert_node_error(bad, sizeof bad - 1, TJ_ERROR_INPUT,
                      "t.yaml:2:13: invalid UTF-8 (byte 0xFF); save the spec "
                      "as UTF-8");
    const char trunc[] = "a: 东\xE5\x9F";   /* cut in the middle */
    assert_node_error(trunc, sizeof trunc - 1, TJ_ERROR_INPUT,
                      "t.yaml:1:5: invalid UTF-8 (byte 0xE5); save the spec "
                      "as UTF-8");
    const char nul[] = "a: 1\r\nb: 图\0\n";
    assert_node_error(nul, sizeof nul - 1, TJ_ERROR_INPUT,
                      "t.yaml:2:5: NUL byte; a spec is UTF-8 text");
    NODE_ERROR("a: x\x7F\n", TJ_ERROR_INPUT,
               "t.yaml:1:5: control character U+007F is not allowed");
    NODE_ERROR("a: \xC2\x85" "b\xC2\x80\n", TJ_ERROR_INPUT,  /* NEL breaks */
               "t.yaml:2:2: control character U+0080 is not allowed");
    const char u16[] = "\xFF\xFE" "a\0:\0";
    assert_node_error(u16, sizeof u16 - 1, TJ_ERROR_INPUT,
                      "t.yaml:1:1: the file is UTF-16; save the spec as UTF-8");
}

static void
test_node_limits(void)
{
    /* 80,000 levels: stopped at level 65, before libyaml reads on */
    char *t = tjt_repeat("a: ", "[", 80000, "");
    NODE_ERROR(t, TJ_ERROR_LIMIT,
               "t.yaml:1:67: nesting deeper than 64 levels (the limit)");
    g_free(t);
    t = tjt_repeat("", "- ", 80000, "x\n");
    NODE_ERROR(t, TJ_ERROR_LIMIT,
               "t.yaml:1:129: nesting deeper than 64 levels (the limit)");
    g_free(t);
    t = tjt_repeat("a: ", "{a: ", 80000, "1");
    NODE_ERROR(t, TJ_ERROR_LIMIT,
               "t.yaml:1:256: nesting deeper than 64 levels (the limit)");
    g_free(t);
    /* an alias counts the levels of its node where it is used */
    t = g_strdup_printf("a: &a %s1%s\nb: %s*a%s\n", "[[[[[[[[[[[[[[[[[[[[",
                        "]]]]]]]]]]]]]]]]]]]]", "[[[[[[[[[[[[[[[[[[[[",
                        "]]]]]]]]]]]]]]]]]]]]");
    TjNode *twenty = parse_ok(t);   /* 1 + 20 + 20 levels: fine */
    tj_spec_node_free(twenty);
    g_free(t);
    t = tjt_repeat("a: &a ", "[", 40, "1");
    char *t2 = tjt_repeat(t, "]", 40, "\nb: ");
    g_free(t);
    t = tjt_repeat(t2, "[", 24, "*a");
    NODE_ERROR(t, TJ_ERROR_LIMIT, "t.yaml:2:28: alias “*a” nests its node "
               "deeper than 64 levels (the limit)");
    g_free(t);
    g_free(t2);
    /* 40,000 anchors: stopped at the 1,001st */
    GString *s = g_string_new(NULL);
    for (guint i = 0; i < 40000; i++)
        g_string_append_printf(s, "k%u: &a%u %u\n", i, i, i);
    NODE_ERROR(s->str, TJ_ERROR_LIMIT,
               "t.yaml:1001:8: more than 1000 anchors (&a1000; the limit)");
    g_string_free(s, TRUE);
    /* billion laughs: 10^9 nodes once expanded, from 100 bytes */
    s = g_string_new("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
    for (char c = 'b'; c <= 'j'; c++)
        g_string_append_printf(s, "%c: &%c [*%c, *%c, *%c, *%c, *%c, *%c, "
                               "*%c, *%c, *%c, *%c]\n", c, c, c - 1, c - 1,
                               c - 1, c - 1, c - 1, c - 1, c - 1, c - 1,
                               c - 1, c - 1);
    NODE_ERROR(s->str, TJ_ERROR_LIMIT,
               "t.yaml:5:36: alias “*d” expands the document past 100000 "
               "nodes (the limit; an alias bomb?)");
    g_string_free(s, TRUE);
    /* 20,000 %TAG directives: libyaml would compare each with all before */
    t = tjt_repeat("", "%TAG !t! tag:x,2000:\n", 20000, "---\na: 1\n");
    NODE_ERROR(t, TJ_ERROR_LIMIT, "t.yaml:17:1: more than 16 lines start "
               "with “%” (YAML directives; the limit)");
    g_free(t);
    t = tjt_repeat("", "%TAG !t! tag:x,2000:\n", 1, "--- !t!a\na: 1\n");
    TjNode *ok = parse_ok(t);   /* a few are fine */
    g_assert_cmpint(ok->kind, ==, TJ_SPEC_NODE_MAP);
    tj_spec_node_free(ok);
    g_free(t);
    /* merge chains: each map merging the previous one is quadratic work,
     * bounded by the expanded node count */
    s = g_string_new("a0: &a0 {k0: 0}\n");
    for (guint i = 1; i < 1000; i++)
        g_string_append_printf(s, "a%u: &a%u {<<: *a%u, k%u: %u}\n", i, i,
                               i - 1, i, i);
    NODE_ERROR(s->str, TJ_ERROR_LIMIT, "t.yaml:224:18: alias “*a222” expands "
               "the document past 100000 nodes (the limit; an alias bomb?)");
    g_string_free(s, TRUE);
    t = tjt_repeat("[", "1,", 100001, "1]");
    NODE_ERROR(t, TJ_ERROR_LIMIT,
               "t.yaml:1:200000: more than 100000 nodes in the document "
               "(the limit)");
    g_free(t);
    t = tjt_repeat("a: ", "x", TJ_SPEC_MAX_SCALAR + 1, "\n");
    NODE_ERROR(t, TJ_ERROR_LIMIT,
               "t.yaml:1:4: text of 65537 bytes; the limit is 65536 bytes");
    g_free(t);
    char *big = g_malloc0(TJ_SPEC_MAX_FILE + 1);
    assert_node_error(big, TJ_SPEC_MAX_FILE + 1, TJ_ERROR_LIMIT,
                      "t.yaml: file of 16777217 bytes; the limit is "
                      "16777216 bytes (16 MiB)");
    g_free(big);
}

static void
test_node_load(void)
{
    GError *err = NULL;
    g_assert_null(tj_spec_node_load("tests/data/spec/nope.yaml", &err));
    g_assert_error(err, TJ_ERROR, TJ_ERROR_IO);
    g_assert_cmpstr(err->message, ==, "tests/data/spec/nope.yaml: cannot "
                    "open the file: No such file or directory");
    g_clear_error(&err);
    g_assert_null(tj_spec_node_load("tests/data/spec", &err));
    g_assert_error(err, TJ_ERROR, TJ_ERROR_IO);
    g_assert_cmpstr(err->message, ==, "tests/data/spec: cannot read the "
                    "file: Is a directory");
    g_clear_error(&err);
    TjNode *root = tj_spec_node_load("tests/data/spec/dongcheng.yaml", &err);
    g_assert_no_error(err);
    g_assert_cmpstr(root->loc.file, ==, "tests/data/spec/dongcheng.yaml");
    g_assert_cmpuint(root->loc.line, ==, 3);
    tj_spec_node_free(root);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/spec/node/block-locations", test_node_block_locations);
    g_test_add_func("/spec/node/flow-cjk-locations",
                    test_node_flow_cjk_locations);
    g_test_add_func("/spec/node/json", test_node_json);
    g_test_add_func("/spec/node/scalars", test_node_scalars);
    g_test_add_func("/spec/node/anchors-merge", test_node_anchors_merge);
    g_test_add_func("/spec/node/errors", test_node_errors);
    g_test_add_func("/spec/node/bad-bytes", test_node_bad_bytes);
    g_test_add_func("/spec/node/limits", test_node_limits);
    g_test_add_func("/spec/node/load", test_node_load);
    return g_test_run();
}
