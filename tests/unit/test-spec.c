/* tests/unit/test-spec.c — spec/: the checking helpers, the page/chart
 * skeleton, and the corpus tests/bad-input/spec/NAME.yaml → NAME.expected
 * (run from the repository root, as tests/run.sh does). The node tree and
 * its reader's errors: test-spec-node.c. */
#include <string.h>

#include "bind/bind.h"
#include "spec/check.h"
#include "spec/node.h"
#include "spec/spec.h"
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

static void
assert_spec_error(const char *text, TjErrorCode code, const char *want)
{
    GError *err = NULL;
    TjSpec *s = tj_spec_parse(text, strlen(text), "t.yaml", tj_bind_kind_names(), &err);
    g_assert_null(s);
    g_assert_error(err, TJ_ERROR, (gint)code);
    g_assert_cmpstr(err->message, ==, want);
    g_error_free(err);
}

/* ---- checking helpers ------------------------------------------------ */

static void
test_check_collector(void)
{
    TjSpecErrors *errs = tj_spec_errors_new();
    GError *err = NULL;
    g_assert_true(tj_spec_errors_finish(errs, &err));
    g_assert_no_error(err);
    TjSrcLoc a = tj_src_loc("s.yaml", 9, 2), b = tj_src_loc("s.yaml", 3, 7);
    TjSrcLoc c = tj_src_loc("s.yaml", 3, 1), d = tj_src_loc("d.csv", 1, 1);
    tj_spec_errors_add(errs, &a, "last");
    tj_spec_errors_add_code(errs, TJ_ERROR_LIMIT, &b, "second %d", 2);
    tj_spec_errors_add(errs, &c, "first");
    tj_spec_errors_add(errs, &b, "second %d", 2);   /* same text: dropped */
    tj_spec_errors_take(errs, g_error_new_literal(TJ_ERROR, TJ_ERROR_IO,
                        "d.csv:12:3: column “同比”: expected a number"));
    tj_spec_errors_add(errs, &d, "csv first");
    tj_spec_errors_add(errs, NULL, "no place");
    g_assert_cmpuint(tj_spec_errors_count(errs), ==, 6);
    g_assert_false(tj_spec_errors_finish(errs, &err));
    g_assert_error(err, TJ_ERROR, TJ_ERROR_INPUT);
    g_assert_cmpstr(err->message, ==,
                    "s.yaml:3:1: first\n"
                    "s.yaml:3:7: second 2\n"
                    "s.yaml:9:2: last\n"
                    "d.csv:1:1: csv first\n"
                    "d.csv:12:3: column “同比”: expected a number\n"
                    "no place");
    g_clear_error(&err);
    tj_spec_errors_free(errs);

    errs = tj_spec_errors_new();   /* capped, with the count of the rest */
    for (guint i = 60; i > 0; i--) {
        TjSrcLoc l = tj_src_loc("s.yaml", i, 1);
        tj_spec_errors_add_code(errs, TJ_ERROR_LIMIT, &l, "e%u", i);
    }
    g_assert_false(tj_spec_errors_finish(errs, &err));
    g_assert_error(err, TJ_ERROR, TJ_ERROR_LIMIT);
    g_assert_true(g_str_has_prefix(err->message, "s.yaml:1:1: e1\n"));
    g_assert_true(g_str_has_suffix(err->message, "s.yaml:50:1: e50\n"
                                   "… and 10 more errors"));
    g_clear_error(&err);
    tj_spec_errors_free(errs);
    tj_spec_errors_free(NULL);
}

static const char *const pdf_values[] = { "long", "a4", NULL };
static const char *const keys[] = { "title", "width", "ratio", "count",
    "flag", "flags", "pdf", "notes", "where", "rows", "empty", NULL };

