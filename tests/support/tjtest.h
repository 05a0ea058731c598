/* tests/support/tjtest.h — helpers shared by the GTest programs. */
#ifndef TJ_TESTS_TJTEST_H
#define TJ_TESTS_TJTEST_H

#include <glib.h>
#include "tujie/tujie.h"

/* Path of a file under the source tree (TJ_SRCDIR, else "."):
 * (transfer full) g_free(). */
char *tjt_src_path(const char *rel);
/* Path under tests/out/ (created). (transfer full) g_free(). */
char *tjt_out_path(const char *name);
/* Compares @text with the golden file @rel (under the source tree); with
 * TJ_UPDATE_GOLDEN=1 rewrites it instead. Fails the test with a diff hint. */
void tjt_assert_golden(const char *rel, const char *text);
/* @head, @n copies of @unit, then @tail. (transfer full) g_free(). */
char *tjt_repeat(const char *head, const char *unit, guint n, const char *tail);
/* Reads a whole file or fails the test. (transfer full) g_free(). */
char *tjt_read(const char *path, gsize *len);

/* A spec file in one call, through a TjDoc (the public way). */
gboolean tjt_render_spec(const char *spec, TjFormat fmt, const char *path,
                         const TjOutputOptions *out, GError **error);
gboolean tjt_render_spec_files(const char *spec, guint n, const TjFormat *fmts,
                               const char *const *paths, const TjOutputOptions *out,
                               GError **error);
gboolean tjt_check_spec(const char *spec, const TjOutputOptions *out, GError **error);
gboolean tjt_spec_render_bytes(const char *spec, TjFormat fmt, const TjOutputOptions *out,
                               GBytes **bytes, GError **error);
gboolean tjt_spec_size(const char *spec, const TjOutputOptions *out, double *w, double *h,
                       GError **error);

#endif
