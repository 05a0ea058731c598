/* layouts/table-cells.c — what a table's cells and headers say (numbers
 * through the tiles' number splitting, so at the source's precision and in
 * its 万/亿; changes through core/format with arrows), its alt text and its
 * TjBlockOps. */
#include "layouts/table.h"

#include <math.h>
#include <string.h>

#include "core/format.h"
#include "core/i18n.h"
#include "layouts/kpi.h"
#include "layouts/text.h"

#define ALT_MAX_ROWS 20
#define POINTS "个百分点"

void
tj_table_spec_init(TjTableSpec *spec)
{
    *spec = (TjTableSpec){ 0 };
    spec->width = 800;
}

static const TjTableCell *
cell(const TjTableSpec *spec, guint row, guint col)
{
    return &spec->cells[row * spec->n_cols + col];
}

/* The magnitude a number of @abs raw value is shown in alone: none below
 * 1亿 (a table keeps 72447 and 117746 as they are, where a tile would
 * write 11.7746万), else the one it needs. */
static TjMagnitude
own_magnitude(double abs)
{
    return abs >= 1e8 ? tj_format_pick_magnitude(abs) : TJ_MAG_NONE;
}

/* The magnitude a column's raw numbers are shown in: the one its largest
 * raw value needs, for all of them alike. Numbers written with 万/亿 keep
 * theirs (and do not count). TJ_MAG_AUTO: each its own — the column's
 * values lie more than six orders of magnitude apart (rows in different
 * units, named in a unit column), and one shared magnitude would write
 * the small ones as 0.000000. */
static TjMagnitude
column_magnitude(const TjTableSpec *spec, guint col)
{
    double max = 0, min = INFINITY;
    for (guint r = 0; r < spec->n_rows; r++) {
        const TjNumber *n = &spec->cells[r * spec->n_cols + col].num;
        if (isfinite(n->value) && n->magnitude == 0 && n->value != 0) {  /* raw values only */
            max = MAX(max, fabs(n->value));
            min = MIN(min, fabs(n->value));
        }
    }
    TjMagnitude mag = own_magnitude(max);
    return mag != TJ_MAG_NONE && min * 1e6 < max ? TJ_MAG_AUTO : mag;
}

/* A number cell's text and the part after its figure ("亿元", "%"). */
static char *
number_text(const TjNumber *n, TjMagnitude mag, char **after)
{
    TjKpiNumber k = { 0 };
    if (n->magnitude > 0)
        mag = TJ_MAG_AUTO;   /* written with 万/亿: kept */
    else if (mag == TJ_MAG_AUTO)
        mag = own_magnitude(fabs(n->value));
    tj_kpi_number_split(&k, n, mag, NULL);
    char *out = g_strconcat(k.before, k.big, k.after, NULL);
    if (after)
        *after = g_strdup(k.after);
    tj_kpi_number_clear(&k);
    return out;
}

/* The `after` all of the column's numbers share, or NULL (also when one
 * has none, or the column has no number). (transfer full) */
static char *
shared_after(const TjTableSpec *spec, guint col)
{
    char *shared = NULL;
    for (guint r = 0; r < spec->n_rows; r++) {
        const TjNumber *n = &cell(spec, r, col)->num;
        if (!isfinite(n->value))
            continue;
        char *after = NULL;
        g_free(number_text(n, column_magnitude(spec, col), &after));
        if (!*after || (shared && strcmp(shared, after) != 0)) {
            g_free(after);
            g_free(shared);
            return NULL;
        }
        if (!shared)
            shared = after;
        else
            g_free(after);
    }
    return shared;
}

char *
tj_table_header_unit(const TjTableSpec *spec, guint col)
{
    const TjTableCol *c = &spec->cols[col];
    if (c->kind == TJ_TCOL_TEXT)
        return NULL;
    if (c->kind == TJ_TCOL_CHANGE)
        return c->points ? g_strdup("百分点") : NULL;
    char *shared = shared_after(spec, col);
    return shared ? shared : g_strdup(c->unit && *c->unit ? c->unit : NULL);
}

char *
tj_table_cell_display(const TjTableSpec *spec, guint row, guint col, gboolean strip_unit)
{
    const TjTableCol *c = &spec->cols[col];
    const TjTableCell *x = cell(spec, row, col);
    if (c->kind == TJ_TCOL_TEXT)
        return g_strdup(x->text);
    if (!isfinite(x->num.value))
        return g_strdup("—");
    if (c->kind == TJ_TCOL_CHANGE) {
        char *s = tj_format_change(x->num.value, x->num.decimals, c->points, TJ_CHANGE_ARROW);
        if (strip_unit && c->points && g_str_has_suffix(s, POINTS))
            s[strlen(s) - strlen(POINTS)] = '\0';
        return s;
    }
    char *after = NULL;
    char *s = number_text(&x->num, column_magnitude(spec, col), &after);
    char *shared = strip_unit ? shared_after(spec, col) : NULL;
    if (shared && g_str_has_suffix(s, shared))
        s[strlen(s) - strlen(shared)] = '\0';
    g_free(shared);
    g_free(after);
    return s;
}

