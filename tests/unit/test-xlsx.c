/* tests/unit/test-xlsx.c — the workbook readers: small .xlsx files written
 * in code (tests/support/workbook.c) checked cell by cell — shared, rich
 * and inline strings, percent, fixed and date formats, formulas with and
 * without a cached value, booleans, errors, merged header and body cells,
 * empty rows and columns, places as book.xlsx:Sheet1!C3 —; the choice of
 * sheet; every refusal with its exact message (damaged zip, not a
 * workbook, bad XML, a zip bomb, limits); the fixtures saved by
 * LibreOffice (tests/data/xlsx, see its README); and the corpus of bad
 * workbooks (tests/bad-input/xlsx). */
#include "data/table.h"
#include "support/tjtest.h"
#include "support/workbook.h"

#include <math.h>
#include <string.h>

static TjTable *
parse_book(GBytes *b, const char *sheet, GError **err)
{
    gsize len;
    const char *data = g_bytes_get_data(b, &len);
    return tj_table_parse_sheet(data, len, "book.xlsx", sheet, err);
}

static TjTable *
one_sheet(const char *body, const char *sst, const char *numfmts, const char *xfs)
{
    TjtSheet s = { "Sheet1", body, NULL };
    GBytes *b = tjt_xlsx(&s, 1, sst, numfmts, xfs);
    GError *err = NULL;
    TjTable *t = parse_book(b, NULL, &err);
    g_assert_no_error(err);
    g_assert_nonnull(t);
    g_bytes_unref(b);
    return t;
}

static char *
place(TjSrcLoc loc)
{
    GString *s = g_string_new(NULL);
    tj_src_loc_append(s, &loc);
    return g_string_free(s, FALSE);
}

/* Cell (@row, @col) reads @text, is of @kind (and @value, @percent for a
 * number) and sits at @where. */
static void
check(const TjTable *t, guint row, guint col, const char *text, TjNumKind kind,
      double value, gboolean percent, const char *where)
{
    g_assert_cmpstr(tj_table_cell_text(t, row, col), ==, text);
    TjNumber n_cell;
    const TjNumber *n = &n_cell;
    g_assert_cmpint(tj_table_cell_number(t, row, col, &n_cell), ==, kind);
    if (kind == TJ_NUM_VALUE) {
        g_assert_cmpfloat_with_epsilon(n->value, value, 1e-9);
        g_assert_cmpint(n->percent, ==, percent);
    }
    char *p = place(tj_table_cell_loc(t, row, col));
    g_assert_cmpstr(p, ==, where);
    g_free(p);
}

static const char sst_main[] =
    "<si><t>指标</t></si>"
    "<si><r><rPr><b/></rPr><t>同</t></r><r><t>比</t></r><rPh sb=\"0\" eb=\"2\"><t>tóngbǐ</t></rPh></si>"
    "<si><t>日期</t></si>"
    "<si><t>地区生产总值</t></si>"
    "<si><t xml:space=\"preserve\">  家庭厨余垃圾分出率　</t></si>";
static const char numfmts_main[] =
    "<numFmt numFmtId=\"164\" formatCode=\"0.0%\"/>"
    "<numFmt numFmtId=\"165\" formatCode=\"yyyy\"/>"
    "<numFmt numFmtId=\"166\" formatCode=\"yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot; h:mm\"/>"
    "<numFmt numFmtId=\"167\" formatCode=\"#,##0.0_);[Red]\\(#,##0.0\\)\"/>";
/* xf 0 General, 1 0.0%, 2 built-in 14 (a date), 3 yyyy, 4 a date and time,
 * 5 #,##0.0, 6 built-in 10 (0.00%) */
static const char xfs_main[] =
    "<xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"14\"/><xf numFmtId=\"165\"/>"
    "<xf numFmtId=\"166\"/><xf numFmtId=\"167\"/><xf numFmtId=\"10\"/>";
