/* layouts/kpi.c — the big-number tile and a row of them (the big number
 * itself is layouts/kpi-number.c).
 * A tile, top to bottom inside its padding: the label (at most two balanced
 * lines, else shortened) after a red accent bar or, when the tile has one,
 * its icon (a square about 1.6 cap heights of the label, centred on the
 * label's first line, so it adds no height: tiles with and without icons
 * keep one height and one value baseline), the value (big, bold, the unit at half size on the
 * same baseline), the change ("同比" then the signed figure in the colour
 * its polarity gives), the comparison line. The value's size is the largest
 * that fits the width and what height the other lines leave, capped at the
 * theme's big size. A row fixes one "shape" (value size, label lines, which
 * lines exist) for all its tiles, so values share a baseline. */
#include "layouts/kpi.h"
#include "layouts/polarity.h"

#include <math.h>
#include <string.h>

#include "layouts/chartdata.h"
#include "layouts/common.h"
#include "layouts/text.h"
#include "core/i18n.h"

#define PAD 24.0
#define ACCENT_W 4.0
#define ACCENT_GAP 10.0
#define GAP 8.0          /* between the label and the value, and below it */
#define MIN_VALUE 12.0   /* px: smallest value size a tile shrinks to */
#define ICON_EM 1.17     /* icon side in label sizes: 1.6 × Noto's cap height */
#define ICON_GAP 10.0

void
tj_kpi_spec_init(TjKpiSpec *spec)
{
    memset(spec, 0, sizeof *spec);
    spec->width = 360;
    spec->height = 220;
    spec->value.value = NAN;
    spec->magnitude = TJ_MAG_AUTO;
    spec->change = NAN;
    spec->change_decimals = -1;
    spec->change_style = TJ_CHANGE_ARROW;
    spec->ground = TRUE;
}

TjColor
tj_kpi_change_color(const TjTheme *th, double delta, TjBetter better)
{
    if (!(delta != 0) || !isfinite(delta))
        return th->text_secondary;
    gboolean up = delta > 0;
    if (better == TJ_BETTER_HIGHER)
        return up ? th->good : th->bad;
    if (better == TJ_BETTER_LOWER)
        return up ? th->bad : th->good;
    return th->text_secondary;   /* unmarked: neutral, neither good nor bad */
}

/* What a tile needs vertically; a row uses one for all its tiles. */
typedef struct {
    double value_size;
    guint label_lines;
    guint compare_lines;
    gboolean change;
} Shape;

typedef struct {
    TjFontStyle label, change, note;
    double pad, inner_w;
} Fonts;

static Fonts
fonts_of(const TjTheme *th, double width)
{
    Fonts f = { tj_font(th->size_body, FALSE), tj_font(th->size_label, FALSE),
                tj_font(th->size_note, FALSE), MIN(PAD, width * 0.08), 0 };
    f.inner_w = MAX(1, width - 2 * f.pad);
    return f;
}

static double
line_height(const TjMeasurer *m, const TjFontStyle *font)
{
    TjTextExtents e;
    tj_measure(m, "国", font, &e);
    return e.height;
}

/* The icon's square side: about 1.6 cap heights, never taller than a line. */
static double
icon_side(const TjMeasurer *m, const Fonts *f)
{
    return MIN(round(f->label.size * ICON_EM), line_height(m, &f->label));
}

/* Where the label starts, after the accent bar or the icon. */
static double
label_indent(const TjKpiSpec *spec, const TjMeasurer *m, const Fonts *f)
{
    if (spec->icon)
        return icon_side(m, f) + ICON_GAP;
    return ACCENT_W + ACCENT_GAP;
}

/* @text (label, comparison) in at most @max_lines balanced lines of
 * @max_w, the last one shortened only when more are needed — and then,
 * when drawing (@s not NULL), with a warning on @s saying so. */
static GPtrArray *
wrap_lines(TjScene *s, const TjMeasurer *m, const char *text, const TjFontStyle *font,
           double max_w, guint max_lines)
{
    if (text && *text && max_lines == 0 && s)   /* left out: said so */
        tj_scene_warn(s, "label-dropped", _("kpi: the text “%s” was left out: the tile is too "
                                            "low for it"), text);
    if (!text || !*text || max_lines == 0)
        return g_ptr_array_new_with_free_func(g_free);
    gboolean cut = FALSE;
    GPtrArray *l = tj_text_fit_lines(m, text, font, max_w, max_lines, &cut);
    if (cut && s)
        tj_lay_warn_shortened(s, m, text, font, max_w, max_lines);
    return l;
}

