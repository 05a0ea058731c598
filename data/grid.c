/* data/grid.c — a sheet's cells, as a workbook reader found them, → the
 * same TjTable a CSV file gives. Every text goes through the CSV path's
 * trimming and number reader, so a workbook cell "21.8%" (or 0.218 shown
 * as 21.8%: numfmt.c) is the same cell as in a CSV file.
 *
 * Rules (docs/excel.md):
 *  - rows with no text are skipped anywhere (as blank lines in CSV); the
 *    columns run from the first to the last column with any text, so empty
 *    trailing (and leading) rows and columns are ignored;
 *  - each cell of a merged area reads as its top-left cell;
 *  - the header is the first row with text; when a merged area starts in
 *    it and reaches further down (a two-row header: "2020年" over "数值" and
 *    "同比"), the header takes every row down to that area's last, and a
 *    column's name is its header texts top to bottom, one repeated by a
 *    merge taken once ("2020年数值", "指标");
 *  - every place is the sheet's own cell: row_line is the sheet row, a
 *    cell's col the sheet column. */
#include "data/workbook-private.h"
#include "core/i18n.h"

#include <stdarg.h>
#include <string.h>

void
tj__grid_init(TjGrid *g, const char *file, const char *sheet, const char *kind)
{
    char *name = g_strdup_printf("%s:%s", file, sheet);
    g->name = g_intern_string(name);
    g_free(name);
    g->kind = kind;
    g->text = g_string_sized_new(4096);
    g_string_append_c(g->text, '\0');   /* TJ_GRID_EMPTY */
    g->cells = g_array_new(FALSE, FALSE, sizeof(TjGridCell));
    g->merges = g_array_new(FALSE, FALSE, sizeof(TjGridArea));
    g->last_len = 0;
}

void
tj__grid_clear(TjGrid *g)
{
    if (g->text)
        g_string_free(g->text, TRUE);
    if (g->cells)
        g_array_free(g->cells, TRUE);
    if (g->merges)
        g_array_free(g->merges, TRUE);
    g->text = NULL;
    g->cells = g->merges = NULL;
}

void
tj__grid_error(GError **error, TjErrorCode code, const char *name, guint32 row,
               guint32 col, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *msg = g_strdup_vprintf(fmt, ap);
    va_end(ap);
    TjSrcLoc loc = { g_intern_string(name), row, col, TRUE };
    tj_error_set_at(error, code, &loc, "%s", msg);
    g_free(msg);
}

gboolean
tj__grid_text(TjGrid *g, const char *s, gsize len, guint32 *off, GError **error)
{
    gsize a = 0, b = len;
    tj__table_trim(s, &a, &b);
    g->last_len = (guint32)MIN(b - a, G_MAXUINT32);
    if (a == b) {
        *off = TJ_GRID_EMPTY;
        return TRUE;
    }
    if (b - a > TJ_TABLE_MAX_CELL) {
        *off = TJ_GRID_TOO_LONG;
        return TRUE;
    }
    if (g->text->len + (b - a) + 1 >= G_MAXUINT32) {
        TjSrcLoc loc = tj_src_loc(g->name, 0, 0);
        tj_error_set_at(error, TJ_ERROR_LIMIT, &loc,
                        _("text of more than 4 GiB in one sheet; the limit is 4 GiB"));
        return FALSE;
    }
    *off = (guint32)g->text->len;
    g_string_append_len(g->text, s + a, (gssize)(b - a));
    g_string_append_c(g->text, '\0');
    return TRUE;
}

gboolean
tj__grid_set(TjGrid *g, guint32 row, guint32 col, guint32 off, guint32 len,
             GError **error)
{
    if (off == TJ_GRID_EMPTY)
        return TRUE;
    if (off == TJ_GRID_TOO_LONG) {
        tj__grid_error(error, TJ_ERROR_LIMIT, g->name, row, col,
                       _("cell of %llu bytes; the limit is %d bytes"),
                       (unsigned long long)len, TJ_TABLE_MAX_CELL);
        return FALSE;
    }
    if (g->cells->len >= TJ_SHEET_MAX_GRID) {
        tj__grid_error(error, TJ_ERROR_LIMIT, g->name, row, col,
                       _("more than %u cells; the limit is %u cells"),
                       TJ_SHEET_MAX_GRID, TJ_SHEET_MAX_GRID);
        return FALSE;
    }
    TjGridCell c = { row, col, off, len };
    g_array_append_val(g->cells, c);
    return TRUE;
}

gboolean
tj__grid_merge(TjGrid *g, const TjGridArea *a, GError **error)
{
    if (g->merges->len >= TJ_SHEET_MAX_MERGES) {
        tj__grid_error(error, TJ_ERROR_LIMIT, g->name, a->r1, a->c1,
                       _("more than %u merged areas; the limit is %u"),
                       TJ_SHEET_MAX_MERGES, TJ_SHEET_MAX_MERGES);
        return FALSE;
    }
    g_array_append_val(g->merges, *a);
    return TRUE;
}

