/* tujie.h — the public C API of tujie (图解): indicator tables to Chinese
 * infographics in PNG, SVG and PDF.
 *
 * Everything a program outside the library may call is declared here; the
 * headers in the module folders are private. Errors are GErrors in the
 * TJ_ERROR domain; user-input errors carry "file:line:col: " in their message.
 */
#ifndef TUJIE_H
#define TUJIE_H

#include <glib.h>

G_BEGIN_DECLS

/* The version this header belongs to; tj_version() says which library a
 * program runs with. */
#define TJ_VERSION "0.1.0"
#define TJ_VERSION_MAJOR 0
#define TJ_VERSION_MINOR 1
#define TJ_VERSION_MICRO 0
/* TRUE when the header is at least version @major.@minor.@micro. */
#define TJ_CHECK_VERSION(major, minor, micro) \
    (TJ_VERSION_MAJOR > (major) || \
     (TJ_VERSION_MAJOR == (major) && TJ_VERSION_MINOR > (minor)) || \
     (TJ_VERSION_MAJOR == (major) && TJ_VERSION_MINOR == (minor) && TJ_VERSION_MICRO >= (micro)))

/* cairo's context, for drawing into a caller's surface; tujie.h does not
 * include cairo.h (the same typedef as cairo's own). */
typedef struct _cairo cairo_t;

#if defined(TJ_BUILDING_LIB) && defined(__GNUC__)
#define TJ_API __attribute__((visibility("default")))
#else
#define TJ_API
#endif

/* "0.1.0": the library's version (may be newer than TJ_VERSION, the
 * header's). Returns: (transfer none) static. */
TJ_API const char *tj_version(void);

#define TJ_ERROR (tj_error_quark())
TJ_API GQuark tj_error_quark(void);

/* Error codes of the TJ_ERROR domain. INPUT errors are the user's data or
 * spec (exit 1); USAGE errors are bad options (exit 2). */
typedef enum {
    TJ_ERROR_INPUT,   /* bad CSV, spec, value: message names file:line:col */
    TJ_ERROR_IO,      /* cannot read or write a file */
    TJ_ERROR_FONT,    /* missing glyphs (tofu), no usable font */
    TJ_ERROR_LIMIT,   /* a documented resource limit was passed */
    TJ_ERROR_USAGE,   /* bad option or option combination */
    TJ_ERROR_RENDER   /* cairo/libpng failure */
} TjErrorCode;

/* ---- tables ---------------------------------------------------------- */
typedef struct TjTable TjTable;

/* Loads a CSV file (UTF-8, UTF-8 BOM, UTF-16 LE/BE BOM or GB18030; comma,
 * tab or semicolon), or the first visible worksheet of an Excel workbook
 * (.xlsx, or .xls): the kind is told by the file's first bytes, not its
 * name; @path "-" reads the standard input to its end (named "<stdin>" in
 * messages). Returns: (transfer full) free with tj_table_free(). */
TJ_API TjTable *tj_table_load(const char *path, GError **error);
/* The same, with the sheet of a workbook to read: its name, or its number
 * from 1 in the workbook's order; NULL: the first visible worksheet. A
 * sheet asked of a CSV file is an INPUT error. Places in messages about a
 * sheet's cells read "book.xlsx:Sheet1!C12". */
TJ_API TjTable *tj_table_load_sheet(const char *path, const char *sheet,
                                    GError **error);
/* The visible worksheets of the workbook at @path (an .xls: all), in order;
 * none for a CSV file. (transfer full) g_strfreev(); NULL with an error. */
TJ_API char **tj_table_sheet_names(const char *path, GError **error);
/* Like tj_table_load for charts: of a large UTF-8 CSV file only the header is
 * read now, and the rows when a chart needs them — a trend over numbers or
 * dates streams just its columns, without holding the file. Errors in the
 * rows come from the call that draws (or from any cell getter, which then
 * sees no rows): read cells yourself from tj_table_load's tables.
 * Returns: (transfer full) free with tj_table_free(). */
TJ_API TjTable *tj_table_open(const char *path, GError **error);
/* The same for @len bytes of CSV (-1: NUL-terminated) named @name in
 * messages. Returns: (transfer full) free with tj_table_free(). */
TJ_API TjTable *tj_table_new_from_data(const char *csv, gssize len, const char *name,
                                       GError **error);
