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

#define TJ_VERSION "0.1.0"

#if defined(TJ_BUILDING_LIB) && defined(__GNUC__)
#define TJ_API __attribute__((visibility("default")))
#else
#define TJ_API
#endif

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
 * tab or semicolon). Returns: (transfer full) free with tj_table_free(). */
TJ_API TjTable *tj_table_load(const char *path, GError **error);
TJ_API void tj_table_free(TjTable *table);

/* ---- output ---------------------------------------------------------- */
typedef enum { TJ_FORMAT_PNG, TJ_FORMAT_SVG, TJ_FORMAT_PDF } TjFormat;

/* Guesses the format from a file name's extension; FALSE when unknown. */
TJ_API gboolean tj_format_from_path(const char *path, TjFormat *out);

typedef struct {
    double scale;          /* PNG pixels per px; 1 when 0 */
    double dpi;            /* PNG pHYs; 96 * scale when 0 */
    gboolean transparent;  /* PNG with alpha instead of opaque RGB */
    gboolean tofu_warn;    /* missing glyphs: warn instead of failing */
    const char *fonts_conf;/* fontconfig file; NULL: TJ_FONTS_CONF or system */
    const char *creation_date; /* PDF date "YYYY-MM-DD[THH:MM:SS]"; NULL: now,
                                  or SOURCE_DATE_EPOCH when set */
} TjOutputOptions;

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

/* ---- fonts ----------------------------------------------------------- */
/* Describes the font set-up (families and files that render @text) for
 * `tujie fonts`. Returns: (transfer full) g_free(). */
TJ_API char *tj_fonts_report(const char *fonts_conf, const char *text,
                             GError **error);

G_END_DECLS

#endif
