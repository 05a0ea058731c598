/* auto/choose.c — a table's indicator groups and their blocks. The rows are
 * taken a section at a time (the table, or one value of its 类别 column):
 * rows that share a unit become one chart of categories; otherwise each row
 * is one value (a tile or a gauge). Years down the side make series; years
 * across the top make a bar per year. Every group goes to the first rule
 * (auto/rules.c) that fits and whose kind the library has; every choice and
 * every row left out is noted at its place in the table. */
#include "auto/auto-private.h"

#include <math.h>
#include <string.h>

#include "core/i18n.h"

static const char *
cell(const TjAutoWalk *w, guint row, int col)
{
    return col >= 0 ? tj_table_cell_text(w->t, row, (guint)col) : "";
}

/* TRUE when a cell holds a number that can be drawn, then copied into
 * *@out (when not NULL). */
gboolean
tj__auto_number(const TjTable *t, guint row, int col, TjNumber *out)
{
    TjNumber n;
    if (tj_table_cell_number(t, row, (guint)col, &n) != TJ_NUM_VALUE)
        return FALSE;
    double a = fabs(n.value);
    if (!isfinite(a) || a > 1e15 || (a > 0 && a < 1e-6) || n.decimals > 12)
        return FALSE;
    if (out)
        *out = n;
    return TRUE;
}

void
tj__auto_note(const TjAutoWalk *w, const TjSrcLoc *loc, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *text = g_strdup_vprintf(fmt, ap);
    va_end(ap);
    tj_diag_add(w->explain, TJ_DIAG_NOTE, loc, "auto", "%s", text);
    g_free(text);
}

void
tj__auto_group_init(const TjAutoWalk *w, TjAutoGroup *g, TjAutoGroupKind kind)
{
    memset(g, 0, sizeof *g);
    g->kind = kind;
    g->t = w->t;
    g->s = w->s;
    g->data = w->data;
    g->change = g->x = -1;
    g->all_positive = TRUE;
}

void
tj__auto_group_clear(TjAutoGroup *g)
{
    g_free(g->unit);
    g_free(g->shown);
    g_free(g->key);
}

/* Where a one-value group's figure stands in the report: the line of its
 * row's 来源 cell as `tujie extract` writes it ("26:52 全年…"), else 0. */
static guint
source_line(const TjAutoGroup *g)
{
    int c = g->kind == TJ_AUTO_ONE ? tj_table_column_by_name(g->t, "来源") : -1;
    if (c < 0)
        return 0;
    const char *s = tj_table_cell_text(g->t, g->row, (guint)c);
    char *end = NULL;
    guint64 line = g_ascii_strtoull(s, &end, 10);
    return end != s && *end == ':' && g_ascii_isdigit(end[1]) && line < G_MAXUINT ? (guint)line
                                                                                : 0;
}

/* The first rule that fits @g and whose kind the library has makes its
 * block; the choice is noted. */
void
tj__auto_apply(TjAutoWalk *w, TjAutoGroup *g)
{
    TjAutoHasKind has = w->ch->has_kind ? w->ch->has_kind : tj_auto_kind_available;
    for (const TjAutoRule *r = tj__auto_rules(); r->kind; r++) {
        if (r->takes != g->kind || !r->fits(g) || !has(r->kind, r->keys))
            continue;
        TjAutoBlock *b = g_new0(TjAutoBlock, 1);
        b->kind = r->kind;
        b->per_row = r->per_row;
        b->order = r->order;
        b->single = r->single;
        b->key = g_strdup(g->key);
        b->source = g_strdup(tj_table_name(g->t));
        b->table = g->t;
        b->loc = g->loc;
        b->options = g_string_new("{");
        GString *why = g_string_new(NULL), *zh = g_string_new(NULL);
        r->emit(g, b, why, zh);
        g_string_append_c(b->options, '}');
        char *base = g_path_get_basename(tj_table_name(g->t));
        const char *what = g->name ? g->name : base;
        guint line = source_line(g);
        if (line > 0)   /* the figure traced to its sentence */
            g_string_append_printf(zh, "；原文第%u行", line);
        b->comment = g_strdup_printf("%s：%s", what, zh->str);
        b->name = g_strdup(what);
        /* TRANSLATORS: an indicator or table, then the choice made for it */
        tj__auto_note(w, &g->loc, _("“%s”: %s"), what, why->str);
        g_ptr_array_add(w->sec->blocks, b);
        g_string_free(why, TRUE);
        g_string_free(zh, TRUE);
        g_free(base);
        return;
    }
}

