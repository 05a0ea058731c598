/* tests/unit/test-fonts.c — fonts/: the SC face with zh-cn, deterministic
 * and scale-independent measures, the measure cache, bold, tofu detection,
 * the report, and the fake measurer's documented numbers.
 * Runs with TJ_FONTS_CONF=tests/fonts/fonts.conf (tests/run.sh). */
#include <math.h>
#include <string.h>
#include <fontconfig/fontconfig.h>
#include <pango/pangofc-font.h>
#include "fonts/fonts.h"
#include "tujie/tujie.h"
#include "support/tjtest.h"

static TjFonts *
new_fonts(void)
{
    GError *err = NULL;
    TjFonts *fonts = tj_fonts_new(NULL, &err);
    g_assert_no_error(err);
    g_assert_nonnull(fonts);
    return fonts;
}

/* The fontconfig pattern of the font drawing the first glyph of @text. */
static FcPattern *
first_pattern(TjFonts *fonts, const char *text, gboolean bold)
{
    TjFontStyle style = { 40, bold };
    PangoLayout *layout = tj_fonts_layout(fonts, text, &style);
    PangoLayoutLine *line = pango_layout_get_line_readonly(layout, 0);
    g_assert_nonnull(line->runs);
    PangoGlyphItem *run = line->runs->data;
    PangoFont *font = run->item->analysis.font;
    g_assert_true(PANGO_IS_FC_FONT(font));
    FcPattern *pat = pango_fc_font_get_pattern(PANGO_FC_FONT(font));
    FcPatternReference(pat);
    g_object_unref(layout);
    return pat;
}

static void
test_sc_face(void)
{
    TjFonts *fonts = new_fonts();
    g_assert_nonnull(tj_fonts_config_file(fonts));
    for (int bold = 0; bold <= 1; bold++) {
        FcPattern *pat = first_pattern(fonts, "直", bold);
        int index = -1;
        FcChar8 *ps = NULL, *file = NULL;
        g_assert_cmpint(FcPatternGetInteger(pat, FC_INDEX, 0, &index), ==, FcResultMatch);
        g_assert_cmpint(FcPatternGetString(pat, FC_POSTSCRIPT_NAME, 0, &ps), ==, FcResultMatch);
        g_assert_cmpint(FcPatternGetString(pat, FC_FILE, 0, &file), ==, FcResultMatch);
        g_test_message("直 %s: %s index %d (%s)", bold ? "bold" : "regular", file, index, ps);
        if (tj_fonts_own_dir()) {
            /* tujie's copy of the SC face (scripts/make-fonts.py) */
            g_assert_cmpint(index, ==, 0);
            g_assert_nonnull(strstr((const char *)ps, bold ? "TujieSansCJKsc-Bold"
                                                            : "TujieSansCJKsc-Regular"));
        } else {
            g_assert_cmpint(index, ==, 2);  /* the SC face of NotoSansCJK-*.ttc */
            g_assert_nonnull(strstr((const char *)ps, bold ? "NotoSansCJKsc-Bold"
                                                            : "NotoSansCJKsc-Regular"));
        }
        FcPatternDestroy(pat);
    }
    tj_fonts_free(fonts);
}

static void
test_measure_deterministic(void)
{
    const char *text = "地区生产总值 2954.7亿元";
    TjFontStyle s20 = { 20, FALSE }, s40 = { 40, FALSE }, s7 = { 7.5, FALSE };
    TjTextExtents a, b, c, d;
    TjFonts *f1 = new_fonts();
    TjFonts *f2 = new_fonts();
    tj_measure(tj_fonts_measurer(f1), text, &s20, &a);
    tj_measure(tj_fonts_measurer(f2), text, &s20, &b);
    g_assert_cmpfloat(a.width, ==, b.width);
    g_assert_cmpfloat(a.height, ==, b.height);
    g_assert_cmpfloat(a.ascent, ==, b.ascent);
    /* six CJK characters at 1 em, the rest Latin: between 8 and 14 em */
    g_assert_cmpfloat(a.width, >, 8 * 20);
    g_assert_cmpfloat(a.width, <, 14 * 20);
    g_assert_cmpfloat(a.ascent, >, 0);
    g_assert_cmpfloat(a.ascent, <, a.height);

    /* linear in size: no hinting, no rounding of glyph positions */
    tj_measure(tj_fonts_measurer(f1), text, &s40, &c);
    tj_measure(tj_fonts_measurer(f1), text, &s7, &d);
    g_assert_cmpfloat_with_epsilon(c.width, 2 * a.width, 0.01);
    g_assert_cmpfloat_with_epsilon(c.height, 2 * a.height, 0.01);
    g_assert_cmpfloat_with_epsilon(c.ascent, 2 * a.ascent, 0.01);
    g_assert_cmpfloat_with_epsilon(d.width, a.width * 7.5 / 20, 0.01);
    tj_fonts_free(f1);
    tj_fonts_free(f2);
}

