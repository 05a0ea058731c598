/* core/error.c — the TJ_ERROR domain, compiler-style located messages and
 * "did you mean" suggestions. */
#include "core/error.h"

#include <stdarg.h>
#include <string.h>

G_DEFINE_QUARK(tj-error-quark, tj_error)

TjSrcLoc
tj_src_loc(const char *file, guint line, guint col)
{
    TjSrcLoc loc = { .file = file ? g_intern_string(file) : NULL, .line = line, .col = col };
    return loc;
}

/* Column letters of column @col (from 1): A … Z, AA … */
static void
append_col_letters(GString *s, guint col)
{
    char buf[16];
    int n = 0;
    for (; col > 0 && n < (int)sizeof buf; col = (col - 1) / 26)
        buf[n++] = (char)('A' + (col - 1) % 26);
    while (n > 0)
        g_string_append_c(s, buf[--n]);
}

void
tj_src_loc_append(GString *s, const TjSrcLoc *loc)
{
    if (loc == NULL || loc->file == NULL)
        return;
    g_string_append(s, loc->file);
    if (loc->cell) {
        if (loc->line > 0 && loc->col > 0) {
            g_string_append_c(s, '!');
            append_col_letters(s, loc->col);
            g_string_append_printf(s, "%u", loc->line);
        } else if (loc->line > 0) {
            g_string_append_printf(s, "!%u:%u", loc->line, loc->line);
        }
        return;
    }
    if (loc->line > 0) {
        g_string_append_printf(s, ":%u", loc->line);
        if (loc->col > 0)
            g_string_append_printf(s, ":%u", loc->col);
    }
}

void
tj_error_set_at(GError **error, TjErrorCode code, const TjSrcLoc *loc,
                const char *fmt, ...)
{
    if (error == NULL)
        return;
    va_list ap;
    va_start(ap, fmt);
    char *msg = g_strdup_vprintf(fmt, ap);
    va_end(ap);

    GString *s = g_string_new(NULL);
    if (loc && loc->file) {
        tj_src_loc_append(s, loc);
        g_string_append(s, ": ");
    }
    g_string_append(s, msg);
    g_free(msg);
    g_set_error_literal(error, TJ_ERROR, code, s->str);
    g_string_free(s, TRUE);
}

/* Levenshtein distance over Unicode characters, capped at @cap + 1. */
static guint
edit_distance(const gunichar *a, glong na, const gunichar *b, glong nb, guint cap)
{
    guint *prev = g_new(guint, nb + 1);
    guint *cur = g_new(guint, nb + 1);
    for (glong j = 0; j <= nb; j++)
        prev[j] = (guint)j;
    for (glong i = 1; i <= na; i++) {
        cur[0] = (guint)i;
        guint row_min = cur[0];
        for (glong j = 1; j <= nb; j++) {
            guint cost = a[i - 1] == b[j - 1] ? 0 : 1;
            guint v = MIN(prev[j] + 1, cur[j - 1] + 1);
            cur[j] = MIN(v, prev[j - 1] + cost);
            row_min = MIN(row_min, cur[j]);
        }
        guint *t = prev; prev = cur; cur = t;
        if (row_min > cap)
            break;
    }
    guint d = MIN(prev[nb], cap + 1);
    g_free(prev);
    g_free(cur);
    return d;
}

/* Whether @a and @b are the same once invisible characters (format and
 * control characters: U+FEFF, U+200B, U+00AD…) are left out: such a
 * candidate looks exactly like the name, so suggesting it helps no one. */
static gboolean
same_visible(const gunichar *a, glong na, const gunichar *b, glong nb)
{
    glong i = 0, j = 0;
    for (;;) {
        while (i < na && (g_unichar_type(a[i]) == G_UNICODE_FORMAT ||
                          g_unichar_type(a[i]) == G_UNICODE_CONTROL))
            i++;
        while (j < nb && (g_unichar_type(b[j]) == G_UNICODE_FORMAT ||
                          g_unichar_type(b[j]) == G_UNICODE_CONTROL))
            j++;
        if (i == na || j == nb)
            return i == na && j == nb;
        if (a[i++] != b[j++])
            return FALSE;
    }
}

char *
tj_suggest(const char *name, const char *const *candidates, gsize n)
{
    g_return_val_if_fail(name != NULL, NULL);
    glong na = 0;
    gunichar *a = g_utf8_to_ucs4(name, -1, NULL, &na, NULL);
    if (!a)
        return NULL;
    /* close enough: at most a third of the longer name, at least 1 */
    const char *best = NULL;
    guint best_d = G_MAXUINT;
    for (gsize i = 0; i < n; i++) {
        if (!candidates[i])
            continue;
        glong nb = 0;
        gunichar *b = g_utf8_to_ucs4(candidates[i], -1, NULL, &nb, NULL);
        if (!b)
            continue;
        guint cap = (guint)MAX(1, MAX(na, nb) / 3);
        guint d = edit_distance(a, MIN(na, 256), b, MIN(nb, 256), cap);
        if (d <= cap && d < best_d && d > 0 && !same_visible(a, na, b, nb)) {
            best_d = d;
            best = candidates[i];
        }
        g_free(b);
    }
    g_free(a);
    return best ? g_strdup(best) : NULL;
}
