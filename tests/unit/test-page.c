/* tests/unit/test-page.c — the default 图解 poster on the scene (fake
 * measurer): its golden, nothing overlapping, nothing off the page, blocks
 * apart from each other, A4 breaks only between blocks; then the real thing
 * through the public API as a PNG against its reference. */
#include <math.h>
#include <string.h>

#include "api/spec-private.h"
#include "support/imgcmp.h"
#include "support/tjtest.h"

#define SPEC "examples/dongcheng-2021/tujie.yaml"

static TjScene *
default_scene(TjPageCuts *cuts)
{
    char *path = tjt_src_path(SPEC);
    TjScene *s = NULL;
    GError *err = NULL;
    g_assert_true(tj__api_spec_scene(path, tj_measurer_fake(), &s, cuts, &err));
    g_assert_no_error(err);
    g_free(path);
    return s;
}

/* The boxes of the page's blocks: the top-level groups inside sections. */
static GArray *
block_boxes(const TjScene *s)
{
    GArray *boxes = g_array_new(FALSE, FALSE, sizeof(TjRect));
    int depth = 0;
    gboolean open = FALSE;
    TjRect box = { 0 };
    for (guint i = 0; i < tj_scene_n_items(s); i++) {
        const TjItem *it = tj_scene_item(s, i);
        if (it->kind == TJ_ITEM_GROUP) {
            depth++;
            if (depth == 3 && g_str_has_prefix(it->role, "chart.")) {
                open = TRUE;
                box = (TjRect){ NAN, NAN, 0, 0 };
            }
            continue;
        }
        if (it->kind == TJ_ITEM_GROUP_END) {
            if (depth == 3 && open) {
                g_array_append_val(boxes, box);
                open = FALSE;
            }
            depth--;
            continue;
        }
        if (open) {
            TjRect r = tj_scene_item_box(s, it);
            box = isnan(box.x) ? r : tj_rect_union(&box, &r);
        }
    }
    return boxes;
}

static void
test_default_geometry(void)
{
    TjPageCuts cuts = { 0 };
    TjScene *s = default_scene(&cuts);
    TjRect page = { 0, 0, tj_scene_width(s), tj_scene_height(s) };
    g_assert_cmpfloat(page.w, ==, 1080);
    guint n = tj_scene_n_items(s), texts = 0;
    for (guint i = 0; i < n; i++) {
        const TjItem *a = tj_scene_item(s, i);
        if (a->kind == TJ_ITEM_GROUP || a->kind == TJ_ITEM_GROUP_END)
            continue;
        TjRect ra = tj_scene_item_box(s, a);
        if (!tj_rect_contains(&page, &ra, 0.5))
            g_error("%s off the page", a->role);
        if (a->kind != TJ_ITEM_TEXT || a->u.text.angle != 0)
            continue;
        texts++;
        for (guint j = i + 1; j < n; j++) {
            const TjItem *b = tj_scene_item(s, j);
            if (b->kind != TJ_ITEM_TEXT || b->u.text.angle != 0)
                continue;
            TjRect rb = tj_scene_text_box(b);
            if (tj_rect_overlaps(&ra, &rb, 0.5))
                g_error("“%s” overlaps “%s”", a->u.text.text, b->u.text.text);
        }
    }
    g_assert_cmpuint(texts, >, 200);
    /* charts keep apart from one another */
    GArray *boxes = block_boxes(s);
    g_assert_cmpuint(boxes->len, >=, 10);
    for (guint i = 0; i < boxes->len; i++)
        for (guint j = i + 1; j < boxes->len; j++)
            g_assert_false(tj_rect_overlaps(&g_array_index(boxes, TjRect, i),
                                            &g_array_index(boxes, TjRect, j), 0.5));
    /* A4 breaks fall between blocks */
    guint np = 0;
    double *tops = tj_page_breaks(&cuts, page.h, round(1080 * 297.0 / 210.0), &np);
    g_assert_cmpuint(np, >=, 3);
    for (guint p = 1; p < np; p++) {
        g_assert_cmpfloat(tops[p] - tops[p - 1], <=, round(1080 * 297.0 / 210.0));
        for (guint i = 0; i < boxes->len; i++) {
            TjRect *b = &g_array_index(boxes, TjRect, i);
            if (tops[p] > b->y + 0.5 && tops[p] < b->y + b->h - 0.5)
                g_error("page break at %.1f cuts a chart (%.1f–%.1f)", tops[p], b->y, b->y + b->h);
        }
    }
    g_free(tops);
    g_array_free(boxes, TRUE);
    char *dump = tj_scene_dump(s);
    tjt_assert_golden("tests/golden/scene/page-dongcheng.scene", dump);
    g_free(dump);
    tj_page_cuts_clear(&cuts);
    tj_scene_free(s);
}

/* The poster as a user gets it, at half scale to keep the reference small. */
static void
test_default_image(void)
{
    char *spec = tjt_src_path(SPEC);
    char *png = tjt_out_path("page-dongcheng.png");
    TjOutputOptions o = { 0 };
    o.scale = 0.5;
    GError *err = NULL;
    g_assert_true(tj_render_spec(spec, TJ_FORMAT_PNG, png, &o, &err));
    g_assert_no_error(err);
    tjt_assert_png_golden("page-dongcheng", png, 0.002, 16);
    g_free(spec);
    g_free(png);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/page/default-geometry", test_default_geometry);
    g_test_add_func("/page/default-image", test_default_image);
    return g_test_run();
}