static void
test_check_getters(void)
{
    TjNode *m = parse_ok("title: 图解\nwidth: \"1080\"\nratio: -2.5e-1\n"
                         "count: 42\nflag: 是\nflags: [yes, No, TRUE, 否]\n"
                         "pdf: a4\nnotes: [甲, 乙]\nwhere: {指标: 地区生产总值}\n"
                         "rows: []\nempty: ~\n");
    TjSpecErrors *errs = tj_spec_errors_new();
    g_assert_true(tj_spec_check_keys(m, keys, "test", errs));
    g_assert_cmpstr(tj_spec_get_string(m, "title", NULL, errs), ==, "图解");
    g_assert_cmpstr(tj_spec_get_string(m, "empty", "d", errs), ==, "d");
    g_assert_cmpstr(tj_spec_get_string(m, "absent", "d", errs), ==, "d");
    g_assert_cmpfloat(tj_spec_get_double(m, "width", 0, errs), ==, 1080);
    g_assert_cmpfloat(tj_spec_get_double(m, "ratio", 0, errs), ==, -0.25);
    g_assert_cmpfloat(tj_spec_get_double_in(m, "count", 0, 0, 100, errs),
                      ==, 42);
    g_assert_cmpint(tj_spec_get_int(m, "count", 0, errs), ==, 42);
    g_assert_true(tj_spec_get_bool(m, "flag", FALSE, errs));
    const TjNode *flags = tj_spec_get_seq(m, "flags", errs);
    gboolean want[] = { TRUE, FALSE, TRUE, FALSE };
    for (guint i = 0; i < 4; i++) {
        gboolean v = !want[i];
        g_assert_true(tj_spec_as_bool(flags->items[i], "flags", &v, errs));
        g_assert_cmpint(v, ==, want[i]);
    }
    g_assert_cmpint(tj_spec_get_enum(m, "pdf", pdf_values, 0, errs), ==, 1);
    char **notes = tj_spec_get_string_list(m, "notes", errs);
    g_assert_cmpuint(g_strv_length(notes), ==, 2);
    g_assert_cmpstr(notes[1], ==, "乙");
    g_strfreev(notes);
    notes = tj_spec_get_string_list(m, "title", errs);
    g_assert_cmpstr(notes[0], ==, "图解");
    g_strfreev(notes);
    const TjNode *where = tj_spec_get_map(m, "where", errs);
    g_assert_cmpstr(tj_spec_node_get(where, "指标")->text, ==, "地区生产总值");
    g_assert_nonnull(tj_spec_require(m, "rows", "test", errs));
    double v;
    g_assert_true(tj_spec_parse_double("2954.7", &v));
    g_assert_cmpfloat(v, ==, 2954.7);
    g_assert_false(tj_spec_parse_double("0x10", &v));
    g_assert_cmpuint(tj_spec_errors_count(errs), ==, 0);
    tj_spec_errors_free(errs);
    tj_spec_node_free(m);
}

