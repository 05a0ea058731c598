/* tests/unit/test-page.c — the default 图解 poster on the scene (fake
 * measurer): its golden, nothing overlapping, nothing off the page, blocks
 * apart from each other, A4 breaks only between blocks; the A4 breaks as
 * printed (real fonts): no page through an item, no heading at a page's
 * foot, the footer with the last row, five well-filled pages; the break
 * chooser on made-up cuts (balance, the footer, blocks taller than a
 * page); then the real thing through the public API as a PNG against its
 * reference. */
#include <math.h>
#include <string.h>

#include "api/spec-private.h"
#include "render/render.h"
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

/* The last item drawn above @y (its box's bottom nearest @y). */
static const TjItem *
last_above(const TjScene *s, double y)
{
    const TjItem *best = NULL;
    double bottom = -1;
    for (guint i = 0; i < tj_scene_n_items(s); i++) {
        const TjItem *it = tj_scene_item(s, i);
        if (it->kind == TJ_ITEM_GROUP || it->kind == TJ_ITEM_GROUP_END ||
            strcmp(it->role, "header.band") == 0)
            continue;
        TjRect r = tj_scene_item_box(s, it);
        if (r.y + r.h <= y + 0.5 && r.y + r.h > bottom) {
            bottom = r.y + r.h;
            best = it;
        }
    }
    return best;
}

/* The poster's A4 pages as `tujie render` makes them (real fonts). */
static void
test_a4_breaks(void)
{
    char *path = tjt_src_path(SPEC);
    GError *err = NULL;
    TjFonts *fonts = tj_fonts_new(NULL, &err);
    g_assert_no_error(err);
    TjScene *s = NULL;
    TjPageCuts cuts = { 0 };
    g_assert_true(tj__api_spec_scene(path, tj_fonts_measurer(fonts), &s, &cuts, &err));
    g_assert_no_error(err);
    TjPaper paper;
    tj_render_paper_a4(&paper);
    double page_h = floor(tj_render_paper_page_height(&paper, tj_scene_width(s)));
    double total = tj_scene_height(s);
    guint np = 0;
    double *tops = tj_page_breaks(&cuts, total, page_h, &np);
    g_assert_cmpuint(np, ==, 6);
    double footer_y = NAN, last_row_y = 0;
    for (guint i = 0; i < tj_scene_n_items(s); i++) {
        const TjItem *it = tj_scene_item(s, i);
        if (it->kind == TJ_ITEM_GROUP || it->kind == TJ_ITEM_GROUP_END)
            continue;
        TjRect r = tj_scene_item_box(s, it);
        if (strcmp(it->role, "footer.rule") == 0)
            footer_y = r.y;
        else if (isnan(footer_y))
            last_row_y = MAX(last_row_y, r.y);
        /* no page breaks through an item; every item fits its page */
        for (guint p = 0; p < np; p++) {
            double top = tops[p], bottom = p + 1 < np ? tops[p + 1] : total;
            if (r.y + 0.5 < top || r.y >= bottom)
                continue;
            if (r.y + r.h > top + page_h + 0.5)
                g_error("%s (%.1f–%.1f) passes the foot of page %u (%.1f)", it->role, r.y,
                        r.y + r.h, p + 1, top + page_h);
        }
    }
    for (guint p = 1; p < np; p++) {
        const TjItem *it = last_above(s, tops[p]);
        g_assert_nonnull(it);
        if (g_str_has_prefix(it->role, "section."))
            g_error("page %u ends with the section heading's %s", p, it->role);
        /* the footer is on the last row's page */
        g_assert_false(tops[p] > last_row_y && tops[p] <= footer_y);
    }
    /* the first page holds the header and two rows of tiles; the bar chart
     * (560 px at the poster's type scale) would not fit under them, so
     * the page ends there, more than 3/4 full */
    const TjItem *end1 = last_above(s, tops[1]);
    TjRect r1 = tj_scene_item_box(s, end1);
    g_assert_cmpfloat(r1.y + r1.h, >, 0.75 * page_h);
    g_assert_cmpfloat(r1.y + r1.h + 560, >, page_h);
    g_free(tops);
    tj_page_cuts_clear(&cuts);
    tj_scene_free(s);
    tj_fonts_free(fonts);
    g_free(path);
}

static double *
breaks_of(const double *ys, const guint8 *kinds, guint n, double total, double page_h,
          guint *np)
{
    TjPageCuts c = { (double *)ys, (guint8 *)kinds, NULL, n };
    return tj_page_breaks(&c, total, page_h, np);
}

/* The chooser on made-up cuts. */
static void
test_breaks_chooser(void)
{
    guint np;
    /* a page is filled before a row moves on: page 1 to 950, page 2 the
     * last 150 (balanced pages would break at 500 and leave page 1 half
     * blank with the next rows fitting on it) */
    double ys[] = { 100, 200, 300, 400, 500, 600, 700, 800, 900, 950 };
    double *t = breaks_of(ys, NULL, G_N_ELEMENTS(ys), 1000, 1000, &np);
    g_assert_cmpuint(np, ==, 1);  /* it all fits: one page */
    g_free(t);
    t = breaks_of(ys, NULL, G_N_ELEMENTS(ys), 1100, 1000, &np);
    g_assert_cmpuint(np, ==, 2);
    g_assert_cmpfloat(t[1], ==, 950);
    g_free(t);
    /* the footer (cut at 900) goes alone only when it must */
    guint8 kinds[] = { 1, 1, 1, 1, 1, 1, 1, 1, TJ_PAGE_CUT_FOOTER, 1 };
    double ys2[] = { 100, 200, 300, 400, 500, 600, 700, 800, 900, 950 };
    t = breaks_of(ys2, kinds, 9, 1000, 950, &np);  /* 800–1000 fits: not at 900 */
    g_assert_cmpuint(np, ==, 2);
    g_assert_cmpfloat(t[1], !=, 900);
    g_free(t);
    double big[] = { 100, 900 };   /* a block 800 tall, pages of 500 */
    guint8 big_kinds[] = { 1, TJ_PAGE_CUT_FOOTER };
    t = breaks_of(big, big_kinds, 2, 1000, 500, &np);
    g_assert_cmpuint(np, ==, 3);   /* 0–100, the block alone, the footer alone */
    g_assert_cmpfloat(t[1], ==, 100);
    g_assert_cmpfloat(t[2], ==, 900);
    g_free(t);
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
    g_assert_true(tjt_render_spec(spec, TJ_FORMAT_PNG, png, &o, &err));
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
    g_test_add_func("/page/a4-breaks", test_a4_breaks);
    g_test_add_func("/page/breaks-chooser", test_breaks_chooser);
    return g_test_run();
}
