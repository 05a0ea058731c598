/* bind/args.c — typed reading of a block's options from its node map. The
 * same map comes from a spec file or is built from a command line, so every
 * message names the option the way the user wrote it: “min: 100” at its
 * line:col in a spec, --min 100 on the command line (there, a bad option is
 * a usage error). Lists stay lists; one text "a,b" is a list as well. */
#include "bind/bind-private.h"

#include <math.h>
#include <stdarg.h>
#include <string.h>

#include "data/number.h"
#include "core/i18n.h"
#include "layouts/polarity.h"

const TjNode *
tj__bind_get(const TjNode *map, const char *key)
{
    const TjNode *v = tj_spec_node_get(map, key);
    return v && v->kind != TJ_SPEC_NODE_NULL ? v : NULL;
}

char *
tj__bind_said(const TjBind *c, const char *key, const TjNode *v)
{
    gboolean scalar = v && v->kind == TJ_SPEC_NODE_SCALAR;
    if (c->spec)
        return scalar ? g_strdup_printf("“%s: %s”", key, v->text) : g_strdup_printf("“%s”", key);
    char *flag = g_strdelimit(g_strdup(key), "_", '-');
    char *s = scalar ? g_strdup_printf("--%s %s", flag, v->text) : g_strdup_printf("--%s", flag);
    g_free(flag);
    return s;
}

void
tj__bind_error(TjBind *c, const TjNode *at, const TjSpecBlock *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *msg = g_strdup_vprintf(fmt, ap);
    va_end(ap);
    const TjSrcLoc *loc = at && at->loc.file ? &at->loc : b && b->loc.file ? &b->loc : NULL;
    tj_spec_errors_add_code(c->errs, c->spec ? TJ_ERROR_INPUT : TJ_ERROR_USAGE, loc, "%s", msg);
    g_free(msg);
}

void
tj__bind_take(TjBind *c, const TjSpecBlock *b, GError *err)
{
    if (!c->spec) {
        tj_spec_errors_take(c->errs, err);
        return;
    }
    const char *kind = b->kind_name;
    gsize n = strlen(kind);
    gboolean named = strncmp(err->message, kind, n) == 0 && err->message[n] == ':';
    /* a limit stays a limit; anything else in a spec is the user's input */
    TjErrorCode code = err->code == TJ_ERROR_LIMIT ? TJ_ERROR_LIMIT : TJ_ERROR_INPUT;
    tj_spec_errors_add_code(c->errs, code, &b->loc, "%s%s%s", named ? "" : kind,
                            named ? "" : ": ", err->message);
    g_error_free(err);
}

/* The scalar of @key, or NULL; a list or map is recorded. */
static const TjNode *
scalar(TjBind *c, const TjNode *map, const char *key, const char *expected)
{
    const TjNode *v = tj__bind_get(map, key);
    if (!v || v->kind == TJ_SPEC_NODE_SCALAR)
        return v;
    char *said = tj__bind_said(c, key, v);
    char *got = tj_spec_node_describe(v);
    tj__bind_error(c, v, NULL, _("%s: expected %s, got %s"), said, expected, got);
    g_free(got);
    g_free(said);
    return NULL;
}

const char *
tj__bind_text(TjBind *c, const TjNode *map, const char *key)
{
    const TjNode *v = scalar(c, map, key, _("text"));
    return v ? v->text : NULL;
}

gboolean
tj__bind_bool(TjBind *c, const TjNode *map, const char *key, gboolean def)
{
    static const char *const yes[] = { "true", "True", "TRUE", "yes", "on", NULL };
    static const char *const no[] = { "false", "False", "FALSE", "no", "off", NULL };
    const TjNode *v = scalar(c, map, key, _("true or false"));
    if (!v)
        return def;
    if (g_strv_contains(yes, v->text))
        return TRUE;
    if (g_strv_contains(no, v->text))
        return FALSE;
    char *said = tj__bind_said(c, key, v);
    tj__bind_error(c, v, NULL, _("%s: expected true or false"), said);
    g_free(said);
    return def;
}

double
tj__bind_number(TjBind *c, const TjNode *map, const char *key, double def)
{
    const TjNode *v = scalar(c, map, key, _("a number"));
    double x;
    if (!v)
        return def;
    if (tj_spec_parse_double(v->text, &x))
        return x;
    char *said = tj__bind_said(c, key, v);
    tj__bind_error(c, v, NULL, _("%s: expected a number"), said);
    g_free(said);
    return def;
}

/* "a,b，c" → trimmed non-empty parts, appended to @out */
static void
split_into(GPtrArray *out, const char *text)
{
    char *norm = g_strdup(text);
    /* a full-width comma is a comma to someone typing Chinese */
    for (char *p; (p = strstr(norm, "，")) != NULL;) {
        p[0] = ',';
        memmove(p + 1, p + 3, strlen(p + 3) + 1);
    }
    char **parts = g_strsplit(norm, ",", -1);
    for (char **p = parts; *p; p++) {
        g_strstrip(*p);
        if (**p)
            g_ptr_array_add(out, g_strdup(*p));
    }
    g_strfreev(parts);
    g_free(norm);
}

char **
tj__bind_split(const char *text)
{
    GPtrArray *out = g_ptr_array_new();
    split_into(out, text);
    g_ptr_array_add(out, NULL);
    return (char **)g_ptr_array_free(out, FALSE);
}

