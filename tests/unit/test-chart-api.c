/* tests/unit/test-chart-api.c — the public API's one way per job, through
 * include/tujie/tujie.h only: the version, tables built in memory, charts of
 * any kind by name and keys (checked as they are set), drawing into a
 * caller's cairo_t, diagnostics handed to the caller instead of printed,
 * and a context that keeps fonts across calls. */
#include <math.h>
#include <string.h>
#include <cairo.h>

#include "support/tjtest.h"
#include "tujie/tujie.h"

static void
test_version(void)
{
    g_assert_cmpstr(tj_version(), ==, TJ_VERSION);
    g_assert_true(TJ_CHECK_VERSION(0, 1, 0));
    g_assert_false(TJ_CHECK_VERSION(TJ_VERSION_MAJOR + 1, 0, 0));
    char *v = g_strdup_printf("%d.%d.%d", TJ_VERSION_MAJOR, TJ_VERSION_MINOR, TJ_VERSION_MICRO);
    g_assert_cmpstr(v, ==, TJ_VERSION);
    g_free(v);
}

/* 指标 and 数值 of the 2021 report (examples/dongcheng-2021/economy-2020.csv) */
static TjTable *
economy(void)
{
    static const char *const names[] = { "地区生产总值", "区级一般公共预算收入", "社会消费品零售总额" };
    static const double values[] = { 2954.7, 181.2, 1176.7 };
    TjTable *t = tj_table_new("economy");
    GError *err = NULL;
    g_assert_true(tj_table_add_text_column(t, "指标", names, 3, &err));
    g_assert_true(tj_table_add_number_column(t, "数值", values, 3, "亿元", &err));
    g_assert_no_error(err);
    return t;
}

static void
test_table_in_memory(void)
{
    TjTable *t = economy();
    g_assert_cmpuint(tj_table_n_rows(t), ==, 3);
    GError *err = NULL;
    static const double two[] = { 1, 2 };
    g_assert_false(tj_table_add_number_column(t, "同比", two, 2, "%", &err));
    g_assert_error(err, TJ_ERROR, TJ_ERROR_USAGE);
    g_assert_nonnull(strstr(err->message, "has 2 rows, the table 3"));
    g_clear_error(&err);
    static const double odd[] = { 0.2, NAN, -1e-7 };
    g_assert_true(tj_table_add_number_column(t, "同比", odd, 3, "%", &err));
    g_assert_no_error(err);
    /* a CSV in memory reads like the file */
    TjTable *csv = tj_table_new_from_data("指标,数值\n甲,1.5万\n", -1, "mem.csv", &err);
    g_assert_no_error(err);
    g_assert_cmpuint(tj_table_n_rows(csv), ==, 1);
    tj_table_free(csv);
    g_assert_null(tj_table_new_from_data("a,\"b\n", -1, "bad.csv", &err));
    g_assert_nonnull(strstr(err->message, "bad.csv:"));
    g_clear_error(&err);
    tj_table_free(t);
}

