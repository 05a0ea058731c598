/* spec/spec.c — the spec skeleton: telling a page from a single chart,
 * reading page options, data sources, a chart's output options, and the
 * life cycle of TjSpec. Sections, rows and blocks are sections.c's.
 * Problems are recorded in a TjSpecErrors and reported together. */
#include "spec/spec.h"
#include "spec/spec-private.h"
#include "core/i18n.h"

#include <string.h>

static const char *const page_top_keys[] = { "page", "data", "sections", NULL };
static const char *const no_keys[] = { NULL };
static const char *const chart_top_keys[] = { "data", "theme", "output", NULL };
static const char *const page_first_keys[] = { "page", "data", "sections", NULL };
static const char *const page_last_keys[] = { "theme", "output", NULL };
static const char *const page_keys[] = {
    "title", "subtitle", "date", "source", "width", "theme", "footer", "pdf",
    NULL };
static const char *const output_keys[] = {
    "width", "height", "scale", "dpi", "transparent", NULL };
static const char *const pdf_values[] = { "long", "a4", NULL };

static gboolean
is_chart_kind(const TjSpec *spec, const char *key)
{
    return spec->chart_kinds && g_strv_contains(spec->chart_kinds, key);
}

char *
tj_spec_kinds_list(const TjSpec *spec)
{
    GString *s = g_string_new(NULL);
    for (const char *const *k = spec->chart_kinds; k && *k; k++)
        g_string_append_printf(s, "%s, ", *k);
    g_string_append(s, "text, image");
    return g_string_free(s, FALSE);
}

/* @before, every chart kind's name, @after. (transfer container) */
static const char **
with_kinds(const TjSpec *spec, const char *const *before, const char *const *after)
{
    GPtrArray *all = g_ptr_array_new();
    for (const char *const *k = before; *k; k++)
        g_ptr_array_add(all, (gpointer)*k);
    for (const char *const *k = spec->chart_kinds; k && *k; k++)
        g_ptr_array_add(all, (gpointer)*k);
    for (const char *const *k = after; *k; k++)
        g_ptr_array_add(all, (gpointer)*k);
    g_ptr_array_add(all, NULL);
    return (const char **)g_ptr_array_free(all, FALSE);
}

/* "bar, trend, gauge, kpi": the chart kinds, for messages. */
static char *
chart_list(const TjSpec *spec)
{
    return spec->chart_kinds ? g_strjoinv(", ", (char **)spec->chart_kinds) : g_strdup("");
}

static char *
resolve_path(const TjSpec *spec, const char *path)
{
    if (spec->dir[0] == '\0' || g_path_is_absolute(path))
        return g_strdup(path);
    return g_build_filename(spec->dir, path, NULL);
}

static TjSpecData *
add_source(TjSpec *spec, const char *name, const TjNode *path,
           TjSrcLoc loc, gboolean is_inline, TjSpecErrors *errs)
{
    if (spec->n_data >= TJ_SPEC_MAX_SOURCES) {
        tj_spec_errors_add_code(errs, TJ_ERROR_LIMIT, &loc, _("more than %d "
                                "data sources (the limit)"),
                                TJ_SPEC_MAX_SOURCES);
        return NULL;
    }
    TjSpecData *d = g_new0(TjSpecData, 1);
    d->name = name;
    d->path = path->text;
    d->resolved = resolve_path(spec, path->text);
    d->is_inline = is_inline;
    d->loc = loc;
    spec->data = g_renew(TjSpecData *, spec->data, spec->n_data + 1);
    spec->data[spec->n_data++] = d;
    return d;
}

/* A path given as @node for @what; NULL (recorded) when not text. */
static const TjNode *
path_node(const TjNode *node, const char *what, TjSpecErrors *errs)
{
    if (node->kind == TJ_SPEC_NODE_SCALAR && node->text[0] != '\0')
        return node;
    char *got = tj_spec_node_describe(node);
    tj_spec_errors_add(errs, &node->loc, _("“%s”: expected the path of a CSV "
                       "file or workbook, got %s"), what, got);
    g_free(got);
    return NULL;
}

