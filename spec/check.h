/* spec/check.h — checking a node tree and reading typed values out of it,
 * reporting every problem of a spec in one run.
 *
 * TjSpecErrors collects located messages ("file:line:col: text"). Once a
 * stage is done, tj_spec_errors_finish() turns them into one GError: the
 * messages sorted by file (in order of first appearance), line and column,
 * duplicates dropped (a node shared through aliases and checked at each
 * use is reported once), joined by '\n', at most TJ_SPEC_MAX_ERRORS of
 * them, followed by "… and N more errors".
 *
 * The getters read the value of a key in a map. Each returns @def when the
 * map is NULL, has no such key, or the value is null (`key:`, `key: ~`);
 * when the value has the wrong type they record a message at the value's
 * place and return @def as well, so a caller checks everything and finishes
 * once. Messages name the key and quote the value, e.g.
 *   spec.yaml:7:12: “width”: expected a number, got “宽”
 * Quoting does not matter when reading numbers and booleans ("1080" is a
 * number); it only keeps "~" or "" from being null.
 *
 *   numbers   g_ascii_strtod over the whole text: decimal digits, sign,
 *             point, exponent; finite only (no hex, inf, nan, "1,080")
 *   integers  the same without fraction or exponent, within int
 *   booleans  true/false, yes/no (any letter case), 是/否
 *   enums     one of a NULL-terminated list, exact; a near miss gets
 *             "did you mean …?"
 *
 * @what in the node-level (tj_spec_as_*) functions is the name used in
 * messages, usually the key. */
#ifndef TJ_SPEC_CHECK_H
#define TJ_SPEC_CHECK_H

#include <glib.h>
#include "core/error.h"
#include "spec/node.h"

#define TJ_SPEC_MAX_ERRORS 50   /* messages in one GError, then "… and N" */

typedef struct TjSpecErrors TjSpecErrors;

/* Returns: (transfer full) free with tj_spec_errors_free(). */
TjSpecErrors *tj_spec_errors_new(void);
void tj_spec_errors_free(TjSpecErrors *errs);   /* NULL: no-op */

/* Records "loc: message" (TJ_ERROR_INPUT). @loc may be NULL. */
void tj_spec_errors_add(TjSpecErrors *errs, const TjSrcLoc *loc,
                        const char *fmt, ...) G_GNUC_PRINTF(3, 4);
/* The same with another code, e.g. TJ_ERROR_LIMIT. */
void tj_spec_errors_add_code(TjSpecErrors *errs, TjErrorCode code,
                             const TjSrcLoc *loc, const char *fmt, ...)
    G_GNUC_PRINTF(4, 5);
/* Records a finished GError (e.g. from loading a CSV named by the spec),
 * keeping its message and code, and frees it. Its place, for sorting, is
 * read from a leading "file:line:col: " when there is one. */
void tj_spec_errors_take(TjSpecErrors *errs, GError *error);

/* Number of distinct messages recorded so far. */
guint tj_spec_errors_count(const TjSpecErrors *errs);

/* TRUE when nothing was recorded. Otherwise sets @error to all messages as
 * described above, with the code of the first one, and returns FALSE.
 * @errs is left as it was (free it separately). */
gboolean tj_spec_errors_finish(const TjSpecErrors *errs, GError **error);

/* The near name among @candidates (NULL-terminated) for a misspelt @name:
 * tj_suggest(), or else a candidate that differs by two neighbouring
 * characters swapped ("widht" → "width"). Returns: (transfer full) g_free(),
 * NULL when none is near. */
char *tj_spec_suggest(const char *name, const char *const *candidates);

/* Records "unknown key “k” in @context; did you mean “…”? (allowed: …)"
 * at each key of @map that is not in @allowed (NULL-terminated). @context
 * ("page", "the bar block") may be NULL. Not a map: nothing is checked.
 * Returns TRUE when every key is allowed. */
gboolean tj_spec_check_keys(const TjNode *map, const char *const *allowed,
                            const char *context, TjSpecErrors *errs);

/* The value of @key, recording "missing key “k” in @context" at @map's
 * place when it is absent or null, unless a key of @map is a near miss of
 * @key (tj_spec_check_keys() reports that one with "did you mean"). Not a
 * map: NULL, nothing recorded. Returns: (transfer none) or NULL. */
const TjNode *tj_spec_require(const TjNode *map, const char *key,
                              const char *context, TjSpecErrors *errs);

/* TRUE when all of @text reads as a finite number by the rule above (for
 * values that may be a number or a name, e.g. a gauge's value); no
 * message is recorded. */
gboolean tj_spec_parse_double(const char *text, double *out);

/* ---- reading one node (NULL node or null kind: FALSE, no message) ---- */
/* Text of a scalar; a list or map is recorded as an error.
 * Returns: (transfer none) valid while the tree lives, or NULL. */
const char *tj_spec_as_string(const TjNode *node, const char *what,
                              TjSpecErrors *errs);
gboolean tj_spec_as_double(const TjNode *node, const char *what, double *out,
                           TjSpecErrors *errs);
gboolean tj_spec_as_int(const TjNode *node, const char *what, int *out,
                        TjSpecErrors *errs);
gboolean tj_spec_as_bool(const TjNode *node, const char *what, gboolean *out,
                         TjSpecErrors *errs);
/* Index of the node's text in @values (NULL-terminated), or -1. */
int tj_spec_as_enum(const TjNode *node, const char *what,
                    const char *const *values, TjSpecErrors *errs);
/* TRUE when @node is of @kind; else records "“what”: expected a map, got …"
 * (a null node is recorded too: use it for values that must be there). */
gboolean tj_spec_expect(const TjNode *node, TjNodeKind kind, const char *what,
                        TjSpecErrors *errs);

/* ---- reading the value of @key in @map (see above for defaults) ---- */
/* Returns: (transfer none) valid while the tree lives, or @def. */
const char *tj_spec_get_string(const TjNode *map, const char *key,
                               const char *def, TjSpecErrors *errs);
double tj_spec_get_double(const TjNode *map, const char *key, double def,
                          TjSpecErrors *errs);
/* As tj_spec_get_double(), and records "“k”: expected a number from MIN to
 * MAX, got …" when the number is outside [@min, @max]. */
double tj_spec_get_double_in(const TjNode *map, const char *key, double def,
                             double min, double max, TjSpecErrors *errs);
int tj_spec_get_int(const TjNode *map, const char *key, int def,
                    TjSpecErrors *errs);
gboolean tj_spec_get_bool(const TjNode *map, const char *key, gboolean def,
                          TjSpecErrors *errs);
/* Index in @values (NULL-terminated) of the value's text, or @def. */
int tj_spec_get_enum(const TjNode *map, const char *key,
                     const char *const *values, int def, TjSpecErrors *errs);
/* A text or a list of texts, as a list. Returns: (transfer full)
 * NULL-terminated, free with g_strfreev(); NULL when absent or wrong. */
char **tj_spec_get_string_list(const TjNode *map, const char *key,
                               TjSpecErrors *errs);
/* The value when it is a map (tj_spec_get_map) or a list (_seq); NULL
 * when absent, null or of another kind (recorded). Returns: (transfer
 * none). */
const TjNode *tj_spec_get_map(const TjNode *map, const char *key,
                              TjSpecErrors *errs);
const TjNode *tj_spec_get_seq(const TjNode *map, const char *key,
                              TjSpecErrors *errs);

#endif
