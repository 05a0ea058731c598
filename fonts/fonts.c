/* fonts/fonts.c — font set-up, the one layout builder, measuring with a
 * cache, and missing-glyph (tofu) detection.
 * Invariants: every layout comes from tj_fonts_layout() on the one context
 * (language zh-cn, LTR, hint metrics off, no hinting, unrounded glyph
 * positions), so a width measured here is the width drawn by render/ at
 * any scale. Measuring resets the context's matrix that drawing may have
 * set (pango_cairo_update_layout), so measures never see a device
 * transform. */
#include "fonts/fonts.h"

#include <errno.h>
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
    PangoFontMap *map;
    PangoContext *ctx;
    GHashTable *cache;     /* CacheEntry set */
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

/* Loads @path into a new configuration. */
static FcConfig *
load_config(const char *path, GError **error)
{
    if (!g_file_test(path, G_FILE_TEST_IS_REGULAR)) {
        g_set_error(error, TJ_ERROR, TJ_ERROR_IO,
                    _("font configuration “%s”: %s"), path,
                    g_file_test(path, G_FILE_TEST_EXISTS) ? _("not a file")
                                                          : g_strerror(ENOENT));
        return NULL;
    }
    FcConfig *config = FcConfigCreate();
    if (!FcConfigParseAndLoad(config, (const FcChar8 *)path, FcTrue) ||
        !FcConfigBuildFonts(config)) {
        FcConfigDestroy(config);
        g_set_error(error, TJ_ERROR, TJ_ERROR_IO,
                    _("font configuration “%s” cannot be loaded"), path);
        return NULL;
    }
    const char *own = tj_fonts_own_dir();
    if (own)
        FcConfigAppFontAddDir(config, (const FcChar8 *)own);
    FcFontSet *set = FcConfigGetFonts(config, FcSetSystem);
    if (!set || set->nfont == 0) {
        FcConfigDestroy(config);
        g_set_error(error, TJ_ERROR, TJ_ERROR_FONT,
                    _("font configuration “%s” finds no fonts"), path);
        return NULL;
    }
    return config;
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

/* One configuration per fonts.conf path for the process's life: parsing
 * and building it costs ~10 ms, and pango's background match/sort threads
 * keep references to it after a TjFonts is freed. Each TjFonts takes its
 * own reference as well. */
static GMutex configs_lock;
static GHashTable *configs;  /* path → FcConfig (one reference) */

static FcConfig *
shared_config(const char *path, GError **error)
{
    g_mutex_lock(&configs_lock);
    if (!configs)
        configs = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    FcConfig *config = g_hash_table_lookup(configs, path);
    if (!config && (config = load_config(path, error)))
        g_hash_table_insert(configs, g_strdup(path), config);
    if (config)
        FcConfigReference(config);
    g_mutex_unlock(&configs_lock);
    return config;
}

static void fonts_measure(const TjMeasurer *self, const char *text,
                          const TjFontStyle *font, TjTextExtents *out);

#ifndef TJ_FONTDIR_BUILD
#define TJ_FONTDIR_BUILD ""
#endif
#ifndef TJ_FONTDIR_INSTALL
#define TJ_FONTDIR_INSTALL ""
#endif

static gboolean
has_own_fonts(const char *dir)
{
    if (!dir || !*dir)
        return FALSE;
    char *f = g_build_filename(dir, "TujieSansCJKsc-Regular.otf", NULL);
    gboolean ok = g_file_test(f, G_FILE_TEST_IS_REGULAR);
    g_free(f);
    return ok;
}

static gpointer
find_own_dir(gpointer unused)
{
    (void)unused;
    const char *candidates[] = { g_getenv("TJ_FONT_DIR"), TJ_FONTDIR_BUILD, TJ_FONTDIR_INSTALL };
    for (gsize i = 0; i < G_N_ELEMENTS(candidates); i++)
        if (has_own_fonts(candidates[i]))
            return g_strdup(candidates[i]);
    return NULL;
}

const char *
tj_fonts_own_dir(void)
{
    static GOnce once = G_ONCE_INIT;
    return g_once(&once, find_own_dir, NULL);
}

/* The system configuration gets tujie's own fonts once per process. */
static gpointer
add_own_to_default(gpointer unused)
{
    (void)unused;
    const char *own = tj_fonts_own_dir();
    if (own)
        FcConfigAppFontAddDir(NULL, (const FcChar8 *)own);
    return NULL;
}

TjFonts *
tj_fonts_new(const char *fonts_conf, GError **error)
{
    const char *conf = fonts_conf ? fonts_conf : g_getenv("TJ_FONTS_CONF");
    if (conf && !*conf)
        conf = NULL;
    FcConfig *config = NULL;
    if (conf && !(config = shared_config(conf, error)))
        return NULL;
    if (!conf) {
        static GOnce once = G_ONCE_INIT;
        g_once(&once, add_own_to_default, NULL);
    }

    PangoFontMap *map = pango_cairo_font_map_new();
    if (!PANGO_IS_FC_FONT_MAP(map)) {
        g_object_unref(map);
        if (config)
            FcConfigDestroy(config);
        g_set_error(error, TJ_ERROR, TJ_ERROR_FONT,
                    _("pango does not use fontconfig here (PANGOCAIRO_BACKEND?)"));
        return NULL;
    }
    if (config)
        pango_fc_font_map_set_config(PANGO_FC_FONT_MAP(map), config);

    TjFonts *fonts = g_new0(TjFonts, 1);
    fonts->conf_path = g_strdup(conf);
    fonts->config = config;
    fonts->map = map;
    fonts->ctx = pango_font_map_create_context(map);
    setup_context(fonts->ctx);
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
    g_hash_table_destroy(fonts->cache);
    g_object_unref(fonts->ctx);
    g_object_unref(fonts->map);
    if (fonts->config)
        FcConfigDestroy(fonts->config);
    g_free(fonts->conf_path);
    g_free(fonts);
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
    return fonts->config ? fonts->config : FcConfigGetCurrent();
}

PangoLayout *
tj_fonts_layout(TjFonts *fonts, const char *text, const TjFontStyle *font)
{
    g_return_val_if_fail(fonts != NULL && font != NULL, NULL);
    PangoLayout *layout = pango_layout_new(fonts->ctx);
    PangoFontDescription *desc = pango_font_description_new();
    pango_font_description_set_family_static(desc, TJ_FONTS_FAMILIES);
    pango_font_description_set_weight(desc, font->bold ? PANGO_WEIGHT_BOLD
                                                       : PANGO_WEIGHT_NORMAL);
    pango_font_description_set_absolute_size(desc, font->size * PANGO_SCALE);
    pango_layout_set_font_description(layout, desc);
    pango_font_description_free(desc);
    if (!text)
        text = "";
    if (g_utf8_validate(text, -1, NULL)) {
        pango_layout_set_text(layout, text, -1);
    } else {
        char *valid = g_utf8_make_valid(text, -1);
        pango_layout_set_text(layout, valid, -1);
        g_free(valid);
    }
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
    /* drawing may have left a device matrix on the shared context */
    if (pango_context_get_matrix(fonts->ctx))
        pango_context_set_matrix(fonts->ctx, NULL);
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

char *
tj_fonts_missing(TjFonts *fonts, const char *text)
{
    g_return_val_if_fail(fonts != NULL, NULL);
    if (!text || !*text)
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
    }
    g_array_free(chars, TRUE);
    return msg;
}
