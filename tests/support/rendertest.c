/* tests/support/rendertest.c — see rendertest.h. */
#include "support/rendertest.h"

#include "api/output.h"

static TjFonts *fonts;

TjFonts *
tjt_fonts(void)
{
    if (!fonts) {
        GError *err = NULL;
        fonts = tj_fonts_new(NULL, &err);
        g_assert_no_error(err);
    }
    return fonts;
}

void
tjt_fonts_free(void)
{
    g_clear_pointer(&fonts, tj_fonts_free);
}

gboolean
tjt_render_file(const TjScene *s, TjFormat fmt, const char *path, const TjOutputOptions *o,
                TjDiagList *diags, GError **err)
{
    TjRenderOptions ro;
    return tj__api_render_options(o, diags, &ro, err) &&
           tj_render_file(s, tjt_fonts(), tj__api_render_format(fmt), path, &ro, err);
}

void
tjt_render_ok(const TjScene *s, TjFormat fmt, const char *path, const TjOutputOptions *o)
{
    GError *err = NULL;
    gboolean ok = tjt_render_file(s, fmt, path, o, NULL, &err);
    g_assert_no_error(err);
    g_assert_true(ok);
}
