/* extract/several.c — the names of "A、B、C分别…": one list of names
 * before 分别, as many figures after it (分别为1.2万人、1.9万人和3.6万人,
 * 分别增长5.1%和7.3%), matched in order.
 *
 * The list is cut at 、 and at 和 与 及 standing as words. Its items are
 * either whole names (营业收入、利润总额: every item of three characters
 * or more, none shorter than the last) or the parts of one name that
 * share its head (城镇和农村居民人均可支配收入, 普通高中、初中、小学在校
 * 学生): the last item is longer than every other, and its own part is
 * its first word of two characters or more, and no other item is more
 * than two characters longer than that part; the rest of it, the head (居民
 * 人均可支配收入, 在校学生), is given to every item. Anything else
 * (一般公共预算收入、支出: a short last item; a count of items that is
 * not the count of figures) gives no names. */
#include "extract/extract-private.h"

#include <string.h>

#define ITEM_SHORTEST 2
#define NAME_LONGEST 20
#define ITEMS_MOST 8

static gboolean
is_joiner(const TjExState *st, gsize i)
{
    gunichar ch = st->t->c[i];
    if (ch == 0x3001)                                           /* 、 */
        return TRUE;
    return (ch == 0x548C || ch == 0x4E0E || ch == 0x53CA)       /* 和 与 及 */
           && tj__ex_whole_word(st, i, 1);
}

/* The end of the own part of the last item [s, e): its first word
 * boundary at two characters or more, leaving a head of two or more; 0
 * when there is none. */
static gsize
own_part_end(const TjExState *st, gsize s, gsize e)
{
    for (gsize i = s + ITEM_SHORTEST; i + ITEM_SHORTEST <= e; i++)
        if (tj__ex_word_start(st, i))
            return i;
    return 0;
}

static gboolean
han_only(const TjExText *t, gsize s, gsize e)
{
    for (gsize i = s; i < e; i++)
        if (!tj__ex_is_han(t->c[i]))
            return FALSE;
    return e > s;
}

/* Cuts [s, e) into exactly @k items [from[n], to[n]) at 、 and at 和 与
 * 及 standing as words; FALSE for another count or an item that is not
 * two Han characters or more. */
static gboolean
split_items(const TjExState *st, gsize s, gsize e, guint k, gsize *from, gsize *to)
{
    guint n = 0;
    from[0] = s;
    for (gsize i = s; i < e; i++) {
        if (!is_joiner(st, i))
            continue;
        if (n + 1 >= k)
            return FALSE;                      /* more items than figures */
        to[n++] = i;
        from[n] = i + 1;
    }
    to[n++] = e;
    if (n != k)
        return FALSE;
    for (guint j = 0; j < k; j++)
        if (to[j] < from[j] + ITEM_SHORTEST || !han_only(st->t, from[j], to[j]))
            return FALSE;
    return TRUE;
}

/* Where the shared head of the last item starts (0: the items are whole
 * names); *ok FALSE when they are neither whole names nor parts. */
static gsize
head_start(const TjExState *st, guint k, const gsize *from, const gsize *to, gboolean *ok)
{
    gsize last = to[k - 1] - from[k - 1];
    gboolean whole = last >= 3, shared = TRUE;
    for (guint j = 0; j + 1 < k; j++) {
        gsize len = to[j] - from[j];
        whole = whole && len >= last;
        shared = shared && len < last;
    }
    gsize own = shared ? own_part_end(st, from[k - 1], to[k - 1]) : 0;
    for (guint j = 0; own > 0 && j + 1 < k; j++)
        if (to[j] - from[j] > own - from[k - 1] + 2)
            own = 0;              /* 工业增加值、社会消费品零售总额: no part */
    *ok = whole || own > 0;
    return own;
}

char **
tj__ex_several_names(const TjExState *st, gsize v, guint k, GString *why)
{
    const TjExText *t = st->t;
    gsize s = st->lo, e = v;
    for (gsize i = e; i > s; i--)
        if (tj__ex_is_clause_mark(t->c[i - 1])) {
            s = i;
            break;
        }
    gboolean cumulative = FALSE, several = FALSE, ok = FALSE;
    const char *qual = NULL;
    GString *strip_why = g_string_new(NULL);
    tj__ex_strip(st, &s, &e, &cumulative, &several, &qual, strip_why);
    gsize from[ITEMS_MOST], to[ITEMS_MOST], own = 0;
    if (k >= 2 && k <= ITEMS_MOST && e > s && e - s <= NAME_LONGEST && qual == NULL
        && !several && split_items(st, s, e, k, from, to))
        own = head_start(st, k, from, to, &ok);
    if (!ok) {
        g_string_free(strip_why, TRUE);
        return NULL;
    }
    char **names = g_new0(char *, k + 1);
    char *head = own > 0 ? tj__ex_text_utf8(t, own, to[k - 1]) : g_strdup("");
    for (guint j = 0; j < k; j++) {
        char *item = tj__ex_text_utf8(t, from[j], j + 1 == k && own > 0 ? own : to[j]);
        names[j] = g_strconcat(item, head, NULL);
        g_free(item);
    }
    g_string_append(why, strip_why->str);
    if (own > 0)
        g_string_append_printf(why, "“分别”前的并列项共用“%s”；", head);
    else
        g_string_append(why, "“分别”前的并列指标依次对应；");
    g_free(head);
    g_string_free(strip_why, TRUE);
    return names;
}
