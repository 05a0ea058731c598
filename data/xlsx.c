/* data/xlsx.c — an .xlsx workbook (Office Open XML, a zip of XML parts,
 * read with libzip from memory) → the table of one of its sheets.
 *
 * The parts are found as the format says, through relationships:
 * _rels/.rels names the workbook (xl/workbook.xml when it names none), the
 * workbook's rels name its sheets, styles and shared strings. The sheet is
 * chosen by name or number (tj__sheet_choose), by default the first
 * visible worksheet. A zip that is no workbook (a .docx, an .ods, any
 * archive) is refused saying what it is. */
#include "data/xlsx-private.h"
#include "core/i18n.h"

#include <string.h>

#define NS_REL "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
#define NS_REL_STRICT "http://purl.oclc.org/ooxml/officeDocument/relationships"

typedef struct {
    char *id, *type, *target;   /* target: a zip path */
} Rel;

typedef struct {
    GPtrArray *names;     /* char * */
    GPtrArray *rids;      /* char * or NULL */
    GArray *visible;      /* gboolean */
    gboolean date1904;
} Sheets;

static void
rel_free(gpointer p)
{
    Rel *r = p;
    g_free(r->id);
    g_free(r->type);
    g_free(r->target);
    g_free(r);
}

/* @target of a relationship of the part in folder @base ("xl/"), as a zip
 * path: "/xl/a.xml" → "xl/a.xml", "worksheets/s.xml" → "xl/worksheets/s.xml". */
static char *
resolve(const char *base, const char *target)
{
    char *joined = target[0] == '/' ? g_strdup(target + 1) : g_strconcat(base, target, NULL);
    char **parts = g_strsplit(joined, "/", -1);
    GPtrArray *out = g_ptr_array_new();
    for (char **p = parts; *p; p++) {
        if (strcmp(*p, "..") == 0 && out->len > 0)
            g_ptr_array_remove_index(out, out->len - 1);
        else if (**p != '\0' && strcmp(*p, ".") != 0 && strcmp(*p, "..") != 0)
            g_ptr_array_add(out, *p);
    }
    g_ptr_array_add(out, NULL);
    char *path = g_strjoinv("/", (char **)out->pdata);
    g_ptr_array_free(out, TRUE);
    g_strfreev(parts);
    g_free(joined);
    return path;
}

/* The relationships of @part ("" for the package), resolved. */
static gboolean
read_rels(TjBook *book, const char *part, GPtrArray *rels, GError **error)
{
    char *dir = g_path_get_dirname(part[0] ? part : "x");
    char *base = strcmp(dir, ".") == 0 ? g_strdup("") : g_strconcat(dir, "/", NULL);
    char *name = g_path_get_basename(part[0] ? part : "");
    char *path = g_strconcat(base, "_rels/", part[0] ? name : "", ".rels", NULL);
    TjXml x = { 0 };
    GError *err = NULL;
    int ret = 0;
    if (tj__xml_open(&x, book, path, FALSE, &err)) {
        while (rels->len < TJ_XLSX_MAX_ENTRIES && (ret = tj__xml_next(&x, &err)) == 1) {
            if (!tj__xml_is(&x, "Relationship"))
                continue;
            Rel *r = g_new0(Rel, 1);
            char *target = tj__xml_attr(&x, "Target"), *mode = tj__xml_attr(&x, "TargetMode");
            r->id = tj__xml_attr(&x, "Id");
            r->type = tj__xml_attr(&x, "Type");
            if (target && r->id && r->type && g_strcmp0(mode, "External") != 0) {
                r->target = resolve(base, target);
                g_ptr_array_add(rels, r);
            } else {
                rel_free(r);
            }
            g_free(target);
            g_free(mode);
        }
        tj__xml_close(&x);
    }
    g_free(dir);
    g_free(base);
    g_free(name);
    g_free(path);
    if (err)
        g_propagate_error(error, err);
    return err == NULL;
}

