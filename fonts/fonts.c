/* fonts/fonts.c — font set-up, the one layout builder, measuring with a
 * cache, and missing-glyph (tofu) detection.
 * Invariants: every layout comes from tj_fonts_layout() on the one context
 * (language zh-cn, LTR, hint metrics off, no hinting, unrounded glyph
 * positions), so a width measured here is the width drawn by render/ at
 * any scale. Measuring resets the context's matrix that drawing may have
 * set (pango_cairo_update_layout), so measures never see a device
 * transform. */
#include "fonts/fonts.h"

#include <string.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>
#include "core/error.h"
#include "fonts/fonts-private.h"
#include "core/i18n.h"

#define CACHE_MAX 8192  /* entries; the cache is emptied when it is full */

/* A measured string; the key and the value of the cache in one block. */
typedef struct {
    double size;
    gboolean bold;
    const char *text;  /* points at the bytes after the struct */
    TjTextExtents ext;
} CacheEntry;

struct TjFonts {
    char *conf_path;       /* NULL: the system configuration */
    FcConfig *config;      /* our reference when private, else NULL */
    guint worker;          /* a batch's worker number (0: not one, or the first) */
    PangoFontMap *map;     /* the full chain; made when first needed */
    PangoContext *ctx;
    PangoFontMap *own_map; /* tujie's own two files only; NULL without them */
    PangoContext *own_ctx;
    PangoFontMap *pdf_map; /* their TrueType copies; made by the first PDF */
    PangoContext *pdf_ctx;
    gboolean pdf;          /* laying out for a PDF: pdf_ctx for the own faces */
    PangoFontDescription *desc[2];  /* the chain, regular and bold */
    char *family;          /* a theme's families before the chain; NULL none */
    GHashTable *cache;     /* CacheEntry set */
    guint32 *drawable;     /* BMP code points a tofu check found drawable
                            * with the current families, a bit each; NULL none */
    guint n_shaped;
    TjMeasurer measurer;
};

static guint
entry_hash(gconstpointer p)
{
    const CacheEntry *e = p;
    guint64 bits;
    memcpy(&bits, &e->size, sizeof bits);
    return g_str_hash(e->text) ^ (guint)(bits ^ (bits >> 32)) ^ (guint)e->bold;
}

static gboolean
entry_equal(gconstpointer a, gconstpointer b)
{
    const CacheEntry *x = a, *y = b;
    return x->size == y->size && x->bold == y->bold &&
           strcmp(x->text, y->text) == 0;
}

/* Language, direction and the font options that keep metrics linear. */
static void
setup_context(PangoContext *ctx)
{
    pango_context_set_language(ctx, pango_language_from_string("zh-cn"));
    pango_context_set_base_dir(ctx, PANGO_DIRECTION_LTR);
    pango_context_set_round_glyph_positions(ctx, FALSE);
    cairo_font_options_t *fo = cairo_font_options_create();
    cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_antialias(fo, CAIRO_ANTIALIAS_GRAY);
    pango_cairo_context_set_font_options(ctx, fo);
    cairo_font_options_destroy(fo);
}

static void fonts_measure(const TjMeasurer *self, const char *text,
                          const TjFontStyle *font, TjTextExtents *out);

/* A pango font map on @config (NULL: the default configuration) and a
 * context set up on it. FALSE when pango does not use fontconfig. */
static gboolean
new_map(FcConfig *config, PangoFontMap **map, PangoContext **ctx)
{
    *map = pango_cairo_font_map_new();
    if (!PANGO_IS_FC_FONT_MAP(*map)) {
        g_clear_object(map);
        return FALSE;
    }
    if (config)
        pango_fc_font_map_set_config(PANGO_FC_FONT_MAP(*map), config);
    *ctx = pango_font_map_create_context(*map);
    setup_context(*ctx);
    return TRUE;
}

/* The full chain's map and context, made on first use: the configuration
 * file (or the system's) is loaded only when text needs it. */
static gboolean
full_chain(TjFonts *fonts, GError **error)
{
    if (fonts->map)
        return TRUE;
    const char *conf = fonts->conf_path;
    if (conf && !(fonts->config = tj__fonts_shared_config(conf, error)))
        return FALSE;
    if (!conf)
        fonts->config = tj__fonts_default_config();
    if (!new_map(fonts->config, &fonts->map, &fonts->ctx)) {
        g_set_error(error, TJ_ERROR, TJ_ERROR_FONT,
                    _("pango does not use fontconfig here (PANGOCAIRO_BACKEND?)"));
        return FALSE;
    }
    return TRUE;
}

TjFonts *
tj_fonts_new(const char *fonts_conf, GError **error)
{
    return tj_fonts_new_for_worker(fonts_conf, 0, error);
}

