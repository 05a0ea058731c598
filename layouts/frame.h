/* layouts/frame.h — what every single chart has around its plot: the title
 * and subtitle top left, the unit ("单位：亿元") top left of the plot, a
 * legend top right when there are several series, and the source line
 * ("数据来源：…") at the foot. Returns the rectangle left for the plot. */
#ifndef TJ_LAYOUTS_FRAME_H
#define TJ_LAYOUTS_FRAME_H

#include <glib.h>
#include "core/geom.h"
#include "fonts/measure.h"
#include "layouts/theme.h"
#include "scene/scene.h"

typedef enum { TJ_LEGEND_BOX, TJ_LEGEND_LINE } TjLegendShape;

typedef struct {
    double width, height;
    const char *title, *subtitle, *unit, *source;
    guint n_legend;              /* 0 or 1: no legend */
    const char *const *legend;   /* n_legend names */
    const TjColor *legend_colors;
    TjLegendShape legend_shape;
} TjFrame;

#define TJ_FRAME_PAD 24.0

/* Lays out the frame's texts into @s and returns the plot rectangle. */
TjRect tj_frame_layout(TjScene *s, const TjMeasurer *m, const TjTheme *th,
                       const TjFrame *f);

#endif
