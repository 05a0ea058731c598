/* data/column.c — what a column is: its header name checked (not empty,
 * unique), its label and unit from a header like "地区生产总值（亿元）" or
 * "GDP(亿元)", its numbers stored once, and its type and unit decided from
 * the numbers of its cells once all rows are read.
 *
 * A column is NUMBER when every non-missing cell is a number and at least
 * one is. Its unit is the header's; else, for a NUMBER column, the unit all
 * its numbers share, written as magnitude + unit ("亿元", "万人次", "%");
 * NULL when none or mixed. */
#include "data/table-private.h"
#include "core/i18n.h"

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

/* Small id of a qualifier (static strings of number.c), 0 for NULL; -1
 * when the table of ids is full (then the number is not cached). */
static int
qualifier_id(TjTable *t, const char *q)
{
    if (q == NULL)
        return 0;
    for (guint i = 0; i < t->n_quals; i++) {
        if (t->quals[i] == q)
            return (int)i + 1;
    }
    if (t->n_quals == G_N_ELEMENTS(t->quals))
        return -1;
    t->quals[t->n_quals++] = q;
    return (int)t->n_quals;
}

/* Everything in @n but its value and unit, packed exactly (bit 31 set);
 * 0 when it cannot be. */
static guint32
number_form(TjTable *t, const TjNumber *n)
{
    int pre = qualifier_id(t, n->prefix), suf = qualifier_id(t, n->suffix);
    if (pre < 0 || suf < 0)
        return 0;
    return (guint32)(guint8)n->decimals | (guint32)(guint8)n->magnitude << 8
           | (guint32)(n->percent != 0) << 16 | (guint32)pre << 17
           | (guint32)suf << 22 | 1u << 31;
}

static guint
slot_of(guint64 bits, const char *unit, guint32 form)
{
    guint64 h = bits ^ form ^ (guint64)(guintptr)unit;  /* splitmix64's end */
    h = (h ^ (h >> 30)) * G_GUINT64_CONSTANT(0xBF58476D1CE4E5B9);
    h = (h ^ (h >> 27)) * G_GUINT64_CONSTANT(0x94D049BB133111EB);
    return (guint)((h ^ (h >> 31)) % TJ__NUM_CACHE);
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

guint32
tj__table_add_number(TjTable *t, guint col, TjNumKind kind, const TjNumber *num)
{
    TjColumn *c = &t->cols[col];
    if (kind == TJ_NUM_TEXT) {
        c->n_text++;
        return TJ__CELL_TEXT;
    }
    if (kind == TJ_NUM_MISSING)
        return TJ__CELL_MISSING;
    c->n_value++;
    note_unit(c, num);
    if (t->num_cache == NULL)
        t->num_cache = g_new0(TjNumSlot, TJ__NUM_CACHE);
    guint64 bits;
    memcpy(&bits, &num->value, sizeof bits);
    guint32 form = number_form(t, num);
    TjNumSlot *slot = &t->num_cache[slot_of(bits, num->unit, form)];
    if (form != 0 && slot->form == form && slot->bits == bits
        && slot->unit == num->unit)   /* the key is exact: no need to look */
        return TJ__CELL_VALUE0 + (slot->index - 1);
    if (t->n_nums == t->nums_cap) {
        t->nums_cap = t->nums_cap < 256 ? 256 : t->nums_cap * 2;
        t->nums = g_renew(TjNumber, t->nums, t->nums_cap);
    }
    t->nums[t->n_nums] = *num;
    if (form != 0)
        *slot = (TjNumSlot){ bits, num->unit, form, (guint32)(t->n_nums + 1) };
    return TJ__CELL_VALUE0 + (guint32)t->n_nums++;
}

/* Splits "地区生产总值（亿元）" into label and unit; FALSE when the name has
 * no such trailing parenthesis. "（单位：亿元）" gives "亿元" too. */
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
    if (*v == '\0' || *l == '\0') {
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
    }
}
