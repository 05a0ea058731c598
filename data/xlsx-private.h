/* data/xlsx-private.h — the files of the .xlsx reader: xlsx.c (the
 * workbook, its relationships, the sheet chosen), xlsx-xml.c (one part of
 * the zip read through libxml2's streaming reader, every limit counted),
 * xlsx-parts.c (shared strings, cell formats), xlsx-sheet.c (the cells). */
#ifndef TJ_DATA_XLSX_PRIVATE_H
#define TJ_DATA_XLSX_PRIVATE_H

#include "data/workbook-private.h"

#include <zip.h>
#include <libxml/xmlreader.h>

typedef struct {
    zip_t *zip;
    const char *file;       /* as given, for messages */
    guint64 total;          /* bytes unpacked from every part so far */
} TjBook;

/* One part being read. The place errors are reported at is @at: the
 * workbook file, or the sheet's cell being read. */
typedef struct {
    TjBook *book;
    const char *part;       /* "xl/worksheets/sheet1.xml" */
    zip_file_t *zf;
    xmlTextReaderPtr r;
    guint64 packed, read;   /* its packed size; bytes unpacked so far */
    TjSrcLoc at;
    GError *error;          /* the first problem, from a callback */
    char *xml_error;        /* libxml2's first message, reported when the
                               reader stops (at the cell it reached) */
    int xml_line;
    xmlStructuredErrorFunc old_serror;   /* the thread's handlers, */
    void *old_sctx;                      /* restored on closing */
    xmlGenericErrorFunc old_gerror;
    void *old_gctx;
    gboolean handlers_set;
} TjXml;

/* Opens @part (a zip path) of @book. A missing part: FALSE with no error
 * when !@required. */
gboolean tj__xml_open(TjXml *x, TjBook *book, const char *part, gboolean required,
                      GError **error);
void tj__xml_close(TjXml *x);
/* The next node: 1, 0 at the end, -1 with @error (a limit, bad XML, a
 * damaged zip entry), located at x->at. */
int tj__xml_next(TjXml *x, GError **error);
/* Whether the node is an element (start) named @name (local name). */
gboolean tj__xml_is(TjXml *x, const char *name);
gboolean tj__xml_is_end(TjXml *x, const char *name);
/* (transfer full) xmlFree()/g_free() an attribute, or NULL. */
char *tj__xml_attr(TjXml *x, const char *name);
/* Appends the text inside the current element (at most @max bytes; the
 * rest is counted in *@over) and leaves the reader on its end. Elements
 * named @skip inside it are left out (phonetic runs). */
int tj__xml_text(TjXml *x, GString *out, gsize max, gsize *over,
                 const char *skip, GError **error);
/* Sets @error at x->at to "“part”: message". */
void tj__xml_fail(TjXml *x, GError **error, TjErrorCode code, const char *fmt, ...)
    G_GNUC_PRINTF(4, 5);

/* xlsx-parts.c: the cell formats of xl/styles.xml (one per xf index) and
 * the shared strings, stored in @g's text (offsets in @sst). */
typedef struct {
    TjNumFmt *xf;
    guint n_xf;
    GHashTable *codes;      /* custom numFmt id → code (owned) */
} TjStyles;

gboolean tj__xlsx_read_styles(TjBook *book, const char *part, TjStyles *st,
                              GError **error);
void tj__xlsx_styles_clear(TjStyles *st);
typedef struct {
    guint32 off, len;       /* text at g->text->str + off (TJ_GRID_*) */
} TjSstString;

gboolean tj__xlsx_read_strings(TjBook *book, const char *part, TjGrid *g,
                               GArray *sst, GError **error);

/* xlsx-sheet.c: the cells and merged areas of @part into @g. */
typedef struct {
    TjBook *book;
    const TjStyles *styles;
    const GArray *sst;      /* TjSstString */
    gboolean date1904;
} TjSheetCtx;

gboolean tj__xlsx_read_sheet(const TjSheetCtx *ctx, const char *part, TjGrid *g,
                             GError **error);

#endif