static void
test_check_mismatches(void)
{
    TjNode *m = parse_ok("width: 宽\nheight: 1,080\nn: 2.5\nbig: 1e300\n"
                         "inf: .inf\nhex: 0x10\nnan: nan\nflag: maybe\n"
                         "pdf: A4\nnotes: [甲, {a: 1}]\nwhere: 指标\n"
                         "rows: {a: 1}\nlong: 一二三四五六七八九十一二三四五六七八九十"
                         "一二三四五六七八九十一二三四五六七八九十一二\n"
                         "scale: 20\n");
    TjSpecErrors *errs = tj_spec_errors_new();
    g_assert_cmpfloat(tj_spec_get_double(m, "width", 7, errs), ==, 7);
    tj_spec_get_double(m, "height", 0, errs);
    g_assert_cmpint(tj_spec_get_int(m, "n", -1, errs), ==, -1);
    tj_spec_get_int(m, "big", 0, errs);
    tj_spec_get_double(m, "inf", 0, errs);
    tj_spec_get_double(m, "hex", 0, errs);
    tj_spec_get_double(m, "nan", 0, errs);
    tj_spec_get_bool(m, "flag", FALSE, errs);
    tj_spec_get_enum(m, "pdf", pdf_values, 0, errs);
    g_assert_null(tj_spec_get_string_list(m, "notes", errs));
    g_assert_null(tj_spec_get_map(m, "where", errs));
    g_assert_null(tj_spec_get_seq(m, "rows", errs));
    tj_spec_get_double(m, "long", 0, errs);
    tj_spec_get_string(m, "rows", NULL, errs);
    g_assert_null(tj_spec_require(m, "missing", NULL, errs));
    tj_spec_get_double_in(m, "scale", 1, 0.1, 16, errs);
    GError *err = NULL;
    g_assert_false(tj_spec_errors_finish(errs, &err));
    g_assert_cmpstr(err->message, ==,
        "t.yaml:1:1: missing key “missing”\n"
        "t.yaml:1:8: “width”: expected a number, got “宽”\n"
        "t.yaml:2:9: “height”: expected a number, got “1,080”\n"
        "t.yaml:3:4: “n”: expected a whole number, got “2.5”\n"
        "t.yaml:4:6: “big”: expected a whole number, got “1e300”\n"
        "t.yaml:5:6: “inf”: expected a number, got “.inf”\n"
        "t.yaml:6:6: “hex”: expected a number, got “0x10”\n"
        "t.yaml:7:6: “nan”: expected a number, got “nan”\n"
        "t.yaml:8:7: “flag”: expected true or false, got “maybe”\n"
        "t.yaml:9:6: “pdf”: expected one of long, a4, got “A4”; did you mean “a4”?\n"
        "t.yaml:10:12: “notes”: expected text in each item, got a map\n"
        "t.yaml:11:8: “where”: expected a map, got “指标”\n"
        "t.yaml:12:7: “rows”: expected a list, got a map\n"
        "t.yaml:12:7: “rows”: expected text, got a map\n"
        "t.yaml:13:7: “long”: expected a number, got “一二三四五六七八九十一二三四五六七八九十"
        "一二三四五六七八九十一二三四五六七八九十…”\n"
        "t.yaml:14:8: “scale”: expected a number from 0.1 to 16, got “20”");
    g_error_free(err);
    tj_spec_errors_free(errs);
    tj_spec_node_free(m);
}

static void
test_check_keys(void)
{
    /* did-you-mean by edit distance (tj_suggest) and by a swap; a misspelt
     * required key is reported once, as unknown */
    TjNode *m = parse_ok("titel: x\nwidht: 1\n颜色: 红\nhieght: 2\n");
    TjSpecErrors *errs = tj_spec_errors_new();
    const char *const allowed[] = { "title", "width", "height", "colour",
                                    NULL };
    g_assert_false(tj_spec_check_keys(m, allowed, "the test", errs));
    g_assert_null(tj_spec_require(m, "title", "the test", errs));
    g_assert_null(tj_spec_require(m, "colour", "the test", errs));
    GError *err = NULL;
    g_assert_false(tj_spec_errors_finish(errs, &err));
    g_assert_cmpstr(err->message, ==,
        "t.yaml:1:1: unknown key “titel” in the test; did you mean “title”? "
        "(allowed: title, width, height, colour)\n"
        "t.yaml:1:1: missing key “colour” in the test\n"
        "t.yaml:2:1: unknown key “widht” in the test; did you mean “width”? "
        "(allowed: title, width, height, colour)\n"
        "t.yaml:3:1: unknown key “颜色” in the test "
        "(allowed: title, width, height, colour)\n"
        "t.yaml:4:1: unknown key “hieght” in the test; did you mean “height”? "
        "(allowed: title, width, height, colour)");
    g_error_free(err);
    tj_spec_errors_free(errs);
    tj_spec_node_free(m);
    const char *const kinds[] = { "kpi", "bar", "trend", NULL };
    char *near = tj_spec_suggest("bra", kinds);
    g_assert_cmpstr(near, ==, "bar");
    g_free(near);
    g_assert_null(tj_spec_suggest("chart", kinds));
}

/* ---- the skeleton ---------------------------------------------------- */

static TjSpec *
load_ok(const char *path)
{
    GError *err = NULL;
    TjSpec *s = tj_spec_load(path, tj_bind_kind_names(), &err);
    g_assert_no_error(err);
    g_assert_nonnull(s);
    return s;
}

