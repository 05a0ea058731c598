/* layouts/theme.c — the built-in themes. Colours follow the visual brief in
 * DESIGN.md; text colours are chosen to pass WCAG AA on their grounds. */
#include "layouts/theme.h"

#include <string.h>

#define RGB(v) { (((v) >> 16) & 0xff) / 255.0, (((v) >> 8) & 0xff) / 255.0, ((v) & 0xff) / 255.0, 1.0 }

static const TjTheme gov_red = {
    .name = "gov-red",
    .background = RGB(0xFFFFFF), .panel = RGB(0xFAF7F2),
    .text = RGB(0x222222), .text_secondary = RGB(0x666666), .text_note = RGB(0x767676),
    .rule = RGB(0xE6E6E6), .axis = RGB(0x999999),
    .primary = RGB(0xC8161D), .primary_dark = RGB(0x9E0F14), .accent = RGB(0xD4A24C),
    .on_primary = RGB(0xFFFFFF), .muted = RGB(0xE9B8B9),
    .series = { RGB(0xC8161D), RGB(0xD4A24C), RGB(0x5B7083), RGB(0xE58A8E),
                RGB(0x8C6D3A), RGB(0xA9B4BF) },
    .n_series = 6,
    .rise = RGB(0xC8161D), .fall = RGB(0x1E8449),
    .good = RGB(0x1E8449), .bad = RGB(0xC8161D), .target = RGB(0x8C6D3A),
    .size_title = 56, .size_heading = 36, .size_chart_title = 28,
    .size_body = 24, .size_label = 20, .size_note = 18, .size_big = 88,
};

static const TjTheme blue = {
    .name = "blue",
    .background = RGB(0xFFFFFF), .panel = RGB(0xF3F6FA),
    .text = RGB(0x1F2933), .text_secondary = RGB(0x52606D), .text_note = RGB(0x6B7785),
    .rule = RGB(0xE4E7EB), .axis = RGB(0x9AA5B1),
    .primary = RGB(0x1457A8), .primary_dark = RGB(0x0B3D7A), .accent = RGB(0xE0A43A),
    .on_primary = RGB(0xFFFFFF), .muted = RGB(0xB9CCE4),
    .series = { RGB(0x1457A8), RGB(0xE0A43A), RGB(0x5FA8A0), RGB(0x8DB3E2),
                RGB(0x9C6B30), RGB(0xA9B4BF) },
    .n_series = 6,
    .rise = RGB(0xC8161D), .fall = RGB(0x1E8449),
    .good = RGB(0x1E8449), .bad = RGB(0xC8161D), .target = RGB(0x9C6B30),
    .size_title = 56, .size_heading = 36, .size_chart_title = 28,
    .size_body = 24, .size_label = 20, .size_note = 18, .size_big = 88,
};

/* Greyscale for print: the series differ in lightness enough to tell apart;
 * rise and fall differ in darkness (and carry arrows in text). */
static const TjTheme mono = {
    .name = "mono",
    .background = RGB(0xFFFFFF), .panel = RGB(0xF5F5F5),
    .text = RGB(0x111111), .text_secondary = RGB(0x555555), .text_note = RGB(0x6E6E6E),
    .rule = RGB(0xE0E0E0), .axis = RGB(0x8A8A8A),
    .primary = RGB(0x333333), .primary_dark = RGB(0x1A1A1A), .accent = RGB(0x8C8C8C),
    .on_primary = RGB(0xFFFFFF), .muted = RGB(0xC4C4C4),
    .series = { RGB(0x333333), RGB(0x8C8C8C), RGB(0x5E5E5E), RGB(0xB5B5B5),
                RGB(0x1A1A1A), RGB(0xD0D0D0) },
    .n_series = 6,
    .rise = RGB(0x111111), .fall = RGB(0x6E6E6E),
    .good = RGB(0x111111), .bad = RGB(0x6E6E6E), .target = RGB(0x555555),
    .size_title = 56, .size_heading = 36, .size_chart_title = 28,
    .size_body = 24, .size_label = 20, .size_note = 18, .size_big = 88,
};

static const TjTheme *const themes[] = { &gov_red, &blue, &mono };
static const char *const names[] = { "gov-red", "blue", "mono", NULL };

const TjTheme *
tj_theme_builtin(const char *name)
{
    if (!name)
        return &gov_red;
    for (gsize i = 0; i < G_N_ELEMENTS(themes); i++)
        if (strcmp(themes[i]->name, name) == 0)
            return themes[i];
    return NULL;
}

const char *const *
tj_theme_names(void)
{
    return names;
}
