/* data/column.c — what a column is: its header name checked (not empty,
 * unique), its label and unit from a header like "地区生产总值（亿元）" or
 * "GDP(亿元)", its numbers (a double a row, each distinct form once), and
 * its type and unit decided from the numbers of its cells once all rows
 * are read.
 *
 * A column is NUMBER when every non-missing cell is a number and at least
 * one is. Its unit is the header's; else, for a NUMBER column, the unit all
 * its numbers share, written as magnitude + unit ("亿元", "万人次", "%");
 * NULL when none or mixed. */
#include "data/table-private.h"
#include "core/i18n.h"

#include <math.h>
#include <string.h>

static const char *const magnitude_names[] = { "", "万", "亿", "万亿" };

gboolean
tj__table_check_header(TjTable *t, GError **error)
{
    GHashTable *seen = g_hash_table_new(g_str_hash, g_str_equal);
    gboolean ok = TRUE;
    for (guint i = 0; i < t->n_cols && ok; i++) {
        const TjColumn *c = &t->cols[i];
        TjSrcLoc loc = tj_table_header_loc(t, i);
        gpointer first;
        if (c->name[0] == '\0') {
            tj_error_set_at(error, TJ_ERROR_INPUT, &loc,
                            _("empty name for column %u; expected a name in "
                            "every header cell"), i + 1);
            ok = FALSE;
        } else if (g_hash_table_lookup_extended(seen, c->name, NULL, &first)) {
            tj_error_set_at(error, TJ_ERROR_INPUT, &loc,
                            _("duplicate column name “%s” (also column %u); "
                            "expected each name once"), c->name,
                            GPOINTER_TO_UINT(first) + 1);
            ok = FALSE;
        } else {
            g_hash_table_insert(seen, (gpointer)c->name, GUINT_TO_POINTER(i));
        }
    }
    g_hash_table_destroy(seen);
    return ok;
}

/* A form: everything of a number but its value. Hashed and compared by
 * its fields (unit and qualifiers are interned, compared by pointer). */
static guint
form_hash(gconstpointer p)
{
    const TjNumber *n = p;
    guint h = (guint)(guint8)n->decimals | (guint)(guint8)n->magnitude << 8
              | (guint)(n->percent != 0) << 16;
    h ^= g_direct_hash(n->unit) * 31u ^ g_direct_hash(n->prefix) * 131u
         ^ g_direct_hash(n->suffix) * 1031u;
    return h;
}

static gboolean
same_form(const TjNumber *a, const TjNumber *b)
{
    return a->decimals == b->decimals && a->magnitude == b->magnitude
           && (a->percent != 0) == (b->percent != 0) && a->unit == b->unit
           && a->prefix == b->prefix && a->suffix == b->suffix;
}

static gboolean
form_equal(gconstpointer a, gconstpointer b)
{
    return same_form(a, b);
}

/* Index of @num's form in t->forms, added when new. */
static guint32
form_of(TjTable *t, TjColumn *c, const TjNumber *num)
{
    if (c->last_form > 0
        && same_form(&g_array_index(t->forms, TjNumber, c->last_form - 1), num))
        return c->last_form - 1;
    if (t->forms == NULL) {
        t->forms = g_array_new(FALSE, FALSE, sizeof(TjNumber));
        t->form_index = g_hash_table_new_full(form_hash, form_equal, g_free, NULL);
    }
    TjNumber f = *num;
    f.value = 0;
    f.range = FALSE;
    guint32 idx = GPOINTER_TO_UINT(g_hash_table_lookup(t->form_index, &f));
    if (idx == 0) {
        g_array_append_val(t->forms, f);
        idx = t->forms->len;
        g_hash_table_insert(t->form_index, g_memdup2(&f, sizeof f), GUINT_TO_POINTER(idx));
    }
    c->last_form = idx;
    return idx - 1;
}

void
tj__table_reserve_rows(TjTable *t, gsize rows)
{
    rows = MAX(rows, 1);
    t->rows_cap = rows;
    t->cells = g_new(guint32, rows * MAX(t->n_cols, 1));
    t->lines = g_array_new(FALSE, FALSE, sizeof(TjLineMark));
}

