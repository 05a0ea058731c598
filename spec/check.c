/* spec/check.c — reading typed values out of the node tree (see check.h
 * for the rules): each reader either returns the value or records one
 * message at the node's place, "“key”: expected …, got …", and the caller
 * goes on with a default so that all problems come out in one run. */
#include "spec/check.h"
#include "core/i18n.h"

#include <math.h>
#include <string.h>

#define ALLOWED_LIST_MAX 40   /* names listed after "allowed:" */

static void
type_error(const TjNode *node, const char *what, const char *expected,
           TjSpecErrors *errs)
{
    char *got = tj_spec_node_describe(node);
    tj_spec_errors_add(errs, &node->loc, _("“%s”: expected %s, got %s"),
                       what, expected, got);
    g_free(got);
}

static gboolean
present(const TjNode *node)
{
    return node != NULL && node->kind != TJ_SPEC_NODE_NULL;
}

/* "a, b, c" (at most ALLOWED_LIST_MAX names). (transfer full) */
static char *
join_names(const char *const *names, const char *sep)
{
    GString *s = g_string_new(NULL);
    for (guint i = 0; names[i]; i++) {
        if (i == ALLOWED_LIST_MAX) {
            g_string_append(s, ", …");
            break;
        }
        if (i > 0)
            g_string_append(s, sep);
        g_string_append(s, names[i]);
    }
    return g_string_free(s, FALSE);
}

/* TRUE when @a and @b (@n characters each) differ by one swap of two
 * neighbouring characters. */
static gboolean
one_swap(const gunichar *a, const gunichar *b, glong n)
{
    glong i = 0;
    while (i < n && a[i] == b[i])
        i++;
    if (i + 1 >= n || a[i] != b[i + 1] || a[i + 1] != b[i])
        return FALSE;
    for (i += 2; i < n; i++)
        if (a[i] != b[i])
            return FALSE;
    return TRUE;
}

char *
tj_spec_suggest(const char *name, const char *const *candidates)
{
    g_return_val_if_fail(name != NULL && candidates != NULL, NULL);
    gsize n = g_strv_length((char **)candidates);
    char *near = tj_suggest(name, candidates, n);
    if (near)
        return near;
    glong na;
    gunichar *a = g_utf8_to_ucs4(name, -1, NULL, &na, NULL);
    for (gsize i = 0; a && i < n && !near; i++) {
        glong nb;
        gunichar *b = g_utf8_to_ucs4(candidates[i], -1, NULL, &nb, NULL);
        if (b && nb == na && one_swap(a, b, na))
            near = g_strdup(candidates[i]);
        g_free(b);
    }
    g_free(a);
    return near;
}

gboolean
tj_spec_check_keys(const TjNode *map, const char *const *allowed,
                   const char *context, TjSpecErrors *errs)
{
    g_return_val_if_fail(allowed != NULL && errs != NULL, FALSE);
    if (map == NULL || map->kind != TJ_SPEC_NODE_MAP)
        return TRUE;
    gboolean ok = TRUE;
    for (guint i = 0; i < map->n; i++) {
        const TjNodeEntry *e = &map->entries[i];
        if (g_strv_contains(allowed, e->key))
            continue;
        ok = FALSE;
        char *near = tj_spec_suggest(e->key, allowed);
        char *list = join_names(allowed, ", ");
        /* TRANSLATORS: "unknown key “titel”" + " in " + "the bar block" +
           "; did you mean “" + "title" + "”?" + " (allowed: …)" */
        tj_spec_errors_add(errs, &e->key_loc,
                           _("unknown key “%s”%s%s%s%s%s (allowed: %s)"), e->key,
                           context ? _(" in ") : "", context ? context : "",
                           near ? _("; did you mean “") : "", near ? near : "",
                           near ? _("”?") : "", list);
        g_free(list);
        g_free(near);
    }
    return ok;
}

const TjNode *
tj_spec_require(const TjNode *map, const char *key, const char *context,
                TjSpecErrors *errs)
{
    g_return_val_if_fail(map != NULL && key != NULL, NULL);
    const TjNode *v = tj_spec_node_get(map, key);
    if (present(v) || map->kind != TJ_SPEC_NODE_MAP)
        return present(v) ? v : NULL;
    const char *const want[] = { key, NULL };
    for (guint i = 0; i < map->n; i++) {
        char *near = tj_spec_suggest(map->entries[i].key, want);
        g_free(near);
        if (near)   /* a misspelling of @key: tj_spec_check_keys says so */
            return NULL;
    }
    tj_spec_errors_add(errs, &map->loc, _("missing key “%s”%s%s"), key,
                       context ? _(" in ") : "", context ? context : "");
    return NULL;
}

