/* tests/support/rendertest.c — see rendertest.h. */
#include "support/rendertest.h"

#include "api/output.h"

gboolean
tjt_render_file(TjFonts *fonts, const TjScene *s, TjFormat fmt, const char *path,
                const TjOutputOptions *o, TjDiagList *diags, GError **err)
{
    TjRenderOptions ro;
    return tj__api_render_options(o, diags, &ro, err) &&
           tj_render_file(s, fonts, tj__api_render_format(fmt), path, &ro, err);
}

void
tjt_render_ok(TjFonts *fonts, const TjScene *s, TjFormat fmt, const char *path,
              const TjOutputOptions *o)
{
    GError *err = NULL;
    gboolean ok = tjt_render_file(fonts, s, fmt, path, o, NULL, &err);
    g_assert_no_error(err);
    g_assert_true(ok);
}
