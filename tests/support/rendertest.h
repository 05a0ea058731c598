/* tests/support/rendertest.h — rendering a scene to a file as the library
 * does it (options resolved by api/output.c, SOURCE_DATE_EPOCH included),
 * with one font set for the whole test program, as the CLI has. */
#ifndef TJ_TESTS_RENDERTEST_H
#define TJ_TESTS_RENDERTEST_H

#include "render/render.h"
#include "tujie/tujie.h"

/* The program's fonts, made on first use; tjt_fonts_free() at its end. */
TjFonts *tjt_fonts(void);
void tjt_fonts_free(void);
/* @s to @path as @fmt with @o, warnings into @diags (may be NULL). */
gboolean tjt_render_file(const TjScene *s, TjFormat fmt, const char *path,
                         const TjOutputOptions *o, TjDiagList *diags, GError **err);
/* The same, failing the test on an error. */
void tjt_render_ok(const TjScene *s, TjFormat fmt, const char *path, const TjOutputOptions *o);

#endif
