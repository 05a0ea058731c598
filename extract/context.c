/* extract/context.c — where a figure stands: headings and the period and
 * type they give. A heading is a short line without a sentence end. A
 * heading of the first level (第一部分, 第二篇) starts a new context; a
 * heading that reviews (回顾, 总结, 过去) makes the figures under it 实绩,
 * one that plans (任务, 目标, 计划, 安排, 打算) makes them 目标, and its
 * "2020年" gives their period. Inside a sentence, the year written nearest
 * before a figure wins; a text without headings takes its first year. */
#include "extract/extract-private.h"

#include <string.h>

#define HEADING_MAX 40

static const char *const review_words[] = { "回顾", "总结", "过去", "完成情况", "主要成绩" };
static const char *const target_words[] = { "任务", "目标", "计划", "安排", "打算", "展望", "重点工作" };

static gboolean
contains(const TjExText *t, gsize a, gsize b, const char *word)
{
    glong n = 0;
    gunichar *w = g_utf8_to_ucs4_fast(word, -1, &n);
    gboolean found = FALSE;
    for (gsize i = a; !found && i + (gsize)n <= b; i++)
        found = memcmp(t->c + i, w, (gsize)n * sizeof(gunichar)) == 0;
    g_free(w);
    return found;
}

static gboolean
any_of(const TjExText *t, gsize a, gsize b, const char *const *words, gsize n)
{
    for (gsize i = 0; i < n; i++)
        if (contains(t, a, b, words[i]))
            return TRUE;
    return FALSE;
}

/* The year of "YYYY年" ending at @i (the 年), or 0. */
static int
year_at(const TjExText *t, gsize lo, gsize i)
{
    if (i < lo + 4 || t->c[i] != 0x5E74)
        return 0;
    int y = 0;
    for (gsize k = i - 4; k < i; k++) {
        if (t->c[k] < '0' || t->c[k] > '9')
            return 0;
        y = y * 10 + (int)(t->c[k] - '0');
    }
    if (i >= lo + 5 && t->c[i - 5] >= '0' && t->c[i - 5] <= '9')
        return 0;
    return y >= 1900 && y <= 2100 ? y : 0;
}

int
tj__ex_year_before(const TjExText *t, gsize a, gsize pos)
{
    for (gsize i = pos; i > a; i--) {
        int y = year_at(t, a, i - 1);
        if (y > 0)
            return y;
    }
    return 0;
}

static gboolean
is_part_heading(const TjExText *t, gsize a, gsize b)
{
    if (b < a + 3 || t->c[a] != 0x7B2C)            /* 第 */
        return FALSE;
    for (gsize i = a + 1; i < b && i < a + 5; i++) {
        gunichar ch = t->c[i];
        if (ch == 0x90E8 || ch == 0x7BC7)          /* 部(分) 篇 */
            return i > a + 1;
        if (!(ch >= 0x4E00 && ch <= 0x9FFF) || !(ch == 0x4E00 || ch == 0x4E8C
              || ch == 0x4E09 || ch == 0x56DB || ch == 0x4E94 || ch == 0x516D
              || ch == 0x4E03 || ch == 0x516B || ch == 0x4E5D || ch == 0x5341))
            return FALSE;
    }
    return FALSE;
}

gboolean
tj__ex_heading(const TjExText *t, gsize a, gsize b, TjExContext *ctx)
{
    while (a < b && (t->c[a] == ' ' || t->c[a] == 0x3000))
        a++;
    while (b > a && t->c[b - 1] == ' ')
        b--;
    if (b == a || b - a > HEADING_MAX)
        return FALSE;
    int han = 0;
    for (gsize i = a; i < b; i++) {
        if (tj__ex_is_stop(t->c[i]))
            return FALSE;
        han += tj__ex_is_han(t->c[i]);
    }
    if (han < 2)
        return FALSE;
    gboolean part = is_part_heading(t, a, b);
    if (part) {
        ctx->mode = TJ_EX_MODE_NONE;
        ctx->year = 0;
        ctx->parts = TRUE;
    }
    int year = tj__ex_year_before(t, a, b);
    /* a title in 《》 names a document, not the section's kind */
    gboolean titled = contains(t, a, b, "《") || contains(t, a, b, "》");
    if (!titled && (part || year > 0 || ctx->mode == TJ_EX_MODE_NONE)) {
        if (any_of(t, a, b, review_words, G_N_ELEMENTS(review_words)))
            ctx->mode = TJ_EX_MODE_REVIEW;
        else if (any_of(t, a, b, target_words, G_N_ELEMENTS(target_words)))
            ctx->mode = TJ_EX_MODE_TARGET;
    }
    if (year > 0)
        ctx->year = year;
    return TRUE;
}

void
tj__ex_period(const TjExText *t, const TjExContext *ctx, gsize a, gsize pos,
              gboolean cumulative, TjExRow *row)
{
    int y = tj__ex_year_before(t, a, pos);
    if (y == 0)
        y = ctx->year > 0 ? ctx->year : ctx->doc_year;
    row->period = y > 0 ? g_strdup_printf("%d", y) : g_strdup("");
    gboolean target = ctx->mode == TJ_EX_MODE_TARGET;
    for (gsize i = a; !target && i < pos; i++)
        target = tj__ex_match(TJ_EX_WORD_TARGET, t->c, i, pos, NULL) > 0;
    row->kind = cumulative ? "累计" : target ? "目标" : "实绩";
}
