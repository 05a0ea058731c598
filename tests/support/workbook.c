/* tests/support/workbook.c — see workbook.h. libzip writes the archive
 * into a buffer source that is kept past zip_close() and read back. */
#include "support/workbook.h"

#include <string.h>
#include <zip.h>

struct TjtZip {
    zip_source_t *src;
    zip_t *zip;
};

TjtZip *
tjt_zip_new(void)
{
    TjtZip *z = g_new0(TjtZip, 1);
    zip_error_t err;
    zip_error_init(&err);
    z->src = zip_source_buffer_create(NULL, 0, 0, &err);
    g_assert_nonnull(z->src);
    zip_source_keep(z->src);
    z->zip = zip_open_from_source(z->src, ZIP_TRUNCATE, &err);
    g_assert_nonnull(z->zip);
    zip_error_fini(&err);
    return z;
}

void
tjt_zip_add(TjtZip *z, const char *name, const char *data, gssize len, gboolean stored)
{
    gsize n = len < 0 ? strlen(data) : (gsize)len;
    void *copy = g_memdup2(data, n);
    zip_source_t *s = zip_source_buffer(z->zip, copy, n, 1);
    g_assert_nonnull(s);
    zip_int64_t i = zip_file_add(z->zip, name, s, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
    g_assert_cmpint(i, >=, 0);
    if (stored)
        g_assert_cmpint(zip_set_file_compression(z->zip, (zip_uint64_t)i, ZIP_CM_STORE, 0), ==, 0);
}

GBytes *
tjt_zip_finish(TjtZip *z)
{
    g_assert_cmpint(zip_close(z->zip), ==, 0);
    zip_stat_t st;
    g_assert_cmpint(zip_source_stat(z->src, &st), ==, 0);
    g_assert_cmpint(zip_source_open(z->src), ==, 0);
    char *buf = g_malloc(st.size + 1);
    g_assert_cmpint(zip_source_read(z->src, buf, st.size), ==, (zip_int64_t)st.size);
    zip_source_close(z->src);
    zip_source_free(z->src);
    g_free(z);
    return g_bytes_new_take(buf, st.size);
}

#define NS_MAIN "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
#define NS_REL "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
#define NS_PKG "http://schemas.openxmlformats.org/package/2006/relationships"

GBytes *
tjt_xlsx(const TjtSheet *sheets, guint n, const char *sst, const char *numfmts,
         const char *xfs)
{
    TjtZip *z = tjt_zip_new();
    tjt_zip_add(z, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>", -1, FALSE);
    tjt_zip_add(z, "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"" NS_PKG "\">"
                "<Relationship Id=\"rId1\" Type=\"" NS_REL "/officeDocument\" "
                "Target=\"xl/workbook.xml\"/></Relationships>", -1, FALSE);
    GString *wb = g_string_new("<?xml version=\"1.0\"?><workbook xmlns=\"" NS_MAIN "\" "
                               "xmlns:r=\"" NS_REL "\"><sheets>");
    GString *rels = g_string_new("<?xml version=\"1.0\"?><Relationships xmlns=\"" NS_PKG "\">");
    for (guint i = 0; i < n; i++) {
        g_string_append_printf(wb, "<sheet name=\"%s\" sheetId=\"%u\" r:id=\"rId%u\"%s%s%s/>",
                               sheets[i].name, i + 1, i + 1, sheets[i].state ? " state=\"" : "",
                               sheets[i].state ? sheets[i].state : "", sheets[i].state ? "\"" : "");
        g_string_append_printf(rels, "<Relationship Id=\"rId%u\" Type=\"" NS_REL "/worksheet\" "
                               "Target=\"worksheets/sheet%u.xml\"/>", i + 1, i + 1);
        char *name = g_strdup_printf("xl/worksheets/sheet%u.xml", i + 1);
        const char *b = sheets[i].body;
        char *xml = g_str_has_prefix(b, "<?xml") ? g_strdup(b)
                    : g_strconcat("<?xml version=\"1.0\"?><worksheet xmlns=\"" NS_MAIN "\">",
                                  b, "</worksheet>", NULL);
        tjt_zip_add(z, name, xml, -1, FALSE);
        g_free(name);
        g_free(xml);
    }
    g_string_append(wb, "</sheets></workbook>");
    if (sst) {
        char *xml = g_strconcat("<?xml version=\"1.0\"?><sst xmlns=\"" NS_MAIN "\">", sst,
                                "</sst>", NULL);
        tjt_zip_add(z, "xl/sharedStrings.xml", xml, -1, FALSE);
        g_free(xml);
        g_string_append(rels, "<Relationship Id=\"rIdS\" Type=\"" NS_REL "/sharedStrings\" "
                        "Target=\"sharedStrings.xml\"/>");
    }
    if (numfmts || xfs) {
        char *xml = g_strconcat("<?xml version=\"1.0\"?><styleSheet xmlns=\"" NS_MAIN "\">"
                                "<numFmts>", numfmts ? numfmts : "", "</numFmts>"
                                "<cellStyleXfs><xf numFmtId=\"10\"/></cellStyleXfs><cellXfs>",
                                xfs ? xfs : "", "</cellXfs></styleSheet>", NULL);
        tjt_zip_add(z, "xl/styles.xml", xml, -1, FALSE);
        g_free(xml);
        g_string_append(rels, "<Relationship Id=\"rIdT\" Type=\"" NS_REL "/styles\" "
                        "Target=\"styles.xml\"/>");
    }
    g_string_append(rels, "</Relationships>");
    tjt_zip_add(z, "xl/workbook.xml", wb->str, -1, FALSE);
    tjt_zip_add(z, "xl/_rels/workbook.xml.rels", rels->str, -1, FALSE);
    g_string_free(wb, TRUE);
    g_string_free(rels, TRUE);
    return tjt_zip_finish(z);
}