/* Rows of @w's table matching @g's filters. */
static guint
matches(const TjAutoWalk *w, const TjAutoGroup *g)
{
    guint n = 0;
    for (guint r = 0; r < tj_table_n_rows(w->t); r++) {
        gboolean ok = TRUE;
        for (guint k = 0; k < g->n_where && ok; k++)
            ok = strcmp(cell(w, r, g->where_col[k]), g->where_val[k]) == 0;
        n += ok;
    }
    return n;
}

/* Filters that pick @row alone: its name, then the key columns that narrow
 * the match. FALSE when nothing tells it apart. */
static gboolean
pick_row(const TjAutoWalk *w, guint row, TjAutoGroup *g)
{
    g->n_where = 1;
    g->where_col[0] = w->s->name;
    g->where_val[0] = cell(w, row, w->s->name);
    if (w->name_count &&
        GPOINTER_TO_UINT(g_hash_table_lookup(w->name_count, g->where_val[0])) == 1)
        return TRUE;                          /* a name of its own: no scan */
    guint n = matches(w, g);
    for (guint k = 0; k < w->s->keys->len && n > 1 && g->n_where < TJ_AUTO_MAX_WHERE; k++) {
        int c = g_array_index(w->s->keys, int, k);
        if (c == w->s->name || !tj__auto_text_ok(cell(w, row, c)))
            continue;
        g->where_col[g->n_where] = c;
        g->where_val[g->n_where++] = cell(w, row, c);
        guint m = matches(w, g);
        if (m < n)
            n = m;
        else
            g->n_where--;
    }
    return n == 1;
}

/* A change a tile can show: in percent or points (0.3个百分点). */
static gboolean
change_ok(const TjAutoWalk *w, guint row)
{
    if (!tj__auto_number(w->t, row, w->s->change, NULL))
        return FALSE;
    char *u = tj_auto_cell_unit(w->t, w->s, row, (guint)w->s->change);
    gboolean ok = !*u || strcmp(u, "%") == 0 || strcmp(u, "个百分点") == 0 ||
                  strcmp(u, "百分点") == 0;
    g_free(u);
    return ok;
}

void
tj__auto_one(TjAutoWalk *w, guint row, int col, const char *label)
{
    const TjTable *t = w->t;
    const char *name = cell(w, row, w->s->name);
    TjSrcLoc loc = tj_table_cell_loc(t, row, (guint)col);
    if (!*name || !tj__auto_text_ok(name)) {
        TjSrcLoc nl = tj_table_cell_loc(t, row, (guint)w->s->name);
        tj__auto_note(w, &nl, "%s", _("a row without a usable name: left out"));
        return;
    }
    TjNumber n_cell;
    const TjNumber *n = tj__auto_number(t, row, col, &n_cell) ? &n_cell : NULL;
    if (!n) {
        tj__auto_note(w, &loc, _("“%s”: no value that can be drawn (“%s”): left out"), name,
             cell(w, row, col));
        return;
    }
    TjAutoGroup g;
    tj__auto_group_init(w, &g, TJ_AUTO_ONE);
    g.row = row;
    g.col = col;
    g.change = w->s->change >= 0 && change_ok(w, row) ? w->s->change : -1;
    g.label = label;
    g.name = label ? label : name;
    g.loc = loc;
    g.unit = tj_auto_cell_unit(t, w->s, row, (guint)col);
    g.value = n->value;
    g.percent = strcmp(g.unit, "%") == 0;
    g.rate = tj__auto_is_rate(g.name);
    g.lower = tj__auto_is_lower(g.name, cell(w, row, w->s->better));
    gboolean own_unit = n->percent || n->unit || n->magnitude;
    g.shown = g_strconcat(cell(w, row, col), own_unit ? "" : g.unit, NULL);
    g.key = g_strdup_printf("%s\x1f%s", g.name, g.shown);
    if (!pick_row(w, row, &g))
        tj__auto_note(w, &loc, _("“%s”: no columns tell its row apart from others: left out"), g.name);
    else
        tj__auto_apply(w, &g);
    tj__auto_group_clear(&g);
}