/* A table a program fills with columns of its own data (no file): @name
 * names it in messages ("name:ROW:COL"). Returns: (transfer full) empty,
 * free with tj_table_free(). */
TJ_API TjTable *tj_table_new(const char *name);
/* Appends a column of @n texts (NULL or "": missing) headed @label; every
 * column of a table has as many rows (USAGE error otherwise). Cells read as
 * numbers the way a CSV's do ("2954.7亿元", "21.8%"). */
TJ_API gboolean tj_table_add_text_column(TjTable *table, const char *label,
                                         const char *const *cells, guint n, GError **error);
/* Appends a column of @n numbers (NAN: missing) in @unit ("亿元", "%";
 * NULL none), each kept at its shortest exact decimal form. */
TJ_API gboolean tj_table_add_number_column(TjTable *table, const char *label,
                                           const double *values, guint n, const char *unit,
                                           GError **error);
TJ_API guint tj_table_n_rows(const TjTable *table);
TJ_API void tj_table_free(TjTable *table);

/* ---- contexts: fonts and caches a program keeps -------------------------- */
/* What a series of calls shares: the fonts (a font map and its glyph
 * caches, costly to make) for one font configuration. Without a context
 * (TjOutputOptions.context NULL) every call makes its own fonts and keeps
 * nothing. A context is used by one call at a time: give each thread its
 * own (tests/unit/test-doc.c renders from four threads, a context each).
 * Returns: (transfer full) free with tj_context_free() after its last call. */
typedef struct TjContext TjContext;
TJ_API TjContext *tj_context_new(const char *fonts_conf, GError **error);
TJ_API void tj_context_free(TjContext *context);

/* ---- diagnostics: what went not quite as asked ---------------------------- */
/* A warning or note of the library: the output was made, but the caller
 * should know something (a gauge value drawn clamped, characters no font
 * has under tofu_warn, how a PNG met its size budget, the files a page was
 * cut into). The library never prints: a program that wants them sets
 * TjOutputOptions.diagnostic. Valid only during the call of the function
 * it is given to. */
typedef enum { TJ_DIAGNOSTIC_NOTE, TJ_DIAGNOSTIC_WARNING } TjDiagnosticLevel;
typedef struct {
    TjDiagnosticLevel level;
    const char *file;      /* where in the user's input; NULL: no place */
    guint line, col;       /* from 1; 0: unknown */
    const char *code;      /* stable: "tofu", "gauge-clamped", "png-budget",
                              "png-sliced", "libpng" */
    const char *text;      /* translated, without the place or a prefix */
    const char *place;     /* the place as tujie's messages write it:
                              "file:line:col", or for a workbook cell
                              "book.xlsx:Sheet1!C12" (then @file is
                              "book.xlsx:Sheet1", @line the row and @col
                              the column); NULL when @file is */
} TjDiagnostic;
/* Receives the diagnostics of a call, in order, on the thread that made
 * the call, before the call returns (also when it fails); under
 * tj_batch_run, on the worker threads, possibly at the same time. */
typedef void (*TjDiagnosticFunc)(const TjDiagnostic *diag, gpointer user_data);

/* ---- output ---------------------------------------------------------- */
typedef enum { TJ_FORMAT_PNG, TJ_FORMAT_SVG, TJ_FORMAT_PDF } TjFormat;

/* Guesses the format from a file name's extension; FALSE when unknown. */
TJ_API gboolean tj_format_from_path(const char *path, TjFormat *out);

/* Options for writing; zero-initialise, then set what you need. A path
 * given to a render function is written by these rules: a new or
 * single-linked regular file is written to ".NAME.XXXXXX" in its folder
 * and renamed over it when complete, keeping an existing file's mode and,
 * when permitted, its owner and group; a file with several hard links is
 * rewritten in place once the new content is complete (all its names see
 * it); a symbolic link's target is written, never the link; a character
 * device or FIFO is written straight through, never replaced; "-" is the
 * standard output; a folder, socket or block device is refused. A failed
 * render leaves the path as it was. */