static void
test_measure_cache(void)
{
    TjFonts *fonts = new_fonts();
    const TjMeasurer *m = tj_fonts_measurer(fonts);
    TjFontStyle st = { 24, FALSE }, bold = { 24, TRUE };
    TjTextExtents a, b;
    guint n0 = tj_fonts_n_shaped(fonts);
    tj_measure(m, "同比增长0.2%", &st, &a);
    g_assert_cmpuint(tj_fonts_n_shaped(fonts), ==, n0 + 1);
    tj_measure(m, "同比增长0.2%", &st, &b);
    g_assert_cmpuint(tj_fonts_n_shaped(fonts), ==, n0 + 1);
    g_assert_cmpmem(&a, sizeof a, &b, sizeof b);
    tj_measure(m, "同比增长0.2%", &bold, &b);  /* another style: shaped */
    g_assert_cmpuint(tj_fonts_n_shaped(fonts), ==, n0 + 2);
    tj_fonts_free(fonts);
}

static void
test_bold(void)
{
    TjFonts *fonts = new_fonts();
    const TjMeasurer *m = tj_fonts_measurer(fonts);
    TjFontStyle reg = { 30, FALSE }, bold = { 30, TRUE };
    TjTextExtents r, b;
    tj_measure(m, "GDP 2954.7", &reg, &r);
    tj_measure(m, "GDP 2954.7", &bold, &b);
    g_test_message("GDP 2954.7 at 30 px: regular %.3f, bold %.3f", r.width, b.width);
    g_assert_cmpfloat(b.width, >, r.width);
    /* CJK advances are 1 em in both weights */
    tj_measure(m, "地区生产总值", &reg, &r);
    tj_measure(m, "地区生产总值", &bold, &b);
    g_assert_cmpfloat_with_epsilon(r.width, 180, 0.05);
    g_assert_cmpfloat_with_epsilon(b.width, 180, 0.05);
    tj_fonts_free(fonts);
}

static void
test_tofu(void)
{
    TjFonts *fonts = new_fonts();
    g_assert_null(tj_fonts_missing(fonts, "地区生产总值"));
    g_assert_null(tj_fonts_missing(fonts, "GDP 2954.7亿元 ℃ ①"));
    g_assert_null(tj_fonts_missing(fonts, "门关令骨直 —— “”「」"));
    g_assert_null(tj_fonts_missing(fonts, ""));
    /* its characters are then known drawable: the string below is still
     * shaped for the one that is not */
    g_assert_null(tj_fonts_missing(fonts, "收入合计"));
    g_assert_null(tj_fonts_missing(fonts, "合计收入"));

    char *msg = tj_fonts_missing(fonts, "收入\xEE\x80\x80合计");
    g_assert_nonnull(msg);
    g_assert_nonnull(strstr(msg, "U+E000"));
    g_assert_cmpstr(msg, ==, "“\\u{E000}” U+E000");
    g_free(msg);

    /* 𪚥 U+2A6A5 is not in Noto Sans CJK; only HanaMinB has it */
    msg = tj_fonts_missing(fonts, "𪚥\xEE\x80\x80𪚥");
    if (g_file_test("/usr/share/fonts/truetype/hanazono/HanaMinB.ttf", G_FILE_TEST_EXISTS)) {
        g_assert_cmpstr(msg, ==, "“\\u{E000}” U+E000");
    } else {
        g_assert_cmpstr(msg, ==, "“𪚥” U+2A6A5, “\\u{E000}” U+E000");
    }
    g_free(msg);
    /* a theme's families change the chain: what was found drawable is forgotten */
    g_assert_true(tj_fonts_set_family(fonts, "DejaVu Sans", NULL));
    g_assert_null(tj_fonts_missing(fonts, "收入合计"));
    msg = tj_fonts_missing(fonts, "收入\xEE\x80\x80合计");
    g_assert_cmpstr(msg, ==, "“\\u{E000}” U+E000");
    g_free(msg);
    tj_fonts_free(fonts);
}

