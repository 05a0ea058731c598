/* layouts/image.h — an image block of a page: the picture contained in its
 * cell (aspect ratio kept, centred), an optional caption under it. */
#ifndef TJ_LAYOUTS_IMAGE_H
#define TJ_LAYOUTS_IMAGE_H

#include <glib.h>
#include "fonts/measure.h"
#include "layouts/theme.h"
#include "scene/scene.h"

/* The height the block wants at @width: the picture at its aspect ratio
 * (a PNG never enlarged past twice its pixels, nothing taller than 1.25 ×
 * the width), plus the caption's lines. */
double tj_image_block_height(const TjImage *img, const char *caption, double width,
                             const TjTheme *th, const TjMeasurer *m);

/* Appends the block as a "chart.image" group (titled with the caption) at
 * the origin, @width × @height. */
void tj_layout_image(TjScene *s, const TjImage *img, const char *caption, double width,
                     double height, const TjTheme *th, const TjMeasurer *m);

#endif