static gint
cell_order(gconstpointer pa, gconstpointer pb)
{
    const TjGridCell *a = pa, *b = pb;
    if (a->row != b->row)
        return a->row < b->row ? -1 : 1;
    return a->col < b->col ? -1 : a->col > b->col;
}

/* The used cells in a dense block rows r0.., columns c0.. of text offsets. */
typedef struct {
    guint32 r0, c0, n_rows, n_cols;
    guint32 *off;
} Block;

static guint32 *
at(Block *b, guint32 row, guint32 col)
{
    return &b->off[(gsize)(row - b->r0) * b->n_cols + (col - b->c0)];
}

/* Sorts the cells, finds their bounds and fills @b; FALSE past a limit. */
static gboolean
make_block(TjGrid *g, Block *b, GError **error)
{
    GArray *cells = g->cells;
    g_array_sort(cells, cell_order);   /* stable: the last of equals wins */
    const TjGridCell *first = &g_array_index(cells, TjGridCell, 0);
    guint32 cmin = first->col, cmax = first->col;
    for (guint i = 0; i < cells->len; i++) {
        const TjGridCell *c = &g_array_index(cells, TjGridCell, i);
        cmin = MIN(cmin, c->col);
        cmax = MAX(cmax, c->col);
    }
    b->r0 = first->row;
    b->c0 = cmin;
    b->n_rows = g_array_index(cells, TjGridCell, cells->len - 1).row - b->r0 + 1;
    b->n_cols = cmax - cmin + 1;
    if (b->n_cols > TJ_TABLE_MAX_COLS) {
        for (guint i = 0; i < cells->len; i++) {
            const TjGridCell *c = &g_array_index(cells, TjGridCell, i);
            if (c->col >= cmin + TJ_TABLE_MAX_COLS) {
                tj__grid_error(error, TJ_ERROR_LIMIT, g->name, c->row, c->col,
                               _("more than %d columns; the limit is %d columns"),
                               TJ_TABLE_MAX_COLS, TJ_TABLE_MAX_COLS);
                return FALSE;
            }
        }
    }
    if ((guint64)b->n_rows * b->n_cols > TJ_SHEET_MAX_GRID) {
        const TjGridCell *last = &g_array_index(cells, TjGridCell, cells->len - 1);
        tj__grid_error(error, TJ_ERROR_LIMIT, g->name, last->row, last->col,
                       _("%u rows × %u columns between the first and the last used "
                       "cell; the limit is %u cells"), b->n_rows, b->n_cols,
                       TJ_SHEET_MAX_GRID);
        return FALSE;
    }
    b->off = g_new0(guint32, (gsize)b->n_rows * b->n_cols);
    for (guint i = 0; i < cells->len; i++) {
        const TjGridCell *c = &g_array_index(cells, TjGridCell, i);
        *at(b, c->row, c->col) = c->off;
    }
    return TRUE;
}

/* Gives each cell of a merged area the text of its top-left cell. */
static gboolean
fill_merges(TjGrid *g, Block *b, GError **error)
{
    guint64 work = 0;
    guint32 rmax = b->r0 + b->n_rows - 1, cmax = b->c0 + b->n_cols - 1;
    for (guint i = 0; i < g->merges->len; i++) {
        const TjGridArea *a = &g_array_index(g->merges, TjGridArea, i);
        if (a->r1 < b->r0 || a->r1 > rmax || a->c1 < b->c0 || a->c1 > cmax)
            continue;
        guint32 top = *at(b, a->r1, a->c1);
        if (top == TJ_GRID_EMPTY)
            continue;
        guint32 r2 = MIN(a->r2, rmax), c2 = MIN(a->c2, cmax);
        work += (guint64)(r2 - a->r1 + 1) * (c2 - a->c1 + 1);
        if (work > TJ_SHEET_MAX_GRID) {
            tj__grid_error(error, TJ_ERROR_LIMIT, g->name, a->r1, a->c1,
                           _("merged areas of more than %u cells in all; the limit "
                           "is %u cells"), TJ_SHEET_MAX_GRID, TJ_SHEET_MAX_GRID);
            return FALSE;
        }
        for (guint32 r = a->r1; r <= r2; r++)
            for (guint32 c = a->c1; c <= c2; c++)
                if (*at(b, r, c) == TJ_GRID_EMPTY)
                    *at(b, r, c) = top;
    }
    return TRUE;
}

static gboolean
row_used(Block *b, guint32 row)
{
    for (guint32 c = 0; c < b->n_cols; c++)
        if (*at(b, row, b->c0 + c) != TJ_GRID_EMPTY)
            return TRUE;
    return FALSE;
}

