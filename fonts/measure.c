/* fonts/measure.c — the measurer interface and the fake measurer.
 * The fake has no font dependency at all (no pango, no fontconfig): scene
 * goldens of layouts use it, so its numbers are part of the contract and
 * are documented in fonts/measure.h. */
#include "fonts/measure.h"

#define FAKE_WIDE 1.0     /* em: CJK, full-width, emoji (East Asian Wide) */
#define FAKE_NARROW 0.55  /* em: everything else that has a width */
#define FAKE_SPACE 0.25   /* em: U+0020 */
#define FAKE_HEIGHT 1.45  /* em: logical line height */
#define FAKE_ASCENT 1.16  /* em: baseline below the line's top */

void
tj_measure(const TjMeasurer *m, const char *text, const TjFontStyle *font,
           TjTextExtents *out)
{
    g_return_if_fail(m != NULL && m->measure != NULL);
    g_return_if_fail(font != NULL && out != NULL);
    m->measure(m, text ? text : "", font, out);
}

/* Width in em of one character under the fake's rules. */
static double
fake_advance(gunichar c)
{
    if (c == ' ')
        return FAKE_SPACE;
    /* the common cases first, as glib answers them (its tables are
     * searched for every other character) */
    if (c > 0x20 && c < 0x7F)
        return FAKE_NARROW;
    if (c >= 0x4E00 && c <= 0x9FFF)
        return FAKE_WIDE;
    if (g_unichar_iszerowidth(c) || g_unichar_iscntrl(c))
        return 0;
    if (g_unichar_iswide(c))
        return FAKE_WIDE;
    return FAKE_NARROW;
}

static void
fake_measure(const TjMeasurer *self, const char *text, const TjFontStyle *font,
             TjTextExtents *out)
{
    (void)self;
    double em = 0;
    const char *p = text;
    while (*p) {
        gunichar c = g_utf8_get_char_validated(p, -1);
        if (c == (gunichar)-1 || c == (gunichar)-2) {
            em += FAKE_NARROW;  /* a stray byte counts as one narrow char */
            p++;
            continue;
        }
        em += fake_advance(c);
        p = g_utf8_next_char(p);
    }
    out->width = em * font->size;
    out->height = FAKE_HEIGHT * font->size;
    out->ascent = FAKE_ASCENT * font->size;
}

const TjMeasurer *
tj_measurer_fake(void)
{
    static const TjMeasurer fake = { fake_measure, NULL };
    return &fake;
}
