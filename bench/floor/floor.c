/* bench/floor/floor.c — the floor: tujie's three benchmark charts drawn with
 * raw cairo + pango calls and nothing else (no CSV schema, no scales, no
 * scene, no theme). Geometry is hard-coded to look like tujie's own output
 * (Noto Sans CJK SC Regular and Bold, red bars, wrapped labels), so what
 * tujie costs above this is the price of its layout engine and writers.
 *
 *   floor CHART FMT OUT [N] [--png cairo|zL]
 *     CHART  bar | trend | gauge       FMT  png | svg | pdf
 *     N > 1  OUT is a folder; N charts in this one process (OUT/CHART-NNN.FMT)
 *     --png cairo (default): cairo_surface_write_to_png (the naive floor)
 *     --png zL: own libpng writer, RGB rows, filter none, zlib level L (0-9)
 *   floor --noop                       exit at once (process + linking cost)
 *
 * Data are compiled in (the same figures as the CSV files in bench/data): reading a
 * 9-line CSV is not what a floor measures. PNG is 1600 × 1000 (800 × 500
 * at scale 2); SVG is 800 × 500 px; PDF 800 × 500 pt. */
#define _DEFAULT_SOURCE
#include <cairo.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <errno.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <png.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define WIDTH 800.0
#define HEIGHT 500.0
#define PNG_SCALE 2.0
#define FAMILY "Noto Sans CJK SC"

enum { INK = 0x222222, GREY = 0x666666, RULE = 0xE6E6E6, AXIS = 0x999999, RED = 0xC8161D };

static const char *const bar_names[] = {
    "地区生产总值", "社会消费品零售总额", "固定资产投资", "区级一般公共预算收入",
    "外贸出口", "建安投资", "产业发展母基金", "上缴国有资本经营收益",
};
static const char *const bar_texts[] = { "2954.7", "1213.5", "223.7", "181.4",
                                         "190", "73.8", "50", "1.39" };
static const double bar_values[] = { 2954.7, 1213.5, 223.7, 181.4, 190, 73.8, 50, 1.39 };
static const char *const years[] = { "2016", "2017", "2018", "2019", "2020", "2021" };
static const double traffic[] = { 5.62, 5.48, 5.41, 5.29, 5.03, 5.17 };

typedef struct {
    cairo_t *cr;
    PangoContext *pc;
} Pen;

static void
fail(const char *what, const char *detail)
{
    fprintf(stderr, "floor: %s%s%s\n", what, detail ? ": " : "", detail ? detail : "");
    exit(1);
}

static void
colour(cairo_t *cr, unsigned rgb)
{
    cairo_set_source_rgb(cr, (rgb >> 16 & 255) / 255.0, (rgb >> 8 & 255) / 255.0,
                         (rgb & 255) / 255.0);
}

/* Text whose logical box has its point (ax, ay) — fractions of the box —
 * at (x, y). wrap > 0: break lines to that width, centred. */