const char *
tj_spec_as_string(const TjNode *node, const char *what, TjSpecErrors *errs)
{
    if (!present(node))
        return NULL;
    if (node->kind != TJ_SPEC_NODE_SCALAR) {
        type_error(node, what, _("text"), errs);
        return NULL;
    }
    return node->text;
}

/* Reads all of @text as a finite decimal number. */
static gboolean
parse_number(const char *text, gboolean integer, double *out)
{
    const char *p = text;
    if (*p == '+' || *p == '-')
        p++;
    if (!g_ascii_isdigit(*p) && !(*p == '.' && g_ascii_isdigit(p[1])))
        return FALSE;
    for (const char *q = p; *q; q++)
        if (!g_ascii_isdigit(*q) && (integer || !strchr(".eE+-", *q)))
            return FALSE;
    char *end;
    double v = g_ascii_strtod(text, &end);
    if (end == text || *end != '\0' || !isfinite(v))
        return FALSE;
    *out = v;
    return TRUE;
}

gboolean
tj_spec_parse_double(const char *text, double *out)
{
    g_return_val_if_fail(text != NULL && out != NULL, FALSE);
    return parse_number(text, FALSE, out);
}

gboolean
tj_spec_as_double(const TjNode *node, const char *what, double *out,
                  TjSpecErrors *errs)
{
    if (!present(node))
        return FALSE;
    if (node->kind != TJ_SPEC_NODE_SCALAR
        || !parse_number(node->text, FALSE, out)) {
        type_error(node, what, _("a number"), errs);
        return FALSE;
    }
    return TRUE;
}

gboolean
tj_spec_as_int(const TjNode *node, const char *what, int *out,
               TjSpecErrors *errs)
{
    if (!present(node))
        return FALSE;
    double v;
    if (node->kind != TJ_SPEC_NODE_SCALAR
        || !parse_number(node->text, TRUE, &v) || v < G_MININT
        || v > G_MAXINT) {
        type_error(node, what, _("a whole number"), errs);
        return FALSE;
    }
    *out = (int)v;
    return TRUE;
}

gboolean
tj_spec_as_bool(const TjNode *node, const char *what, gboolean *out,
                TjSpecErrors *errs)
{
    if (!present(node))
        return FALSE;
    const char *t = node->kind == TJ_SPEC_NODE_SCALAR ? node->text : "";
    if (g_ascii_strcasecmp(t, "true") == 0 || g_ascii_strcasecmp(t, "yes") == 0
        || strcmp(t, "是") == 0) {
        *out = TRUE;
        return TRUE;
    }
    if (g_ascii_strcasecmp(t, "false") == 0 || g_ascii_strcasecmp(t, "no") == 0
        || strcmp(t, "否") == 0) {
        *out = FALSE;
        return TRUE;
    }
    type_error(node, what, _("true or false"), errs);
    return FALSE;
}

int
tj_spec_as_enum(const TjNode *node, const char *what,
                const char *const *values, TjSpecErrors *errs)
{
    g_return_val_if_fail(values != NULL, -1);
    if (!present(node))
        return -1;
    if (node->kind == TJ_SPEC_NODE_SCALAR)
        for (int i = 0; values[i]; i++)
            if (strcmp(node->text, values[i]) == 0)
                return i;
    char *list = join_names(values, ", ");
    char *got = tj_spec_node_describe(node);
    char *near = node->kind == TJ_SPEC_NODE_SCALAR
        ? tj_spec_suggest(node->text, values)
        : NULL;
    tj_spec_errors_add(errs, &node->loc, _("“%s”: expected one of %s, got %s%s"
                       "%s%s"), what, list, got, near ? _("; did you mean “") : "",
                       near ? near : "", near ? _("”?") : "");
    g_free(near);
    g_free(got);
    g_free(list);
    return -1;
}