static const char *const source_keys[] = { "path", "sheet", NULL };

/* name: {path: book.xlsx, sheet: 2020年} */
static void
read_sheet_source(TjSpec *spec, const TjNodeEntry *e, TjSpecErrors *errs)
{
    char *context = g_strdup_printf("data “%s”", e->key);   /* a spec key: not translated */
    tj_spec_check_keys(e->value, source_keys, context, errs);
    const TjNode *path = tj_spec_require(e->value, "path", context, errs);
    const TjNode *sheet = tj_spec_node_get(e->value, "sheet");
    g_free(context);
    if (sheet && sheet->kind != TJ_SPEC_NODE_NULL
        && (sheet->kind != TJ_SPEC_NODE_SCALAR || sheet->text[0] == '\0')) {
        char *got = tj_spec_node_describe(sheet);
        tj_spec_errors_add(errs, &sheet->loc, _("“sheet”: expected the name or number "
                           "of a sheet, got %s"), got);
        g_free(got);
        return;
    }
    if (path == NULL || !path_node(path, "path", errs))
        return;
    TjSpecData *d = add_source(spec, e->key, path, e->key_loc, FALSE, errs);
    if (d && sheet && sheet->kind == TJ_SPEC_NODE_SCALAR)
        d->sheet = sheet->text;
}

/* data: {name: path, …} or data: path.csv; a path may be a map
 * {path, sheet} */
static void
read_sources(TjSpec *spec, const TjNode *node, TjSpecErrors *errs)
{
    if (node == NULL || node->kind == TJ_SPEC_NODE_NULL)
        return;
    if (node->kind == TJ_SPEC_NODE_SCALAR) {
        if (path_node(node, "data", errs))
            add_source(spec, node->text, node, node->loc, FALSE, errs);
        return;
    }
    if (!tj_spec_expect(node, TJ_SPEC_NODE_MAP, "data", errs))
        return;
    for (guint i = 0; i < node->n; i++) {
        const TjNodeEntry *e = &node->entries[i];
        if (e->value->kind == TJ_SPEC_NODE_MAP) {
            read_sheet_source(spec, e, errs);
            continue;
        }
        const TjNode *path = path_node(e->value, e->key, errs);
        if (path && !add_source(spec, e->key, path, e->key_loc, FALSE, errs))
            return;
    }
}

/* a path a block may name directly: .csv, .xlsx, .xls */
static gboolean
has_data_suffix(const char *path)
{
    gsize n = strlen(path);
    return (n > 4 && (g_ascii_strcasecmp(path + n - 4, ".csv") == 0
                      || g_ascii_strcasecmp(path + n - 4, ".xls") == 0))
           || (n > 5 && g_ascii_strcasecmp(path + n - 5, ".xlsx") == 0);
}

/* The spec's only declared source, or NULL. */
static const TjSpecData *
default_source(const TjSpec *spec)
{
    guint declared = 0;
    for (guint i = 0; i < spec->n_data; i++)
        declared += !spec->data[i]->is_inline;
    return declared == 1 ? spec->data[0] : NULL;
}

static void
unknown_source(const TjSpec *spec, const TjNode *value, TjSpecErrors *errs)
{
    GPtrArray *names = g_ptr_array_new();
    for (guint i = 0; i < spec->n_data; i++)
        if (!spec->data[i]->is_inline)
            g_ptr_array_add(names, (gpointer)spec->data[i]->name);
    g_ptr_array_add(names, NULL);
    const char *const *v = (const char *const *)names->pdata;
    char *near = tj_spec_suggest(value->text, v);
    char *list = g_strjoinv(", ", (char **)names->pdata);
    tj_spec_errors_add(errs, &value->loc, _("unknown data source “%s”%s%s%s "
                       "(%s%s%sor give a path ending in .csv, .xlsx or .xls)"), value->text,
                       near ? _("; did you mean “") : "", near ? near : "",
                       near ? _("”?") : "", names->len > 1 ? _("declared: ") : "",
                       list, names->len > 1 ? _("; ") : _("no data: declared; "));
    g_free(list);
    g_free(near);
    g_ptr_array_free(names, TRUE);
}

