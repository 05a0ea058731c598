/* tests/unit/test-csv.c — the CSV loader: every encoding (fixtures in
 * tests/data/csv, made by make-fixtures.sh), RFC 4180 quoting, delimiters,
 * blank lines, places (line:col in characters), column types and units,
 * limits, and the bad-input corpus tests/bad-input/csv/NAME.csv whose exact
 * messages are in NAME.expected. */
#include "data/table.h"
#include "support/tjtest.h"

#include <fcntl.h>
#include <math.h>
#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

static TjTable *
load_fixture(const char *name)
{
    char *rel = g_strconcat("tests/data/csv/", name, NULL);
    char *path = tjt_src_path(rel);
    GError *err = NULL;
    TjTable *t = tj_table_load(path, &err);
    g_assert_no_error(err);
    g_assert_nonnull(t);
    g_free(path);
    g_free(rel);
    return t;
}

static TjTable *
parse_ok(const char *text)
{
    GError *err = NULL;
    TjTable *t = tj_table_parse(text, strlen(text), "inline.csv", &err);
    g_assert_no_error(err);
    g_assert_nonnull(t);
    return t;
}

/* Parses @len bytes that must fail; checks code and the exact message. */
static void
assert_parse_error(const char *bytes, gsize len, int code, const char *message)
{
    GError *err = NULL;
    TjTable *t = tj_table_parse(bytes, len, "inline.csv", &err);
    g_assert_null(t);
    g_assert_error(err, TJ_ERROR, code);
    g_assert_cmpstr(err->message, ==, message);
    g_error_free(err);
}

static void
assert_cell(const TjTable *t, guint row, guint col, const char *text,
            guint line, guint column)
{
    g_assert_cmpstr(tj_table_cell_text(t, row, col), ==, text);
    TjSrcLoc loc = tj_table_cell_loc(t, row, col);
    g_assert_cmpstr(loc.file, ==, tj_table_name(t));
    g_assert_cmpuint(loc.line, ==, line);
    g_assert_cmpuint(loc.col, ==, column);
}

static TjNumber
assert_value(const TjTable *t, guint row, guint col, double value)
{
    TjNumber n;
    g_assert_cmpint(tj_table_cell_number(t, row, col, &n), ==, TJ_NUM_VALUE);
    g_assert_cmpfloat(n.value, ==, value);
    return n;
}

static void
assert_missing(const TjTable *t, guint row, guint col)
{
    TjNumber n_cell;
    const TjNumber *n = &n_cell;
    g_assert_cmpint(tj_table_cell_number(t, row, col, &n_cell), ==, TJ_NUM_MISSING);
    g_assert_true(isnan(n->value));
}

/* The indicator table, whatever its encoding, delimiter or line breaks;
 * @nl is how the quoted line break of the last cell was written. */
