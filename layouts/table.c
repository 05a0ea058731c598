/* layouts/table.c — the table's geometry and drawing (see layouts/table.h).
 * Number and change columns are as wide as their widest figure (the parts
 * left and right of the decimal point measured apart, so every point lands
 * on one x), with a bar when asked; text columns share what is left, the
 * first one taking any slack, and wrap when they must. Rows are as tall as
 * their tallest cell; every other data row has the panel ground. */
#include "layouts/table.h"

#include <math.h>
#include <string.h>

#include "core/format.h"
#include "core/i18n.h"
#include "layouts/common.h"
#include "layouts/frame.h"
#include "layouts/icon.h"
#include "layouts/kpi.h"
#include "layouts/polarity.h"
#include "layouts/text.h"

#define PAD_X 12.0
#define PAD_Y 9.0
#define BAR_W 120.0
#define BAR_GAP 10.0
#define BAR_H 10.0
#define MIN_TEXT_EM 4.0
#define HEAD_EM 6.0      /* a number column's header wraps beyond this */
#define ICON_EM 1.2      /* a row's icon: its side in body sizes */
#define ICON_GAP 8.0

typedef struct {
    char *text;          /* as drawn */
    GPtrArray *lines;    /* text columns: wrapped */
    double left, right;  /* number columns: widths before and from the point */
} Cell;

typedef struct {
    double x, w;
    double max_left, max_right, max_abs;
    char *head;          /* header text with its unit */
    GPtrArray *head_lines;
} Col;

typedef struct {
    const TjTableSpec *spec;
    const TjTheme *th;
    const TjMeasurer *m;
    TjFontStyle head_font, body_font;
    double line_h, ascent;
    TjRect plot;
    Col *cols;
    Cell *cells;
    double head_h, *row_h, height;
    gboolean too_narrow;   /* the columns do not fit the width */
} Geo;

static double
width_of(const Geo *g, const char *text, const TjFontStyle *f)
{
    TjTextExtents e;
    tj_measure(g->m, text, f, &e);
    return e.width;
}

/* Where a figure splits for alignment: at its decimal point, else after its
 * last digit. */
static gsize
split_at(const char *text)
{
    const char *dot = strchr(text, '.');
    if (dot)
        return (gsize)(dot - text);
    gsize at = strlen(text);
    for (gsize i = 0; text[i]; i++)
        if (g_ascii_isdigit(text[i]))
            at = i + 1;
    return at;
}

static void
measure_numbers(Geo *g, guint c)
{
    const TjTableSpec *spec = g->spec;
    Col *col = &g->cols[c];
    for (guint r = 0; r < spec->n_rows; r++) {
        Cell *x = &g->cells[r * spec->n_cols + c];
        gsize at = split_at(x->text);
        char *left = g_strndup(x->text, at);
        x->left = width_of(g, left, &g->body_font);
        x->right = width_of(g, x->text + at, &g->body_font);
        g_free(left);
        col->max_left = MAX(col->max_left, x->left);
        col->max_right = MAX(col->max_right, x->right);
        double v = spec->cells[r * spec->n_cols + c].num.value;
        if (isfinite(v))
            col->max_abs = MAX(col->max_abs, fabs(v));
    }
}

static double
number_col_width(const Geo *g, guint c, double head_em)
{
    const Col *col = &g->cols[c];
    double content = col->max_left + col->max_right;
    if (g->spec->cols[c].bar)
        content += BAR_GAP + BAR_W;
    /* the header wrapped at @head_em: its widest line (a number and its
     * unit do not break) */
    GPtrArray *l = tj_lay_wrap_balanced(g->m, col->head, &g->head_font,
                                        head_em * g->head_font.size);
    double head = tj_text_max_width(g->m, (const char *const *)l->pdata, l->len, &g->head_font);
    g_ptr_array_unref(l);
    return MAX(content, head) + 2 * PAD_X;
}

/* Room the rows' icons take at the start of column @c (the first one). */
static double
icon_room(const Geo *g, guint c)
{
    return g->spec->icons && c == 0 ? ICON_EM * g->body_font.size + ICON_GAP : 0;
}

static double
text_natural(const Geo *g, guint c)
{
    double w = width_of(g, g->cols[c].head, &g->head_font);
    for (guint r = 0; r < g->spec->n_rows; r++)
        w = MAX(w, width_of(g, g->cells[r * g->spec->n_cols + c].text, &g->body_font) +
                       icon_room(g, c));
    return w + 2 * PAD_X;
}