static const Rel *
rel_by_type(GPtrArray *rels, const char *suffix)
{
    for (guint i = 0; i < rels->len; i++) {
        const Rel *r = rels->pdata[i];
        if (g_str_has_suffix(r->type, suffix))
            return r;
    }
    return NULL;
}

static const Rel *
rel_by_id(GPtrArray *rels, const char *id)
{
    for (guint i = 0; id && i < rels->len; i++) {
        const Rel *r = rels->pdata[i];
        if (strcmp(r->id, id) == 0)
            return r;
    }
    return NULL;
}

static char *
sheet_rid(TjXml *x)
{
    xmlChar *v = xmlTextReaderGetAttributeNs(x->r, (const xmlChar *)"id", (const xmlChar *)NS_REL);
    if (v == NULL)
        v = xmlTextReaderGetAttributeNs(x->r, (const xmlChar *)"id",
                                        (const xmlChar *)NS_REL_STRICT);
    char *out = v ? g_strdup((const char *)v) : NULL;
    xmlFree(v);
    return out;
}

static gboolean
read_workbook(TjBook *book, const char *part, Sheets *sh, GError **error)
{
    TjXml x = { 0 };
    if (!tj__xml_open(&x, book, part, TRUE, error))
        return FALSE;
    int ret;
    gboolean ok = TRUE;
    while (ok && (ret = tj__xml_next(&x, error)) == 1) {
        if (tj__xml_is(&x, "workbookPr")) {
            char *d = tj__xml_attr(&x, "date1904");
            sh->date1904 = d && (strcmp(d, "1") == 0 || strcmp(d, "true") == 0);
            g_free(d);
        } else if (tj__xml_is(&x, "sheet")) {
            if (sh->names->len >= TJ_XLSX_MAX_SHEETS) {
                tj__xml_fail(&x, error, TJ_ERROR_LIMIT, _("more than %u sheets; the limit "
                             "is %u"), TJ_XLSX_MAX_SHEETS, TJ_XLSX_MAX_SHEETS);
                ok = FALSE;
                break;
            }
            char *name = tj__xml_attr(&x, "name"), *state = tj__xml_attr(&x, "state");
            gboolean visible = state == NULL || strcmp(state, "visible") == 0;
            g_ptr_array_add(sh->names, name ? name : g_strdup(""));
            g_ptr_array_add(sh->rids, sheet_rid(&x));
            g_array_append_val(sh->visible, visible);
            g_free(state);
        }
    }
    tj__xml_close(&x);
    return ok && ret == 0;
}

/* The error for a zip archive that holds no workbook: what it is. */
static void
not_a_workbook(TjBook *book, GError **error)
{
    TjSrcLoc loc = tj_src_loc(book->file, 0, 0);
    const char *what = NULL;
    if (zip_name_locate(book->zip, "word/document.xml", ZIP_FL_NOCASE) >= 0)
        what = _("a Word document (.docx)");
    else if (zip_name_locate(book->zip, "ppt/presentation.xml", ZIP_FL_NOCASE) >= 0)
        what = _("a PowerPoint presentation (.pptx)");
    else if (zip_name_locate(book->zip, "content.xml", 0) >= 0
             && zip_name_locate(book->zip, "mimetype", 0) >= 0)
        what = _("an OpenDocument file (.ods, .odt); save a spreadsheet as .xlsx or CSV");
    else
        what = _("a zip archive without xl/workbook.xml");
    /* TRANSLATORS: %s says what the file is instead */
    tj_error_set_at(error, TJ_ERROR_INPUT, &loc, _("not an Excel workbook but %s; expected "
                    "a CSV file or an .xlsx or .xls workbook"), what);
}