/* Height the tile's lines other than the value take. */
static double
other_lines_height(const Shape *sh, const TjMeasurer *m, const Fonts *f)
{
    double h = 2 * f->pad;
    if (sh->label_lines > 0)
        h += sh->label_lines * line_height(m, &f->label) + GAP;
    if (sh->change)
        h += line_height(m, &f->change) + GAP / 2;
    if (sh->compare_lines > 0)
        h += sh->compare_lines * line_height(m, &f->note) + GAP / 2;
    return h;
}

/* The lines @spec needs alone (the value's size is fitted later). */
static Shape
shape_of(const TjKpiSpec *spec, const TjTheme *th, const TjMeasurer *m)
{
    Fonts f = fonts_of(th, spec->width);
    Shape sh = { 0, 0, 0, isfinite(spec->change) };
    GPtrArray *lines = wrap_lines(NULL, m, spec->label, &f.label,
                                  f.inner_w - label_indent(spec, m, &f), 3);
    sh.label_lines = MAX(lines->len, spec->icon ? 1 : 0);  /* an icon needs its line */
    g_ptr_array_unref(lines);
    lines = wrap_lines(NULL, m, spec->compare, &f.note, f.inner_w, 2);
    sh.compare_lines = lines->len;
    g_ptr_array_unref(lines);
    return sh;
}

/* The largest value size the tile's width allows (capped at the theme's). */
static double
width_fit(const TjKpiSpec *spec, const TjTheme *th, const TjMeasurer *m)
{
    Fonts f = fonts_of(th, spec->width);
    TjKpiNumber num;
    tj_kpi_number_split(&num, &spec->value, spec->magnitude, spec->unit);
    num.unit_min = th->size_note;
    double w100 = tj_kpi_number_width(&num, m, 100);
    double size = w100 > 0 ? MIN(th->size_big, 100 * f.inner_w / w100) : th->size_big;
    while (size > MIN_VALUE && tj_kpi_number_width(&num, m, size) > f.inner_w)
        size -= 1;   /* the unit's floor makes the width grow faster */
    tj_kpi_number_clear(&num);
    return size;
}

double
tj_kpi_natural_height(const TjKpiSpec *spec, double width, const TjTheme *th,
                      const TjMeasurer *m)
{
    TjKpiSpec k = *spec;
    k.width = width;
    Shape sh = shape_of(&k, th, m);
    Fonts f = fonts_of(th, width);
    TjFontStyle big = tj_font(MIN(th->size_big, width_fit(&k, th, m)), TRUE);
    return ceil(other_lines_height(&sh, m, &f) + line_height(m, &big));
}

/* A tile too short for all its lines gives up the second lines of the
 * comparison and the label (they are shortened), then the comparison line,
 * rather than shrink its value below 1.25 × the body size. Texts are kept
 * whole as long as the value can stay that big: a shortened "增长…" would
 * hide the figure the line is there for. */
static void
degrade(Shape *sh, const TjKpiSpec *spec, const TjTheme *th, const TjMeasurer *m)
{
    Fonts f = fonts_of(th, spec->width);
    TjFontStyle least = tj_font(th->size_body * 1.25, TRUE);
    double need = line_height(m, &least);
    while (other_lines_height(sh, m, &f) + need > spec->height) {
        if (sh->compare_lines > 1)
            sh->compare_lines = 1;
        else if (sh->label_lines > 1)
            sh->label_lines = 1;
        else if (sh->compare_lines > 0)
            sh->compare_lines = 0;
        else
            return;
    }
}

static double
fit_value_size(const TjKpiSpec *spec, const Shape *sh, const TjTheme *th,
               const TjMeasurer *m)
{
    Fonts f = fonts_of(th, spec->width);
    TjFontStyle big = tj_font(100, TRUE);
    double h100 = line_height(m, &big);
    double by_h = 100 * (spec->height - other_lines_height(sh, m, &f)) / h100;
    return MAX(MIN_VALUE, floor(MIN(width_fit(spec, th, m), by_h)));
}