typedef struct {
    double scale;          /* PNG pixels per px; 1 when 0 */
    double dpi;            /* PNG pHYs; 96 * scale when 0 */
    gboolean transparent;  /* PNG with alpha instead of opaque RGB */
    gboolean tofu_warn;    /* missing glyphs: warn instead of failing */
    const char *fonts_conf;/* fontconfig file; NULL: TJ_FONTS_CONF or system */
    const char *creation_date; /* PDF date "YYYY-MM-DD[THH:MM:SS]"; NULL: now,
                                  or SOURCE_DATE_EPOCH when set */
    const char *const *allow_dirs; /* specs: folders besides the spec's own
                                  that its data may come from (--allow-dir),
                                  NULL-terminated; NULL: none */
    /* publishing and accessibility (a spec's PDF takes its creation date
     * from the page's date: when creation_date is NULL) */
    const char *alt_path;  /* also write the alt text to this file (UTF-8):
                              a chart's description on one line, or for a
                              page a summary line, then one line per chart
                              or tile; NULL none */
    const char *alt_text;  /* replaces the generated description (of a page:
                              its summary line); NULL: generated */
    const char *preset;    /* "wechat": PNG 1080 px wide with an sRGB chunk,
                              at most 5 MB a file, a tall page cut between
                              blocks into NAME-01.png, NAME-02.png…;
                              "wechat750": the same at 750 px; "print": a
                              page's PDF on A4 paper (PNG: 2480 px wide, 300
                              dpi); NULL none */
    gboolean svg_text;     /* SVG: an invisible, selectable text layer */
    guint64 max_bytes;     /* PNG: size budget a file (more zlib effort, then
                              256 colours); 0: the preset's, or none */
    gboolean defer_sync;   /* skip the fsync of each file (still written to a
                              temporary name and renamed); the caller syncs
                              once at the end, as tujie batch does */
    TjContext *context;    /* fonts kept across calls; NULL: made per call */
    TjDiagnosticFunc diagnostic; /* warnings and notes; NULL: dropped */
    gpointer diagnostic_data;
    /* Room for options to come without changing the struct's size (new
     * fields take these places); keep zero: initialise the whole struct. */
    gpointer reserved_[8];
} TjOutputOptions;

/* An output is made complete in a temporary file (".NAME.XXXXXX" in the
 * target's folder, renamed over the target; or an unnamed one for what is
 * written straight through or in place) before the target is touched. A
 * program that removes that file when it is interrupted (tujie does, on
 * SIGINT, SIGTERM and SIGHUP: cli/cleanup.c) sets a hook: it is called from
 * the rendering thread with the temporary path right after the file is
 * created (@created TRUE) and once more after it was renamed or removed
 * (FALSE). Set it before rendering starts; NULL removes it. */
typedef void (*TjTempFileHook)(const char *path, gboolean created);
TJ_API void tj_set_temp_file_hook(TjTempFileHook hook);

/* ---- bar charts ------------------------------------------------------ */
typedef struct {
    const char *x;          /* category column */
    const char *y;          /* one or more value columns, comma separated */
    const char *where;      /* "COL=VALUE" filters, ';' separated; NULL all */
    const char *title, *subtitle, *source, *unit;
    const char *highlight;  /* category to emphasise; NULL none */
    double target;          /* target line; NAN none */
    gboolean horizontal, stacked;
    double width, height;   /* px at scale 1; 0: defaults 800 x 500 */
    const char *theme;      /* NULL: gov-red */
} TjBarOptions;

TJ_API void tj_bar_options_init(TjBarOptions *opts);

/* Lays out a bar chart of @table and writes it to @path (format from @fmt),
 * atomically: a failure leaves no file and keeps an older one. */
TJ_API gboolean tj_bar_render(const TjTable *table, const TjBarOptions *opts,
                              TjFormat fmt, const char *path,
                              const TjOutputOptions *out, GError **error);

/* ---- gauges ---------------------------------------------------------- */
typedef struct {
    /* The value: a number as a report writes it ("21.8%", "93") or, when a
     * table is given, the column to read it from (one row, picked by where;
     * the cell's own precision and % are kept). */
    const char *value;
    const char *where;      /* "COL=VALUE" filters, ';' separated */
    const char *min, *max;  /* scale ("0", "100%"); NULL: 0 and 100 */
    const char *target;     /* target marker ("95%"); NULL none */
    const char *bands;      /* semicircle: band edges, comma separated ("60,90") */
    const char *style;      /* "ring" (default, 400 x 400), "semicircle"
                               (400 x 280) or "bar" (600 x 160) */
    const char *label;      /* NULL: the where filter's value, if any */
    const char *unit;       /* NULL: the value's own ("%") */
    const char *title, *subtitle, *source;
    gboolean clamp;         /* out of range: draw clamped and warn, not fail */
    double width, height;   /* px at scale 1; 0: the style's default */
    const char *theme;      /* NULL: gov-red */
} TjGaugeOptions;