gboolean
tj_table_check(const TjTableSpec *spec, GError **error)
{
    const TjSrcLoc *loc = spec->loc.file ? &spec->loc : NULL;
    if (spec->n_rows == 0 || spec->n_cols == 0) {
        tj_error_set_at(error, TJ_ERROR_INPUT, loc, _("table: no rows to show"));
        return FALSE;
    }
    if (spec->n_rows > TJ_TABLE_MAX_ROWS_DRAWN || spec->n_cols > TJ_TABLE_MAX_COLS_DRAWN) {
        tj_error_set_at(error, TJ_ERROR_INPUT, loc,
                        _("table: %u rows and %u columns are too many for a table block (at "
                          "most %d rows and %d columns); pick some with where and columns"),
                        spec->n_rows, spec->n_cols, TJ_TABLE_MAX_ROWS_DRAWN,
                        TJ_TABLE_MAX_COLS_DRAWN);
        return FALSE;
    }
    for (guint i = 0; i < spec->n_rows * spec->n_cols; i++)
        if (!tj_text_check_lengths(loc, error, _("cell"), spec->cells[i].text, NULL))
            return FALSE;
    return tj_text_check_lengths(loc, error, _("title"), spec->title, _("subtitle"),
                                 spec->subtitle, NULL);
}

/* ---- alt text --------------------------------------------------------------- */

/* A change column's header without the word its values say themselves:
 * "比上年增长" → "比上年" (then "比上年增长2.3%", "比上年下降0.1%"). */
static char *
change_base(const char *header)
{
    static const char *const words[] = { "增长率", "增长", "增速", "增幅", NULL };
    for (const char *const *w = words; *w; w++)
        if (g_str_has_suffix(header, *w) && strlen(header) > strlen(*w))
            return g_strndup(header, strlen(header) - strlen(*w));
    return g_strdup(header);
}

static void
alt_row(GString *out, const TjTableSpec *spec, guint r)
{
    gboolean first = TRUE;
    for (guint c = 0; c < spec->n_cols; c++) {
        const TjTableCol *col = &spec->cols[c];
        const TjTableCell *x = cell(spec, r, c);
        if (!first)
            g_string_append(out, "，");
        first = FALSE;
        if (col->kind == TJ_TCOL_TEXT) {
            g_string_append(out, x->text);
            continue;
        }
        char *v = col->kind == TJ_TCOL_CHANGE
                      ? tj_format_change(x->num.value, x->num.decimals, col->points,
                                         TJ_CHANGE_WORDS)
                      : tj_table_cell_display(spec, r, c, FALSE);
        char *unit = col->kind == TJ_TCOL_NUMBER ? tj_table_header_unit(spec, c) : NULL;
        if (unit && isfinite(x->num.value) && !g_str_has_suffix(v, unit)) {
            char *with = g_strconcat(v, unit, NULL);  /* the header's unit, said */
            g_free(v);
            v = with;
        }
        g_free(unit);
        char *head = col->kind == TJ_TCOL_CHANGE ? change_base(col->header)
                                                 : g_strdup(col->header);
        g_string_append_printf(out, "%s%s", head, isfinite(x->num.value) ? v : "缺失");
        g_free(head);
        g_free(v);
    }
}

char *
tj_alt_table(const TjTableSpec *spec)
{
    if (spec->n_rows == 0 || spec->n_cols == 0)
        return NULL;
    GString *out = g_string_new("表格：");
    if (spec->title && *spec->title)
        g_string_append_printf(out, "%s。", spec->title);
    g_string_append_printf(out, "共%u行，各列为", spec->n_rows);
    for (guint c = 0; c < spec->n_cols; c++) {
        char *unit = tj_table_header_unit(spec, c);
        g_string_append_printf(out, "%s%s%s%s%s", c ? "、" : "", spec->cols[c].header,
                               unit ? "（" : "", unit ? unit : "", unit ? "）" : "");
        g_free(unit);
    }
    g_string_append(out, "。");
    for (guint r = 0; r < spec->n_rows && r < ALT_MAX_ROWS; r++) {
        if (r)
            g_string_append(out, "；");
        alt_row(out, spec, r);
    }
    if (spec->n_rows > ALT_MAX_ROWS)
        g_string_append_printf(out, "；等%u行", spec->n_rows);
    g_string_append(out, "。");
    return g_string_free(out, FALSE);
}

/* ---- as a page block -------------------------------------------------------- */

static gboolean
block_layout(TjScene *s, gconstpointer spec, double w, double h, const TjTheme *th,
             const TjMeasurer *m, GError **error)
{
    TjTableSpec t = *(const TjTableSpec *)spec;
    t.width = w;
    t.height = h;
    return tj_layout_table(s, &t, th, m, error);
}

static double
block_height(gconstpointer spec, double cell_w, guint n, const TjTheme *th, const TjMeasurer *m)
{
    (void)n;
    return tj_table_height(spec, cell_w, th, m);
}

static char *
block_alt(gconstpointer spec)
{
    return tj_alt_table(spec);
}

static const char *
block_title(gconstpointer spec)
{
    return ((const TjTableSpec *)spec)->title;
}

static void
block_size(gconstpointer spec, double *w, double *h)
{
    const TjTableSpec *t = spec;
    *w = t->width > 0 ? t->width : 800;
    /* measured with the fake measurer: room for a line more than it says */
    *h = MAX(160, tj_table_height(t, *w, tj_theme_builtin(NULL), tj_measurer_fake()) + 32);
}

const TjBlockOps tj_table_block_ops = {
    .name = "table", .layout = block_layout, .natural_height = block_height,
    .alt = block_alt, .title = block_title, .default_size = block_size,
    .alt_noun = "个表格",
};
