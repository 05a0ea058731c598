/* layouts/theme.h — colours and type sizes shared by every chart kind.
 * Built-in themes: "gov-red" (default: restrained government red, neutral
 * greys, a muted gold), "blue", and "mono" (greyscale print). Sizes are px
 * at a 1080-px page width, the scale a phone shows at 375 pt: no text below
 * 24 px (note), labels 28 (docs/themes.md). A single chart uses them scaled
 * to its own width (tj_theme_for_chart). */
#ifndef TJ_LAYOUTS_THEME_H
#define TJ_LAYOUTS_THEME_H

#include <glib.h>
#include "core/color.h"
#include "core/error.h"
#include "spec/check.h"
#include "spec/node.h"

#define TJ_THEME_MAX_SERIES 6
/* families a theme's `font:` may put before the compiled-in chain, so
 * fallback never goes deeper than this + the chain's six */
#define TJ_THEME_MAX_FONTS 4

typedef struct {
    const char *name;
    TjColor background;    /* page ground */
    TjColor panel;         /* section ground (very light warm grey) */
    TjColor text;          /* #222 */
    TjColor text_secondary;/* #666 */
    TjColor text_note;     /* #999-ish, contrast-checked */
    TjColor rule;          /* rules and grid lines */
    TjColor axis;          /* zero line, axis baseline */
    TjColor primary;       /* identity and emphasis */
    TjColor primary_dark;  /* header band */
    TjColor accent;        /* muted gold */
    TjColor on_primary;    /* text on the primary colour */
    TjColor muted;         /* bars that are not highlighted */
    TjColor series[TJ_THEME_MAX_SERIES];
    guint n_series;
    TjColor rise;          /* colour of an increase (Chinese convention: red) */
    TjColor fall;          /* colour of a decrease (green) */
    TjColor good, bad;     /* polarity-aware: used when better is given */
    TjColor target;        /* target lines and markers */
    double size_title;     /* poster title */
    double size_heading;   /* section heading */
    double size_chart_title; /* block/chart title */
    double size_body;      /* paragraphs, subtitles */
    double size_label;     /* axis and value labels */
    double size_note;      /* notes, source, units */
    double size_big;       /* big numbers on tiles */
    const char *font;      /* families drawn with before tujie's own chain
                              ("Source Han Sans SC", a comma list); NULL:
                              tujie's chain alone. Interned. */
    TjSrcLoc font_loc;     /* where a spec's theme named it */
} TjTheme;

#define TJ_THEME_PAGE_W 1080.0        /* the width the sizes are for */
#define TJ_THEME_CHART_MIN_SCALE (5.0 / 7) /* a narrower chart: labels 20 px */

/* @th with its sizes scaled for a single chart @width px wide: by
 * @width / 1080, but never below 5/7 (an 800-px chart: labels 21 px,
 * notes 18; up to 771 px: 20 and 17), so that a chart shown across a phone reads as the poster
 * does and a small one stays readable. Rounded to whole px. */
void tj_theme_for_chart(const TjTheme *th, double width, TjTheme *out);

/* Returns: (transfer none) the built-in theme @name (NULL: "gov-red"),
 * or NULL when there is no such theme. The built-ins are the files
 * themes/NAME.yaml, compiled in; they are read once, thread-safely. */
const TjTheme *tj_theme_builtin(const char *name);
/* Names of the built-in themes, NULL-terminated. (transfer none) */
const char *const *tj_theme_names(void);

/* Reads a theme map (the format of themes/NAME.yaml: name, font, colors, sizes; any
 * key may be left out) over @base into @out. Every problem (unknown key,
 * bad colour, size out of 4..400) is recorded in @errs at its place. In a
 * spec, `theme:` is a built-in's name or such a map with `base: NAME`. */
void tj_theme_from_node(const TjNode *map, const TjTheme *base, TjTheme *out,
                        TjSpecErrors *errs);

#endif