static void
label(Pen *p, const char *s, double size, int bold, unsigned rgb, double x, double y,
      double ax, double ay, double wrap)
{
    PangoLayout *l = pango_layout_new(p->pc);
    PangoFontDescription *fd = pango_font_description_new();
    pango_font_description_set_family_static(fd, FAMILY);
    pango_font_description_set_weight(fd, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_font_description_set_absolute_size(fd, size * PANGO_SCALE);
    pango_layout_set_font_description(l, fd);
    pango_font_description_free(fd);
    if (wrap > 0) {
        pango_layout_set_width(l, (int)(wrap * PANGO_SCALE));
        pango_layout_set_wrap(l, PANGO_WRAP_CHAR);
        pango_layout_set_alignment(l, PANGO_ALIGN_CENTER);
    }
    pango_layout_set_text(l, s, -1);
    PangoRectangle box;
    pango_layout_get_extents(l, NULL, &box);
    double w = wrap > 0 ? wrap : box.width / (double)PANGO_SCALE;
    cairo_move_to(p->cr, x - ax * w, y - ay * box.height / (double)PANGO_SCALE);
    colour(p->cr, rgb);
    pango_cairo_show_layout(p->cr, l);
    cairo_new_path(p->cr);
    g_object_unref(l);
}

static void
hrule(cairo_t *cr, double x0, double x1, double y, unsigned rgb)
{
    colour(cr, rgb);
    cairo_set_line_width(cr, 1);
    cairo_move_to(cr, x0, y);
    cairo_line_to(cr, x1, y);
    cairo_stroke(cr);
}

/* Title, unit line, horizontal grid with tick labels; returns nothing: the
 * plot box is the caller's. */
static void
frame(Pen *p, const char *title, const char *unit, double l, double r, double t, double b,
      double lo, double hi, double step, const char *fmt)
{
    label(p, title, 28, 1, INK, 24, 20, 0, 0, 0);
    if (unit)
        label(p, unit, 17, 0, GREY, 24, 68, 0, 0, 0);
    char buf[32];
    int n = (int)lround((hi - lo) / step);
    for (int i = 0; i <= n; i++) {
        double v = lo + i * step, y = b - (v - lo) / (hi - lo) * (b - t);
        hrule(p->cr, l, r, y, i == 0 ? AXIS : RULE);
        snprintf(buf, sizeof buf, fmt, v);
        label(p, buf, 17, 0, GREY, l - 10, y, 1, 0.5, 0);
    }
}

static void
draw_bar(Pen *p)
{
    const double l = 60, r = 776, t = 144, b = 388, top = 3000;
    frame(p, "2020年主要经济指标", "单位：亿元", l, r, t, b, 0, top, 1000, "%.0f");
    double band = (r - l) / 8;
    for (int i = 0; i < 8; i++) {
        double xc = l + band * (i + 0.5), w = band * 0.6;
        double h = bar_values[i] / top * (b - t);
        colour(p->cr, RED);
        cairo_rectangle(p->cr, xc - w / 2, b - h, w, h);
        cairo_fill(p->cr);
        label(p, bar_texts[i], 18, 1, INK, xc, b - h - 4, 0.5, 1, 0);
        label(p, bar_names[i], 17, 0, GREY, xc, b + 10, 0.5, 0, band - 8);
    }
}

static void
draw_trend(Pen *p)
{
    const double l = 60, r = 776, t = 120, b = 406, lo = 5.0, hi = 5.7;
    frame(p, "高峰时段道路交通指数", NULL, l, r, t, b, lo, hi, 0.1, "%.1f");
    double band = (r - l) / 6, x[6], y[6];
    for (int i = 0; i < 6; i++) {
        x[i] = l + band * (i + 0.5);
        y[i] = b - (traffic[i] - lo) / (hi - lo) * (b - t);
    }
    colour(p->cr, RED);
    cairo_set_line_width(p->cr, 2.5);
    cairo_set_line_join(p->cr, CAIRO_LINE_JOIN_ROUND);
    for (int i = 0; i < 6; i++)
        (i ? cairo_line_to : cairo_move_to)(p->cr, x[i], y[i]);
    cairo_stroke(p->cr);
    char buf[16];
    for (int i = 0; i < 6; i++) {
        int last = i == 5;
        cairo_arc(p->cr, x[i], y[i], last ? 6 : 4, 0, 2 * G_PI);
        colour(p->cr, last ? RED : 0xFFFFFF);
        cairo_fill_preserve(p->cr);
        colour(p->cr, RED);
        cairo_set_line_width(p->cr, 1.5);
        cairo_stroke(p->cr);
        snprintf(buf, sizeof buf, "%.2f", traffic[i]);
        label(p, buf, last ? 18 : 17, last, last ? INK : GREY, x[i], y[i] - 10, 0.5, 1, 0);
        label(p, years[i], 17, 0, GREY, x[i], b + 30, 0.5, 0, 0);
    }
}

static void
draw_gauge(Pen *p)
{
    const double cx = 400, cy = 255, radius = 160, thick = 30, v = 21.8;
    label(p, "垃圾分类", 28, 1, INK, 24, 20, 0, 0, 0);
    cairo_set_line_width(p->cr, thick);
    colour(p->cr, RULE);
    cairo_arc(p->cr, cx, cy, radius, 0, 2 * G_PI);
    cairo_stroke(p->cr);
    colour(p->cr, RED);
    cairo_arc(p->cr, cx, cy, radius, -G_PI / 2, -G_PI / 2 + 2 * G_PI * v / 100);
    cairo_stroke(p->cr);
    label(p, "21.8", 80, 1, INK, cx + 72, cy, 1, 0.5, 0);
    label(p, "%", 30, 0, INK, cx + 74, cy + 8, 0, 0.5, 0);
    label(p, "家庭厨余垃圾分出率", 20, 0, INK, cx, 458, 0.5, 0.5, 0);
}

/* White ground, then the chart, on any surface. */
static void
paint(cairo_surface_t *s, double scale, void (*draw)(Pen *))
{
    Pen p = { cairo_create(s), NULL };
    cairo_scale(p.cr, scale, scale);
    cairo_set_source_rgb(p.cr, 1, 1, 1);
    cairo_paint(p.cr);
    p.pc = pango_cairo_create_context(p.cr);
    pango_context_set_language(p.pc, pango_language_from_string("zh-cn"));
    cairo_font_options_t *fo = cairo_font_options_create();
    cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
    pango_cairo_context_set_font_options(p.pc, fo);
    cairo_font_options_destroy(fo);
    draw(&p);
    if (cairo_status(p.cr))
        fail("draw", cairo_status_to_string(cairo_status(p.cr)));
    g_object_unref(p.pc);
    cairo_destroy(p.cr);
}

/* The own writer: an opaque RGB24 surface as 8-bit RGB rows. */
static void
write_png_rgb(cairo_surface_t *s, const char *path, int level)
{
    FILE *fp = fopen(path, "wb");
    if (!fp)
        fail(path, strerror(errno));
    int w = cairo_image_surface_get_width(s), h = cairo_image_surface_get_height(s);
    int stride = cairo_image_surface_get_stride(s);
    const unsigned char *px = cairo_image_surface_get_data(s);
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, NULL, NULL, NULL);
    png_infop info = png_create_info_struct(png);
    unsigned char *row = malloc((size_t)w * 3);
    if (setjmp(png_jmpbuf(png)))
        fail(path, "libpng error");
    png_init_io(png, fp);
    png_set_IHDR(png, info, w, h, 8, PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_BASE, PNG_FILTER_TYPE_BASE);
    png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_NONE);
    png_set_compression_level(png, level);
    png_write_info(png, info);
    for (int y = 0; y < h; y++) {
        const uint32_t *src = (const uint32_t *)(px + (size_t)y * stride);
        for (int x = 0; x < w; x++) {
            row[3 * x] = src[x] >> 16;
            row[3 * x + 1] = src[x] >> 8;
            row[3 * x + 2] = src[x];
        }
        png_write_row(png, row);
    }
    png_write_end(png, info);
    png_destroy_write_struct(&png, &info);
    free(row);
    if (fclose(fp))
        fail(path, strerror(errno));
}

