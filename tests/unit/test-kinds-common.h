/* tests/unit/test-kinds-common.h — scene helpers shared by the tests of the
 * table, timeline, pictogram and gauge layouts (included, not linked). */
#include <string.h>

#include "scene/scene.h"
#include "support/collide.h"

/* The n-th item with @role (from 0), or NULL. */
G_GNUC_UNUSED static const TjItem *
find(const TjScene *s, const char *role, guint nth)
{
    for (guint i = 0; i < tj_scene_n_items(s); i++) {
        const TjItem *it = tj_scene_item(s, i);
        if (strcmp(it->role, role) == 0 && nth-- == 0)
            return it;
    }
    return NULL;
}

G_GNUC_UNUSED static guint
count(const TjScene *s, const char *role)
{
    guint n = 0;
    while (find(s, role, n))
        n++;
    return n;
}

/* Everything on the page; no two texts overlap. */
G_GNUC_UNUSED static void
assert_on_page_apart(const TjScene *s)
{
    TjRect page = { 0, 0, tj_scene_width(s), tj_scene_height(s) };
    for (guint i = 0; i < tj_scene_n_items(s); i++) {
        const TjItem *a = tj_scene_item(s, i);
        if (a->kind == TJ_ITEM_GROUP || a->kind == TJ_ITEM_GROUP_END)
            continue;
        TjRect ra = tj_scene_item_box(s, a);
        if (!tj_rect_contains(&page, &ra, 0.5))
            g_error("item %u (%s) off the page: %.1f %.1f %.1f %.1f", i, a->role, ra.x, ra.y,
                    ra.w, ra.h);
        for (guint j = i + 1; a->kind == TJ_ITEM_TEXT && j < tj_scene_n_items(s); j++) {
            const TjItem *b = tj_scene_item(s, j);
            if (b->kind != TJ_ITEM_TEXT)
                continue;
            TjRect rb = tj_scene_text_box(b);
            if (tj_rect_overlaps(&ra, &rb, 0.5))
                g_error("texts overlap: “%s” and “%s”", a->u.text.text, b->u.text.text);
        }
    }
}

/* That, and no text cut with "…", no text on a data mark
 * (tests/support/collide.h). */
G_GNUC_UNUSED static void
assert_clean(const TjScene *s)
{
    assert_on_page_apart(s);
    for (guint i = 0; i < tj_scene_n_items(s); i++) {
        const TjItem *a = tj_scene_item(s, i);
        if (a->kind == TJ_ITEM_TEXT && strstr(a->u.text.text, "…"))
            g_error("text cut: “%s”", a->u.text.text);
    }
    tjt_assert_no_collision(s, "kinds");
}

/* A random text of 1 to @max_pieces pieces: Chinese words, figures, Latin
 * words and punctuation, as labels of reports mix them. (transfer full) */
G_GNUC_UNUSED static char *
random_text(GRand *r, guint max_pieces)
{
    static const char *const pieces[] = {
        "地区生产总值", "区级一般公共预算收入", "同比", "增长", "“十四五”", "规划", "（草案）",
        "2954.7亿元", "21.8%", "2021年", "PM2.5", "GDP", "，", "。", "、", "接诉即办",
        "东城区第十六届人民代表大会", "社会消费品零售总额", "3980人次", "Wi-Fi", "6%左右",
    };
    GString *s = g_string_new(NULL);
    guint n = (guint)g_rand_int_range(r, 1, (gint32)max_pieces + 1);
    for (guint i = 0; i < n; i++)
        g_string_append(s, pieces[g_rand_int_range(r, 0, G_N_ELEMENTS(pieces))]);
    return g_string_free(s, FALSE);
}
