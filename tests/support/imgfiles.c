/* tests/support/imgfiles.c — files, outside tools and memory for the image
 * tests: fresh output folders, byte comparison, running pngcheck/xmllint/
 * poppler, and the peak RSS of a render. */
#include "support/imgfiles.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gstdio.h>
#include "support/tjtest.h"

/* A fresh empty folder under tests/out; (transfer full) g_free(). */
char *
tjt_out_dir(const char *name)
{
    char *dir = tjt_out_path(name);
    if (g_file_test(dir, G_FILE_TEST_IS_DIR)) {
        GDir *d = g_dir_open(dir, 0, NULL);
        const char *f;
        while (d && (f = g_dir_read_name(d))) {
            char *p = g_build_filename(dir, f, NULL);
            g_unlink(p);
            g_free(p);
        }
        if (d)
            g_dir_close(d);
    }
    g_mkdir_with_parents(dir, 0755);
    return dir;
}

guint
tjt_count_files(const char *dir)
{
    guint n = 0;
    GDir *d = g_dir_open(dir, 0, NULL);
    if (!d)
        return 0;
    while (g_dir_read_name(d))
        n++;
    g_dir_close(d);
    return n;
}

/* Runs a tool; NULL (and the test skipped) when it is not installed. */
char *
tjt_run_tool(const char *const *argv, int *status)
{
    char *prog = g_find_program_in_path(argv[0]);
    if (!prog) {
        g_test_skip(argv[0]);
        return NULL;
    }
    g_free(prog);
    char *out = NULL, *err = NULL;
    GError *e = NULL;
    g_assert_true(g_spawn_sync(NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH, NULL,
                               NULL, &out, &err, status, &e));
    g_assert_no_error(e);
    if (err && *err)
        g_test_message("%s: %s", argv[0], err);
    g_free(err);
    return out;
}

gboolean
tjt_same_file(const char *a, const char *b)
{
    gsize la, lb;
    char *x = tjt_read(a, &la), *y = tjt_read(b, &lb);
    gboolean same = la == lb && memcmp(x, y, la) == 0;
    g_free(x);
    g_free(y);
    return same;
}

/* Peak RSS in KiB (VmHWM); with @reset, restarts the peak from the current
 * RSS first (Linux: /proc/self/clear_refs), so the next reading is the
 * peak of what ran in between. */
long
tjt_peak_rss_kib(gboolean reset)
{
    FILE *fp = reset ? fopen("/proc/self/clear_refs", "w") : NULL;
    if (fp) {
        fputs("5", fp);
        fclose(fp);
    }
    char *status = NULL;
    long kib = -1;
    if (g_file_get_contents("/proc/self/status", &status, NULL, NULL)) {
        const char *hwm = strstr(status, "VmHWM:");
        if (hwm)
            kib = strtol(hwm + 6, NULL, 10);
    }
    g_free(status);
    return kib;
}

