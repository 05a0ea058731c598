/* spec/spec.h — the skeleton of a spec: what page or chart it describes,
 * its data sources, sections, rows and blocks, each with its place in the
 * file. docs/spec.md is the user's reference for the schema.
 *
 * A spec is either
 *   a page:   page: {…}, data: {…}, sections: [{heading, intro, rows}]
 *   a chart:  exactly one chart kind at the top (bar:, trend:, …: the
 *             caller's list of chart kinds, bind/'s table), plus optional
 *             data:, theme:, output:.
 *
 * spec/ knows no chart kind: the names come from the caller, and a chart
 * block is kept as its name and its node for bind/ to read.
 *
 * The skeleton checks what it knows: top-level, page, section, output,
 * text and image keys and types; a row has 1 to 4 blocks; a block map has
 * exactly one key, its kind; a block's `data:` names a declared source or
 * is a path ending in .csv, .xlsx or .xls; limits TJ_SPEC_MAX_BLOCKS, _SECTIONS, _SOURCES.
 * The options of kpi, bar, trend and gauge blocks (block->options) and the
 * theme overrides (page.theme_node) are left to the chart and theme code,
 * which should check them with spec/check.h, into the same TjSpecErrors
 * when they run in the same pass (see tj_spec_build()).
 *
 * All strings point into the spec's node tree and live as long as the spec.
 * A spec is immutable once returned. */
#ifndef TJ_SPEC_SPEC_H
#define TJ_SPEC_SPEC_H

#include <glib.h>
#include "core/error.h"
#include "spec/node.h"
#include "spec/check.h"

#define TJ_SPEC_MAX_BLOCKS   500   /* blocks in a page */
#define TJ_SPEC_MAX_SECTIONS 100   /* sections in a page */
#define TJ_SPEC_MAX_SOURCES  100   /* data sources, declared and inline */
#define TJ_SPEC_MAX_ROW      4     /* blocks in a row */

#define TJ_SPEC_WIDTH_WECHAT 1080.0  /* width: wechat */
#define TJ_SPEC_WIDTH_A4     794.0   /* width: a4 (210 mm at 96 dpi) */
#define TJ_SPEC_WIDTH_MIN    100.0
#define TJ_SPEC_WIDTH_MAX    10000.0

typedef enum {
    TJ_SPEC_BLOCK_CHART,     /* one of the caller's chart kinds */
    TJ_SPEC_BLOCK_TEXT,
    TJ_SPEC_BLOCK_IMAGE
} TjSpecBlockKind;

typedef enum { TJ_SPEC_FORM_PAGE, TJ_SPEC_FORM_CHART } TjSpecForm;
typedef enum { TJ_SPEC_PDF_LONG, TJ_SPEC_PDF_A4 } TjSpecPdf;

/* A CSV file or workbook sheet the spec reads. */
typedef struct {
    const char *name;      /* as declared (`ind`), or the path as written
                              when a block names a .csv, .xlsx or .xls file
                              directly */
    const char *path;      /* as written in the spec */
    const char *sheet;     /* `ind: {path: book.xlsx, sheet: 2020年}`: the
                              sheet asked for; NULL: the first visible */
    char *resolved;        /* relative to the spec file's folder (absolute
                              paths kept) */
    gboolean is_inline;    /* named by a block's data: as a path */
    TjSrcLoc loc;          /* the declaration's key, or the inline path */
} TjSpecData;

typedef struct {
    TjSpecBlockKind kind;
    const char *kind_name;   /* the kind key as written: "bar", "text" */
    TjSrcLoc loc;            /* the kind key (`bar` in `{bar: …}`) */
    const TjNode *node;      /* the value under the kind key */
    const TjNode *options;   /* that value when it is a map, else NULL */
    const TjSpecData *data;  /* the data: source, or the spec's only
                                declared source when the block names none;
                                NULL when neither */
    const TjNode *data_node; /* the block's data: value; NULL if defaulted */
    const char *text;        /* TEXT: `text: …` or `text: {text: …}` */
    char *image;             /* IMAGE: the path, resolved like data paths */
} TjSpecBlock;

typedef struct {
    TjSrcLoc loc;
    guint n_blocks;          /* 1 … TJ_SPEC_MAX_ROW */
    TjSpecBlock *blocks;
} TjSpecRow;

typedef struct {
    TjSrcLoc loc;
    const char *heading;     /* NULL when none */
    const char *intro;       /* a paragraph under the heading, or NULL */
    guint n_rows;
    TjSpecRow *rows;
} TjSpecSection;

/* Page options (chart form: theme fields only, width from output:). */
typedef struct {
    TjSrcLoc loc;            /* the page: map */
    const char *title;       /* required in a page */
    const char *subtitle, *date, *source;   /* NULL when absent */
    double width;            /* px at scale 1; default TJ_SPEC_WIDTH_WECHAT */
    const char *theme;       /* theme name; NULL: the default theme */
    const TjNode *theme_node;/* theme: as a map (overrides, with `base:`
                                the name), or NULL */
    char **footer;           /* notes at the foot, NULL-terminated; NULL */
    TjSpecPdf pdf;           /* long (one page) or a4 pages */
} TjSpecPage;

/* output: of a single chart. Zero means "not set" for numbers. */
typedef struct {
    TjSrcLoc loc;
    double width, height;    /* px at scale 1 */
    double scale, dpi;
    gboolean transparent;
} TjSpecOutput;

typedef struct TjSpec TjSpec;
struct TjSpec {
    TjSpecForm form;
    const char *file;        /* interned name as given */
    char *dir;               /* its folder; "" for the current one */
    TjNode *root;            /* the whole tree (owned) */
    TjSpecPage page;
    guint n_data;
    TjSpecData **data;       /* in order of declaration, inline ones after */
    guint n_sections;        /* PAGE */
    TjSpecSection *sections;
    guint n_blocks;          /* blocks in all sections; 1 for a chart */
    TjSpecBlock chart;       /* CHART: the chart (a chart kind) */
    const char *const *chart_kinds; /* the names given to the build (not
                                       owned: the caller's static list) */
    TjSpecOutput output;     /* CHART */
};

/* Reads and checks the spec at @path. @chart_kinds: the names of the chart
 * kinds a block or a chart spec may be (NULL-terminated, static; bind/'s
 * tj_bind_kind_names()). All skeleton problems come in one
 * GError (see check.h); node.h's errors (syntax, limits) come alone.
 * Returns: (transfer full) free with tj_spec_free(). */
TjSpec *tj_spec_load(const char *path, const char *const *chart_kinds, GError **error);

/* The same for @len bytes named @name in messages ("<input>" when NULL);
 * relative paths resolve against the folder of @name.
 * Returns: (transfer full) free with tj_spec_free(). */
TjSpec *tj_spec_parse(const char *bytes, gsize len, const char *name,
                      const char *const *chart_kinds, GError **error);

/* Builds the skeleton from @root (taking it; its file name gives the folder
 * for relative paths), recording every problem in @errs. Always returns a spec, holding what could be read, so that later
 * stages (block options, themes, CSV columns) can record theirs in the same
 * @errs and the user sees all errors at once; its invariants (1–4 blocks a
 * row, …) hold only when nothing was recorded.
 * Returns: (transfer full) free with tj_spec_free(). */
TjSpec *tj_spec_build(TjNode *root, const char *const *chart_kinds, TjSpecErrors *errs);

void tj_spec_free(TjSpec *spec);   /* NULL: no-op */

/* The kinds a block may be, for messages: "bar, trend, …, text, image".
 * Returns: (transfer full) g_free(). */
char *tj_spec_kinds_list(const TjSpec *spec);

#endif
