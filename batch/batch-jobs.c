/* batch/batch-jobs.c — which jobs a batch has: every spec under a folder, or
 * the list a manifest gives (docs/batch.md). */
#include "batch/batch-private.h"
#include "core/i18n.h"
#include "spec/spec.h"

#include <string.h>

static gboolean
is_spec_name(const char *name)
{
    return g_str_has_suffix(name, ".yaml") || g_str_has_suffix(name, ".yml") ||
           g_str_has_suffix(name, ".json");
}

static void
add_job(TjBatch *b, const char *spec, const char *name)
{
    TjBatchJob *j = g_new0(TjBatchJob, 1);
    j->spec = g_strdup(spec);
    j->name = g_strdup(name);
    const char *dot = strrchr(name, '.');
    char *stem = dot ? g_strndup(name, (gsize)(dot - name)) : g_strdup(name);
    j->out_base = g_build_filename(b->outdir, stem, NULL);
    g_free(stem);
    g_ptr_array_add(b->jobs, j);
}

static int
cmp_str(gconstpointer a, gconstpointer b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Relative paths of the specs under @dir (recursive, hidden entries and
 * the output folder skipped), sorted. */
static void
walk(TjBatch *b, const char *root, const char *rel, GPtrArray *found, int depth)
{
    char *path = rel ? g_build_filename(root, rel, NULL) : g_strdup(root);
    GDir *d = depth < 16 ? g_dir_open(path, 0, NULL) : NULL;
    const char *name;
    while (d && (name = g_dir_read_name(d))) {
        if (name[0] == '.')
            continue;
        char *child_rel = rel ? g_build_filename(rel, name, NULL) : g_strdup(name);
        char *child = g_build_filename(root, child_rel, NULL);
        char *canon_child = g_canonicalize_filename(child, NULL);
        char *canon_out = g_canonicalize_filename(b->outdir, NULL);
        if (strcmp(canon_child, canon_out) == 0) {
            /* the output folder inside the input: not input */
        } else if (g_file_test(child, G_FILE_TEST_IS_DIR)) {
            walk(b, root, child_rel, found, depth + 1);
        } else if (is_spec_name(name)) {
            g_ptr_array_add(found, g_strdup(child_rel));
        }
        g_free(canon_child);
        g_free(canon_out);
        g_free(child);
        g_free(child_rel);
    }
    if (d)
        g_dir_close(d);
    g_free(path);
}

gboolean
tj__batch_scan_dir(TjBatch *b, const char *dir, GError **error)
{
    (void)error;
    GPtrArray *found = g_ptr_array_new_with_free_func(g_free);
    walk(b, dir, NULL, found, 0);
    g_ptr_array_sort(found, cmp_str);
    for (guint i = 0; i < found->len; i++) {
        char *spec = g_build_filename(dir, found->pdata[i], NULL);
        add_job(b, spec, found->pdata[i]);
        g_free(spec);
    }
    g_ptr_array_free(found, TRUE);
    return TRUE;
}

/* A manifest: `[a.yaml, b/c.yaml]` or `jobs: [a.yaml, {spec: b.yaml}]`,
 * paths relative to the manifest's folder. */
gboolean
tj__batch_read_manifest(TjBatch *b, const char *path, GError **error)
{
    TjNode *root = tj_spec_node_load(path, error);
    if (!root)
        return FALSE;
    TjSpecErrors *errs = tj_spec_errors_new();
    const TjNode *list = root;
    if (root->kind == TJ_SPEC_NODE_MAP) {
        static const char *const keys[] = { "jobs", NULL };
        tj_spec_check_keys(root, keys, _("the manifest"), errs);
        list = tj_spec_node_get(root, "jobs");
    }
    if (!list || list->kind != TJ_SPEC_NODE_SEQ) {
        tj_spec_errors_add(errs, list ? &list->loc : &root->loc,
                           _("manifest: expected a list of spec files (or jobs: [...])"));
    } else {
        char *dir = g_path_get_dirname(path);
        for (guint i = 0; i < list->n; i++) {
            const TjNode *item = list->items[i];
            const TjNode *spec = item->kind == TJ_SPEC_NODE_MAP ? tj_spec_node_get(item, "spec") : item;
            if (item->kind == TJ_SPEC_NODE_MAP) {
                static const char *const jkeys[] = { "spec", NULL };
                tj_spec_check_keys(item, jkeys, _("a job"), errs);
            }
            if (!spec || spec->kind != TJ_SPEC_NODE_SCALAR || !*spec->text) {
                tj_spec_errors_add(errs, &item->loc, _("job: expected the path of a spec file"));
                continue;
            }
            char *full = g_path_is_absolute(spec->text) ? g_strdup(spec->text)
                                                         : g_build_filename(dir, spec->text, NULL);
            add_job(b, full, spec->text);
            g_free(full);
        }
        g_free(dir);
    }
    gboolean ok = tj_spec_errors_finish(errs, error);
    tj_spec_errors_free(errs);
    tj_spec_node_free(root);
    return ok;
}