const TjSpecData *
tj__spec_resolve_data(TjSpec *spec, const TjNode *value, TjSpecErrors *errs)
{
    if (value == NULL || value->kind == TJ_SPEC_NODE_NULL)
        return default_source(spec);
    if (!path_node(value, "data", errs))
        return NULL;
    for (guint i = 0; i < spec->n_data; i++)
        if (!spec->data[i]->is_inline
            && strcmp(spec->data[i]->name, value->text) == 0)
            return spec->data[i];
    if (!has_data_suffix(value->text)) {
        unknown_source(spec, value, errs);
        return NULL;
    }
    for (guint i = 0; i < spec->n_data; i++)
        if (spec->data[i]->is_inline
            && strcmp(spec->data[i]->path, value->text) == 0)
            return spec->data[i];
    return add_source(spec, value->text, value, value->loc, TRUE, errs);
}

/* width: a number of px or a preset name. */
static double
read_width(const TjNode *map, double def, TjSpecErrors *errs)
{
    static const char *const presets[] = { "wechat", "a4", NULL };
    static const double preset_px[] = { TJ_SPEC_WIDTH_WECHAT,
                                        TJ_SPEC_WIDTH_A4 };
    const TjNode *node = tj_spec_node_get(map, "width");
    if (node == NULL || node->kind == TJ_SPEC_NODE_NULL)
        return def;
    double v;
    if (node->kind == TJ_SPEC_NODE_SCALAR) {
        for (int i = 0; presets[i]; i++)
            if (strcmp(node->text, presets[i]) == 0)
                return preset_px[i];
        if (tj_spec_parse_double(node->text, &v) && v >= TJ_SPEC_WIDTH_MIN
            && v <= TJ_SPEC_WIDTH_MAX)
            return v;
    }
    char *got = tj_spec_node_describe(node);
    char *near = node->kind == TJ_SPEC_NODE_SCALAR
        ? tj_spec_suggest(node->text, presets) : NULL;
    /* the numbers are those of TJ_SPEC_WIDTH_* */
    tj_spec_errors_add(errs, &node->loc, _("“width”: expected a number of px "
                       "from 100 to 10000, wechat (1080) or a4 (794), got "
                       "%s%s%s%s"), got,
                       near ? _("; did you mean “") : "", near ? near : "",
                       near ? _("”?") : "");
    g_free(near);
    g_free(got);
    return def;
}

/* theme: NAME, or theme: {base: NAME, …overrides} */
static void
read_theme(TjSpecPage *page, const TjNode *map, TjSpecErrors *errs)
{
    const TjNode *node = tj_spec_node_get(map, "theme");
    if (node == NULL || node->kind == TJ_SPEC_NODE_NULL)
        return;
    if (node->kind == TJ_SPEC_NODE_MAP) {
        page->theme_node = node;
        page->theme = tj_spec_get_string(node, "base", NULL, errs);
        return;
    }
    page->theme = tj_spec_as_string(node, "theme", errs);
}

static void
read_page(TjSpec *spec, const TjNode *map, TjSpecErrors *errs)
{
    TjSpecPage *page = &spec->page;
    page->loc = map->loc;
    tj_spec_check_keys(map, page_keys, "page", errs);
    const TjNode *title = tj_spec_require(map, "title", "page", errs);
    page->title = tj_spec_as_string(title, "title", errs);
    page->subtitle = tj_spec_get_string(map, "subtitle", NULL, errs);
    page->date = tj_spec_get_string(map, "date", NULL, errs);
    page->source = tj_spec_get_string(map, "source", NULL, errs);
    page->width = read_width(map, TJ_SPEC_WIDTH_WECHAT, errs);
    read_theme(page, map, errs);
    page->footer = tj_spec_get_string_list(map, "footer", errs);
    page->pdf = tj_spec_get_enum(map, "pdf", pdf_values, TJ_SPEC_PDF_LONG,
                                 errs);
}

