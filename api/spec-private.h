/* api/spec-private.h — turning a loaded spec into layout input. */
#ifndef TJ_API_SPEC_PRIVATE_H
#define TJ_API_SPEC_PRIVATE_H

#include <glib.h>
#include "api/api-private.h"
#include "layouts/page.h"
#include "spec/spec.h"

typedef struct {
    const TjSpec *spec;
    TjSpecErrors *errs;
    GHashTable *tables;       /* TjSpecData * → TjTable * (NULL: failed) */
    GPtrArray *owned_data;    /* TjChartData * made for blocks */
    GStringChunk *strings;    /* texts the blocks point to */
} TjSpecCtx;

/* The table of @b's data source, loaded once; NULL (recorded) on failure. */
const TjTable *tj__spec_table(TjSpecCtx *c, const TjSpecBlock *b);
/* Reads one block; FALSE when it had errors (recorded in c->errs). */
gboolean tj__spec_block(TjSpecCtx *c, const TjSpecBlock *b, TjPageBlock *out);

/* Gauge and tile preparation shared with the CLI entry points; texts are
 * copied into @keep. */
gboolean tj__api_gauge_prepare(const TjTable *t, const TjGaugeOptions *o,
                               TjGaugeSpec *spec, GStringChunk *keep, GError **error);
gboolean tj__api_kpi_prepare(const TjTable *t, const TjKpiOptions *o,
                             TjKpiSpec *spec, GStringChunk *keep, GError **error);

/* The scene of the page or chart the spec at @spec_path describes, laid
 * out with @m (for tests: tj_measurer_fake()). (transfer full) */
gboolean tj__api_spec_scene(const char *spec_path, const TjMeasurer *m, TjScene **scene,
                            TjPageCuts *cuts, GError **error);

/* Lays the spec out once with @fonts and writes it in each of @n formats
 * to @paths; with @scene_out, keeps the laid-out scene (transfer full). */
gboolean tj__api_spec_render_with(const char *spec_path, TjFonts *fonts, guint n,
                                  const TjFormat *fmts, const char *const *paths,
                                  const TjOutputOptions *out, TjScene **scene_out,
                                  GError **error);

#endif
