/* tests/unit/test-contrast.c — colour contrast of the built-in themes
 * against WCAG 2.1 AA (core/color.h's tj_color_contrast): 4.5:1 for text,
 * 3:1 for large text (at least 24 px, or 18.66 px bold — 18 pt and 14 pt
 * bold). Two checks: the theme's own text/ground pairs, and every text item
 * of the default poster laid out in each theme against the ground actually
 * under it (the last opaque rect drawn beneath the text's centre, else the
 * page), which also catches colours a layout mixes itself (the header's
 * date). */
#include <math.h>
#include <string.h>

#include "api/spec-private.h"
#include "core/color.h"
#include "layouts/theme.h"
#include "support/imgfiles.h"
#include "support/tjtest.h"

#define AA_TEXT 4.5
#define AA_LARGE 3.0

static void
check_pair(const char *theme, const char *fg_name, TjColor fg, const char *bg_name,
           TjColor bg, double need)
{
    double c = tj_color_contrast(fg, bg);
    if (c + 1e-9 < need) {
        char a[10], b[10];
        tj_color_format(fg, a);
        tj_color_format(bg, b);
        g_test_message("%s: %s %s on %s %s: %.2f:1, needs %.1f:1", theme, fg_name, a, bg_name, b,
                       c, need);
        g_test_fail();
    }
}

static void
test_known(void)
{
    /* WCAG's own reference points */
    TjColor black = tj_color_rgb(0x000000), white = tj_color_rgb(0xFFFFFF);
    g_assert_cmpfloat(fabs(tj_color_contrast(black, white) - 21), <, 1e-9);
    g_assert_cmpfloat(fabs(tj_color_contrast(white, white) - 1), <, 1e-9);
    g_assert_cmpfloat(fabs(tj_color_contrast(tj_color_rgb(0x767676), white) - 4.54), <, 0.01);
}

static void
test_theme_pairs(void)
{
    for (const char *const *name = tj_theme_names(); *name; name++) {
        const TjTheme *t = tj_theme_builtin(*name);
        g_assert_nonnull(t);
        const struct { const char *n; TjColor c; } text[] = {
            { "text", t->text }, { "text_secondary", t->text_secondary },
            { "text_note", t->text_note },
        }, grounds[] = { { "background", t->background }, { "panel", t->panel } },
           big[] = { { "primary", t->primary }, { "rise", t->rise }, { "fall", t->fall },
                     { "good", t->good }, { "bad", t->bad } };
        for (gsize i = 0; i < G_N_ELEMENTS(text); i++)
            for (gsize j = 0; j < G_N_ELEMENTS(grounds); j++)
                check_pair(*name, text[i].n, text[i].c, grounds[j].n, grounds[j].c, AA_TEXT);
        check_pair(*name, "on_primary", t->on_primary, "primary", t->primary, AA_TEXT);
        check_pair(*name, "on_primary", t->on_primary, "primary_dark", t->primary_dark, AA_TEXT);
        /* big numbers (tiles, gauges) and the bold change line (20 px bold) */
        for (gsize i = 0; i < G_N_ELEMENTS(big); i++)
            for (gsize j = 0; j < G_N_ELEMENTS(grounds); j++)
                check_pair(*name, big[i].n, big[i].c, grounds[j].n, grounds[j].c, AA_LARGE);
    }
}

static gboolean
covers(const TjItem *r, double x, double y)
{
    double x0 = MIN(r->u.rect.x, r->u.rect.x + r->u.rect.w);
    double y0 = MIN(r->u.rect.y, r->u.rect.y + r->u.rect.h);
    return x >= x0 && x <= x0 + fabs(r->u.rect.w) && y >= y0 && y <= y0 + fabs(r->u.rect.h);
}

/* The ground under text item @i: the last opaque rect drawn before it that
 * covers its centre, else the page's background. */
static TjColor
ground_of(const TjScene *s, guint i)
{
    TjRect box = tj_scene_text_box(tj_scene_item(s, i));
    double cx = box.x + box.w / 2, cy = box.y + box.h / 2;
    for (guint k = i; k-- > 0;) {
        const TjItem *it = tj_scene_item(s, k);
        if (it->kind == TJ_ITEM_RECT && it->paint.fill.a >= 1 && covers(it, cx, cy))
            return it->paint.fill;
    }
    return tj_scene_background(s);
}

static gboolean
large(const TjItem *it)
{
    return it->u.text.font.size >= 24 || (it->u.text.font.bold && it->u.text.font.size >= 18.66);
}

/* A copy of the default poster's folder with `theme: NAME`. */
static char *
poster_in(const char *theme)
{
    char *name = g_strdup_printf("contrast-%s", theme);
    char *dir = tjt_out_dir(name);
    char *src = tjt_src_path("examples/dongcheng-2021");
    GDir *d = g_dir_open(src, 0, NULL);
    g_assert_nonnull(d);
    for (const char *f; (f = g_dir_read_name(d));) {
        char *from = g_build_filename(src, f, NULL), *to = g_build_filename(dir, f, NULL);
        if (g_file_test(from, G_FILE_TEST_IS_DIR)) {  /* icons/: the poster uses none */
            g_free(from);
            g_free(to);
            continue;
        }
        gsize len;
        char *text = tjt_read(from, &len);
        if (strcmp(f, "tujie.yaml") == 0) {
            char *want = g_strdup_printf("  theme: %s", theme);
            char **parts = g_strsplit(text, "  theme: gov-red", 2);
            g_free(text);
            text = g_strjoinv(want, parts);
            len = strlen(text);
            g_strfreev(parts);
            g_free(want);
        }
        g_assert_true(g_file_set_contents(to, text, (gssize)len, NULL));
        g_free(text);
        g_free(from);
        g_free(to);
    }
    g_dir_close(d);
    char *spec = g_build_filename(dir, "tujie.yaml", NULL);
    g_free(src);
    g_free(dir);
    g_free(name);
    return spec;
}

static void
test_poster_texts(void)
{
    for (const char *const *name = tj_theme_names(); *name; name++) {
        char *spec = poster_in(*name);
        TjScene *s = NULL;
        GError *err = NULL;
        g_assert_true(tj__api_spec_scene(spec, tj_measurer_fake(), &s, NULL, &err));
        g_assert_no_error(err);
        guint checked = 0;
        for (guint i = 0; i < tj_scene_n_items(s); i++) {
            const TjItem *it = tj_scene_item(s, i);
            if (it->kind != TJ_ITEM_TEXT)
                continue;
            char *what = g_strdup_printf("“%s” (%s)", it->u.text.text, it->role);
            check_pair(*name, what, it->u.text.color, "its ground", ground_of(s, i),
                       large(it) ? AA_LARGE : AA_TEXT);
            g_free(what);
            checked++;
        }
        g_assert_cmpuint(checked, >, 200);
        tj_scene_free(s);
        g_free(spec);
    }
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/contrast/known", test_known);
    g_test_add_func("/contrast/theme-pairs", test_theme_pairs);
    g_test_add_func("/contrast/poster-texts", test_poster_texts);
    return g_test_run();
}
