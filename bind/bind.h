/* bind/bind.h — the stage from a parsed spec (or the options of a command
 * or a library call, built into the same kind of node map) and its tables
 * to layout input, with the table of chart kinds.
 *
 * One TjKind descriptor per chart kind: its name, its keys with their types
 * (the spec reader checks them, "did you mean" comes from them, docs and
 * --help are checked against them), the function that reads a block's
 * options and prepares the layout input, and the layout's side (TjBlockOps:
 * layout, natural height, row layout, alt text, title, default size).
 * spec/ gets the kinds' names from here (tj_bind_kind_names()), layouts/page
 * and alt text call through the ops, and nothing else names a chart kind.
 *
 * Options are read straight from the YAML nodes: a list stays a list, a
 * `where:` map becomes filters that keep their line:col, and every problem
 * is recorded at the key that caused it, in the spec's words ("“min: 100”")
 * — or, for options that came from the command line, in its words
 * ("--min 100", code TJ_ERROR_USAGE). */
#ifndef TJ_BIND_BIND_H
#define TJ_BIND_BIND_H

#include <glib.h>
#include "core/diag.h"
#include "data/table.h"
#include "layouts/page.h"
#include "spec/spec.h"

/* ---- keys and kinds ------------------------------------------------------ */

typedef enum {
    TJ_KEY_TEXT,      /* any text */
    TJ_KEY_VALUE,     /* a number as a report writes it (21.8%, 6%左右,
                         2954.7亿元) or, with data, a column (see
                         tj__bind_value_source) */
    TJ_KEY_NUMBER,    /* a plain number */
    TJ_KEY_NUMBERS,   /* numbers: a list, or one text "60,90" */
    TJ_KEY_BOOL,      /* true/false */
    TJ_KEY_COLUMN,    /* one column's name */
    TJ_KEY_COLUMNS,   /* columns: a list, or one text "a,b" */
    TJ_KEY_CHOICE,    /* one of @choices */
    TJ_KEY_FILE,      /* a file (relative to the spec) */
    TJ_KEY_WHERE,     /* a map column: value */
    TJ_KEY_DATA       /* a declared source or a data file */
} TjKeyType;

typedef struct {
    const char *name;             /* as in specs; the option is --name with
                                     '_' written '-' */
    TjKeyType type;
    const char *const *choices;   /* TJ_KEY_CHOICE: NULL-terminated */
    const char *help;             /* one line, untranslated (N_()) */
} TjKey;

typedef struct TjBind TjBind;
typedef struct TjKind TjKind;

struct TjKind {
    const char *name;             /* "bar" */
    const char *summary;          /* one line for --help and docs (N_()) */
    const TjKey *keys;            /* its own keys, ended by { NULL } */
    /* Reads @b's options (b->options, a map) and prepares the layout
     * input; (transfer none) kept in @c until it is cleared. NULL when it
     * had errors (recorded in c's errors). */
    gconstpointer (*read)(TjBind *c, const TjSpecBlock *b);
    const TjBlockOps *ops;        /* the layout's side */
    /* Command lines that show the kind's command (`tujie NAME …`), one per
     * line, for its --help (N_(); NULL: none). The command's options are
     * the kind's keys; DATA.csv is optional when a key is a TJ_KEY_VALUE. */
    const char *examples;
};

/* The chart kinds in the order docs list them; NULL-terminated.
 * (transfer none) static */
const TjKind *const *tj_bind_kinds(void);
/* The kind called @name, or NULL. */
const TjKind *tj_bind_kind(const char *name);
/* Their names, NULL-terminated (for spec/). (transfer none) static */
const char *const *tj_bind_kind_names(void);
/* The keys every chart block takes besides its kind's own, ended by
 * { NULL }. (transfer none) static */
const TjKey *tj_bind_common_keys(void);

/* TRUE when @text names a built-in icon (学校, school), not a file. */
gboolean tj_bind_icon_is_builtin(const char *text);
/* The file the built-in icons are drawn from. (transfer none) */
const char *tj_bind_icon_font(void);

/* ---- binding ------------------------------------------------------------ */

/* What a spec may read and how: the folders besides its own that its data
 * may come from (bind/paths.c) and, for the fuzzer, another loader. */
typedef struct {
    const char *const *allow_dirs;  /* NULL-terminated; NULL: none */
    TjTable *(*load)(const char *path, gpointer data, GError **error);
                                    /* NULL: tj_table_load_sheet() with
                                       the source's sheet */
    gpointer load_data;
} TjBindEnv;

/* A binding context: the tables loaded, the inputs made, the errors.
 * @spec NULL: options from the command line or the library, whose only
 * table is @table (may be NULL). (transfer full) tj_bind_free(). */
TjBind *tj_bind_new(const TjSpec *spec, const TjBindEnv *env, TjSpecErrors *errs);
TjBind *tj_bind_new_for_options(const TjTable *table, TjSpecErrors *errs);
void tj_bind_free(TjBind *c);     /* NULL: no-op; frees every input made */
/* Where warnings go (may be NULL: dropped). */
void tj_bind_set_diags(TjBind *c, TjDiagList *diags);

/* Reads one block (any kind, text and image too) into @out; FALSE when it
 * had errors (recorded). @out's pointers live as long as @c. */
gboolean tj_bind_block(TjBind *c, const TjSpecBlock *b, TjPageBlock *out);

/* A page spec: every section, row and block, and the theme; problems are
 * recorded. Clear with tj_bind_page_clear(). */
void tj_bind_page(TjBind *c, TjPageSpec *page, TjTheme *theme);
void tj_bind_page_clear(TjPageSpec *page);
/* The theme of @c's spec (built-in or overridden by a theme: map). */
void tj_bind_theme(TjBind *c, TjTheme *out);

/* A chart made from options (not a spec): the kind @name's options in
 * @options (a map, e.g. built with TjNodeBuilder from argv), its table
 * @table (may be NULL), its theme by name. @loc: the place the chart was
 * asked for (may be NULL). Errors come in one GError (USAGE for options,
 * INPUT for data). (transfer none) @out valid until @c is freed. */
gboolean tj_bind_options(TjBind *c, const char *kind, const TjNode *options,
                         TjPageBlock *out, GError **error);

/* ---- files a spec names ------------------------------------------------ */
#define TJ_IMAGE_MAX_BYTES (8u << 20)
#define TJ_IMAGE_MAX_SIDE 8192
/* Reads the PNG or SVG file at @path (called @shown in messages; NULL:
 * @path) into @out, checked: TJ_ERROR_IO when it cannot be read,
 * TJ_ERROR_LIMIT past a limit, TJ_ERROR_INPUT when it is not a PNG or SVG
 * that can be drawn. Clear with tj_bind_image_clear(). */
gboolean tj_bind_image_load(const char *path, const char *shown, TjImage *out, GError **error);
void tj_bind_image_clear(TjImage *img);
/* TRUE when @path (resolved against the spec's folder) lies under
 * @spec_dir or one of @allow_dirs once symbolic links are followed;
 * @real_out (may be NULL) receives the resolved path when it exists. */
gboolean tj_bind_path_allowed(const char *spec_dir, const char *const *allow_dirs,
                              const char *path, char **real_out);
#endif