/* Column widths: numbers first, the rest to the text columns. */
static void
widths(Geo *g)
{
    const TjTableSpec *spec = g->spec;
    double fixed = 0, natural = 0;
    guint n_text = 0, first_text = G_MAXUINT;
    for (guint c = 0; c < spec->n_cols; c++) {
        if (spec->cols[c].kind == TJ_TCOL_TEXT) {
            g->cols[c].w = text_natural(g, c);
            natural += g->cols[c].w;
            n_text++;
            first_text = MIN(first_text, c);
        } else {
            measure_numbers(g, c);
            fixed += g->cols[c].w = number_col_width(g, c, HEAD_EM);
        }
    }
    double min_w = MIN_TEXT_EM * g->body_font.size + 2 * PAD_X;
    if (fixed + n_text * min_w > g->plot.w) {  /* narrow: number headers wrap more */
        fixed = 0;
        for (guint c = 0; c < spec->n_cols; c++)
            if (spec->cols[c].kind != TJ_TCOL_TEXT)
                fixed += g->cols[c].w = number_col_width(g, c, 2);
        min_w = MIN(min_w, MAX(0, g->plot.w - fixed) / MAX(n_text, 1));
    }
    double left = g->plot.w - fixed;
    for (guint c = 0; c < spec->n_cols && n_text; c++) {
        if (spec->cols[c].kind != TJ_TCOL_TEXT)
            continue;
        if (natural <= left)
            g->cols[c].w += c == first_text ? left - natural : 0;
        else
            g->cols[c].w = MAX(min_w, left * g->cols[c].w / natural);
    }
    if (n_text == 0 && left > 0)  /* numbers only: spread them */
        for (guint c = 0; c < spec->n_cols; c++)
            g->cols[c].w += left / spec->n_cols;
    double x = g->plot.x;
    for (guint c = 0; c < spec->n_cols; c++) {
        g->cols[c].x = x;
        x += g->cols[c].w;
    }
    g->too_narrow = x > g->plot.x + g->plot.w + 0.5 || min_w < 2 * g->body_font.size;
}

static void
rows(Geo *g)
{
    const TjTableSpec *spec = g->spec;
    guint head_lines = 1;
    for (guint c = 0; c < spec->n_cols; c++) {
        Col *col = &g->cols[c];
        double room = col->w - 2 * PAD_X;
        col->head_lines = tj_lay_wrap_balanced(g->m, col->head, &g->head_font, MAX(room, 1));
        head_lines = MAX(head_lines, col->head_lines->len);
        /* a header that does not wrap into its column: the table is too
         * narrow (never one header over the next) */
        if (tj_text_max_width(g->m, (const char *const *)col->head_lines->pdata,
                              col->head_lines->len, &g->head_font) > room + 0.5)
            g->too_narrow = TRUE;
    }
    g->head_h = head_lines * g->line_h + 2 * PAD_Y;
    g->height = g->head_h;
    for (guint r = 0; r < spec->n_rows; r++) {
        guint lines = 1;
        for (guint c = 0; c < spec->n_cols; c++) {
            Cell *x = &g->cells[r * spec->n_cols + c];
            if (spec->cols[c].kind != TJ_TCOL_TEXT)
                continue;
            double room = MAX(g->cols[c].w - 2 * PAD_X - icon_room(g, c), 1);
            x->lines = tj_text_wrap(g->m, x->text, &g->body_font, room);
            /* a figure with its unit wider than the column: too narrow */
            if (tj_text_max_width(g->m, (const char *const *)x->lines->pdata, x->lines->len,
                                  &g->body_font) > room + 0.5)
                g->too_narrow = TRUE;
            lines = MAX(lines, x->lines->len);
        }
        g->row_h[r] = lines * g->line_h + 2 * PAD_Y;
        g->height += g->row_h[r];
    }
}

static void
geo_init(Geo *g, const TjTableSpec *spec, TjRect plot, const TjTheme *th, const TjMeasurer *m)
{
    *g = (Geo){ .spec = spec, .th = th, .m = m, .plot = plot };
    g->head_font = tj_font(th->size_label, TRUE);
    g->body_font = tj_font(th->size_label, FALSE);
    TjTextExtents e;
    tj_measure(m, "国", &g->body_font, &e);
    g->line_h = e.height;
    g->ascent = e.ascent;
    g->cols = g_new0(Col, spec->n_cols);
    g->cells = g_new0(Cell, spec->n_rows * spec->n_cols);
    g->row_h = g_new0(double, spec->n_rows);
    for (guint c = 0; c < spec->n_cols; c++) {
        char *unit = tj_table_header_unit(spec, c);
        g->cols[c].head = unit ? g_strdup_printf("%s（%s）", spec->cols[c].header, unit)
                               : g_strdup(spec->cols[c].header);
        g_free(unit);
    }
    for (guint r = 0; r < spec->n_rows; r++)
        for (guint c = 0; c < spec->n_cols; c++)
            g->cells[r * spec->n_cols + c].text = tj_table_cell_display(spec, r, c, TRUE);
    widths(g);
    rows(g);
}