void
tj__table_grow_rows(TjTable *t)
{
    t->rows_cap *= 2;
    t->cells = g_renew(guint32, t->cells, t->rows_cap * MAX(t->n_cols, 1));
    for (guint i = 0; i < t->n_cols; i++) {
        TjColumn *c = &t->cols[i];
        if (c->values)
            c->values = g_renew(double, c->values, t->rows_cap);
        if (c->codes)
            c->codes = g_renew(guint32, c->codes, t->rows_cap);
    }
}

void
tj__table_add_row(TjTable *t, guint32 line)
{
    guint32 row = t->n_rows++;
    GArray *m = t->lines;
    if (m->len > 0) {
        const TjLineMark *last = &g_array_index(m, TjLineMark, m->len - 1);
        if ((guint64)last->line + (row - last->row) == line)
            return;
    }
    TjLineMark mark = { row, line };
    g_array_append_val(m, mark);
}

/* The code of row @r of @c while it has no codes array. */
static guint32
uniform_code(const TjColumn *c, gsize r)
{
    if (c->values == NULL || isnan(c->values[r]))
        return TJ__CELL_MISSING;
    return TJ__CELL_VALUE0 + c->form0;
}

/* Records @code for @row; the codes array is made when a cell is text or
 * a value of another form than the column's first value. */
static void
set_code(TjTable *t, TjColumn *c, gsize row, guint32 code)
{
    if (c->codes == NULL) {
        if (code == TJ__CELL_MISSING)
            return;
        if (code >= TJ__CELL_VALUE0 && c->n_value == 1) {
            c->form0 = code - TJ__CELL_VALUE0;   /* the first value */
            return;
        }
        if (code == TJ__CELL_VALUE0 + c->form0 && c->n_value > 1)
            return;
        c->codes = g_new(guint32, t->rows_cap);
        for (gsize r = 0; r < row; r++)
            c->codes[r] = uniform_code(c, r);
    }
    c->codes[row] = code;
}

static void
note_unit(TjColumn *c, const TjNumber *n)
{
    if (!c->unit_seen) {
        c->unit_seen = TRUE;
        c->unit_mag = n->magnitude;
        c->unit_percent = n->percent;
        c->unit_text = n->unit;
    } else if (c->unit_mag != n->magnitude || c->unit_percent != n->percent
               || c->unit_text != n->unit) {
        c->unit_mixed = TRUE;
    }
}

void
tj__table_add_number(TjTable *t, guint col, TjNumKind kind, const TjNumber *num)
{
    TjColumn *c = &t->cols[col];
    gsize row = t->n_rows;
    if (kind == TJ_NUM_VALUE) {
        if (c->values == NULL) {
            c->values = g_new(double, t->rows_cap);
            for (gsize r = 0; r < row; r++)
                c->values[r] = NAN;
        }
        c->values[row] = num->value;
        c->n_value++;
        note_unit(c, num);
        set_code(t, c, row, TJ__CELL_VALUE0 + form_of(t, c, num));
        return;
    }
    if (c->values != NULL)
        c->values[row] = NAN;
    if (kind == TJ_NUM_TEXT)
        c->n_text++;
    set_code(t, c, row, kind == TJ_NUM_TEXT ? TJ__CELL_TEXT : TJ__CELL_MISSING);
}

/* A parenthesis that says what a text is, not its unit: （草案）, （试行）,
 * （2020年）, （含…）. */
static gboolean
is_annotation(const char *v)
{
    static const char *const whole[] = { "草案", "试行", "暂行", "修订", "修订稿", "征求意见稿",
                                         "送审稿", "讨论稿", "初稿", "预计", "预计数", "初步",
                                         "初步核算", "快报", "快报数", "估计", "推算", "注",
                                         "下同", "续", "节选", "摘要", NULL };
    static const char *const start[] = { "含", "不含", "包括", "不包括", "其中", "以下简称",
                                         "简称", "注：", "注:", NULL };
    for (const char *const *w = whole; *w; w++)
        if (strcmp(v, *w) == 0)
            return TRUE;
    for (const char *const *w = start; *w; w++)
        if (g_str_has_prefix(v, *w))
            return TRUE;
    for (const char *p = v; *p; p++)   /* a year: 2020, 2020年, 2016—2020年 */
        if ((p == v || !g_ascii_isdigit(p[-1])) && g_ascii_isdigit(p[0]) &&
            g_ascii_isdigit(p[1]) && g_ascii_isdigit(p[2]) && g_ascii_isdigit(p[3]) &&
            !g_ascii_isdigit(p[4]) && (strncmp(p, "19", 2) == 0 || strncmp(p, "20", 2) == 0))
            return TRUE;
    return FALSE;
}

