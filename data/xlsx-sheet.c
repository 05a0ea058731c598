/* data/xlsx-sheet.c — a worksheet part's cells and merged areas into the
 * grid, each cell as the text its spreadsheet shows:
 *   t="s"          the shared string (xlsx-parts.c)
 *   t="inlineStr"  its <is> text (runs joined, phonetic runs left out)
 *   t="str", "e"   the formula's text result; an error such as "#DIV/0!"
 *                  stays that text, so a chart that needs a number there
 *                  says so at the cell
 *   t="b"          TRUE or FALSE
 *   t="d"          the ISO date as written (without a midnight time)
 *   a number       through its cell format (numfmt.c): 0.218 under "0.0%"
 *                  is "21.8%", a date serial under a date format a date
 * A formula's cached value <v> is the value; a formula saved without one
 * reads as "=" and its formula text. Cells without r="…" follow the one
 * before; every error is located at the cell being read. */
#include "data/xlsx-private.h"
#include "core/i18n.h"

#include <math.h>
#include <string.h>

typedef struct {
    const TjSheetCtx *ctx;
    TjGrid *g;
    TjXml x;
    guint32 row, col;
    GString *v, *f, *is;
    gboolean has_f;
} Sheet;

/* "C12" (also the start of "C12:D14"); *end past it. FALSE when it is not
 * a cell of a spreadsheet's size. */
static gboolean
parse_ref(const char *s, guint32 *row, guint32 *col, const char **end)
{
    guint64 c = 0, r = 0;
    int nl = 0, nd = 0;
    for (; g_ascii_isalpha(*s) && nl < 4; s++, nl++)
        c = c * 26 + (guint64)(g_ascii_toupper(*s) - 'A' + 1);
    for (; g_ascii_isdigit(*s) && nd < 8; s++, nd++)
        r = r * 10 + (guint64)(*s - '0');
    if (nl == 0 || nd == 0 || c > TJ_SHEET_MAX_COL || r == 0 || r > TJ_SHEET_MAX_ROW)
        return FALSE;
    *row = (guint32)r;
    *col = (guint32)c;
    *end = s;
    return TRUE;
}

static void
place(Sheet *s)
{
    s->x.at = (TjSrcLoc){ s->g->name, s->row, s->col, TRUE };
}

static gboolean
bad_ref(Sheet *s, const char *ref, GError **error)
{
    tj__xml_fail(&s->x, error, TJ_ERROR_INPUT, _("bad cell reference “%s”; expected "
                 "a cell from A1 to XFD1048576"), ref);
    return FALSE;
}

static gboolean
on_row(Sheet *s, GError **error)
{
    char *r = tj__xml_attr(&s->x, "r");
    guint64 n = s->row + 1;
    gboolean ok = r == NULL || (g_ascii_string_to_unsigned(r, 10, 1, TJ_SHEET_MAX_ROW, &n, NULL));
    if (!ok || n > TJ_SHEET_MAX_ROW) {
        ok = FALSE;
        tj__xml_fail(&s->x, error, TJ_ERROR_INPUT, _("bad row number “%s”; expected 1 "
                     "to %u"), r ? r : "", TJ_SHEET_MAX_ROW);
    }
    s->row = (guint32)n;
    s->col = 0;
    place(s);
    g_free(r);
    return ok;
}

static gboolean
on_merge(Sheet *s, GError **error)
{
    char *ref = tj__xml_attr(&s->x, "ref");
    TjGridArea a;
    const char *end = ref;
    gboolean ok = ref && parse_ref(ref, &a.r1, &a.c1, &end);
    if (ok && *end == ':')
        ok = parse_ref(end + 1, &a.r2, &a.c2, &end);
    else
        a.r2 = a.r1, a.c2 = a.c1;
    if (!ok || *end != '\0')
        ok = bad_ref(s, ref ? ref : "", error);
    else if (a.r2 < a.r1 || a.c2 < a.c1)
        ok = bad_ref(s, ref, error);
    else if (a.r2 > a.r1 || a.c2 > a.c1)
        ok = tj__grid_merge(s->g, &a, error);
    g_free(ref);
    return ok;
}

/* Reads the children of <c> (v, f, is) into s->v, s->f, s->is. */
static gboolean
read_children(Sheet *s, GError **error)
{
    g_string_truncate(s->v, 0);
    g_string_truncate(s->f, 0);
    g_string_truncate(s->is, 0);
    s->has_f = FALSE;
    if (xmlTextReaderIsEmptyElement(s->x.r))
        return TRUE;
    int depth = xmlTextReaderDepth(s->x.r), ret;
    gsize over = 0;
    while ((ret = tj__xml_next(&s->x, error)) == 1) {
        if (tj__xml_is_end(&s->x, "c") && xmlTextReaderDepth(s->x.r) == depth)
            break;
        GString *into = tj__xml_is(&s->x, "v") ? s->v : tj__xml_is(&s->x, "f") ? s->f
                        : tj__xml_is(&s->x, "is") ? s->is : NULL;
        s->has_f = s->has_f || into == s->f;
        if (into && tj__xml_text(&s->x, into, 2 * TJ_TABLE_MAX_CELL, &over, "rPh", error) != 1)
            return FALSE;
    }
    if (ret == 1 && over > 0) {
        tj__grid_error(error, TJ_ERROR_LIMIT, s->g->name, s->row, s->col,
                       _("cell of more than %d bytes; the limit is %d bytes"),
                       2 * TJ_TABLE_MAX_CELL, TJ_TABLE_MAX_CELL);
        return FALSE;
    }
    return ret == 1;
}

