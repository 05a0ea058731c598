/* tests/unit/test-pictogram.c — the icon array on the scene (fake
 * measurer, a square test icon so areas are exact): 30 % of 10 icons is 3
 * filled and 7 empty; 37.8 % adds a partial icon whose filled part is 0.78
 * of an icon's width; a count with `per` draws ceil(value / per) icons;
 * nothing overlaps or leaves the page; bad values are errors; goldens. */
#include <math.h>

#include "layouts/pictogram.h"
#include "support/tjtest.h"
#include "test-kinds-common.h"

static const TjPathOp square_ops[] = { TJ_PATH_MOVE, TJ_PATH_LINE, TJ_PATH_LINE, TJ_PATH_LINE,
                                       TJ_PATH_CLOSE };
static const double square_pts[] = { 0.1, 0.1, 0.9, 0.1, 0.9, 0.9, 0.1, 0.9 };

static TjIconShape *
square(void)
{
    return tj_icon_shape_new("square", square_ops, 5, square_pts, 4);
}

static TjNumber
num(double v, int decimals, gboolean percent, const char *unit)
{
    TjNumber n = { 0 };
    n.value = v;
    n.decimals = (gint8)decimals;
    n.percent = percent;
    n.unit = unit;
    return n;
}

static TjScene *
lay(const TjPictogramSpec *spec)
{
    TjScene *s = tj_scene_new(spec->width, spec->height);
    GError *err = NULL;
    g_assert_true(tj_layout_pictogram(s, spec, tj_theme_builtin(NULL), tj_measurer_fake(), &err));
    g_assert_no_error(err);
    return s;
}

static void
test_share(void)
{
    TjIconShape *icon = square();
    TjPictogramSpec p;
    tj_pictogram_spec_init(&p);
    p.icon = icon;
    p.label = "常住人口城镇化率";
    p.value = num(30, 0, TRUE, NULL);
    TjScene *s = lay(&p);
    g_assert_cmpuint(count(s, "pictogram.icon"), ==, 3);
    g_assert_cmpuint(count(s, "pictogram.icon.empty"), ==, 7);
    g_assert_cmpuint(count(s, "pictogram.icon.part"), ==, 0);
    assert_clean(s);
    /* filled icons come first, in one row, equally spaced */
    TjRect a = tj_scene_item_box(s, find(s, "pictogram.icon", 0));
    TjRect b = tj_scene_item_box(s, find(s, "pictogram.icon", 1));
    TjRect e = tj_scene_item_box(s, find(s, "pictogram.icon.empty", 0));
    g_assert_cmpfloat_with_epsilon(b.y, a.y, 1e-9);
    g_assert_cmpfloat_with_epsilon(e.x - b.x, 2 * (b.x - a.x), 1e-9);  /* icon 3 */
    tj_scene_free(s);
    tj_icon_shape_free(icon);
}

static void
test_partial(void)
{
    TjIconShape *icon = square();
    TjPictogramSpec p;
    tj_pictogram_spec_init(&p);
    p.icon = icon;
    p.value = num(37.8, 1, TRUE, NULL);
    TjScene *s = lay(&p);
    g_assert_cmpuint(count(s, "pictogram.icon"), ==, 3);
    g_assert_cmpuint(count(s, "pictogram.icon.empty"), ==, 7);
    g_assert_cmpuint(count(s, "pictogram.icon.part"), ==, 1);
    /* the 4th icon: a grey whole under a filled left part of 0.78 of the
     * icon's box (the square spans 0.1..0.9 of it) */
    TjRect whole = tj_scene_item_box(s, find(s, "pictogram.icon.empty", 0));
    TjRect part = tj_scene_item_box(s, find(s, "pictogram.icon.part", 0));
    double side = whole.w / 0.8, x0 = whole.x - 0.1 * side;
    g_assert_cmpfloat_with_epsilon(part.x, whole.x, 1e-9);
    g_assert_cmpfloat_with_epsilon(part.x + part.w, x0 + 0.78 * side, 1e-9);
    g_assert_cmpfloat_with_epsilon(part.h, whole.h, 1e-9);
    tj_scene_free(s);
    tj_icon_shape_free(icon);
}

