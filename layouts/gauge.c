/* layouts/gauge.c — what every gauge style shares (the cell and frame,
 * the label and its size, number text), one gauge, and a row of gauges in
 * equal cells (one dial size, one value size, one label size and height).
 * Invariant of every style: frac = (value - min) / (max - min) in [0, 1]
 * is what is drawn, and a value above max adds over = (value - max) /
 * (max - min) past the end (at most the style's cap, else shortened with a
 * break); the value text is the source's own figure even when the shape is
 * clamped or shortened. */
#include "layouts/gauge-private.h"

#include <math.h>
#include <string.h>

#include "layouts/frame.h"
#include "layouts/text.h"
#include "core/i18n.h"

void
tj_gauge_spec_init(TjGaugeSpec *spec)
{
    memset(spec, 0, sizeof *spec);
    spec->style = TJ_GAUGE_RING;
    tj_gauge_default_size(spec->style, &spec->width, &spec->height);
    spec->value.value = NAN;
    spec->min = 0;
    spec->max = 100;
    spec->target = NAN;
}

void
tj_gauge_default_size(TjGaugeStyle style, double *width, double *height)
{
    *width = style == TJ_GAUGE_BAR ? 600 : 400;
    *height = style == TJ_GAUGE_BAR ? 160 : style == TJ_GAUGE_SEMICIRCLE ? 280 : 400;
}

/* ---- shared pieces -------------------------------------------------------- */

double
tj__gauge_line(const TjGaugeCtx *c, const TjFontStyle *font)
{
    TjTextExtents e;
    tj_measure(c->m, "国", font, &e);
    return e.height;
}

TjMagnitude
tj_gauge_magnitude(const TjGaugeSpec *spec)
{
    if (spec->value.percent)
        return TJ_MAG_NONE;
    if (spec->value.magnitude > 0)
        return (TjMagnitude)spec->value.magnitude;
    double amax = MAX(fabs(spec->value.value), MAX(fabs(spec->min), fabs(spec->max)));
    return tj_format_pick_magnitude(amax);
}

char *
tj__gauge_format(const TjGaugeCtx *c, double v)
{
    if (c->mag == TJ_MAG_NONE || v == 0)   /* "0", not "0万" */
        return tj__gauge_format_value(c->spec, v);
    TjNumFormat f;   /* "20万": the scale in the value's magnitude */
    tj_num_format_init(&f);
    f.magnitude = c->mag;
    return tj_format_number(v, &f);
}

TjRect
tj__gauge_text_box(const TjGaugeCtx *c, const char *text, const TjFontStyle *font,
                   double x, double y, TjAnchor anchor)
{
    TjTextExtents e;
    tj_measure(c->m, text, font, &e);
    double frac = anchor == TJ_ANCHOR_MIDDLE ? 0.5 : anchor == TJ_ANCHOR_END ? 1 : 0;
    return (TjRect){ x - frac * e.width, y - e.ascent, e.width, e.height };
}

GPtrArray *
tj__gauge_label(const TjGaugeCtx *c, double max_w, guint max_lines)
{
    const char *label = c->spec->label;
    if (!label || !*label)
        return g_ptr_array_new_with_free_func(g_free);
    return tj_text_fit_lines(c->m, label, &c->label_font, max_w, max_lines, NULL);
}

char *
tj__gauge_target_note(const TjGaugeCtx *c)
{
    if (!isfinite(c->tfrac))
        return NULL;
    char *t = tj__gauge_format(c, c->spec->target);
    char *note = g_strconcat("目标 ", t, NULL);
    g_free(t);
    return note;
}

void
tj__gauge_draw_label(TjGaugeCtx *c, double cx, double top, double max_w)
{
    GPtrArray *lines = tj__gauge_label(c, max_w, MAX(1, c->label_lines));
    TjTextExtents e;
    tj_measure(c->m, "国", &c->label_font, &e);
    guint first_line = tj_scene_n_items(c->s);
    for (guint i = 0; i < lines->len; i++)
        tj_lay_text(c->s, c->m, "gauge.label", cx, top + e.ascent + i * e.height,
                    lines->pdata[i], &c->label_font, c->th->text, TJ_ANCHOR_MIDDLE, NULL);
    tj_scene_text_join(c->s, first_line, lines->len);
    g_ptr_array_unref(lines);
    char *note = c->note_below ? tj__gauge_target_note(c) : NULL;
    if (note) {
        TjTextExtents ne;
        tj_measure(c->m, note, &c->note_font, &ne);
        double y = top + c->label_lines * e.height + ne.ascent;
        tj_lay_text(c->s, c->m, "gauge.target-label", cx, y, note, &c->note_font,
                    c->th->target, TJ_ANCHOR_MIDDLE, NULL);
        g_free(note);
    }
}

/* ---- one gauge, and a row ------------------------------------------------- */

static gboolean
has_frame(const TjGaugeSpec *spec)
{
    return (spec->title && *spec->title) || (spec->subtitle && *spec->subtitle) ||
           (spec->source && *spec->source);
}

