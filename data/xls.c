/* data/xls.c — an .xls workbook (Excel 97–2003, BIFF in an OLE2 compound
 * file) → the table of one of its sheets, through libfreexl.
 *
 * libfreexl reads a path, so bytes held in memory go through a temporary
 * file. It gives each cell a type: numbers are written as General (15
 * significant digits), dates and times as libfreexl writes them
 * ("2021-01-10", "2021-01-10 08:30:00"; a midnight time left out), texts
 * as they are. What it does not give, tujie cannot use (docs/excel.md):
 * number formats (a cell shown as 21.8% reads 0.218), merged areas,
 * hidden sheets (the first sheet is the default). An OLE2 file without a
 * workbook stream (an encrypted .xlsx, a .doc) is refused saying so. */
#include "data/workbook-private.h"
#include "core/i18n.h"

#include <freexl.h>
#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

static void
freexl_error(int rc, const char *file, GError **error)
{
    TjSrcLoc loc = tj_src_loc(file, 0, 0);
    if (rc == FREEXL_BIFF_WORKBOOK_NOT_FOUND)
        tj_error_set_at(error, TJ_ERROR_INPUT, &loc, _("an Office file (OLE2) without an "
                        "Excel workbook in it: a password-protected .xlsx, or a Word or "
                        "PowerPoint file; expected a CSV file or an .xlsx or .xls workbook "
                        "(save it without a password)"));
    else if (rc == FREEXL_INSUFFICIENT_MEMORY)
        tj_error_set_at(error, TJ_ERROR_LIMIT, &loc, _("the .xls workbook does not fit "
                        "in memory"));
    else
        /* TRANSLATORS: %d is libfreexl's error code */
        tj_error_set_at(error, TJ_ERROR_INPUT, &loc, _("a damaged .xls workbook (libfreexl "
                        "error %d); expected an .xls file as Excel saves it"), rc);
}

/* A cell's value as text in @buf (or pointing into libfreexl's); NULL
 * for an empty cell. */
static const char *
cell_text(const FreeXL_CellValue *v, char *buf, gsize size)
{
    TjNumFmt general = { TJ_NUMFMT_GENERAL, 0, NULL };
    switch (v->type) {
    case FREEXL_CELL_INT:
        g_snprintf(buf, size, "%d", v->value.int_value);
        return buf;
    case FREEXL_CELL_DOUBLE:
        return tj__numfmt_format(v->value.double_value, &general, FALSE, buf, size);
    case FREEXL_CELL_DATETIME:
        if (g_str_has_suffix(v->value.text_value, " 00:00:00")) {
            g_strlcpy(buf, v->value.text_value, MIN(size, strlen(v->value.text_value) - 8));
            return buf;
        }
        return v->value.text_value;
    case FREEXL_CELL_TEXT:
    case FREEXL_CELL_SST_TEXT:
    case FREEXL_CELL_DATE:
    case FREEXL_CELL_TIME:
        return v->value.text_value;
    default:
        return NULL;
    }
}

static gboolean
read_cells(const void *h, TjGrid *g, GError **error)
{
    unsigned int rows = 0;
    unsigned short cols = 0;
    if (freexl_worksheet_dimensions(h, &rows, &cols) != FREEXL_OK)
        return TRUE;
    if ((guint64)rows * cols > TJ_SHEET_MAX_GRID) {
        tj__grid_error(error, TJ_ERROR_LIMIT, g->name, rows, cols, _("%u rows × %u columns "
                       "between the first and the last used cell; the limit is %u cells"),
                       rows, (guint)cols, TJ_SHEET_MAX_GRID);
        return FALSE;
    }
    char buf[512];
    for (unsigned int r = 0; r <= rows; r++)
        for (unsigned int c = 0; c <= cols && c <= G_MAXUSHORT; c++) {
            FreeXL_CellValue v;
            if (freexl_get_cell_value(h, r, (unsigned short)c, &v) != FREEXL_OK)
                continue;
            const char *s = cell_text(&v, buf, sizeof buf);
            if (s == NULL)
                continue;
            char *valid = g_utf8_make_valid(s, -1);
            guint32 off;
            gboolean ok = tj__grid_text(g, valid, strlen(valid), &off, error)
                          && tj__grid_set(g, r + 1, c + 1, off, g->last_len, error);
            g_free(valid);
            if (!ok)
                return FALSE;
        }
    return TRUE;
}

