/* layouts/kpi.h — the big-number tile: a label, the value with its unit (the
 * unit at half size on the value's baseline, 万/亿 scaling on request or
 * automatic), the change with its sign, arrow or words coloured by the
 * indicator's polarity, and an optional comparison line ("2021年目标：增长6%
 * 左右"). A row of tiles shares one value size and one value baseline.
 * Also the "big number" pieces the gauge reuses. */
#ifndef TJ_LAYOUTS_KPI_H
#define TJ_LAYOUTS_KPI_H

#include <glib.h>
#include "core/error.h"
#include "core/format.h"
#include "data/number.h"
#include "fonts/measure.h"
#include "layouts/theme.h"
#include "scene/scene.h"
#include "tujie/tujie.h"

/* ---- the big number ----------------------------------------------------- */

/* A number split for drawing: @before and @after at half size around @big,
 * all on one baseline ("约" "8.4" "万余人次"; "" "21.8" "%"). */
typedef struct {
    char *before, *big, *after;
    double unit_min;   /* px: the half-size parts never smaller (the theme's
                          note size; 0 after split: no floor) */
} TjKpiNumber;

/* Splits @n (its value in full, as the source wrote it) for display in
 * magnitude @mag (TJ_MAG_AUTO: from the value; percentages are never
 * scaled). @unit, when not NULL, replaces the number's own unit; a unit
 * with a magnitude ("万元") on a value written without one counts the value
 * in it (719183 万元 → "71.9" "亿元"). Decimals by the tile rule
 * (tj_format_tile_decimals): "2954.7亿元" stays "2954.7", 101.5986万亿 is
 * "101.6", 123456789 is "1.23" 亿. Clear with tj_kpi_number_clear(). */
void tj_kpi_number_split(TjKpiNumber *out, const TjNumber *n, TjMagnitude mag,
                         const char *unit);
void tj_kpi_number_clear(TjKpiNumber *num);

/* Width of the number drawn with the big part at @size px (bold). */
double tj_kpi_number_width(const TjKpiNumber *num, const TjMeasurer *m, double size);
/* Draws it with its baseline at @y, its whole width anchored at @x.
 * Roles: ROLE (the big part), ROLE.unit (the half-size parts). */
void tj_kpi_number_draw(TjScene *s, const TjMeasurer *m, const char *role,
                        const TjKpiNumber *num, double x, double y, TjAnchor anchor,
                        double size, TjColor color, TjColor unit_color);

/* ---- the tile -------------------------------------------------------- */

typedef struct {
    double width, height;     /* px; the tile is laid out at (0, 0) */
    const char *label;        /* the indicator's name; NULL or "": none */
    TjNumber value;           /* value.value NAN: missing (an error) */
    TjMagnitude magnitude;    /* TJ_MAG_AUTO (default), or NONE/WAN/YI/WANYI */
    const char *unit;         /* replaces value.unit when not NULL */
    double change;            /* percent (or points); NAN: no change line */
    int change_decimals;      /* as written; -1 shortest */
    gboolean change_points;   /* change in 百分点, not percent */
    TjChangeStyle change_style;
    const char *change_label; /* written before the change ("同比"); NULL none */
    TjBetter better;          /* NONE: rise red / fall green; else good/bad */
    const char *compare;      /* comparison line; NULL none */
    gboolean ground;          /* draw the tile's ground (default TRUE) */
    const TjImage *icon;      /* a small picture before the label, in its
                                 own colours; NULL none (not owned) */
    gboolean icon_tint;       /* draw the icon in the theme's primary
                                 colour (its shape only) */
    TjSrcLoc loc;             /* where the tile was asked for */
} TjKpiSpec;

void tj_kpi_spec_init(TjKpiSpec *spec);

/* The colour of a change @delta under polarity @better: the better
 * direction is theme->good and the other theme->bad; zero, and any change
 * without polarity, is secondary text (neutral: a fall in revenue is not
 * coloured like a fall in PM2.5). Tiles infer @better from their label
 * when the spec gives none (layouts/polarity.h). */
TjColor tj_kpi_change_color(const TjTheme *th, double delta, TjBetter better);

/* Checks @spec: the value must be a finite number (an INPUT error at
 * spec->loc naming the label otherwise). Pure: the layout calls it too. */
gboolean tj_kpi_check(const TjKpiSpec *spec, GError **error);

/* The height a tile @width px wide needs to show its label (up to 3
 * lines), value at full size, change and comparison. */
double tj_kpi_natural_height(const TjKpiSpec *spec, double width, const TjTheme *th,
                             const TjMeasurer *m);

/* Appends one tile. Errors: those of tj_kpi_check(). */
gboolean tj_layout_kpi(TjScene *s, const TjKpiSpec *spec, const TjTheme *th,
                       const TjMeasurer *m, GError **error);

/* Appends @n tiles in a row of equal cells @gutter px apart filling
 * @width x @height (the specs' own sizes are ignored): one value size for
 * all, the values on one baseline, every tile the same height. */
gboolean tj_layout_kpi_row(TjScene *s, const TjKpiSpec *specs, guint n,
                           double width, double height, double gutter,
                           const TjTheme *th, const TjMeasurer *m, GError **error);

#endif