static void
draw_change(TjScene *s, const TjKpiSpec *spec, const TjTheme *th, const TjMeasurer *m,
            const Fonts *f, double y)
{
    double x = f->pad;
    TjTextExtents e;
    if (spec->change_label && *spec->change_label) {
        tj_lay_text(s, m, "kpi.change-label", x, y, spec->change_label, &f->change,
                    th->text_secondary, TJ_ANCHOR_START, &e);
        x += e.width + f->change.size * 0.3;
    }
    char *text = tj_format_change(spec->change, spec->change_decimals, spec->change_points,
                                  spec->change_style);
    TjFontStyle bold = f->change;
    bold.bold = TRUE;
    tj_lay_text(s, m, "kpi.change", x, y, text, &bold,
                tj_kpi_change_color(th, spec->change, tj_better_or_infer(spec->better, spec->label)),
                TJ_ANCHOR_START, NULL);
    g_free(text);
}

/* @img contained in the square (@x, @y, @side), centred. */
static void
draw_icon(TjScene *s, const TjImage *img, double x, double y, double side, const TjColor *tint)
{
    double k = side / MAX(img->width, img->height);
    double w = img->width * k, h = img->height * k;
    guint i = tj_scene_image(s, "kpi.icon", x + (side - w) / 2, y + (side - h) / 2, w, h, img);
    if (tint)
        tj_scene_image_set_tint(s, i, *tint);
}

static void
draw_label(TjScene *s, const TjKpiSpec *spec, const TjTheme *th, const TjMeasurer *m,
           const Fonts *f, double y, guint max_lines)
{
    double lh = line_height(m, &f->label);
    double indent = label_indent(spec, m, f);
    double x = f->pad + indent;
    GPtrArray *lines = wrap_lines(s, m, spec->label, &f->label, f->inner_w - indent,
                                  MAX(1, max_lines));
    if (spec->icon) {
        draw_icon(s, spec->icon, f->pad, y + (lh - icon_side(m, f)) / 2, icon_side(m, f),
                  spec->icon_tint ? &th->primary : NULL);
    } else if (lines->len > 0) {
        TjPaint accent = tj_paint_fill(th->primary);
        double a = lh * 0.22;
        tj_scene_rect(s, "kpi.accent", f->pad, y + a, ACCENT_W, lh - 2 * a, 0, &accent);
    }
    TjTextExtents e;
    tj_measure(m, "国", &f->label, &e);
    guint first_line = tj_scene_n_items(s);
    for (guint i = 0; i < lines->len; i++)
        tj_lay_text(s, m, "kpi.label", x, y + e.ascent + i * lh, lines->pdata[i], &f->label,
                    th->text, TJ_ANCHOR_START, NULL);
    tj_scene_text_join(s, first_line, lines->len);
    g_ptr_array_unref(lines);
}

/* Lays one tile at the origin in the given shape. */
static void
lay_tile(TjScene *s, const TjKpiSpec *spec, const Shape *sh, const TjTheme *th,
         const TjMeasurer *m)
{
    Fonts f = fonts_of(th, spec->width);
    tj_scene_group_begin(s, "chart.kpi", spec->label);
    if (spec->ground) {
        TjPaint ground = tj_paint_fill(th->panel);
        tj_scene_rect(s, "kpi.ground", 0, 0, spec->width, spec->height, 8, &ground);
    }
    TjFontStyle big = tj_font(sh->value_size, TRUE);
    TjTextExtents e;
    tj_measure(m, "0", &big, &e);
    /* what the lines leave is shared above and below them */
    double y = f.pad + MAX(0, spec->height - other_lines_height(sh, m, &f) - e.height) / 2;
    if (sh->label_lines > 0) {
        draw_label(s, spec, th, m, &f, y, sh->label_lines);
        y += sh->label_lines * line_height(m, &f.label) + GAP;
    }
    TjKpiNumber num;
    tj_kpi_number_split(&num, &spec->value, spec->magnitude, spec->unit);
    num.unit_min = th->size_note;
    tj_kpi_number_draw(s, m, "kpi.value", &num, f.pad, y + e.ascent, TJ_ANCHOR_START,
                       sh->value_size, th->primary, th->primary);
    tj_kpi_number_clear(&num);
    y += e.height + GAP / 2;
    if (sh->change) {
        tj_measure(m, "国", &f.change, &e);
        if (isfinite(spec->change))
            draw_change(s, spec, th, m, &f, y + e.ascent);
        y += e.height + GAP / 2;
    }
    GPtrArray *lines = wrap_lines(s, m, spec->compare, &f.note, f.inner_w, sh->compare_lines);
    tj_measure(m, "国", &f.note, &e);
    guint first_line = tj_scene_n_items(s);
    for (guint i = 0; i < lines->len; i++)
        tj_lay_text(s, m, "kpi.compare", f.pad, y + e.ascent + i * e.height, lines->pdata[i],
                    &f.note, th->text_note, TJ_ANCHOR_START, NULL);
    tj_scene_text_join(s, first_line, lines->len);
    g_ptr_array_unref(lines);
    tj_scene_group_end(s);
}

