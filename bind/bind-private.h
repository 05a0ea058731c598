/* bind/bind-private.h — what the kind files of bind/ share: the context,
 * typed reading of options from a block's node map (in the spec's or the
 * command line's words), tables, single values, images. */
#ifndef TJ_BIND_PRIVATE_H
#define TJ_BIND_PRIVATE_H

#include <glib.h>
#include "bind/bind.h"
#include "icons/shape.h"
#include "layouts/chartdata.h"

struct TjBind {
    const TjSpec *spec;       /* NULL: options from a command or a call */
    TjBindEnv env;
    TjSpecErrors *errs;
    const TjTable *table;     /* options: the table given, or NULL */
    GHashTable *tables;       /* spec: TjSpecData * → TjTable * (NULL: failed) */
    GPtrArray *owned;         /* Owned: what the inputs made here need */
    GStringChunk *strings;    /* texts the inputs point to */
    GHashTable *images;       /* resolved path → TjImage * (NULL: failed);
                                 NULL until the first image */
    TjDiagList *diags;        /* warnings; NULL: dropped */
};

/* Keeps @p until @c is freed, then frees it with @free_func. Returns @p. */
gpointer tj__bind_keep(TjBind *c, gpointer p, GDestroyNotify free_func);
/* A zeroed block of @size kept by @c. */
gpointer tj__bind_new0(TjBind *c, gsize size);
/* @s copied into @c's strings (NULL: NULL). */
const char *tj__bind_str(TjBind *c, const char *s);

/* ---- options -------------------------------------------------------------- */
/* The value of @key in @map; NULL when absent or null. */
const TjNode *tj__bind_get(const TjNode *map, const char *key);
/* How the user wrote @key with its value @v, for messages: "--min 100" on
 * the command line, "“min: 100”" in a spec ("“min”" for a list or map).
 * (transfer full) */
char *tj__bind_said(const TjBind *c, const char *key, const TjNode *v);
/* Records a problem with an option at @at (NULL: the block's place @b,
 * may be NULL): INPUT in a spec, USAGE on the command line. */
void tj__bind_error(TjBind *c, const TjNode *at, const TjSpecBlock *b, const char *fmt, ...)
    G_GNUC_PRINTF(4, 5);
/* Records @err (taken) of a block's preparation: its own place when it has
 * one, else the block's, prefixed with the kind's name in a spec. */
void tj__bind_take(TjBind *c, const TjSpecBlock *b, GError *err);

const char *tj__bind_text(TjBind *c, const TjNode *map, const char *key);
gboolean tj__bind_bool(TjBind *c, const TjNode *map, const char *key, gboolean def);
/* A plain number; @def when absent; NAN-safe. */
double tj__bind_number(TjBind *c, const TjNode *map, const char *key, double def);
/* A list of texts from a list or one text "a,b，c" (trimmed, empties
 * dropped). (transfer full) g_strfreev(); NULL when absent or wrong. */
char **tj__bind_list(TjBind *c, const TjNode *map, const char *key);
/* "a,b，c" → {"a", "b", "c"}, trimmed, empties dropped. (transfer full) */
char **tj__bind_split(const char *text);
/* Up to @max numbers (a list or "60,90"); the count, or -1 (recorded). */
int tj__bind_numbers(TjBind *c, const TjNode *map, const char *key, double *out, guint max);
/* Index of the value in @choices (NULL-terminated), @def when absent, -1
 * (recorded, with the choices) when it is none of them. */
int tj__bind_choice(TjBind *c, const TjNode *map, const char *key,
                    const char *const *choices, int def);
/* `where:` as filters keeping their places: a map column: value (in a
 * spec), or the entries the command line gave. (transfer full)
 * g_array_unref(); its strings point into the node tree. NULL on error. */
GArray *tj__bind_where(TjBind *c, const TjNode *map);
/* The first filter's value, or NULL: the row a single value names. */
const char *tj__bind_where_name(const GArray *where);

/* Checks @map's keys against the common keys and @kind's. */
void tj__bind_check_keys(TjBind *c, const TjNode *map, const TjKind *kind);

/* ---- tables and values ---------------------------------------------------- */
/* The table of block @b: its data: source in a spec (loaded once), the
 * table given with options. NULL when there is none or it failed (with
 * @need, "no data" is recorded when there is none). */
const TjTable *tj__bind_table(TjBind *c, const TjSpecBlock *b, gboolean need);
/* The same, when the caller reads the rows itself: a table from
 * tj_table_open may have only its header (tj_table_deferred_path). */
const TjTable *tj__bind_table_header(TjBind *c, const TjSpecBlock *b, gboolean need);
/* stream.c: a trend's data streamed from deferred @t (x ascending,
 * resolved to NUMBER or DATE), kept by @c; NULL when it cannot stream
 * (*failed: an error was recorded). */
