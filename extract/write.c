/* extract/write.c — the rows as text: CSV (RFC 4180, UTF-8, a header row,
 * the columns of docs/extract.md; tj_table_load reads it back and a spec's
 * `where: {指标: …}` picks its rows) or YAML (a list of maps, every value
 * a double-quoted string). */
#include "extract/extract-private.h"

#include <string.h>

static const char *const header[] = {
    "指标", "数值", "单位", "限定", "变化", "时期", "类型", "来源", "备注", "依据",
};

/* @s with every control character (C0, DEL, C1) and U+FEFF of the
 * report's text — a vertical tab, a form feed, a line break inside a
 * sentence — written as a space: the table is read back by tujie's CSV
 * reader, which refuses characters that cannot be drawn.
 * (transfer full) */
static char *
plain_text(const char *s)
{
    GString *out = g_string_sized_new(strlen(s));
    for (const char *p = s; *p; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0xfeff)
            g_string_append_c(out, ' ');
        else
            g_string_append_len(out, p, g_utf8_next_char(p) - p);
    }
    return g_string_free(out, FALSE);
}

static void
csv_field(GString *out, const char *raw, gboolean last)
{
    char *s = plain_text(raw);
    gboolean quote = *s == ' ' || (*s != '\0' && s[strlen(s) - 1] == ' ')
                     || strpbrk(s, ",;\"") != NULL;
    if (quote) {
        g_string_append_c(out, '"');
        for (const char *p = s; *p; p++) {
            if (*p == '"')
                g_string_append_c(out, '"');
            g_string_append_c(out, *p);
        }
        g_string_append_c(out, '"');
    } else {
        g_string_append(out, s);
    }
    g_string_append(out, last ? "\n" : ",");
    g_free(s);
}

static char *
source_of(const TjExRow *r)
{
    return g_strdup_printf("%u:%u %s", r->line, r->col, r->sentence);
}

/* The row's fields in header order (transfer: the 来源 string, index 7,
 * is allocated; free it). */
static void
fields(const TjExRow *r, const char *out[10])
{
    out[0] = r->name;
    out[1] = r->value;
    out[2] = r->unit;
    out[3] = r->qual;
    out[4] = r->change;
    out[5] = r->period;
    out[6] = r->kind;
    out[7] = source_of(r);
    out[8] = r->note;
    out[9] = r->why != NULL ? r->why->str : "";
}

char *
tj__ex_write_csv(const TjExtract *ex, gboolean explain)
{
    GString *out = g_string_new(NULL);
    guint n = explain ? 10 : 9;
    for (guint i = 0; i < n; i++)
        csv_field(out, header[i], i + 1 == n);
    for (guint k = 0; k < ex->rows->len; k++) {
        const char *f[10];
        fields(g_ptr_array_index(ex->rows, k), f);
        for (guint i = 0; i < n; i++)
            csv_field(out, f[i], i + 1 == n);
        g_free((char *)f[7]);
    }
    return g_string_free(out, FALSE);
}

static void
yaml_string(GString *out, const char *s)
{
    g_string_append_c(out, '"');
    for (const char *p = s; *p; p++) {
        switch (*p) {
        case '"': g_string_append(out, "\\\""); break;
        case '\\': g_string_append(out, "\\\\"); break;
        case '\n': g_string_append(out, "\\n"); break;
        case '\r': g_string_append(out, "\\r"); break;
        case '\t': g_string_append(out, "\\t"); break;
        default:
            if ((guchar)*p < 0x20)
                g_string_append_printf(out, "\\x%02x", (guchar)*p);
            else
                g_string_append_c(out, *p);
        }
    }
    g_string_append(out, "\"\n");
}

char *
tj__ex_write_yaml(const TjExtract *ex, gboolean explain)
{
    GString *out = g_string_new(NULL);
    guint n = explain ? 10 : 9;
    if (ex->rows->len == 0)
        g_string_append(out, "[]\n");
    for (guint k = 0; k < ex->rows->len; k++) {
        const char *f[10];
        fields(g_ptr_array_index(ex->rows, k), f);
        for (guint i = 0; i < n; i++) {
            g_string_append(out, i == 0 ? "- " : "  ");
            g_string_append(out, header[i]);
            g_string_append(out, ": ");
            yaml_string(out, f[i]);
        }
        g_free((char *)f[7]);
    }
    return g_string_free(out, FALSE);
}