static const char sheet_main[] =
    "<dimension ref=\"A1:H9\"/><sheetData>"
    "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"inlineStr\"><is><t>数值</t></is></c>"
    "<c r=\"C1\" t=\"s\"><v>1</v></c><c r=\"D1\" t=\"s\"><v>2</v></c>"
    "<c r=\"E1\" t=\"inlineStr\"><is><t>年份</t></is></c><c r=\"F1\" t=\"inlineStr\"><is><t>备注</t></is></c></row>"
    "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>3</v></c><c r=\"B2\"><v>2954.6999999999998</v></c>"
    "<c r=\"C2\" s=\"1\"><v>2E-3</v></c><c r=\"D2\" s=\"2\"><v>44206</v></c>"
    "<c r=\"E2\" s=\"3\"><v>44206</v></c><c r=\"F2\" t=\"b\"><v>1</v></c></row>"
    "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>4</v></c><c r=\"B3\" s=\"1\"><f>B4/2</f><v>0.218</v></c>"
    "<c r=\"C3\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c><c r=\"D3\" s=\"4\"><v>44206.5</v></c>"
    "<c r=\"E3\" t=\"str\"><f>\"二〇二一\"</f><v>二〇二一</v></c><c r=\"F3\"><f>SUM(B2:B3)</f></c></row>"
    "<row r=\"4\"><c r=\"A4\" s=\"1\"/><c r=\"B4\" t=\"inlineStr\"><is><t> </t></is></c></row>"
    "<row r=\"5\"><c r=\"A5\" t=\"inlineStr\"><is><t>PM2.5</t></is></c><c r=\"B5\" s=\"5\"><v>40</v></c>"
    "<c s=\"6\"><v>-9.1E-2</v></c><c t=\"inlineStr\"><is><t>—</t></is></c></row>"
    "<row r=\"7\"><c r=\"G7\" t=\"inlineStr\"><is><t>　</t></is></c></row>"
    "<row r=\"9\"><c r=\"H9\" s=\"1\"/></row>"
    "</sheetData>";

static void
test_cells(void)
{
    TjTable *t = one_sheet(sheet_main, sst_main, numfmts_main, xfs_main);
    g_assert_cmpstr(tj_table_name(t), ==, "book.xlsx:Sheet1");
    g_assert_cmpstr(tj_table_encoding(t), ==, "xlsx");
    g_assert_cmpuint(tj_table_n_cols(t), ==, 6);   /* G (a space), H (a style) ignored */
    g_assert_cmpuint(tj_table_n_rows(t), ==, 3);   /* row 4 holds no text */
    const char *names[] = { "指标", "数值", "同比", "日期", "年份", "备注" };
    for (guint c = 0; c < 6; c++)
        g_assert_cmpstr(tj_table_column_name(t, c), ==, names[c]);
    char *p = place(tj_table_header_loc(t, 2));
    g_assert_cmpstr(p, ==, "book.xlsx:Sheet1!C1");
    g_free(p);

    check(t, 0, 0, "地区生产总值", TJ_NUM_TEXT, 0, FALSE, "book.xlsx:Sheet1!A2");
    check(t, 0, 1, "2954.7", TJ_NUM_VALUE, 2954.7, FALSE, "book.xlsx:Sheet1!B2");
    check(t, 0, 2, "0.2%", TJ_NUM_VALUE, 0.2, TRUE, "book.xlsx:Sheet1!C2");
    check(t, 0, 3, "2021-01-10", TJ_NUM_TEXT, 0, FALSE, "book.xlsx:Sheet1!D2");
    check(t, 0, 4, "2021", TJ_NUM_VALUE, 2021, FALSE, "book.xlsx:Sheet1!E2");
    check(t, 0, 5, "TRUE", TJ_NUM_TEXT, 0, FALSE, "book.xlsx:Sheet1!F2");

    check(t, 1, 0, "家庭厨余垃圾分出率", TJ_NUM_TEXT, 0, FALSE, "book.xlsx:Sheet1!A3");
    check(t, 1, 1, "21.8%", TJ_NUM_VALUE, 21.8, TRUE, "book.xlsx:Sheet1!B3");
    check(t, 1, 2, "#DIV/0!", TJ_NUM_TEXT, 0, FALSE, "book.xlsx:Sheet1!C3");
    check(t, 1, 3, "2021年1月10日 12:00", TJ_NUM_TEXT, 0, FALSE, "book.xlsx:Sheet1!D3");
    check(t, 1, 4, "二〇二一", TJ_NUM_TEXT, 0, FALSE, "book.xlsx:Sheet1!E3");
    check(t, 1, 5, "=SUM(B2:B3)", TJ_NUM_TEXT, 0, FALSE, "book.xlsx:Sheet1!F3");

    check(t, 2, 0, "PM2.5", TJ_NUM_TEXT, 0, FALSE, "book.xlsx:Sheet1!A5");
    check(t, 2, 1, "40.0", TJ_NUM_VALUE, 40, FALSE, "book.xlsx:Sheet1!B5");
    check(t, 2, 2, "-9.10%", TJ_NUM_VALUE, -9.1, TRUE, "book.xlsx:Sheet1!C5");
    check(t, 2, 3, "—", TJ_NUM_MISSING, 0, FALSE, "book.xlsx:Sheet1!D5");
    check(t, 2, 4, "", TJ_NUM_MISSING, 0, FALSE, "book.xlsx:Sheet1!E5");
    tj_table_free(t);
}

