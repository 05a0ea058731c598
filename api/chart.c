/* api/chart.c — what every entry point shares: descriptions and the fonts
 * a context keeps across calls (warnings: api/output.c). */
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

/* ---- contexts ------------------------------------------------------------ */

struct TjContext {
    TjFonts *fonts;
    gint busy;            /* a call is using it (a context is one call's at a time) */
};

TjContext *
tj_context_new(const char *fonts_conf, GError **error)
{
    TjFonts *fonts = tj_fonts_new(fonts_conf, error);
    if (!fonts)
        return NULL;
    TjContext *ctx = g_new0(TjContext, 1);
    ctx->fonts = fonts;
    return ctx;
}

void
tj_context_free(TjContext *ctx)
{
    if (!ctx)
        return;
    g_return_if_fail(!g_atomic_int_get(&ctx->busy));
    tj_fonts_free(ctx->fonts);
    g_free(ctx);
}

TjFonts *
tj__api_fonts_take(const TjOutputOptions *out, GError **error)
{
    TjContext *ctx = out ? out->context : NULL;
    if (!ctx)
        return tj_fonts_new(out ? out->fonts_conf : NULL, error);
    if (!g_atomic_int_compare_and_exchange(&ctx->busy, 0, 1)) {
        g_set_error(error, TJ_ERROR, TJ_ERROR_USAGE,
                    _("a TjContext is used by another call: give each thread its own"));
        return NULL;
    }
    return ctx->fonts;
}

void
tj__api_fonts_give(const TjOutputOptions *out, TjFonts *fonts)
{
    if (!fonts)
        return;
    TjContext *ctx = out ? out->context : NULL;
    if (ctx && ctx->fonts == fonts) {
        tj_fonts_set_family(fonts, NULL, NULL);  /* a spec's theme font ends with it */
        g_atomic_int_set(&ctx->busy, 0);
        return;
    }
    tj_fonts_free(fonts);
}
