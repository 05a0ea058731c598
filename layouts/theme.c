/* layouts/theme.c — themes: the built-in ones (themes/NAME.yaml, compiled in by
 * scripts/embed-themes.sh) and theme maps from specs, read over a base. */
#include "layouts/theme.h"
#include "core/i18n.h"

#include <math.h>
#include <string.h>

extern const char *const tj__theme_sources[];

typedef struct {
    const char *key;
    gsize offset;
} Field;

#define COLOR(k, f) { k, G_STRUCT_OFFSET(TjTheme, f) }
static const Field colors[] = {
    COLOR("background", background), COLOR("panel", panel), COLOR("text", text),
    COLOR("text_secondary", text_secondary), COLOR("text_note", text_note),
    COLOR("rule", rule), COLOR("axis", axis), COLOR("primary", primary),
    COLOR("primary_dark", primary_dark), COLOR("accent", accent),
    COLOR("on_primary", on_primary), COLOR("muted", muted), COLOR("rise", rise),
    COLOR("fall", fall), COLOR("good", good), COLOR("bad", bad), COLOR("target", target),
};
static const Field sizes[] = {
    COLOR("title", size_title), COLOR("heading", size_heading),
    COLOR("chart_title", size_chart_title), COLOR("body", size_body),
    COLOR("label", size_label), COLOR("note", size_note), COLOR("big", size_big),
};

static gboolean
read_color(const TjNode *v, const char *key, TjColor *out, TjSpecErrors *errs)
{
    if (v->kind != TJ_SPEC_NODE_SCALAR || !tj_color_parse(v->text, out)) {
        char *got = tj_spec_node_describe(v);
        tj_spec_errors_add(errs, &v->loc, _("“%s”: expected a colour such as “#C8161D”, got %s"),
                           key, got);
        g_free(got);
        return FALSE;
    }
    return TRUE;
}

static void
read_colors(const TjNode *map, TjTheme *t, TjSpecErrors *errs)
{
    const char *keys[G_N_ELEMENTS(colors) + 2];
    for (gsize i = 0; i < G_N_ELEMENTS(colors); i++)
        keys[i] = colors[i].key;
    keys[G_N_ELEMENTS(colors)] = "series";
    keys[G_N_ELEMENTS(colors) + 1] = NULL;
    tj_spec_check_keys(map, keys, "theme", errs);
    for (gsize i = 0; i < G_N_ELEMENTS(colors); i++) {
        const TjNode *v = tj_spec_node_get(map, colors[i].key);
        if (v && v->kind != TJ_SPEC_NODE_NULL)
            read_color(v, colors[i].key, G_STRUCT_MEMBER_P(t, colors[i].offset), errs);
    }
    const TjNode *series = tj_spec_node_get(map, "series");
    if (!series || series->kind == TJ_SPEC_NODE_NULL)
        return;
    if (series->kind != TJ_SPEC_NODE_SEQ || series->n == 0) {
        tj_spec_errors_add(errs, &series->loc, _("“series”: expected a list of 1 to %d colours"),
                           TJ_THEME_MAX_SERIES);
        return;
    }
    guint n = MIN(series->n, TJ_THEME_MAX_SERIES);
    for (guint i = 0; i < n; i++)
        read_color(series->items[i], "series", &t->series[i], errs);
    t->n_series = n;
}

static void
read_sizes(const TjNode *map, TjTheme *t, TjSpecErrors *errs)
{
    const char *keys[G_N_ELEMENTS(sizes) + 1];
    for (gsize i = 0; i < G_N_ELEMENTS(sizes); i++)
        keys[i] = sizes[i].key;
    keys[G_N_ELEMENTS(sizes)] = NULL;
    tj_spec_check_keys(map, keys, "theme", errs);
    for (gsize i = 0; i < G_N_ELEMENTS(sizes); i++) {
        double *dst = G_STRUCT_MEMBER_P(t, sizes[i].offset);
        double v = tj_spec_get_double(map, sizes[i].key, *dst, errs);
        const TjNode *node = tj_spec_node_get(map, sizes[i].key);
        if (v < 4 || v > 400)
            tj_spec_errors_add(errs, node ? &node->loc : NULL,
                               _("“%s”: expected a size from 4 to 400 px"), sizes[i].key);
        else
            *dst = v;
    }
}

