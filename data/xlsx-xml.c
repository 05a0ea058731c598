/* data/xlsx-xml.c — one part of an .xlsx zip read as XML: libzip unpacks
 * it as libxml2's streaming reader (xmlTextReader) asks, so no part is
 * ever held whole in memory, and every byte is counted on the way:
 *  - a part unpacking to more than TJ_XLSX_MAX_PART, all parts together to
 *    more than TJ_XLSX_MAX_TOTAL, or a part to more than TJ_XLSX_MAX_RATIO
 *    times its packed size once past TJ_XLSX_RATIO_GRACE (a zip bomb) is
 *    refused, whatever sizes the archive declares;
 *  - no document type declarations (so no entities), no network, and
 *    elements nested at most TJ_XLSX_MAX_DEPTH deep; libxml2's own limits
 *    (no XML_PARSE_HUGE) bound names and text nodes;
 *  - libxml2's messages are collected, never printed: the thread's error
 *    handlers are replaced while a part is open and restored after.
 * Errors are located at TjXml.at: the workbook, or the cell being read. */
#include "data/xlsx-private.h"
#include "core/i18n.h"

#include <stdarg.h>
#include <string.h>

static gpointer
init_libxml(gpointer unused)
{
    (void)unused;
    xmlInitParser();
    return NULL;
}

void
tj__xml_fail(TjXml *x, GError **error, TjErrorCode code, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *msg = g_strdup_vprintf(fmt, ap);
    va_end(ap);
    tj_error_set_at(error, code, &x->at, "“%s”: %s", x->part, msg);
    g_free(msg);
}

static void
on_xml_error(void *ctx, xmlErrorPtr e)
{
    TjXml *x = ctx;
    if (x == NULL || x->xml_error != NULL || e == NULL || e->level < XML_ERR_ERROR)
        return;
    x->xml_error = g_strchomp(g_strdup(e->message ? e->message : "?"));
    x->xml_line = e->line;
}

static void
silent(void *ctx, const char *fmt, ...)
{
    (void)ctx;
    (void)fmt;
}

static int
read_part(void *ctx, char *buf, int len)
{
    TjXml *x = ctx;
    if (x->error)
        return -1;
    zip_int64_t n = zip_fread(x->zf, buf, (zip_uint64_t)len);
    if (n < 0) {
        tj__xml_fail(x, &x->error, TJ_ERROR_INPUT, _("damaged zip entry (%s)"),
                     zip_file_strerror(x->zf));
        return -1;
    }
    x->read += (guint64)n;
    x->book->total += (guint64)n;
    if (x->read > TJ_XLSX_MAX_PART)
        tj__xml_fail(x, &x->error, TJ_ERROR_LIMIT, _("unpacks to more than %llu bytes; "
                     "the limit is %llu bytes (1 GiB)"),
                     (unsigned long long)TJ_XLSX_MAX_PART, (unsigned long long)TJ_XLSX_MAX_PART);
    else if (x->book->total > TJ_XLSX_MAX_TOTAL)
        tj__xml_fail(x, &x->error, TJ_ERROR_LIMIT, _("the workbook's parts unpack to more "
                     "than %llu bytes; the limit is %llu bytes (1.5 GiB)"),
                     (unsigned long long)TJ_XLSX_MAX_TOTAL, (unsigned long long)TJ_XLSX_MAX_TOTAL);
    else if (x->read > TJ_XLSX_RATIO_GRACE && x->read / TJ_XLSX_MAX_RATIO > x->packed)
        tj__xml_fail(x, &x->error, TJ_ERROR_LIMIT, _("unpacks to more than %d times its "
                     "packed size (%llu bytes); refused as a zip bomb (the limit is %d:1)"),
                     TJ_XLSX_MAX_RATIO, (unsigned long long)x->packed, TJ_XLSX_MAX_RATIO);
    return x->error ? -1 : (int)n;
}

gboolean
tj__xml_open(TjXml *x, TjBook *book, const char *part, gboolean required, GError **error)
{
    static GOnce once = G_ONCE_INIT;
    g_once(&once, init_libxml, NULL);
    x->book = book;
    x->part = part;
    x->zf = NULL;
    x->r = NULL;
    x->read = 0;
    x->error = NULL;
    x->xml_error = NULL;
    x->handlers_set = FALSE;
    if (x->at.file == NULL)
        x->at = tj_src_loc(book->file, 0, 0);
    zip_int64_t i = zip_name_locate(book->zip, part, ZIP_FL_NOCASE);
    zip_stat_t st;
    if (i < 0) {
        if (required)
            tj__xml_fail(x, error, TJ_ERROR_INPUT, _("missing from the workbook; expected "
                         "an .xlsx file as a spreadsheet program saves it"));
        return FALSE;
    }
    zip_stat_init(&st);
    if (zip_stat_index(book->zip, (zip_uint64_t)i, 0, &st) != 0
        || (x->zf = zip_fopen_index(book->zip, (zip_uint64_t)i, 0)) == NULL) {
        tj__xml_fail(x, error, TJ_ERROR_INPUT, _("cannot be unpacked (%s)"),
                     zip_strerror(book->zip));
        return FALSE;
    }
    x->packed = (st.valid & ZIP_STAT_COMP_SIZE) ? st.comp_size : 0;
    x->old_serror = xmlStructuredError;
    x->old_sctx = xmlStructuredErrorContext;
    x->old_gerror = xmlGenericError;
    x->old_gctx = xmlGenericErrorContext;
    x->handlers_set = TRUE;
    xmlSetStructuredErrorFunc(x, on_xml_error);
    xmlSetGenericErrorFunc(NULL, silent);
    x->r = xmlReaderForIO(read_part, NULL, x, part, NULL,
                          XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_COMPACT);
    if (x->r == NULL) {
        if (x->error)
            g_propagate_error(error, g_steal_pointer(&x->error));
        else if (x->xml_error)
            tj__xml_fail(x, error, TJ_ERROR_INPUT, _("not well-formed XML at line %d: %s"),
                         x->xml_line, x->xml_error);
        else
            tj__xml_fail(x, error, TJ_ERROR_INPUT, _("not an XML document"));
        tj__xml_close(x);
        return FALSE;
    }
    xmlTextReaderSetStructuredErrorHandler(x->r, on_xml_error, x);
    return TRUE;
}