static void
check_indicators(const TjTable *t, const char *nl)
{
    g_assert_cmpuint(tj_table_n_rows(t), ==, 6);
    g_assert_cmpuint(tj_table_n_cols(t), ==, 4);
    const char *names[] = { "指标", "数值", "同比", "备注" };
    for (guint c = 0; c < 4; c++) {
        g_assert_cmpstr(tj_table_column_name(t, c), ==, names[c]);
        TjSrcLoc loc = tj_table_header_loc(t, c);
        g_assert_cmpuint(loc.line, ==, 1);
        g_assert_cmpuint(loc.col, ==, 1 + 3 * c);
    }
    g_assert_cmpint(tj_table_column_type(t, 0), ==, TJ_COL_TEXT);
    g_assert_cmpint(tj_table_column_type(t, 1), ==, TJ_COL_NUMBER);
    g_assert_cmpint(tj_table_column_type(t, 2), ==, TJ_COL_NUMBER);
    g_assert_cmpint(tj_table_column_type(t, 3), ==, TJ_COL_TEXT);
    g_assert_null(tj_table_column_unit(t, 1));       /* 亿元, %, 微克/立方米 */
    g_assert_cmpstr(tj_table_column_unit(t, 2), ==, "%");

    assert_cell(t, 0, 0, "地区生产总值", 2, 1);
    assert_cell(t, 0, 1, "2954.7亿元", 2, 8);
    assert_cell(t, 0, 3, "同比增长0.2%，\"稳中有进\"", 2, 22);
    TjNumber n_cell = assert_value(t, 0, 1, 2.9547e11);
    const TjNumber *n = &n_cell;
    g_assert_cmpint(n->magnitude, ==, 8);
    g_assert_cmpint(n->decimals, ==, 1);
    g_assert_cmpstr(n->unit, ==, "元");
    n_cell = assert_value(t, 0, 2, 0.2);
    g_assert_true(n->percent);
    assert_value(t, 1, 1, 1.814e10);
    n_cell = assert_value(t, 1, 2, -4.4);                  /* −4.4%, U+2212 */
    g_assert_true(n->percent);
    assert_cell(t, 2, 2, "—", 4, 18);
    assert_missing(t, 2, 2);
    assert_missing(t, 2, 3);
    assert_value(t, 3, 1, 1.2135e11);                 /* "1,213.5亿元" */
    n_cell = assert_value(t, 4, 1, 2.16);
    g_assert_cmpint(n->decimals, ==, 2);
    assert_missing(t, 4, 2);
    n_cell = assert_value(t, 5, 1, 40);
    g_assert_cmpstr(n->unit, ==, "微克/立方米");
    char *last = g_strconcat("年均浓度", nl, "下降9.1%", NULL);
    assert_cell(t, 5, 3, last, 7, 25);
    g_free(last);
    g_assert_cmpint(tj_table_cell_number(t, 5, 3, NULL), ==, TJ_NUM_TEXT);
}

static void
test_encodings(void)
{
    static const struct {
        const char *file, *encoding, *nl;
        char delimiter;
    } cases[] = {
        { "indicators.csv", "UTF-8", "\n", ',' },
        { "indicators-bom-crlf.csv", "UTF-8-BOM", "\r\n", ',' },
        { "indicators-utf16le.csv", "UTF-16LE", "\r\n", '\t' },
        { "indicators-utf16be.csv", "UTF-16BE", "\r\n", '\t' },
        { "indicators-gb18030.csv", "GB18030", "\r\n", ',' },
        { "indicators-semicolon.csv", "UTF-8", "\n", ';' },
        { "indicators-mac-cr.csv", "UTF-8", "\r", ',' },
    };
    for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
        g_test_message("%s", cases[i].file);
        TjTable *t = load_fixture(cases[i].file);
        g_assert_cmpstr(tj_table_encoding(t), ==, cases[i].encoding);
        g_assert_cmpint(tj_table_delimiter(t), ==, cases[i].delimiter);
        g_assert_true(g_str_has_suffix(tj_table_name(t), cases[i].file));
        check_indicators(t, cases[i].nl);
        tj_table_free(t);
    }
    /* GB18030 after an ASCII header ("地区" is B5D8 C7F8) */
    TjTable *t = parse_ok("name,value\r\n\xB5\xD8\xC7\xF8,1\r\n");
    g_assert_cmpstr(tj_table_encoding(t), ==, "GB18030");
    assert_cell(t, 0, 0, "地区", 2, 1);
    assert_cell(t, 0, 1, "1", 2, 4);
    tj_table_free(t);
}