TJ_API void tj_gauge_options_init(TjGaugeOptions *opts);

/* Lays out a gauge and writes it to @path, atomically. @table may be NULL
 * (opts->value is then a number). A value outside [min, max] is an INPUT
 * error unless opts->clamp (then a warning "gauge-clamped" to
 * out->diagnostic); a missing value is an INPUT error; min >= max and bad
 * options are USAGE errors. */
TJ_API gboolean tj_gauge_render(const TjTable *table, const TjGaugeOptions *opts,
                                TjFormat fmt, const char *path,
                                const TjOutputOptions *out, GError **error);

/* ---- kpi tiles ------------------------------------------------------- */
/* Which direction of change is good news. HIGHER/LOWER colour good and
 * bad news; NONE (not said) infers it from the indicator's name by the
 * keyword list of docs/spec.md ("better"), neutral when no keyword matches;
 * NEUTRAL (better: none) colours no change as good or bad. */
typedef enum { TJ_BETTER_NONE, TJ_BETTER_HIGHER, TJ_BETTER_LOWER, TJ_BETTER_NEUTRAL } TjBetter;

typedef struct {
    /* The value ("2954.7亿元", "2.16%") or, with a table, its column. */
    const char *value;
    /* The change in percent ("0.2", "-9.1%") or in points ("0.3个百分点"),
     * or with a table its column; NULL none. */
    const char *change;
    const char *where;      /* "COL=VALUE" filters, ';' separated */
    const char *label;      /* NULL: the where filter's value, or the value
                               column's name */
    const char *unit;       /* NULL: the value's own ("亿元") */
    const char *change_label; /* before the change; NULL: the change column's
                                 name, or "同比"; "" none */
    const char *change_style; /* "arrow" (default "↑0.2%"), "sign" ("+0.2%"),
                                 "words" ("增长0.2%") */
    const char *better;     /* "higher", "lower" or "none" (neutral); NULL:
                               the row's "方向" column, else inferred from
                               the label (docs/spec.md, "Polarity") */
    const char *magnitude;  /* "auto" (default), "none", "万", "亿", "万亿" */
    const char *compare;    /* comparison line ("2021年目标：增长6%左右") */
    double width, height;   /* px at scale 1; 0: 360 x 220 */
    const char *theme;      /* NULL: gov-red */
    const char *icon;       /* a PNG or SVG file shown before the label (a
                               square about 1.6 cap heights); NULL none */
} TjKpiOptions;

TJ_API void tj_kpi_options_init(TjKpiOptions *opts);

/* Lays out a big-number tile and writes it to @path, atomically. @table may
 * be NULL (opts->value and opts->change are then numbers). An icon file is
 * at most 8 MiB and 8192 × 8192 px, a PNG or an SVG (drawn from memory: it
 * cannot load other files). */
TJ_API gboolean tj_kpi_render(const TjTable *table, const TjKpiOptions *opts,
                              TjFormat fmt, const char *path,
                              const TjOutputOptions *out, GError **error);

/* ---- trend charts ---------------------------------------------------- */
typedef struct {
    const char *x;          /* years ("2020", "2020年"), dates or labels */
    const char *y;          /* one or more value columns, comma separated */
    const char *where;      /* "COL=VALUE" filters, ';' separated; NULL all */
    const char *title, *subtitle, *source, *unit;
    const char *kind_col;   /* column marking rows 目标/预测/预期/计划 as
                               projected (dashed); NULL: "类型" when present */
    const char *label_col;  /* column of value labels to show instead of the
                               numbers (e.g. "6%左右"); NULL: "标注" if present */
    const char *target;     /* a target point after the last, e.g. "6%左右" */
    const char *target_x;   /* its x label; NULL: next year + "目标" */
    const char *better;     /* "higher", "lower" or NULL */
    const char *highlight;  /* "last" (default), "extremes", "none" */
    gboolean area;
    double width, height;   /* px at scale 1; 0: 800 x 500 */
    const char *theme;
} TjTrendOptions;

