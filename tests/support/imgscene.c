/* tests/support/imgscene.c — hand-built scenes for the image tests. */
#include "support/imgscene.h"

void
tjt_scene_text(TjScene *s, TjFonts *fonts, double x, double y, const char *str,
               double size, gboolean bold, guint32 rgb, TjAnchor anchor,
               double angle)
{
    TjFontStyle font = { size, bold };
    TjTextExtents ext;
    tj_measure(tj_fonts_measurer(fonts), str, &font, &ext);
    tj_scene_text(s, "label", x, y, str, &font, tj_color_rgb(rgb), anchor, angle, &ext);
}

TjPaint
tjt_fill(guint32 rgb)
{
    TjPaint p = { 0 };
    p.fill = tj_color_rgb(rgb);
    return p;
}

TjPaint
tjt_stroke(guint32 rgb, double width)
{
    TjPaint p = { 0 };
    p.stroke = tj_color_rgb(rgb);
    p.stroke_width = width;
    return p;
}

/* The plot: gridlines, bars with value labels, rotated category labels. */
static void
chart_bars(TjScene *s, TjFonts *fonts)
{
    static const double v[] = { 2954.7, 1213.5, 683.2, 412.0, 187.6, 95.3 };
    static const char *const names[] = {
        "地区生产总值", "社会消费品零售总额", "固定资产投资",
        "区级一般公共预算收入", "税收收入", "上缴国有资本经营收益",
    };
    TjPaint grid = tjt_stroke(0xE6E6E6, 1);
    for (int i = 0; i <= 4; i++)
        tj_scene_line(s, "grid", 60, 120.5 + 60 * i, 560, 120.5 + 60 * i, &grid);
    for (int i = 0; i < 6; i++) {
        double h = v[i] / 3000 * 240, x = 72 + 82 * i;
        TjPaint bar = tjt_fill(i == 0 ? 0xC8161D : 0xD4A24C);
        tj_scene_rect(s, "bar", x, 360 - h, 56, h, 4, &bar);
        tjt_scene_text(s, fonts, x + 28, 360 - h - 6, i == 0 ? "2954.7" : "683.2",
                       16, FALSE, 0x222222, TJ_ANCHOR_MIDDLE, 0);
        tjt_scene_text(s, fonts, x + 34, 376, names[i], 14, FALSE, 0x666666,
                       TJ_ANCHOR_END, -30);
    }
    tjt_scene_text(s, fonts, 28, 240, "亿元（纵轴）", 16, FALSE, 0x666666,
                   TJ_ANCHOR_MIDDLE, -90);
}

/* A dashed curve, a donut of two arcs, a closed arrow path. */
static void
chart_shapes(TjScene *s, TjFonts *fonts)
{
    TjPaint trend = tjt_stroke(0x5B6B8C, 3);
    trend.dash_on = 8, trend.dash_off = 5, trend.cap = TJ_CAP_ROUND;
    tj_scene_path_begin(s, "trend", &trend);
    tj_scene_path_move(s, 80, 300);
    tj_scene_path_line(s, 200, 260);
    tj_scene_path_curve(s, 260, 240, 320, 200, 400, 210);
    tj_scene_path_line(s, 540, 160);
    TjPaint ring = tjt_stroke(0xEEEEEE, 22), prog = tjt_stroke(0xC8161D, 22);
    prog.cap = TJ_CAP_ROUND;
    tj_scene_arc(s, "ring", 680, 230, 70, 0, 2 * G_PI, &ring);
    tj_scene_arc(s, "ring", 680, 230, 70, -G_PI / 2, -G_PI / 2 + 2 * G_PI * 0.218,
                 &prog);
    tjt_scene_text(s, fonts, 680, 244, "21.8%", 36, TRUE, 0xC8161D,
                   TJ_ANCHOR_MIDDLE, 0);
    tjt_scene_text(s, fonts, 680, 340, "家庭厨余垃圾分出率", 18, FALSE, 0x222222,
                   TJ_ANCHOR_MIDDLE, 0);
    TjPaint arrow = tjt_fill(0x2E8B57);
    arrow.stroke = tj_color_rgb(0x1B5E20), arrow.stroke_width = 1;
    tj_scene_path_begin(s, "arrow", &arrow);
    tj_scene_path_move(s, 640, 400);
    tj_scene_path_line(s, 652, 380);
    tj_scene_path_line(s, 664, 400);
    tj_scene_path_close(s);
    tjt_scene_text(s, fonts, 672, 400, "同比降低18.2%", 18, FALSE, 0x2E8B57,
                   TJ_ANCHOR_START, 0);
}

TjScene *
tjt_chart_scene(TjFonts *fonts)
{
    TjScene *s = tj_scene_new(800, 500);
    tj_scene_set_meta(s, "图解：2020年主要经济指标", "东城区 地区生产总值 2954.7亿元");
    tjt_scene_text(s, fonts, 400, 48, "2020年主要经济指标", 28, TRUE, 0x222222,
                   TJ_ANCHOR_MIDDLE, 0);
    tjt_scene_text(s, fonts, 60, 86, "单位：亿元", 18, FALSE, 0x666666,
                   TJ_ANCHOR_START, 0);
    chart_bars(s, fonts);
    chart_shapes(s, fonts);
    TjPaint band = tjt_fill(0xC8161D);
    band.fill.a = 0.12;
    tj_scene_rect(s, "band", 0, 440, 800, 60, 0, &band);
    tjt_scene_text(s, fonts, 400, 482, TJT_CHART_TEXT, 24, FALSE, 0x222222,
                   TJ_ANCHOR_MIDDLE, 0);
    return s;
}