gboolean
tj_spec_expect(const TjNode *node, TjNodeKind kind, const char *what,
               TjSpecErrors *errs)
{
    if (node != NULL && node->kind == kind)
        return TRUE;
    const char *const expected[] = {
        [TJ_SPEC_NODE_NULL] = _("nothing"),
        [TJ_SPEC_NODE_SCALAR] = _("text"),
        [TJ_SPEC_NODE_SEQ] = _("a list"),
        [TJ_SPEC_NODE_MAP] = _("a map"),
    };
    if (node != NULL)
        type_error(node, what, expected[kind], errs);
    return FALSE;
}

/* ---- getters by key ------------------------------------------------- */

const char *
tj_spec_get_string(const TjNode *map, const char *key, const char *def,
                   TjSpecErrors *errs)
{
    const char *v = tj_spec_as_string(tj_spec_node_get(map, key), key, errs);
    return v ? v : def;
}

double
tj_spec_get_double(const TjNode *map, const char *key, double def,
                   TjSpecErrors *errs)
{
    double v;
    return tj_spec_as_double(tj_spec_node_get(map, key), key, &v, errs)
        ? v : def;
}

double
tj_spec_get_double_in(const TjNode *map, const char *key, double def,
                      double min, double max, TjSpecErrors *errs)
{
    const TjNode *node = tj_spec_node_get(map, key);
    double v;
    if (!tj_spec_as_double(node, key, &v, errs))
        return def;
    if (v >= min && v <= max)
        return v;
    char lo[G_ASCII_DTOSTR_BUF_SIZE], hi[G_ASCII_DTOSTR_BUF_SIZE];
    g_ascii_formatd(lo, sizeof lo, "%g", min);
    g_ascii_formatd(hi, sizeof hi, "%g", max);
    char *expected = g_strdup_printf(_("a number from %s to %s"), lo, hi);
    type_error(node, key, expected, errs);
    g_free(expected);
    return def;
}

int
tj_spec_get_int(const TjNode *map, const char *key, int def,
                TjSpecErrors *errs)
{
    int v;
    return tj_spec_as_int(tj_spec_node_get(map, key), key, &v, errs)
        ? v : def;
}

gboolean
tj_spec_get_bool(const TjNode *map, const char *key, gboolean def,
                 TjSpecErrors *errs)
{
    gboolean v;
    return tj_spec_as_bool(tj_spec_node_get(map, key), key, &v, errs)
        ? v : def;
}

int
tj_spec_get_enum(const TjNode *map, const char *key,
                 const char *const *values, int def, TjSpecErrors *errs)
{
    int i = tj_spec_as_enum(tj_spec_node_get(map, key), key, values, errs);
    return i >= 0 ? i : def;
}

char **
tj_spec_get_string_list(const TjNode *map, const char *key,
                        TjSpecErrors *errs)
{
    const TjNode *node = tj_spec_node_get(map, key);
    if (!present(node))
        return NULL;
    if (node->kind == TJ_SPEC_NODE_SCALAR)
        return g_strdupv((char *[]){ (char *)node->text, NULL });
    if (node->kind != TJ_SPEC_NODE_SEQ) {
        type_error(node, key, _("text or a list of texts"), errs);
        return NULL;
    }
    GPtrArray *out = g_ptr_array_new();
    gboolean ok = TRUE;
    for (guint i = 0; i < node->n; i++) {
        const TjNode *item = node->items[i];
        if (item->kind == TJ_SPEC_NODE_SCALAR) {
            g_ptr_array_add(out, g_strdup(item->text));
            continue;
        }
        if (item->kind == TJ_SPEC_NODE_NULL)
            continue;
        type_error(item, key, _("text in each item"), errs);
        ok = FALSE;
    }
    g_ptr_array_add(out, NULL);
    char **v = (char **)g_ptr_array_free(out, FALSE);
    if (!ok) {
        g_strfreev(v);
        return NULL;
    }
    return v;
}

static const TjNode *
get_kind(const TjNode *map, const char *key, TjNodeKind kind,
         TjSpecErrors *errs)
{
    const TjNode *node = tj_spec_node_get(map, key);
    if (!present(node))
        return NULL;
    return tj_spec_expect(node, kind, key, errs) ? node : NULL;
}

const TjNode *
tj_spec_get_map(const TjNode *map, const char *key, TjSpecErrors *errs)
{
    return get_kind(map, key, TJ_SPEC_NODE_MAP, errs);
}

const TjNode *
tj_spec_get_seq(const TjNode *map, const char *key, TjSpecErrors *errs)
{
    return get_kind(map, key, TJ_SPEC_NODE_SEQ, errs);
}
