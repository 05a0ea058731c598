/* auto/sections.c — a table's sections: one per value of its 类别 column,
 * else one for the table; series over years for tables with a row per
 * year; blocks ordered tiles, gauges, pies, trends, bars; single values
 * past the cap written commented out. */
#include "auto/auto-private.h"

#include <string.h>

#include "core/i18n.h"

static TjAutoSection *
section_new(const TjTable *t, const char *heading)
{
    TjAutoSection *sec = g_new0(TjAutoSection, 1);
    sec->heading = g_strdup(heading);
    char *base = g_path_get_basename(tj_table_name(t));
    sec->comment = g_strdup_printf("表格 %s", base);
    g_free(base);
    sec->blocks = g_ptr_array_new();
    sec->left = g_ptr_array_new();
    return sec;
}

static void
block_free(gpointer p)
{
    TjAutoBlock *b = p;
    g_string_free(b->options, TRUE);
    g_free(b->comment);
    g_free(b->key);
    g_free(b->name);
    g_free(b->source);
    g_free(b);
}

void
tj_auto_section_free(gpointer p)
{
    TjAutoSection *sec = p;
    if (!sec)
        return;
    g_ptr_array_set_free_func(sec->blocks, block_free);
    g_ptr_array_set_free_func(sec->left, block_free);
    g_ptr_array_free(sec->blocks, TRUE);
    g_ptr_array_free(sec->left, TRUE);
    g_free(sec->heading);
    g_free(sec->comment);
    g_free(sec);
}

/* The unit shared by the drawable cells of @col, "" when none; NULL when
 * mixed or nothing can be drawn. (transfer full) */
static char *
column_unit(const TjAutoWalk *w, int col, guint *n)
{
    char *unit = NULL;
    *n = 0;
    for (guint r = 0; r < tj_table_n_rows(w->t); r++) {
        if (!*tj_table_cell_text(w->t, r, (guint)col))
            continue;
        if (!tj__auto_number(w->t, r, col, NULL)) {
            g_free(unit);
            return NULL;
        }
        char *u = tj_auto_cell_unit(w->t, w->s, r, (guint)col);
        if (unit && strcmp(u, unit) != 0) {
            g_free(u);
            g_free(unit);
            return NULL;
        }
        g_free(unit);
        unit = u;
        (*n)++;
    }
    return unit;
}

/* A row per year: a trend per value column, or one for several columns
 * in one unit (up to 4 lines). */
static void
year_rows(TjAutoWalk *w)
{
    const GArray *vals = w->s->values;
    gboolean *done = g_new0(gboolean, vals->len);
    for (guint r = 0; r < tj_table_n_rows(w->t); r++)
        if (!tj__auto_text_ok(tj_table_cell_text(w->t, r, (guint)w->s->name))) {
            TjSrcLoc loc = tj_table_cell_loc(w->t, r, (guint)w->s->name);
            tj__auto_note(w, &loc, "%s", _("a year that cannot be drawn: the table is left out"));
            g_free(done);
            return;
        }
    for (guint i = 0; i < vals->len; i++) {
        if (done[i])
            continue;
        int col = g_array_index(vals, int, i);
        guint n;
        char *unit = column_unit(w, col, &n);
        TjSrcLoc loc = tj_table_header_loc(w->t, (guint)col);
        if (!unit || n < 2 || !tj__auto_text_ok(tj_table_column_name(w->t, (guint)col))) {
            tj__auto_note(w, &loc, _("“%s”: not 2 values in one unit over the years: left out"),
                          tj_table_column_name(w->t, (guint)col));
            g_free(unit);
            continue;
        }
        TjAutoGroup g;
        tj__auto_group_init(w, &g, TJ_AUTO_SERIES);
        g.x = w->s->name;
        g.ys[g.n_ys++] = col;
        g.n = n;
        g.loc = loc;
        g.unit = unit;
        for (guint j = i + 1; j < vals->len && g.n_ys < 4 && *unit; j++) {
            int other = g_array_index(vals, int, j);
            guint m;
            char *u = done[j] ? NULL : column_unit(w, other, &m);
            if (u && strcmp(u, unit) == 0 && m >= 2 &&
                tj__auto_text_ok(tj_table_column_name(w->t, (guint)other))) {
                g.ys[g.n_ys++] = other;
                done[j] = TRUE;
                g.n = MAX(g.n, m);
            }
            g_free(u);
        }
        const char *label = tj_table_column_label(w->t, (guint)col);
        g.name = g.n_ys == 1 && tj__auto_text_ok(label) ? label : NULL;
        g.lower = tj__auto_is_lower(label, NULL);
        tj__auto_apply(w, &g);
        tj__auto_group_clear(&g);
    }
    g_free(done);
}

