/* api/chart.c — what every entry point shares: descriptions and the fonts
 * kept per thread (warnings: api/output.c). */
#include "api/api-private.h"

#include <string.h>

#include "layouts/alt.h"
#include "core/i18n.h"

void
tj__api_describe(TjScene *s, char *generated, const TjOutputOptions *out)
{
    const char *given = out && out->alt_text && *out->alt_text ? out->alt_text : NULL;
    tj_alt_describe(s, 0, given ? given : generated);
    g_free(generated);
}

/* Freed with the thread; NULL when the thread has none kept. */
static GPrivate kept = G_PRIVATE_INIT((GDestroyNotify)tj_fonts_free);

/* The configuration tj_fonts_new() would use for @out. */
static const char *
conf_of(const TjOutputOptions *out)
{
    const char *conf = out && out->fonts_conf ? out->fonts_conf : g_getenv("TJ_FONTS_CONF");
    return conf && *conf ? conf : NULL;
}

TjFonts *
tj__api_fonts_take(const TjOutputOptions *out, GError **error)
{
    TjFonts *fonts = g_private_get(&kept);
    g_private_set(&kept, NULL);
    if (fonts && g_strcmp0(tj_fonts_config_file(fonts), conf_of(out)) == 0)
        return fonts;
    tj_fonts_free(fonts);
    return tj_fonts_new(out ? out->fonts_conf : NULL, error);
}

void
tj__api_fonts_give(TjFonts *fonts)
{
    if (!fonts)
        return;
    tj_fonts_set_family(fonts, NULL, NULL);  /* a spec's theme font ends with it */
    TjFonts *old = g_private_get(&kept);
    g_private_set(&kept, fonts);
    tj_fonts_free(old);
}