static void
geo_clear(Geo *g)
{
    for (guint c = 0; c < g->spec->n_cols; c++) {
        g_free(g->cols[c].head);
        if (g->cols[c].head_lines)
            g_ptr_array_unref(g->cols[c].head_lines);
    }
    for (guint i = 0; i < g->spec->n_rows * g->spec->n_cols; i++) {
        g_free(g->cells[i].text);
        if (g->cells[i].lines)
            g_ptr_array_unref(g->cells[i].lines);
    }
    g_free(g->cols);
    g_free(g->cells);
    g_free(g->row_h);
}

/* The right edge of a number column's figures. */
static double
figures_right(const Geo *g, guint c)
{
    const Col *col = &g->cols[c];
    return col->x + col->w - PAD_X - (g->spec->cols[c].bar ? BAR_GAP + BAR_W : 0);
}

static void
draw_header(TjScene *s, const Geo *g)
{
    for (guint c = 0; c < g->spec->n_cols; c++) {
        const Col *col = &g->cols[c];
        gboolean text = g->spec->cols[c].kind == TJ_TCOL_TEXT;
        /* a number's header ends where its figures do, or over the bar
         * too when it is wider than the figures' room */
        double x = text ? col->x + PAD_X : figures_right(g, c);
        if (!text && tj_text_max_width(g->m, (const char *const *)col->head_lines->pdata,
                                       col->head_lines->len, &g->head_font) >
                         x - col->x - PAD_X + 0.5)
            x = col->x + col->w - PAD_X;
        double y = g->plot.y + g->head_h - PAD_Y - col->head_lines->len * g->line_h;
        guint first_line = tj_scene_n_items(s);
        for (guint k = 0; k < col->head_lines->len; k++, y += g->line_h)
            tj_lay_text(s, g->m, "table.header", x, y + g->ascent, col->head_lines->pdata[k],
                        &g->head_font, g->th->text_secondary,
                        text ? TJ_ANCHOR_START : TJ_ANCHOR_END, NULL);
        tj_scene_text_join(s, first_line, col->head_lines->len);
    }
    TjPaint rule = tj_paint_stroke(g->th->axis, 1.5);
    double y = g->plot.y + g->head_h;
    tj_scene_line(s, "table.rule", g->plot.x, y, g->plot.x + g->plot.w, y, &rule);
}

/* A change is good or bad news by the row's indicator (its first text
 * cell, layouts/polarity.c): "能耗" falling is good; unknown is neutral. */
static TjBetter
row_better(const TjTableSpec *spec, guint r)
{
    for (guint c = 0; c < spec->n_cols; c++)
        if (spec->cols[c].kind == TJ_TCOL_TEXT)
            return tj_better_infer(spec->cells[r * spec->n_cols + c].text);
    return TJ_BETTER_NONE;
}

static void
draw_number(TjScene *s, const Geo *g, guint r, guint c, double top, double h)
{
    const TjTableSpec *spec = g->spec;
    const Cell *x = &g->cells[r * spec->n_cols + c];
    const TjTableCell *src = &spec->cells[r * spec->n_cols + c];
    double point = figures_right(g, c) - g->cols[c].max_right;
    gboolean change = spec->cols[c].kind == TJ_TCOL_CHANGE;
    TjColor color = change ? tj_kpi_change_color(g->th, src->num.value, row_better(spec, r))
                           : g->th->text;
    double base = top + (h - g->line_h) / 2 + g->ascent;
    tj_lay_text(s, g->m, change ? "table.change" : "table.number", point + x->right, base,
                x->text, &g->body_font, color, TJ_ANCHOR_END, NULL);
    double v = src->num.value;
    if (!spec->cols[c].bar || !isfinite(v) || g->cols[c].max_abs <= 0)
        return;
    double len = BAR_W * fabs(v) / g->cols[c].max_abs;
    TjPaint p = tj_paint_fill(v < 0 ? g->th->fall : g->th->primary);
    tj_scene_rect(s, "table.bar", figures_right(g, c) + BAR_GAP, top + (h - BAR_H) / 2, len,
                  BAR_H, 0, &p);
}