TjFonts *
tj_fonts_new_for_worker(const char *fonts_conf, guint worker, GError **error)
{
    const char *conf = fonts_conf ? fonts_conf : g_getenv("TJ_FONTS_CONF");
    if (conf && !*conf)
        conf = NULL;

    TjFonts *fonts = g_new0(TjFonts, 1);
    fonts->conf_path = g_strdup(conf);
    fonts->worker = worker;
    const OwnFonts *own = tj__fonts_own();
    /* a named configuration is checked now, so its errors are reported here */
    if ((!own || conf) && !full_chain(fonts, error)) {
        tj_fonts_free(fonts);
        return NULL;
    }
    FcConfig *mine = tj__fonts_config_for_worker(own, worker);
    if (own && !new_map(mine ? mine : own->config, &fonts->own_map, &fonts->own_ctx)) {
        g_set_error(error, TJ_ERROR, TJ_ERROR_FONT,
                    _("pango does not use fontconfig here (PANGOCAIRO_BACKEND?)"));
        tj_fonts_free(fonts);
        return NULL;
    }
    for (int bold = 0; bold <= 1; bold++) {
        PangoFontDescription *desc = pango_font_description_new();
        pango_font_description_set_family_static(desc, TJ_FONTS_FAMILIES);
        pango_font_description_set_weight(desc, bold ? PANGO_WEIGHT_BOLD
                                                     : PANGO_WEIGHT_NORMAL);
        fonts->desc[bold] = desc;
    }
    fonts->cache = g_hash_table_new_full(entry_hash, entry_equal, g_free, NULL);
    fonts->measurer.measure = fonts_measure;
    fonts->measurer.data = fonts;
    return fonts;
}

void
tj_fonts_free(TjFonts *fonts)
{
    if (!fonts)
        return;
    if (fonts->cache)
        g_hash_table_destroy(fonts->cache);
    g_free(fonts->family);
    g_free(fonts->drawable);
    for (int bold = 0; bold <= 1; bold++)
        if (fonts->desc[bold])
            pango_font_description_free(fonts->desc[bold]);
    g_clear_object(&fonts->own_ctx);
    g_clear_object(&fonts->own_map);
    g_clear_object(&fonts->pdf_ctx);
    g_clear_object(&fonts->pdf_map);
    g_clear_object(&fonts->ctx);
    g_clear_object(&fonts->map);
    if (fonts->config)
        FcConfigDestroy(fonts->config);
    g_free(fonts->conf_path);
    g_free(fonts);
}

const char *
tj_fonts_family(const TjFonts *fonts)
{
    g_return_val_if_fail(fonts != NULL, NULL);
    return fonts->family;
}

const TjMeasurer *
tj_fonts_measurer(TjFonts *fonts)
{
    g_return_val_if_fail(fonts != NULL, NULL);
    return &fonts->measurer;
}

const char *
tj_fonts_config_file(const TjFonts *fonts)
{
    return fonts->conf_path;
}

guint
tj_fonts_n_shaped(const TjFonts *fonts)
{
    return fonts->n_shaped;
}

FcConfig *
tj__fonts_fc_config(TjFonts *fonts)
{
    if (!full_chain(fonts, NULL))
        return FcConfigGetCurrent();
    return fonts->config ? fonts->config : FcConfigGetCurrent();
}

/* The context that lays out @text (valid UTF-8): the own faces' when they
 * cover it (and no theme names other families), else the full chain's. */
static PangoContext *
context_for(TjFonts *fonts, const char *text)
{
    const OwnFonts *own = tj__fonts_own();
    if (fonts->own_ctx && !fonts->family && tj__fonts_own_covers(own, text))
        return fonts->pdf && fonts->pdf_ctx ? fonts->pdf_ctx : fonts->own_ctx;
    if (!full_chain(fonts, NULL))
        return fonts->own_ctx;  /* the configuration broke since: no fallback */
    return fonts->ctx;
}

void
tj_fonts_set_pdf(TjFonts *fonts, gboolean pdf)
{
    g_return_if_fail(fonts != NULL);
    fonts->pdf = pdf;
    const OwnFonts *copy = pdf && !fonts->pdf_ctx ? tj__fonts_own_pdf() : NULL;
    if (!copy)
        return;
    FcConfig *mine = tj__fonts_config_for_worker(copy, fonts->worker);
    if (!new_map(mine ? mine : copy->config, &fonts->pdf_map, &fonts->pdf_ctx)) {
        g_clear_object(&fonts->pdf_ctx);  /* the CFF faces, then */
        g_clear_object(&fonts->pdf_map);
    }
}

