/* tests/support/tjtest.c — paths, goldens and file reading for tests. */
#include "support/tjtest.h"

#include <glib/gstdio.h>
#include <locale.h>

char *
tjt_src_path(const char *rel)
{
    const char *root = g_getenv("TJ_SRCDIR");
    return g_build_filename(root ? root : ".", rel, NULL);
}

char *
tjt_out_path(const char *name)
{
    /* tests/out/PROGRAM/: programs run side by side (tests/run.sh) */
    const char *prog = g_get_prgname();
    char *base = g_path_get_basename(prog ? prog : "test");
    char *rel = g_build_filename("tests/out", base, NULL);
    char *dir = tjt_src_path(rel);
    g_free(rel);
    g_free(base);
    g_mkdir_with_parents(dir, 0755);
    char *p = g_build_filename(dir, name, NULL);
    g_free(dir);
    return p;
}

char *
tjt_read(const char *path, gsize *len)
{
    char *text = NULL;
    GError *err = NULL;
    if (!g_file_get_contents(path, &text, len, &err))
        g_error("cannot read %s: %s", path, err->message);
    return text;
}

void
tjt_assert_golden(const char *rel, const char *text)
{
    char *path = tjt_src_path(rel);
    if (g_strcmp0(g_getenv("TJ_UPDATE_GOLDEN"), "1") == 0) {
        char *dir = g_path_get_dirname(path);
        g_mkdir_with_parents(dir, 0755);
        g_free(dir);
        g_assert_true(g_file_set_contents(path, text, -1, NULL));
        g_free(path);
        return;
    }
    char *want = NULL;
    if (!g_file_get_contents(path, &want, NULL, NULL)) {
        g_test_message("golden %s missing; run TJ_UPDATE_GOLDEN=1 make test", rel);
        g_test_fail();
        g_free(path);
        return;
    }
    if (g_strcmp0(want, text) != 0) {
        char *base = g_path_get_basename(rel);
        char *out = tjt_out_path(base);
        g_file_set_contents(out, text, -1, NULL);
        g_test_message("scene differs from golden %s; got %s (diff -u them)", rel, out);
        g_test_fail();
        g_free(out);
        g_free(base);
    }
    g_free(want);
    g_free(path);
}

/* Messages with Chinese text print as text, not "???": the tests run under
 * LC_ALL=C.UTF-8 and GLib converts to the locale's charset. */
__attribute__((constructor)) static void
tjt_locale(void)
{
    setlocale(LC_ALL, "");
}

/* ---- a spec file in one call (through a TjDoc) ---------------------------- */

gboolean
tjt_render_spec(const char *spec, TjFormat fmt, const char *path, const TjOutputOptions *out,
                GError **error)
{
    return tjt_render_spec_files(spec, 1, &fmt, &path, out, error);
}

gboolean
tjt_render_spec_files(const char *spec, guint n, const TjFormat *fmts, const char *const *paths,
                      const TjOutputOptions *out, GError **error)
{
    TjDoc *doc = tj_doc_load(spec, error);
    gboolean ok = doc && tj_doc_render_files(doc, n, fmts, paths, out, error);
    tj_doc_free(doc);
    return ok;
}

gboolean
tjt_check_spec(const char *spec, const TjOutputOptions *out, GError **error)
{
    TjDoc *doc = tj_doc_load(spec, error);
    gboolean ok = doc && tj_doc_check(doc, out, error);
    tj_doc_free(doc);
    return ok;
}

gboolean
tjt_spec_render_bytes(const char *spec, TjFormat fmt, const TjOutputOptions *out,
                      GBytes **bytes, GError **error)
{
    TjDoc *doc = tj_doc_load(spec, error);
    gboolean ok = doc && tj_doc_render_bytes(doc, fmt, out, bytes, error);
    tj_doc_free(doc);
    return ok;
}

gboolean
tjt_spec_size(const char *spec, const TjOutputOptions *out, double *w, double *h,
              GError **error)
{
    TjDoc *doc = tj_doc_load(spec, error);
    gboolean ok = doc && tj_doc_size(doc, out, w, h, error);
    tj_doc_free(doc);
    return ok;
}

char *
tjt_repeat(const char *head, const char *unit, guint n, const char *tail)
{
    GString *s = g_string_new(head);
    for (guint i = 0; i < n; i++)
        g_string_append(s, unit);
    g_string_append(s, tail);
    return g_string_free(s, FALSE);
}