TJ_API void tj_trend_options_init(TjTrendOptions *opts);
TJ_API gboolean tj_trend_render(const TjTable *table, const TjTrendOptions *opts,
                                TjFormat fmt, const char *path,
                                const TjOutputOptions *out, GError **error);

/* ---- any chart kind, by name and keys ------------------------------------ */
/* The way to draw a chart of any kind (the bar/trend/gauge/kpi structs above
 * are shorthands for four of them): a chart is its kind and its options,
 * set by key exactly as a spec block writes them (docs/spec.md): a new key
 * or kind needs no new function. Messages name options as --flags.
 * Keys are checked when set (unknown: USAGE, with "did you mean"); values
 * when the chart is rendered. */
typedef struct TjChart TjChart;

/* The chart kinds ("bar", "trend", "gauge", "kpi", …), NULL-terminated.
 * Returns: (transfer none) static. */
TJ_API const char *const *tj_chart_kinds(void);
/* The keys a chart of @kind takes (its own and the common ones), NULL-
 * terminated, or NULL for an unknown kind. (transfer container) g_free();
 * the strings are static. */
TJ_API const char **tj_chart_kind_keys(const char *kind);
/* One line of help for @key of @kind (translated), or NULL. */
TJ_API const char *tj_chart_key_help(const char *kind, const char *key);
/* What a key's value is (docs/spec.md): text; a value as a report writes
 * it (21.8%, 2954.7亿元) or, with a table, its column; a plain number;
 * numbers ("60,90"); true/false; a column; columns ("a,b"); one of a list
 * of words; a file; row filters (tj_chart_add_where); a data source. */
typedef enum {
    TJ_CHART_KEY_TEXT, TJ_CHART_KEY_VALUE, TJ_CHART_KEY_NUMBER, TJ_CHART_KEY_NUMBERS,
    TJ_CHART_KEY_BOOL, TJ_CHART_KEY_COLUMN, TJ_CHART_KEY_COLUMNS, TJ_CHART_KEY_CHOICE,
    TJ_CHART_KEY_FILE, TJ_CHART_KEY_WHERE, TJ_CHART_KEY_DATA
} TjChartKeyType;
/* @key's type and, for TJ_CHART_KEY_CHOICE, its words (NULL-terminated,
 * static; @choices may be NULL). FALSE when @kind or @key is unknown. */
TJ_API gboolean tj_chart_key_type(const char *kind, const char *key, TjChartKeyType *type,
                                  const char *const **choices);
/* One line saying what a chart of @kind shows (translated), or NULL. */
TJ_API const char *tj_chart_kind_summary(const char *kind);
/* Command lines that make a chart of @kind with `tujie KIND` (one per
 * line; commands, not translated), or NULL. */
TJ_API const char *tj_chart_kind_examples(const char *kind);

/* A chart of @kind with no options set. Returns: (transfer full)
 * tj_chart_free(); NULL with a USAGE error for an unknown kind. */
TJ_API TjChart *tj_chart_new(const char *kind, GError **error);
TJ_API void tj_chart_free(TjChart *chart);
/* Sets @key to the text @value (as a spec writes it: "21.8%", "true",
 * "a,b" for a list of columns); NULL @value unsets it. */
TJ_API gboolean tj_chart_set(TjChart *chart, const char *key, const char *value,
                             GError **error);
/* Sets @key to a list of @n texts (y: [a, b], bands: [60, 90]). */
TJ_API gboolean tj_chart_set_list(TjChart *chart, const char *key, const char *const *values,
                                  guint n, GError **error);
/* Adds the row filter @column = @value (where:). */
TJ_API void tj_chart_add_where(TjChart *chart, const char *column, const char *value);
/* Size in px at scale 1 (0: the kind's default) and theme (NULL: gov-red). */
TJ_API void tj_chart_set_size(TjChart *chart, double width, double height);
TJ_API gboolean tj_chart_set_theme(TjChart *chart, const char *theme, GError **error);
/* Writes the chart of @table (NULL for kinds that need none, e.g. a gauge
 * of a typed value) to @path, atomically. */
TJ_API gboolean tj_chart_render(const TjChart *chart, const TjTable *table, TjFormat fmt,
                                const char *path, const TjOutputOptions *out, GError **error);
