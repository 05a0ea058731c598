/* layouts/combo.c — the combo chart: bars (series 0, left axis) and a line
 * with point labels (series 1, right axis). Order of work: frame (title,
 * subtitle, source) → the row of axis units and the legend → shared ticks
 * (combo-ticks.c) → category labels wrapped to the band → gridlines, both
 * axes' tick labels → bars with their values → the line, its markers and
 * point labels, each above its point, else below, else the bar's value
 * moves into the bar or is left out (the left axis still reads). No text
 * is cut: labels wrap, and none overlaps another. */
#include "layouts/combo.h"

#include <math.h>
#include <string.h>

#include "core/format.h"
#include "core/i18n.h"
#include "layouts/common.h"
#include "layouts/frame.h"
#include "layouts/scale.h"
#include "layouts/text.h"

#define MAX_BAR_WIDTH 64.0
#define MARKER_R 4.5
#define SWATCH 14.0

typedef struct {
    TjScene *s;
    const TjChartData *d;
    const TjComboSpec *spec;
    const TjTheme *th;
    const TjMeasurer *m;
    TjFontStyle label_font, value_font, tick_font;
    TjColor bar_color, line_color;
    const char *bar_unit, *line_unit;
} Combo;

void
tj_combo_spec_init(TjComboSpec *spec)
{
    memset(spec, 0, sizeof *spec);
    spec->width = 800;
    spec->height = 500;
    spec->value_labels = TRUE;
}

static double
text_w(const Combo *c, const char *t, const TjFontStyle *f)
{
    TjTextExtents e;
    tj_measure(c->m, t, f, &e);
    return e.width;
}

static double
line_h(const Combo *c, const TjFontStyle *f)
{
    TjTextExtents e;
    tj_measure(c->m, "国", f, &e);
    return e.height;
}

/* ---- units and legend ------------------------------------------------- */

static char *
legend_text(const char *name, const char *unit)
{
    return unit && *unit ? g_strdup_printf("%s（%s）", name, unit) : g_strdup(name);
}

/* The units above the two axes and the legend between them (on a row of
 * its own when it does not fit there); returns the height used. */
static double
units_and_legend(Combo *c, TjRect plot)
{
    const TjTheme *th = c->th;
    double h = line_h(c, &c->tick_font), y = plot.y + h / 2;
    double uw = 0;
    if (c->bar_unit && *c->bar_unit) {
        tj_lay_text_mid(c->s, c->m, "unit", plot.x, y, c->bar_unit, &c->tick_font,
                        th->text_note, TJ_ANCHOR_START);
        uw = text_w(c, c->bar_unit, &c->tick_font);
    }
    if (c->line_unit && *c->line_unit) {
        tj_lay_text_mid(c->s, c->m, "unit.right", plot.x + plot.w, y, c->line_unit,
                        &c->tick_font, th->text_note, TJ_ANCHOR_END);
        uw = MAX(uw, text_w(c, c->line_unit, &c->tick_font));
    }
    char *names[2] = { legend_text(c->d->series[0].name, c->bar_unit),
                       legend_text(c->d->series[1].name, c->line_unit) };
    double w0 = text_w(c, names[0], &c->tick_font), w1 = text_w(c, names[1], &c->tick_font);
    double entry = SWATCH + 6, gap = 20, room = plot.w - 2 * (uw + 16);
    double total = 2 * entry + w0 + w1 + gap;
    double used = h;
    double rows[2] = { y, y }, xs[2];
    if (total <= room) {
        xs[0] = plot.x + plot.w / 2 - total / 2;
        xs[1] = xs[0] + entry + w0 + gap;
    } else {
        /* one entry a row, under the units */
        rows[0] = plot.y + h + 4 + h / 2;
        rows[1] = rows[0] + h + 2;
        xs[0] = xs[1] = plot.x + uw + 16;
        used = 3 * h + 6;
    }
    TjPaint box = tj_paint_fill(c->bar_color), ln = tj_paint_stroke(c->line_color, 2.5);
    tj_scene_rect(c->s, "legend.swatch", xs[0], rows[0] - SWATCH / 2, SWATCH, SWATCH, 0, &box);
    tj_scene_line(c->s, "legend.swatch", xs[1], rows[1], xs[1] + SWATCH, rows[1], &ln);
    TjPaint dot = tj_paint_fill(c->line_color);
    tj_scene_arc(c->s, "legend.swatch", xs[1] + SWATCH / 2, rows[1], 3, 0, 2 * G_PI, &dot);
    for (int k = 0; k < 2; k++) {
        tj_lay_text_mid(c->s, c->m, "legend.label", xs[k] + entry, rows[k], names[k],
                        &c->tick_font, th->text_secondary, TJ_ANCHOR_START);
        g_free(names[k]);
    }
    return used + 10;
}