void
tj_theme_from_node(const TjNode *map, const TjTheme *base, TjTheme *out,
                   TjSpecErrors *errs)
{
    *out = *base;
    if (!map || map->kind != TJ_SPEC_NODE_MAP) {
        if (map && map->kind != TJ_SPEC_NODE_NULL)
            tj_spec_errors_add(errs, &map->loc, _("theme: expected a map (name, colors, sizes)"));
        return;
    }
    static const char *const keys[] = { "name", "base", "font", "colors", "sizes", NULL };
    tj_spec_check_keys(map, keys, "theme", errs);
    const char *name = tj_spec_get_string(map, "name", NULL, errs);
    if (name)
        out->name = g_intern_string(name);
    const char *font = tj_spec_get_string(map, "font", NULL, errs);
    if (font) {
        const TjNode *fn = tj_spec_node_get(map, "font");
        char *f = g_strstrip(g_strdup(font));
        char **names = g_strsplit(f, ",", -1);
        guint n = g_strv_length(names);
        g_strfreev(names);
        if (!*f || strlen(f) > 256 || strpbrk(f, "\n\r\t")) {
            tj_spec_errors_add(errs, &fn->loc,
                               _("“font”: expected font family names, comma separated, got “%s”"),
                               font);
        } else if (n > TJ_THEME_MAX_FONTS) {
            tj_spec_errors_add_code(errs, TJ_ERROR_LIMIT, &fn->loc,
                                    _("“font”: %u families; a theme may name at most %d"), n,
                                    TJ_THEME_MAX_FONTS);
        } else {
            out->font = g_intern_string(f);
            out->font_loc = fn->loc;
        }
        g_free(f);
    }
    const TjNode *c = tj_spec_node_get(map, "colors");
    if (c && c->kind != TJ_SPEC_NODE_NULL)
        read_colors(c, out, errs);
    const TjNode *sz = tj_spec_node_get(map, "sizes");
    if (sz && sz->kind != TJ_SPEC_NODE_NULL)
        read_sizes(sz, out, errs);
}

/* ---- built-ins ------------------------------------------------------------ */

static TjTheme *builtins;
static const char **names;
static guint n_builtins;

static gpointer
load_builtins(gpointer unused)
{
    (void)unused;
    guint n = 0;
    while (tj__theme_sources[n])
        n++;
    builtins = g_new0(TjTheme, n);
    names = g_new0(const char *, n + 1);
    TjTheme zero = { 0 };
    for (guint i = 0; i < n; i++) {
        GError *err = NULL;
        TjNode *root = tj_spec_node_parse(tj__theme_sources[i], strlen(tj__theme_sources[i]),
                                          "<built-in theme>", &err);
        TjSpecErrors *errs = tj_spec_errors_new();
        if (root)
            tj_theme_from_node(root, &zero, &builtins[i], errs);
        if (!root || !tj_spec_errors_finish(errs, &err))
            g_error("built-in theme %u is broken: %s", i, err->message);
        tj_spec_errors_free(errs);
        tj_spec_node_free(root);
        names[i] = builtins[i].name;
    }
    n_builtins = n;
    return NULL;
}

static void
ensure_builtins(void)
{
    static GOnce once = G_ONCE_INIT;
    g_once(&once, load_builtins, NULL);
}

const TjTheme *
tj_theme_builtin(const char *name)
{
    ensure_builtins();
    if (!name)
        name = "gov-red";
    for (guint i = 0; i < n_builtins; i++)
        if (strcmp(builtins[i].name, name) == 0)
            return &builtins[i];
    return NULL;
}

const char *const *
tj_theme_names(void)
{
    ensure_builtins();
    return names;
}

void
tj_theme_for_chart(const TjTheme *th, double width, TjTheme *out)
{
    *out = *th;
    double f = MAX(width, TJ_THEME_PAGE_W * TJ_THEME_CHART_MIN_SCALE) / TJ_THEME_PAGE_W;
    double *all[] = { &out->size_title, &out->size_heading, &out->size_chart_title,
                        &out->size_body, &out->size_label, &out->size_note, &out->size_big };
    for (gsize i = 0; i < G_N_ELEMENTS(all); i++)
        *all[i] = round(*all[i] * f);   /* whole px: PDF and PNG place glyphs alike */
}
