/* layouts/bar-horizontal.c — horizontal bars: categories down the left
 * (wrapped between words in up to three balanced lines, as many as a row
 * holds, in a column of 30–55 % of the width, smaller down to the note size;
 * shortened only past that, with a warning), bars to the right
 * of a vertical zero line, the value at each bar's end. No value axis: the
 * labels carry the numbers, as in most 图解 posters; with value labels off,
 * light tick labels run along the bottom. */
#include "layouts/bar-private.h"

#include <math.h>

#include "core/i18n.h"
#include "layouts/scale.h"
#include "layouts/text.h"
#include "layouts/ticks.h"

#define MAX_BAR_HEIGHT 40.0

/* Category labels in at most @max_lines balanced lines of @limit px (the
 * last shortened only past that). Returns the widest line; sets *@cut when
 * a label had to be shortened. */
static double
labels_width(const TjBarCtx *c, double limit, guint max_lines, GPtrArray **lines, gboolean *cut)
{
    double w = 0;
    *cut = FALSE;
    for (guint i = 0; i < c->d->n_cat; i++) {
        gboolean s = FALSE;
        GPtrArray *l = tj_text_fit_lines(c->m, c->d->categories[i], &c->label_font, limit,
                                         max_lines, &s);
        *cut |= s;
        w = MAX(w, tj_text_max_width(c->m, (const char *const *)l->pdata, l->len,
                                     &c->label_font));
        if (lines[i])
            g_ptr_array_unref(lines[i]);
        lines[i] = l;
    }
    return w;
}

/* Row @i's total as a stacked bar shows it at its end; NULL when none is
 * shown (no parts, or shares adding up to 100). (transfer full) */
static char *
stack_total(const TjBarCtx *c, guint i)
{
    double pos = 0, neg = 0;
    for (guint k = 0; k < c->d->n_series; k++) {
        double v = c->d->series[k].values[i];
        if (isfinite(v)) {
            if (v >= 0) pos += v; else neg += v;
        }
    }
    if (!(pos > 0 || neg < 0) || tj__bar_shares(c))
        return NULL;
    return tj_format_decimal(pos + neg, c->d->series[0].decimals);
}

/* The widest label at a bar's end (a stacked bar's total, else a value). */
static double
max_value_label(const TjBarCtx *c)
{
    double w = 0;
    for (guint i = 0; c->spec->stacked && i < c->d->n_cat; i++) {
        char *lab = stack_total(c, i);
        TjTextExtents e;
        if (lab)
            tj_measure(c->m, lab, &c->value_font, &e);
        w = MAX(w, lab ? e.width : 0);
        g_free(lab);
    }
    for (guint k = 0; !c->spec->stacked && k < c->d->n_series; k++)
        for (guint i = 0; i < c->d->n_cat; i++) {
            char *lab = tj__bar_value_label(c, k, i);
            if (!lab)
                continue;
            TjTextExtents e;
            tj_measure(c->m, lab, &c->value_font, &e);
            w = MAX(w, e.width);
            g_free(lab);
        }
    return w;
}