/* 堃 U+5803 is outside GB 2312, so not in tujie's own font
 * (scripts/make-fonts.py): the chain draws it with the system's Noto Sans
 * CJK SC, at the same advance, and it is not reported as missing. */
static void
test_outside_own_font(void)
{
    TjFonts *fonts = new_fonts();
    g_assert_null(tj_fonts_missing(fonts, "王堃"));
    FcPattern *pat = first_pattern(fonts, "堃", FALSE);
    FcChar8 *ps = NULL;
    g_assert_cmpint(FcPatternGetString(pat, FC_POSTSCRIPT_NAME, 0, &ps), ==, FcResultMatch);
    g_test_message("堃: %s", ps);
    g_assert_nonnull(strstr((const char *)ps, "NotoSansCJKsc-Regular"));
    FcPatternDestroy(pat);
    TjFontStyle st = { 20, FALSE };
    TjTextExtents a, b;
    tj_measure(tj_fonts_measurer(fonts), "王堃", &st, &a);
    tj_measure(tj_fonts_measurer(fonts), "王王", &st, &b);
    g_assert_cmpfloat_with_epsilon(a.width, 40, 0.05);
    g_assert_cmpfloat_with_epsilon(a.width, b.width, 0.05);
    g_assert_cmpfloat(a.height, ==, b.height);
    char *d = tj_fonts_describe(fonts, "王堃");
    g_test_message("%s", d);
    g_assert_nonnull(strstr(d, "“堃” U+5803  Noto Sans CJK SC Regular — "));
    if (tj_fonts_own_dir())
        g_assert_nonnull(strstr(d, "“王” U+738B  Tujie Sans CJK SC Regular — "));
    g_free(d);
    tj_fonts_free(fonts);
}

static void
test_describe(void)
{
    TjFonts *fonts = new_fonts();
    char *d = tj_fonts_describe(fonts, "直A\xEE\x80\x80");
    g_test_message("%s", d);
    g_assert_nonnull(strstr(d, tj_fonts_config_file(fonts)));
    if (tj_fonts_own_dir()) {
        g_assert_nonnull(strstr(d, "“直” U+76F4  Tujie Sans CJK SC Regular — "));
        g_assert_nonnull(strstr(d, "TujieSansCJKsc-Regular.otf"));
    } else {
        g_assert_nonnull(strstr(d, "“直” U+76F4  Noto Sans CJK SC Regular — "));
        g_assert_nonnull(strstr(d, "NotoSansCJK-Regular.ttc face 2"));
    }
    g_assert_nonnull(strstr(d, "U+E000  MISSING"));
    g_free(d);
    d = tj_fonts_describe(fonts, NULL);  /* the sample */
    g_assert_nonnull(strstr(d, "“℃” U+2103"));
    g_assert_null(strstr(d, "MISSING"));
    g_free(d);
    tj_fonts_free(fonts);
}

static void
test_report_errors(void)
{
    GError *err = NULL;
    char *r = tj_fonts_report("/nonexistent/fonts.conf", "字", &err);
    g_assert_null(r);
    g_assert_error(err, TJ_ERROR, TJ_ERROR_IO);
    g_assert_nonnull(strstr(err->message, "/nonexistent/fonts.conf"));
    g_clear_error(&err);

    char *conf = tjt_src_path("tests/fonts/fonts.conf");
    r = tj_fonts_report(conf, "字", &err);
    g_assert_no_error(err);
    g_assert_true(strstr(r, "“字” U+5B57  Noto Sans CJK SC") != NULL ||
                  strstr(r, "“字” U+5B57  Tujie Sans CJK SC") != NULL);
    g_free(r);
    g_free(conf);
}