static void
test_chart_by_keys(void)
{
    GError *err = NULL;
    g_assert_null(tj_chart_new("pie3d", &err));
    g_assert_error(err, TJ_ERROR, TJ_ERROR_USAGE);
    g_assert_nonnull(strstr(err->message, "bar, trend, gauge, kpi"));
    g_clear_error(&err);
    const char *const *kinds = tj_chart_kinds();
    g_assert_true(g_strv_contains(kinds, "bar") && g_strv_contains(kinds, "gauge"));

    TjChart *c = tj_chart_new("bar", &err);
    g_assert_nonnull(c);
    g_assert_false(tj_chart_set(c, "titel", "x", &err));
    g_assert_nonnull(strstr(err->message, "did you mean “title”"));
    g_clear_error(&err);
    g_assert_true(tj_chart_set(c, "x", "指标", &err));
    g_assert_true(tj_chart_set_list(c, "y", (const char *const[]){ "数值" }, 1, &err));
    g_assert_true(tj_chart_set(c, "title", "2020年主要经济指标", &err));
    g_assert_true(tj_chart_set(c, "horizontal", "true", &err));
    tj_chart_set_size(c, 600, 300);
    TjTable *t = economy();
    GBytes *svg = NULL;
    g_assert_true(tj_chart_render_bytes(c, t, TJ_FORMAT_SVG, NULL, &svg, &err));
    g_assert_no_error(err);
    gsize len;
    const char *p = g_bytes_get_data(svg, &len);
    g_assert_nonnull(g_strstr_len(p, (gssize)len, "<svg"));
    g_bytes_unref(svg);
    double w = 0, h = 0;
    g_assert_true(tj_chart_size(c, t, NULL, &w, &h, &err));
    g_assert_cmpfloat(w, ==, 600);
    g_assert_cmpfloat(h, ==, 300);
    /* a bad value is found when rendering, named as an option */
    g_assert_true(tj_chart_set(c, "horizontal", "maybe", &err));
    g_assert_false(tj_chart_render_bytes(c, t, TJ_FORMAT_SVG, NULL, &svg, &err));
    g_assert_error(err, TJ_ERROR, TJ_ERROR_USAGE);
    g_assert_nonnull(strstr(err->message, "--horizontal maybe: expected true or false"));
    g_clear_error(&err);
    /* a where: value with a ';' or '=' is one value (no string round trip) */
    tj_table_free(t);
    t = tj_table_new_from_data("指标,数值\n区级一般公共预算收入;A=1,181.2亿元\n其他,1\n", -1,
                               "semi.csv", &err);
    g_assert_no_error(err);
    TjChart *k = tj_chart_new("kpi", &err);
    tj_chart_add_where(k, "指标", "区级一般公共预算收入;A=1");
    g_assert_true(tj_chart_set(k, "value", "数值", &err));
    g_assert_true(tj_chart_render_bytes(k, t, TJ_FORMAT_SVG, NULL, &svg, &err));
    g_assert_no_error(err);
    p = g_bytes_get_data(svg, &len);
    g_assert_nonnull(g_strstr_len(p, (gssize)len, "区级一般公共预算收入"));
    g_bytes_unref(svg);
    tj_chart_free(k);
    tj_table_free(t);
    tj_chart_free(c);
}

static void
collect(const TjDiagnostic *d, gpointer user_data)
{
    g_ptr_array_add(user_data, g_strdup_printf("%s %s", d->code, d->text));
}

static void
test_draw_and_diagnostics(void)
{
    GError *err = NULL;
    TjChart *g = tj_chart_new("gauge", &err);
    g_assert_true(tj_chart_set(g, "value", "-4.4%", &err));
    g_assert_true(tj_chart_set(g, "clamp", "true", &err));
    g_assert_true(tj_chart_set(g, "label", "完成率", &err));
    GPtrArray *seen = g_ptr_array_new_with_free_func(g_free);
    TjOutputOptions out = { 0 };
    out.diagnostic = collect;
    out.diagnostic_data = seen;
    out.context = tj_context_new(NULL, &err);
    g_assert_nonnull(out.context);
    cairo_surface_t *img = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 400, 400);
    cairo_t *cr = cairo_create(img);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    g_assert_true(tj_chart_draw(g, NULL, cr, &out, &err));
    g_assert_no_error(err);
    g_assert_cmpint(cairo_status(cr), ==, CAIRO_STATUS_SUCCESS);
    cairo_surface_flush(img);
    /* the ring's value arc is drawn in the theme's red: some pixel is not white */
    const guint8 *px = cairo_image_surface_get_data(img);
    int stride = cairo_image_surface_get_stride(img), coloured = 0;
    for (int y = 0; y < 400; y++)
        for (int x = 0; x < 400; x++)
            coloured += ((const guint32 *)(px + y * stride))[x] != 0xFFFFFFu;
    g_assert_cmpint(coloured, >, 1000);
    cairo_destroy(cr);
    cairo_surface_destroy(img);
    g_assert_cmpuint(seen->len, ==, 1);
    g_assert_true(g_str_has_prefix(seen->pdata[0], "gauge-clamped "));
    /* the context's fonts serve the next call: same bytes as fresh fonts */
    GBytes *a = NULL, *b = NULL;
    g_assert_true(tj_chart_render_bytes(g, NULL, TJ_FORMAT_SVG, &out, &a, &err));
    TjContext *ctx = out.context;
    out.context = NULL;
    g_assert_true(tj_chart_render_bytes(g, NULL, TJ_FORMAT_SVG, &out, &b, &err));
    g_assert_true(g_bytes_equal(a, b));
    g_bytes_unref(a);
    g_bytes_unref(b);
    tj_context_free(ctx);
    g_ptr_array_free(seen, TRUE);
    tj_chart_free(g);
}