/* The chart as PNG, SVG or PDF bytes. (transfer full) @bytes: g_bytes_unref(). */
TJ_API gboolean tj_chart_render_bytes(const TjChart *chart, const TjTable *table, TjFormat fmt,
                                      const TjOutputOptions *out, GBytes **bytes,
                                      GError **error);
/* Its size in px at scale 1. */
TJ_API gboolean tj_chart_size(const TjChart *chart, const TjTable *table,
                              const TjOutputOptions *out, double *width, double *height,
                              GError **error);
/* Draws it onto @cr in px at scale 1, its top-left at the current origin;
 * the context's state is kept. */
TJ_API gboolean tj_chart_draw(const TjChart *chart, const TjTable *table, cairo_t *cr,
                              const TjOutputOptions *out, GError **error);

/* ---- extract: a report's text to its indicator table ------------------ */
typedef struct TjExtract TjExtract;

typedef enum { TJ_EXTRACT_CSV, TJ_EXTRACT_YAML } TjExtractFormat;

/* Reads the report at @path (UTF-8, GB18030 or UTF-16 with BOM; traditional
 * characters are read as simplified through OpenCC) and finds every stated
 * figure: one row each, with 指标, 数值, 单位, 限定, 变化, 时期, 类型 and
 * 来源 (line:col and the sentence). The rules are in docs/extract.md.
 * Returns: (transfer full) free with tj_extract_free(), or NULL. */
TJ_API TjExtract *tj_extract_load(const char *path, GError **error);
/* The same for @len bytes in memory; @name is used in messages. */
TJ_API TjExtract *tj_extract_from_data(const char *bytes, gsize len, const char *name,
                                       GError **error);
TJ_API void tj_extract_free(TjExtract *ex);
/* The rows as CSV (UTF-8, a header row; tj_table_load reads it) or YAML;
 * @explain adds a column (a key) 依据 saying why each row was taken.
 * Returns: (transfer full) g_free(). */
TJ_API char *tj_extract_format(const TjExtract *ex, TjExtractFormat fmt, gboolean explain);
/* Writes that text to @path atomically (a temporary file renamed). */
TJ_API gboolean tj_extract_write(const TjExtract *ex, TjExtractFormat fmt, gboolean explain,
                                 const char *path, GError **error);
/* Figures found (rows), those with a 指标, those with a 限定. */
TJ_API void tj_extract_counts(const TjExtract *ex, guint *figures, guint *named,
                              guint *qualified);
/* Lines holding a number the rules could not read as a figure (no unit they
 * know, characters lost): their count, and each one's number and text
 * (transfer none). */
TJ_API guint tj_extract_n_unread(const TjExtract *ex);
TJ_API const char *tj_extract_unread(const TjExtract *ex, guint i, guint *line);
/* The input's encoding ("UTF-8", "GB18030", …), whether traditional
 * characters were converted, and whether OpenCC was missing (the text was
 * then read as it is; either pointer may be NULL). */
TJ_API const char *tj_extract_encoding(const TjExtract *ex, gboolean *converted,
                                       gboolean *no_converter);

/* ---- auto: a poster drafted from tables -------------------------------- */
/* Options of tj_auto_draft; zero-initialise, then set what you need. */
typedef struct {
    const char *title;             /* the poster's title; NULL: 数据图解 */
    const char *const *data_paths; /* for each table, the path the spec names
                                      it by (relative to the folder the spec
                                      will be read from); NULL, or a NULL
                                      entry: the table's file name as loaded */
    guint max_single;              /* tiles and gauges drawn a section (more
                                      are written commented out); 0: 12 */
    const char *const *data_sheets; /* each table's sheet ({path:, sheet:}
                                      in the spec), or NULL; NULL: none */
    gpointer reserved_[7];         /* keep zero */
} TjAutoOptions;

/* Drafts a poster spec (docs/auto.md) from @n tables loaded from files
 * (tj_table_load): recognises each table's layout (指标/数值/单位/同比,
 * years down the side or across the top, categories × values), picks a
 * block per indicator group from the chart kinds of the library, groups
 * them into sections (a table, or a value of its 类别 column) and writes
 * the spec as plain YAML with a Chinese comment on each choice; tj_doc_*
 * render it. @explanation (may be NULL) receives every choice and what
 * was left out, one "file:line:col: text" line each (translated), also
 * when the draft fails. FALSE with an INPUT error when no table gives a
 * block. Returns: (transfer full) @spec and @explanation, g_free(). */