static void
test_per(void)
{
    TjIconShape *icon = square();
    TjPictogramSpec p;
    tj_pictogram_spec_init(&p);
    p.icon = icon;
    p.label = "累计抽调充实社区防控力量";
    p.value = num(3980, 0, FALSE, "人次");
    p.per = 1000;
    guint n = 0;
    double filled = 0;
    g_assert_true(tj_pictogram_check(&p, &n, &filled, NULL));
    g_assert_cmpuint(n, ==, 4);
    g_assert_cmpfloat_with_epsilon(filled, 3.98, 1e-12);
    TjScene *s = lay(&p);
    g_assert_cmpuint(count(s, "pictogram.icon"), ==, 3);
    g_assert_cmpuint(count(s, "pictogram.icon.part"), ==, 1);
    const TjItem *key = find(s, "pictogram.key", 0);
    g_assert_cmpstr(key->u.text.text, ==, "每个图标代表1000人次");
    assert_clean(s);
    char *alt = tj_alt_pictogram(&p);
    g_assert_cmpstr(alt, ==, "象形图：累计抽调充实社区防控力量3980人次，4个图标中4.0个为实心，"
                             "每个图标代表1000人次。");
    g_free(alt);
    tj_scene_free(s);
    /* 25 rows of icons still fit a small box: they shrink */
    p.value = num(100000, 0, FALSE, "人");
    p.per = 1000;
    p.width = 320;
    p.height = 300;
    s = lay(&p);
    g_assert_cmpuint(count(s, "pictogram.icon"), ==, 100);
    assert_clean(s);
    tj_scene_free(s);
    tj_icon_shape_free(icon);
}

static void
test_errors(void)
{
    TjIconShape *icon = square();
    TjPictogramSpec p;
    tj_pictogram_spec_init(&p);
    p.icon = icon;
    struct { TjNumber v; double per; const char *msg; } cases[] = {
        { num(120, 0, TRUE, NULL), NAN, "above 100%" },
        { num(-3, 0, TRUE, NULL), NAN, "negative" },
        { num(NAN, 0, TRUE, NULL), NAN, "missing" },
        { num(3980, 0, FALSE, NULL), NAN, "not a percentage" },
        { num(3980, 0, FALSE, NULL), 10, "too many" },
        { num(3980, 0, FALSE, NULL), -1, "positive" },
    };
    for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
        p.value = cases[i].v;
        p.per = cases[i].per;
        GError *err = NULL;
        TjScene *s = tj_scene_new(p.width, p.height);
        g_assert_false(tj_layout_pictogram(s, &p, tj_theme_builtin(NULL), tj_measurer_fake(),
                                           &err));
        g_assert_error(err, TJ_ERROR, TJ_ERROR_INPUT);
        if (!strstr(err->message, cases[i].msg))
            g_error("case %zu: “%s” lacks “%s”", i, err->message, cases[i].msg);
        g_clear_error(&err);
        tj_scene_free(s);
    }
    tj_icon_shape_free(icon);
}

/* Random values, labels and boxes: never an overlap, never off the page,
 * the filled icons as many as the value says. */
static void
test_random(void)
{
    GRand *r = g_rand_new_with_seed(16);
    TjIconShape *icon = square();
    for (int round = 0; round < 80; round++) {
        TjPictogramSpec p;
        tj_pictogram_spec_init(&p);
        p.icon = icon;
        char *label = random_text(r, 5);
        p.label = label;
        gboolean share = g_rand_boolean(r);
        p.value = share ? num(g_rand_double_range(r, 0, 100), 1, TRUE, NULL)
                        : num(g_rand_double_range(r, 0, 50000), 0, FALSE, "人");
        p.per = share ? NAN : 1000;
        p.width = g_rand_int_range(r, 200, 1100);
        p.height = g_rand_int_range(r, 240, 700);
        TjScene *s = lay(&p);
        assert_clean(s);
        guint n = 0;
        double filled = 0;
        g_assert_true(tj_pictogram_check(&p, &n, &filled, NULL));
        g_assert_cmpuint(count(s, "pictogram.icon"), ==, (guint)floor(filled + 1e-9));
        tj_scene_free(s);
        g_free(label);
    }
    tj_icon_shape_free(icon);
    g_rand_free(r);
}

static void
test_golden(void)
{
    TjIconShape *icon = square();
    TjPictogramSpec p;
    tj_pictogram_spec_init(&p);
    p.icon = icon;
    p.label = "第三产业增加值占国内生产总值比重";
    p.value = num(54.5, 1, TRUE, NULL);
    p.title = "2020年三次产业结构";
    p.source = "国家统计局";
    TjScene *s = lay(&p);
    char *dump = tj_scene_dump(s);
    tjt_assert_golden("tests/golden/scene/pictogram-share.scene", dump);
    g_free(dump);
    tj_scene_free(s);
    tj_icon_shape_free(icon);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/pictogram/share", test_share);
    g_test_add_func("/pictogram/partial", test_partial);
    g_test_add_func("/pictogram/per", test_per);
    g_test_add_func("/pictogram/errors", test_errors);
    g_test_add_func("/pictogram/random", test_random);
    g_test_add_func("/pictogram/golden", test_golden);
    return g_test_run();
}
