/* tests/unit/test-limits.c — every documented limit (README "Limits") gives
 * its clear error instead of a failure or a runaway: image size, table rows
 * and columns, text length, spec nesting and alias expansion, blocks in a
 * page, the smallest boxes and page width, the font chain; and the path
 * policy of specs (api/paths.c). Specs are laid out as `tujie check` does,
 * with the fake measurer, their data served from memory. */
#include <math.h>
#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "api/spec-private.h"
#include "data/table.h"
#include "fonts/fonts.h"
#include "layouts/common.h"
#include "layouts/text.h"
#include "render/render.h"
#include "support/tjtest.h"

/* Any data path reads the CSV text given as the loader's data. */
static TjTable *
load_text(const char *path, gpointer data, GError **error)
{
    return tj_table_parse(data, strlen(data), path, error);
}

/* Lays out spec @yaml (named t.yaml) with @csv as every data file; returns
 * the error (or NULL on success). */
static GError *
spec_error(const char *yaml, const char *csv)
{
    TjBindEnv env = { NULL, load_text, (gpointer)(csv ? csv : "a,b\nx,1\n") };
    GError *err = NULL;
    gboolean ok = tj__api_spec_scene_bytes(yaml, strlen(yaml), "t.yaml", &env,
                                           tj_measurer_fake(), NULL, NULL, &err);
    g_assert_true(ok == (err == NULL));
    return err;
}

static void
assert_spec_error(const char *yaml, const char *csv, TjErrorCode code, const char *want)
{
    GError *err = spec_error(yaml, csv);
    if (!err || err->code != (int)code || !strstr(err->message, want))
        g_error("spec error: got “%s” (code %d), want code %d with “%s”",
                err ? err->message : "(none)", err ? err->code : -1, code, want);
    g_error_free(err);
}

static char *
repeat(const char *unit, guint n)
{
    GString *s = g_string_new(NULL);
    for (guint i = 0; i < n; i++)
        g_string_append(s, unit);
    return g_string_free(s, FALSE);
}

static guint
count_files(const char *dir)
{
    GDir *d = g_dir_open(dir, 0, NULL);
    guint n = 0;
    while (d && g_dir_read_name(d))
        n++;
    if (d)
        g_dir_close(d);
    return n;
}

/* ---- image size ---------------------------------------------------------- */

static void
test_image_size(void)
{
    char *dir = tjt_out_path("limits-image");
    g_mkdir_with_parents(dir, 0755);
    char *path = g_build_filename(dir, "huge.png", NULL);
    char *csv = tjt_src_path("tests/data/bar/mixed.csv");
    GError *err = NULL;
    TjTable *t = tj_table_load(csv, &err);
    g_assert_no_error(err);
    TjBarOptions o;
    tj_bar_options_init(&o);
    o.x = tj_table_column_name(t, 0);
    o.y = tj_table_column_name(t, 1);
    o.width = o.height = 100000;     /* 10^10 pixels: refused before drawing */
    gint64 t0 = g_get_monotonic_time();
    g_assert_false(tj_bar_render(t, &o, TJ_FORMAT_PNG, path, NULL, &err));
    g_assert_error(err, TJ_ERROR, TJ_ERROR_LIMIT);
    g_assert_nonnull(strstr(err->message, "the image would be 100000 × 100000 px; the limit "
                                          "is 200000 px a side and 400 million pixels"));
    /* font set-up only: drawing 10^10 pixels would take hours (generous for valgrind) */
    g_assert_cmpint(g_get_monotonic_time() - t0, <, 60 * G_USEC_PER_SEC);
    g_clear_error(&err);
    TjOutputOptions out = { .scale = 4 };     /* 800 × 4 wide, 500 × 4 high: fine */
    o.width = 9000;                            /* but 36000 px wide: past cairo */
    o.height = 2000;   /* tall enough for its 9000-px type (500 px leaves no plot: refused) */
    g_assert_false(tj_bar_render(t, &o, TJ_FORMAT_PNG, path, &out, &err));
    g_assert_error(err, TJ_ERROR, TJ_ERROR_LIMIT);
    g_assert_nonnull(strstr(err->message, "a PNG can be at most 32767 px wide"));
    g_clear_error(&err);
    g_assert_cmpuint(count_files(dir), ==, 0);
    tj_table_free(t);
    g_free(csv);
    g_free(path);
    g_free(dir);
}