static void
draw_rows(TjScene *s, const Geo *g)
{
    const TjTableSpec *spec = g->spec;
    double top = g->plot.y + g->head_h;
    for (guint r = 0; r < spec->n_rows; r++) {
        double h = g->row_h[r];
        if (r % 2 == 1) {
            TjPaint zebra = tj_paint_fill(g->th->panel);
            tj_scene_rect(s, "table.zebra", g->plot.x, top, g->plot.w, h, 0, &zebra);
        }
        for (guint c = 0; c < spec->n_cols; c++) {
            if (spec->cols[c].kind != TJ_TCOL_TEXT) {
                draw_number(s, g, r, c, top, h);
                continue;
            }
            const GPtrArray *lines = g->cells[r * spec->n_cols + c].lines;
            double y = top + (h - lines->len * g->line_h) / 2, x = g->cols[c].x + PAD_X;
            const TjIconShape *icon = icon_room(g, c) > 0 ? spec->icons[r] : NULL;
            double side = ICON_EM * g->body_font.size;
            if (icon)
                tj_lay_icon(s, "table.icon", icon, x, y + (g->line_h - side) / 2, side,
                            g->th->primary);
            guint first_line = tj_scene_n_items(s);
            for (guint k = 0; k < lines->len; k++, y += g->line_h)
                tj_lay_text(s, g->m, "table.text", x + icon_room(g, c), y + g->ascent,
                            lines->pdata[k], &g->body_font, g->th->text, TJ_ANCHOR_START, NULL);
            tj_scene_text_join(s, first_line, lines->len);
        }
        top += h;
    }
    TjPaint rule = tj_paint_stroke(g->th->rule, 1);
    tj_scene_line(s, "table.rule", g->plot.x, top, g->plot.x + g->plot.w, top, &rule);
}

gboolean
tj_layout_table(TjScene *s, const TjTableSpec *spec, const TjTheme *th, const TjMeasurer *m,
                GError **error)
{
    g_return_val_if_fail(s && spec && th && m, FALSE);
    if (!tj_table_check(spec, error) ||
        !tj_lay_check_box(_("table"), spec->width, spec->height, TJ_LAY_MIN_CHART_W, 100,
                          spec->loc.file ? &spec->loc : NULL, error))
        return FALSE;
    tj_scene_group_begin(s, "chart.table", spec->title);
    TjFrame f = { .width = spec->width, .height = spec->height, .title = spec->title,
                  .subtitle = spec->subtitle, .source = spec->source };
    TjRect plot = tj_frame_layout(s, m, th, &f);
    Geo g;
    geo_init(&g, spec, plot, th, m);
    if (g.too_narrow) {
        char *w = tj_format_decimal(spec->width, 0);
        tj_error_set_at(error, TJ_ERROR_INPUT, spec->loc.file ? &spec->loc : NULL,
                        _("table: %s px is too narrow for its %u columns; give a larger "
                          "width or fewer columns"), w, spec->n_cols);
        g_free(w);
        geo_clear(&g);
        tj_scene_group_end(s);
        return FALSE;
    }
    if (g.height > plot.h + 0.5) {
        char *need = tj_format_decimal(ceil(spec->height + g.height - plot.h), 0);
        tj_error_set_at(error, TJ_ERROR_INPUT, spec->loc.file ? &spec->loc : NULL,
                        _("table: its %u rows need a height of %s px"), spec->n_rows, need);
        g_free(need);
        geo_clear(&g);
        tj_scene_group_end(s);
        return FALSE;
    }
    draw_header(s, &g);
    draw_rows(s, &g);
    geo_clear(&g);
    tj_scene_group_end(s);
    return TRUE;
}

double
tj_table_height(const TjTableSpec *spec, double width, const TjTheme *th, const TjMeasurer *m)
{
    if (!tj_table_check(spec, NULL))
        return 160;
    TjScene *s = tj_scene_new(width, 2000);
    TjFrame f = { .width = width, .height = 2000, .title = spec->title,
                  .subtitle = spec->subtitle, .source = spec->source };
    TjRect plot = tj_frame_layout(s, m, th, &f);
    tj_scene_free(s);
    Geo g;
    geo_init(&g, spec, plot, th, m);
    double h = ceil(g.height + (2000 - plot.h));
    geo_clear(&g);
    return h;
}
