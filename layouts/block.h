/* layouts/block.h — what the page composer, alt text and the single-chart
 * path need of a block kind, as one table of functions per kind
 * (TjBlockOps), so that none of them names a kind. Each kind's ops live
 * with its layout (layouts/blocks.c for the first set; a new kind's in its
 * own layout file); bind/'s kind table points at them. A block's input
 * (@spec below) is the kind's own struct, opaque to the composer. */
#ifndef TJ_LAYOUTS_BLOCK_H
#define TJ_LAYOUTS_BLOCK_H

#include <glib.h>
#include "fonts/measure.h"
#include "layouts/theme.h"
#include "scene/scene.h"

typedef struct TjBlockOps TjBlockOps;
struct TjBlockOps {
    const char *name;          /* "bar": as in specs and groups */
    /* Lays the block out into the box (0, 0, @w, @h) of @s. */
    gboolean (*layout)(TjScene *s, gconstpointer spec, double w, double h,
                       const TjTheme *th, const TjMeasurer *m, GError **error);
    /* The height it wants in a cell @cell_w wide, in a row of @n blocks. */
    double (*natural_height)(gconstpointer spec, double cell_w, guint n,
                             const TjTheme *th, const TjMeasurer *m);
    /* A row of @n blocks of this kind laid out together (values on one
     * baseline), in (0, 0, @w, @h); NULL: each block in its own cell. */
    gboolean (*layout_row)(TjScene *s, gconstpointer const *specs, guint n, double w,
                           double h, double gutter, const TjTheme *th,
                           const TjMeasurer *m, GError **error);
    /* Whether @a and @b may share a row layout (gauges of one style);
     * NULL: always. */
    gboolean (*same_row)(gconstpointer a, gconstpointer b);
    /* One line of alt text describing it; NULL result: nothing to say.
     * (transfer full) */
    char *(*alt)(gconstpointer spec);
    /* Its title for metadata and bookmarks, or NULL. */
    const char *(*title)(gconstpointer spec);
    /* The size of it as a single chart (px at scale 1). */
    void (*default_size)(gconstpointer spec, double *w, double *h);
    /* Checks its texts against TJ_TEXT_MAX_CHARS before any layout; NULL:
     * the layout checks them itself. */
    gboolean (*check_texts)(gconstpointer spec, const TjSrcLoc *loc, GError **error);
    /* The page summary's counted noun ("个折线图"); NULL: not counted. */
    const char *alt_noun;
    /* A picture: fits the row's height, gives it only in a row of pictures. */
    gboolean picture;
    /* Text (a paragraph): no alt text of its own, read as it is. */
    gboolean is_text;
};

/* The kinds whose ops the first set has (layouts/blocks.c, page.c). */
extern const TjBlockOps tj_kpi_block_ops;
extern const TjBlockOps tj_gauge_block_ops;
extern const TjBlockOps tj_bar_block_ops;
extern const TjBlockOps tj_trend_block_ops;
extern const TjBlockOps tj_image_block_ops;
extern const TjBlockOps tj_text_block_ops;

#endif