static void
bar_rows(TjBarCtx *c, const TjBandScale *ys, const TjLinearScale *xs)
{
    const TjChartData *d = c->d;
    guint ns = c->spec->stacked ? 1 : d->n_series;
    double band = MIN(ys->bandwidth, MAX_BAR_HEIGHT * ns);
    /* side by side bars too thin for a value at the note size: no values
     * (one row's would run into each other), and said so */
    gboolean values = c->spec->value_labels;
    if (values && !c->spec->stacked) {
        TjTextExtents ne;
        TjFontStyle nf = c->value_font;
        nf.size = MIN(nf.size, c->th->size_note);
        tj_measure(c->m, "0", &nf, &ne);
        if (ne.height > band / ns + 0.5) {
            values = FALSE;
            GPtrArray *names = g_ptr_array_new();
            for (guint i = 0; i < d->n_cat; i++)
                g_ptr_array_add(names, d->categories[i]);
            tj_lay_warn_dropped(c->s, _("bar chart"), names);
            g_ptr_array_free(names, TRUE);
        }
    }
    for (guint i = 0; i < d->n_cat; i++) {
        double top = tj_scale_band_center(ys, i) - band / 2, pos = 0, neg = 0;
        for (guint k = 0; k < d->n_series; k++) {
            double v = d->series[k].values[i];
            if (!isfinite(v))
                continue;
            double h = band / ns, y = top + (c->spec->stacked ? 0 : k * h);
            double base = c->spec->stacked ? (v >= 0 ? pos : neg) : 0;
            double xa = tj_scale_linear_map(xs, base), xb = tj_scale_linear_map(xs, base + v);
            TjRect r = { MIN(xa, xb), y + h * 0.06, fabs(xb - xa), h * 0.88 };
            tj__bar_draw(c, k, i, &r, v >= 0 ? TJ_BAR_END_RIGHT : TJ_BAR_END_LEFT);
            if (c->spec->stacked) {
                if (c->spec->value_labels) {
                    TjFontStyle f = c->value_font;
                    f.size = MIN(f.size, MAX(12, h * 0.6));
                    tj__bar_part_label(c, k, i, &r, &f);
                }
                if (v >= 0) pos += v; else neg += v;
                continue;
            }
            char *lab = values ? tj__bar_value_label(c, k, i) : NULL;
            if (lab) {
                /* as tall as the bar at most, so the labels of the
                 * bars of one row do not touch; never under the note size */
                TjFontStyle f = c->value_font;
                TjTextExtents ve;
                tj_measure(c->m, "0", &f, &ve);
                if (ve.height > h)
                    f.size = MAX(c->th->size_note, floor(f.size * h / ve.height));
                tj_lay_text_mid(c->s, c->m, "bar.value", xb + (v >= 0 ? 6 : -6), y + h / 2,
                                lab, &f, c->th->text, v >= 0 ? TJ_ANCHOR_START : TJ_ANCHOR_END);
            }
            g_free(lab);
        }
        char *lab = c->spec->stacked && c->spec->value_labels ? stack_total(c, i) : NULL;
        if (lab) {
            double xe = tj_scale_linear_map(xs, pos + neg >= 0 ? pos : neg);
            tj_lay_text_mid(c->s, c->m, "bar.value", xe + (pos + neg >= 0 ? 6 : -6),
                            top + band / 2, lab, &c->value_font, c->th->text,
                            pos + neg >= 0 ? TJ_ANCHOR_START : TJ_ANCHOR_END);
            g_free(lab);
        }
    }
}

static void
bottom_ticks(TjBarCtx *c, const TjTicks *t, const TjLinearScale *xs, double y)
{
    for (int i = 0; i < t->n; i++) {
        char *lab = tj_ticks_label(t, i, TJ_MAG_NONE);
        tj_lay_text(c->s, c->m, "axis.tick-label", tj_scale_linear_map(xs, tj_ticks_value(t, i)),
                    y, lab, &c->tick_font, c->th->text_note, TJ_ANCHOR_MIDDLE, NULL);
        g_free(lab);
    }
}

