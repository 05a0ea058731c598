/* tests/support/rendertest.h — rendering a scene to a file as the library
 * does it (options resolved by api/output.c, SOURCE_DATE_EPOCH included),
 * for the render/ tests. */
#ifndef TJ_TESTS_RENDERTEST_H
#define TJ_TESTS_RENDERTEST_H

#include "render/render.h"
#include "tujie/tujie.h"

/* @s to @path as @fmt with @o, warnings into @diags (may be NULL). */
gboolean tjt_render_file(TjFonts *fonts, const TjScene *s, TjFormat fmt, const char *path,
                         const TjOutputOptions *o, TjDiagList *diags, GError **err);
/* The same, failing the test on an error. */
void tjt_render_ok(TjFonts *fonts, const TjScene *s, TjFormat fmt, const char *path,
                   const TjOutputOptions *o);

#endif