/* Checks @spec and fills the context (the plot before any frame). */
static gboolean
ctx_init(TjGaugeCtx *c, TjScene *s, const TjGaugeSpec *spec, const TjTheme *th,
         const TjMeasurer *m, GError **error)
{
    memset(c, 0, sizeof *c);
    c->s = s;
    c->spec = spec;
    c->th = th;
    c->m = m;
    int lines = (spec->title && *spec->title) + (spec->subtitle && *spec->subtitle) +
                (spec->source && *spec->source);
    if (!tj_lay_check_box(_("gauge"), spec->width, spec->height, TJ_LAY_MIN_GAUGE_W,
                          TJ_LAY_MIN_GAUGE_H + 30 * lines, spec->loc.file ? &spec->loc : NULL,
                          error) ||
        !tj_gauge_check(spec, &c->frac, NULL, error))
        return FALSE;
    c->tfrac = isfinite(spec->target) ? (spec->target - spec->min) / (spec->max - spec->min) : NAN;
    /* a value above the top shows how far it went past it */
    double raw = (spec->value.value - spec->min) / (spec->max - spec->min);
    double cap = tj__gauge_over_cap(spec->style);
    c->over = raw > 1 ? MIN(raw - 1, cap) : 0;
    c->over_cut = raw - 1 > cap;
    c->over_room = c->over;
    /* a small gauge has a smaller label, in the theme's steps */
    double side = MIN(spec->width, spec->height);
    c->label_font = tj_font(side >= 280 ? th->size_body : side >= 200 ? th->size_label
                                                                        : th->size_note, FALSE);
    c->note_font = tj_font(th->size_note, FALSE);
    /* one magnitude for the value, its scale, target and bands: a gauge of
     * 155762 out of 200000 reads 15.6万 on a scale to 20万 */
    c->mag = tj_gauge_magnitude(spec);
    tj_kpi_number_split(&c->num, &spec->value, c->mag, spec->unit);
    c->num.unit_min = c->th->size_note;
    double pad = MIN(TJ_FRAME_PAD, MIN(spec->width, spec->height) * 0.06);
    c->plot = (TjRect){ pad, pad, MAX(1, spec->width - 2 * pad), MAX(1, spec->height - 2 * pad) };
    return TRUE;
}

static void
frame(TjGaugeCtx *c)
{
    const TjGaugeSpec *spec = c->spec;
    if (!has_frame(spec))
        return;
    TjFrame f = { .width = spec->width, .height = spec->height, .title = spec->title,
                  .subtitle = spec->subtitle, .source = spec->source };
    c->plot = tj_frame_layout(c->s, c->m, c->th, &f);
}

/* Lines of the label under a ring or dial (a bar's are fitted beside its
 * value: one to start with). */
static guint
label_lines_needed(const TjGaugeCtx *c)
{
    gboolean bar = c->spec->style == TJ_GAUGE_BAR;
    GPtrArray *lines = tj__gauge_label(c, c->plot.w, bar ? 1 : 2);
    guint n = lines->len;
    g_ptr_array_unref(lines);
    return n;
}

/* Labels step down one size (body, label, note) when that puts every one
 * of them on one line (not the bar style's, which sit beside the value). */
static void
pick_label_font(TjGaugeCtx *cs, guint n)
{
    if (cs[0].spec->style == TJ_GAUGE_BAR)
        return;
    gboolean wraps = FALSE, small_fits = TRUE;
    const TjTheme *th = cs[0].th;
    double size = cs[0].label_font.size;
    TjFontStyle small = tj_font(size > th->size_label ? th->size_label : th->size_note, FALSE);
    if (small.size >= size)
        return;
    for (guint i = 0; i < n; i++) {
        TjGaugeCtx t = cs[i];
        wraps = wraps || label_lines_needed(&t) > 1;
        t.label_font = small;
        small_fits = small_fits && label_lines_needed(&t) <= 1;
    }
    for (guint i = 0; wraps && small_fits && i < n; i++)
        cs[i].label_font = small;
}

static void
fit(TjGaugeCtx *c)
{
    switch (c->spec->style) {
    case TJ_GAUGE_SEMICIRCLE: tj__gauge_dial_fit(c); break;
    case TJ_GAUGE_BAR: tj__gauge_bar_fit(c); break;
    case TJ_GAUGE_RING: default: tj__gauge_ring_fit(c); break;
    }
}

/* Draws the gauge; a gauge not fitted yet (not in a row) is fitted to the
 * plot its frame leaves. FALSE when it does not fit there (@error set). */
