/* spec/spec-private.h — internals shared by the files of spec/:
 * node.c (the tree's storage and getters), scan.c (reading a file, checking
 * its bytes before libyaml sees them), parse.c (libyaml events → tree),
 * merge.c (YAML merge keys),
 * and the skeleton files spec.c / sections.c.
 *
 * Storage: all nodes and their item/entry arrays of one document are
 * allocated by its TjNodeDoc and freed with it; strings live in one
 * GStringChunk. The root handed out is the doc's own `root` member, a copy
 * of the document's top node, so tj_spec_node_free() can find the doc. */
#ifndef TJ_SPEC_PRIVATE_H
#define TJ_SPEC_PRIVATE_H

#include "spec/node.h"
#include "spec/spec.h"
#include "spec/check.h"

typedef struct {
    TjNode root;            /* the root returned; root.priv_ = this doc */
    GStringChunk *strings;
    GPtrArray *allocs;      /* nodes and arrays, freed with g_free */
} TjNodeDoc;

/* node.c */
TjNodeDoc *tj__spec_doc_new(void);
void tj__spec_doc_free(TjNodeDoc *doc);
/* A new node owned by @doc (text NULL, no children). */
TjNode *tj__spec_doc_node(TjNodeDoc *doc, TjNodeKind kind, TjSrcLoc loc);
/* Copies @len bytes of @text into @doc's strings (NUL-terminated). */
const char *tj__spec_doc_text(TjNodeDoc *doc, const char *text, gsize len);
/* Moves @len bytes at @mem (g_malloc'ed) under @doc's ownership. */
gpointer tj__spec_doc_take(TjNodeDoc *doc, gpointer mem);
/* Makes @top the root (copied into doc->root) and returns it. */
TjNode *tj__spec_doc_finish(TjNodeDoc *doc, const TjNode *top);

/* scan.c: reads the file at @path (at most TJ_SPEC_MAX_FILE bytes) into a
 * g_malloc'ed buffer with a NUL after the last byte. */
gboolean tj__spec_read_file(const char *path, char **out, gsize *out_len,
                            GError **error);
/* scan.c: checks that @len bytes are UTF-8 without NUL or the control
 * characters YAML forbids; the error names line:col. */
gboolean tj__spec_scan(const char *bytes, gsize len, const char *file,
                       GError **error);
/* scan.c: line and column (characters, from 1) of byte @pos of @bytes,
 * counting line breaks as libyaml does (LF, CR, CR LF, U+0085, U+2028,
 * U+2029); a byte that is not UTF-8 counts as one character. */
void tj__spec_locate(const char *bytes, gsize len, gsize pos, guint *line,
                     guint *col);
/* scan.c: the byte offset of @line:@col (the reverse of locate), or the
 * end of that line (or of the text) when it is shorter. */
gsize tj__spec_offset(const char *bytes, gsize len, guint line, guint col);

/* parse.c: parses UTF-8 @bytes (already scanned, BOM removed) named
 * @file (interned). */
TjNode *tj__spec_parse_yaml(const char *bytes, gsize len, const char *file,
                            GError **error);

/* merge.c: the entries of a map (TjNodeEntry) with each `<<` entry replaced
 * by the entries of the map(s) it names that the map does not set itself,
 * or NULL with @error set at the `<<` key when it names something else.
 * Returns: (transfer full) a new GArray. */
#define TJ__SPEC_MERGE_KEY "<<"
GArray *tj__spec_merge(const GArray *entries, GError **error);

/* sections.c: reads the `sections:` list of a page into @spec. */
void tj__spec_read_sections(TjSpec *spec, const TjNode *seq,
                            TjSpecErrors *errs);
/* merge.c: the entries of a map (TjNodeEntry) with each `<<` entry replaced
 * by the entries of the map(s) it names that the map does not set itself,
 * or NULL with @error set at the `<<` key when it names something else.
 * Returns: (transfer full) a new GArray. */
#define TJ__SPEC_MERGE_KEY "<<"
GArray *tj__spec_merge(const GArray *entries, GError **error);

/* sections.c: reads the block whose kind key is @kind (a map entry) into
 * @block. */
void tj__spec_read_block(TjSpec *spec, TjSpecBlock *block,
                         const TjNodeEntry *kind, TjSpecErrors *errs);
/* spec.c: resolves a block's `data:` value (a declared name or a .csv
 * path) to a source; records an error and returns NULL when neither. A
 * NULL or null @value gives the only declared source, if there is one. */
const TjSpecData *tj__spec_resolve_data(TjSpec *spec, const TjNode *value,
                                        TjSpecErrors *errs);
/* spec.c: @path relative to the spec's folder. (transfer full) */
char *tj__spec_resolve_path(const TjSpec *spec, const char *path);

#endif