/* The last header row: the first row, or further down to the end of a
 * merged area that starts in it. */
static guint32
header_end(TjGrid *g, Block *b)
{
    guint32 end = b->r0, rmax = b->r0 + b->n_rows - 1;
    for (guint i = 0; i < g->merges->len; i++) {
        const TjGridArea *a = &g_array_index(g->merges, TjGridArea, i);
        if (a->r1 == b->r0 && a->c1 >= b->c0 && a->c1 < b->c0 + b->n_cols)
            end = MAX(end, MIN(a->r2, rmax));
    }
    return end;
}

/* A column's name from header rows r0..@end: its texts top to bottom, a
 * text equal to the one above taken once. Returns its offset. */
static guint32
column_name(TjGrid *g, Block *b, guint32 col, guint32 end)
{
    guint32 first = *at(b, b->r0, col);
    if (end == b->r0)
        return first;
    GString *name = g_string_new(NULL);
    guint32 prev = TJ_GRID_EMPTY;
    for (guint32 r = b->r0; r <= end; r++) {
        guint32 off = *at(b, r, col);
        if (off == TJ_GRID_EMPTY || off == prev
            || (prev != TJ_GRID_EMPTY && strcmp(g->text->str + off, g->text->str + prev) == 0))
            continue;
        const char *s = g->text->str + off;
        if (name->len > 0 && g_ascii_isalnum(name->str[name->len - 1]) && g_ascii_isalnum(s[0]))
            g_string_append_c(name, ' ');
        g_string_append(name, s);
        prev = off;
    }
    guint32 out = TJ_GRID_EMPTY;
    GError *ignored = NULL;   /* a name is at most a few cells long */
    if (!tj__grid_text(g, name->str, name->len, &out, &ignored) || out == TJ_GRID_TOO_LONG)
        out = first;
    g_clear_error(&ignored);
    g_string_free(name, TRUE);
    return out;
}

static TjTable *
new_table(TjGrid *g, Block *b, guint32 hdr_end, guint32 *names)
{
    TjTable *t = g_new0(TjTable, 1);
    t->name = g->name;
    t->is_sheet = TRUE;
    t->encoding = g->kind;
    t->delimiter = ',';
    t->strings = g_string_chunk_new(4096);
    t->n_cols = b->n_cols;
    t->cols = g_new0(TjColumn, t->n_cols);
    guint n_rows = 0;
    for (guint32 r = hdr_end + 1; r < b->r0 + b->n_rows; r++)
        n_rows += row_used(b, r);
    tj__table_reserve_rows(t, n_rows);
    t->sheet_col0 = b->c0;
    t->buf = g_string_free(g->text, FALSE);
    g->text = NULL;
    for (guint c = 0; c < t->n_cols; c++) {
        t->cols[c].name = t->buf + names[c];
        t->cols[c].line = b->r0;
        t->cols[c].col = b->c0 + c;
    }
    return t;
}

static void
fill_rows(TjTable *t, Block *b, guint32 hdr_end)
{
    for (guint32 r = hdr_end + 1; r < b->r0 + b->n_rows; r++) {
        if (!row_used(b, r))
            continue;
        guint32 *row = &t->cells[(gsize)t->n_rows * t->n_cols];
        for (guint c = 0; c < t->n_cols; c++) {
            guint32 off = *at(b, r, b->c0 + c);
            TjNumber num;
            TjNumKind kind = tj_number_parse(t->buf + off, &num, t->strings);
            row[c] = off;
            tj__table_add_number(t, c, kind, &num);
        }
        tj__table_add_row(t, r);
    }
}

TjTable *
tj__grid_finish(TjGrid *g, GError **error)
{
    if (g->cells->len == 0) {
        TjSrcLoc loc = tj_src_loc(g->name, 0, 0);
        tj_error_set_at(error, TJ_ERROR_INPUT, &loc,
                        _("empty sheet; expected a header row of column names"));
        tj__grid_clear(g);
        return NULL;
    }
    Block b = { 0 };
    TjTable *t = NULL;
    if (make_block(g, &b, error) && fill_merges(g, &b, error)) {
        guint32 end = header_end(g, &b);
        guint32 *names = g_new(guint32, b.n_cols);
        for (guint32 c = 0; c < b.n_cols; c++)
            names[c] = column_name(g, &b, b.c0 + c, end);
        t = new_table(g, &b, end, names);
        g_free(names);
        if (tj__table_check_header(t, error)) {
            fill_rows(t, &b, end);
            tj__table_finish_columns(t);
        } else {
            g_clear_pointer(&t, tj_table_free);
        }
    }
    g_free(b.off);
    tj__grid_clear(g);
    return t;
}