/* ---- tables -------------------------------------------------------------- */

static void
test_table_columns(void)
{
    char *head = repeat("c,", TJ_TABLE_MAX_COLS);   /* 4097 names, the last "" */
    GString *s = g_string_new(head);
    g_string_append(s, "x\n");
    GError *err = NULL;
    g_assert_null(tj_table_parse(s->str, s->len, "wide.csv", &err));
    g_assert_error(err, TJ_ERROR, TJ_ERROR_LIMIT);
    g_assert_nonnull(strstr(err->message, "more than 4096 columns"));
    g_clear_error(&err);
    g_string_free(s, TRUE);
    g_free(head);
}

/* 50 million rows take a second per million and a gigabyte: only in slow
 * mode (build/tests/test-limits -m slow). */
static void
test_table_rows(void)
{
    if (!g_test_slow()) {
        g_test_skip("50 million rows: run with -m slow");
        return;
    }
    gsize n = TJ_TABLE_MAX_ROWS + 1;
    char *csv = g_malloc(2 + 2 * n);
    memcpy(csv, "a\n", 2);
    for (gsize i = 0; i < n; i++)
        memcpy(csv + 2 + 2 * i, "1\n", 2);
    GError *err = NULL;
    g_assert_null(tj_table_parse(csv, 2 + 2 * n, "long.csv", &err));
    g_assert_error(err, TJ_ERROR, TJ_ERROR_LIMIT);
    g_assert_nonnull(strstr(err->message, "long.csv:50000002:1: more than 50000000 rows"));
    g_clear_error(&err);
    g_free(csv);
}

/* ---- text length --------------------------------------------------------- */

static void
test_text_length(void)
{
    char *ok = repeat("数", TJ_TEXT_MAX_CHARS), *long_ = repeat("数", TJ_TEXT_MAX_CHARS + 1);
    GError *err = NULL;
    g_assert_true(tj_text_check_lengths(NULL, &err, "title", ok, "unit", NULL, NULL));
    g_assert_false(tj_text_check_lengths(NULL, &err, "title", ok, "label", long_, NULL));
    g_assert_error(err, TJ_ERROR, TJ_ERROR_LIMIT);
    g_assert_cmpstr(err->message, ==, "label: text of 4097 characters; the limit is 4096");
    g_clear_error(&err);

    char *yaml = g_strdup_printf("page:\n  title: %s\nsections: [{rows: [text: 好]}]\n", long_);
    assert_spec_error(yaml, NULL, TJ_ERROR_LIMIT,
                      "t.yaml:2:3: page title: text of 4097 characters; the limit is 4096");
    g_free(yaml);
    yaml = g_strdup_printf("page: {title: 页}\nsections:\n  - rows:\n    - text: %s\n", long_);
    assert_spec_error(yaml, NULL, TJ_ERROR_LIMIT, "t.yaml:4:7: text: text of 4097 characters");
    g_free(yaml);
    yaml = g_strdup_printf("bar: {x: a, y: b, title: %s}\ndata: d.csv\n", long_);
    assert_spec_error(yaml, NULL, TJ_ERROR_LIMIT, "t.yaml:1:1: bar chart: title: text of 4097");
    g_free(yaml);
    char *csv = g_strdup_printf("a,b\n%s,1\n", long_);  /* a category from the CSV */
    assert_spec_error("bar: {x: a, y: b}\ndata: d.csv\n", csv, TJ_ERROR_LIMIT,
                      "d.csv:2:1: category: text of 4097 characters; the limit is 4096");
    g_free(csv);
    csv = g_strdup_printf("a,b\n%s,1\n", ok);           /* 4096: drawn (shortened) */
    g_assert_null(spec_error("bar: {x: a, y: b}\ndata: d.csv\n", csv));
    g_free(csv);
    g_free(ok);
    g_free(long_);
}

/* ---- specs --------------------------------------------------------------- */

