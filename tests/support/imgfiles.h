/* tests/support/imgfiles.h — files, outside tools and memory for the image
 * tests. */
#ifndef TJ_TESTS_IMGFILES_H
#define TJ_TESTS_IMGFILES_H

#include <glib.h>

/* A fresh empty folder tests/out/NAME. (transfer full) g_free(). */
char *tjt_out_dir(const char *name);
/* Entries in @dir (0 when it cannot be read). */
guint tjt_count_files(const char *dir);
/* TRUE when the two files have the same bytes. */
gboolean tjt_same_file(const char *a, const char *b);
/* Runs @argv (searched in PATH) and returns its stdout, with its exit
 * status in @status; NULL (and the test marked skipped) when the tool is
 * not installed. (transfer full) g_free(). */
char *tjt_run_tool(const char *const *argv, int *status);
/* Peak RSS in KiB (VmHWM); with @reset the peak restarts from the current
 * RSS first (Linux /proc/self/clear_refs). -1 when unknown. */
long tjt_peak_rss_kib(gboolean reset);

#endif