/* ---- axes --------------------------------------------------------------- */

static double
ticks_width(const Combo *c, const TjTicks *t)
{
    double w = 0;
    for (int i = 0; i < t->n; i++) {
        char *lab = tj_ticks_label(t, i, TJ_MAG_NONE);
        w = MAX(w, text_w(c, lab, &c->tick_font));
        g_free(lab);
    }
    return w;
}

static void
grid(Combo *c, const TjTicks *ta, const TjTicks *tb, const TjLinearScale *ya, double x0,
     double x1)
{
    TjPaint rule = tj_paint_stroke(c->th->rule, 1), axis = tj_paint_stroke(c->th->axis, 1);
    for (int i = 0; i < ta->n; i++) {
        double v = tj_ticks_value(ta, i);
        double y = round(tj_scale_linear_map(ya, v)) + 0.5;
        tj_scene_line(c->s, v == 0 ? "axis.zero" : "grid", x0, y, x1, y, v == 0 ? &axis : &rule);
        char *la = tj_ticks_label(ta, i, TJ_MAG_NONE), *lb = tj_ticks_label(tb, i, TJ_MAG_NONE);
        tj_lay_text_mid(c->s, c->m, "axis.tick-label", x0 - 8, y, la, &c->tick_font,
                        c->th->text_note, TJ_ANCHOR_END);
        tj_lay_text_mid(c->s, c->m, "axis.tick-label.right", x1 + 8, y, lb, &c->tick_font,
                        c->th->text_note, TJ_ANCHOR_START);
        g_free(la);
        g_free(lb);
    }
}

/* Category labels wrapped to the band (balanced lines), smaller when a
 * label needs more than three lines. Returns their height; @lines gets
 * each category's lines. */
static double
fit_categories(Combo *c, double step, GPtrArray **lines)
{
    const TjChartData *d = c->d;
    double sizes[2] = { c->label_font.size, MAX(14, c->th->size_note - 2) };
    guint most = 1;
    for (int k = 0; k < 2; k++) {
        c->label_font.size = sizes[k];
        most = 1;
        for (guint i = 0; i < d->n_cat; i++) {
            if (lines[i])
                g_ptr_array_unref(lines[i]);
            lines[i] = tj_lay_wrap_balanced(c->m, d->categories[i], &c->label_font,
                                            MAX(step - 8, 1));
            most = MAX(most, lines[i]->len);
        }
        if (most <= 3)
            break;
    }
    return most * line_h(c, &c->label_font);
}

/* ---- marks ------------------------------------------------------------- */

typedef struct {
    char *text;
    double x, y;      /* baseline point (anchor middle) */
    TjRect box;
    gboolean inside;  /* drawn in the bar, on its colour */
    gboolean drop;
} Label;

static TjRect
label_box(const Combo *c, const char *text, double cx, double baseline, TjTextExtents *e)
{
    tj_measure(c->m, text, &c->value_font, e);
    TjRect r = { cx - e->width / 2, baseline - e->ascent, e->width, e->height };
    return r;
}

static gboolean
hits(const TjRect *r, const Label *bars, guint n, const GArray *placed, const TjRect *plot)
{
    if (r->y < plot->y - 0.5 || r->y + r->h > plot->y + plot->h + 0.5)
        return TRUE;
    for (guint i = 0; i < n; i++)
        if (bars[i].text && !bars[i].drop && tj_rect_overlaps(r, &bars[i].box, 0.5))
            return TRUE;
    for (guint i = 0; i < placed->len; i++)
        if (tj_rect_overlaps(r, &g_array_index(placed, TjRect, i), 0.5))
            return TRUE;
    return FALSE;
}