static TjTable *
read_sheet(TjBook *book, const char *wb_part, const Sheets *sh, GPtrArray *rels,
           int pick, GError **error)
{
    const char *name = sh->names->pdata[pick];
    const Rel *rel = rel_by_id(rels, sh->rids->pdata[pick]);
    TjSrcLoc loc = tj_src_loc(book->file, 0, 0);
    if (rel == NULL || !g_str_has_suffix(rel->type, "/worksheet")) {
        tj_error_set_at(error, TJ_ERROR_INPUT, &loc, rel ? _("sheet “%s” is a chart or "
                        "dialog sheet, not a worksheet of cells") : _("sheet “%s” has no part "
                        "in the workbook (a damaged file?)"), name);
        return NULL;
    }
    (void)wb_part;
    TjGrid g;
    tj__grid_init(&g, book->file, name, "xlsx");
    TjStyles styles = { 0 };
    GArray *sst = g_array_new(FALSE, FALSE, sizeof(TjSstString));
    const Rel *st = rel_by_type(rels, "/styles"), *ss = rel_by_type(rels, "/sharedStrings");
    TjSheetCtx ctx = { book, &styles, sst, sh->date1904 };
    TjTable *t = NULL;
    if (tj__xlsx_read_styles(book, st ? st->target : NULL, &styles, error)
        && tj__xlsx_read_strings(book, ss ? ss->target : NULL, &g, sst, error)
        && tj__xlsx_read_sheet(&ctx, rel->target, &g, error))
        t = tj__grid_finish(&g, error);
    tj__grid_clear(&g);
    tj__xlsx_styles_clear(&styles);
    g_array_free(sst, TRUE);
    return t;
}

/* The sheet @want of @book, or with @list set, no table: the names of
 * the visible worksheets appended to @list (TRUE in *@listed). */
static TjTable *
read_book(TjBook *book, const char *want, GPtrArray *list, gboolean *listed, GError **error)
{
    GPtrArray *rels = g_ptr_array_new_with_free_func(rel_free);
    TjTable *t = NULL;
    char *wb = NULL;
    Sheets sh = { g_ptr_array_new_with_free_func(g_free),
                  g_ptr_array_new_with_free_func(g_free),
                  g_array_new(FALSE, FALSE, sizeof(gboolean)), FALSE };
    if (!read_rels(book, "", rels, error))
        goto out;
    const Rel *doc = rel_by_type(rels, "/officeDocument");
    wb = g_strdup(doc ? doc->target : "xl/workbook.xml");
    if (zip_name_locate(book->zip, wb, ZIP_FL_NOCASE) < 0) {
        not_a_workbook(book, error);
        goto out;
    }
    g_ptr_array_set_size(rels, 0);
    if (!read_workbook(book, wb, &sh, error) || !read_rels(book, wb, rels, error))
        goto out;
    gboolean *visible = (gboolean *)(gpointer)sh.visible->data;
    for (guint i = 0; i < sh.names->len; i++) {   /* only worksheets are picked */
        const Rel *r = rel_by_id(rels, sh.rids->pdata[i]);
        visible[i] = visible[i] && r && g_str_has_suffix(r->type, "/worksheet");
    }
    if (list) {
        for (guint i = 0; i < sh.names->len; i++)
            if (visible[i])
                g_ptr_array_add(list, g_strdup(sh.names->pdata[i]));
        *listed = TRUE;
        goto out;
    }
    int pick = tj__sheet_choose(book->file, (const char *const *)sh.names->pdata, visible,
                                sh.names->len, want, error);
    if (pick >= 0)
        t = read_sheet(book, wb, &sh, rels, pick, error);
out:
    g_free(wb);
    g_ptr_array_free(rels, TRUE);
    g_ptr_array_free(sh.names, TRUE);
    g_ptr_array_free(sh.rids, TRUE);
    g_array_free(sh.visible, TRUE);
    return t;
}

