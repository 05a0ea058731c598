/* auto/auto.h — drafting a poster spec from tables (`tujie auto`): the
 * recogniser (a table's form and the role of each column), the chooser (a
 * block per indicator group, by a table of rules, one rule per chart kind)
 * and the writer (the spec as plain, commented YAML). Pure: no printing,
 * no files; every choice is recorded as a note in a TjDiagList at the place
 * in the table that caused it, so `--explain` can say it. */
#ifndef TJ_AUTO_AUTO_H
#define TJ_AUTO_AUTO_H

#include <glib.h>
#include "core/diag.h"
#include "data/table.h"

/* ---- the recogniser (auto/recognise.c) ---------------------------------- */

typedef enum {
    TJ_AUTO_NONE,       /* nothing to draw: no names, no numbers */
    TJ_AUTO_ITEMS,      /* a row per indicator or category: 指标/数值/单位/同比 */
    TJ_AUTO_YEAR_ROWS,  /* a row per year, a column per indicator */
    TJ_AUTO_YEAR_COLS   /* a row per indicator, a column per year */
} TjAutoForm;

/* What each column of a table is for; -1 when the table has none. */
typedef struct {
    TjAutoForm form;
    int name;         /* ITEMS, YEAR_COLS: the names; YEAR_ROWS: the years */
    int unit;         /* 单位 */
    int change;       /* 同比, 增长, 变化 … */
    int group;        /* 类别, 分类, 领域 …: sections */
    int better;       /* 方向: 越低越好 / lower … */
    int period;       /* ITEMS: 时期, 年份 of each row */
    GArray *values;   /* int: ITEMS the value columns, YEAR_ROWS the series,
                         YEAR_COLS the year columns */
    GArray *keys;     /* int: short text columns that tell rows apart */
} TjAutoShape;

/* Reads @t's form and columns into @out (clear with tj_auto_shape_clear);
 * notes what it found (or why it found nothing) into @explain (may be
 * NULL). FALSE when the form is TJ_AUTO_NONE. */
gboolean tj_auto_recognise(const TjTable *t, TjAutoShape *out, TjDiagList *explain);
void tj_auto_shape_clear(TjAutoShape *s);

/* "2020", "2021年", "2021年目标": a text starting with a year 1900–2100. */
gboolean tj_auto_is_year(const char *text);
/* The text of @row's display unit in column @col: "%", "亿元", the row's
 * 单位 or the column's unit; "" when none. (transfer full) */
char *tj_auto_cell_unit(const TjTable *t, const TjAutoShape *s, guint row, guint col);

/* ---- the chooser (auto/choose.c) ---------------------------------------- */

/* Which chart kinds (with which keys) the library has; the default asks the
 * kind table (bind/kinds.c), tests pass their own. */
typedef gboolean (*TjAutoHasKind)(const char *kind, const char *const *keys);
gboolean tj_auto_kind_available(const char *kind, const char *const *keys);

/* One block of the spec: its kind, its options as a YAML flow map, the
 * comment above it, and how many of its kind share a row. */
typedef struct {
    const char *kind;   /* static */
    GString *options;   /* "{data: ind, where: {指标: 地区生产总值}, value: 数值}" */
    char *comment;      /* Chinese, one line, without "# " */
    guint per_row;
    guint order;        /* blocks of a section are sorted by it (stable) */
    gboolean single;    /* one value (tile, gauge): counted against the cap */
    char *key;          /* single: indicator, value and unit, to draw it once */
    char *name;         /* the indicator or chart it shows, for notes */
    char *source;       /* the table it comes from */
    const TjTable *table;
    TjSrcLoc loc;       /* its place there */
} TjAutoBlock;

/* Blocks past the cap written commented out, at most, a section. */
#define TJ_AUTO_MAX_LEFT 40

typedef struct {
    char *heading;      /* NULL: none */
    char *comment;      /* the table it comes from */
    GPtrArray *blocks;  /* TjAutoBlock *, in order */
    GPtrArray *left;    /* TjAutoBlock *: past the cap, written commented out */
} TjAutoSection;

typedef struct {
    TjAutoHasKind has_kind;   /* NULL: tj_auto_kind_available */
    guint max_single;         /* single values a section; 0: 12 */
} TjAutoChooser;

/* Appends the sections of table @t (recognised as @s, named @data in the
 * spec) to @sections (TjAutoSection *), noting every choice in @explain. */
void tj_auto_choose(TjAutoChooser *ch, const TjTable *t, const TjAutoShape *s,
                    const char *data, GPtrArray *sections, TjDiagList *explain);
void tj_auto_section_free(gpointer section);
/* Orders each section's blocks (tiles, gauges, pies, trends, bars; stable),
 * drops a single value already drawn in an earlier place (the same
 * indicator, value and unit), and moves single values past @max_single
 * (0: 12) a section to its `left`; each noted. */
void tj_auto_arrange(GPtrArray *sections, guint max_single, TjDiagList *explain);

/* ---- the writer (auto/yaml.c) ------------------------------------------- */

/* @text as a YAML scalar: plain when that reads back as the same text,
 * else double-quoted. */
void tj_auto_yaml_scalar(GString *out, const char *text);
/* Appends "key: value" (", " first unless the map is empty) to the flow map
 * being built in @map, which starts with "{" and is closed by the writer. */
void tj_auto_yaml_put(GString *map, const char *key, const char *value);
void tj_auto_yaml_put_list(GString *map, const char *key, const char *const *values, guint n);
/* The spec: header comments, page (@title), data (@names[i]: @paths[i],
 * or {path: @paths[i], sheet: @sheets[i]} where that is not NULL, each with
 * @data_comments[i]), the sections. (transfer full) */
char *tj_auto_yaml_spec(const char *title, guint n, const char *const *names,
                        const char *const *paths, const char *const *sheets,
                        const char *const *data_comments, const GPtrArray *sections);

/* ---- the whole draft (auto/draft.c) ------------------------------------- */

typedef struct {
    const char *title;              /* NULL: 数据图解 */
    const char *const *paths;       /* n: the tables' paths as the spec names
                                       them; NULL: their file names */
    const char *const *sheets;      /* n: a table's sheet of a workbook of
                                       several, or NULL; NULL: none */
    guint max_single;               /* 0: 12 */
    TjAutoHasKind has_kind;         /* NULL: the kind table */
} TjAutoParams;

/* The spec for @n tables; its choices (and what was left out) noted in
 * @explain. NULL with an INPUT error when no table gives a block.
 * (transfer full) g_free() */
char *tj_auto_draft_spec(const TjTable *const *tables, guint n, const TjAutoParams *p,
                         TjDiagList *explain, GError **error);

#endif