/* A point label's place @want is taken by the bar's own value @b: the value
 * moves into the top of a tall enough positive bar, else it is left out
 * (the left axis still reads). */
static void
make_room(const Combo *c, Label *b, double v, const TjLinearScale *ya, const TjRect *want)
{
    TjTextExtents e;
    double top = tj_scale_linear_map(ya, v), y0 = tj_scale_linear_map(ya, 0);
    TjRect in = label_box(c, b->text, b->x, top + 6 + 0.0, &e);
    in.y += e.ascent;
    b->drop = TRUE;
    if (v > 0 && y0 - top > e.height + 12 && !tj_rect_overlaps(&in, want, 0.5)) {
        b->box = in;
        b->y = in.y + e.ascent;
        b->inside = TRUE;
        b->drop = FALSE;
    }
}

static void
draw_marks(Combo *c, const TjBandScale *xs, const TjLinearScale *ya, const TjLinearScale *yb,
           const TjRect *area)
{
    const TjChartData *d = c->d;
    const TjSeries *bs = &d->series[0], *ls = &d->series[1];
    double band = MIN(xs->bandwidth, MAX_BAR_WIDTH), y0 = tj_scale_linear_map(ya, 0);
    Label *bl = g_new0(Label, d->n_cat);
    TjPaint fill = tj_paint_fill(c->bar_color);
    for (guint i = 0; i < d->n_cat; i++) {
        double v = bs->values[i];
        if (!isfinite(v))
            continue;
        double cx = tj_scale_band_center(xs, i), yv = tj_scale_linear_map(ya, v);
        tj_scene_rect(c->s, "bar", cx - band / 2, MIN(y0, yv), band, fabs(yv - y0), 0, &fill);
        if (!c->spec->value_labels || !bs->labels[i])
            continue;
        TjTextExtents e;
        tj_measure(c->m, bs->labels[i], &c->value_font, &e);
        double base = v >= 0 ? yv - 6 - (e.height - e.ascent) : yv + 4 + e.ascent;
        bl[i] = (Label){ bs->labels[i], cx, base, label_box(c, bs->labels[i], cx, base, &e),
                         FALSE, FALSE };
    }
    /* the line: a path through the points, broken where a value is missing */
    TjPaint stroke = tj_paint_stroke(c->line_color, 2.5);
    gboolean open = FALSE;
    for (guint i = 0; i < d->n_cat; i++) {
        double v = ls->values[i];
        if (!isfinite(v)) {
            if (open)
                open = FALSE;
            continue;
        }
        double x = tj_scale_band_center(xs, i), y = tj_scale_linear_map(yb, v);
        gboolean next = i + 1 < d->n_cat && isfinite(ls->values[i + 1]);
        if (!open && next) {
            tj_scene_path_begin(c->s, "line", &stroke);
            tj_scene_path_move(c->s, x, y);
            open = TRUE;
        } else if (open) {
            tj_scene_path_line(c->s, x, y);
            open = next;
        }
    }
    GArray *placed = g_array_new(FALSE, FALSE, sizeof(TjRect));
    Label *ll = g_new0(Label, d->n_cat);
    for (guint i = 0; i < d->n_cat; i++) {
        double v = ls->values[i];
        if (!isfinite(v))
            continue;
        double x = tj_scale_band_center(xs, i), y = tj_scale_linear_map(yb, v);
        TjRect mk = { x - MARKER_R - 1, y - MARKER_R - 1, 2 * MARKER_R + 2, 2 * MARKER_R + 2 };
        g_array_append_val(placed, mk);
        if (!c->spec->value_labels || !ls->labels[i])
            continue;
        TjTextExtents e;
        tj_measure(c->m, ls->labels[i], &c->value_font, &e);
        double above = y - MARKER_R - 4 - (e.height - e.ascent);
        double below = y + MARKER_R + 4 + e.ascent;
        TjRect ra = label_box(c, ls->labels[i], x, above, &e);
        TjRect rb = label_box(c, ls->labels[i], x, below, &e);
        double at = above;
        TjRect r = ra;
        if (hits(&ra, bl, d->n_cat, placed, area) && !hits(&rb, bl, d->n_cat, placed, area)) {
            at = below;
            r = rb;
        } else if (hits(&ra, bl, d->n_cat, placed, area)) {
            if (bl[i].text && !bl[i].drop)
                make_room(c, &bl[i], bs->values[i], ya, &ra);
            if (hits(&ra, bl, d->n_cat, placed, area))
                continue;   /* no room anywhere: the right axis reads it */
        }
        ll[i] = (Label){ ls->labels[i], x, at, r, FALSE, FALSE };
        g_array_append_val(placed, r);
    }
    for (guint i = 0; i < d->n_cat; i++)
        if (bl[i].text && !bl[i].drop)
            tj_scene_text(c->s, "bar.value", bl[i].x, bl[i].y, bl[i].text, &c->value_font,
                          bl[i].inside ? c->th->on_primary : c->th->text, TJ_ANCHOR_MIDDLE, 0, NULL);
    TjPaint ring = tj_paint_stroke(c->line_color, 2), white = tj_paint_fill(c->th->background);
    TjFontStyle lf = c->value_font;
    for (guint i = 0; i < d->n_cat; i++) {
        if (!isfinite(ls->values[i]))
            continue;
        double x = tj_scale_band_center(xs, i), y = tj_scale_linear_map(yb, ls->values[i]);
        tj_scene_arc(c->s, "line.marker", x, y, MARKER_R, 0, 2 * G_PI, &white);
        tj_scene_arc(c->s, "line.marker", x, y, MARKER_R, 0, 2 * G_PI, &ring);
        if (!ll[i].text)
            continue;
        TjRect h = ll[i].box;
        tj_scene_rect(c->s, "line.value.halo", h.x - 3, h.y, h.w + 6, h.h, 3, &white);
        tj_scene_text(c->s, "line.value", ll[i].x, ll[i].y, ll[i].text, &lf, c->line_color,
                          TJ_ANCHOR_MIDDLE, 0, NULL);
    }
    g_array_free(placed, TRUE);
    g_free(bl);
    g_free(ll);
}

