/* api/chart-object.c — charts of any kind by name and keys (TjChart): the
 * options a program sets are kept as the option map a spec block would
 * be, checked against the kind's keys as they are set, and bound, laid out
 * and written through the same path as every other chart. */
#include "tujie/tujie.h"

#include <string.h>

#include "api/api-private.h"
#include "bind/bind.h"
#include "api/output.h"
#include "spec/check.h"
#include "spec/node.h"
#include "core/i18n.h"

struct TjChart {
    const TjKind *kind;
    TjNodeBuilder *opts;
    char *theme;
    double width, height;
};

const char *const *
tj_chart_kinds(void)
{
    return tj_bind_kind_names();
}

static const TjKey *
find_key(const TjKind *kind, const char *key)
{
    for (const TjKey *k = tj_bind_common_keys(); k->name; k++)
        if (strcmp(k->name, key) == 0)
            return k;
    for (const TjKey *k = kind->keys; k->name; k++)
        if (strcmp(k->name, key) == 0)
            return k;
    return NULL;
}

const char **
tj_chart_kind_keys(const char *kind_name)
{
    const TjKind *kind = tj_bind_kind(kind_name);
    if (!kind)
        return NULL;
    GPtrArray *all = g_ptr_array_new();
    for (const TjKey *k = kind->keys; k->name; k++)
        g_ptr_array_add(all, (gpointer)k->name);
    for (const TjKey *k = tj_bind_common_keys(); k->name; k++)
        g_ptr_array_add(all, (gpointer)k->name);
    g_ptr_array_add(all, NULL);
    return (const char **)g_ptr_array_free(all, FALSE);
}

const char *
tj_chart_key_help(const char *kind_name, const char *key)
{
    const TjKind *kind = tj_bind_kind(kind_name);
    const TjKey *k = kind && key ? find_key(kind, key) : NULL;
    return k && k->help ? tj_i18n_gettext(k->help) : NULL;  /* marked with N_() */
}

G_STATIC_ASSERT((int)TJ_CHART_KEY_TEXT == (int)TJ_KEY_TEXT);
G_STATIC_ASSERT((int)TJ_CHART_KEY_VALUE == (int)TJ_KEY_VALUE);
G_STATIC_ASSERT((int)TJ_CHART_KEY_NUMBER == (int)TJ_KEY_NUMBER);
G_STATIC_ASSERT((int)TJ_CHART_KEY_NUMBERS == (int)TJ_KEY_NUMBERS);
G_STATIC_ASSERT((int)TJ_CHART_KEY_BOOL == (int)TJ_KEY_BOOL);
G_STATIC_ASSERT((int)TJ_CHART_KEY_COLUMN == (int)TJ_KEY_COLUMN);
G_STATIC_ASSERT((int)TJ_CHART_KEY_COLUMNS == (int)TJ_KEY_COLUMNS);
G_STATIC_ASSERT((int)TJ_CHART_KEY_CHOICE == (int)TJ_KEY_CHOICE);
G_STATIC_ASSERT((int)TJ_CHART_KEY_FILE == (int)TJ_KEY_FILE);
G_STATIC_ASSERT((int)TJ_CHART_KEY_WHERE == (int)TJ_KEY_WHERE);
G_STATIC_ASSERT((int)TJ_CHART_KEY_DATA == (int)TJ_KEY_DATA);

gboolean
tj_chart_key_type(const char *kind_name, const char *key, TjChartKeyType *type,
                  const char *const **choices)
{
    const TjKind *kind = tj_bind_kind(kind_name);
    const TjKey *k = kind && key ? find_key(kind, key) : NULL;
    if (!k)
        return FALSE;
    if (type)
        *type = (TjChartKeyType)k->type;
    if (choices)
        *choices = k->choices;
    return TRUE;
}

const char *
tj_chart_kind_summary(const char *kind_name)
{
    const TjKind *kind = tj_bind_kind(kind_name);
    return kind && kind->summary ? tj_i18n_gettext(kind->summary) : NULL;
}

const char *
tj_chart_kind_examples(const char *kind_name)
{
    const TjKind *kind = tj_bind_kind(kind_name);
    return kind ? kind->examples : NULL;
}

TjChart *
tj_chart_new(const char *kind_name, GError **error)
{
    const TjKind *kind = tj_bind_kind(kind_name);
    if (!kind) {
        char *list = g_strjoinv(", ", (char **)tj_bind_kind_names());
        g_set_error(error, TJ_ERROR, TJ_ERROR_USAGE, _("unknown chart kind “%s” (kinds: %s)"),
                    kind_name ? kind_name : "", list);
        g_free(list);
        return NULL;
    }
    TjChart *c = g_new0(TjChart, 1);
    c->kind = kind;
    c->opts = tj_spec_builder_new();
    return c;
}

void
tj_chart_free(TjChart *c)
{
    if (!c)
        return;
    tj_spec_builder_free(c->opts);
    g_free(c->theme);
    g_free(c);
}

