/* tests/fuzz/fuzz-page.c — libFuzzer harness for spec → scene: any bytes as
 * a spec named "fuzz/spec.yaml", laid out with the fake measurer through
 * `tujie check`'s code path (tj__api_spec_scene_bytes). Whatever file a data
 * source names is served from a few small CSVs embedded below (picked by
 * the name's bytes), so mutated specs still reach the layouts. A failure
 * must be one UTF-8 message; a success must give a scene whose every
 * coordinate is finite, whose groups balance, whose texts are UTF-8 and
 * whose items lie on the page; its dump, slices and page breaks must work.
 * Build: `make fuzz`; run: tests/fuzz/run.sh build-fuzz 600 page
 * (seeds: tests/fuzz/corpus/page, dictionary tests/fuzz/spec.dict). */
#include "api/spec-private.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* ind: the long indicator shape; years: a wide series with a target row;
 * edge: the extremes tujie draws (TJ_VALUE_MAX_ABS…), -0, missing; huge:
 * numbers beyond them; one: a single row. */
static const char *const csvs[][2] = {
    { "ind.csv",
      "指标,年份,数值,单位,同比,类别,方向\n"
      "地区生产总值,2020,2954.7亿元,亿元,0.2%,规模,\n"
      "区级一般公共预算收入,2020,183.6亿元,亿元,-4.4%,规模,\n"
      "细颗粒物年均浓度,2020,40,微克/立方米,-9.1%,环境,lower\n"
      "家庭厨余垃圾分出率,2020,21.8%,%,,环境,\n"
      "新增就业,2020,1.4万人,人,—,民生,\n"
      "城镇登记失业率,2020,不超过4%,%,0.3个百分点,民生,lower\n" },
    { "years.csv",
      "年份,地区生产总值,增速,类型,标注\n"
      "2016,2050.3,6.8%,,\n"
      "2017,2253.5,6.9%,,\n"
      "2018,2477.2,6.6%,,\n"
      "2019,2812.4,6.3%,,\n"
      "2020,2954.7,0.2%,,\n"
      "2021,,6%左右,目标,6%左右\n" },
    { "edge.csv",
      "名称,值,变化,零\n"
      "极大,1e15,1e15,0\n"
      "极小,-1e15,-999999999999999,-0\n"
      "微小,1e-6,-1e-6,0\n"
      "负零,-0,-0.0,0\n"
      "亿,1e7亿,-1e7亿,0\n"
      "缺失,,N/A,0\n" },
    { "huge.csv",
      "名称,值,变化\n"
      "极大,1e308,1e308\n"
      "极小,-1e308,-1.7e308\n"
      "次正规,5e-324,4.9e-324\n"
      "亿溢出,1.7e300亿,1e300万亿\n" },
    { "one.csv", "指标,数值,同比\n完成率,93%,1.5\n" },
};

static TjTable *
load(const char *path, gpointer user, GError **error)
{
    (void)user;
    guint h = 0;
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    for (gsize i = 0; i < G_N_ELEMENTS(csvs); i++)
        if (strcmp(base, csvs[i][0]) == 0)
            return tj_table_parse(csvs[i][1], strlen(csvs[i][1]), path, error);
    for (const char *p = base; *p; p++)
        h = h * 31 + (guchar)*p;
    const char *text = csvs[h % G_N_ELEMENTS(csvs)][1];
    return tj_table_parse(text, strlen(text), path, error);
}

static void
check_finite(double v)
{
    g_assert_true(isfinite(v));
}

static void
check_on_page(const TjScene *s, const TjItem *it)
{
    TjRect b = tj_scene_item_box(s, it);
    check_finite(b.x); check_finite(b.y); check_finite(b.w); check_finite(b.h);
    TjRect page = { 0, 0, tj_scene_width(s), tj_scene_height(s) };
    if (!tj_rect_contains(&page, &b, 1.0)) {
        g_printerr("item “%s” off the page: %.1f %.1f %.1f %.1f on %.0f × %.0f\n", it->role,
                   b.x, b.y, b.w, b.h, page.w, page.h);
        abort();  /* libFuzzer catches SIGABRT (g_error would trap) */
    }
}

