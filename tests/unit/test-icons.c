/* tests/unit/test-icons.c — the built-in icons: names and Chinese keywords
 * resolve (every keyword to an icon the font draws), unknown words get a
 * suggestion, outlines lie in their 1 × 1 box, search finds by either
 * word; and a partial icon (layouts/icon.h) covers exactly the fraction of
 * the whole icon's area left of its cut. */
#include <math.h>
#include <string.h>

#include "icons/icons.h"
#include "layouts/icon.h"
#include "support/tjtest.h"

/* Area of polygons by the shoelace formula, signed by winding. */
static double
area(const GPtrArray *polys)
{
    double a = 0;
    for (guint k = 0; k < polys->len; k++) {
        const GArray *p = polys->pdata[k];
        const double *q = (const double *)(const void *)p->data;
        guint n = p->len / 2;
        for (guint i = 0; i < n; i++) {
            guint j = (i + 1) % n;
            a += q[2 * i] * q[2 * j + 1] - q[2 * j] * q[2 * i + 1];
        }
    }
    return a / 2;
}

/* The non-zero-filled area left of @cut, by sampling a grid (the polygons
 * may overlap; the fill rule decides). */
static double
filled_area(const GPtrArray *polys, double cut)
{
    const int n = 200;
    int inside = 0;
    for (int yi = 0; yi < n; yi++) {
        for (int xi = 0; xi < n; xi++) {
            double x = (xi + 0.5) / n, y = (yi + 0.5) / n;
            if (x > cut)
                continue;
            int wind = 0;
            for (guint k = 0; k < polys->len; k++) {
                const GArray *p = polys->pdata[k];
                const double *q = (const double *)(const void *)p->data;
                guint m = p->len / 2;
                for (guint i = 0; i < m; i++) {
                    const double *a = q + 2 * i, *b = q + 2 * ((i + 1) % m);
                    if ((a[1] <= y) != (b[1] <= y)) {
                        double t = (y - a[1]) / (b[1] - a[1]);
                        if (a[0] + t * (b[0] - a[0]) > x)
                            wind += b[1] > a[1] ? 1 : -1;
                    }
                }
            }
            inside += wind != 0;
        }
    }
    return (double)inside / (n * n);
}

static void
test_resolve(void)
{
    g_assert_cmpstr(tj_icon_resolve("学校"), ==, "school");
    g_assert_cmpstr(tj_icon_resolve("school"), ==, "school");
    g_assert_cmpstr(tj_icon_resolve("人口"), ==, "person");
    g_assert_cmpstr(tj_icon_resolve("垃圾分类"), ==, "recycling");
    g_assert_null(tj_icon_resolve("学样"));
    g_assert_null(tj_icon_resolve("School"));
    g_assert_cmpstr(tj_icon_suggest("学样"), ==, "学校");
    g_assert_cmpstr(tj_icon_suggest("shcool"), ==, "school");
    char *kw = tj_icon_keywords("school");
    g_assert_cmpstr(kw, ==, "学校、教育、学生");
    g_free(kw);
}

/* Every keyword's icon loads, and every outline stays in its box. */
static void
test_keywords_load(void)
{
    GPtrArray *all = tj_icon_search(NULL);
    g_assert_cmpuint(all->len, >, 2000);
    const char *words[] = { "人口", "学校", "垃圾分类", "医院", "交通", "就业", "商业",
                            "人员", "城镇", "环保", "养老", "接诉即办", NULL };
    for (const char *const *w = words; *w; w++) {
        GError *err = NULL;
        TjIconShape *s = tj_icon_load(*w, &err);
        g_assert_no_error(err);
        g_assert_cmpuint(s->n_ops, >, 3);
        for (guint i = 0; i < s->n_pts * 2; i++)
            g_assert_true(s->pts[i] >= -0.01 && s->pts[i] <= 1.01);
        tj_icon_shape_free(s);
    }
    g_ptr_array_unref(all);
    GPtrArray *found = tj_icon_search("学校");
    g_assert_cmpuint(found->len, ==, 1);
    g_assert_cmpstr(found->pdata[0], ==, "school");
    g_ptr_array_unref(found);
    found = tj_icon_search("recycl");
    g_assert_cmpuint(found->len, >=, 1);
    g_ptr_array_unref(found);
}

static void
test_unknown(void)
{
    GError *err = NULL;
    g_assert_null(tj_icon_load("学样", &err));
    g_assert_error(err, TJ_ERROR, TJ_ERROR_INPUT);
    g_assert_nonnull(strstr(err->message, "did you mean “学校”"));
    g_clear_error(&err);
}

/* A square (0.2..0.8): the part left of 0.5 is half of it. */
static void
test_partial_square(void)
{
    static const TjPathOp ops[] = { TJ_PATH_MOVE, TJ_PATH_LINE, TJ_PATH_LINE, TJ_PATH_LINE,
                                    TJ_PATH_CLOSE };
    static const double pts[] = { 0.2, 0.2, 0.8, 0.2, 0.8, 0.8, 0.2, 0.8 };
    TjIconShape *s = tj_icon_shape_new("square", ops, 5, pts, 4);
    GPtrArray *whole = tj_icon_polygons(s, 8, G_MAXDOUBLE);
    GPtrArray *half = tj_icon_polygons(s, 8, 0.5);
    g_assert_cmpfloat_with_epsilon(fabs(area(whole)), 0.36, 1e-12);
    g_assert_cmpfloat_with_epsilon(fabs(area(half)), 0.18, 1e-12);
    g_ptr_array_unref(whole);
    g_ptr_array_unref(half);
    GPtrArray *none = tj_icon_polygons(s, 8, 0.1);
    g_assert_cmpuint(none->len, ==, 0);
    g_ptr_array_unref(none);
    tj_icon_shape_free(s);
}

/* The real person icon: the filled area left of any cut is the same
 * whether the outline is clipped first or sampled whole. */
static void
test_partial_person(void)
{
    TjIconShape *s = tj_icon_load("person", NULL);
    g_assert_nonnull(s);
    GPtrArray *whole = tj_icon_polygons(s, 16, G_MAXDOUBLE);
    double full = filled_area(whole, 1);
    g_assert_cmpfloat(full, >, 0.2);
    for (double cut = 0.3; cut < 0.8; cut += 0.1) {
        GPtrArray *part = tj_icon_polygons(s, 16, cut);
        double got = filled_area(part, 1), want = filled_area(whole, cut);
        g_assert_cmpfloat(fabs(got - want), <, 0.002);
        g_ptr_array_unref(part);
    }
    g_ptr_array_unref(whole);
    GBytes *svg = tj_icon_shape_svg(s);
    g_assert_nonnull(strstr(g_bytes_get_data(svg, NULL), "viewBox=\"0 0 24 24\""));
    g_bytes_unref(svg);
    tj_icon_shape_free(s);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/icons/resolve", test_resolve);
    g_test_add_func("/icons/keywords-load", test_keywords_load);
    g_test_add_func("/icons/unknown", test_unknown);
    g_test_add_func("/icons/partial-square", test_partial_square);
    g_test_add_func("/icons/partial-person", test_partial_person);
    return g_test_run();
}
