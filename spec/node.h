/* spec/node.h — a YAML (or JSON) document as a read-only tree whose every
 * node, and every map key, keeps its place in the file (TjSrcLoc: file,
 * line and column from 1, columns counted in characters).
 *
 * The tree is what libyaml reads, with the traps of libyaml 0.2.5 closed:
 * duplicate keys, a second document, alias cycles and alias bombs are
 * errors; nesting depth, anchors, nodes, scalar and file sizes are bounded
 * while the events are read (limits below); the bytes are checked for
 * UTF-8, NUL and control characters first, so every error has line:col,
 * and for %TAG directives, which libyaml processes in quadratic time.
 *
 * Anchors and aliases work: an alias shares the anchored node (so a node
 * reached through an alias reports the anchor's place), and the YAML 1.1
 * merge key `<<: *base` (or `<<: [*a, *b]`) copies the entries of the
 * merged maps that the map does not set itself.
 *
 * Tags are ignored except that any explicit tag on a scalar (`!!str 1`)
 * makes it text that is never read as null, and `!!null` makes it null.
 *
 * A tree is immutable once returned and may be read from several threads.
 * Every node lives as long as the root; free the root with
 * tj_spec_node_free(). */
#ifndef TJ_SPEC_NODE_H
#define TJ_SPEC_NODE_H

#include <glib.h>
#include "core/error.h"
#include "tujie/tujie.h"

/* Limits (each error says which one was passed, code TJ_ERROR_LIMIT). */
#define TJ_SPEC_MAX_FILE   ((gsize)16 << 20)  /* bytes in a spec file */
#define TJ_SPEC_MAX_SCALAR (64 * 1024)        /* bytes in one scalar */
#define TJ_SPEC_MAX_DEPTH  64                 /* nested maps and lists,
                                                 aliases expanded */
#define TJ_SPEC_MAX_ANCHORS 1000              /* &anchors in a document */
#define TJ_SPEC_MAX_NODES  100000             /* nodes, aliases expanded */
#define TJ_SPEC_MAX_DIRECTIVES 16             /* lines starting with '%' */

typedef enum {
    TJ_SPEC_NODE_NULL,    /* plain ~, null, Null, NULL, or nothing at all */
    TJ_SPEC_NODE_SCALAR,  /* any other scalar: text */
    TJ_SPEC_NODE_SEQ,     /* a list: [a, b] or "- a" lines */
    TJ_SPEC_NODE_MAP      /* a map: {a: 1} or "a: 1" lines */
} TjNodeKind;

typedef struct TjNode TjNode;

/* One entry of a map: its key (always text) and its value. */
typedef struct {
    const char *key;        /* UTF-8, never NULL */
    TjSrcLoc key_loc;       /* place of the key */
    const TjNode *value;    /* never NULL (kind NULL when no value) */
} TjNodeEntry;

/* Read the fields directly; never change them. */
struct TjNode {
    TjNodeKind kind;
    TjSrcLoc loc;           /* first character of the node (its &anchor,
                               quote, '[', '{', '-' or first key) */
    /* SCALAR and NULL */
    const char *text;       /* UTF-8 without NUL, as written after YAML
                               unquoting and folding; "" for nothing;
                               NULL for SEQ and MAP */
    gboolean quoted;        /* not plain: '…', "…", | or >, or tagged */
    /* SEQ: items; MAP: entries (document order, merged ones in place of
       the << entry). n is their number. */
    guint n;
    const TjNode *const *items;  /* SEQ only, else NULL */
    const TjNodeEntry *entries;  /* MAP only, else NULL */
    gpointer priv_;         /* private to spec/: set on a root only */
};

/* Reads the spec file at @path (UTF-8, an optional BOM) and parses it.
 * Errors: TJ_ERROR_IO (cannot read), TJ_ERROR_INPUT ("path:line:col: …"),
 * TJ_ERROR_LIMIT (a limit above was passed).
 * Returns: (transfer full) the root, free with tj_spec_node_free(). An empty
 * document gives a root of kind TJ_SPEC_NODE_NULL at 1:1. */
TjNode *tj_spec_node_load(const char *path, GError **error);

/* Parses @len bytes named @name in messages (a path, or e.g. "<input>" when
 * NULL); the bytes need no NUL terminator. Same errors and result as
 * tj_spec_node_load(). */
TjNode *tj_spec_node_parse(const char *bytes, gsize len, const char *name,
                           GError **error);

/* Frees a root returned by tj_spec_node_load() or _parse() with every node
 * under it; NULL is a no-op. Must not be called on an inner node. */
void tj_spec_node_free(TjNode *root);

/* The value of @key in @map, or NULL when @map is NULL, not a map or has no
 * such key. Returns: (transfer none). */
const TjNode *tj_spec_node_get(const TjNode *map, const char *key);

/* The entry of @key in @map (for the key's place), or NULL as above.
 * Returns: (transfer none). */
const TjNodeEntry *tj_spec_node_entry(const TjNode *map, const char *key);

/* "null", "text", "list" or "map". Returns: (transfer none) static. */
const char *tj_spec_node_kind_name(TjNodeKind kind);

/* Describes @node for "expected …, got …" messages: “text” quoted with
 * “ ” (cut to 40 characters with …), "a list", "a map" or "nothing".
 * Returns: (transfer full) g_free(). */
char *tj_spec_node_describe(const TjNode *node);

/* ---- trees built in memory ------------------------------------------- */
/* A map of options made by a program instead of read from a file (the
 * command line's --x 指标 --where 指标=A, a library caller's option
 * struct), so that one reader (bind/) reads both. Its nodes have no place
 * (file NULL) unless @origin is given. */
typedef struct TjNodeBuilder TjNodeBuilder;

/* Returns: (transfer full) finish with tj_spec_builder_finish(), or free
 * unfinished with tj_spec_builder_free(). */
TjNodeBuilder *tj_spec_builder_new(void);
void tj_spec_builder_free(TjNodeBuilder *b);    /* NULL: no-op */
/* Sets @key to the text @value (copied); NULL @value unsets it. A key set
 * twice keeps its first place and takes the last value. */
void tj_spec_builder_set(TjNodeBuilder *b, const char *key, const char *value);
/* Sets @key to a list of the @n texts @items (copied). */
void tj_spec_builder_set_list(TjNodeBuilder *b, const char *key, const char *const *items,
                              guint n);
/* Adds the entry @sub: @value to the map under @key (made when absent). */
void tj_spec_builder_add_entry(TjNodeBuilder *b, const char *key, const char *sub,
                               const char *value);
/* The map built. Returns: (transfer full) a root, free with
 * tj_spec_node_free(); @b is freed. */
TjNode *tj_spec_builder_finish(TjNodeBuilder *b);
/* The map built so far, @b kept for more. Returns: (transfer full) a root,
 * free with tj_spec_node_free(). */
TjNode *tj_spec_builder_node(const TjNodeBuilder *b);

/* A text dump of @node for tests and debugging, one node a line, kind
 * (tj_spec_node_kind_name()) and place, entries indented under their map:
 *   map 1:1
 *     "page" 1:1 → map 2:3
 *       "title" 2:3 → text 2:10 "图解"
 *     "rows" 3:1 → list 3:7
 *       text 3:8 "a" (quoted)
 *       null 3:12 "~"
 * Returns: (transfer full) g_free(). */
char *tj_spec_node_dump(const TjNode *node);

#endif
