/* tests/fuzz/fuzz-xlsx.c — libFuzzer harness for the .xlsx reader. Input
 * starting with "PK" is a whole zip, read as it is (the container path);
 * any other input is the parts of a workbook separated by lines "--":
 *   sheet XML, shared strings, styles, workbook.xml, workbook rels
 * (a part left out gets a plain default), zipped here with libzip (stored,
 * so the fuzzer's bytes reach libxml2 unchanged) and read through
 * tj_table_parse_sheet() with the sheet named by the input's last line
 * when it starts "sheet=". A failure must come with a message placed in
 * fuzz.xlsx; a table must be whole: every getter works, places are cells
 * of the sheet (book!C12 style), texts are UTF-8 and kinds agree.
 *   make fuzz && sh tests/fuzz/run.sh build-fuzz 300 xlsx */
#include "data/table.h"

#include <math.h>
#include <stdint.h>
#include <string.h>
#include <zip.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define NS_REL "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

static const char *const defaults[] = {
    "<worksheet><sheetData/></worksheet>",
    NULL,
    NULL,
    "<workbook xmlns:r=\"" NS_REL "\"><sheets><sheet name=\"S\" r:id=\"r1\"/></sheets></workbook>",
    "<Relationships><Relationship Id=\"r1\" Type=\"" NS_REL "/worksheet\" Target=\"s.xml\"/>"
    "<Relationship Id=\"r2\" Type=\"" NS_REL "/sharedStrings\" Target=\"ss.xml\"/>"
    "<Relationship Id=\"r3\" Type=\"" NS_REL "/styles\" Target=\"st.xml\"/></Relationships>",
};
static const char *const names[] = {
    "xl/s.xml", "xl/ss.xml", "xl/st.xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
};

static void
add(zip_t *z, const char *name, const char *bytes, gsize len)
{
    zip_source_t *s = zip_source_buffer(z, g_memdup2(bytes, len), len, 1);
    zip_int64_t i = zip_file_add(z, name, s, ZIP_FL_OVERWRITE);
    g_assert_cmpint(i, >=, 0);
    zip_set_file_compression(z, (zip_uint64_t)i, ZIP_CM_STORE, 0);
}

/* The zip of the parts in @text; (transfer full). */
static GBytes *
zip_parts(const char *text, gsize len, char **sheet)
{
    zip_error_t err;
    zip_error_init(&err);
    zip_source_t *src = zip_source_buffer_create(NULL, 0, 0, &err);
    zip_source_keep(src);
    zip_t *z = zip_open_from_source(src, ZIP_TRUNCATE, &err);
    g_assert_nonnull(z);
    const char *end = text + len;
    const char *last = g_strrstr_len(text, (gssize)len, "\nsheet=");
    *sheet = last ? g_strndup(last + 7, (gsize)(end - last - 7)) : NULL;
    end = last ? last : end;
    const char *p = text;
    for (guint i = 0; i < G_N_ELEMENTS(names); i++) {
        const char *sep = p ? g_strstr_len(p, end - p, "\n--\n") : NULL;
        const char *stop = sep ? sep : end;
        if (p && stop > p)
            add(z, names[i], p, (gsize)(stop - p));
        else if (defaults[i])
            add(z, names[i], defaults[i], strlen(defaults[i]));
        p = sep ? sep + 4 : NULL;
    }
    g_assert_cmpint(zip_close(z), ==, 0);
    zip_stat_t st;
    zip_source_stat(src, &st);
    zip_source_open(src);
    char *buf = g_malloc(st.size + 1);
    g_assert_cmpint(zip_source_read(src, buf, st.size), ==, (zip_int64_t)st.size);
    zip_source_close(src);
    zip_source_free(src);
    zip_error_fini(&err);
    return g_bytes_new_take(buf, st.size);
}

static void
check_table(const TjTable *t)
{
    guint rows = tj_table_n_rows(t), cols = tj_table_n_cols(t);
    g_assert_true(g_str_has_prefix(tj_table_name(t), "fuzz.xlsx:"));
    g_assert_cmpuint(cols, >=, 1);
    for (guint c = 0; c < cols; c++) {
        const char *name = tj_table_column_name(t, c);
        g_assert_true(name[0] != '\0' && g_utf8_validate(name, -1, NULL));
        g_assert_cmpint(tj_table_column_by_name(t, name), ==, (int)c);
        TjSrcLoc h = tj_table_header_loc(t, c);
        g_assert_true(h.cell && h.line >= 1 && h.col >= 1 && h.col <= 16384);
        TjColumnType type = tj_table_column_type(t, c);
        for (guint r = 0; r < rows; r++) {
            const char *text = tj_table_cell_text(t, r, c);
            g_assert_true(g_utf8_validate(text, -1, NULL));
            TjNumber n_cell;
            const TjNumber *n = &n_cell;
            TjNumKind kind = tj_table_cell_number(t, r, c, &n_cell);
            g_assert_true(kind != TJ_NUM_TEXT || type == TJ_COL_TEXT);
            g_assert_true(kind == TJ_NUM_VALUE ? isfinite(n->value) : isnan(n->value));
            g_assert_cmpint(tj_number_parse(text, NULL, NULL), ==, kind);
            TjSrcLoc loc = tj_table_cell_loc(t, r, c);
            g_assert_true(loc.cell && loc.line > h.line && loc.line <= 1048576);
            g_assert_cmpuint(loc.col, ==, h.col);
        }
    }
    GError *err = NULL;
    tj_table_set_no_column_error(t, "没有这一列", NULL, &err);
    g_assert_nonnull(err);
    g_assert_true(g_str_has_prefix(err->message, "fuzz.xlsx:"));
    g_error_free(err);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    GError *err = NULL;
    char *sheet = NULL;
    GBytes *zip = NULL;
    const char *bytes = (const char *)data;
    gsize len = size;
    if (size >= 2 && memcmp(data, "PK", 2) == 0 && (size < 4 || (memcmp(data, "PK\3\4", 4) != 0
                                                                  && memcmp(data, "PK\5\6", 4) != 0)))
        return 0;   /* "PK" but no zip: a CSV file, fuzz-csv's */
    if (size < 2 || memcmp(data, "PK", 2) != 0) {
        zip = zip_parts((const char *)data, size, &sheet);
        bytes = g_bytes_get_data(zip, &len);
    }
    TjTable *t = tj_table_parse_sheet(bytes, len, "fuzz.xlsx", sheet, &err);
    if (t == NULL) {
        g_assert_nonnull(err);
        g_assert_true(g_str_has_prefix(err->message, "fuzz.xlsx"));
        g_assert_true(g_utf8_validate(err->message, -1, NULL));
        g_error_free(err);
    } else {
        g_assert_null(err);
        check_table(t);
        tj_table_free(t);
    }
    g_free(sheet);
    if (zip)
        g_bytes_unref(zip);
    return 0;
}
