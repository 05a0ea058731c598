/* render/render-private.h — what the files of render/ share: the replay
 * state (layouts kept across PNG strips), page sizes and the stream sink
 * the cairo vector surfaces write through. */
#ifndef TJ_RENDER_RENDER_PRIVATE_H
#define TJ_RENDER_RENDER_PRIVATE_H

#include <stdio.h>
#include <cairo.h>
#include "render/render.h"

/* A scene being replayed, possibly several times onto different targets
 * (one per PNG strip): the text layouts are built once and kept. */
typedef struct TjReplay TjReplay;

/* Returns: (transfer full) free with tj__replay_free(). */
TjReplay *tj__replay_new(const TjScene *scene, TjFonts *fonts);
void tj__replay_free(TjReplay *replay);
/* With @cull, items wholly outside cairo's clip extents are skipped (for
 * strips; vector outputs keep everything). Does not check cairo's status. */
void tj__replay_draw(TjReplay *replay, cairo_t *cr, gboolean cull);

/* The options with defaults applied (scale 1, dpi 96 × scale). */
typedef struct {
    double scale;
    double dpi;
    gboolean transparent;
    gboolean tofu_warn;
    const char *creation_date;
} TjRenderOpts;
void tj__render_opts(const TjOutputOptions *opts, TjRenderOpts *out);

/* The output's size in pixels at @scale, checked against the limits
 * (with @png, also TJ_RENDER_PNG_MAX_WIDTH) before anything is allocated:
 * TJ_ERROR_LIMIT, or TJ_ERROR_USAGE for a bad scale. */
gboolean tj__render_pixel_size(const TjScene *scene, double scale, gboolean png,
                               int *width, int *height, GError **error);

/* A cairo_write_func_t closure writing to a FILE; remembers errno. */
typedef struct {
    FILE *fp;
    int err;  /* errno of the first failed write, 0 when none */
} TjSink;
cairo_status_t tj__render_sink_write(void *closure, const unsigned char *data,
                                     unsigned int length);

/* Sets @error from a finished surface's or context's status: TJ_ERROR_IO
 * naming @name when the sink failed, else TJ_ERROR_RENDER. Returns FALSE
 * when it set one. */
gboolean tj__render_status(cairo_status_t status, const TjSink *sink,
                           const char *name, GError **error);

#endif