/* The sheet @want, or with @list set, no table: the sheets' names
 * appended to @list (every sheet: libfreexl does not say which are
 * hidden; TRUE in *@listed). */
static TjTable *
read_book(const void *h, const char *file, const char *want, GPtrArray *list,
          gboolean *listed, GError **error)
{
    unsigned int n = 0, pass = 0;
    TjSrcLoc loc = tj_src_loc(file, 0, 0);
    if (freexl_get_info(h, FREEXL_BIFF_PASSWORD, &pass) == FREEXL_OK
        && pass == FREEXL_BIFF_OBFUSCATED) {
        tj_error_set_at(error, TJ_ERROR_INPUT, &loc, _("a password-protected .xls "
                        "workbook; save it without a password"));
        return NULL;
    }
    if (freexl_get_info(h, FREEXL_BIFF_SHEET_COUNT, &n) != FREEXL_OK)
        n = 0;
    n = MIN(n, TJ_XLSX_MAX_SHEETS);
    const char **names = g_new0(const char *, n + 1);
    gboolean *visible = g_new(gboolean, n + 1);
    for (unsigned int i = 0; i < n; i++) {
        if (freexl_get_worksheet_name(h, (unsigned short)i, &names[i]) != FREEXL_OK
            || names[i] == NULL)
            names[i] = "";
        visible[i] = TRUE;
    }
    int pick = -1;
    if (list) {
        for (unsigned int i = 0; i < n; i++)
            g_ptr_array_add(list, g_utf8_make_valid(names[i], -1));
        *listed = TRUE;
    } else {
        pick = tj__sheet_choose(file, names, visible, n, want, error);
    }
    TjTable *t = NULL;
    if (pick >= 0) {
        TjGrid g;
        char *name = g_utf8_make_valid(names[pick], -1);
        tj__grid_init(&g, file, name, "xls");
        g_free(name);
        if (freexl_select_active_worksheet(h, (unsigned short)pick) == FREEXL_OK
            && read_cells(h, &g, error))
            t = tj__grid_finish(&g, error);
        tj__grid_clear(&g);
    }
    g_free(names);
    g_free(visible);
    return t;
}

static TjTable *
open_book(const char *path, const char *bytes, gsize len, const char *file,
          const char *sheet, GPtrArray *list, gboolean *listed, GError **error)
{
    char *tmp = NULL;
    if (path == NULL) {
        GError *err = NULL;
        int fd = g_file_open_tmp("tujie-XXXXXX.xls", &tmp, &err);
        gboolean ok = fd >= 0;
        if (ok) {
            close(fd);
            ok = g_file_set_contents(tmp, bytes, (gssize)len, &err);
        }
        if (!ok) {
            TjSrcLoc loc = tj_src_loc(file, 0, 0);
            tj_error_set_at(error, TJ_ERROR_IO, &loc, _("cannot write a temporary copy "
                            "for the .xls reader: %s"), err->message);
            g_error_free(err);
            if (tmp)
                g_unlink(tmp);
            g_free(tmp);
            return NULL;
        }
        path = tmp;
    }
    const void *h = NULL;
    int rc = freexl_open(path, &h);
    TjTable *t = NULL;
    if (rc != FREEXL_OK)
        freexl_error(rc, file, error);
    else
        t = read_book(h, file, sheet, list, listed, error);
    if (h)
        freexl_close(h);
    if (tmp) {
        g_unlink(tmp);
        g_free(tmp);
    }
    return t;
}

TjTable *
tj__xls_read(const char *path, const char *bytes, gsize len, const char *file,
             const char *sheet, GError **error)
{
    return open_book(path, bytes, len, file, sheet, NULL, NULL, error);
}

gboolean
tj__xls_sheets(const char *path, const char *bytes, gsize len, const char *file,
               GPtrArray *names, GError **error)
{
    gboolean listed = FALSE;
    open_book(path, bytes, len, file, NULL, names, &listed, error);
    return listed;
}