/* Rows @rows as categories of the columns @ys, when they can be: named
 * once each, every value drawable, one unit. FALSE says why in @why_not. */
static gboolean
cats(TjAutoWalk *w, GArray *rows, const int *ys, guint n_ys, TjAutoGroup *g, const char **why_not)
{
    tj__auto_group_init(w, g, TJ_AUTO_CATS);
    g->x = w->s->name;
    g->n_ys = MIN(n_ys, G_N_ELEMENTS(g->ys));
    memcpy(g->ys, ys, g->n_ys * sizeof *ys);
    g->n = rows->len;
    GHashTable *names = g_hash_table_new(g_str_hash, g_str_equal);
    guint rates = 0;
    *why_not = NULL;
    for (guint i = 0; i < rows->len && !*why_not; i++) {
        guint r = g_array_index(rows, guint, i);
        const char *name = cell(w, r, g->x);
        if (!*name || !tj__auto_text_ok(name) || !g_hash_table_add(names, (gpointer)name))
            *why_not = _("not every row has a name of its own");
        g->longest = MAX(g->longest, g_utf8_strlen(name, -1));
        rates += tj__auto_is_rate(name);
        for (guint k = 0; k < g->n_ys && !*why_not; k++) {
            TjNumber n_cell;
            const TjNumber *n = tj__auto_number(w->t, r, g->ys[k], &n_cell) ? &n_cell : NULL;
            char *u = n ? tj_auto_cell_unit(w->t, w->s, r, (guint)g->ys[k]) : NULL;
            if (!n)
                *why_not = _("not every row has a value");
            else if (g->unit && strcmp(u, g->unit) != 0)
                *why_not = _("the values are in different units");
            else if (!g->unit)
                g->unit = g_strdup(u);
            g_free(u);
            if (n) {
                g->sum += n->value;
                g->all_positive &= n->value > 0;
            }
        }
    }
    g_hash_table_destroy(names);
    guint least = n_ys > 1 || w->s->form == TJ_AUTO_YEAR_COLS ? 1 : 3;
    if (!*why_not && rows->len < least)
        *why_not = _("fewer than 3 rows");
    g->percent = g->unit && strcmp(g->unit, "%") == 0;
    if (!*why_not && g->percent && n_ys == 1 && rates > 0 && (rates < g->n || g->n <= 6))
        *why_not = _("shares and rates, each drawn on its own");
    return *why_not == NULL;
}

static gboolean
has_han(const char *text)
{
    for (const char *p = text; *p; p = g_utf8_next_char(p))
        if (g_unichar_get_script(g_utf8_get_char(p)) == G_UNICODE_SCRIPT_HAN)
            return TRUE;
    return FALSE;
}

char *
tj__auto_stem_heading(const TjTable *t)
{
    char *base = g_path_get_basename(tj_table_name(t));
    const char *enc = tj_table_encoding(t);
    char *colon = strrchr(base, ':');   /* "book.xlsx:经济运行": Excel forbids ':' in a name */
    if (colon && (strcmp(enc, "xlsx") == 0 || strcmp(enc, "xls") == 0)) {
        if (has_han(colon + 1) && tj__auto_text_ok(colon + 1) &&
            g_utf8_strlen(colon + 1, -1) <= 40) {
            char *sheet = g_strdup(colon + 1);
            g_free(base);
            return sheet;
        }
        *colon = '\0';
    }
    char *dot = strrchr(base, '.');
    if (dot && dot != base)
        *dot = '\0';
    if (!*base || !tj__auto_text_ok(base) || !has_han(base) || g_utf8_strlen(base, -1) > 40) {
        g_free(base);
        return NULL;
    }
    return base;
}