static void
test_spec_nesting(void)
{
    char *open = repeat("[", TJ_SPEC_MAX_DEPTH + 1), *close = repeat("]", TJ_SPEC_MAX_DEPTH + 1);
    char *yaml = g_strdup_printf("page: {title: %sx%s}\n", open, close);
    assert_spec_error(yaml, NULL, TJ_ERROR_LIMIT, "nesting deeper than 64");
    g_free(yaml);
    g_free(open);
    g_free(close);
    /* nine levels of ten aliases each would be 10^9 nodes ("billion laughs") */
    GString *s = g_string_new("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 9; i++)
        g_string_append_printf(s, "a%d: &a%d [*a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d, "
                               "*a%d, *a%d]\n", i, i, i - 1, i - 1, i - 1, i - 1, i - 1,
                               i - 1, i - 1, i - 1, i - 1, i - 1);
    gint64 t0 = g_get_monotonic_time();
    assert_spec_error(s->str, NULL, TJ_ERROR_LIMIT, "expands the document");
    g_assert_cmpint(g_get_monotonic_time() - t0, <, 30 * G_USEC_PER_SEC);  /* not 10^9 */
    g_string_free(s, TRUE);
}

static void
test_spec_blocks(void)
{
    GString *s = g_string_new("page: {title: 多}\nsections:\n  - rows:\n");
    for (int r = 0; r < 126; r++)     /* 126 rows of 4: 504 blocks */
        g_string_append(s, "    - [text: a, text: b, text: c, text: d]\n");
    assert_spec_error(s->str, NULL, TJ_ERROR_LIMIT,
                      "t.yaml:129:8: more than 500 blocks in the page (the limit)");
    g_string_free(s, TRUE);
    s = g_string_new("page: {title: 多}\nsections:\n");
    for (int k = 0; k < 101; k++)
        g_string_append(s, "  - rows: [text: a]\n");
    assert_spec_error(s->str, NULL, TJ_ERROR_LIMIT, "more than 100 sections in the page");
    g_string_free(s, TRUE);
}

/* The smallest boxes and the narrowest page: an error, not parts off the page. */
static void
test_min_sizes(void)
{
    assert_spec_error("bar: {x: a, y: b}\ndata: d.csv\noutput: {width: 199, height: 400}\n",
                      NULL, TJ_ERROR_INPUT,
                      "bar chart: 199 × 400 px is too small to draw it (at least 200 × 200 px");
    g_assert_null(spec_error("bar: {x: a, y: b}\ndata: d.csv\noutput: {width: 200, "
                             "height: 200}\n", NULL));
    assert_spec_error("kpi: {value: 5, label: 指标}\noutput: {width: 110, height: 300}\n",
                      NULL, TJ_ERROR_INPUT, "kpi: 110 × 300 px is too small");
    assert_spec_error("gauge: {value: 5, title: 题, source: 源}\noutput: {width: 300, "
                      "height: 150}\n", NULL, TJ_ERROR_INPUT,
                      "gauge: 300 × 150 px is too small to draw it (at least 100 × 160 px");
    g_assert_null(spec_error("gauge: {value: 5, style: bar}\noutput: {width: 300, "
                             "height: 100}\n", NULL));
    assert_spec_error("page: {title: 窄, width: 300}\nsections: [{rows: [text: 好]}]\n", NULL,
                      TJ_ERROR_INPUT, "t.yaml:1:7: page: a width of 300 px is too narrow "
                      "(at least 320 px)");
    /* four trends in a row of an A4 page: 150 px cells */
    assert_spec_error("page: {title: 满, width: a4}\ndata: d.csv\nsections:\n  - rows:\n"
                      "    - [trend: {x: a, y: b}, trend: {x: a, y: b}, trend: {x: a, y: b},"
                      " trend: {x: a, y: b}]\n", NULL, TJ_ERROR_INPUT,
                      "t.yaml:5:8: trend: 150 × 400 px is too small to draw it");
}

/* The font chain is compiled in; a theme may put at most four families
 * before it, so fallback never goes deeper than ten. */
static void
test_font_chain(void)
{
    char **families = g_strsplit(TJ_FONTS_FAMILIES, ",", -1);
    g_assert_cmpuint(g_strv_length(families), ==, 6);
    g_strfreev(families);
    assert_spec_error("page: {title: 字, theme: {base: gov-red, font: \"A,B,C,D,E\"}}\n"
                      "sections: [{rows: [text: 好]}]\n", NULL, TJ_ERROR_LIMIT,
                      "“font”: 5 families; a theme may name at most 4");
    assert_spec_error("page: {title: 字, theme: {base: gov-red, fonts: 宋体}}\n"
                      "sections: [{rows: [text: 好]}]\n", NULL, TJ_ERROR_INPUT,
                      "unknown key “fonts”");
}

/* ---- paths --------------------------------------------------------------- */

static void
test_paths(void)
{
    char *root = tjt_out_path("limits-paths");
    char *spec = g_build_filename(root, "spec", NULL), *sub = g_build_filename(spec, "sub", NULL);
    char *other = g_build_filename(root, "other", NULL);
    g_mkdir_with_parents(sub, 0755);
    g_mkdir_with_parents(other, 0755);
    char *in = g_build_filename(sub, "in.csv", NULL), *out = g_build_filename(other, "o.csv", NULL);
    g_file_set_contents(in, "a\n", -1, NULL);
    g_file_set_contents(out, "a\n", -1, NULL);
    char *link_out = g_build_filename(spec, "out-link.csv", NULL);
    char *link_in = g_build_filename(spec, "in-link.csv", NULL);
    g_unlink(link_out);
    g_unlink(link_in);
    g_assert_cmpint(symlink(out, link_out), ==, 0);
    g_assert_cmpint(symlink(in, link_in), ==, 0);
    char *up = g_build_filename(spec, "..", "other", "o.csv", NULL);
    char *via = g_build_filename(spec, "sub", "..", "sub", "in.csv", NULL);
    char *missing_up = g_build_filename(spec, "..", "nothing.csv", NULL);
    char *missing_in = g_build_filename(spec, "nothing.csv", NULL);
    const char *const allow[] = { other, NULL };
    const char *const nowhere[] = { sub, NULL };

    g_assert_true(tj_bind_path_allowed(spec, NULL, in, NULL));
    g_assert_true(tj_bind_path_allowed(spec, NULL, via, NULL));
    g_assert_true(tj_bind_path_allowed(spec, NULL, link_in, NULL));
    g_assert_true(tj_bind_path_allowed(spec, NULL, missing_in, NULL));
    g_assert_false(tj_bind_path_allowed(spec, NULL, up, NULL));
    g_assert_false(tj_bind_path_allowed(spec, NULL, out, NULL));
    g_assert_false(tj_bind_path_allowed(spec, NULL, link_out, NULL));
    g_assert_false(tj_bind_path_allowed(spec, NULL, missing_up, NULL));
    g_assert_false(tj_bind_path_allowed(spec, NULL, "/etc/passwd", NULL));
    g_assert_false(tj_bind_path_allowed(spec, nowhere, out, NULL));
    g_assert_true(tj_bind_path_allowed(spec, allow, up, NULL));
    g_assert_true(tj_bind_path_allowed(spec, allow, link_out, NULL));
    /* a root of "/" allows everything, a folder is not its sibling's prefix */
    const char *const slash[] = { "/", NULL };
    g_assert_true(tj_bind_path_allowed(spec, slash, "/etc/passwd", NULL));
    char *sibling = g_strconcat(spec, "2/x.csv", NULL);
    g_assert_false(tj_bind_path_allowed(spec, NULL, sibling, NULL));

    g_free(sibling);
    g_free(missing_in); g_free(missing_up); g_free(via); g_free(up);
    g_free(link_in); g_free(link_out); g_free(in); g_free(out);
    g_free(other); g_free(sub); g_free(spec); g_free(root);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/limits/image-size", test_image_size);
    g_test_add_func("/limits/table-columns", test_table_columns);
    g_test_add_func("/limits/table-rows", test_table_rows);
    g_test_add_func("/limits/text-length", test_text_length);
    g_test_add_func("/limits/spec-nesting", test_spec_nesting);
    g_test_add_func("/limits/spec-blocks", test_spec_blocks);
    g_test_add_func("/limits/min-sizes", test_min_sizes);
    g_test_add_func("/limits/font-chain", test_font_chain);
    g_test_add_func("/limits/paths", test_paths);
    return g_test_run();
}
