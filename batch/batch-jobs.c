/* batch/batch-jobs.c — which jobs a batch has: every spec under a folder, or
 * the list a manifest gives (docs/batch.md). Every job's outputs and stamp
 * stay inside the output folder: a job's output name is relative, never
 * climbs out with "..", never names tujie's own files (.tujie*), and no two
 * jobs share one. */
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

/* @written as a name inside the output folder, "." and empty parts
 * dropped and each ".." taking back the part before it; NULL when it is
 * absolute, climbs above the folder, or names tujie's own files.
 * (transfer full) */
static char *
confined(const char *written)
{
    if (g_path_is_absolute(written))
        return NULL;
    char **parts = g_strsplit(written, "/", -1);
    GPtrArray *keep = g_ptr_array_new();
    gboolean ok = TRUE;
    for (char **p = parts; *p && ok; p++) {
        if (!**p || strcmp(*p, ".") == 0)
            continue;
        if (strcmp(*p, "..") != 0)
            g_ptr_array_add(keep, *p);
        else if (keep->len)
            g_ptr_array_remove_index(keep, keep->len - 1);
        else
            ok = FALSE;
    }
    ok = ok && keep->len && !g_str_has_prefix(keep->pdata[0], ".tujie");
    g_ptr_array_add(keep, NULL);
    char *name = ok ? g_strjoinv("/", (char **)keep->pdata) : NULL;
    g_ptr_array_free(keep, TRUE);
    g_strfreev(parts);
    return name;
}

/* @name without the extension of its last part. (transfer full) */
static char *
stem(const char *name)
{
    const char *slash = strrchr(name, '/');
    const char *dot = strrchr(slash ? slash + 1 : name, '.');
    return dot && dot > (slash ? slash + 1 : name) ? g_strndup(name, (gsize)(dot - name))
                                                    : g_strdup(name);
}

/* Adds a job writing OUTDIR/@out_rel.*; the name @out_rel of another job
 * is returned instead (transfer none), and nothing is added. */
static const char *
add_job(TjBatch *b, GHashTable *outs, const char *spec, const char *name, const char *out_rel)
{
    const char *other = g_hash_table_lookup(outs, out_rel);
    if (other)
        return other;
    TjBatchJob *j = g_new0(TjBatchJob, 1);
    j->spec = g_strdup(spec);
    j->name = g_strdup(name);
    j->out_rel = g_strdup(out_rel);
    j->out_base = g_build_filename(b->outdir, out_rel, NULL);
    g_ptr_array_add(b->jobs, j);
    g_hash_table_insert(outs, j->out_rel, j->name);
    return NULL;
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
    GPtrArray *found = g_ptr_array_new_with_free_func(g_free);
    GHashTable *outs = g_hash_table_new(g_str_hash, g_str_equal);
    walk(b, dir, NULL, found, 0);
    g_ptr_array_sort(found, cmp_str);
    gboolean ok = TRUE;
    for (guint i = 0; ok && i < found->len; i++) {
        char *spec = g_build_filename(dir, found->pdata[i], NULL);
        char *out = stem(found->pdata[i]);  /* walk() makes plain relative names */
        const char *other = add_job(b, outs, spec, found->pdata[i], out);
        if (other) {
            char *shown = g_build_filename(dir, other, NULL);
            g_set_error(error, TJ_ERROR, TJ_ERROR_INPUT,
                        _("%s and %s would write the same files (%s.*); rename one"), shown,
                        spec, out);
            g_free(shown);
            ok = FALSE;
        }
        g_free(out);
        g_free(spec);
    }
    g_hash_table_destroy(outs);
    g_ptr_array_free(found, TRUE);
    return ok;
}

/* The output name a manifest's job gives (its out:, else its spec path
 * without the extension), checked; NULL, recorded at its place, when it
 * would leave the output folder. (transfer full) */
static char *
job_out(const TjNode *item, const TjNode *spec, TjSpecErrors *errs)
{
    const TjNode *out = item->kind == TJ_SPEC_NODE_MAP ? tj_spec_node_get(item, "out") : NULL;
    if (out && (out->kind != TJ_SPEC_NODE_SCALAR || !*out->text)) {
        tj_spec_errors_add(errs, &out->loc, _("out: expected a file name inside the output folder"));
        return NULL;
    }
    const TjNode *named = out ? out : spec;
    char *name = confined(named->text);
    if (!name) {
        if (out)
            tj_spec_errors_add(errs, &out->loc,
                               _("out: “%s” would write outside the output folder; expected "
                                 "a relative name that stays inside it and does not start "
                                 "with .tujie"), out->text);
        else
            tj_spec_errors_add(errs, &spec->loc,
                               _("job “%s” would write outside the output folder; give it "
                                 "out: NAME, a name inside the output folder (docs/batch.md)"),
                               spec->text);
        return NULL;
    }
    char *r = out && !(g_str_has_suffix(name, ".png") || g_str_has_suffix(name, ".svg") ||
                       g_str_has_suffix(name, ".pdf"))
                  ? g_strdup(name) : stem(name);
    g_free(name);
    return r;
}

static void
read_jobs(TjBatch *b, const TjNode *list, const char *dir, TjSpecErrors *errs)
{
    GHashTable *outs = g_hash_table_new(g_str_hash, g_str_equal);
    GHashTable *where = g_hash_table_new(g_str_hash, g_str_equal);  /* name → its TjNode */
    for (guint i = 0; i < list->n; i++) {
        const TjNode *item = list->items[i];
        const TjNode *spec = item->kind == TJ_SPEC_NODE_MAP ? tj_spec_node_get(item, "spec") : item;
        if (item->kind == TJ_SPEC_NODE_MAP) {
            static const char *const jkeys[] = { "spec", "out", NULL };
            tj_spec_check_keys(item, jkeys, _("a job"), errs);
        }
        if (!spec || spec->kind != TJ_SPEC_NODE_SCALAR || !*spec->text) {
            tj_spec_errors_add(errs, &item->loc, _("job: expected the path of a spec file"));
            continue;
        }
        char *out = job_out(item, spec, errs);
        if (!out)
            continue;
        char *full = g_path_is_absolute(spec->text) ? g_strdup(spec->text)
                                                     : g_build_filename(dir, spec->text, NULL);
        const char *other = add_job(b, outs, full, spec->text, out);
        if (other) {
            const TjNode *first = g_hash_table_lookup(where, other);
            tj_spec_errors_add(errs, &item->loc,
                               _("job “%s” would write the same files (%s.*) as “%s” at "
                                 "line %u; give one of them out: NAME"),
                               spec->text, out, other, first->loc.line);
        } else {
            g_hash_table_insert(where, (gpointer)spec->text, (gpointer)item);
        }
        g_free(full);
        g_free(out);
    }
    g_hash_table_destroy(where);
    g_hash_table_destroy(outs);
}

/* A manifest: `[a.yaml, b/c.yaml]` or `jobs: [a.yaml, {spec: b.yaml,
 * out: NAME}]`, paths relative to the manifest's folder. */
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
        read_jobs(b, list, dir, errs);
        g_free(dir);
    }
    gboolean ok = tj_spec_errors_finish(errs, error);
    tj_spec_errors_free(errs);
    tj_spec_node_free(root);
    return ok;
}