static void
test_spec_page(void)
{
    TjSpec *s = load_ok("tests/data/spec/dongcheng.yaml");
    g_assert_cmpint(s->form, ==, TJ_SPEC_FORM_PAGE);
    g_assert_cmpstr(s->dir, ==, "tests/data/spec");
    const TjSpecPage *p = &s->page;
    g_assert_cmpstr(p->title, ==, "图解：2021年东城区政府工作报告");
    g_assert_cmpstr(p->subtitle, ==, "2020年工作回顾与2021年主要任务");
    g_assert_cmpstr(p->date, ==, "2021-02-20");
    g_assert_cmpstr(p->source, ==, "北京市东城区人民政府");
    g_assert_cmpfloat(p->width, ==, 1080);
    g_assert_cmpstr(p->theme, ==, "gov-red");
    g_assert_null(p->theme_node);
    g_assert_cmpuint(g_strv_length(p->footer), ==, 2);
    g_assert_cmpint(p->pdf, ==, TJ_SPEC_PDF_LONG);
    g_assert_cmpuint(s->n_data, ==, 4);   /* three declared, one inline */
    g_assert_cmpstr(s->data[0]->name, ==, "ind");
    g_assert_cmpstr(s->data[0]->resolved, ==,
                    "tests/data/spec/indicators-2020.csv");
    g_assert_cmpuint(s->data[0]->loc.line, ==, 16);
    g_assert_cmpuint(s->data[0]->loc.col, ==, 3);
    g_assert_true(s->data[3]->is_inline);
    g_assert_cmpstr(s->data[3]->path, ==, "traffic.csv");
    g_assert_cmpuint(s->n_sections, ==, 2);
    g_assert_cmpuint(s->n_blocks, ==, 10);
    const TjSpecSection *sec = &s->sections[0];
    g_assert_cmpstr(sec->heading, ==, "经济运行");
    g_assert_nonnull(sec->intro);
    g_assert_cmpuint(sec->n_rows, ==, 3);
    g_assert_cmpuint(sec->rows[0].n_blocks, ==, 3);
    const TjSpecBlock *b = &sec->rows[0].blocks[1];
    g_assert_cmpint(b->kind, ==, TJ_SPEC_BLOCK_CHART);
    g_assert_cmpstr(b->kind_name, ==, "kpi");
    g_assert_cmpuint(b->loc.line, ==, 25);
    g_assert_cmpuint(b->loc.col, ==, 11);
    g_assert_true(b->data == s->data[0]);
    g_assert_true(b->data_node->loc.line == 25);
    g_assert_cmpstr(tj_spec_node_get(tj_spec_node_get(b->options, "where"),
                                     "指标")->text, ==, "区级一般公共预算收入");
    g_assert_true(sec->rows[2].blocks[0].data == s->data[2]);
    const TjSpecRow *row = &s->sections[1].rows[0];
    g_assert_cmpstr(row->blocks[0].kind_name, ==, "gauge");
    g_assert_true(row->blocks[0].data == s->data[1]);
    g_assert_true(row->blocks[1].data == s->data[3]);
    g_assert_cmpstr(row->blocks[1].data->resolved, ==,
                    "tests/data/spec/traffic.csv");
    b = &s->sections[1].rows[2].blocks[0];
    g_assert_cmpint(b->kind, ==, TJ_SPEC_BLOCK_TEXT);
    g_assert_true(g_str_has_prefix(b->text, "高峰时段道路交通指数"));
    g_assert_null(b->data);   /* three declared sources: no default */
    tj_spec_free(s);

    GError *err = NULL;   /* image and text blocks, both shapes */
    const char *t = "page: {title: 图}\nsections:\n  - rows:\n"
                    "    - [{image: a.png}, {image: {path: /b.png}},\n"
                    "       {text: {text: 段}}]\n";
    s = tj_spec_parse(t, strlen(t), "dir/t.yaml", tj_bind_kind_names(), &err);
    g_assert_no_error(err);
    const TjSpecRow *r = &s->sections[0].rows[0];
    g_assert_cmpstr(r->blocks[0].image, ==, "dir/a.png");
    g_assert_cmpstr(r->blocks[1].image, ==, "/b.png");
    g_assert_cmpstr(r->blocks[2].text, ==, "段");
    g_assert_cmpstr(r->blocks[0].kind_name, ==, "image");
    tj_spec_free(s);
}