/* 0.218 shown as 21.8% is the same cell as "21.8%" in a CSV file. */
static void
test_percent_like_csv(void)
{
    TjTable *x = one_sheet("<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>率</t></is></c></row>"
                           "<row r=\"2\"><c r=\"A2\" s=\"1\"><v>0.218</v></c></row>"
                           "<row r=\"3\"><c r=\"A3\" s=\"1\"><v>0.2185</v></c></row></sheetData>",
                           NULL, numfmts_main, xfs_main);
    GError *err = NULL;
    const char csv[] = "率\n21.8%\n21.9%\n";
    TjTable *c = tj_table_parse(csv, strlen(csv), "rates.csv", &err);
    g_assert_no_error(err);
    for (guint r = 0; r < 2; r++) {
        TjNumber a_cell, b_cell;
        const TjNumber *a = &a_cell, *b = &b_cell;
        g_assert_cmpint(tj_table_cell_number(x, r, 0, &a_cell), ==, TJ_NUM_VALUE);
        g_assert_cmpint(tj_table_cell_number(c, r, 0, &b_cell), ==, TJ_NUM_VALUE);
        g_assert_cmpstr(tj_table_cell_text(x, r, 0), ==, tj_table_cell_text(c, r, 0));
        g_assert_true(a->value == b->value);
        g_assert_cmpint(a->decimals, ==, b->decimals);
        g_assert_cmpint(a->magnitude, ==, b->magnitude);
        g_assert_cmpint(a->percent, ==, b->percent);
        g_assert_cmpstr(a->unit, ==, b->unit);
        g_assert_true(a->prefix == b->prefix && a->suffix == b->suffix);
    }
    g_assert_cmpint(tj_table_column_type(x, 0), ==, tj_table_column_type(c, 0));
    g_assert_cmpstr(tj_table_column_unit(x, 0), ==, "%");
    g_assert_cmpstr(tj_table_column_unit(c, 0), ==, "%");
    tj_table_free(x);
    tj_table_free(c);
}

/* A two-row header under merged cells, and a category merged down. */
static void
test_merged(void)
{
    const char body[] =
        "<sheetData>"
        "<row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><t>指标</t></is></c>"
        "<c r=\"C2\" t=\"inlineStr\"><is><t>2020年</t></is></c>"
        "<c r=\"E2\" t=\"inlineStr\"><is><t>2021年</t></is></c></row>"
        "<row r=\"3\"><c r=\"C3\" t=\"inlineStr\"><is><t>数值</t></is></c>"
        "<c r=\"D3\" t=\"inlineStr\"><is><t>同比</t></is></c>"
        "<c r=\"E3\" t=\"inlineStr\"><is><t>数值</t></is></c>"
        "<c r=\"F3\" t=\"inlineStr\"><is><t>同比</t></is></c></row>"
        "<row r=\"4\"><c r=\"B4\" t=\"inlineStr\"><is><t>经济</t></is></c><c r=\"C4\"><v>1</v></c>"
        "<c r=\"D4\"><v>2</v></c><c r=\"E4\"><v>3</v></c><c r=\"F4\"><v>4</v></c></row>"
        "<row r=\"5\"><c r=\"C5\"><v>5</v></c></row>"
        "</sheetData><mergeCells count=\"4\"><mergeCell ref=\"B2:B3\"/><mergeCell ref=\"C2:D2\"/>"
        "<mergeCell ref=\"E2:F2\"/><mergeCell ref=\"B4:B5\"/></mergeCells>";
    TjTable *t = one_sheet(body, NULL, NULL, NULL);
    const char *names[] = { "指标", "2020年数值", "2020年同比", "2021年数值", "2021年同比" };
    g_assert_cmpuint(tj_table_n_cols(t), ==, 5);
    for (guint c = 0; c < 5; c++)
        g_assert_cmpstr(tj_table_column_name(t, c), ==, names[c]);
    char *p = place(tj_table_header_loc(t, 2));
    g_assert_cmpstr(p, ==, "book.xlsx:Sheet1!D2");
    g_free(p);
    g_assert_cmpuint(tj_table_n_rows(t), ==, 2);
    check(t, 0, 0, "经济", TJ_NUM_TEXT, 0, FALSE, "book.xlsx:Sheet1!B4");
    check(t, 1, 0, "经济", TJ_NUM_TEXT, 0, FALSE, "book.xlsx:Sheet1!B5");
    check(t, 1, 1, "5", TJ_NUM_VALUE, 5, FALSE, "book.xlsx:Sheet1!C5");
    check(t, 1, 2, "", TJ_NUM_MISSING, 0, FALSE, "book.xlsx:Sheet1!D5");
    tj_table_free(t);
}

