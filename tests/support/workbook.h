/* tests/support/workbook.h — small .xlsx workbooks written in code with
 * libzip, for the workbook reader's tests: each part is given as XML text,
 * so a test shows exactly what the file holds. */
#ifndef TJ_TESTS_WORKBOOK_H
#define TJ_TESTS_WORKBOOK_H

#include <glib.h>

typedef struct TjtZip TjtZip;

/* An empty zip archive in memory. */
TjtZip *tjt_zip_new(void);
/* Adds @len bytes (-1: a string) as @name, deflated unless @stored. */
void tjt_zip_add(TjtZip *z, const char *name, const char *data, gssize len,
                 gboolean stored);
/* The archive's bytes; frees @z. (transfer full) g_bytes_unref(). */
GBytes *tjt_zip_finish(TjtZip *z);

/* A sheet of a test workbook. */
typedef struct {
    const char *name;
    const char *body;    /* inside <worksheet>: <sheetData>…</sheetData>, …;
                            or, starting "<?xml", the whole part */
    const char *state;   /* NULL, "hidden" or "veryHidden" */
} TjtSheet;

/* A whole .xlsx: [Content_Types].xml, the rels, xl/workbook.xml with
 * @sheets (@n of them, at xl/worksheets/sheetN.xml), xl/sharedStrings.xml
 * with the <si> items @sst (NULL: no such part) and xl/styles.xml with the
 * <numFmt> items @numfmts and the cellXfs <xf> items @xfs (both NULL: no
 * such part). (transfer full) g_bytes_unref(). */
GBytes *tjt_xlsx(const TjtSheet *sheets, guint n, const char *sst,
                 const char *numfmts, const char *xfs);

#endif