static const char *
title_of(const TjAutoWalk *w, int col, const char *gval)
{
    static const char *const plain[] = { "数值", "数据", "值", "数量", "数额", "value", NULL };
    if (gval && *gval)
        return gval;
    const char *l = tj_table_column_label(w->t, (guint)col);
    for (const char *const *p = plain; *p; p++)
        if (strcmp(l, *p) == 0)
            return NULL;                  /* the section's heading says it */
    return tj_auto_is_year(l) || !tj__auto_text_ok(l) ? NULL : l;
}

static void
note_not_cats(TjAutoWalk *w, GArray *rows, const char *why_not)
{
    if (rows->len < 2)
        return;
    TjSrcLoc loc = tj_table_cell_loc(w->t, g_array_index(rows, guint, 0), (guint)w->s->name);
    tj__auto_note(w, &loc, _("no chart of categories: %s; a block for each row"), why_not);
}

/* Years across the top in different units: the latest year of each row. */
static void
latest_years(TjAutoWalk *w, GArray *rows)
{
    const int *cols = (const int *)w->s->values->data;
    for (guint i = 0; i < rows->len; i++) {
        guint r = g_array_index(rows, guint, i);
        for (guint k = w->s->values->len; k-- > 0;)
            if (tj__auto_number(w->t, r, cols[k], NULL) || k == 0) {
                char *label = g_strdup_printf("%s（%s）", cell(w, r, w->s->name),
                                              tj_table_column_label(w->t, (guint)cols[k]));
                tj__auto_one(w, r, cols[k], tj__auto_text_ok(label) ? label : NULL);
                g_free(label);
                break;
            }
    }
}

/* A block for each row's value in column @col (labelled with the column
 * when the table has several). */
static void
each_row(TjAutoWalk *w, GArray *rows, int col)
{
    for (guint i = 0; i < rows->len; i++) {
        guint r = g_array_index(rows, guint, i);
        char *label = w->s->values->len > 1
            ? g_strdup_printf("%s（%s）", cell(w, r, w->s->name),
                              tj_table_column_label(w->t, (guint)col))
            : NULL;
        tj__auto_one(w, r, col, label && tj__auto_text_ok(label) ? label : NULL);
        g_free(label);
    }
}

static void
apply_cats(TjAutoWalk *w, TjAutoGroup *g, int gcol, const char *gval)
{
    g->n_where = gcol >= 0;
    g->where_col[0] = gcol;
    g->where_val[0] = gval;
    g->name = title_of(w, g->ys[0], gval);
    g->loc = tj_table_header_loc(w->t, (guint)g->ys[0]);
    tj__auto_apply(w, g);
}

void
tj__auto_rows_section(TjAutoWalk *w, GArray *rows, int gcol, const char *gval)
{
    const GArray *vals = w->s->values;
    const int *cols = (const int *)vals->data;
    TjAutoGroup g;
    const char *why_not = NULL;
    if (vals->len > 1) {                       /* all value columns in one chart */
        gboolean together = cats(w, rows, cols, vals->len, &g, &why_not);
        if (together)
            apply_cats(w, &g, gcol, gval);
        tj__auto_group_clear(&g);
        if (together)
            return;
        if (w->s->form == TJ_AUTO_YEAR_COLS) {
            note_not_cats(w, rows, why_not);
            latest_years(w, rows);
            return;
        }
    }
    for (guint k = 0; k < vals->len; k++) {
        if (cats(w, rows, &cols[k], 1, &g, &why_not)) {
            apply_cats(w, &g, gcol, gval);
            for (guint i = 0; k == 0 && w->s->change >= 0 && i < rows->len; i++) {
                guint r = g_array_index(rows, guint, i);
                if (change_ok(w, r))
                    tj__auto_one(w, r, cols[k], NULL);
            }
        } else {
            note_not_cats(w, rows, why_not);
            each_row(w, rows, cols[k]);
        }
        tj__auto_group_clear(&g);
    }
}