static const char tiny[] = "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>x</t></is></c></row></sheetData>";

static void
assert_sheet(GBytes *b, const char *want, const char *name)
{
    GError *err = NULL;
    TjTable *t = parse_book(b, want, &err);
    g_assert_no_error(err);
    g_assert_cmpstr(tj_table_name(t), ==, name);
    tj_table_free(t);
}

static void
assert_error(GBytes *b, const char *sheet, int code, const char *message)
{
    GError *err = NULL;
    TjTable *t = parse_book(b, sheet, &err);
    g_assert_null(t);
    g_assert_error(err, TJ_ERROR, code);
    g_assert_cmpstr(err->message, ==, message);
    g_error_free(err);
}

static void
test_sheet_choice(void)
{
    TjtSheet sheets[] = { { "隐藏", tiny, "hidden" }, { "2020年", tiny, NULL },
                          { "2021年", tiny, NULL } };
    GBytes *b = tjt_xlsx(sheets, 3, NULL, NULL, NULL);
    assert_sheet(b, NULL, "book.xlsx:2020年");
    assert_sheet(b, "2021年", "book.xlsx:2021年");
    assert_sheet(b, "3", "book.xlsx:2021年");
    assert_sheet(b, "1", "book.xlsx:隐藏");   /* asked for: hidden or not */
    assert_error(b, "2021年度", TJ_ERROR_INPUT, "book.xlsx: no sheet “2021年度”; did you mean "
                 "“2021年”? (sheets: 隐藏, 2020年, 2021年)");
    assert_error(b, "4", TJ_ERROR_INPUT, "book.xlsx: no sheet named “4”, and the workbook "
                 "has only 3 sheets (隐藏, 2020年, 2021年)");
    assert_error(b, "经济", TJ_ERROR_INPUT, "book.xlsx: no sheet “经济” (sheets: 隐藏, 2020年, 2021年)");
    g_bytes_unref(b);
    TjtSheet hidden = { "A", tiny, "veryHidden" };
    b = tjt_xlsx(&hidden, 1, NULL, NULL, NULL);
    assert_error(b, NULL, TJ_ERROR_INPUT, "book.xlsx: no visible worksheet; name the sheet "
                 "to read (sheets: A)");
    g_bytes_unref(b);
    GError *err = NULL;
    TjTable *t = tj_table_parse_sheet("a\n1\n", 4, "d.csv", "2020年", &err);
    g_assert_null(t);
    g_assert_error(err, TJ_ERROR, TJ_ERROR_INPUT);
    g_assert_cmpstr(err->message, ==, "d.csv: sheet “2020年” asked of a CSV file, which has "
                    "none; a sheet is chosen only in an .xlsx or .xls workbook");
    g_error_free(err);
}

/* tj_table_sheet_names: the visible worksheets, in order; none of a CSV
 * file; an error naming a damaged workbook. */