/* ---- the chart ----------------------------------------------------------- */

static gboolean
prepare(const TjChartData *d, const TjComboSpec *sp, double r[4], GError **error)
{
    const TjSrcLoc *loc = sp->loc.file ? &sp->loc : NULL;
    if (!tj_text_check_lengths(loc, error, _("combo chart: title"), sp->title,
                               _("combo chart: subtitle"), sp->subtitle, _("combo chart: source"),
                               sp->source, _("combo chart: unit"), sp->unit,
                               _("combo chart: line unit"), sp->line_unit, NULL) ||
        !tj_lay_check_box(_("combo chart"), sp->width, sp->height, TJ_LAY_MIN_CHART_W,
                          TJ_LAY_MIN_CHART_H, loc, error) ||
        !tj_chart_data_check(d, loc, error))
        return FALSE;
    if (d->n_series < 2) {
        tj_error_set_at(error, TJ_ERROR_INPUT, loc,
                        _("combo chart: needs a bar column and a line column"));
        return FALSE;
    }
    for (int k = 0; k < 2; k++) {
        r[2 * k] = INFINITY;
        r[2 * k + 1] = -INFINITY;
        for (guint i = 0; i < d->n_cat; i++) {
            double v = d->series[k].values[i];
            if (isfinite(v)) {
                r[2 * k] = MIN(r[2 * k], v);
                r[2 * k + 1] = MAX(r[2 * k + 1], v);
            }
        }
        if (d->n_cat == 0 || !isfinite(r[2 * k])) {
            tj_error_set_at(error, TJ_ERROR_INPUT, loc,
                            _("combo chart: nothing to draw in “%s” (no value is a number)"),
                            d->n_cat ? d->series[k].name : "");
            return FALSE;
        }
    }
    return TRUE;
}