static void
test_wide(void)
{
    TjTable *t = load_fixture("wide.csv");
    static const char *const labels[] = {
        "年份", "地区生产总值", "GDP增速", "区级一般公共预算收入", "登记失业率", "常住人口",
    };
    static const char *const units[] = { NULL, "亿元", "%", "亿元", "%", "万人" };
    for (guint c = 0; c < 6; c++) {
        g_assert_cmpstr(tj_table_column_label(t, c), ==, labels[c]);
        g_assert_cmpstr(tj_table_column_unit(t, c), ==, units[c]);
        g_assert_cmpint(tj_table_column_type(t, c), ==, TJ_COL_NUMBER);
    }
    g_assert_cmpstr(tj_table_column_name(t, 1), ==, "地区生产总值（亿元）");
    g_assert_cmpint(tj_table_column_by_name(t, "GDP增速(%)"), ==, 2);
    g_assert_cmpint(tj_table_column_by_name(t, " 年份 "), ==, 0);
    /* the bare name finds a column whose header carries a unit (issue 15) */
    g_assert_cmpint(tj_table_column_by_name(t, "GDP增速"), ==, 2);
    g_assert_cmpint(tj_table_column_by_name(t, "地区生产总值"), ==, 1);
    g_assert_cmpint(tj_table_column_by_name(t, "GDP"), ==, -1);
    g_assert_cmpint(tj_table_column_by_name(t, "\xE3\x80\x80年份\n"), ==, 0);
    assert_value(t, 0, 1, 2954.7);
    assert_missing(t, 1, 1);
    TjNumber n_cell = assert_value(t, 1, 2, 6);
    const TjNumber *n = &n_cell;
    g_assert_cmpstr(n->suffix, ==, "左右");
    n_cell = assert_value(t, 1, 4, 4);
    g_assert_cmpstr(n->prefix, ==, "不超过");
    g_assert_true(n->percent);
    assert_missing(t, 1, 5);
    tj_table_free(t);
}

/* A header's trailing parenthesis is its unit unless it says what the
 * column is: （草案）, （试行）, （2020年）, （含…） stay in the label. */
static void
test_header_annotations(void)
{
    TjTable *t = parse_ok("规划目标（草案）,国内生产总值（亿元）,指标（2020年）,人口（含流动人口）,"
                       "增速（%）,寿命（岁）,年度（2016—2020年）\n"
                       "5,1015986,3,2189.3,2.3,82.4,5\n");
    static const struct { const char *label, *unit; } want[] = {
        { "规划目标（草案）", NULL }, { "国内生产总值", "亿元" }, { "指标（2020年）", NULL },
        { "人口（含流动人口）", NULL }, { "增速", "%" }, { "寿命", "岁" },
        { "年度（2016—2020年）", NULL },
    };
    for (guint c = 0; c < G_N_ELEMENTS(want); c++) {
        g_assert_cmpstr(tj_table_column_label(t, c), ==, want[c].label);
        g_assert_cmpstr(tj_table_column_header_unit(t, c), ==, want[c].unit);
    }
    tj_table_free(t);
}

/* Blank lines (also before the header, also of spaces) are skipped; the
 * places still count them. Shared units read "万人次". */
static void
test_blank_lines_and_units(void)
{
    TjTable *t = load_fixture("counts.csv");
    g_assert_cmpuint(tj_table_n_rows(t), ==, 4);
    TjSrcLoc h = tj_table_header_loc(t, 0);
    g_assert_cmpuint(h.line, ==, 3);
    assert_cell(t, 0, 1, "3980人次", 4, 12);
    assert_cell(t, 1, 0, "街道干部、社区工作者", 6, 1);
    assert_cell(t, 2, 2, "", 8, 18);
    assert_cell(t, 3, 1, "155762人", 9, 12);
    TjNumber n_cell = assert_value(t, 2, 1, 84000);
    const TjNumber *n = &n_cell;
    g_assert_cmpstr(n->suffix, ==, "余");
    g_assert_cmpstr(n->unit, ==, "名");
    g_assert_null(tj_table_column_unit(t, 1));        /* 人次, 名, 人 */
    g_assert_cmpstr(tj_table_column_unit(t, 2), ==, "万人次");
    tj_table_free(t);

    t = load_fixture("one-column.csv");
    g_assert_cmpuint(tj_table_n_rows(t), ==, 3);
    assert_cell(t, 1, 0, "", 4, 1);
    assert_missing(t, 1, 0);
    assert_cell(t, 2, 0, "2020", 5, 1);
    tj_table_free(t);
}