static void
test_sheet_names(void)
{
    TjtSheet sheets[] = { { "隐藏", tiny, "hidden" }, { "2020年", tiny, NULL },
                          { "Sheet3", tiny, NULL }, { "很隐藏", tiny, "veryHidden" } };
    GBytes *b = tjt_xlsx(sheets, 4, NULL, NULL, NULL);
    char *path = tjt_out_path("sheet-names.xlsx");
    g_assert_true(g_file_set_contents(path, g_bytes_get_data(b, NULL),
                                      (gssize)g_bytes_get_size(b), NULL));
    GError *err = NULL;
    char **names = tj_table_sheet_names(path, &err);
    g_assert_no_error(err);
    g_assert_cmpuint(g_strv_length(names), ==, 2);
    g_assert_cmpstr(names[0], ==, "2020年");
    g_assert_cmpstr(names[1], ==, "Sheet3");
    g_strfreev(names);
    g_assert_true(g_file_set_contents(path, "PK\x03\x04" "broken", 10, NULL));
    g_assert_null(tj_table_sheet_names(path, &err));
    g_assert_error(err, TJ_ERROR, TJ_ERROR_INPUT);
    g_assert_nonnull(strstr(err->message, "sheet-names.xlsx: a damaged zip archive"));
    g_clear_error(&err);
    g_assert_true(g_file_set_contents(path, "指标,数值\n甲,1\n", -1, NULL));
    names = tj_table_sheet_names(path, &err);
    g_assert_no_error(err);
    g_assert_cmpuint(g_strv_length(names), ==, 0);
    g_strfreev(names);
    char *xls = tjt_src_path("tests/data/xlsx/indicators.xls");
    names = tj_table_sheet_names(xls, &err);
    g_assert_no_error(err);
    g_assert_cmpuint(g_strv_length(names), ==, 1);
    g_assert_cmpstr(names[0], ==, "2020年");
    g_strfreev(names);
    g_assert_null(tj_table_sheet_names("no-such.xlsx", &err));
    g_assert_error(err, TJ_ERROR, TJ_ERROR_IO);
    g_clear_error(&err);
    g_free(xls);
    g_free(path);
    g_bytes_unref(b);
}

static GBytes *
sheet_book(const char *body, const char *sst)
{
    TjtSheet s = { "Sheet1", body, NULL };
    return tjt_xlsx(&s, 1, sst, NULL, NULL);
}

static void
assert_sheet_error(const char *body, const char *sst, int code, const char *message)
{
    GBytes *b = sheet_book(body, sst);
    assert_error(b, NULL, code, message);
    g_bytes_unref(b);
}

static void
test_not_workbooks(void)
{
    /* a damaged archive: the first half of a workbook */
    GBytes *b = sheet_book(tiny, NULL);
    gsize len;
    const char *data = g_bytes_get_data(b, &len);
    GError *err = NULL;
    g_assert_null(tj_table_parse(data, len / 2, "book.xlsx", &err));
    g_assert_error(err, TJ_ERROR, TJ_ERROR_INPUT);
    g_assert_cmpstr(err->message, ==, "book.xlsx: a damaged zip archive (Not a zip archive); "
                    "expected an .xlsx workbook as a spreadsheet program saves it");
    g_clear_error(&err);
    g_bytes_unref(b);

    TjtZip *z = tjt_zip_new();
    tjt_zip_add(z, "word/document.xml", "<w:document/>", -1, FALSE);
    b = tjt_zip_finish(z);
    assert_error(b, NULL, TJ_ERROR_INPUT, "book.xlsx: not an Excel workbook but a Word document "
                 "(.docx); expected a CSV file or an .xlsx or .xls workbook");
    g_bytes_unref(b);
    z = tjt_zip_new();
    tjt_zip_add(z, "notes.txt", "不是表格", -1, FALSE);
    b = tjt_zip_finish(z);
    assert_error(b, NULL, TJ_ERROR_INPUT, "book.xlsx: not an Excel workbook but a zip archive "
                 "without xl/workbook.xml; expected a CSV file or an .xlsx or .xls workbook");
    g_bytes_unref(b);

    /* an OLE2 compound file that holds no workbook (an encrypted .xlsx is one) */
    char ole[1024] = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
    g_assert_null(tj_table_parse(ole, sizeof ole, "secret.xlsx", &err));
    g_assert_error(err, TJ_ERROR, TJ_ERROR_INPUT);
    g_assert_true(g_str_has_prefix(err->message, "secret.xlsx: "));
    g_clear_error(&err);
}

