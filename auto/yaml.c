/* auto/yaml.c — the drafted spec as plain YAML a person edits: block style
 * for the page and its sections, one flow map per block, a Chinese comment
 * above each block saying why it was chosen. Scalars are plain when they
 * read back as the same text, else double-quoted (texts reaching here have
 * no control characters: tj__auto_text_ok). */
#include "auto/auto-private.h"

#include <string.h>

static gboolean
plain_ok(const char *s)
{
    /* the spec reads every scalar as text until a key asks for more (no
     * YAML 1.1 booleans); only these read as empty */
    static const char *const words[] = { "~", "null", "Null", "NULL", NULL };
    if (!*s)
        return FALSE;
    for (const char *const *w = words; *w; w++)
        if (strcmp(s, *w) == 0)
            return FALSE;
    if (strchr("-.%", s[0]))       /* a sign, a point, a directive */
        return FALSE;
    for (const char *p = s; *p; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        if (c < 0x80 && !g_ascii_isalnum((int)c) && !strchr("_-./()%", (int)c))
            return FALSE;
        if (c == 0x3000 || c == 0xa0 || g_unichar_isspace(c))
            return FALSE;
    }
    return TRUE;
}

void
tj_auto_yaml_scalar(GString *out, const char *text)
{
    if (plain_ok(text)) {
        g_string_append(out, text);
        return;
    }
    g_string_append_c(out, '"');
    for (const char *p = text; *p; p++) {
        if (*p == '"' || *p == '\\')
            g_string_append_c(out, '\\');
        g_string_append_c(out, *p);
    }
    g_string_append_c(out, '"');
}

void
tj_auto_yaml_put(GString *map, const char *key, const char *value)
{
    if (map->len > 1)
        g_string_append(map, ", ");
    tj_auto_yaml_scalar(map, key);
    g_string_append(map, ": ");
    tj_auto_yaml_scalar(map, value);
}

void
tj_auto_yaml_put_list(GString *map, const char *key, const char *const *values, guint n)
{
    if (map->len > 1)
        g_string_append(map, ", ");
    tj_auto_yaml_scalar(map, key);
    g_string_append(map, ": [");
    for (guint i = 0; i < n; i++) {
        if (i)
            g_string_append(map, ", ");
        tj_auto_yaml_scalar(map, values[i]);
    }
    g_string_append_c(map, ']');
}

static void
block_lines(GString *out, const TjAutoBlock *b, const char *first)
{
    const char *pad = strcmp(first, "  - ") == 0 ? "        " : "      ";
    g_string_append_printf(out, "%s# %s\n", pad, b->comment);
    g_string_append_printf(out, "      %s%s: %s\n", first, b->kind, b->options->str);
}

/* The blocks from @i that share rows: those of one kind; a single value
 * left alone (one gauge after tiles) joins the single values beside it. */
static guint
run_length(const GPtrArray *blocks, guint i)
{
    const TjAutoBlock *b = blocks->pdata[i];
    guint run = 1;
    while (i + run < blocks->len &&
           strcmp(((TjAutoBlock *)blocks->pdata[i + run])->kind, b->kind) == 0)
        run++;
    if (!b->single)
        return run;
    guint next = i + run, more = 0;
    while (next + more < blocks->len && ((TjAutoBlock *)blocks->pdata[next + more])->single &&
           strcmp(((TjAutoBlock *)blocks->pdata[next + more])->kind,
                  ((TjAutoBlock *)blocks->pdata[next])->kind) == 0)
        more++;
    return more == 1 || (run == 1 && more > 0) ? run + more : run;
}

/* Blocks side by side, at most per_row a row, rows evened (5 tiles: 3 + 2,
 * 4: 2 + 2). */
static void
write_rows(GString *out, const GPtrArray *blocks)
{
    for (guint i = 0; i < blocks->len;) {
        const TjAutoBlock *b = blocks->pdata[i];
        guint run = run_length(blocks, i);
        guint per = MAX(b->per_row, 1);
        guint nrows = (run + per - 1) / per;
        for (guint r = 0; r < nrows; r++) {
            guint in_row = run / nrows + (r < run % nrows);
            for (guint k = 0; k < in_row; k++, i++)
                block_lines(out, blocks->pdata[i], in_row == 1 ? "- " : k == 0 ? "- - " : "  - ");
        }
    }
}

char *
tj_auto_yaml_spec(const char *title, guint n, const char *const *names,
                  const char *const *paths, const char *const *sheets,
                  const char *const *data_comments, const GPtrArray *sections)
{
    GString *out = g_string_new(NULL);
    g_string_append_printf(out,
        "# 图解草稿：由 tujie auto 根据%u个表格生成，请按需修改。\n"
        "# 每个图块上方的注释说明为何这样选；改好后运行\n"
        "#   tujie render 本文件 -o poster.png\n"
        "page:\n  title: ", n);
    tj_auto_yaml_scalar(out, title);
    g_string_append(out, "    # 海报标题，请改写\n"
                         "  width: wechat\n"
                         "  theme: gov-red\n"
                         "data:\n");
    for (guint i = 0; i < n; i++) {
        if (!names[i]) {
            g_string_append_printf(out, "  # %s：%s\n", paths[i], data_comments[i]);
            continue;
        }
        g_string_append(out, "  ");
        tj_auto_yaml_scalar(out, names[i]);
        g_string_append(out, ": ");
        if (sheets && sheets[i]) {
            GString *map = g_string_new("{");
            tj_auto_yaml_put(map, "path", paths[i]);
            tj_auto_yaml_put(map, "sheet", sheets[i]);
            g_string_append(out, map->str);
            g_string_append_c(out, '}');
            g_string_free(map, TRUE);
        } else {
            tj_auto_yaml_scalar(out, paths[i]);
        }
        g_string_append_printf(out, "    # %s\n", data_comments[i]);
    }
    g_string_append(out, "sections:\n");
    for (guint s = 0; s < sections->len; s++) {
        const TjAutoSection *sec = sections->pdata[s];
        g_string_append_printf(out, "  # %s\n", sec->comment);
        if (sec->heading) {
            g_string_append(out, "  - heading: ");
            tj_auto_yaml_scalar(out, sec->heading);
            g_string_append(out, "\n    rows:\n");
        } else {
            g_string_append(out, "  - rows:\n");
        }
        write_rows(out, sec->blocks);
        if (sec->left->len == 0)
            continue;
        g_string_append_printf(out, "      # 以下%u项未画入（本节单值图块已多），"
                                    "需要时删去行首的“# ”：\n", sec->left->len);
        for (guint i = 0; i < sec->left->len && i < TJ_AUTO_MAX_LEFT; i++) {
            const TjAutoBlock *b = sec->left->pdata[i];
            g_string_append_printf(out, "      # - %s: %s    # %s\n", b->kind, b->options->str,
                                   b->comment);
        }
        if (sec->left->len > TJ_AUTO_MAX_LEFT)
            g_string_append_printf(out, "      # ……另有%u项未列出（tujie auto --explain 列出全部）\n",
                                   sec->left->len - TJ_AUTO_MAX_LEFT);
    }
    return g_string_free(out, FALSE);
}
