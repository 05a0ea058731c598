/* core/color.c — parsing, formatting and WCAG contrast of colours. */
#include "core/color.h"

#include <math.h>
#include <string.h>

TjColor
tj_color_rgb(guint32 rgb)
{
    TjColor c = { ((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0,
                  (rgb & 0xff) / 255.0, 1.0 };
    return c;
}

static int
hexval(char ch)
{
    return g_ascii_xdigit_value(ch);
}

gboolean
tj_color_parse(const char *text, TjColor *out)
{
    if (!text || text[0] != '#')
        return FALSE;
    gsize n = strlen(text + 1);
    int v[8];
    for (gsize i = 0; i < n && i < 8; i++)
        if ((v[i] = hexval(text[1 + i])) < 0)
            return FALSE;
    if (n == 3) {
        *out = (TjColor){ v[0] * 17 / 255.0, v[1] * 17 / 255.0, v[2] * 17 / 255.0, 1 };
        return TRUE;
    }
    if (n != 6 && n != 8)
        return FALSE;
    out->r = (v[0] * 16 + v[1]) / 255.0;
    out->g = (v[2] * 16 + v[3]) / 255.0;
    out->b = (v[4] * 16 + v[5]) / 255.0;
    out->a = n == 8 ? (v[6] * 16 + v[7]) / 255.0 : 1.0;
    return TRUE;
}

static int
to8(double v)
{
    return (int)lround(CLAMP(v, 0.0, 1.0) * 255.0);
}

void
tj_color_format(TjColor c, char buf[10])
{
    if (c.a >= 1.0)
        g_snprintf(buf, 10, "#%02X%02X%02X", to8(c.r), to8(c.g), to8(c.b));
    else
        g_snprintf(buf, 10, "#%02X%02X%02X%02X", to8(c.r), to8(c.g), to8(c.b), to8(c.a));
}

static double
channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4);
}

double
tj_color_luminance(TjColor c)
{
    return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
}

double
tj_color_contrast(TjColor a, TjColor b)
{
    double la = tj_color_luminance(a), lb = tj_color_luminance(b);
    return (MAX(la, lb) + 0.05) / (MIN(la, lb) + 0.05);
}

TjColor
tj_color_mix(TjColor a, TjColor b, double t)
{
    TjColor c = { a.r + (b.r - a.r) * t, a.g + (b.g - a.g) * t,
                  a.b + (b.b - a.b) * t, a.a + (b.a - a.a) * t };
    return c;
}