static void
test_bad_sheets(void)
{
    assert_sheet_error("<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row><c>",
                       NULL, TJ_ERROR_INPUT, "book.xlsx:Sheet1: “xl/worksheets/sheet1.xml”: "
                       "not well-formed XML at line 1: Opening and ending tag mismatch: c line 1 and worksheet");
    assert_sheet_error("<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY a \"aaaaaaaaaa\">]>"
                       "<worksheet><sheetData/></worksheet>", NULL, TJ_ERROR_INPUT,
                       "book.xlsx:Sheet1: “xl/worksheets/sheet1.xml”: has a document type "
                       "declaration, which workbooks never have; refused");
    GString *deep = g_string_new("<sheetData>");
    for (int i = 0; i < 80; i++)
        g_string_append(deep, "<x>");
    for (int i = 0; i < 80; i++)
        g_string_append(deep, "</x>");
    g_string_append(deep, "</sheetData>");
    assert_sheet_error(deep->str, NULL, TJ_ERROR_LIMIT, "book.xlsx:Sheet1: “xl/worksheets/"
                       "sheet1.xml”: elements nested more than 64 deep; the limit is 64");
    g_string_free(deep, TRUE);
    assert_sheet_error("<sheetData><row r=\"1\"><c r=\"A0\"><v>1</v></c></row></sheetData>", NULL,
                       TJ_ERROR_INPUT, "book.xlsx:Sheet1!A1: “xl/worksheets/sheet1.xml”: bad cell "
                       "reference “A0”; expected a cell from A1 to XFD1048576");
    assert_sheet_error("<sheetData><row r=\"1\"><c r=\"B1\"><v>abc</v></c></row></sheetData>", NULL,
                       TJ_ERROR_INPUT, "book.xlsx:Sheet1!B1: “abc” in a number cell; expected a "
                       "number");
    assert_sheet_error("<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>5</v></c></row></sheetData>",
                       "<si><t>x</t></si>", TJ_ERROR_INPUT, "book.xlsx:Sheet1!A1: shared string "
                       "“5” does not exist (the workbook has 1); expected an index from 0");
    assert_sheet_error("", NULL, TJ_ERROR_INPUT, "book.xlsx:Sheet1: empty sheet; expected a "
                       "header row of column names");
    assert_sheet_error("<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>x</t></is></c>"
                       "<c r=\"C1\" t=\"inlineStr\"><is><t>x</t></is></c></row></sheetData>", NULL,
                       TJ_ERROR_INPUT, "book.xlsx:Sheet1!B1: empty name for column 2; expected a "
                       "name in every header cell");
}

static void
test_limits(void)
{
    /* a shared string longer than a cell may be, refused where it is used */
    GString *big = g_string_new("<si><t>");
    for (int i = 0; i < 70000; i++)
        g_string_append_c(big, 'x');
    g_string_append(big, "</t></si>");
    assert_sheet_error("<sheetData><row r=\"3\"><c r=\"D3\" t=\"s\"><v>0</v></c></row></sheetData>",
                       big->str, TJ_ERROR_LIMIT, "book.xlsx:Sheet1!D3: cell of 70000 bytes; the "
                       "limit is 65536 bytes");
    g_string_free(big, TRUE);
    assert_sheet_error("<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"XFD1\"><v>1</v></c>"
                       "</row></sheetData>", NULL, TJ_ERROR_LIMIT, "book.xlsx:Sheet1!XFD1: more "
                       "than 4096 columns; the limit is 4096 columns");
    assert_sheet_error("<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"1048576\">"
                       "<c r=\"CV1048576\"><v>1</v></c></row></sheetData>", NULL, TJ_ERROR_LIMIT,
                       "book.xlsx:Sheet1!CV1048576: 1048576 rows × 100 columns between the first "
                       "and the last used cell; the limit is 33554432 cells");
    assert_sheet_error("<sheetData><row r=\"1048577\"/></sheetData>", NULL, TJ_ERROR_INPUT,
                       "book.xlsx:Sheet1: “xl/worksheets/sheet1.xml”: bad row "
                       "number “1048577”; expected 1 to 1048576");
}

