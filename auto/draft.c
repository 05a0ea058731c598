/* auto/draft.c — tables to a drafted spec (tujie.h: tj_auto_draft): each
 * table recognised, named in `data:`, chosen into sections; the spec
 * written as commented YAML and the choices as an explanation, one line
 * per choice with its place in the table. Prints nothing. */
#include "auto/auto-private.h"

#include <string.h>

#include "core/error.h"
#include "core/i18n.h"

/* The table's name in `data:`: its sheet's name, else its file's stem,
 * made unique. */
static char *
source_name(const char *path, const char *sheet, GHashTable *used, guint i)
{
    char *base = g_path_get_basename(sheet ? sheet : path);
    char *dot = sheet ? NULL : strrchr(base, '.');
    if (dot && dot != base)
        *dot = '\0';
    if (!*base || !tj__auto_text_ok(base) || g_str_has_suffix(base, ".csv") ||
        g_utf8_strlen(base, -1) > 40) {
        g_free(base);
        base = g_strdup_printf("表%u", i + 1);
    }
    char *name = g_strdup(base);
    for (guint k = 2; g_hash_table_contains(used, name); k++) {
        g_free(name);
        name = g_strdup_printf("%s-%u", base, k);
    }
    g_free(base);
    g_hash_table_add(used, name);
    return name;
}

static void
quoted_cols(GString *s, const TjTable *t, const GArray *cols, guint max)
{
    for (guint i = 0; i < cols->len && i < max; i++)
        g_string_append_printf(s, "%s“%s”", i ? "、" : "",
                               tj_table_column_name(t, (guint)g_array_index(cols, int, i)));
    if (cols->len > max)
        g_string_append(s, "等");
}

/* What the table was read as, in Chinese, for the comment beside it. */
static char *
data_comment(const TjTable *t, const TjAutoShape *s)
{
    GString *c = g_string_new(NULL);
    const char *nm = s->name >= 0 ? tj_table_column_name(t, (guint)s->name) : "";
    if (s->form == TJ_AUTO_YEAR_ROWS) {
        g_string_append_printf(c, "一行一年（“%s”），一列一个指标：", nm);
        quoted_cols(c, t, s->values, 4);
    } else if (s->form == TJ_AUTO_YEAR_COLS) {
        g_string_append_printf(c, "一行一个指标（“%s”），一列一年：", nm);
        quoted_cols(c, t, s->values, 4);
    } else {
        g_string_append_printf(c, "一行一个指标：名称“%s”，数值", nm);
        quoted_cols(c, t, s->values, 4);
    }
    if (s->change >= 0)
        g_string_append_printf(c, "，变化“%s”", tj_table_column_name(t, (guint)s->change));
    if (s->unit >= 0)
        g_string_append_printf(c, "，单位“%s”", tj_table_column_name(t, (guint)s->unit));
    if (s->group >= 0)
        g_string_append_printf(c, "，按“%s”分节", tj_table_column_name(t, (guint)s->group));
    return g_string_free(c, FALSE);
}

