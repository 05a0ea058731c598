/* tests/unit/test-timeline.c — the timeline on the scene (fake measurer):
 * across, labels alternate above and below the axis and never overlap,
 * for 1 to 6 events and texts of any length; dots sit on the axis in the
 * given order, evenly spaced; down, dates end at one x left of the line and
 * texts start right of it; nothing leaves the page or is cut; too many or
 * no events are errors; alt text; goldens. */
#include <math.h>

#include "layouts/timeline.h"
#include "support/tjtest.h"
#include "test-kinds-common.h"

/* real milestones of the seed documents (report of 2021-01-10, the
 * communiqué of 2021-02-28) */
static const struct { int y, m, d; const char *when, *text; } seed[] = {
    { 2020, 0, 0, "2020年", "全面建成小康社会和“十三五”规划收官之年" },
    { 2021, 1, 10, "2021年1月10日", "区长在东城区第十六届人民代表大会上作政府工作报告，说明"
                                    "“十四五”规划纲要草案" },
    { 2021, 2, 20, "2021年2月20日", "《2021年北京市东城区人民政府工作报告》全文发布" },
    { 2021, 2, 28, "2021年2月28日", "国家统计局发布2020年国民经济和社会发展统计公报" },
    { 2035, 0, 0, "2035年", "二〇三五年远景目标" },
};

static void
events_of(TjTimelineEvent *ev, guint n)
{
    for (guint i = 0; i < n; i++) {
        guint k = i % G_N_ELEMENTS(seed);
        ev[i].date = (TjDate){ seed[k].y, seed[k].m, seed[k].d };
        ev[i].when = seed[k].when;
        ev[i].text = seed[k].text;
    }
}

static TjScene *
lay(const TjTimelineSpec *spec)
{
    TjScene *s = tj_scene_new(spec->width, spec->height);
    GError *err = NULL;
    g_assert_true(tj_layout_timeline(s, spec, tj_theme_builtin(NULL), tj_measurer_fake(), &err));
    g_assert_no_error(err);
    return s;
}

static void
spec_of(TjTimelineSpec *t, const TjTimelineEvent *ev, guint n, double width,
        TjTimelineDir dir)
{
    tj_timeline_spec_init(t);
    t->events = ev;
    t->n_events = n;
    t->width = width;
    t->direction = dir;
    t->height = tj_timeline_height(t, width, tj_theme_builtin(NULL), tj_measurer_fake());
}

static void
test_across_no_overlap(void)
{
    TjTimelineEvent ev[6];
    events_of(ev, 6);
    static const double widths[] = { 400, 640, 900, 1080 };
    for (guint n = 1; n <= 6; n++) {
        for (gsize w = 0; w < G_N_ELEMENTS(widths); w++) {
            TjTimelineSpec t;
            spec_of(&t, ev, n, widths[w], TJ_TIMELINE_HORIZONTAL);
            TjScene *s = lay(&t);
            assert_clean(s);  /* no two texts overlap, none off the page or cut */
            g_assert_cmpuint(count(s, "timeline.dot"), ==, n);
            /* dots evenly spaced on one axis, in order */
            const TjItem *axis = find(s, "timeline.axis", 0);
            double y = tj_scene_item_box(s, axis).y + 1;
            double step = 0;
            for (guint i = 0; i < n; i++) {
                TjRect d = tj_scene_item_box(s, find(s, "timeline.dot", i));
                g_assert_cmpfloat(fabs(d.y + d.h / 2 - y), <, 0.01);
                if (i == 1)
                    step = d.x - tj_scene_item_box(s, find(s, "timeline.dot", 0)).x;
                if (i > 1)
                    g_assert_cmpfloat_with_epsilon(
                        d.x - tj_scene_item_box(s, find(s, "timeline.dot", i - 1)).x, step,
                        1e-9);
            }
            /* the first date above the axis, the second below */
            if (n >= 2) {
                g_assert_cmpfloat(find(s, "timeline.date", 0)->u.text.y, <, y);
                TjRect below = tj_scene_text_box(find(s, "timeline.date", 1));
                g_assert_cmpfloat(below.y, >, y);
            }
            tj_scene_free(s);
        }
    }
}

