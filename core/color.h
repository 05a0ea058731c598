/* core/color.h — RGBA colours, components 0..1. */
#ifndef TJ_CORE_COLOR_H
#define TJ_CORE_COLOR_H

#include <glib.h>

typedef struct { double r, g, b, a; } TjColor;

#define TJ_COLOR_NONE ((TjColor){0, 0, 0, 0})

TjColor tj_color_rgb(guint32 rgb);  /* 0xRRGGBB, opaque */
/* Parses "#RGB", "#RRGGBB", "#RRGGBBAA"; FALSE when malformed. */
gboolean tj_color_parse(const char *text, TjColor *out);
/* Writes "#RRGGBB" or "#RRGGBBAA" into @buf (10 bytes). */
void tj_color_format(TjColor c, char buf[10]);
/* WCAG relative luminance and contrast ratio (1..21). */
double tj_color_luminance(TjColor c);
double tj_color_contrast(TjColor a, TjColor b);
TjColor tj_color_mix(TjColor a, TjColor b, double t);

#endif
