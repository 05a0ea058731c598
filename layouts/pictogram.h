/* layouts/pictogram.h — an isotype icon array: a share as 10 icons of which
 * 3 are filled (30 %), or a count as one icon per @per units (3200人 at
 * 1000 per icon: 3 icons and a fifth of one). A fraction of an icon is the
 * icon's left part, so the filled area is exactly proportional to the
 * value. Above the icons the label and the value (its unit at half size,
 * as on tiles); with @per, a key line under them ("每个图标代表1000人"). */
#ifndef TJ_LAYOUTS_PICTOGRAM_H
#define TJ_LAYOUTS_PICTOGRAM_H

#include <glib.h>
#include "core/error.h"
#include "data/number.h"
#include "fonts/measure.h"
#include "icons/shape.h"
#include "layouts/block.h"
#include "layouts/theme.h"
#include "scene/scene.h"

#define TJ_PICTOGRAM_MAX_ICONS 100
#define TJ_PICTOGRAM_ROW 10     /* icons per row */

typedef struct {
    double width, height;      /* px; laid out at (0, 0) */
    TjNumber value;            /* a percentage, or a count with @per */
    double per;                /* units per icon; NAN: @value is a share */
    guint count;               /* icons of a share (default 10) */
    const TjIconShape *icon;   /* not owned; NULL is an error */
    const char *label;         /* the indicator ("城镇化率"); NULL none */
    const char *unit;          /* replaces the value's own; NULL: its own */
    const char *title, *subtitle, *source;
    TjSrcLoc loc;              /* where it was asked for */
} TjPictogramSpec;

void tj_pictogram_spec_init(TjPictogramSpec *spec);
/* The icons drawn and how many of them are filled (a fraction for the
 * last): a share of 30 % in 10 icons is 10 and 3.0; 3200 per 1000 is 4
 * and 3.2. FALSE (TJ_ERROR_INPUT at spec->loc) for a missing or negative
 * value, a share above 100 %, a @per that is not positive, or more than
 * TJ_PICTOGRAM_MAX_ICONS icons. */
gboolean tj_pictogram_check(const TjPictogramSpec *spec, guint *n_icons, double *filled,
                            GError **error);
gboolean tj_layout_pictogram(TjScene *s, const TjPictogramSpec *spec, const TjTheme *th,
                             const TjMeasurer *m, GError **error);
/* "象形图：城镇化率63.89%，10个图标中6.4个为实心。" (transfer full) */
char *tj_alt_pictogram(const TjPictogramSpec *spec);

extern const TjBlockOps tj_pictogram_block_ops;

#endif
