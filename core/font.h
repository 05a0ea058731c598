/* core/font.h — the font request a layout makes and a scene carries.
 * Sizes are absolute px at scale 1; the family list comes from fonts/. */
#ifndef TJ_CORE_FONT_H
#define TJ_CORE_FONT_H

#include <glib.h>

typedef struct {
    double size;      /* px */
    gboolean bold;
} TjFontStyle;

/* What a single line of text measures: advance width, the logical line
 * height, and the baseline's distance from the line's top. */
typedef struct {
    double width;
    double height;
    double ascent;
} TjTextExtents;

#endif
