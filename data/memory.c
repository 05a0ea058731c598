/* data/memory.c — tables a program builds from its own arrays (the public
 * tj_table_new and tj_table_add_*_column): each column added becomes, with
 * the columns before it, the CSV the reader would see, read by the same
 * reader, so a table in memory types its cells, keeps units and reports
 * places exactly as a file does (line = row + 1, the header being line 1). */
#include "data/table-private.h"

#include <math.h>
#include <string.h>

#include "core/i18n.h"

TjTable *
tj_table_new_from_data(const char *csv, gssize len, const char *name, GError **error)
{
    g_return_val_if_fail(csv != NULL, NULL);
    return tj_table_parse(csv, len < 0 ? strlen(csv) : (gsize)len, name, error);
}

TjTable *
tj_table_new(const char *name)
{
    TjTable *t = g_new0(TjTable, 1);
    t->name = g_intern_string(name ? name : "<table>");
    t->encoding = "UTF-8";
    t->delimiter = ',';
    t->strings = g_string_chunk_new(256);
    return t;
}

/* The shortest decimal that reads back as @v exactly. (transfer full) */
static char *
shortest(double v)
{
    char buf[G_ASCII_DTOSTR_BUF_SIZE];
    for (int p = 1; p <= 17; p++) {
        char fmt[8];
        g_snprintf(fmt, sizeof fmt, "%%.%dg", p);
        g_ascii_formatd(buf, sizeof buf, fmt, v);
        if (g_ascii_strtod(buf, NULL) == v)
            break;
    }
    return g_strdup(buf);
}

static void
field(GString *s, const char *text, gboolean first)
{
    if (!first)
        g_string_append_c(s, ',');
    g_string_append_c(s, '"');
    for (const char *p = text ? text : ""; *p; p++) {
        if (*p == '"')
            g_string_append_c(s, '"');
        g_string_append_c(s, *p);
    }
    g_string_append_c(s, '"');
}

/* The table's CSV with one more column, @label and @cells. */
static GString *
csv_with(const TjTable *t, const char *label, const char *const *cells, guint n)
{
    GString *s = g_string_new(NULL);
    for (guint c = 0; c < t->n_cols; c++)
        field(s, tj_table_column_name(t, c), c == 0);
    field(s, label, t->n_cols == 0);
    g_string_append_c(s, '\n');
    for (guint r = 0; r < n; r++) {
        for (guint c = 0; c < t->n_cols; c++)
            field(s, tj_table_cell_text(t, r, c), c == 0);
        field(s, cells[r], t->n_cols == 0);
        g_string_append_c(s, '\n');
    }
    return s;
}

gboolean
tj_table_add_text_column(TjTable *t, const char *label, const char *const *cells, guint n,
                         GError **error)
{
    g_return_val_if_fail(t && label && (cells || n == 0), FALSE);
    if (t->n_cols > 0 && n != t->n_rows) {
        g_set_error(error, TJ_ERROR, TJ_ERROR_USAGE,
                    _("%s: column “%s” has %u rows, the table %u"), t->name, label, n, t->n_rows);
        return FALSE;
    }
    GString *csv = csv_with(t, label, cells, n);
    TjTable *made = tj_table_parse(csv->str, csv->len, t->name, error);
    g_string_free(csv, TRUE);
    if (!made)
        return FALSE;
    TjTable old = *t;
    *t = *made;
    *made = old;
    tj_table_free(made);
    return TRUE;
}

gboolean
tj_table_add_number_column(TjTable *t, const char *label, const double *values, guint n,
                           const char *unit, GError **error)
{
    g_return_val_if_fail(t && label && (values || n == 0), FALSE);
    char **cells = g_new0(char *, n + 1);
    for (guint i = 0; i < n; i++) {
        if (isnan(values[i]))
            continue;  /* missing */
        if (!isfinite(values[i])) {
            g_set_error(error, TJ_ERROR, TJ_ERROR_USAGE,
                        _("%s: column “%s”, row %u: %g is not a finite number"), t->name, label,
                        i + 1, values[i]);
            g_strfreev(cells);
            return FALSE;
        }
        char *num = shortest(values[i]);
        cells[i] = g_strconcat(num, unit ? unit : "", NULL);
        g_free(num);
    }
    gboolean ok = tj_table_add_text_column(t, label, (const char *const *)cells, n, error);
    for (guint i = 0; i < n; i++)
        g_free(cells[i]);
    g_free(cells);
    return ok;
}