static void
test_fake(void)
{
    const TjMeasurer *m = tj_measurer_fake();
    TjFontStyle st = { 20, FALSE }, bold = { 20, TRUE };
    TjTextExtents e;
    tj_measure(m, "地区", &st, &e);
    g_assert_cmpfloat_with_epsilon(e.width, 40, 1e-9);
    g_assert_cmpfloat_with_epsilon(e.height, 29, 1e-9);
    g_assert_cmpfloat_with_epsilon(e.ascent, 23.2, 1e-9);
    tj_measure(m, "GDP", &st, &e);
    g_assert_cmpfloat_with_epsilon(e.width, 33, 1e-9);
    tj_measure(m, "a b", &st, &e);
    g_assert_cmpfloat_with_epsilon(e.width, 27, 1e-9);
    tj_measure(m, "２９５４．７亿元", &bold, &e);  /* full-width digits: wide */
    g_assert_cmpfloat_with_epsilon(e.width, 160, 1e-9);
    tj_measure(m, "", &st, &e);
    g_assert_cmpfloat(e.width, ==, 0);
    tj_measure(m, "e\xCC\x81\xFF", &st, &e);  /* e, combining acute, bad byte */
    g_assert_cmpfloat_with_epsilon(e.width, 22, 1e-9);
}

/* Pinyin typed with combining tone marks (Be + U+030C …) is drawn from one
 * font: the marks are composed with their letters, so the fallback cannot
 * give a mark a font of its own (issue 14, item 8). */
static void
test_combining_marks(void)
{
    TjFonts *fonts = new_fonts();
    TjFontStyle f = { 24, FALSE };
    PangoLayout *l = tj_fonts_layout(fonts, "北京 Be\xCC\x8Cji\xCC\x84ng", &f);
    g_assert_cmpstr(pango_layout_get_text(l), ==, "北京 B\xC4\x9Bj\xC4\xABng");
    /* the Latin runs all come from one font */
    PangoLayoutIter *it = pango_layout_get_iter(l);
    PangoFont *latin = NULL;
    guint runs = 0;
    do {
        PangoLayoutRun *run = pango_layout_iter_get_run_readonly(it);
        if (!run)
            continue;
        const char *t = pango_layout_get_text(l) + run->item->offset;
        if (!g_ascii_isalpha(*t) && (guchar)*t != 0xC4)
            continue;
        runs++;
        if (!latin)
            latin = run->item->analysis.font;
        g_assert_true(run->item->analysis.font == latin);
    } while (pango_layout_iter_next_run(it));
    g_assert_cmpuint(runs, >=, 1);
    pango_layout_iter_free(it);
    /* measuring agrees with the composed text */
    TjTextExtents a, b;
    tj_measure(tj_fonts_measurer(fonts), "Be\xCC\x8Cji\xCC\x84ng", &f, &a);
    tj_measure(tj_fonts_measurer(fonts), "B\xC4\x9Bj\xC4\xABng", &f, &b);
    g_assert_cmpfloat(a.width, ==, b.width);
    g_object_unref(l);
    tj_fonts_free(fonts);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/fonts/sc-face", test_sc_face);
    g_test_add_func("/fonts/combining-marks", test_combining_marks);
    g_test_add_func("/fonts/measure-deterministic", test_measure_deterministic);
    g_test_add_func("/fonts/measure-cache", test_measure_cache);
    g_test_add_func("/fonts/bold", test_bold);
    g_test_add_func("/fonts/tofu", test_tofu);
    g_test_add_func("/fonts/outside-own-font", test_outside_own_font);
    g_test_add_func("/fonts/describe", test_describe);
    g_test_add_func("/fonts/report-errors", test_report_errors);
    g_test_add_func("/fonts/fake", test_fake);
    return g_test_run();
}
