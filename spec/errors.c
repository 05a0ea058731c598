/* spec/errors.c — TjSpecErrors, the collector of located messages (see
 * check.h): records each distinct message once, and at the end sorts them
 * by file, line and column and joins them into one GError, capped. */
#include "spec/check.h"
#include "core/i18n.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    char *text;          /* the full message, "file:line:col: …" */
    guint file_order;    /* index of its file in order of appearance */
    guint line, col;
    guint seq;           /* order of recording, the last sort key */
    TjErrorCode code;
} Message;

struct TjSpecErrors {
    GPtrArray *msgs;     /* Message *, owned */
    GHashTable *seen;    /* texts already recorded (keys owned by msgs) */
    GPtrArray *files;    /* interned file names in order of appearance */
};

TjSpecErrors *
tj_spec_errors_new(void)
{
    TjSpecErrors *errs = g_new0(TjSpecErrors, 1);
    errs->msgs = g_ptr_array_new();
    errs->seen = g_hash_table_new(g_str_hash, g_str_equal);
    errs->files = g_ptr_array_new();
    return errs;
}

void
tj_spec_errors_free(TjSpecErrors *errs)
{
    if (errs == NULL)
        return;
    for (guint i = 0; i < errs->msgs->len; i++) {
        Message *m = errs->msgs->pdata[i];
        g_free(m->text);
        g_free(m);
    }
    g_ptr_array_free(errs->msgs, TRUE);
    g_hash_table_destroy(errs->seen);
    g_ptr_array_free(errs->files, TRUE);
    g_free(errs);
}

static guint
file_order(TjSpecErrors *errs, const char *file)
{
    file = file ? g_intern_string(file) : "";
    for (guint i = 0; i < errs->files->len; i++)
        if (errs->files->pdata[i] == file)
            return i;
    g_ptr_array_add(errs->files, (gpointer)file);
    return errs->files->len - 1;
}

/* Takes @text (g_malloc'ed). */
static void
record(TjSpecErrors *errs, TjErrorCode code, const char *file, guint line,
       guint col, char *text)
{
    if (g_hash_table_contains(errs->seen, text)) {
        g_free(text);
        return;
    }
    Message *m = g_new0(Message, 1);
    m->text = text;
    m->file_order = file_order(errs, file);
    m->line = line;
    m->col = col;
    m->seq = errs->msgs->len;
    m->code = code;
    g_ptr_array_add(errs->msgs, m);
    g_hash_table_add(errs->seen, text);
}

static void
add_valist(TjSpecErrors *errs, TjErrorCode code, const TjSrcLoc *loc,
           const char *fmt, va_list ap)
{
    char *msg = g_strdup_vprintf(fmt, ap);
    GError *tmp = NULL;
    tj_error_set_at(&tmp, code, loc, "%s", msg);
    g_free(msg);
    record(errs, code, loc ? loc->file : NULL, loc ? loc->line : 0,
           loc ? loc->col : 0, g_strdup(tmp->message));
    g_error_free(tmp);
}

void
tj_spec_errors_add(TjSpecErrors *errs, const TjSrcLoc *loc, const char *fmt,
                   ...)
{
    g_return_if_fail(errs != NULL);
    va_list ap;
    va_start(ap, fmt);
    add_valist(errs, TJ_ERROR_INPUT, loc, fmt, ap);
    va_end(ap);
}

void
tj_spec_errors_add_code(TjSpecErrors *errs, TjErrorCode code,
                        const TjSrcLoc *loc, const char *fmt, ...)
{
    g_return_if_fail(errs != NULL);
    va_list ap;
    va_start(ap, fmt);
    add_valist(errs, code, loc, fmt, ap);
    va_end(ap);
}

/* Reads "file:LINE:COL: " at the start of @msg (the last such prefix
 * before the first ": " followed by text). FALSE when there is none. */
static gboolean
parse_prefix(const char *msg, char **file, guint *line, guint *col)
{
    for (const char *p = strchr(msg, ':'); p; p = strchr(p + 1, ':')) {
        char *end;
        guint64 l = g_ascii_strtoull(p + 1, &end, 10);
        if (end == p + 1 || *end != ':' || !g_ascii_isdigit(end[1]))
            continue;
        guint64 c = g_ascii_strtoull(end + 1, &end, 10);
        if (end[0] != ':' || end[1] != ' ' || l > G_MAXUINT || c > G_MAXUINT)
            continue;
        *file = g_strndup(msg, (gsize)(p - msg));
        *line = (guint)l;
        *col = (guint)c;
        return TRUE;
    }
    return FALSE;
}

void
tj_spec_errors_take(TjSpecErrors *errs, GError *error)
{
    g_return_if_fail(errs != NULL);
    if (error == NULL)
        return;
    char *file = NULL;
    guint line = 0, col = 0;
    parse_prefix(error->message, &file, &line, &col);
    TjErrorCode code = error->domain == TJ_ERROR ? (TjErrorCode)error->code
                                                 : TJ_ERROR_INPUT;
    record(errs, code, file, line, col, g_strdup(error->message));
    g_free(file);
    g_error_free(error);
}

guint
tj_spec_errors_count(const TjSpecErrors *errs)
{
    return errs ? errs->msgs->len : 0;
}

static int
compare_messages(const void *a, const void *b)
{
    const Message *x = *(Message *const *)a, *y = *(Message *const *)b;
    if (x->file_order != y->file_order)
        return x->file_order < y->file_order ? -1 : 1;
    if (x->line != y->line)
        return x->line < y->line ? -1 : 1;
    if (x->col != y->col)
        return x->col < y->col ? -1 : 1;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

gboolean
tj_spec_errors_finish(const TjSpecErrors *errs, GError **error)
{
    g_return_val_if_fail(errs != NULL, FALSE);
    guint n = errs->msgs->len;
    if (n == 0)
        return TRUE;
    Message **sorted = g_memdup2(errs->msgs->pdata, n * sizeof(Message *));
    qsort(sorted, n, sizeof(Message *), compare_messages);
    GString *s = g_string_new(NULL);
    for (guint i = 0; i < n && i < TJ_SPEC_MAX_ERRORS; i++) {
        if (i > 0)
            g_string_append_c(s, '\n');
        g_string_append(s, sorted[i]->text);
    }
    if (n > TJ_SPEC_MAX_ERRORS)
        g_string_append_printf(s, _("\n… and %u more errors"),
                               n - TJ_SPEC_MAX_ERRORS);
    g_set_error_literal(error, TJ_ERROR, sorted[0]->code, s->str);
    g_string_free(s, TRUE);
    g_free(sorted);
    return FALSE;
}