char *
tj_auto_draft_spec(const TjTable *const *tables, guint n, const TjAutoParams *p,
                   TjDiagList *explain, GError **error)
{
    GPtrArray *sections = g_ptr_array_new_with_free_func(tj_auto_section_free);
    GHashTable *used = g_hash_table_new(g_str_hash, g_str_equal);   /* names[] owns */
    TjAutoChooser ch = { p->has_kind, p->max_single };
    char **names = g_new0(char *, n + 1), **paths = g_new0(char *, n + 1);
    char **comments = g_new0(char *, n + 1), **sheets = g_new0(char *, n + 1);
    for (guint i = 0; i < n; i++) {
        const char *sheet = p->sheets && p->sheets[i] && tj__auto_text_ok(p->sheets[i]) &&
                            !strchr(p->sheets[i], '/') ? p->sheets[i] : NULL;
        const char *path = p->paths && p->paths[i] ? p->paths[i] : tj_table_name(tables[i]);
        gsize cut = strlen(path);   /* a sheet's table is named "book.xlsx:Sheet1" */
        if (sheet && !(p->paths && p->paths[i]) && g_str_has_suffix(path, sheet) &&
            cut > strlen(sheet) && path[cut - strlen(sheet) - 1] == ':')
            cut -= strlen(sheet) + 1;
        paths[i] = tj__auto_text_ok(path) ? g_strndup(path, cut) : g_strdup_printf("表%u", i + 1);
        sheets[i] = g_strdup(sheet);
        TjAutoShape s;
        if (tj_auto_recognise(tables[i], &s, explain) && tj__auto_text_ok(path)) {
            names[i] = source_name(path, sheet, used, i);
            comments[i] = data_comment(tables[i], &s);
            tj_auto_choose(&ch, tables[i], &s, names[i], sections, explain);
        }
        tj_auto_shape_clear(&s);
    }
    tj_auto_arrange(sections, p->max_single, explain);
    for (guint i = 0; i < n; i++) {                   /* nothing drawn: not declared */
        gboolean drawn = FALSE;
        for (guint k = 0; k < sections->len && !drawn; k++) {
            const TjAutoSection *sec = sections->pdata[k];
            for (guint b = 0; b < sec->blocks->len && !drawn; b++)
                drawn = ((const TjAutoBlock *)sec->blocks->pdata[b])->table == tables[i];
            for (guint b = 0; b < sec->left->len && !drawn; b++)
                drawn = ((const TjAutoBlock *)sec->left->pdata[b])->table == tables[i];
        }
        if (drawn)
            continue;
        g_clear_pointer(&names[i], g_free);
        g_free(comments[i]);
        comments[i] = g_strdup("未画出任何图块，未使用（tujie auto --explain 说明原因）");
    }
    char *spec = NULL;
    if (sections->len == 0)
        g_set_error(error, TJ_ERROR, TJ_ERROR_INPUT, "%s",
                    _("nothing to draw: no table has a column of names or years and a column "
                      "of numbers that can be drawn (tujie auto --explain says why)"));
    else
        spec = tj_auto_yaml_spec(p->title ? p->title : "数据图解", n, (const char *const *)names,
                                 (const char *const *)paths, (const char *const *)sheets,
                                 (const char *const *)comments, sections);
    g_strfreev(paths);
    for (guint i = 0; i < n; i++)
        g_free(sheets[i]);
    g_free(sheets);
    g_strfreev(comments);
    for (guint i = 0; i < n; i++)
        g_free(names[i]);
    g_free(names);
    g_hash_table_destroy(used);
    g_ptr_array_free(sections, TRUE);
    return spec;
}

gboolean
tj_auto_draft(const TjTable *const *tables, guint n, const TjAutoOptions *opts, char **spec,
              char **explanation, GError **error)
{
    g_return_val_if_fail(spec != NULL, FALSE);
    *spec = NULL;
    if (explanation)
        *explanation = NULL;
    if (n == 0 || !tables) {
        g_set_error(error, TJ_ERROR, TJ_ERROR_USAGE, "%s", _("no tables to draft a poster from"));
        return FALSE;
    }
    for (guint i = 0; i < n; i++)
        g_return_val_if_fail(tables[i] != NULL, FALSE);
    TjAutoParams p = { 0 };
    if (opts) {
        p.title = opts->title;
        p.paths = opts->data_paths;
        p.sheets = opts->data_sheets;
        p.max_single = opts->max_single;
    }
    if (p.title && !tj__auto_text_ok(p.title)) {
        g_set_error(error, TJ_ERROR, TJ_ERROR_USAGE, "%s",
                    _("the title must be one line of at most 1000 characters"));
        return FALSE;
    }
    TjDiagList *explain = tj_diag_list_new();
    *spec = tj_auto_draft_spec(tables, n, &p, explain, error);
    if (explanation) {
        GString *text = g_string_new(NULL);
        for (guint i = 0; i < tj_diag_list_n(explain); i++) {
            char *line = tj_diag_format(tj_diag_list_get(explain, i));
            g_string_append_printf(text, "%s\n", line);
            g_free(line);
        }
        *explanation = g_string_free(text, FALSE);
    }
    tj_diag_list_free(explain);
    return *spec != NULL;
}
