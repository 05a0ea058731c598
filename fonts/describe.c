/* fonts/describe.c — the human report behind `tujie fonts [--text 文字]`:
 * which configuration is used, where each family of the chain resolves,
 * and which family and file draws each distinct character (or MISSING).
 * Reads only; never changes the TjFonts it is given. */
#include "fonts/fonts.h"

#include <string.h>
#include <pango/pangofc-font.h>
#include "core/error.h"
#include "fonts/fonts-private.h"
#include "core/i18n.h"

#define SAMPLE "图解 地区生产总值 2954.7亿元 同比增长0.2% ℃ ① —— “直骨”"

/* Per character (by byte offset in the text): its font, or missing. */
typedef struct {
    PangoFont **font;     /* indexed by byte offset */
    gboolean *missing;
} CharMap;

static void
map_glyph(PangoFont *font, int offset, PangoGlyph glyph, gpointer data)
{
    CharMap *map = data;
    if (tj__fonts_unknown_char(glyph))
        map->missing[offset] = TRUE;
    else if (!map->font[offset])
        map->font[offset] = font;
}

/* "Noto Sans CJK SC Regular — /path/file.ttc face 2" from a pattern. */
static void
append_pattern(GString *out, FcPattern *pat)
{
    FcChar8 *family = NULL, *style = NULL, *file = NULL;
    int index = 0;
    FcPatternGetString(pat, FC_FAMILY, 0, &family);
    FcPatternGetString(pat, FC_STYLE, 0, &style);
    FcPatternGetString(pat, FC_FILE, 0, &file);
    FcPatternGetInteger(pat, FC_INDEX, 0, &index);
    g_string_append_printf(out, "%s %s — %s", family ? (char *)family : "?",
                           style ? (char *)style : "",
                           file ? (char *)file : _("(no file)"));
    if (index > 0)
        g_string_append_printf(out, _(" face %d"), index);
}

static void
append_font(GString *out, PangoFont *font)
{
    if (font && PANGO_IS_FC_FONT(font)) {
        append_pattern(out, pango_fc_font_get_pattern(PANGO_FC_FONT(font)));
        return;
    }
    PangoFontDescription *d = font ? pango_font_describe(font) : NULL;
    char *name = d ? pango_font_description_to_string(d) : g_strdup("?");
    g_string_append(out, name);
    g_free(name);
    pango_font_description_free(d);
}

/* Where each family of the chain resolves with language zh-cn. */
static void
describe_chain(GString *out, FcConfig *config)
{
    char **families = g_strsplit(TJ_FONTS_FAMILIES, ",", -1);
    for (char **f = families; *f; f++) {
        FcPattern *pat = FcPatternCreate();
        FcPatternAddString(pat, FC_FAMILY, (const FcChar8 *)*f);
        FcPatternAddString(pat, FC_LANG, (const FcChar8 *)"zh-cn");
        FcConfigSubstitute(config, pat, FcMatchPattern);
        FcDefaultSubstitute(pat);
        FcResult res;
        FcPattern *match = FcFontMatch(config, pat, &res);
        FcChar8 *got = NULL;
        g_string_append_printf(out, "  %-17s ", *f);
        if (match && FcPatternGetString(match, FC_FAMILY, 0, &got) == FcResultMatch &&
            g_ascii_strcasecmp((char *)got, *f) == 0)
            append_pattern(out, match);
        else
            g_string_append(out, _("not installed"));
        g_string_append_c(out, '\n');
        if (match)
            FcPatternDestroy(match);
        FcPatternDestroy(pat);
    }
    g_strfreev(families);
}

/* One line per distinct non-space character of @text. */
static void
describe_chars(GString *out, TjFonts *fonts, const char *text)
{
    TjFontStyle style = { 16, FALSE };
    PangoLayout *layout = tj_fonts_layout(fonts, text, &style);
    text = pango_layout_get_text(layout);  /* validated copy */
    gsize len = strlen(text);
    CharMap map = { g_new0(PangoFont *, len + 1), g_new0(gboolean, len + 1) };
    tj__fonts_each_glyph(layout, map_glyph, &map);

    GHashTable *seen = g_hash_table_new(NULL, NULL);
    PangoFont *last = NULL;
    for (const char *p = text; *p; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        gsize off = (gsize)(p - text);
        if (map.font[off])
            last = map.font[off];  /* later chars of a cluster share it */
        if (g_unichar_isspace(c) ||
            !g_hash_table_add(seen, GUINT_TO_POINTER(c)))
            continue;
        g_string_append(out, "  ");
        tj__fonts_append_char(out, c);
        g_string_append(out, "  ");
        if (map.missing[off])
            g_string_append(out, _("MISSING"));
        else
            append_font(out, map.font[off] ? map.font[off] : last);
        g_string_append_c(out, '\n');
    }
    g_hash_table_destroy(seen);
    g_free(map.font);
    g_free(map.missing);
    g_object_unref(layout);
}

char *
tj_fonts_describe(TjFonts *fonts, const char *text)
{
    g_return_val_if_fail(fonts != NULL, NULL);
    GString *out = g_string_new(NULL);
    const char *conf = tj_fonts_config_file(fonts);
    if (conf) {
        g_string_append_printf(out, _("configuration: %s\n"), conf);
    } else {
        FcChar8 *sys = FcConfigFilename(NULL);
        g_string_append_printf(out, _("configuration: %s (system)\n"),
                               sys ? (char *)sys : _("built-in"));
        FcStrFree(sys);
    }
    g_string_append(out, _("language: zh-cn\nfamilies:\n"));
    describe_chain(out, tj__fonts_fc_config(fonts));
    g_string_append_printf(out, _("characters of “%s”:\n"), text ? text : SAMPLE);
    describe_chars(out, fonts, text ? text : SAMPLE);
    return g_string_free(out, FALSE);
}

char *
tj_fonts_report(const char *fonts_conf, const char *text, GError **error)
{
    TjFonts *fonts = tj_fonts_new(fonts_conf, error);
    if (!fonts)
        return NULL;
    char *report = tj_fonts_describe(fonts, text);
    tj_fonts_free(fonts);
    return report;
}