/* FALSE (USAGE, with the near key) when @kind takes no @key. */
static gboolean
check_key(const TjChart *c, const char *key, GError **error)
{
    if (find_key(c->kind, key))
        return TRUE;
    const char **keys = tj_chart_kind_keys(c->kind->name);
    char *near = tj_spec_suggest(key, keys);
    char *list = g_strjoinv(", ", (char **)keys);
    if (near)
        g_set_error(error, TJ_ERROR, TJ_ERROR_USAGE,
                    _("a %s chart has no option “%s”; did you mean “%s”? (options: %s)"),
                    c->kind->name, key, near, list);
    else
        g_set_error(error, TJ_ERROR, TJ_ERROR_USAGE,
                    _("a %s chart has no option “%s” (options: %s)"), c->kind->name, key, list);
    g_free(list);
    g_free(near);
    g_free(keys);
    return FALSE;
}

gboolean
tj_chart_set(TjChart *c, const char *key, const char *value, GError **error)
{
    g_return_val_if_fail(c && key, FALSE);
    if (!check_key(c, key, error))
        return FALSE;
    tj_spec_builder_set(c->opts, key, value);
    return TRUE;
}

gboolean
tj_chart_set_list(TjChart *c, const char *key, const char *const *values, guint n,
                  GError **error)
{
    g_return_val_if_fail(c && key && (values || n == 0), FALSE);
    if (!check_key(c, key, error))
        return FALSE;
    tj_spec_builder_set_list(c->opts, key, values, n);
    return TRUE;
}

void
tj_chart_add_where(TjChart *c, const char *column, const char *value)
{
    g_return_if_fail(c && column);
    tj_spec_builder_add_entry(c->opts, "where", column, value);
}

void
tj_chart_set_size(TjChart *c, double width, double height)
{
    g_return_if_fail(c);
    c->width = width;
    c->height = height;
}

gboolean
tj_chart_set_theme(TjChart *c, const char *theme, GError **error)
{
    g_return_val_if_fail(c, FALSE);
    if (theme && !tj__api_theme(theme, error))
        return FALSE;
    g_free(c->theme);
    c->theme = g_strdup(theme);
    return TRUE;
}

static gboolean
lay_out(const TjChart *c, const TjTable *t, const TjOutputOptions *out, TjScene **scene,
        TjFonts **fonts, GError **error)
{
    TjNode *opts = tj_spec_builder_node(c->opts);
    gboolean ok = tj__api_chart_lay_out(c->kind->name, t, opts, c->theme, c->width, c->height,
                                        out, scene, fonts, error);
    tj_spec_node_free(opts);
    return ok;
}

gboolean
tj_chart_render(const TjChart *c, const TjTable *t, TjFormat fmt, const char *path,
                const TjOutputOptions *out, GError **error)
{
    g_return_val_if_fail(c && path, FALSE);
    TjScene *scene;
    TjFonts *fonts;
    gboolean ok = lay_out(c, t, out, &scene, &fonts, error) &&
                  tj__api_write(scene, fonts, fmt, path, out, error);
    tj_scene_free(scene);
    tj__api_fonts_give(out, fonts);
    return ok;
}

gboolean
tj_chart_render_bytes(const TjChart *c, const TjTable *t, TjFormat fmt,
                      const TjOutputOptions *out, GBytes **bytes, GError **error)
{
    g_return_val_if_fail(c && bytes, FALSE);
    *bytes = NULL;
    TjScene *scene;
    TjFonts *fonts;
    gboolean ok = lay_out(c, t, out, &scene, &fonts, error) &&
                  tj__api_scene_bytes(scene, fonts, fmt, out, bytes, error);
    tj_scene_free(scene);
    tj__api_fonts_give(out, fonts);
    return ok;
}

gboolean
tj_chart_size(const TjChart *c, const TjTable *t, const TjOutputOptions *out, double *width,
              double *height, GError **error)
{
    g_return_val_if_fail(c, FALSE);
    TjScene *scene;
    TjFonts *fonts;
    if (!lay_out(c, t, out, &scene, &fonts, error))
        return FALSE;
    if (width)
        *width = tj_scene_width(scene);
    if (height)
        *height = tj_scene_height(scene);
    tj_scene_free(scene);
    tj__api_fonts_give(out, fonts);
    return TRUE;
}

gboolean
tj_chart_draw(const TjChart *c, const TjTable *t, cairo_t *cr, const TjOutputOptions *out,
              GError **error)
{
    g_return_val_if_fail(c && cr, FALSE);
    TjScene *scene;
    TjFonts *fonts;
    gboolean ok = lay_out(c, t, out, &scene, &fonts, error) &&
                  tj__api_scene_draw(scene, fonts, cr, out, error);
    tj_scene_free(scene);
    tj__api_fonts_give(out, fonts);
    return ok;
}