char **
tj__bind_list(TjBind *c, const TjNode *map, const char *key)
{
    const TjNode *v = tj__bind_get(map, key);
    if (!v)
        return NULL;
    GPtrArray *out = g_ptr_array_new();
    if (v->kind == TJ_SPEC_NODE_SCALAR) {
        split_into(out, v->text);
    } else if (v->kind == TJ_SPEC_NODE_SEQ) {
        for (guint i = 0; i < v->n; i++) {
            const TjNode *item = v->items[i];
            if (item->kind == TJ_SPEC_NODE_SCALAR) {
                split_into(out, item->text);
                continue;
            }
            char *got = tj_spec_node_describe(item);
            tj__bind_error(c, item, NULL, _("“%s”: expected a list of names, got %s in it"),
                           key, got);
            g_free(got);
        }
    } else {
        char *said = tj__bind_said(c, key, v);
        tj__bind_error(c, v, NULL, _("%s: expected a name or a list of names, got a map"),
                       said);
        g_free(said);
        g_ptr_array_free(out, TRUE);
        return NULL;
    }
    g_ptr_array_add(out, NULL);
    return (char **)g_ptr_array_free(out, FALSE);
}

int
tj__bind_numbers(TjBind *c, const TjNode *map, const char *key, double *out, guint max)
{
    char **parts = tj__bind_list(c, map, key);
    if (!parts)
        return tj__bind_get(map, key) ? -1 : 0;
    const TjNode *v = tj__bind_get(map, key);
    guint n = g_strv_length(parts);
    int result = (int)n;
    for (guint i = 0; i < n && result >= 0; i++) {
        TjNumber num;
        char *said = tj__bind_said(c, key, v);
        if (i >= max) {
            tj__bind_error(c, v, NULL, _("%s: at most %u values"), said, max);
            result = -1;
        } else if (tj_number_parse(parts[i], &num, NULL) != TJ_NUM_VALUE) {
            tj__bind_error(c, v, NULL, _("%s: “%s” is not a number"), said, parts[i]);
            result = -1;
        } else {
            out[i] = num.value;
        }
        g_free(said);
    }
    g_strfreev(parts);
    return result;
}

int
tj__bind_choice(TjBind *c, const TjNode *map, const char *key, const char *const *choices,
                int def)
{
    const TjNode *v = scalar(c, map, key, _("text"));
    if (!v)
        return def;
    for (int i = 0; choices[i]; i++)
        if (strcmp(v->text, choices[i]) == 0)
            return i;
    GString *list = g_string_new(NULL);
    for (int i = 0; choices[i]; i++)
        g_string_append_printf(list, "%s%s", i == 0 ? "" : choices[i + 1] ? ", " : _(" or "),
                               choices[i]);
    char *said = tj__bind_said(c, key, v);
    char *near = tj_spec_suggest(v->text, choices);
    if (near)
        tj__bind_error(c, v, NULL, _("%s: expected %s; did you mean “%s”?"), said, list->str,
                       near);
    else
        tj__bind_error(c, v, NULL, _("%s: expected %s"), said, list->str);
    g_free(near);
    g_free(said);
    g_string_free(list, TRUE);
    return -1;
}

GArray *
tj__bind_where(TjBind *c, const TjNode *map)
{
    GArray *out = g_array_new(FALSE, TRUE, sizeof(TjWhere));
    const TjNode *w = tj__bind_get(map, "where");
    if (!w)
        return out;
    if (w->kind != TJ_SPEC_NODE_MAP) {
        char *said = tj__bind_said(c, "where", w);
        tj__bind_error(c, w, NULL, _("%s: expected a map of column: value, such as "
                                     "{指标: 地区生产总值}"), said);
        g_free(said);
        g_array_unref(out);
        return NULL;
    }
    gboolean ok = TRUE;
    for (guint i = 0; i < w->n; i++) {
        const TjNodeEntry *e = &w->entries[i];
        if (e->value->kind == TJ_SPEC_NODE_MAP || e->value->kind == TJ_SPEC_NODE_SEQ) {
            tj__bind_error(c, e->value, NULL, _("“where”: the value of “%s” must be text"),
                           e->key);
            ok = FALSE;
            continue;
        }
        TjWhere f = { e->key, e->value->text, e->value->loc };
        if (!f.loc.file)
            f.loc = e->key_loc;
        g_array_append_val(out, f);
    }
    if (!ok) {
        g_array_unref(out);
        return NULL;
    }
    return out;
}

const char *
tj__bind_where_name(const GArray *where)
{
    return where && where->len ? g_array_index(where, TjWhere, 0).value : NULL;
}

void
tj__bind_check_keys(TjBind *c, const TjNode *map, const TjKind *kind)
{
    GPtrArray *all = g_ptr_array_new();
    for (const TjKey *k = tj_bind_common_keys(); k->name; k++)
        g_ptr_array_add(all, (gpointer)k->name);
    for (const TjKey *k = kind->keys; k->name; k++)
        g_ptr_array_add(all, (gpointer)k->name);
    g_ptr_array_add(all, NULL);
    char *context = g_strdup_printf(_("the %s block"), kind->name);
    tj_spec_check_keys(map, (const char *const *)all->pdata, context, c->errs);
    g_free(context);
    g_ptr_array_free(all, TRUE);
}

void
tj__bind_note_better(TjBind *c, const TjSpecBlock *b, TjBetter given, const char *name,
                     const char *also)
{
    if (given != TJ_BETTER_NONE)
        return;
    TjBetter which;
    const char *from = name;
    const char *kw = tj_better_keyword(name, &which);
    if (!kw) {
        from = also;
        kw = tj_better_keyword(also, &which);
    }
    if (!kw)
        return;
    tj_diag_add(c->diags, TJ_DIAG_NOTE, b->loc.file ? &b->loc : NULL, "better-inferred",
                _("“%s”: better: %s, inferred from “%s” (better: higher, lower or none "
                  "says otherwise)"), from, which == TJ_BETTER_LOWER ? "lower" : "higher", kw);
}