/* A zip bomb made here: 64 MiB of XML that packs to some 64 KiB. */
static void
test_zip_bomb(void)
{
    gsize n = (gsize)64 << 20;
    char *xml = g_malloc(n);
    const char head[] = "<?xml version=\"1.0\"?><worksheet><sheetData><row r=\"1\">";
    memcpy(xml, head, sizeof head - 1);
    for (gsize i = sizeof head - 1; i + 4 <= n; i += 4)
        memcpy(xml + i, "<x/>", 4);   /* elements: text nodes stop at 10 MB */
    n -= (n - (sizeof head - 1)) % 4;
    TjtZip *z = tjt_zip_new();
    tjt_zip_add(z, "xl/workbook.xml", "<workbook xmlns:r=\"http://schemas.openxmlformats.org/"
                "officeDocument/2006/relationships\"><sheets><sheet name=\"S\" r:id=\"r1\"/>"
                "</sheets></workbook>", -1, FALSE);
    tjt_zip_add(z, "xl/_rels/workbook.xml.rels", "<Relationships><Relationship Id=\"r1\" "
                "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                "worksheet\" Target=\"s.xml\"/></Relationships>", -1, FALSE);
    tjt_zip_add(z, "xl/s.xml", xml, (gssize)n, FALSE);
    GBytes *b = tjt_zip_finish(z);
    g_free(xml);
    g_assert_cmpuint(g_bytes_get_size(b), <, n / 200);
    GError *err = NULL;
    gsize len;
    const char *data = g_bytes_get_data(b, &len);
    g_assert_null(tj_table_parse(data, len, "bomb.xlsx", &err));
    g_assert_error(err, TJ_ERROR, TJ_ERROR_LIMIT);
    g_assert_true(g_str_has_prefix(err->message, "bomb.xlsx:S!1:1: “xl/s.xml”: unpacks to "
                                   "more than 200 times its packed size ("));
    g_assert_true(g_str_has_suffix(err->message, " bytes); refused as a zip bomb (the limit "
                                   "is 200:1)"));
    g_error_free(err);
    g_bytes_unref(b);
}

static TjTable *
load_data(const char *rel)
{
    char *path = tjt_src_path(rel);
    GError *err = NULL;
    TjTable *t = tj_table_load(path, &err);
    g_assert_no_error(err);
    g_free(path);
    return t;
}

/* The workbooks LibreOffice saved read as their CSV does, cell by cell,
 * but for the percent column: "0.2%" was stored as 0.002 under "0.00%",
 * which reads "0.20%" (as the spreadsheet shows it) in the .xlsx, and
 * 0.002 in the .xls, whose formats libfreexl does not give. */
static void
test_saved_by_libreoffice(void)
{
    TjTable *csv = load_data("tests/data/xlsx/indicators.csv");
    const char *books[] = { "tests/data/xlsx/indicators.xlsx", "tests/data/xlsx/indicators.xls" };
    for (guint b = 0; b < G_N_ELEMENTS(books); b++) {
        TjTable *t = load_data(books[b]);
        g_assert_true(g_str_has_suffix(tj_table_name(t), b ? ".xls:2020年" : ".xlsx:2020年"));
        g_assert_cmpuint(tj_table_n_rows(t), ==, tj_table_n_rows(csv));
        g_assert_cmpuint(tj_table_n_cols(t), ==, tj_table_n_cols(csv));
        guint pct = (guint)tj_table_column_by_name(t, "同比");
        for (guint c = 0; c < tj_table_n_cols(csv); c++)
            g_assert_cmpstr(tj_table_column_name(t, c), ==, tj_table_column_name(csv, c));
        for (guint r = 0; r < tj_table_n_rows(csv); r++)
            for (guint c = 0; c < tj_table_n_cols(csv); c++) {
                TjNumber a_cell, n_cell;
                const TjNumber *a = &a_cell, *n = &n_cell;
                TjNumKind k = tj_table_cell_number(t, r, c, &a_cell);
                g_assert_cmpint(k, ==, tj_table_cell_number(csv, r, c, &n_cell));
                if (c != pct || k != TJ_NUM_VALUE) {
                    g_assert_cmpstr(tj_table_cell_text(t, r, c), ==, tj_table_cell_text(csv, r, c));
                } else if (b == 0) {
                    g_assert_cmpfloat_with_epsilon(a->value, n->value, 1e-9);
                    g_assert_true(a->percent && a->decimals == 2);
                } else {
                    g_assert_cmpfloat_with_epsilon(a->value * 100, n->value, 1e-9);
                    g_assert_false(a->percent);
                }
            }
        char *p = place(tj_table_cell_loc(t, 4, pct));
        g_assert_true(g_str_has_suffix(p, ":2020年!D6"));
        g_free(p);
        if (b == 0)
            g_assert_cmpstr(tj_table_column_unit(t, pct), ==, "%");
        tj_table_free(t);
    }
    /* the same bytes from memory: .xls goes through a temporary file */
    char *path = tjt_src_path("tests/data/xlsx/indicators.xls");
    gsize len;
    char *bytes = tjt_read(path, &len);
    GError *err = NULL;
    TjTable *t = tj_table_parse_sheet(bytes, len, "mem.xls", "2020年", &err);
    g_assert_no_error(err);
    g_assert_cmpstr(tj_table_cell_text(t, 5, 0), ==, "高峰时段道路交通指数");
    tj_table_free(t);
    g_assert_null(tj_table_parse_sheet(bytes, len, "mem.xls", "2021", &err));
    g_assert_cmpstr(err->message, ==, "mem.xls: no sheet named “2021”, and the workbook has only 1 "
                    "sheets (2020年)");
    g_clear_error(&err);
    g_free(bytes);
    g_free(path);
    tj_table_free(csv);
}