static void
test_quoting(void)
{
    TjTable *t = parse_ok("a,b,c\r\n"
                          "\"x,y\",\"he said \"\"hi\"\"\",\"\"\r\n"
                          "  \"padded\"  ,\" in \",\"two\r\nlines\"\r\n"
                          "\"\"\"\",\"a\"\"\"\"b\",plain\r\n"
                          "last,row,no newline");
    g_assert_cmpuint(tj_table_n_rows(t), ==, 4);
    assert_cell(t, 0, 0, "x,y", 2, 1);
    assert_cell(t, 0, 1, "he said \"hi\"", 2, 7);
    assert_cell(t, 0, 2, "", 2, 24);
    assert_cell(t, 1, 0, "padded", 3, 3);
    assert_cell(t, 1, 1, "in", 3, 14);              /* trimmed inside too */
    assert_cell(t, 1, 2, "two\r\nlines", 3, 21);
    assert_cell(t, 2, 0, "\"", 5, 1);
    assert_cell(t, 2, 1, "a\"\"b", 5, 6);
    assert_cell(t, 2, 2, "plain", 5, 15);
    assert_cell(t, 3, 2, "no newline", 6, 10);
    tj_table_free(t);

    /* trailing empty lines, a line of delimiters, tabs and U+3000 trimmed */
    t = parse_ok("a,b\n\t1 ,\xE3\x80\x80" "2\xE3\x80\x80\n,\n\n\n");
    g_assert_cmpuint(tj_table_n_rows(t), ==, 2);
    assert_cell(t, 0, 0, "1", 2, 2);
    assert_cell(t, 0, 1, "2", 2, 6);
    assert_cell(t, 1, 0, "", 3, 1);
    assert_cell(t, 1, 1, "", 3, 2);
    tj_table_free(t);

    /* names are trimmed like cells, line breaks inside quotes too */
    t = parse_ok("\"指标\n\", 数值 \n地区生产总值,2954.7\n");
    g_assert_cmpstr(tj_table_column_name(t, 0), ==, "指标");
    g_assert_cmpint(tj_table_column_by_name(t, "数值"), ==, 1);
    tj_table_free(t);

    /* a header alone is an error at the header (issue 17: it was a table
     * without rows, and the chart said "nothing to draw" without a place) */
    static const char header_only[] = "\n指标,数值\n\n";
    assert_parse_error(header_only, sizeof header_only - 1, TJ_ERROR_INPUT,
                       "inline.csv:2:1: a header and no data row under it; expected at "
                       "least one row of values");
}

/* Columns count characters, lines count LF, CRLF and CR; a cell after a
 * quoted line break is on the later line. */
static void
test_locations(void)
{
    TjTable *t = parse_ok("指标,备注,数值\n"
                          "地区生产总值,\"第一行\n第二行\r\n第三行\",2954.7亿元\n"
                          "登记失业率,\"\",2.16%\n");
    assert_cell(t, 0, 1, "第一行\n第二行\r\n第三行", 2, 8);
    assert_cell(t, 0, 2, "2954.7亿元", 4, 6);
    assert_cell(t, 1, 0, "登记失业率", 5, 1);
    assert_cell(t, 1, 2, "2.16%", 5, 10);
    tj_table_free(t);

    /* columns after quoted fields (doubled quotes, blanks inside and
     * around the quotes, wide spaces) count the line as written, and so
     * do rows whose first cell is quoted or indented */
    t = parse_ok("甲,乙,丙\n"
                 "\"“引号”\"\"x\"\"\",\u3000\"\u3000第二\u3000\",三\n"
                 "  \" 首 \" , \"\"\"\" ,\u00a0末\n");
    assert_cell(t, 0, 0, "“引号”\"x\"", 2, 1);
    assert_cell(t, 0, 1, "第二", 2, 14);
    assert_cell(t, 0, 2, "三", 2, 21);
    assert_cell(t, 1, 0, "首", 3, 3);
    assert_cell(t, 1, 1, "\"", 3, 11);
    assert_cell(t, 1, 2, "末", 3, 18);
    tj_table_free(t);
}

static void
test_delimiters(void)
{
    static const struct { const char *text; char delim; guint cols; } cases[] = {
        { "a\tb\tc\n1\t2,5\t3\n", '\t', 3 },
        { "a;b;c\n1,5;2;3\n", ';', 3 },
        { "\"a;b\",c,d\n1,2,3\n", ',', 3 },
        { "名称;\"GDP(亿元,现价)\"\n东城;2954,7\n", ';', 2 },
        { "a,b;c\n1;2\n3;4\n", ';', 2 },          /* rows agree with ';' */
        { "年份\n2020\n", ',', 1 },
        { "\n\na|b\nx\n", ',', 1 },
    };
    for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
        TjTable *t = parse_ok(cases[i].text);
        g_assert_cmpint(tj_table_delimiter(t), ==, cases[i].delim);
        g_assert_cmpuint(tj_table_n_cols(t), ==, cases[i].cols);
        tj_table_free(t);
    }
}