/* TRUE when the full chain's configuration has a family named @name. */
static gboolean
family_installed(TjFonts *fonts, const char *name)
{
    PangoFontFamily **families = NULL;
    int n = 0;
    pango_font_map_list_families(fonts->map, &families, &n);
    gboolean found = FALSE;
    for (int i = 0; i < n && !found; i++)
        found = g_ascii_strcasecmp(pango_font_family_get_name(families[i]), name) == 0;
    g_free(families);
    return found;
}

gboolean
tj_fonts_set_family(TjFonts *fonts, const char *family, GError **error)
{
    g_return_val_if_fail(fonts != NULL, FALSE);
    if (family && !*family)
        family = NULL;
    if (g_strcmp0(family, fonts->family) == 0)
        return TRUE;
    if (family) {
        if (!full_chain(fonts, error))
            return FALSE;
        char **names = g_strsplit(family, ",", -1);
        for (char **n = names; *n; n++) {
            char *name = g_strstrip(*n);
            if (*name && !family_installed(fonts, name)) {
                g_set_error(error, TJ_ERROR, TJ_ERROR_FONT,
                            _("font family “%s” is not installed (fc-list : family lists those "
                              "that are)"), name);
                g_strfreev(names);
                return FALSE;
            }
        }
        g_strfreev(names);
    }
    g_free(fonts->family);
    fonts->family = g_strdup(family);
    char *chain = family ? g_strconcat(family, ",", TJ_FONTS_FAMILIES, NULL)
                         : g_strdup(TJ_FONTS_FAMILIES);
    for (int bold = 0; bold <= 1; bold++)
        pango_font_description_set_family(fonts->desc[bold], chain);
    g_free(chain);
    g_hash_table_remove_all(fonts->cache);  /* measured with other faces */
    g_clear_pointer(&fonts->drawable, g_free);
    return TRUE;
}

PangoLayout *
tj_fonts_layout(TjFonts *fonts, const char *text, const TjFontStyle *font)
{
    g_return_val_if_fail(fonts != NULL && font != NULL, NULL);
    if (!text)
        text = "";
    char *valid = g_utf8_validate(text, -1, NULL) ? NULL : g_utf8_make_valid(text, -1);
    if (valid)
        text = valid;
    /* a base letter with combining marks (Be\u030Cijing) is composed
     * (Běijīng) so the fallback picks one font for it and the marks sit
     * where that font puts them; text without marks is left as it is
     * (NFC would also change CJK compatibility ideographs) */
    char *nfc = NULL;
    for (const char *p = text; *p; p = g_utf8_next_char(p))
        if (g_unichar_combining_class(g_utf8_get_char(p)) > 0) {
            nfc = g_utf8_normalize(text, -1, G_NORMALIZE_DEFAULT_COMPOSE);
            break;
        }
    if (nfc)
        text = nfc;
    PangoLayout *layout = pango_layout_new(context_for(fonts, text));
    PangoFontDescription *desc = fonts->desc[font->bold != FALSE];
    pango_font_description_set_absolute_size(desc, font->size * PANGO_SCALE);
    pango_layout_set_font_description(layout, desc);
    pango_layout_set_text(layout, text, -1);
    g_free(nfc);
    g_free(valid);
    return layout;
}

void
tj_fonts_layout_extents(PangoLayout *layout, TjTextExtents *out)
{
    PangoRectangle logical;
    pango_layout_get_extents(layout, NULL, &logical);
    out->width = logical.width / (double)PANGO_SCALE;
    out->height = logical.height / (double)PANGO_SCALE;
    out->ascent = pango_layout_get_baseline(layout) / (double)PANGO_SCALE;
}

static void
fonts_measure(const TjMeasurer *self, const char *text, const TjFontStyle *font,
              TjTextExtents *out)
{
    TjFonts *fonts = self->data;
    CacheEntry probe = { font->size, font->bold != FALSE, text, { 0, 0, 0 } };
    const CacheEntry *hit = g_hash_table_lookup(fonts->cache, &probe);
    if (hit) {
        *out = hit->ext;
        return;
    }
    /* drawing may have left a device matrix on the shared contexts */
    if (fonts->ctx && pango_context_get_matrix(fonts->ctx))
        pango_context_set_matrix(fonts->ctx, NULL);
    if (fonts->own_ctx && pango_context_get_matrix(fonts->own_ctx))
        pango_context_set_matrix(fonts->own_ctx, NULL);
    if (fonts->pdf_ctx && pango_context_get_matrix(fonts->pdf_ctx))
        pango_context_set_matrix(fonts->pdf_ctx, NULL);
    PangoLayout *layout = tj_fonts_layout(fonts, text, font);
    tj_fonts_layout_extents(layout, out);
    g_object_unref(layout);
    fonts->n_shaped++;

    if (g_hash_table_size(fonts->cache) >= CACHE_MAX)
        g_hash_table_remove_all(fonts->cache);
    gsize len = strlen(text);
    CacheEntry *e = g_malloc(sizeof *e + len + 1);
    *e = probe;
    e->ext = *out;
    memcpy(e + 1, text, len + 1);
    e->text = (const char *)(e + 1);
    g_hash_table_add(fonts->cache, e);
}