TjChartData *tj__bind_stream_trend(TjBind *c, const TjSpecBlock *b, const TjTable *t,
                                   const char *x, char **ys, const GArray *where,
                                   TjXType want, gboolean *failed);
/* Every column @b names under @keys exists in @t; each missing one is
 * recorded at the value that named it, with a suggestion. */
gboolean tj__bind_columns_exist(TjBind *c, const TjSpecBlock *b, const TjTable *t,
                                const char *const *keys);
/* Whether @text, the value of @key (a TJ_KEY_VALUE) in @b, names a column
 * of @t (NULL: no table, so no). The rule (docs/spec.md, --help): a column
 * of exactly that name wins (noted when the text also reads as a number);
 * else text that reads as a number is that number; else it names a column
 * (whose absence is reported by tj__bind_columns_exist()). */
gboolean tj__bind_is_column(TjBind *c, const TjSpecBlock *b, const TjTable *t,
                            const char *key, const char *text);
/* The table to read @key's value @text from, or NULL when it is a number
 * (by the rule above; a spec's number needs no table unless the block names
 * its data). *@ok FALSE when a table was needed and is missing (recorded). */
const TjTable *tj__bind_value_table(TjBind *c, const TjSpecBlock *b, const char *key,
                                    const char *text, gboolean *ok);

/* The x and y keys of a chart of categories (bar, trend): FALSE
 * (recorded) when either is missing; @ys is kept by @c. */
gboolean tj__bind_xy(TjBind *c, const TjSpecBlock *b, const char **x, char ***ys);
/* Chart data of columns @x and @ys of rows picked by @where, or NULL
 * (recorded). Kept by @c. */
TjChartData *tj__bind_chart_data(TjBind *c, const TjSpecBlock *b, const TjTable *t,
                                 const char *x, char **ys, const GArray *where);
/* The same with tj_chart_data_settle() @flags (TJ_CHART_DATA_AXES: a combo's
 * series each on its own axis); `raw: true` adds TJ_CHART_DATA_RAW. */
TjChartData *tj__bind_chart_data_flags(TjBind *c, const TjSpecBlock *b, const TjTable *t,
                                       const char *x, char **ys, const GArray *where,
                                       guint flags);

/* ---- images (bind/image.c) ------------------------------------------------ */
/* The image a spec (or an option) names at @node, through the path policy
 * in a spec, loaded once per path. NULL, recorded as "@what: …", on
 * failure. (transfer none) valid until @c is freed. */
const TjImage *tj__bind_image(TjBind *c, const char *what, const TjNode *node);

/* ---- built-in icons (bind/icon.c) ------------------------------------------ */
/* The outline of the built-in icon @node's text names (a name or a Chinese
 * keyword); NULL, recorded at @node as "@key: …", when there is none.
 * (transfer none) valid until @c is freed. */
const TjIconShape *tj__bind_icon(TjBind *c, const char *key, const TjNode *node);
/* Whether @text names a built-in icon (not a file). */
gboolean tj__bind_is_icon_name(const char *text);
/* The same icon as a picture (an SVG of its outline), for blocks that take
 * one (kpi tiles). (transfer none) valid until @c is freed. */
const TjImage *tj__bind_icon_image(TjBind *c, const char *key, const TjNode *node);

/* ---- paths (bind/paths.c) ------------------------------------------------- */
/* The same for a path the spec @written at @loc for @what ("data “ind”"):
 * FALSE, recorded with the option that allows it, when refused. */
gboolean tj__bind_path_check(TjBind *c, const char *what, const char *written,
                             const char *path, const TjSrcLoc *loc);

/* ---- the first set of kinds ------------------------------------------------ */
/* When @given is NONE (the spec did not say) and @name, or else @also,
 * holds a keyword of layouts/polarity.c, a note (code "better-inferred",
 * shown by `tujie check`) says which way is good news and why. */
void tj__bind_note_better(TjBind *c, const TjSpecBlock *b, TjBetter given, const char *name,
                          const char *also);

extern const TjKind tj_bind_kind_kpi;
extern const TjKind tj_bind_kind_gauge;
extern const TjKind tj_bind_kind_bar;
extern const TjKind tj_bind_kind_trend;
/* bars with a line, shares, rankings (bind/combo.c, pie.c, rank.c) */
extern const TjKind tj_bind_kind_combo;
extern const TjKind tj_bind_kind_pie;
extern const TjKind tj_bind_kind_rank;
/* ---- tables, timelines, pictograms ------------------------------------------ */
extern const TjKind tj_bind_kind_table;
extern const TjKind tj_bind_kind_timeline;
extern const TjKind tj_bind_kind_pictogram;

#endif