TJ_API gboolean tj_auto_draft(const TjTable *const *tables, guint n, const TjAutoOptions *opts,
                              char **spec, char **explanation, GError **error);

/* ---- batch: a whole report in one process ----------------------------- */
typedef struct TjBatch TjBatch;

enum { TJ_BATCH_PNG = 1 << 0, TJ_BATCH_SVG = 1 << 1, TJ_BATCH_PDF = 1 << 2 };

typedef struct {
    guint workers;          /* threads; 0: the number of cores */
    guint formats;          /* TJ_BATCH_* mask; 0: PNG only */
    gboolean force;         /* render even when nothing changed */
    const char *bundle;     /* also write every job as a page of this PDF */
    guint shard, n_shards;  /* render only shard @shard of @n_shards (1-based);
                               0/0: all */
    TjOutputOptions out;    /* scale, dpi, fonts… for every job */
    gboolean bundle_partial; /* write the bundle even when jobs failed, of
                               the others; FALSE: only when every job
                               succeeded (else an older bundle is kept) */
} TjBatchOptions;

/* One job's end (or the start of one, with @error NULL and @skipped FALSE
 * and @started TRUE), reported from the thread that ran it; calls are
 * serialised. */
typedef struct {
    const char *name;       /* the job: its spec path relative to the input */
    gboolean started, skipped;
    const char *error;      /* the job's message, NULL on success */
    guint done, total;      /* jobs finished so far, of all */
    double elapsed;         /* seconds since the run began */
} TjBatchEvent;

typedef void (*TjBatchFunc)(const TjBatchEvent *event, gpointer user_data);

/* Collects the jobs of @input: a folder (every *.yaml, *.yml, *.json spec
 * under it, in path order) or a manifest (a YAML list of spec paths, or a
 * map with `jobs:` — see docs/batch.md). Outputs go to @outdir, mirroring
 * the specs' relative paths. Returns: (transfer full) tj_batch_free(). */
TJ_API TjBatch *tj_batch_new(const char *input, const char *outdir, GError **error);
TJ_API void tj_batch_free(TjBatch *batch);
TJ_API guint tj_batch_n_jobs(const TjBatch *batch);
/* Runs the jobs. Returns FALSE when any job failed (the error says how many
 * and what became of the bundle; each job's own message went to @func), the
 * run was cancelled, or another run holds the output folder (docs/batch.md:
 * its lock; the run then writes nothing). */
TJ_API gboolean tj_batch_run(TjBatch *batch, const TjBatchOptions *opts,
                             TjBatchFunc func, gpointer user_data, GError **error);
/* Asks a running batch to stop after the jobs in flight; safe to call from
 * a signal handler. */
TJ_API void tj_batch_cancel(TjBatch *batch);
/* Counts of the last run. */
TJ_API void tj_batch_counts(const TjBatch *batch, guint *rendered, guint *skipped,
                            guint *failed, guint *not_run);

/* ---- specs: a page or a chart described in YAML ------------------------ */
/* A spec (docs/spec.md) a program keeps and renders as often as it likes.
 * Its data files are read at each render, so an edited CSV shows at the
 * next one. */
typedef struct TjDoc TjDoc;

/* Reads the spec file at @path (YAML or JSON); its syntax is checked now,
 * the rest (keys, data, layout) when it is checked or rendered.
 * Returns: (transfer full) free with tj_doc_free(). */
TJ_API TjDoc *tj_doc_load(const char *path, GError **error);
/* A spec built in memory by the caller (YAML or JSON text, @len bytes, or
 * -1 when NUL-terminated), read as if it were the file @name (NULL:
 * "spec.yaml") in folder @dir (NULL: the current folder): its data paths
 * are relative to @dir and may not leave it (see out->allow_dirs), and its
 * messages say "@dir/@name:line:col". The text is copied.
 * Returns: (transfer full) free with tj_doc_free(). */
TJ_API TjDoc *tj_doc_new_from_data(const char *yaml, gssize len, const char *dir,
                                   const char *name, GError **error);