gboolean
tj_layout_combo(TjScene *s, const TjChartData *d, const TjComboSpec *spec, const TjTheme *th,
                const TjMeasurer *m, GError **error)
{
    double r[4];
    if (!prepare(d, spec, r, error))
        return FALSE;
    Combo c = { .s = s, .d = d, .spec = spec, .th = th, .m = m };
    c.label_font = tj_font(th->size_label, FALSE);
    c.value_font = tj_font(th->size_note, TRUE);
    c.tick_font = tj_font(th->size_note, FALSE);
    c.bar_color = th->series[0];
    c.line_color = th->series[MIN(2, th->n_series - 1)];
    c.bar_unit = spec->unit ? spec->unit : d->series[0].unit;
    c.line_unit = spec->line_unit ? spec->line_unit : d->series[1].unit;

    TjFrame f = { .width = spec->width, .height = spec->height, .title = spec->title,
                  .subtitle = spec->subtitle, .source = spec->source };
    tj_scene_group_begin(s, "chart.combo", spec->title);
    TjRect plot = tj_frame_layout(s, m, th, &f);
    double top = units_and_legend(&c, plot);
    plot.y += top;
    plot.h -= top;

    /* ticks for the height left under the category labels, at least a
     * tick label and a half apart (a second pass when the first guessed
     * too many) */
    TjTicks ta, tb;
    TjBandScale xs;
    GPtrArray **lines = g_new0(GPtrArray *, d->n_cat);
    double vh = line_h(&c, &c.value_font), th_ = line_h(&c, &c.tick_font), y_top, y_bot;
    int most = CLAMP((int)(plot.h / 44), 3, 9);
    for (int pass = 0; pass < 3; pass++) {
        tj_combo_ticks(r[0], r[1], r[2], r[3], most, &ta, &tb);
        double wa = ticks_width(&c, &ta) + 10, wb = ticks_width(&c, &tb) + 10;
        tj_scale_band_init(&xs, d->n_cat, plot.x + wa, plot.x + plot.w - wb, 0.35, 0.2);
        double cat_h = fit_categories(&c, xs.step, lines);
        y_top = plot.y + vh + 8 + MARKER_R;
        y_bot = plot.y + plot.h - cat_h - 10 - (ta.lo < 0 ? vh + 4 : 0);
        int fit = (int)((y_bot - y_top) / (th_ * 1.5));
        if (ta.n - 1 <= MAX(fit, 2))
            break;
        most = MAX(fit, 2);
    }
    if (y_bot - y_top < 3 * th_) {
        for (guint i = 0; i < d->n_cat; i++)
            g_ptr_array_unref(lines[i]);
        g_free(lines);
        tj_scene_group_end(s);
        tj_error_set_at(error, TJ_ERROR_INPUT, spec->loc.file ? &spec->loc : NULL,
                        _("combo chart: %.0f × %.0f px leaves no room for the plot under %u "
                          "category names; make it larger or the names shorter"),
                        spec->width, spec->height, d->n_cat);
        return FALSE;
    }
    TjLinearScale ya = { ta.lo, ta.hi, y_bot, y_top }, yb = { tb.lo, tb.hi, y_bot, y_top };
    grid(&c, &ta, &tb, &ya, xs.r0, xs.r1);
    TjRect area = { xs.r0, plot.y, xs.r1 - xs.r0, y_bot + (ta.lo < 0 ? vh + 4 : 0) - plot.y };
    draw_marks(&c, &xs, &ya, &yb, &area);
    TjTextExtents e;
    tj_measure(m, "国", &c.label_font, &e);
    double yl = y_bot + 8 + (ta.lo < 0 ? vh + 4 : 0);
    for (guint i = 0; i < d->n_cat; i++) {
        for (guint k = 0; k < lines[i]->len; k++)
            tj_lay_text(s, m, "category.label", tj_scale_band_center(&xs, i),
                        yl + e.ascent + k * e.height, lines[i]->pdata[k], &c.label_font,
                        th->text_secondary, TJ_ANCHOR_MIDDLE, NULL);
        g_ptr_array_unref(lines[i]);
    }
    g_free(lines);
    tj_scene_group_end(s);
    return TRUE;
}