static void
test_kind_keys(void)
{
    const char **keys = tj_chart_kind_keys("trend");
    g_assert_nonnull(keys);
    g_assert_true(g_strv_contains(keys, "target") && g_strv_contains(keys, "where"));
    g_assert_nonnull(tj_chart_key_help("trend", "target"));
    g_assert_null(tj_chart_key_help("trend", "bands"));
    g_free(keys);
    g_assert_null(tj_chart_kind_keys("nope"));
}

/* What the command line is made of (cli/kind.c): every kind says what it
 * draws and shows its command, and every key has a type and help; the
 * types are the ones the spec reader applies. */
static void
test_kind_descriptions(void)
{
    for (const char *const *k = tj_chart_kinds(); *k; k++) {
        g_assert_nonnull(tj_chart_kind_summary(*k));
        const char *ex = tj_chart_kind_examples(*k);
        g_assert_nonnull(ex);
        char *prefix = g_strdup_printf("tujie %s ", *k);
        g_assert_true(g_str_has_prefix(ex, prefix));
        g_free(prefix);
        const char **keys = tj_chart_kind_keys(*k);
        for (guint i = 0; keys[i]; i++) {
            TjChartKeyType type;
            const char *const *choices = NULL;
            g_assert_true(tj_chart_key_type(*k, keys[i], &type, &choices));
            g_assert_nonnull(tj_chart_key_help(*k, keys[i]));
            g_assert_true((type == TJ_CHART_KEY_CHOICE) == (choices != NULL));
        }
        g_free(keys);
    }
    TjChartKeyType type;
    const char *const *choices;
    g_assert_true(tj_chart_key_type("gauge", "style", &type, &choices));
    g_assert_cmpint(type, ==, TJ_CHART_KEY_CHOICE);
    g_assert_cmpstr(choices[0], ==, "ring");
    g_assert_true(tj_chart_key_type("bar", "horizontal", &type, NULL));
    g_assert_cmpint(type, ==, TJ_CHART_KEY_BOOL);
    g_assert_true(tj_chart_key_type("bar", "where", &type, NULL));
    g_assert_cmpint(type, ==, TJ_CHART_KEY_WHERE);
    g_assert_false(tj_chart_key_type("bar", "bands", &type, NULL));
    g_assert_false(tj_chart_key_type("nope", "x", &type, NULL));
    g_assert_null(tj_chart_kind_summary("nope"));
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/chart-api/version", test_version);
    g_test_add_func("/chart-api/table-in-memory", test_table_in_memory);
    g_test_add_func("/chart-api/chart-by-keys", test_chart_by_keys);
    g_test_add_func("/chart-api/draw-and-diagnostics", test_draw_and_diagnostics);
    g_test_add_func("/chart-api/kind-keys", test_kind_keys);
    g_test_add_func("/chart-api/kind-descriptions", test_kind_descriptions);
    return g_test_run();
}