static void
test_spec_chart_and_json(void)
{
    TjSpec *s = load_ok("tests/data/spec/bar-chart.yaml");
    g_assert_cmpint(s->form, ==, TJ_SPEC_FORM_CHART);
    g_assert_cmpstr(s->chart.kind_name, ==, "bar");
    g_assert_cmpuint(s->chart.loc.line, ==, 2);
    g_assert_null(s->chart.data_node);
    g_assert_true(s->chart.data == s->data[0]);   /* the only source */
    g_assert_cmpstr(s->data[0]->resolved, ==, "tests/data/spec/../../../"
                    "examples/dongcheng-2021/indicators-2020.csv");
    g_assert_cmpstr(s->page.theme, ==, "gov-red");
    const TjNode *colors = tj_spec_node_get(s->page.theme_node, "colors");
    g_assert_cmpstr(tj_spec_node_get(colors, "accent")->text, ==,
                    "#D4A24C");
    g_assert_cmpfloat(s->output.width, ==, 800);
    g_assert_cmpfloat(s->page.width, ==, 800);
    g_assert_cmpfloat(s->output.height, ==, 500);
    g_assert_cmpfloat(s->output.scale, ==, 2);
    g_assert_false(s->output.transparent);
    tj_spec_free(s);

    s = load_ok("tests/data/spec/dongcheng.json");
    g_assert_cmpuint(s->n_blocks, ==, 3);
    const TjSpecRow *row = &s->sections[0].rows[0];
    g_assert_cmpuint(row->n_blocks, ==, 2);
    g_assert_cmpuint(row->blocks[1].loc.line, ==, 8);
    g_assert_cmpuint(row->blocks[1].loc.col, ==, 10);
    g_assert_true(s->sections[0].rows[1].blocks[0].data == s->data[0]);
    tj_spec_free(s);
    tj_spec_free(NULL);
}

static void
test_spec_errors(void)
{
    assert_spec_error("page: {titel: 图解}\nsections: [{rows: [{text: 一}]}]\n",
                      TJ_ERROR_INPUT, "t.yaml:1:8: unknown key “titel” in page; "
                      "did you mean “title”? (allowed: title, subtitle, date, "
                      "source, width, theme, footer, pdf)");
    assert_spec_error("page: {title: 图解, width: 宽}\n"
                      "sections: [{rows: [{text: 一}]}]\n", TJ_ERROR_INPUT,
                      "t.yaml:1:26: “width”: expected a number of px from 100 "
                      "to 10000, wechat (1080) or a4 (794), got “宽”");
    assert_spec_error("page: {title: 五}\nsections:\n  - rows:\n"
                      "    - [{text: 1}, {text: 2}, {text: 3}, {text: 4}, "
                      "{text: 5}]\n", TJ_ERROR_INPUT,
                      "t.yaml:4:7: a row has 1 to 4 blocks, got 5");
    assert_spec_error("page: {title: 数}\ndata: {ind: a.csv}\nsections:\n"
                      "  - rows: [{kpi: {data: idn}}, {bar: {data: x.txt}}]\n",
                      TJ_ERROR_INPUT,
                      "t.yaml:4:25: unknown data source “idn”; did you mean "
                      "“ind”? (declared: ind; or give a path ending in .csv, .xlsx or .xls)\n"
                      "t.yaml:4:45: unknown data source “x.txt” (declared: ind; "
                      "or give a path ending in .csv, .xlsx or .xls)");
    assert_spec_error("bar: {x: 1}\ndata: [a.csv]\n", TJ_ERROR_INPUT,
                      "t.yaml:2:7: “data”: expected a map, got a list");
    assert_spec_error("titel: x\n", TJ_ERROR_INPUT,
                      "t.yaml:1:1: unknown key “titel” in a spec (allowed: "
                      "page, data, sections, bar, trend, gauge, kpi, combo, pie, "
                      "rank, table, timeline, pictogram, theme, output)\n"
                      "t.yaml:1:1: expected page: (a page) or one of bar, "
                      "trend, gauge, kpi, combo, pie, rank, table, timeline, pictogram (a chart) at the top");
    /* many errors, one run, sorted by place */
    assert_spec_error("sections:\n  - rows: [{bar: 1}]\n    heading: [x]\n"
                      "page: {pdf: A4}\n", TJ_ERROR_INPUT,
                      "t.yaml:2:18: “bar”: expected a map of options, got “1”\n"
                      "t.yaml:3:14: “heading”: expected text, got a list\n"
                      "t.yaml:4:7: missing key “title” in page\n"
                      "t.yaml:4:13: “pdf”: expected one of long, a4, got “A4”; "
                      "did you mean “a4”?");
    char *many = tjt_repeat("page: {title: 多}\nsections:\n", "  - rows: [{text: "
                        "一}]\n", 101, "");
    assert_spec_error(many, TJ_ERROR_LIMIT, "t.yaml:103:5: more than 100 "
                      "sections in the page (the limit)");
    g_free(many);
}

