/* extract/extract.c — `tujie extract`'s library side (tujie.h): the
 * report is decoded (data/text.c), turned into the character array
 * (text.c), walked line by line — a heading updates the context
 * (context.c), every sentence's numbers are scanned (scan.c) and made into
 * rows (name.c) — and the rows are written (write.c). The library prints
 * nothing: the counts and the lines to check are read back by the caller. */
#include "extract/extract-private.h"
#include "data/text.h"
#include "core/error.h"
#include "core/i18n.h"

#include <string.h>

#define UNREAD_CONTEXT 12   /* characters shown on each side of a number */

static void
note_unread(TjExtract *ex, const TjExText *t, const TjExFigure *f, gsize a, gsize b)
{
    guint line = t->line[f->start];
    guint n = ex->unread_lines->len;
    if (n > 0 && g_array_index(ex->unread_lines, guint, n - 1) == line)
        return;
    gsize s = f->start > a + UNREAD_CONTEXT ? f->start - UNREAD_CONTEXT : a;
    gsize e = MIN(b, f->full_end + UNREAD_CONTEXT);
    while (s < e && t->c[s] == ' ')
        s++;
    char *mid = tj__ex_text_orig(t, s, e);
    g_array_append_val(ex->unread_lines, line);
    g_ptr_array_add(ex->unread_text, g_strdup_printf("%s%s%s", s > a ? "…" : "",
                                                     mid, e < b ? "…" : ""));
    g_free(mid);
}

static void
do_sentence(TjExtract *ex, const TjExText *t, TjExContext *ctx, gsize a, gsize b,
            gsize la, gsize lb)
{
    GArray *figs = tj__ex_scan(t, a, b);
    tj__ex_sentence_rows(t, ctx, a, b, figs, ex->rows);
    for (guint i = 0; i < figs->len; i++) {
        TjExFigure *f = &g_array_index(figs, TjExFigure, i);
        if (f->verdict == TJ_EX_UNKNOWN)
            note_unread(ex, t, f, la, lb);
        tj__ex_figure_clear(f);
    }
    g_array_free(figs, TRUE);
    if (ctx->year == 0 && !ctx->parts && ctx->doc_year == 0)
        ctx->doc_year = tj__ex_year_before(t, a, b);
}

static void
run(TjExtract *ex, const TjExText *t)
{
    TjExContext ctx = { TJ_EX_MODE_NONE, 0, 0, FALSE };
    gsize i = 0;
    while (i < t->n) {
        gsize le = i;
        while (le < t->n && t->c[le] != '\n')
            le++;
        tj__ex_heading(t, i, le, &ctx);
        gsize s = i;
        for (gsize k = i; k <= le; k++) {
            if (k == le || tj__ex_is_stop(t->c[k])) {
                if (k > s)
                    do_sentence(ex, t, &ctx, s, k < le ? k + 1 : k, i, le);
                s = k + 1;
            }
        }
        i = le + 1;
    }
}

TjExtract *
tj_extract_from_data(const char *bytes, gsize len, const char *name, GError **error)
{
    g_return_val_if_fail(bytes != NULL || len == 0, NULL);
    if (name == NULL)
        name = "<input>";
    gsize n = 0;
    const char *enc = NULL;
    char *text = tj_text_decode(bytes, len, g_intern_string(name), &n, &enc, error);
    if (text == NULL)
        return NULL;
    TjExtract *ex = g_new0(TjExtract, 1);
    ex->name = g_strdup(name);
    ex->encoding = enc;
    ex->rows = g_ptr_array_new_with_free_func((GDestroyNotify)tj__ex_row_free);
    ex->unread_lines = g_array_new(FALSE, FALSE, sizeof(guint));
    ex->unread_text = g_ptr_array_new_with_free_func(g_free);
    TjExText t;
    if (!tj__ex_text_init(&t, text, n, error)) {
        g_free(text);
        tj_extract_free(ex);
        return NULL;
    }
    g_free(text);
    ex->converted = t.converted;
    ex->no_converter = t.no_converter;
    run(ex, &t);
    tj__ex_text_clear(&t);
    return ex;
}

TjExtract *
tj_extract_load(const char *path, GError **error)
{
    g_return_val_if_fail(path != NULL, NULL);
    gsize n = 0;
    const char *enc = NULL;
    char *text = tj_text_load(path, &n, &enc, error);
    if (text == NULL)
        return NULL;
    /* decoded once more from UTF-8 (cheap): one code path for both entries */
    TjExtract *ex = tj_extract_from_data(text, n, path, error);
    if (ex != NULL)
        ex->encoding = enc;
    g_free(text);
    return ex;
}

void
tj_extract_free(TjExtract *ex)
{
    if (ex == NULL)
        return;
    g_free(ex->name);
    g_ptr_array_unref(ex->rows);
    g_array_unref(ex->unread_lines);
    g_ptr_array_unref(ex->unread_text);
    g_free(ex);
}

char *
tj_extract_format(const TjExtract *ex, TjExtractFormat fmt, gboolean explain)
{
    g_return_val_if_fail(ex != NULL, NULL);
    return fmt == TJ_EXTRACT_YAML ? tj__ex_write_yaml(ex, explain)
                                  : tj__ex_write_csv(ex, explain);
}

gboolean
tj_extract_write(const TjExtract *ex, TjExtractFormat fmt, gboolean explain,
                 const char *path, GError **error)
{
    g_return_val_if_fail(ex != NULL && path != NULL, FALSE);
    char *text = tj_extract_format(ex, fmt, explain);
    GError *err = NULL;
    gboolean ok = g_file_set_contents(path, text, -1, &err);
    g_free(text);
    if (!ok) {
        TjSrcLoc loc = tj_src_loc(g_intern_string(path), 0, 0);
        tj_error_set_at(error, TJ_ERROR_IO, &loc, _("cannot write the table: %s"),
                        err->message);
        g_error_free(err);
    }
    return ok;
}

void
tj_extract_counts(const TjExtract *ex, guint *figures, guint *named, guint *qualified)
{
    g_return_if_fail(ex != NULL);
    guint nm = 0, q = 0;
    for (guint i = 0; i < ex->rows->len; i++) {
        const TjExRow *r = g_ptr_array_index(ex->rows, i);
        nm += *r->name != '\0';
        q += *r->qual != '\0';
    }
    if (figures != NULL)
        *figures = ex->rows->len;
    if (named != NULL)
        *named = nm;
    if (qualified != NULL)
        *qualified = q;
}

guint
tj_extract_n_unread(const TjExtract *ex)
{
    g_return_val_if_fail(ex != NULL, 0);
    return ex->unread_lines->len;
}

const char *
tj_extract_unread(const TjExtract *ex, guint i, guint *line)
{
    g_return_val_if_fail(ex != NULL && i < ex->unread_lines->len, NULL);
    if (line != NULL)
        *line = g_array_index(ex->unread_lines, guint, i);
    return g_ptr_array_index(ex->unread_text, i);
}

const char *
tj_extract_encoding(const TjExtract *ex, gboolean *converted, gboolean *no_converter)
{
    g_return_val_if_fail(ex != NULL, NULL);
    if (converted != NULL)
        *converted = ex->converted;
    if (no_converter != NULL)
        *no_converter = ex->no_converter;
    return ex->encoding;
}