static void
read_output(TjSpec *spec, const TjNode *map, TjSpecErrors *errs)
{
    TjSpecOutput *out = &spec->output;
    spec->page.width = TJ_SPEC_WIDTH_WECHAT;
    if (map == NULL)
        return;
    out->loc = map->loc;
    tj_spec_check_keys(map, output_keys, "output", errs);
    out->width = read_width(map, 0, errs);
    spec->page.width = out->width > 0 ? out->width : spec->page.width;
    out->height = tj_spec_get_double_in(map, "height", 0, TJ_SPEC_WIDTH_MIN,
                                        TJ_SPEC_WIDTH_MAX, errs);
    out->scale = tj_spec_get_double_in(map, "scale", 0, 0.1, 16, errs);
    out->dpi = tj_spec_get_double_in(map, "dpi", 0, 1, 10000, errs);
    out->transparent = tj_spec_get_bool(map, "transparent", FALSE, errs);
}

static void
build_page(TjSpec *spec, const TjNode *root, TjSpecErrors *errs)
{
    spec->form = TJ_SPEC_FORM_PAGE;
    tj_spec_check_keys(root, page_top_keys, _("a page spec"), errs);
    const TjNode *page = tj_spec_require(root, "page", _("a page spec"), errs);
    if (page && tj_spec_expect(page, TJ_SPEC_NODE_MAP, "page", errs))
        read_page(spec, page, errs);
    read_sources(spec, tj_spec_node_get(root, "data"), errs);
    const TjNode *sections = tj_spec_require(root, "sections", _("a page spec"),
                                             errs);
    if (sections && tj_spec_expect(sections, TJ_SPEC_NODE_SEQ, "sections",
                                   errs))
        tj__spec_read_sections(spec, sections, errs);
}

static void
build_chart(TjSpec *spec, const TjNode *root, TjSpecErrors *errs)
{
    spec->form = TJ_SPEC_FORM_CHART;
    const char **keys = with_kinds(spec, no_keys, chart_top_keys);
    tj_spec_check_keys(root, keys, _("a chart spec"), errs);
    g_free(keys);
    read_sources(spec, tj_spec_node_get(root, "data"), errs);
    read_theme(&spec->page, root, errs);
    read_output(spec, tj_spec_get_map(root, "output", errs), errs);
    const TjNodeEntry *first = NULL;
    for (guint i = 0; i < root->n; i++) {
        const TjNodeEntry *e = &root->entries[i];
        if (!is_chart_kind(spec, e->key))
            continue;
        if (first) {
            tj_spec_errors_add(errs, &e->key_loc, _("a second chart “%s” (the "
                               "first is “%s” at %u:%u); a chart spec has one "
                               "chart, a page has sections"), e->key,
                               first->key, first->key_loc.line,
                               first->key_loc.col);
            continue;
        }
        first = e;
    }
    if (first)
        tj__spec_read_block(spec, &spec->chart, first, errs);
    spec->n_blocks = 1;
}

char *
tj__spec_resolve_path(const TjSpec *spec, const char *path)
{
    return resolve_path(spec, path);
}