static TjTable *
open_book(const char *bytes, gsize len, const char *file, const char *sheet, GPtrArray *list,
          gboolean *listed, GError **error)
{
    zip_error_t zerr;
    zip_error_init(&zerr);
    TjSrcLoc loc = tj_src_loc(file, 0, 0);
    zip_source_t *src = zip_source_buffer_create(bytes, len, 0, &zerr);
    zip_t *za = src ? zip_open_from_source(src, ZIP_RDONLY, &zerr) : NULL;
    if (za == NULL) {
        tj_error_set_at(error, TJ_ERROR_INPUT, &loc, _("a damaged zip archive (%s); "
                        "expected an .xlsx workbook as a spreadsheet program saves it"),
                        zip_error_strerror(&zerr));
        zip_error_fini(&zerr);
        if (src)
            zip_source_free(src);
        return NULL;
    }
    zip_error_fini(&zerr);
    TjTable *t = NULL;
    zip_int64_t n = zip_get_num_entries(za, 0);
    if (n > TJ_XLSX_MAX_ENTRIES) {
        tj_error_set_at(error, TJ_ERROR_LIMIT, &loc, _("a zip archive of %lld files; the "
                        "limit is %d"), (long long)n, TJ_XLSX_MAX_ENTRIES);
    } else {
        TjBook book = { za, g_intern_string(file), 0 };
        t = read_book(&book, sheet, list, listed, error);
    }
    zip_discard(za);
    return t;
}

TjTable *
tj__xlsx_read(const char *bytes, gsize len, const char *file, const char *sheet,
              GError **error)
{
    return open_book(bytes, len, file, sheet, NULL, NULL, error);
}

gboolean
tj__xlsx_sheets(const char *bytes, gsize len, const char *file, GPtrArray *names,
                GError **error)
{
    gboolean listed = FALSE;
    open_book(bytes, len, file, NULL, names, &listed, error);
    return listed;
}

static GString *
sheet_list(const char *const *names, guint n)
{
    GString *s = g_string_new(NULL);
    for (guint i = 0; i < n && i < 30; i++)
        g_string_append_printf(s, "%s%s", i ? ", " : "", names[i]);
    if (n > 30)
        g_string_append_printf(s, _(", … (%u in all)"), n);
    return s;
}

int
tj__sheet_choose(const char *file, const char *const *names, const gboolean *visible,
                 guint n, const char *want, GError **error)
{
    TjSrcLoc loc = tj_src_loc(file, 0, 0);
    guint64 num = 0;
    if (want == NULL) {
        for (guint i = 0; i < n; i++)
            if (visible[i])
                return (int)i;
    } else {
        for (guint i = 0; i < n; i++)
            if (strcmp(names[i], want) == 0)
                return (int)i;
        for (guint i = 0; i < n; i++)
            if (g_ascii_strcasecmp(names[i], want) == 0)
                return (int)i;
        if (g_ascii_string_to_unsigned(want, 10, 0, G_MAXUINT, &num, NULL) && num >= 1
            && num <= n)
            return (int)num - 1;
        num = g_ascii_string_to_unsigned(want, 10, 0, G_MAXUINT, &num, NULL) ? MAX(num, 1) : 0;
    }
    GString *list = sheet_list(names, n);
    char *near = want ? tj_suggest(want, names, n) : NULL;
    char *shown = want ? g_utf8_make_valid(want, -1) : NULL;   /* from argv */
    want = shown;
    if (want == NULL)
        tj_error_set_at(error, TJ_ERROR_INPUT, &loc, _("no visible worksheet; name the "
                        "sheet to read (sheets: %s)"), list->str);
    else if (near)
        tj_error_set_at(error, TJ_ERROR_INPUT, &loc, _("no sheet “%s”; did you mean "
                        "“%s”? (sheets: %s)"), want, near, list->str);
    else if (num > 0)
        tj_error_set_at(error, TJ_ERROR_INPUT, &loc, _("no sheet named “%s”, and the "
                        "workbook has only %u sheets (%s)"), want, n, list->str);
    else
        tj_error_set_at(error, TJ_ERROR_INPUT, &loc, _("no sheet “%s” (sheets: %s)"),
                        want, list->str);
    g_free(near);
    g_free(shown);
    g_string_free(list, TRUE);
    return -1;
}