static void
check_item(const TjScene *s, const TjItem *it, int *depth)
{
    switch (it->kind) {
    case TJ_ITEM_RECT:
        check_finite(it->u.rect.x); check_finite(it->u.rect.y);
        check_finite(it->u.rect.w); check_finite(it->u.rect.h);
        break;
    case TJ_ITEM_PATH: {
        const double *pts = tj_scene_path_points(s, it);
        for (guint k = 0; k < 2 * it->u.path.n_pts; k++)
            check_finite(pts[k]);
        break;
    }
    case TJ_ITEM_ARC:
        check_finite(it->u.arc.cx); check_finite(it->u.arc.cy); check_finite(it->u.arc.r);
        check_finite(it->u.arc.a0); check_finite(it->u.arc.a1);
        break;
    case TJ_ITEM_TEXT:
        g_assert_nonnull(it->u.text.text);
        g_assert_true(g_utf8_validate(it->u.text.text, -1, NULL));
        check_finite(it->u.text.x); check_finite(it->u.text.y);
        check_finite(it->u.text.ext.width); check_finite(it->u.text.angle);
        break;
    case TJ_ITEM_IMAGE:
        check_finite(it->u.image.x); check_finite(it->u.image.y);
        check_finite(it->u.image.w); check_finite(it->u.image.h);
        g_assert_true(it->u.image.w > 0 && it->u.image.h > 0);
        g_assert_nonnull(tj_scene_image_bytes(s, it));
        break;
    case TJ_ITEM_GROUP:
        ++*depth;
        return;
    case TJ_ITEM_GROUP_END:
        g_assert_cmpint(--*depth, >=, 0);
        return;
    }
    check_on_page(s, it);
}

static void
check_scene(const TjScene *s, const TjPageCuts *cuts)
{
    double w = tj_scene_width(s), h = tj_scene_height(s);
    g_assert_true(isfinite(w) && w > 0 && isfinite(h) && h > 0);
    int depth = 0;
    for (guint i = 0; i < tj_scene_n_items(s); i++)
        check_item(s, tj_scene_item(s, i), &depth);
    g_assert_cmpint(depth, ==, 0);
    g_free(tj_scene_dump(s));
    for (guint i = 0; i < cuts->n; i++)
        check_finite(cuts->ys[i]);
    guint n = 0;
    double page_h = round(w * 297.0 / 210.0);
    double *tops = tj_page_breaks(cuts, h, page_h, &n);
    g_assert_cmpuint(n, >=, 1);
    for (guint i = 0; i < n && i < 4; i++) {
        double bottom = i + 1 < n ? tops[i + 1] : h;
        g_assert_cmpfloat(bottom, >=, tops[i]);
        TjScene *page = tj_scene_slice(s, tops[i], bottom - tops[i]);
        tj_scene_free(page);
    }
    g_free(tops);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const TjBindEnv env = { NULL, load, NULL };
    TjScene *scene = NULL;
    TjPageCuts cuts = { 0 };
    GError *err = NULL;
    if (tj__api_spec_scene_bytes((const char *)data, size, "fuzz/spec.yaml", &env,
                                 tj_measurer_fake(), &scene, &cuts, &err)) {
        g_assert_null(err);
        if (g_getenv("FUZZ_PAGE_PRINT"))
            g_printerr("ok: %g x %g, %u items\n", tj_scene_width(scene),
                       tj_scene_height(scene), tj_scene_n_items(scene));
        check_scene(scene, &cuts);
    } else {
        g_assert_nonnull(err);
        if (g_getenv("FUZZ_PAGE_PRINT"))  /* to see what seeds reach */
            g_printerr("%s\n", err->message);
        g_assert_true(err->domain == TJ_ERROR);
        g_assert_true(err->message[0] != '\0');
        g_assert_true(g_utf8_validate(err->message, -1, NULL));
        g_error_free(err);
    }
    tj_scene_free(scene);
    tj_page_cuts_clear(&cuts);
    return 0;
}
