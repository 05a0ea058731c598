/* fonts/measure.h — the only part of fonts/ that layouts see.
 * A measurer answers "how wide and tall is this one-line string in this
 * font". The real one (fonts/fonts.h) uses pango with hint metrics off; the
 * fake one uses fixed widths per character class so scene goldens do not
 * depend on fonts. */
#ifndef TJ_FONTS_MEASURE_H
#define TJ_FONTS_MEASURE_H

#include <glib.h>
#include "core/font.h"

typedef struct TjMeasurer TjMeasurer;
struct TjMeasurer {
    void (*measure)(const TjMeasurer *self, const char *text,
                    const TjFontStyle *font, TjTextExtents *out);
    gpointer data;
};

void tj_measure(const TjMeasurer *m, const char *text, const TjFontStyle *font,
                TjTextExtents *out);

/* Fake: a wide character (CJK, full-width) is 1.0 em, a narrow one 0.55 em
 * (space 0.25 em); height 1.45 em, ascent 1.16 em (Noto Sans CJK's ratios).
 * Precisely: U+0020 is 0.25 em; zero-width and control characters 0;
 * g_unichar_iswide() characters 1.0 em; any other character (and any
 * invalid byte) 0.55 em. Bold measures the same as regular. No pango.
 * Returns: (transfer none) a static measurer. */
const TjMeasurer *tj_measurer_fake(void);

#endif
