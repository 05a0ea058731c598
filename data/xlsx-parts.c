/* data/xlsx-parts.c — the parts a sheet's cells refer to: the cell formats
 * of xl/styles.xml (cellXfs: a cell's s="N" → its number format) and the
 * shared strings of xl/sharedStrings.xml (a cell's t="s" → its text).
 *
 * Shared strings are stored, trimmed, in the sheet's grid text, so a cell
 * only keeps an offset. Rich text is its runs' <t> joined; phonetic runs
 * (<rPh>, furigana) are left out. A string over the cell limit is kept as
 * TJ_GRID_TOO_LONG and refused at the cell that uses it; more than
 * TJ_XLSX_MAX_STRINGS strings or TJ_XLSX_MAX_STRING_BYTES bytes are refused
 * at once, naming the part. */
#include "data/xlsx-private.h"
#include "core/i18n.h"

#include <stdlib.h>
#include <string.h>

void
tj__xlsx_styles_clear(TjStyles *st)
{
    g_free(st->xf);
    if (st->codes)
        g_hash_table_destroy(st->codes);
    st->xf = NULL;
    st->codes = NULL;
    st->n_xf = 0;
}

static guint
attr_uint(TjXml *x, const char *name, guint def)
{
    char *v = tj__xml_attr(x, name);
    guint64 n = def;
    if (v != NULL && !g_ascii_string_to_unsigned(v, 10, 0, G_MAXUINT, &n, NULL))
        n = def;
    g_free(v);
    return (guint)n;
}

/* Reads numFmts and cellXfs; @ids receives each xf's numFmtId. */
static gboolean
read_styles(TjXml *x, TjStyles *st, GArray *ids, GError **error)
{
    int ret, section = 0;   /* 1: numFmts, 2: cellXfs */
    while ((ret = tj__xml_next(x, error)) == 1) {
        int depth = xmlTextReaderDepth(x->r);
        if (depth == 1 && xmlTextReaderNodeType(x->r) == XML_READER_TYPE_ELEMENT)
            section = tj__xml_is(x, "numFmts") ? 1 : tj__xml_is(x, "cellXfs") ? 2 : 0;
        if (depth != 2)
            continue;
        if (section == 1 && tj__xml_is(x, "numFmt")) {
            char *code = tj__xml_attr(x, "formatCode");
            guint id = attr_uint(x, "numFmtId", G_MAXUINT);
            if (code && id != G_MAXUINT
                && g_hash_table_size(st->codes) < TJ_XLSX_MAX_STYLES)
                g_hash_table_replace(st->codes, GUINT_TO_POINTER(id), g_steal_pointer(&code));
            g_free(code);
        } else if (section == 2 && tj__xml_is(x, "xf")) {
            if (ids->len >= TJ_XLSX_MAX_STYLES) {
                tj__xml_fail(x, error, TJ_ERROR_LIMIT, _("more than %u cell formats; "
                             "the limit is %u"), TJ_XLSX_MAX_STYLES, TJ_XLSX_MAX_STYLES);
                return FALSE;
            }
            guint id = attr_uint(x, "numFmtId", 0);
            g_array_append_val(ids, id);
        }
    }
    return ret == 0;
}

gboolean
tj__xlsx_read_styles(TjBook *book, const char *part, TjStyles *st, GError **error)
{
    st->codes = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL, g_free);
    st->xf = NULL;
    st->n_xf = 0;
    if (part == NULL)
        return TRUE;
    TjXml x = { 0 };
    GError *err = NULL;
    if (!tj__xml_open(&x, book, part, FALSE, &err)) {
        if (err == NULL)
            return TRUE;   /* no styles: every number is General */
        g_propagate_error(error, err);
        return FALSE;
    }
    GArray *ids = g_array_new(FALSE, FALSE, sizeof(guint));
    gboolean ok = read_styles(&x, st, ids, error);
    tj__xml_close(&x);
    if (ok) {
        st->n_xf = ids->len;
        st->xf = g_new0(TjNumFmt, MAX(ids->len, 1));
        for (guint i = 0; i < ids->len; i++) {
            guint id = g_array_index(ids, guint, i);
            const char *code = g_hash_table_lookup(st->codes, GUINT_TO_POINTER(id));
            st->xf[i] = code ? tj__numfmt_parse(code) : tj__numfmt_builtin(id);
        }
    }
    g_array_free(ids, TRUE);
    return ok;
}

static gboolean
add_string(TjXml *x, TjGrid *g, GArray *sst, gsize *bytes, GError **error)
{
    if (sst->len >= TJ_XLSX_MAX_STRINGS) {
        tj__xml_fail(x, error, TJ_ERROR_LIMIT, _("more than %u shared strings; the "
                     "limit is %u"), TJ_XLSX_MAX_STRINGS, TJ_XLSX_MAX_STRINGS);
        return FALSE;
    }
    GString *s = g_string_new(NULL);
    gsize over = 0;
    gboolean ok = tj__xml_text(x, s, 2 * TJ_TABLE_MAX_CELL, &over, "rPh", error) == 1;
    *bytes += s->len + over;
    if (ok && *bytes > TJ_XLSX_MAX_STRING_BYTES) {
        tj__xml_fail(x, error, TJ_ERROR_LIMIT, _("shared strings of more than %llu "
                     "bytes; the limit is %llu bytes (256 MiB)"),
                     (unsigned long long)TJ_XLSX_MAX_STRING_BYTES,
                     (unsigned long long)TJ_XLSX_MAX_STRING_BYTES);
        ok = FALSE;
    }
    TjSstString e = { TJ_GRID_TOO_LONG, (guint32)MIN(s->len + over, G_MAXUINT32) };
    if (ok && over == 0) {
        ok = tj__grid_text(g, s->str, s->len, &e.off, error);
        e.len = g->last_len;
    }
    if (ok)
        g_array_append_val(sst, e);
    g_string_free(s, TRUE);
    return ok;
}

gboolean
tj__xlsx_read_strings(TjBook *book, const char *part, TjGrid *g, GArray *sst,
                      GError **error)
{
    if (part == NULL)
        return TRUE;
    TjXml x = { 0 };
    GError *err = NULL;
    if (!tj__xml_open(&x, book, part, FALSE, &err)) {
        if (err == NULL)
            return TRUE;   /* no shared strings */
        g_propagate_error(error, err);
        return FALSE;
    }
    gsize bytes = 0;
    int ret;
    gboolean ok = TRUE;
    while (ok && (ret = tj__xml_next(&x, error)) == 1)
        if (xmlTextReaderDepth(x.r) == 1 && tj__xml_is(&x, "si"))
            ok = add_string(&x, g, sst, &bytes, error);
    tj__xml_close(&x);
    return ok && ret == 0;
}