gboolean
tj_kpi_check(const TjKpiSpec *spec, GError **error)
{
    const TjSrcLoc *loc = spec->loc.file ? &spec->loc : NULL;
    if (!tj_text_check_lengths(loc, error, _("kpi: label"), spec->label, _("kpi: unit"), spec->unit,
                               _("kpi: change label"), spec->change_label, _("kpi: compare"),
                               spec->compare, NULL))
        return FALSE;
    if (isfinite(spec->value.value))
        return tj_value_check(spec->value.value, _("kpi: value"), loc, error) &&
               tj_value_check_decimals(spec->value.decimals, _("kpi: value"), loc, error) &&
               tj_value_check(spec->change, _("kpi: change"), loc, error) &&
               tj_value_check_decimals(spec->change_decimals, _("kpi: change"), loc, error);
    const char *what = spec->label && *spec->label ? spec->label : _("the tile");
    if (isnan(spec->value.value))
        tj_error_set_at(error, TJ_ERROR_INPUT, loc,
                        _("kpi: no value for “%s” (missing or not a number)"), what);
    else
        tj_error_set_at(error, TJ_ERROR_INPUT, loc,
                        _("kpi: the value of “%s” is not a finite number"), what);
    return FALSE;
}

gboolean
tj_layout_kpi(TjScene *s, const TjKpiSpec *spec, const TjTheme *th,
              const TjMeasurer *m, GError **error)
{
    g_return_val_if_fail(s && spec && th && m, FALSE);
    if (!tj_kpi_check(spec, error) ||
        !tj_lay_check_box(_("kpi"), spec->width, spec->height, TJ_LAY_MIN_TILE_W, TJ_LAY_MIN_TILE_H,
                          spec->loc.file ? &spec->loc : NULL, error))
        return FALSE;
    Shape sh = shape_of(spec, th, m);
    degrade(&sh, spec, th, m);
    sh.value_size = fit_value_size(spec, &sh, th, m);
    lay_tile(s, spec, &sh, th, m);
    return TRUE;
}

gboolean
tj_layout_kpi_row(TjScene *s, const TjKpiSpec *specs, guint n, double width,
                  double height, double gutter, const TjTheme *th,
                  const TjMeasurer *m, GError **error)
{
    g_return_val_if_fail(s && specs && n > 0 && th && m, FALSE);
    double cw = (width - gutter * (n - 1)) / n;
    TjKpiSpec *cells = g_new(TjKpiSpec, n);
    Shape row = { 0, 0, 0, FALSE };
    for (guint i = 0; i < n; i++) {
        if (!tj_kpi_check(&specs[i], error) ||
            !tj_lay_check_box(_("kpi"), cw, height, TJ_LAY_MIN_TILE_W, TJ_LAY_MIN_TILE_H,
                              specs[i].loc.file ? &specs[i].loc : NULL, error)) {
            g_free(cells);
            return FALSE;
        }
        cells[i] = specs[i];
        cells[i].width = cw;
        cells[i].height = height;
        Shape sh = shape_of(&cells[i], th, m);
        row.label_lines = MAX(row.label_lines, sh.label_lines);
        row.change = row.change || sh.change;
        row.compare_lines = MAX(row.compare_lines, sh.compare_lines);
    }
    degrade(&row, &cells[0], th, m);
    row.value_size = th->size_big;
    for (guint i = 0; i < n; i++)
        row.value_size = MIN(row.value_size, fit_value_size(&cells[i], &row, th, m));
    for (guint i = 0; i < n; i++) {
        guint mark = tj_scene_n_items(s);
        lay_tile(s, &cells[i], &row, th, m);
        tj_scene_translate_from(s, mark, i * (cw + gutter), 0);
    }
    g_free(cells);
    return TRUE;
}
