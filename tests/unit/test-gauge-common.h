/* tests/unit/test-gauge-common.h — scene helpers of the gauge tests
 * (test-gauge.c, test-gauge-row.c; included, not linked). */
#include <math.h>
#include <string.h>

#include "data/table.h"
#include "layouts/gauge.h"
#include "scene/scene.h"
#include "support/chart-theme.h"
#include "support/tjtest.h"
#include "test-kinds-common.h"   /* find, count, assert_on_page_apart */

G_GNUC_UNUSED static TjNumber
pct(double v, int decimals)
{
    TjNumber n = { 0 };
    n.value = v;
    n.decimals = (gint8)decimals;
    n.percent = TRUE;
    return n;
}

G_GNUC_UNUSED static void
spec_of(TjGaugeSpec *spec, TjGaugeStyle style, double v, int decimals, const char *label)
{
    tj_gauge_spec_init(spec);
    spec->style = style;
    tj_gauge_default_size(style, &spec->width, &spec->height);
    spec->value = pct(v, decimals);
    spec->label = label;
}

G_GNUC_UNUSED static TjScene *
lay(const TjGaugeSpec *spec)
{
    TjScene *s = tj_scene_new(spec->width, spec->height);
    GError *err = NULL;
    g_assert_true(tj_layout_gauge(s, spec, tjt_chart_theme(), tj_measurer_fake(), &err));
    g_assert_no_error(err);
    return s;
}

/* The value's big part and unit: unit half size on the same baseline,
 * right after it; returns the horizontal centre of both together. */
G_GNUC_UNUSED static double
value_centre(const TjScene *s, const char *big_text, const char *unit_text)
{
    const TjItem *v = find(s, "gauge.value", 0), *u = find(s, "gauge.value.unit", 0);
    g_assert_nonnull(v);
    g_assert_nonnull(u);
    g_assert_cmpstr(v->u.text.text, ==, big_text);
    g_assert_cmpstr(u->u.text.text, ==, unit_text);
    g_assert_true(v->u.text.font.bold);
    g_assert_cmpfloat_with_epsilon(u->u.text.font.size, v->u.text.font.size / 2, 1e-9);
    g_assert_cmpfloat_with_epsilon(u->u.text.y, v->u.text.y, 1e-9);
    TjRect bv = tj_scene_text_box(v), bu = tj_scene_text_box(u);
    g_assert_cmpfloat(bu.x, >=, bv.x + bv.w);
    g_assert_cmpfloat(bu.x, <, bv.x + bv.w + v->u.text.font.size * 0.1);
    return (bv.x + bu.x + bu.w) / 2;
}

/* |a - b| on the circle */
G_GNUC_UNUSED static double
angle_diff(double a, double b)
{
    return fabs(remainder(a - b, 2 * G_PI));
}