/* Blocks by their order (stable); single values past the cap to @left. */
static void
arrange(TjAutoSection *sec, guint cap, GHashTable *seen, TjDiagList *explain)
{
    GPtrArray *sorted = g_ptr_array_new();
    guint max_order = 0, singles = 0;
    for (guint i = 0; i < sec->blocks->len; i++)
        max_order = MAX(max_order, ((TjAutoBlock *)sec->blocks->pdata[i])->order);
    for (guint o = 0; o <= max_order; o++)
        for (guint i = 0; i < sec->blocks->len; i++) {
            TjAutoBlock *b = sec->blocks->pdata[i];
            if (!b || b->order != o)
                continue;
            sec->blocks->pdata[i] = NULL;         /* moved or freed below */
            const TjAutoBlock *first = b->key ? g_hash_table_lookup(seen, b->key) : NULL;
            if (first) {
                tj_diag_add(explain, TJ_DIAG_NOTE, &b->loc, "auto",
                            _("“%s”: the same value is already drawn from %s: left out"), b->name,
                            first->source);
                block_free(b);
            } else if (b->single && ++singles > cap) {
                g_ptr_array_add(sec->left, b);
            } else {
                if (b->key)
                    g_hash_table_insert(seen, b->key, b);
                g_ptr_array_add(sorted, b);
            }
        }
    g_ptr_array_free(sec->blocks, TRUE);
    sec->blocks = sorted;
    if (sec->left->len > 0)
        tj_diag_add(explain, TJ_DIAG_NOTE, NULL, "auto",
                    _("section “%s”: %u single values past the %u a section draws are written "
                      "in the spec as comments"), sec->heading ? sec->heading : sec->comment,
                    sec->left->len, cap);
}

void
tj_auto_arrange(GPtrArray *sections, guint max_single, TjDiagList *explain)
{
    GHashTable *seen = g_hash_table_new(g_str_hash, g_str_equal);
    for (guint s = 0; s < sections->len;) {
        TjAutoSection *sec = sections->pdata[s];
        arrange(sec, max_single ? max_single : 12, seen, explain);
        if (sec->blocks->len == 0)
            g_ptr_array_remove_index(sections, s);    /* frees it */
        else
            s++;
    }
    g_hash_table_destroy(seen);
}

/* Keeps the section when it has blocks: joined to an earlier one of the
 * same heading (生态 of two tables), else appended. */
static void
finish(TjAutoWalk *w, GPtrArray *sections)
{
    TjAutoSection *sec = w->sec;
    w->sec = NULL;
    if (sec->blocks->len == 0) {
        tj_auto_section_free(sec);
        return;
    }
    for (guint i = 0; sec->heading && i < sections->len; i++) {
        TjAutoSection *o = sections->pdata[i];
        if (g_strcmp0(o->heading, sec->heading) != 0)
            continue;
        TjSrcLoc loc = tj_src_loc(tj_table_name(w->t), 0, 0);
        tj__auto_note(w, &loc, _("section “%s” joins the earlier one of that heading"),
                      sec->heading);
        g_ptr_array_extend_and_steal(o->blocks, sec->blocks);
        sec->blocks = g_ptr_array_new();
        char *base = g_path_get_basename(tj_table_name(w->t));
        if (!strstr(o->comment, base)) {
            char *c = g_strdup_printf("%s、%s", o->comment, base);
            g_free(o->comment);
            o->comment = c;
        }
        g_free(base);
        tj_auto_section_free(sec);
        return;
    }
    g_ptr_array_add(sections, sec);
}

void
tj_auto_choose(TjAutoChooser *ch, const TjTable *t, const TjAutoShape *s, const char *data,
               GPtrArray *sections, TjDiagList *explain)
{
    TjAutoWalk w = { ch, t, s, data, NULL, explain, g_hash_table_new(g_str_hash, g_str_equal) };
    for (guint r = 0; s->name >= 0 && r < tj_table_n_rows(t); r++) {
        const char *nm = tj_table_cell_text(t, r, (guint)s->name);
        guint c = GPOINTER_TO_UINT(g_hash_table_lookup(w.name_count, nm));
        g_hash_table_insert(w.name_count, (gpointer)nm, GUINT_TO_POINTER(c + 1));
    }
    /* a section without a heading would read as part of the one above it */
    char *stem = tj__auto_stem_heading(t);
    if (!stem)
        stem = g_strdup(s->form == TJ_AUTO_YEAR_ROWS ? "变化趋势" : "主要指标");
    if (s->form == TJ_AUTO_YEAR_ROWS) {
        w.sec = section_new(t, stem);
        year_rows(&w);
        finish(&w, sections);
        g_free(stem);
        g_hash_table_destroy(w.name_count);
        return;
    }
    guint nr = tj_table_n_rows(t);
    gboolean *taken = g_new0(gboolean, nr);
    for (guint r = 0; r < nr; r++) {
        if (taken[r])
            continue;
        const char *gval = s->group >= 0 ? tj_table_cell_text(t, r, (guint)s->group) : NULL;
        GArray *rows = g_array_new(FALSE, FALSE, sizeof(guint));
        for (guint q = r; q < nr; q++)
            if (!taken[q] && (!gval || strcmp(gval, tj_table_cell_text(t, q, (guint)s->group)) == 0)) {
                taken[q] = TRUE;
                g_array_append_val(rows, q);
            }
        gboolean ok = !gval || tj__auto_text_ok(gval);
        w.sec = section_new(t, gval && *gval && ok ? gval : stem);
        if (ok)
            tj__auto_rows_section(&w, rows, s->group, gval);
        else {
            TjSrcLoc loc = tj_table_cell_loc(t, r, (guint)s->group);
            tj__auto_note(&w, &loc, "%s", _("a group name that cannot be drawn: its rows are left out"));
        }
        finish(&w, sections);
        g_array_free(rows, TRUE);
    }
    g_free(taken);
    g_free(stem);
    g_hash_table_destroy(w.name_count);
}