static void
render(void (*draw)(Pen *), const char *fmt, const char *path, int level)
{
    cairo_surface_t *s;
    if (strcmp(fmt, "png") == 0) {
        int w = (int)(WIDTH * PNG_SCALE), h = (int)(HEIGHT * PNG_SCALE);
        s = cairo_image_surface_create(level < 0 ? CAIRO_FORMAT_ARGB32 : CAIRO_FORMAT_RGB24, w, h);
        paint(s, PNG_SCALE, draw);
        cairo_surface_flush(s);
        if (level < 0) {
            cairo_status_t st = cairo_surface_write_to_png(s, path);
            if (st)
                fail(path, cairo_status_to_string(st));
        } else {
            write_png_rgb(s, path, level);
        }
    } else if (strcmp(fmt, "svg") == 0) {
        s = cairo_svg_surface_create(path, WIDTH, HEIGHT);
        paint(s, 1, draw);
    } else if (strcmp(fmt, "pdf") == 0) {
        s = cairo_pdf_surface_create(path, WIDTH, HEIGHT);
        paint(s, 1, draw);
    } else {
        fail("format must be png, svg or pdf", fmt);
        return;
    }
    cairo_surface_finish(s);
    if (cairo_surface_status(s))
        fail(path, cairo_status_to_string(cairo_surface_status(s)));
    cairo_surface_destroy(s);
}

int
main(int argc, char **argv)
{
    if (argc == 2 && strcmp(argv[1], "--noop") == 0)
        return 0;
    int level = -1;
    if (argc >= 6 && strcmp(argv[argc - 2], "--png") == 0) {
        const char *v = argv[argc - 1];
        if (v[0] == 'z' && v[1] >= '0' && v[1] <= '9' && !v[2])
            level = v[1] - '0';
        else if (strcmp(v, "cairo") != 0)
            fail("--png wants cairo or z0..z9", v);
        argc -= 2;
    }
    if (argc < 4 || argc > 5) {
        fprintf(stderr, "usage: floor bar|trend|gauge png|svg|pdf OUT [N] [--png cairo|zL]\n");
        return 2;
    }
    void (*draw)(Pen *) = strcmp(argv[1], "bar") == 0     ? draw_bar
                          : strcmp(argv[1], "trend") == 0 ? draw_trend
                          : strcmp(argv[1], "gauge") == 0 ? draw_gauge
                                                          : NULL;
    if (!draw)
        fail("chart must be bar, trend or gauge", argv[1]);
    int n = argc == 5 ? atoi(argv[4]) : 1;
    if (n <= 1) {
        render(draw, argv[2], argv[3], level);
        return 0;
    }
    if (mkdir(argv[3], 0777) != 0 && errno != EEXIST)
        fail(argv[3], strerror(errno));
    for (int i = 1; i <= n; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s-%03d.%s", argv[3], argv[1], i, argv[2]);
        render(draw, argv[2], path, level);
    }
    return 0;
}