static gboolean
store(Sheet *s, const char *text, gsize len, GError **error)
{
    guint32 off;
    return tj__grid_text(s->g, text, len, &off, error)
           && tj__grid_set(s->g, s->row, s->col, off, s->g->last_len, error);
}

static gboolean
store_shared(Sheet *s, GError **error)
{
    guint64 i;
    const GArray *sst = s->ctx->sst;
    if (!g_ascii_string_to_unsigned(g_strstrip(s->v->str), 10, 0, G_MAXUINT32, &i, NULL)
        || i >= sst->len) {
        tj__grid_error(error, TJ_ERROR_INPUT, s->g->name, s->row, s->col,
                       _("shared string “%s” does not exist (the workbook has %u); "
                       "expected an index from 0"), s->v->str, sst->len);
        return FALSE;
    }
    const TjSstString *e = &g_array_index(sst, TjSstString, i);
    return tj__grid_set(s->g, s->row, s->col, e->off, e->len, error);
}

static gboolean
store_number(Sheet *s, const char *style, GError **error)
{
    if (s->v->len == 0 && s->has_f) {   /* a formula never computed */
        g_string_prepend_c(s->f, '=');
        return store(s, s->f->str, s->f->len, error);
    }
    if (s->v->len == 0)
        return TRUE;
    char *end;
    const char *v = g_strstrip(s->v->str);
    double d = g_ascii_strtod(v, &end);
    if (end == v || *end != '\0' || !isfinite(d)) {
        tj__grid_error(error, TJ_ERROR_INPUT, s->g->name, s->row, s->col,
                       _("“%s” in a number cell; expected a number"), v);
        return FALSE;
    }
    guint64 xf = 0;
    TjNumFmt general = { TJ_NUMFMT_GENERAL, 0, NULL };
    const TjNumFmt *f = &general;
    if (style && g_ascii_string_to_unsigned(style, 10, 0, G_MAXUINT32, &xf, NULL)
        && xf < s->ctx->styles->n_xf)
        f = &s->ctx->styles->xf[xf];
    char buf[512];
    tj__numfmt_format(d, f, s->ctx->date1904, buf, sizeof buf);
    return store(s, buf, strlen(buf), error);
}

static gboolean
store_value(Sheet *s, const char *type, const char *style, GError **error)
{
    if (type == NULL || strcmp(type, "n") == 0)
        return store_number(s, style, error);
    if (strcmp(type, "s") == 0)
        return store_shared(s, error);
    if (strcmp(type, "inlineStr") == 0)
        return store(s, s->is->str, s->is->len, error);
    if (strcmp(type, "b") == 0) {
        const char *b = g_strstrip(s->v->str);
        return b[0] == '\0' || store(s, strcmp(b, "1") == 0 ? "TRUE" : "FALSE", 4 + (b[0] != '1'),
                                     error);
    }
    if (strcmp(type, "d") == 0) {   /* ISO 8601: a date at midnight is a date */
        char *t = strstr(s->v->str, "T00:00:00");
        if (t != NULL && (t[9] == '\0' || strcmp(t + 9, "Z") == 0 || strcmp(t + 9, ".000") == 0))
            g_string_truncate(s->v, (gsize)(t - s->v->str));
    }
    return store(s, s->v->str, s->v->len, error);   /* str, e, d */
}

static gboolean
on_cell(Sheet *s, GError **error)
{
    char *ref = tj__xml_attr(&s->x, "r");
    gboolean ok = TRUE;
    if (ref != NULL) {
        const char *end;
        guint32 row, col;
        if (!parse_ref(ref, &row, &col, &end) || *end != '\0') {
            if (s->row > 0 && s->col < TJ_SHEET_MAX_COL) {
                s->col++;     /* placed where it stands: after the cell before */
                place(s);
            }
            ok = bad_ref(s, ref, error);
        } else
            s->row = row, s->col = col;
    } else if (s->col >= TJ_SHEET_MAX_COL || s->row == 0) {
        ok = bad_ref(s, "", error);
    } else {
        s->col++;
    }
    g_free(ref);
    if (!ok)
        return FALSE;
    place(s);
    char *type = tj__xml_attr(&s->x, "t"), *style = tj__xml_attr(&s->x, "s");
    ok = read_children(s, error) && store_value(s, type, style, error);
    g_free(type);
    g_free(style);
    return ok;
}

gboolean
tj__xlsx_read_sheet(const TjSheetCtx *ctx, const char *part, TjGrid *g, GError **error)
{
    Sheet s = { .ctx = ctx, .g = g };
    s.x.at = (TjSrcLoc){ g->name, 0, 0, TRUE };
    if (!tj__xml_open(&s.x, ctx->book, part, TRUE, error))
        return FALSE;
    s.v = g_string_new(NULL);
    s.f = g_string_new(NULL);
    s.is = g_string_new(NULL);
    int ret = 0;
    gboolean ok = TRUE;
    while (ok && (ret = tj__xml_next(&s.x, error)) == 1) {
        if (tj__xml_is(&s.x, "row"))
            ok = on_row(&s, error);
        else if (tj__xml_is(&s.x, "c"))
            ok = on_cell(&s, error);
        else if (tj__xml_is(&s.x, "mergeCell"))
            ok = on_merge(&s, error);
    }
    tj__xml_close(&s.x);
    g_string_free(s.v, TRUE);
    g_string_free(s.f, TRUE);
    g_string_free(s.is, TRUE);
    return ok && ret == 0;
}