static void
test_types(void)
{
    TjTable *t = parse_ok("全空,混合,缺失与数,万人次,纯数,同单位\n"
                          ",地区,—,1.4万人次,2020,181.4亿元\n"
                          "-,5,12,0.6万人次,2021,223.7亿元\n");
    g_assert_cmpint(tj_table_column_type(t, 0), ==, TJ_COL_TEXT);
    g_assert_cmpint(tj_table_column_type(t, 1), ==, TJ_COL_TEXT);
    g_assert_cmpint(tj_table_column_type(t, 2), ==, TJ_COL_NUMBER);
    g_assert_cmpint(tj_table_column_type(t, 3), ==, TJ_COL_NUMBER);
    g_assert_cmpstr(tj_table_column_unit(t, 3), ==, "万人次");
    g_assert_null(tj_table_column_unit(t, 4));
    g_assert_cmpstr(tj_table_column_unit(t, 5), ==, "亿元");
    g_assert_null(tj_table_column_unit(t, 1));
    TjNumber n_cell;
    const TjNumber *n = &n_cell;
    g_assert_cmpint(tj_table_cell_number(t, 0, 1, &n_cell), ==, TJ_NUM_TEXT);
    g_assert_true(isnan(n->value));
    assert_value(t, 1, 1, 5);                  /* a number in a text column */
    tj_table_free(t);

    /* equal numbers read back equal; numbers of another form keep theirs */
    TjNumber a, b, c;
    t = parse_ok("v\n2020\n2021.50\n2020\n约8.4万\n—\n");
    g_assert_cmpint(tj_table_cell_number(t, 0, 0, &a), ==, TJ_NUM_VALUE);
    g_assert_cmpint(tj_table_cell_number(t, 2, 0, &b), ==, TJ_NUM_VALUE);
    g_assert_true(a.value == b.value && a.decimals == b.decimals && a.decimals == 0);
    g_assert_cmpint(tj_table_cell_number(t, 1, 0, &c), ==, TJ_NUM_VALUE);
    g_assert_true(c.value == 2021.5 && c.decimals == 2);
    g_assert_cmpint(tj_table_cell_number(t, 3, 0, &c), ==, TJ_NUM_VALUE);
    g_assert_true(c.value == 84000 && c.magnitude == 4 && c.decimals == 1);
    g_assert_cmpstr(c.prefix, ==, "约");
    g_assert_cmpint(tj_table_cell_number(t, 2, 0, &b), ==, TJ_NUM_VALUE);
    g_assert_true(b.value == 2020 && b.prefix == NULL && b.magnitude == 0);
    g_assert_cmpint(tj_table_cell_number(t, 4, 0, &c), ==, TJ_NUM_MISSING);
    g_assert_true(isnan(c.value));
    tj_table_free(t);
}

static void
test_no_column(void)
{
    TjTable *t = load_fixture("indicators.csv");
    GError *err = NULL;
    char *want;
    tj_table_set_no_column_error(t, "数据", NULL, &err);
    g_assert_error(err, TJ_ERROR, TJ_ERROR_INPUT);
    want = g_strdup_printf("%s:1:1: no column “数据”; did you mean “数值”? "
                           "(columns: 指标, 数值, 同比, 备注)", tj_table_name(t));
    g_assert_cmpstr(err->message, ==, want);
    g_free(want);
    g_clear_error(&err);

    TjSrcLoc loc = tj_src_loc("spec.yaml", 7, 12);
    tj_table_set_no_column_error(t, "人口", &loc, &err);
    g_assert_cmpstr(err->message, ==, "spec.yaml:7:12: no column “人口” "
                    "(columns: 指标, 数值, 同比, 备注)");
    g_clear_error(&err);
    tj_table_set_no_column_error(t, "x", NULL, NULL);   /* no error wanted */
    g_assert_cmpint(tj_table_column_by_name(t, "同比"), ==, 2);
    g_assert_cmpint(tj_table_column_by_name(t, "数据"), ==, -1);
    tj_table_free(t);
}

