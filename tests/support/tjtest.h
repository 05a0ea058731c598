/* tests/support/tjtest.h — helpers shared by the GTest programs. */
#ifndef TJ_TESTS_TJTEST_H
#define TJ_TESTS_TJTEST_H

#include <glib.h>

/* Path of a file under the source tree (TJ_SRCDIR, else "."):
 * (transfer full) g_free(). */
char *tjt_src_path(const char *rel);
/* Path under tests/out/ (created). (transfer full) g_free(). */
char *tjt_out_path(const char *name);
/* Compares @text with the golden file @rel (under the source tree); with
 * TJ_UPDATE_GOLDEN=1 rewrites it instead. Fails the test with a diff hint. */
void tjt_assert_golden(const char *rel, const char *text);
/* Reads a whole file or fails the test. (transfer full) g_free(). */
char *tjt_read(const char *path, gsize *len);

#endif