void
tj__bar_horizontal(TjBarCtx *c)
{
    const TjChartData *d = c->d;
    TjRect plot = c->plot;
    GPtrArray **lines = g_new0(GPtrArray *, d->n_cat);
    TjTextExtents le;
    tj_measure(c->m, "国", &c->label_font, &le);
    /* rows too low for a line get a smaller one: the rows as the band
     * scale below spaces them */
    TjBandScale probe;
    tj_scale_band_init(&probe, d->n_cat, plot.y + (isfinite(c->spec->target) ? le.height : 0),
                       plot.y + plot.h - (c->spec->value_labels ? 0 : le.height + 4), 0.3, 0.15);
    double row = d->n_cat > 1 ? tj_scale_band_center(&probe, 1) - tj_scale_band_center(&probe, 0)
                              : plot.h;
    if (row * 0.95 < le.height * 1.1)
        c->label_font.size = MAX(c->th->size_note * 0.75,
                                 c->label_font.size * row * 0.95 / (le.height * 1.1));
    /* as many lines as a row holds, up to 3; the label column widens from
     * 30 % to 55 % of the width, then the labels get smaller (to the note
     * size, so that a row holds more lines), before a label is shortened */
    guint max_lines = 1;
    gboolean cut = TRUE;
    double vw = c->spec->value_labels ? max_value_label(c) + 10 : 12;
    double neg_room = c->lo < 0 && c->spec->value_labels ? max_value_label(c) + 10 : 0;
    /* the bars keep a quarter of the width whatever the names and values
     * take (a narrow chart would reverse the bars' scale) */
    double most = MIN(0.56, (plot.w * 0.75 - 12 - neg_room - vw) / plot.w);
    double least = MIN(0.30, most - 0.01);
    double lw = 0, share = least;
    for (double size = c->label_font.size; cut; size -= 2) {
        c->label_font.size = MAX(size, MIN(c->th->size_note, c->label_font.size));
        tj_measure(c->m, "国", &c->label_font, &le);
        max_lines = (guint)CLAMP(floor(row * 0.95 / le.height), 1, 3);
        for (share = least; cut && share < most; share += 0.05)
            lw = labels_width(c, plot.w * MAX(share, 0.05), max_lines, lines, &cut);
        if (size <= c->th->size_note)
            break;
    }
    if (le.height > row + 0.5) {   /* one line each runs into the next: refused */
        c->dense_room = row * d->n_cat;
        c->dense_item = le.height;
    }
    for (guint i = 0; cut && i < d->n_cat; i++) {
        gboolean s = FALSE;
        g_ptr_array_unref(tj_text_fit_lines(c->m, d->categories[i], &c->label_font,
                                            plot.w * MAX(share - 0.05, 0.05), max_lines, &s));
        if (s)
            tj_lay_warn_shortened(c->s, c->m, d->categories[i], &c->label_font,
                                  plot.w * MAX(share - 0.05, 0.05), max_lines);
    }
    double bottom_room = c->spec->value_labels ? 0 : le.height + 4;

    TjTicks t;
    tj_ticks_extended(c->lo, c->hi, 5, &t);
    double d0 = c->spec->value_labels ? c->lo : t.lo, d1 = c->spec->value_labels ? c->hi : t.hi;
    double x0 = plot.x + lw + 12 + neg_room, x1 = plot.x + plot.w - vw;
    TjLinearScale xs = { d0, d1, x0, x1 };
    TjBandScale ys;
    tj_scale_band_init(&ys, d->n_cat, plot.y + (isfinite(c->spec->target) ? le.height : 0),
                       plot.y + plot.h - bottom_room, 0.3, 0.15);

    for (guint i = 0; i < d->n_cat; i++) {
        double cy = tj_scale_band_center(&ys, i);
        double y = cy - lines[i]->len * le.height / 2 + le.ascent;
        TjColor col = (int)i == c->highlight ? c->th->text : c->th->text_secondary;
        guint first_line = tj_scene_n_items(c->s);
        for (guint k = 0; k < lines[i]->len; k++)
            tj_lay_text(c->s, c->m, "category.label", plot.x + lw, y + k * le.height,
                        lines[i]->pdata[k], &c->label_font, col, TJ_ANCHOR_END, NULL);
        tj_scene_text_join(c->s, first_line, lines[i]->len);
        g_ptr_array_unref(lines[i]);
    }
    g_free(lines);
    bar_rows(c, &ys, &xs);
    if (!c->spec->value_labels)
        bottom_ticks(c, &t, &xs, plot.y + plot.h - le.height + le.ascent);
    TjPaint zero = tj_paint_stroke(c->th->axis, 1);
    double xz = round(tj_scale_linear_map(&xs, 0)) + 0.5;
    tj_scene_line(c->s, "axis.zero", xz, ys.r0, xz, ys.r1, &zero);
    if (isfinite(c->spec->target)) {
        double x = tj_scale_linear_map(&xs, c->spec->target);
        tj__bar_target_line(c, FALSE, x, ys.r0, ys.r1);
        char *lab = tj__bar_target_label(c);
        tj_lay_text(c->s, c->m, "target.label", x, ys.r0 - 4, lab, &c->tick_font,
                    c->th->target, TJ_ANCHOR_MIDDLE, NULL);
        g_free(lab);
    }
}