void
tj__fonts_each_glyph(PangoLayout *layout, TjGlyphFunc fn, gpointer data)
{
    PangoLayoutIter *iter = pango_layout_get_iter(layout);
    do {
        PangoLayoutRun *run = pango_layout_iter_get_run_readonly(iter);
        if (!run)
            continue;  /* end of a line */
        const PangoGlyphString *gs = run->glyphs;
        for (int i = 0; i < gs->num_glyphs; i++)
            fn(run->item->analysis.font, run->item->offset + gs->log_clusters[i],
               gs->glyphs[i].glyph, data);
    } while (pango_layout_iter_next_run(iter));
    pango_layout_iter_free(iter);
}

gunichar
tj__fonts_unknown_char(PangoGlyph glyph)
{
    if (glyph == PANGO_GLYPH_INVALID_INPUT || !(glyph & PANGO_GLYPH_UNKNOWN_FLAG))
        return 0;
    return glyph & ~PANGO_GLYPH_UNKNOWN_FLAG;
}

void
tj__fonts_append_char(GString *out, gunichar c)
{
    GUnicodeType t = g_unichar_type(c);
    gboolean plain = g_unichar_isgraph(c) && t != G_UNICODE_PRIVATE_USE &&
                     t != G_UNICODE_UNASSIGNED;
    if (plain) {
        g_string_append(out, "“");
        g_string_append_unichar(out, c);
        g_string_append(out, "”");
    } else {
        g_string_append_printf(out, "“\\u{%04X}”", c);
    }
    g_string_append_printf(out, " U+%04X", c);
}

static void
collect_missing(PangoFont *font, int offset, PangoGlyph glyph, gpointer data)
{
    (void)font;
    (void)offset;
    GArray *chars = data;
    gunichar c = tj__fonts_unknown_char(glyph);
    if (c == 0)
        return;
    for (guint i = 0; i < chars->len; i++)
        if (g_array_index(chars, gunichar, i) == c)
            return;
    g_array_append_val(chars, c);
}

#define DRAWABLE_WORDS (0x10000 / 32)

/* Whether every character of @text was found drawable before: a character
 * a font of the chain covers is drawn from it whatever its neighbours, so
 * a string made only of those has no tofu and need not be shaped again
 * (a page's 220 strings share most of their characters; a batch's worker
 * keeps its fonts for all its charts). */
static gboolean
all_drawable(const TjFonts *fonts, const char *text)
{
    if (!fonts->drawable)
        return FALSE;
    for (const char *p = text; *p; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char_validated(p, -1);
        if (c >= 0x10000 || !(fonts->drawable[c / 32] & (1u << (c % 32))))
            return FALSE;  /* (invalid UTF-8 is (gunichar)-1 or -2) */
    }
    return TRUE;
}

static void
mark_drawable(TjFonts *fonts, const char *text)
{
    if (!fonts->drawable)
        fonts->drawable = g_new0(guint32, DRAWABLE_WORDS);
    for (const char *p = text; *p; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char_validated(p, -1);
        if (c < 0x10000)
            fonts->drawable[c / 32] |= 1u << (c % 32);
    }
}

char *
tj_fonts_missing(TjFonts *fonts, const char *text)
{
    g_return_val_if_fail(fonts != NULL, NULL);
    if (!text || !*text || all_drawable(fonts, text))
        return NULL;
    TjFontStyle style = { 16, FALSE };
    PangoLayout *layout = tj_fonts_layout(fonts, text, &style);
    GArray *chars = g_array_new(FALSE, FALSE, sizeof(gunichar));
    tj__fonts_each_glyph(layout, collect_missing, chars);
    g_object_unref(layout);

    char *msg = NULL;
    if (chars->len > 0) {
        GString *s = g_string_new(NULL);
        for (guint i = 0; i < chars->len; i++) {
            if (i > 0)
                g_string_append(s, ", ");
            tj__fonts_append_char(s, g_array_index(chars, gunichar, i));
        }
        msg = g_string_free(s, FALSE);
    } else if (g_utf8_validate(text, -1, NULL)) {
        mark_drawable(fonts, text);
    }
    g_array_free(chars, TRUE);
    return msg;
}