static gboolean
draw(TjGaugeCtx *c, GError **error)
{
    guint from = tj_scene_n_items(c->s);
    tj_scene_group_begin(c->s, "chart.gauge", c->spec->title ? c->spec->title : c->spec->label);
    frame(c);
    if (c->value_size <= 0) {
        pick_label_font(c, 1);
        c->label_lines = label_lines_needed(c);
        fit(c);
    }
    if (c->short_by > 0) {   /* rows over the title: no, a clear error */
        tj_scene_truncate(c->s, from);
        return tj_lay_check_box(_("gauge"), c->spec->width, c->spec->height, c->spec->width,
                                ceil(c->spec->height + c->short_by),
                                c->spec->loc.file ? &c->spec->loc : NULL, error);
    }
    switch (c->spec->style) {
    case TJ_GAUGE_SEMICIRCLE: tj__gauge_dial_draw(c); break;
    case TJ_GAUGE_BAR: tj__gauge_bar_draw(c); break;
    case TJ_GAUGE_RING: default: tj__gauge_ring_draw(c); break;
    }
    tj_scene_group_end(c->s);
    return TRUE;
}

gboolean
tj_layout_gauge(TjScene *s, const TjGaugeSpec *spec, const TjTheme *th,
                const TjMeasurer *m, GError **error)
{
    g_return_val_if_fail(s && spec && th && m, FALSE);
    TjGaugeCtx c;
    if (!ctx_init(&c, s, spec, th, m, error))
        return FALSE;
    gboolean ok = draw(&c, error);
    tj_kpi_number_clear(&c.num);
    return ok;
}

static gboolean
row_init(TjGaugeCtx *cs, TjGaugeSpec *cells, TjScene *s, const TjGaugeSpec *specs,
         guint n, double cw, double height, const TjTheme *th, const TjMeasurer *m,
         GError **error)
{
    for (guint i = 0; i < n; i++) {
        cells[i] = specs[i];
        cells[i].width = cw;
        cells[i].height = height;
        cells[i].title = cells[i].subtitle = cells[i].source = NULL;
        if (specs[i].style != specs[0].style) {
            tj_error_set_at(error, TJ_ERROR_INPUT, specs[i].loc.file ? &specs[i].loc : NULL,
                            _("gauge row: all gauges in a row must have the same style"));
            return FALSE;
        }
        if (!ctx_init(&cs[i], s, &cells[i], th, m, error))
            return FALSE;
    }
    return TRUE;
}

/* One shape for a row: the label size and lines, the smallest dial, then
 * the largest value that fits it in every cell; bars share their label
 * size and min/max row too. */
static void
row_fit(TjGaugeCtx *cs, guint n)
{
    guint lines = 0;
    double dial = G_MAXDOUBLE, vs = G_MAXDOUBLE, label_size = cs[0].th->size_body;
    gboolean targets = FALSE, no_ends = FALSE;  /* rings show target notes below */
    pick_label_font(cs, n);
    gboolean bands = FALSE;
    double over_room = 0;
    for (guint i = 0; i < n; i++)
        over_room = MAX(over_room, cs[i].over);
    for (guint i = 0; i < n; i++) {
        cs[i].over_room = over_room;   /* bars: one track length for the row */
        lines = MAX(lines, label_lines_needed(&cs[i]));
        targets = targets || isfinite(cs[i].tfrac);
        bands = bands || cs[i].spec->n_bands > 0;
    }
    for (guint i = 0; i < n; i++)
        cs[i].row_bands = bands;
    for (guint i = 0; i < n; i++) {  /* the smallest dial … */
        cs[i].note_below = targets;
        cs[i].label_lines = lines;
        fit(&cs[i]);
        dial = MIN(dial, cs[i].dial);
    }
    for (guint i = 0; i < n; i++) {  /* … then the value that fits it */
        cs[i].dial = dial;
        cs[i].value_size = 0;
        fit(&cs[i]);
        vs = MIN(vs, cs[i].value_size);
        lines = MAX(lines, cs[i].label_lines);
        no_ends = no_ends || cs[i].no_ends;
        label_size = MIN(label_size, cs[i].label_font.size);
    }
    for (guint i = 0; i < n; i++) {
        cs[i].value_size = vs;
        cs[i].label_lines = lines;
        cs[i].no_ends = no_ends && !targets;  /* a target's row is every bar's */
        cs[i].label_font.size = label_size;
    }
}

gboolean
tj_layout_gauge_row(TjScene *s, const TjGaugeSpec *specs, guint n, double width,
                    double height, double gutter, const TjTheme *th,
                    const TjMeasurer *m, GError **error)
{
    g_return_val_if_fail(s && specs && n > 0 && th && m, FALSE);
    double cw = (width - gutter * (n - 1)) / n;
    TjGaugeCtx *cs = g_new0(TjGaugeCtx, n);
    TjGaugeSpec *cells = g_new(TjGaugeSpec, n);
    gboolean ok = row_init(cs, cells, s, specs, n, cw, height, th, m, error);
    if (ok)
        row_fit(cs, n);
    for (guint i = 0; ok && i < n; i++) {
        guint mark = tj_scene_n_items(s);
        cs[i].short_by = 0;   /* a row is sized by the page: drawn */
        draw(&cs[i], NULL);
        tj_scene_translate_from(s, mark, i * (cw + gutter), 0);
    }
    for (guint i = 0; i < n; i++)
        tj_kpi_number_clear(&cs[i].num);
    g_free(cells);
    g_free(cs);
    return ok;
}