/* The corpus: each workbook in tests/bad-input/xlsx (written by its
 * make.py from the LibreOffice fixture, spoiled one way) fails with the
 * one-line message in NAME.expected, placed at the file, sheet or cell. */
static void
test_bad_inputs(void)
{
    char *dir_path = tjt_src_path("tests/bad-input/xlsx");
    GDir *dir = g_dir_open(dir_path, 0, NULL);
    g_assert_nonnull(dir);
    const char *entry;
    guint n = 0;
    while ((entry = g_dir_read_name(dir)) != NULL) {
        if (!g_str_has_suffix(entry, ".xlsx") && !g_str_has_suffix(entry, ".xls"))
            continue;
        char *rel = g_strconcat("tests/bad-input/xlsx/", entry, NULL);
        char *path = tjt_src_path(rel);
        char *base = g_strndup(path, (gsize)(strrchr(path, '.') - path));
        char *exp_path = g_strconcat(base, ".expected", NULL);
        gsize len;
        char *bytes = tjt_read(path, &len);
        char *want = tjt_read(exp_path, NULL);
        g_strchomp(want);
        GError *err = NULL;
        TjTable *t = tj_table_parse_sheet(bytes, len, rel, NULL, &err);
        if (t != NULL || err == NULL)
            g_error("%s: loaded without error", rel);
        if (g_strcmp0(err->message, want) != 0)
            g_error("%s:\n  got      %s\n  expected %s", rel, err->message, want);
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
    g_assert_cmpuint(n, >=, 11);
}

/* A fill (*X), a width (_X) or an escape (\X) takes a whole character, not a
 * byte: "yyyy*年" once left half of 年 in the cell's text (found by fuzz-xlsx). */
static void
test_format_characters(void)
{
    static const char numfmts[] =
        "<numFmt numFmtId=\"164\" formatCode=\"yyyy*年m_月\"/>"
        "<numFmt numFmtId=\"165\" formatCode=\"yyyy\\年m\\月\"/>";
    static const char xfs[] = "<xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"165\"/>";
    static const char body[] =
        "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>甲</t></is></c>"
        "<c r=\"B1\" t=\"inlineStr\"><is><t>乙</t></is></c></row>"
        "<row r=\"2\"><c r=\"A2\" s=\"1\"><v>44206</v></c><c r=\"B2\" s=\"2\"><v>44206</v></c></row>"
        "</sheetData>";
    TjTable *t = one_sheet(body, NULL, numfmts, xfs);
    const char *fill = tj_table_cell_text(t, 0, 0);
    g_assert_true(g_utf8_validate(fill, -1, NULL));
    g_assert_cmpstr(fill, ==, "20211");
    g_assert_cmpstr(tj_table_cell_text(t, 0, 1), ==, "2021年1月");
    tj_table_free(t);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/xlsx/cells", test_cells);
    g_test_add_func("/xlsx/percent-like-csv", test_percent_like_csv);
    g_test_add_func("/xlsx/merged", test_merged);
    g_test_add_func("/xlsx/sheet-choice", test_sheet_choice);
    g_test_add_func("/xlsx/sheet-names", test_sheet_names);
    g_test_add_func("/xlsx/not-workbooks", test_not_workbooks);
    g_test_add_func("/xlsx/bad-sheets", test_bad_sheets);
    g_test_add_func("/xlsx/limits", test_limits);
    g_test_add_func("/xlsx/zip-bomb", test_zip_bomb);
    g_test_add_func("/xlsx/saved-by-libreoffice", test_saved_by_libreoffice);
    g_test_add_func("/xlsx/bad-inputs", test_bad_inputs);
    g_test_add_func("/xlsx/format-characters", test_format_characters);
    return g_test_run();
}
