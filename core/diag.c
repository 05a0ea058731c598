/* core/diag.c — the diagnostics list (core/diag.h): records kept in order
 * of arrival, duplicates dropped, strings owned by the list. */
#include "core/diag.h"

#include <stdarg.h>
#include <string.h>

struct TjDiagList {
    GArray *items;        /* TjDiag, text owned (g_free) */
    GMutex lock;
    gboolean shared;
};

static void
diag_clear(gpointer p)
{
    TjDiag *d = p;
    g_free((char *)d->text);
}

static TjDiagList *
list_new(gboolean shared)
{
    TjDiagList *l = g_new0(TjDiagList, 1);
    l->items = g_array_new(FALSE, TRUE, sizeof(TjDiag));
    g_array_set_clear_func(l->items, diag_clear);
    l->shared = shared;
    if (shared)
        g_mutex_init(&l->lock);
    return l;
}

TjDiagList *
tj_diag_list_new(void)
{
    return list_new(FALSE);
}

TjDiagList *
tj_diag_list_new_shared(void)
{
    return list_new(TRUE);
}

void
tj_diag_list_free(TjDiagList *list)
{
    if (!list)
        return;
    g_array_free(list->items, TRUE);
    if (list->shared)
        g_mutex_clear(&list->lock);
    g_free(list);
}

static gboolean
same(const TjDiag *a, TjDiagLevel level, const TjSrcLoc *loc, const char *code,
     const char *text)
{
    return a->level == level && a->loc.file == loc->file && a->loc.line == loc->line &&
           a->loc.col == loc->col && a->loc.cell == loc->cell && g_strcmp0(a->code, code) == 0 &&
           strcmp(a->text, text) == 0;
}

/* Takes @text. */
static void
add_text(TjDiagList *list, TjDiagLevel level, const TjSrcLoc *loc, const char *code,
         char *text)
{
    TjSrcLoc none = { 0 };
    const TjSrcLoc *at = loc ? loc : &none;
    if (list->shared)
        g_mutex_lock(&list->lock);
    gboolean dup = FALSE;
    for (guint i = 0; i < list->items->len && !dup; i++)
        dup = same(&g_array_index(list->items, TjDiag, i), level, at, code, text);
    if (dup) {
        g_free(text);
    } else {
        TjDiag d = { level, *at, code, text };
        if (d.loc.file)
            d.loc.file = g_intern_string(d.loc.file);
        g_array_append_val(list->items, d);
    }
    if (list->shared)
        g_mutex_unlock(&list->lock);
}

void
tj_diag_add(TjDiagList *list, TjDiagLevel level, const TjSrcLoc *loc, const char *code,
            const char *fmt, ...)
{
    if (!list)
        return;
    va_list ap;
    va_start(ap, fmt);
    char *text = g_strdup_vprintf(fmt, ap);
    va_end(ap);
    add_text(list, level, loc, code, text);
}

void
tj_diag_list_extend(TjDiagList *to, const TjDiagList *from)
{
    if (!to || !from || to == from)
        return;
    for (guint i = 0; i < from->items->len; i++) {
        const TjDiag *d = &g_array_index(from->items, TjDiag, i);
        add_text(to, d->level, &d->loc, d->code, g_strdup(d->text));
    }
}

guint
tj_diag_list_n(const TjDiagList *list)
{
    return list ? list->items->len : 0;
}

void
tj_diag_list_truncate(TjDiagList *list, guint n)
{
    if (!list)
        return;
    if (list->shared)
        g_mutex_lock(&list->lock);
    if (n < list->items->len)
        g_array_set_size(list->items, n);   /* the clear func frees the rest */
    if (list->shared)
        g_mutex_unlock(&list->lock);
}

const TjDiag *
tj_diag_list_get(const TjDiagList *list, guint i)
{
    g_return_val_if_fail(list && i < list->items->len, NULL);
    return &g_array_index(list->items, TjDiag, i);
}

char *
tj_diag_format(const TjDiag *d)
{
    g_return_val_if_fail(d, NULL);
    GString *s = g_string_new(NULL);
    if (d->loc.file) {
        tj_src_loc_append(s, &d->loc);
        g_string_append(s, ": ");
    }
    g_string_append(s, d->text);
    return g_string_free(s, FALSE);
}
