/* tests/unit/test-scene-box.c — the boxes the scene reports for its items:
 * what overlap and page-fit checks (and the poster's slicing) rely on. An
 * arc covers only the part of its circle it sweeps. */
#include <math.h>

#include "scene/scene.h"
#include "support/tjtest.h"

static TjRect
arc_box(double a0, double a1, double stroke)
{
    TjScene *s = tj_scene_new(400, 400);
    TjPaint p = { 0 };
    p.stroke = (TjColor){ 0, 0, 0, 1 };
    p.stroke_width = stroke;
    guint i = tj_scene_arc(s, "arc", 100, 100, 50, a0, a1, &p);
    TjRect r = tj_scene_item_box(s, tj_scene_item(s, i));
    tj_scene_free(s);
    return r;
}

static void
assert_rect(TjRect r, double x, double y, double w, double h)
{
    g_assert_cmpfloat_with_epsilon(r.x, x, 1e-9);
    g_assert_cmpfloat_with_epsilon(r.y, y, 1e-9);
    g_assert_cmpfloat_with_epsilon(r.w, w, 1e-9);
    g_assert_cmpfloat_with_epsilon(r.h, h, 1e-9);
}

static void
test_arc_quarter(void)
{
    /* 3 o'clock to 6 o'clock (y down): the lower right quarter */
    assert_rect(arc_box(0, G_PI / 2, 0), 100, 100, 50, 50);
    /* with a 4-px stroke: 2 px more on every side */
    assert_rect(arc_box(0, G_PI / 2, 4), 98, 98, 54, 54);
}

static void
test_arc_upper_half(void)
{
    /* a semicircle gauge: 9 o'clock over 12 to 3 o'clock */
    assert_rect(arc_box(G_PI, 2 * G_PI, 0), 50, 50, 100, 50);
    /* the same written from -π to 0 */
    assert_rect(arc_box(-G_PI, 0, 0), 50, 50, 100, 50);
}

static void
test_arc_small(void)
{
    /* a sliver that passes no quarter point: the box of its two ends */
    TjRect r = arc_box(0.1, 0.2, 0);
    g_assert_cmpfloat_with_epsilon(r.x, 100 + 50 * cos(0.2), 1e-9);
    g_assert_cmpfloat_with_epsilon(r.y, 100 + 50 * sin(0.1), 1e-9);
    g_assert_cmpfloat_with_epsilon(r.x + r.w, 100 + 50 * cos(0.1), 1e-9);
    g_assert_cmpfloat_with_epsilon(r.y + r.h, 100 + 50 * sin(0.2), 1e-9);
}

static void
test_arc_wraps(void)
{
    /* a1 < a0 is drawn as cairo does, a turn later: 6 o'clock round through
     * 9 and 12 to 3 o'clock */
    assert_rect(arc_box(G_PI / 2, 0, 0), 50, 50, 100, 100);
    /* 11 o'clock to 1 o'clock across 12 */
    TjRect r = arc_box(-G_PI / 2 - 0.5, -G_PI / 2 + 0.5, 0);
    g_assert_cmpfloat_with_epsilon(r.y, 50, 1e-9);
    g_assert_cmpfloat_with_epsilon(r.w, 2 * 50 * sin(0.5), 1e-9);
}

static void
test_arc_full(void)
{
    assert_rect(arc_box(0, 2 * G_PI, 0), 50, 50, 100, 100);
    assert_rect(arc_box(0, 7, 0), 50, 50, 100, 100);
    assert_rect(arc_box(NAN, 1, 0), 50, 50, 100, 100);
    assert_rect(arc_box(1e300, -1e300, 0), 50, 50, 100, 100);
}

/* The lines of a wrapped text read back whole: no space between Chinese
 * lines, one between two Latin words; a text not joined reads NULL, and a
 * join ends at the first item that does not continue it. */
static void
test_text_joined(void)
{
    TjScene *s = tj_scene_new(100, 100);
    TjFontStyle f = { 0 };
    f.size = 10;
    TjTextExtents e = { 0 };
    TjColor c = { 0, 0, 0, 1 };
    const char *lines[] = { "居民人均可支", "配收入增长", "GDP", "growth", "单独" };
    for (guint i = 0; i < G_N_ELEMENTS(lines); i++)
        tj_scene_text(s, "t", 0, 10 * i, lines[i], &f, c, TJ_ANCHOR_START, 0, &e);
    tj_scene_text_join(s, 0, 2);
    tj_scene_text_join(s, 2, 2);
    guint n = 0;
    char *a = tj_scene_text_joined(s, 0, &n);
    g_assert_cmpstr(a, ==, "居民人均可支配收入增长");
    g_assert_cmpuint(n, ==, 2);
    char *b = tj_scene_text_joined(s, 2, &n);
    g_assert_cmpstr(b, ==, "GDP growth");
    g_assert_cmpuint(n, ==, 2);
    g_assert_null(tj_scene_text_joined(s, 4, &n));
    g_assert_cmpuint(n, ==, 1);
    g_assert_null(tj_scene_text_joined(s, 1, NULL));
    g_free(a);
    g_free(b);
    tj_scene_free(s);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/scene-box/arc-quarter", test_arc_quarter);
    g_test_add_func("/scene-box/arc-upper-half", test_arc_upper_half);
    g_test_add_func("/scene-box/arc-small", test_arc_small);
    g_test_add_func("/scene-box/arc-wraps", test_arc_wraps);
    g_test_add_func("/scene-box/arc-full", test_arc_full);
    g_test_add_func("/scene-box/text-joined", test_text_joined);
    return g_test_run();
}