static void
test_down(void)
{
    TjTimelineEvent ev[5];
    events_of(ev, 5);
    TjTimelineSpec t;
    spec_of(&t, ev, 5, 640, TJ_TIMELINE_AUTO);
    g_assert_cmpint(tj_timeline_direction(&t), ==, TJ_TIMELINE_HORIZONTAL);
    spec_of(&t, ev, 5, 640, TJ_TIMELINE_VERTICAL);
    TjScene *s = lay(&t);
    assert_clean(s);
    const TjItem *line = find(s, "timeline.axis", 0);
    double lx = tj_scene_item_box(s, line).x + 1;
    for (guint i = 0; i < 5; i++) {
        const TjItem *d = find(s, "timeline.date", i);
        g_assert_cmpint(d->u.text.anchor, ==, TJ_ANCHOR_END);
        g_assert_cmpfloat(d->u.text.x, <, lx);
        g_assert_cmpfloat_with_epsilon(d->u.text.x, find(s, "timeline.date", 0)->u.text.x, 1e-9);
        g_assert_cmpstr(d->u.text.text, ==, seed[i].when);
    }
    for (guint i = 0; find(s, "timeline.text", i); i++)
        g_assert_cmpfloat(find(s, "timeline.text", i)->u.text.x, >, lx);
    /* rows go down in order */
    for (guint i = 1; i < 5; i++)
        g_assert_cmpfloat(find(s, "timeline.date", i)->u.text.y, >,
                          find(s, "timeline.date", i - 1)->u.text.y);
    tj_scene_free(s);
    /* more than six events go down by themselves */
    TjTimelineEvent many[12];
    events_of(many, 12);
    spec_of(&t, many, 12, 640, TJ_TIMELINE_AUTO);
    g_assert_cmpint(tj_timeline_direction(&t), ==, TJ_TIMELINE_VERTICAL);
    s = lay(&t);
    assert_clean(s);
    tj_scene_free(s);
}

static void
test_errors_alt(void)
{
    TjTimelineEvent ev[TJ_TIMELINE_MAX_EVENTS + 1];
    events_of(ev, G_N_ELEMENTS(ev));
    TjTimelineSpec t;
    tj_timeline_spec_init(&t);
    t.events = ev;
    GError *err = NULL;
    g_assert_false(tj_timeline_check(&t, &err));
    g_assert_error(err, TJ_ERROR, TJ_ERROR_INPUT);
    g_clear_error(&err);
    t.n_events = G_N_ELEMENTS(ev);
    g_assert_false(tj_timeline_check(&t, &err));
    g_assert_nonnull(strstr(err->message, "too many"));
    g_clear_error(&err);
    t.n_events = 3;
    t.title = "规划与报告";
    char *alt = tj_alt_timeline(&t);
    g_assert_cmpstr(alt, ==, "时间轴：规划与报告。共3个事件，从2020年到2021年2月20日：2020年，"
                             "全面建成小康社会和“十三五”规划收官之年；2021年1月10日，区长在东城"
                             "区第十六届人民代表大会上作政府工作报告，说明“十四五”规划纲要草案；"
                             "2021年2月20日，《2021年北京市东城区人民政府工作报告》全文发布。");
    g_free(alt);
}

/* Random events and widths: never an overlap, never off the page. */
static void
test_random(void)
{
    GRand *r = g_rand_new_with_seed(16);
    for (int round = 0; round < 60; round++) {
        guint n = (guint)g_rand_int_range(r, 1, 13);
        TjTimelineEvent *ev = g_new0(TjTimelineEvent, n);
        char **texts = g_new0(char *, 2 * n + 1);
        for (guint i = 0; i < n; i++) {
            ev[i].date = (TjDate){ 2000 + (int)i, 0, 0 };
            ev[i].when = texts[2 * i] = g_strdup_printf("%d年", 2000 + i);
            ev[i].text = texts[2 * i + 1] = random_text(r, 6);
        }
        TjTimelineSpec t;
        double w = g_rand_int_range(r, 300, 1200);
        TjTimelineDir dir = (TjTimelineDir)g_rand_int_range(r, 0, 3);
        spec_of(&t, ev, n, w, dir);
        TjScene *s = lay(&t);
        assert_clean(s);
        tj_scene_free(s);
        g_strfreev(texts);
        g_free(ev);
    }
    g_rand_free(r);
}

static void
test_goldens(void)
{
    TjTimelineEvent ev[5];
    events_of(ev, 5);
    TjTimelineSpec t;
    spec_of(&t, ev, 5, 900, TJ_TIMELINE_HORIZONTAL);
    t.title = "规划与报告";
    t.height = tj_timeline_height(&t, 900, tj_theme_builtin(NULL), tj_measurer_fake());
    TjScene *s = lay(&t);
    char *dump = tj_scene_dump(s);
    tjt_assert_golden("tests/golden/scene/timeline-across.scene", dump);
    g_free(dump);
    tj_scene_free(s);
    spec_of(&t, ev, 5, 640, TJ_TIMELINE_VERTICAL);
    s = lay(&t);
    dump = tj_scene_dump(s);
    tjt_assert_golden("tests/golden/scene/timeline-down.scene", dump);
    g_free(dump);
    tj_scene_free(s);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/timeline/across-no-overlap", test_across_no_overlap);
    g_test_add_func("/timeline/down", test_down);
    g_test_add_func("/timeline/errors-alt", test_errors_alt);
    g_test_add_func("/timeline/random", test_random);
    g_test_add_func("/timeline/goldens", test_goldens);
    return g_test_run();
}
