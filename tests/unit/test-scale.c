/* tests/unit/test-scale.c — layouts/scale: linear and band scales. */
#include "layouts/scale.h"

#include <math.h>

#define EPS 1e-9

static void
test_linear_map(void)
{
    /* a y axis 0..3000 (亿元) on 400..0 px */
    TjLinearScale s = { 0, 3000, 400, 0 };
    g_assert_cmpfloat_with_epsilon(tj_scale_linear_map(&s, 0), 400, EPS);
    g_assert_cmpfloat_with_epsilon(tj_scale_linear_map(&s, 3000), 0, EPS);
    g_assert_cmpfloat_with_epsilon(tj_scale_linear_map(&s, 1500), 200, EPS);
    g_assert_cmpfloat_with_epsilon(tj_scale_linear_map(&s, 2954.7), 400 - 2954.7 / 7.5, EPS);
    /* not clamped */
    g_assert_cmpfloat_with_epsilon(tj_scale_linear_map(&s, -300), 440, EPS);
    /* negative domain: 同比 -5..1 on 0..600 */
    TjLinearScale c = { -5, 1, 0, 600 };
    g_assert_cmpfloat_with_epsilon(tj_scale_linear_map(&c, 0), 500, EPS);
    g_assert_cmpfloat_with_epsilon(tj_scale_linear_map(&c, -4.4), 60, EPS);
}

static void
test_linear_invert(void)
{
    TjLinearScale s = { 0, 3000, 400, 0 };
    for (double v = -100; v <= 3100; v += 37.5)
        g_assert_cmpfloat_with_epsilon(
            tj_scale_linear_invert(&s, tj_scale_linear_map(&s, v)), v, 1e-9);
    g_assert_cmpfloat_with_epsilon(tj_scale_linear_invert(&s, 200), 1500, EPS);
}

static void
test_linear_degenerate(void)
{
    TjLinearScale s = { 5.03, 5.03, 0, 100 };
    g_assert_cmpfloat(tj_scale_linear_map(&s, 5.03), ==, 50);
    g_assert_cmpfloat(tj_scale_linear_map(&s, 7), ==, 50);
    g_assert_false(isnan(tj_scale_linear_map(&s, 0)));
    TjLinearScale r = { 0, 10, 30, 30 };
    g_assert_cmpfloat(tj_scale_linear_map(&r, 3), ==, 30);
    g_assert_cmpfloat(tj_scale_linear_invert(&r, 30), ==, 5);
}

static void
test_band_d3(void)
{
    /* d3.scaleBand().domain([a,b,c,d]).range([0, 100]).padding(0.2):
     * step = 100 / (4 - 0.2 + 0.4) = 23.8095…, bandwidth = 19.047…,
     * start = 4.7619… */
    TjBandScale b;
    tj_scale_band_init(&b, 4, 0, 100, 0.2, 0.2);
    double step = 100 / 4.2;
    g_assert_cmpfloat_with_epsilon(b.step, step, EPS);
    g_assert_cmpfloat_with_epsilon(b.bandwidth, step * 0.8, EPS);
    g_assert_cmpfloat_with_epsilon(b.start, step * 0.2, EPS);
    for (guint i = 0; i < 4; i++) {
        g_assert_cmpfloat_with_epsilon(tj_scale_band_pos(&b, i), step * (0.2 + i), EPS);
        g_assert_cmpfloat_with_epsilon(tj_scale_band_center(&b, i),
                                       step * (0.2 + i) + step * 0.4, EPS);
    }
    /* the last band ends padding_outer·step before r1 */
    g_assert_cmpfloat_with_epsilon(tj_scale_band_pos(&b, 3) + b.bandwidth,
                                   100 - 0.2 * step, EPS);
}

static void
test_band_plain(void)
{
    TjBandScale b;
    tj_scale_band_init(&b, 5, 100, 600, 0, 0);  /* five indicators, no gaps */
    g_assert_cmpfloat_with_epsilon(b.step, 100, EPS);
    g_assert_cmpfloat_with_epsilon(b.bandwidth, 100, EPS);
    g_assert_cmpfloat_with_epsilon(tj_scale_band_pos(&b, 0), 100, EPS);
    g_assert_cmpfloat_with_epsilon(tj_scale_band_center(&b, 4), 550, EPS);
    /* paddings out of range are clamped */
    tj_scale_band_init(&b, 2, 0, 100, 1.5, -1);
    g_assert_cmpfloat(b.padding_inner, ==, 1);
    g_assert_cmpfloat(b.padding_outer, ==, 0);
    g_assert_cmpfloat(b.bandwidth, ==, 0);
}

static void
test_band_reversed(void)
{
    /* range 400 → 0: band 0 at the r0 end, bands as [pos, pos + bandwidth] */
    TjBandScale b;
    tj_scale_band_init(&b, 4, 400, 0, 0.2, 0.1);
    g_assert_cmpfloat(b.step, >, 0);
    g_assert_cmpfloat(b.bandwidth, >, 0);
    double step = 400 / (4 - 0.2 + 0.2);
    g_assert_cmpfloat_with_epsilon(b.step, step, EPS);
    g_assert_cmpfloat_with_epsilon(tj_scale_band_pos(&b, 0) + b.bandwidth, 400 - 0.1 * step, EPS);
    g_assert_cmpfloat_with_epsilon(tj_scale_band_pos(&b, 3), 0.1 * step, EPS);
    for (guint i = 1; i < 4; i++)
        g_assert_cmpfloat(tj_scale_band_center(&b, i), <, tj_scale_band_center(&b, i - 1));
}

static void
test_band_edge_cases(void)
{
    TjBandScale b;
    tj_scale_band_init(&b, 0, 10, 110, 0.2, 0.1);
    g_assert_cmpuint(b.n, ==, 0);
    g_assert_cmpfloat(b.step, ==, 0);
    g_assert_cmpfloat(b.bandwidth, ==, 0);
    g_assert_cmpfloat(b.start, ==, 10);
    /* one band with big inner padding: d3 divides by max(1, …) and centres */
    tj_scale_band_init(&b, 1, 0, 100, 0.5, 0);
    g_assert_cmpfloat_with_epsilon(b.step, 100, EPS);
    g_assert_cmpfloat_with_epsilon(b.bandwidth, 50, EPS);
    g_assert_cmpfloat_with_epsilon(tj_scale_band_center(&b, 0), 50, EPS);
    /* an empty range */
    tj_scale_band_init(&b, 3, 50, 50, 0.1, 0.1);
    g_assert_cmpfloat(b.step, ==, 0);
    g_assert_cmpfloat(tj_scale_band_center(&b, 2), ==, 50);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/scale/linear/map", test_linear_map);
    g_test_add_func("/scale/linear/invert", test_linear_invert);
    g_test_add_func("/scale/linear/degenerate", test_linear_degenerate);
    g_test_add_func("/scale/band/d3", test_band_d3);
    g_test_add_func("/scale/band/plain", test_band_plain);
    g_test_add_func("/scale/band/reversed", test_band_reversed);
    g_test_add_func("/scale/band/edge-cases", test_band_edge_cases);
    return g_test_run();
}