/* The corpus: each tests/bad-input/csv/NAME.csv fails with the one-line
 * message in NAME.expected (the file named as the relative path). */
static void
test_bad_inputs(void)
{
    char *dir_path = tjt_src_path("tests/bad-input/csv");
    GDir *dir = g_dir_open(dir_path, 0, NULL);
    g_assert_nonnull(dir);
    const char *entry;
    guint n = 0;
    while ((entry = g_dir_read_name(dir)) != NULL) {
        if (!g_str_has_suffix(entry, ".csv"))
            continue;
        char *rel = g_strconcat("tests/bad-input/csv/", entry, NULL);
        char *path = tjt_src_path(rel);
        char *base = g_strndup(path, strlen(path) - 4);
        char *exp_path = g_strconcat(base, ".expected", NULL);
        gsize len;
        char *bytes = tjt_read(path, &len);
        char *want = tjt_read(exp_path, NULL);
        g_strchomp(want);
        GError *err = NULL;
        TjTable *t = tj_table_parse(bytes, len, rel, &err);
        if (t != NULL || err == NULL)
            g_error("%s: loaded without error", rel);
        if (g_strcmp0(err->message, want) != 0)
            g_error("%s:\n  got      %s\n  expected %s", rel, err->message, want);
        g_assert_true(err->domain == TJ_ERROR);
        g_error_free(err);
        g_free(want);
        g_free(bytes);
        g_free(exp_path);
        g_free(base);
        g_free(path);
        g_free(rel);
        n++;
    }
    g_dir_close(dir);
    g_free(dir_path);
    g_assert_cmpuint(n, >=, 10);
}

static void
test_limits(void)
{
    GString *s = g_string_new(NULL);
    for (int i = 0; i < TJ_TABLE_MAX_COLS; i++)
        g_string_append_printf(s, "%sc%d", i ? "," : "", i);
    gsize header_len = s->len;
    g_string_append(s, "\n");
    for (int i = 1; i < TJ_TABLE_MAX_COLS; i++)   /* a row of empty cells */
        g_string_append_c(s, ',');
    g_string_append(s, "\n");
    TjTable *t = parse_ok(s->str);                /* 4096 columns: fine */
    g_assert_cmpuint(tj_table_n_cols(t), ==, TJ_TABLE_MAX_COLS);
    tj_table_free(t);
    /* and after three million blank lines: the row arrays are sized by
     * the bytes a row of 4096 fields needs, not by the lines (48 GB) */
    GString *blank = g_string_new(NULL);
    g_string_append_len(blank, s->str, (gssize)header_len + 1);
    for (int i = 0; i < 3000000; i++)
        g_string_append_c(blank, '\n');
    g_string_append(blank, s->str + header_len + 1);
    t = parse_ok(blank->str);
    g_assert_cmpuint(tj_table_n_rows(t), ==, 1);
    assert_cell(t, 0, 1, "", 3000002, 2);
    tj_table_free(t);
    g_string_free(blank, TRUE);
    g_string_truncate(s, header_len);
    guint col = (guint)g_utf8_strlen(s->str, -1) + 2;
    g_string_append(s, ",extra\n");
    char *want = g_strdup_printf("inline.csv:1:%u: more than 4096 columns; "
                                 "the limit is 4096 columns", col);
    assert_parse_error(s->str, s->len, TJ_ERROR_LIMIT, want);
    g_free(want);

    g_string_assign(s, "a,b\n1,");
    for (int i = 0; i < TJ_TABLE_MAX_CELL; i++)
        g_string_append_c(s, 'x');
    t = parse_ok(s->str);                         /* 64 KiB: fine */
    tj_table_free(t);
    g_string_append(s, "x\n");
    assert_parse_error(s->str, s->len, TJ_ERROR_LIMIT,
                       "inline.csv:2:3: cell of 65537 bytes; the limit is 65536 bytes");
    g_string_free(s, TRUE);

    /* a file over 2 GiB is refused before it is read (sparse file) */
    char *path = tjt_out_path("huge-sparse.csv");
    int fd = g_open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    g_assert_cmpint(fd, >=, 0);
    g_assert_cmpint(ftruncate(fd, (off_t)TJ_TABLE_MAX_FILE + 1), ==, 0);
    close(fd);
    GError *err = NULL;
    g_assert_null(tj_table_load(path, &err));
    g_assert_error(err, TJ_ERROR, TJ_ERROR_LIMIT);
    want = g_strdup_printf("%s: file of 2147483649 bytes; the limit is "
                           "2147483648 bytes (2 GiB)", path);
    g_assert_cmpstr(err->message, ==, want);
    g_free(want);
    g_clear_error(&err);
    g_unlink(path);
    g_free(path);
}