/* Another stage (chart options) adds its errors to the skeleton's run. */
static void
test_spec_build_partial(void)
{
    TjNode *root = parse_ok("page: {title: 图解, widht: 1}\nsections:\n"
                            "  - rows: [{bar: {x: 指标, stacked: maybe}}]\n");
    TjSpecErrors *errs = tj_spec_errors_new();
    TjSpec *s = tj_spec_build(root, tj_bind_kind_names(), errs);
    g_assert_cmpuint(tj_spec_errors_count(errs), ==, 1);
    const TjSpecBlock *b = &s->sections[0].rows[0].blocks[0];
    const char *const bar_keys[] = { "data", "x", "y", "stacked", NULL };
    tj_spec_check_keys(b->options, bar_keys, "the bar block", errs);
    tj_spec_get_bool(b->options, "stacked", FALSE, errs);
    GError *err = NULL;
    g_assert_false(tj_spec_errors_finish(errs, &err));
    g_assert_cmpstr(err->message, ==,
                    "t.yaml:1:19: unknown key “widht” in page; did you mean "
                    "“width”? (allowed: title, subtitle, date, source, width, "
                    "theme, footer, pdf)\n"
                    "t.yaml:3:35: “stacked”: expected true or false, got "
                    "“maybe”");
    g_error_free(err);
    tj_spec_errors_free(errs);
    tj_spec_free(s);
}

/* tests/bad-input/spec/NAME.yaml: the whole error equals NAME.expected. */
static void
test_bad_input(void)
{
    const char *dir = "tests/bad-input/spec";
    GDir *d = g_dir_open(dir, 0, NULL);
    g_assert_nonnull(d);
    GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
    const char *name;
    while ((name = g_dir_read_name(d)))
        if (g_str_has_suffix(name, ".yaml"))
            g_ptr_array_add(names, g_strdup(name));
    g_dir_close(d);
    g_assert_cmpuint(names->len, >=, 15);
    for (guint i = 0; i < names->len; i++) {
        char *path = g_build_filename(dir, names->pdata[i], NULL);
        char *stem = g_strndup(path, strlen(path) - strlen(".yaml"));
        char *exp_path = g_strconcat(stem, ".expected", NULL);
        char *want = tjt_read(exp_path, NULL);
        GError *err = NULL;
        TjSpec *s = tj_spec_load(path, tj_bind_kind_names(), &err);
        if (s != NULL)
            g_error("%s: no error", path);
        char *got = g_strconcat(err->message, "\n", NULL);
        if (strcmp(got, want) != 0)
            g_test_message("%s:\n got: %s want: %s", path, got, want);
        g_assert_cmpstr(got, ==, want);
        g_free(got);
        g_error_free(err);
        g_free(want);
        g_free(exp_path);
        g_free(stem);
        g_free(path);
    }
    g_ptr_array_free(names, TRUE);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/spec/check/collector", test_check_collector);
    g_test_add_func("/spec/check/getters", test_check_getters);
    g_test_add_func("/spec/check/mismatches", test_check_mismatches);
    g_test_add_func("/spec/check/keys", test_check_keys);
    g_test_add_func("/spec/skeleton/page", test_spec_page);
    g_test_add_func("/spec/skeleton/chart-json", test_spec_chart_and_json);
    g_test_add_func("/spec/skeleton/errors", test_spec_errors);
    g_test_add_func("/spec/skeleton/build-partial", test_spec_build_partial);
    g_test_add_func("/spec/bad-input", test_bad_input);
    return g_test_run();
}