/* Splits "地区生产总值（亿元）" into label and unit; FALSE when the name has
 * no such trailing parenthesis, or it is an annotation (草案, 2020年).
 * "（单位：亿元）" gives "亿元" too. */
static gboolean
split_header(const char *name, char **label, char **unit)
{
    gsize len = strlen(name);
    gsize close_len = g_str_has_suffix(name, ")") ? 1
                      : g_str_has_suffix(name, "）") ? strlen("）") : 0;
    if (close_len == 0)
        return FALSE;
    const char *half = g_strrstr_len(name, (gssize)(len - close_len), "(");
    const char *full = g_strrstr_len(name, (gssize)(len - close_len), "（");
    const char *open = full == NULL || (half != NULL && half > full) ? half : full;
    if (open == NULL || open == name)
        return FALSE;
    const char *in = open + (open == half ? 1 : strlen("（"));
    char *u = g_strndup(in, (gsize)(name + len - close_len - in));
    char *l = g_strndup(name, (gsize)(open - name));
    g_strstrip(u);
    g_strstrip(l);
    const char *v = u;
    if (g_str_has_prefix(v, "单位：") || g_str_has_prefix(v, "单位:"))
        v = g_utf8_next_char(g_utf8_next_char(g_utf8_next_char(v)));
    if (*v == '\0' || *l == '\0' || is_annotation(v)) {
        g_free(u);
        g_free(l);
        return FALSE;
    }
    *unit = g_strdup(v);
    *label = l;
    g_free(u);
    return TRUE;
}

/* The unit all numbers of @c share, interned; NULL when none or mixed. */
static const char *
shared_unit(TjTable *t, const TjColumn *c)
{
    if (!c->unit_seen || c->unit_mixed)
        return NULL;
    const char *mag = magnitude_names[(c->unit_mag / 4) % 4];
    const char *rest = c->unit_percent ? "%" : c->unit_text ? c->unit_text : "";
    if (*mag == '\0' && *rest == '\0')
        return NULL;
    char *u = g_strconcat(mag, rest, NULL);
    const char *interned = g_string_chunk_insert_const(t->strings, u);
    g_free(u);
    return interned;
}

void
tj__table_finish_columns(TjTable *t)
{
    for (guint i = 0; i < t->n_cols; i++) {
        TjColumn *c = &t->cols[i];
        char *label, *unit;
        c->type = c->n_value > 0 && c->n_text == 0 ? TJ_COL_NUMBER : TJ_COL_TEXT;
        if (split_header(c->name, &label, &unit)) {
            c->label = g_string_chunk_insert_const(t->strings, label);
            c->unit = g_string_chunk_insert_const(t->strings, unit);
            g_free(label);
            g_free(unit);
        } else {
            c->label = c->name;
            c->unit = c->type == TJ_COL_NUMBER ? shared_unit(t, c) : NULL;
        }
        gsize rows = MAX(t->n_rows, 1);
        if (c->values)
            c->values = g_renew(double, c->values, rows);
        if (c->codes)
            c->codes = g_renew(guint32, c->codes, rows);
    }
    gsize rows = MAX(t->n_rows, 1);
    t->cells = g_renew(guint32, t->cells, rows * MAX(t->n_cols, 1));
    t->rows_cap = rows;
    g_clear_pointer(&t->form_index, g_hash_table_destroy);
}

void
tj__table_free_columns(TjTable *t)
{
    for (guint i = 0; t->cols && i < t->n_cols; i++) {
        g_free(t->cols[i].values);
        g_free(t->cols[i].codes);
    }
    g_clear_pointer(&t->cols, g_free);
    g_clear_pointer(&t->cells, g_free);
    if (t->lines)
        g_array_free(t->lines, TRUE);
    t->lines = NULL;
    g_clear_pointer(&t->unplain, g_hash_table_destroy);
    g_clear_pointer(&t->cell_line, g_hash_table_destroy);
    g_clear_pointer(&t->cell_col, g_hash_table_destroy);
    if (t->forms)
        g_array_free(t->forms, TRUE);
    t->forms = NULL;
    g_clear_pointer(&t->form_index, g_hash_table_destroy);
}
