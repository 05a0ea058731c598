/* tests/support/imgscene.h — hand-built scenes for the image tests (and
 * for measuring the PNG encoder): a chart-like page using every item kind. */
#ifndef TJ_TESTS_IMGSCENE_H
#define TJ_TESTS_IMGSCENE_H

#include "fonts/fonts.h"
#include "scene/scene.h"

/* The string the chart's footer band shows (tests look for it in PDFs). */
#define TJT_CHART_TEXT "地区生产总值 2954.7亿元"

/* Appends a text item measured with @fonts' real measurer. */
void tjt_scene_text(TjScene *s, TjFonts *fonts, double x, double y,
                    const char *str, double size, gboolean bold, guint32 rgb,
                    TjAnchor anchor, double angle);
TjPaint tjt_fill(guint32 rgb);
TjPaint tjt_stroke(guint32 rgb, double width);

/* An 800 × 500 chart-like page: bold title, unit, gridlines, bars with
 * rounded corners and value labels, rotated labels, a curved dashed trend,
 * a donut of two arcs, a closed path, a translucent band, and metadata.
 * Returns: (transfer full) tj_scene_free(). */
TjScene *tjt_chart_scene(TjFonts *fonts);

#endif