static void
test_io_error(void)
{
    GError *err = NULL;
    g_assert_null(tj_table_load("no/such/file.csv", &err));
    g_assert_error(err, TJ_ERROR, TJ_ERROR_IO);
    g_assert_cmpstr(err->message, ==, "no/such/file.csv: cannot open the file: "
                    "No such file or directory");
    g_clear_error(&err);
    g_assert_null(tj_table_load("no/such/file.csv", NULL));
    g_assert_null(tj_table_parse("", 0, NULL, NULL));
    tj_table_free(NULL);
}

/* Tiny and truncated inputs, the fuzzers' favourites (they found no crash
 * in the loader; the one finding, in number parsing, is in test-number). */
static void
test_tiny_inputs(void)
{
    static const struct { const char *bytes; gsize len; const char *message; } cases[] = {
        { "\xFF\xFE", 2, "inline.csv:1:1: empty file; expected a header row of column names" },
        { "\xEF\xBB\xBF", 3, "inline.csv:1:1: empty file; expected a header row of column names" },
        { "\r", 1, "inline.csv:1:1: empty file; expected a header row of column names" },
        { "\"", 1, "inline.csv:1:1: unterminated quoted field; expected a closing \" "
                   "(write a quote inside a field as \"\")" },
        { "a\n\"", 3, "inline.csv:2:1: unterminated quoted field; expected a closing \" "
                       "(write a quote inside a field as \"\")" },
        { "a,\"b\r", 5, "inline.csv:1:3: unterminated quoted field; expected a closing \" "
                         "(write a quote inside a field as \"\")" },
        { "\xFE\xFF\x00", 3, "inline.csv:1:1: invalid UTF-16BE text; expected UTF-16BE "
                             "after the byte order mark (pairs of bytes, surrogates paired)" },
        { "a\x00", 2, "inline.csv:1:2: NUL byte; expected text (is this a spreadsheet, "
                      "or UTF-16 without a byte order mark?)" },
    };
    for (gsize i = 0; i < G_N_ELEMENTS(cases); i++)
        assert_parse_error(cases[i].bytes, cases[i].len, TJ_ERROR_INPUT, cases[i].message);
    assert_parse_error("a", 1, TJ_ERROR_INPUT, "inline.csv:1:1: a header and no data row "
                       "under it; expected at least one row of values");
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/csv/header-annotations", test_header_annotations);
    g_test_add_func("/csv/encodings", test_encodings);
    g_test_add_func("/csv/wide", test_wide);
    g_test_add_func("/csv/blank-lines-and-units", test_blank_lines_and_units);
    g_test_add_func("/csv/quoting", test_quoting);
    g_test_add_func("/csv/locations", test_locations);
    g_test_add_func("/csv/delimiters", test_delimiters);
    g_test_add_func("/csv/types", test_types);
    g_test_add_func("/csv/no-column", test_no_column);
    g_test_add_func("/csv/bad-inputs", test_bad_inputs);
    g_test_add_func("/csv/limits", test_limits);
    g_test_add_func("/csv/io-error", test_io_error);
    g_test_add_func("/csv/tiny-inputs", test_tiny_inputs);
    return g_test_run();
}
