/* auto/auto-private.h — what the chooser's files share: an indicator group
 * (one value, categories, or a series over years) with the features the
 * rules look at, and the rules themselves (auto/rules.c). */
#ifndef TJ_AUTO_PRIVATE_H
#define TJ_AUTO_PRIVATE_H

#include "auto/auto.h"

#define TJ_AUTO_MAX_WHERE 6

typedef enum {
    TJ_AUTO_ONE,        /* one value of one row */
    TJ_AUTO_CATS,       /* a value (or a few) for each of several rows */
    TJ_AUTO_SERIES      /* values over years, down the rows */
} TjAutoGroupKind;

typedef struct {
    TjAutoGroupKind kind;
    const TjTable *t;
    const TjAutoShape *s;
    const char *data;          /* the table's name in the spec */
    /* the rows: `where` filters (column, value) */
    int where_col[TJ_AUTO_MAX_WHERE];
    const char *where_val[TJ_AUTO_MAX_WHERE];
    guint n_where;
    /* ONE: the row, its value and change cells (change -1: none) */
    guint row;
    int col, change;
    const char *label;         /* a label to write (several values a row); NULL */
    /* CATS, SERIES: the category or year column, the value columns */
    int x;
    int ys[8];
    guint n_ys;
    /* features */
    guint n;                   /* categories or points */
    const char *name;          /* ONE: the indicator; else the title (may be NULL) */
    char *unit;                /* shared display unit, "" none */
    char *shown;               /* ONE: the value as written ("2954.7亿元") */
    double value, sum;         /* ONE: its value (as written, 21.8 for 21.8%); CATS: the sum */
    gboolean percent, all_positive, rate, lower;
    glong longest;             /* CATS: the longest category, in characters */
    TjSrcLoc loc;              /* where to point the explanation */
    char *key;                 /* ONE: indicator, value and unit */
} TjAutoGroup;

/* A rule: the blocks of one chart kind. @keys are the keys it writes: the
 * rule is used only when the library has the kind with those keys, so a
 * kind merged later (pie, rank) is one more row, dormant until then. */
typedef struct {
    const char *kind;
    const char *const *keys;
    TjAutoGroupKind takes;
    guint per_row, order;
    gboolean single;
    gboolean (*fits)(const TjAutoGroup *g);
    /* options into @b->options; why (translated) and the comment (Chinese) */
    void (*emit)(const TjAutoGroup *g, TjAutoBlock *b, GString *why, GString *zh);
} TjAutoRule;

/* The rules, in the order they are tried; ended by { NULL }. */
const TjAutoRule *tj__auto_rules(void);

/* ---- walking a table (auto/choose.c, auto/sections.c) ---------------------- */
typedef struct {
    TjAutoChooser *ch;
    const TjTable *t;
    const TjAutoShape *s;
    const char *data;
    TjAutoSection *sec;       /* blocks go here */
    TjDiagList *explain;
    GHashTable *name_count;   /* name → rows holding it (GUINT_TO_POINTER) */
} TjAutoWalk;

/* The number in a cell when it can be drawn (a value of magnitude 0 or
 * 1e-6 to 1e15, at most 12 decimals): TRUE, and the number copied into
 * *@out when @out is not NULL. */
gboolean tj__auto_number(const TjTable *t, guint row, int col, TjNumber *out);
void tj__auto_note(const TjAutoWalk *w, const TjSrcLoc *loc, const char *fmt, ...)
    G_GNUC_PRINTF(3, 4);
void tj__auto_group_init(const TjAutoWalk *w, TjAutoGroup *g, TjAutoGroupKind kind);
void tj__auto_group_clear(TjAutoGroup *g);
/* The first rule that fits @g and whose kind the library has makes its
 * block in w->sec; the choice is noted. */
void tj__auto_apply(TjAutoWalk *w, TjAutoGroup *g);
/* One value: the cell of @row in @col (@label: a label to write, or NULL). */
void tj__auto_one(TjAutoWalk *w, guint row, int col, const char *label);
/* The rows of one section of an ITEMS or YEAR_COLS table, picked by
 * @gcol = @gval (@gcol -1: the whole table). */
void tj__auto_rows_section(TjAutoWalk *w, GArray *rows, int gcol, const char *gval);
/* A section's heading from where the table comes from: a workbook sheet's
 * name (经济运行), else the file's name without folder and extension
 * (经济指标.csv: 经济指标); NULL when it is too long or has no Chinese
 * character (economy-2020.csv, Sheet1). (transfer full) */
char *tj__auto_stem_heading(const TjTable *t);

/* @text with the traditional characters of the rule words simplified.
 * (transfer full) */
char *tj__auto_simplify(const char *text);
/* Whether @name is a share or rate (覆盖率, 比重) and not a change (增速,
 * 降幅); whether lower is better for it (失业率, 浓度) or by @better's text
 * (越低越好, lower). */
gboolean tj__auto_is_rate(const char *name);
gboolean tj__auto_is_lower(const char *name, const char *better);
/* Text the spec can carry and a chart can draw: at most 1000 characters,
 * no control characters or line separators. */
gboolean tj__auto_text_ok(const char *s);

#endif