void
tj__xml_close(TjXml *x)
{
    if (x->r)
        xmlFreeTextReader(x->r);
    if (x->zf)
        zip_fclose(x->zf);
    x->r = NULL;
    x->zf = NULL;
    g_clear_error(&x->error);
    g_clear_pointer(&x->xml_error, g_free);
    if (x->handlers_set) {
        xmlSetStructuredErrorFunc(x->old_sctx, x->old_serror);
        xmlSetGenericErrorFunc(x->old_gctx, x->old_gerror);
        x->handlers_set = FALSE;
    }
}

int
tj__xml_next(TjXml *x, GError **error)
{
    int ret = xmlTextReaderRead(x->r);
    if (ret < 0 || x->error) {
        if (x->error)
            g_propagate_error(error, g_steal_pointer(&x->error));
        else if (x->xml_error)
            /* TRANSLATORS: %d is a line of the XML part; %s libxml2's own message */
            tj__xml_fail(x, error, TJ_ERROR_INPUT, _("not well-formed XML at line %d: %s"),
                         x->xml_line, x->xml_error);
        else
            tj__xml_fail(x, error, TJ_ERROR_INPUT, _("not well-formed XML"));
        return -1;
    }
    if (ret == 0)
        return 0;
    int type = xmlTextReaderNodeType(x->r);
    if (type == XML_READER_TYPE_DOCUMENT_TYPE) {
        tj__xml_fail(x, error, TJ_ERROR_INPUT, _("has a document type declaration, "
                     "which workbooks never have; refused"));
        return -1;
    }
    if (xmlTextReaderDepth(x->r) > TJ_XLSX_MAX_DEPTH) {
        tj__xml_fail(x, error, TJ_ERROR_LIMIT, _("elements nested more than %d deep; "
                     "the limit is %d"), TJ_XLSX_MAX_DEPTH, TJ_XLSX_MAX_DEPTH);
        return -1;
    }
    return 1;
}

static gboolean
named(TjXml *x, const char *name)
{
    const xmlChar *n = xmlTextReaderConstLocalName(x->r);
    return n != NULL && strcmp((const char *)n, name) == 0;
}

gboolean
tj__xml_is(TjXml *x, const char *name)
{
    return xmlTextReaderNodeType(x->r) == XML_READER_TYPE_ELEMENT && named(x, name);
}

gboolean
tj__xml_is_end(TjXml *x, const char *name)
{
    return xmlTextReaderNodeType(x->r) == XML_READER_TYPE_END_ELEMENT && named(x, name);
}

char *
tj__xml_attr(TjXml *x, const char *name)
{
    xmlChar *v = xmlTextReaderGetAttribute(x->r, (const xmlChar *)name);
    if (v == NULL)
        return NULL;
    char *out = g_strdup((const char *)v);
    xmlFree(v);
    return out;
}

static void
append_capped(GString *out, const char *s, gsize max, gsize *over)
{
    gsize n = strlen(s);
    gsize room = out->len < max ? max - out->len : 0;
    g_string_append_len(out, s, (gssize)MIN(n, room));
    *over += n - MIN(n, room);
}

int
tj__xml_text(TjXml *x, GString *out, gsize max, gsize *over, const char *skip,
             GError **error)
{
    if (xmlTextReaderIsEmptyElement(x->r))
        return 1;
    int depth = xmlTextReaderDepth(x->r), skipping = -1, ret;
    gboolean all = !named(x, "si") && !named(x, "is");   /* else only <t> */
    int in_t = -1;
    while ((ret = tj__xml_next(x, error)) == 1) {
        int type = xmlTextReaderNodeType(x->r), d = xmlTextReaderDepth(x->r);
        if (type == XML_READER_TYPE_END_ELEMENT && d == depth)
            return 1;
        if (type == XML_READER_TYPE_END_ELEMENT && d == skipping)
            skipping = -1;
        else if (type == XML_READER_TYPE_END_ELEMENT && d == in_t)
            in_t = -1;
        else if (type == XML_READER_TYPE_ELEMENT && skipping < 0 && skip && named(x, skip)
                 && !xmlTextReaderIsEmptyElement(x->r))
            skipping = d;
        else if (type == XML_READER_TYPE_ELEMENT && in_t < 0 && named(x, "t")
                 && !xmlTextReaderIsEmptyElement(x->r))
            in_t = d;
        else if ((type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_CDATA
                  || type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE
                  || type == XML_READER_TYPE_WHITESPACE)
                 && skipping < 0 && (all || in_t >= 0)) {
            const xmlChar *v = xmlTextReaderConstValue(x->r);
            if (v)
                append_capped(out, (const char *)v, max, over);
        }
    }
    return ret;
}