TJ_API void tj_doc_free(TjDoc *doc);
/* Checks the spec and its data without drawing (as `tujie check`). */
TJ_API gboolean tj_doc_check(const TjDoc *doc, const TjOutputOptions *out, GError **error);
/* Writes the page or chart to @path in @fmt, atomically: to a temporary
 * file beside it, renamed over it only when complete. A page's PDF is one
 * long page, or A4 pages broken between blocks when the spec says `pdf: a4`
 * (or out->preset is "print"); a page's PNG under the wechat presets may be
 * several files (out->preset). Every error of the spec comes in one GError,
 * one "file:line:col: …" per line. Data files are read only from the spec's
 * folder and out->allow_dirs (symbolic links followed). */
TJ_API gboolean tj_doc_render(const TjDoc *doc, TjFormat fmt, const char *path,
                              const TjOutputOptions *out, GError **error);
/* The same to @n files at once: laid out once, then written to @paths[i] in
 * @fmts[i], each atomically; with two cores, the PNGs on the calling thread
 * and the other files on a second one (with fonts of its own). FALSE with
 * the first failure; the files written stay. */
TJ_API gboolean tj_doc_render_files(const TjDoc *doc, guint n, const TjFormat *fmts,
                                    const char *const *paths, const TjOutputOptions *out,
                                    GError **error);
/* The page or chart as PNG, SVG or PDF bytes. (transfer full) @bytes:
 * g_bytes_unref(). */
TJ_API gboolean tj_doc_render_bytes(const TjDoc *doc, TjFormat fmt, const TjOutputOptions *out,
                                    GBytes **bytes, GError **error);
/* Size in px (at scale 1) of the page or chart. */
TJ_API gboolean tj_doc_size(const TjDoc *doc, const TjOutputOptions *out, double *width,
                            double *height, GError **error);
/* The files the spec reads besides itself (data files and images), each
 * once, as the spec resolves them, existing or not; for a program that
 * watches them (tujie preview). A source declared next to a mistake is
 * still listed; NULL with the error only when the spec cannot be read at
 * all (syntax, limits). (transfer full) NULL-terminated, g_strfreev(). */
TJ_API char **tj_doc_inputs(const TjDoc *doc, GError **error);
/* Draws the page or chart onto @cr (a cairo_t *), in px at scale 1, with
 * its top-left at the current origin; the context's state is kept. */
TJ_API gboolean tj_doc_draw(const TjDoc *doc, cairo_t *cr, const TjOutputOptions *out,
                            GError **error);

/* ---- messages -------------------------------------------------------- */
/* tujie's messages (GError texts) are translated in the text domain
 * "tujie" for the current LC_MESSAGES (call setlocale() first). The
 * library binds the domain itself before its first message, in UTF-8, to
 * $TJ_LOCALEDIR, else $TJ_DATA_DIR/../locale, else the build tree's
 * catalogues (a program of tujie's build tree only), else the share/locale
 * folder next to the installed program's or library's own folder
 * (BINDIR/../share/locale), else PREFIX/share/locale; calling this binds it now, e.g. for a program that
 * translates its own text in that domain (the tujie command). Returns:
 * (transfer none) the folder bound, valid for the life of the process. */
TJ_API const char *tj_i18n_bind(void);

/* ---- fonts ----------------------------------------------------------- */
/* Describes the font set-up (families and files that render @text) for
 * `tujie fonts`. Returns: (transfer full) g_free(). */
TJ_API char *tj_fonts_report(const char *fonts_conf, const char *text,
                             GError **error);

/* ---- built-in icons -------------------------------------------------- */
/* The built-in icons (Material Icons) whose name or Chinese keyword
 * contains @word (NULL or "": all the icon font can draw), sorted by name,
 * each "NAME\tKEYWORDS" (keywords joined with "、", may be empty), for
 * `tujie icons`. FALSE with a FONT error when the icon font is missing.
 * Returns: (transfer full) @names: g_strfreev(). */
TJ_API gboolean tj_icons_find(const char *word, char ***names, GError **error);

/* For a program in which tujie is the only user of fontconfig (the tujie
 * command): makes a configuration of tujie's own two font files the
 * process's current fontconfig configuration, so that loading the system's
 * (fonts.conf, its rules and every installed font) is not paid by text the
 * own fonts draw; it is loaded, once, for text that needs the fallback
 * chain. Call before anything uses fontconfig. Returns FALSE (and changes
 * nothing) when tujie's own fonts are not found. */
TJ_API gboolean tj_fonts_set_process_default(void);

G_END_DECLS

#endif