/* Which form the top-level map has; FALSE (recorded) when neither. */
static gboolean
pick_form(const TjSpec *spec, const TjNode *root, TjSpecForm *form, TjSpecErrors *errs)
{
    if (root->kind != TJ_SPEC_NODE_MAP) {
        char *got = tj_spec_node_describe(root);
        char *kinds = chart_list(spec);
        tj_spec_errors_add(errs, &root->loc, _("expected a map with page: (a "
                           "page) or one of %s (a chart) at the top, got %s"),
                           kinds, got);
        g_free(kinds);
        g_free(got);
        return FALSE;
    }
    if (tj_spec_node_get(root, "page") || tj_spec_node_get(root, "sections")) {
        *form = TJ_SPEC_FORM_PAGE;
        return TRUE;
    }
    for (guint i = 0; i < root->n; i++) {
        if (is_chart_kind(spec, root->entries[i].key)) {
            *form = TJ_SPEC_FORM_CHART;
            return TRUE;
        }
    }
    const char **keys = with_kinds(spec, page_first_keys, page_last_keys);
    tj_spec_check_keys(root, keys, _("a spec"), errs);
    g_free(keys);
    char *kinds = chart_list(spec);
    tj_spec_errors_add(errs, &root->loc, _("expected page: (a page) or one of "
                       "%s (a chart) at the top"), kinds);
    g_free(kinds);
    return FALSE;
}

TjSpec *
tj_spec_build(TjNode *root, const char *const *chart_kinds, TjSpecErrors *errs)
{
    g_return_val_if_fail(root != NULL && errs != NULL, NULL);
    TjSpec *spec = g_new0(TjSpec, 1);
    spec->root = root;
    spec->chart_kinds = chart_kinds;
    spec->file = root->loc.file;
    char *dir = g_path_get_dirname(spec->file ? spec->file : ".");
    spec->dir = strcmp(dir, ".") == 0 ? g_strdup("") : g_strdup(dir);
    g_free(dir);
    spec->page.width = TJ_SPEC_WIDTH_WECHAT;
    TjSpecForm form;
    if (!pick_form(spec, root, &form, errs))
        return spec;
    if (form == TJ_SPEC_FORM_PAGE)
        build_page(spec, root, errs);
    else
        build_chart(spec, root, errs);
    return spec;
}

/* Builds from @root (taken) and fails with all recorded problems. */
static TjSpec *
finish(TjNode *root, const char *const *chart_kinds, GError **error)
{
    if (root == NULL)
        return NULL;
    TjSpecErrors *errs = tj_spec_errors_new();
    TjSpec *spec = tj_spec_build(root, chart_kinds, errs);
    if (!tj_spec_errors_finish(errs, error)) {
        tj_spec_free(spec);
        spec = NULL;
    }
    tj_spec_errors_free(errs);
    return spec;
}

TjSpec *
tj_spec_load(const char *path, const char *const *chart_kinds, GError **error)
{
    g_return_val_if_fail(path != NULL, NULL);
    return finish(tj_spec_node_load(path, error), chart_kinds, error);
}

TjSpec *
tj_spec_parse(const char *bytes, gsize len, const char *name,
              const char *const *chart_kinds, GError **error)
{
    return finish(tj_spec_node_parse(bytes, len, name, error), chart_kinds, error);
}

static void
free_block(TjSpecBlock *b)
{
    g_free(b->image);
}

void
tj_spec_free(TjSpec *spec)
{
    if (spec == NULL)
        return;
    for (guint i = 0; i < spec->n_sections; i++) {
        TjSpecSection *s = &spec->sections[i];
        for (guint r = 0; r < s->n_rows; r++) {
            for (guint b = 0; b < s->rows[r].n_blocks; b++)
                free_block(&s->rows[r].blocks[b]);
            g_free(s->rows[r].blocks);
        }
        g_free(s->rows);
    }
    g_free(spec->sections);
    free_block(&spec->chart);
    for (guint i = 0; i < spec->n_data; i++) {
        g_free(spec->data[i]->resolved);
        g_free(spec->data[i]);
    }
    g_free(spec->data);
    g_strfreev(spec->page.footer);
    g_free(spec->dir);
    tj_spec_node_free(spec->root);
    g_free(spec);
}
