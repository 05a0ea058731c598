/* layouts/gauge.c — what every gauge style shares (checks, the cell and
 * frame, the label, number text), one gauge, and a row of gauges in equal
 * cells. Invariant of every style: frac = (value - min) / (max - min) in
 * [0, 1] is what is drawn; the value text is the source's own figure even
 * when the shape is clamped. */
#include "layouts/gauge-private.h"

#include <math.h>
#include <string.h>

#include "core/format.h"
#include "layouts/frame.h"
#include "layouts/text.h"


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

/* ---- checks -------------------------------------------------------------- */

static char *
fmt_value(const TjGaugeSpec *spec, double v)
{
    TjNumFormat f;
    tj_num_format_init(&f);
    f.percent = spec->value.percent;
    return tj_format_number(v, &f);
}

static gboolean
check_range(const TjGaugeSpec *spec, const TjSrcLoc *loc, GError **error)
{
    if (!isfinite(spec->min) || !isfinite(spec->max)) {
        tj_error_set_at(error, TJ_ERROR_INPUT, loc, "gauge: min and max must be finite numbers");
        return FALSE;
    }
    if (spec->min < spec->max)
        return TRUE;
    char *lo = fmt_value(spec, spec->min), *hi = fmt_value(spec, spec->max);
    if (spec->min == spec->max)
        tj_error_set_at(error, TJ_ERROR_INPUT, loc,
                        "gauge: the scale is empty (min and max are both %s)", lo);
    else
        tj_error_set_at(error, TJ_ERROR_INPUT, loc,
                        "gauge: min %s is above max %s", lo, hi);
    g_free(lo);
    g_free(hi);
    return FALSE;
}

/* Target and band edges lie inside the scale, the edges increasing. */
static gboolean
check_marks(const TjGaugeSpec *spec, const TjSrcLoc *loc, GError **error)
{
    double t = spec->target;
    const char *what = NULL;
    for (guint i = 0; i <= spec->n_bands && !what; i++) {
        if (i > 0) {
            t = spec->bands[i - 1];
            if (i > 1 && !(t > spec->bands[i - 2]))
                what = "band edges must increase; edge";
            else if (!(t > spec->min && t < spec->max))
                what = "band edge";
        } else if (!isnan(t) && !(t >= spec->min && t <= spec->max)) {
            what = "target";
        }
    }
    if (!what)
        return TRUE;
    char *v = fmt_value(spec, t), *lo = fmt_value(spec, spec->min);
    char *hi = fmt_value(spec, spec->max);
    tj_error_set_at(error, TJ_ERROR_INPUT, loc, "gauge: %s %s is outside the scale %s to %s",
                    what, v, lo, hi);
    g_free(v);
    g_free(lo);
    g_free(hi);
    return FALSE;
}

gboolean
tj_gauge_check(const TjGaugeSpec *spec, double *frac, char **warning, GError **error)
{
    g_return_val_if_fail(spec != NULL, FALSE);
    const TjSrcLoc *loc = spec->loc.file ? &spec->loc : NULL;
    const char *what = spec->label && *spec->label ? spec->label : "the gauge";
    double v = spec->value.value;
    if (warning)
        *warning = NULL;
    if (!check_range(spec, loc, error) || !check_marks(spec, loc, error))
        return FALSE;
    if (!isfinite(v)) {
        tj_error_set_at(error, TJ_ERROR_INPUT, loc, isnan(v)
                        ? "gauge: no value for “%s” (missing or not a number)"
                        : "gauge: the value of “%s” is not a finite number", what);
        return FALSE;
    }
    double f = (v - spec->min) / (spec->max - spec->min);
    if (f < 0 || f > 1) {
        gboolean above = f > 1;
        char *vs = fmt_value(spec, v), *end = fmt_value(spec, above ? spec->max : spec->min);
        if (!spec->clamp)
            tj_error_set_at(error, TJ_ERROR_INPUT, loc,
                            "gauge: value %s of “%s” is %s the %s %s; %s the scale, "
                            "or clamp to draw it at %s", vs, what, above ? "above" : "below",
                            above ? "maximum" : "minimum", end, above ? "raise max of" : "lower min of",
                            end);
        else if (warning)
            *warning = g_strdup_printf("gauge: value %s of “%s” is %s the %s %s; drawn at %s",
                                       vs, what, above ? "above" : "below",
                                       above ? "maximum" : "minimum", end, end);
        g_free(vs);
        g_free(end);
        if (!spec->clamp)
            return FALSE;
        f = CLAMP(f, 0, 1);
    }
    if (frac)
        *frac = f;
    return TRUE;
}

/* ---- shared pieces -------------------------------------------------------- */

double
tj__gauge_line(const TjGaugeCtx *c, const TjFontStyle *font)
{
    TjTextExtents e;
    tj_measure(c->m, "国", font, &e);
    return e.height;
}

char *
tj__gauge_format(const TjGaugeCtx *c, double v)
{
    return fmt_value(c->spec, v);
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
    GPtrArray *lines = tj_lay_wrap_balanced(c->m, label, &c->label_font, max_w);
    if (lines->len <= max_lines &&
        tj_text_max_width(c->m, (const char *const *)lines->pdata, lines->len,
                          &c->label_font) <= max_w)
        return lines;
    g_ptr_array_unref(lines);
    lines = g_ptr_array_new_with_free_func(g_free);
    g_ptr_array_add(lines, tj_text_shorten(c->m, label, &c->label_font, max_w));
    return lines;
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
    for (guint i = 0; i < lines->len; i++)
        tj_lay_text(c->s, c->m, "gauge.label", cx, top + e.ascent + i * e.height,
                    lines->pdata[i], &c->label_font, c->th->text, TJ_ANCHOR_MIDDLE, NULL);
    g_ptr_array_unref(lines);
    char *note = c->note_below ? tj__gauge_target_note(c) : NULL;
    if (note) {
        TjTextExtents ne;
        tj_measure(c->m, note, &c->note_font, &ne);
        tj_lay_text(c->s, c->m, "gauge.target-label", cx, top + c->label_lines * e.height + ne.ascent,
                    note, &c->note_font, c->th->target, TJ_ANCHOR_MIDDLE, NULL);
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

/* Checks @spec and fills the context; the frame is drawn into @s. */
static gboolean
ctx_init(TjGaugeCtx *c, TjScene *s, const TjGaugeSpec *spec, const TjTheme *th,
         const TjMeasurer *m, GError **error)
{
    memset(c, 0, sizeof *c);
    c->s = s;
    c->spec = spec;
    c->th = th;
    c->m = m;
    if (!tj_gauge_check(spec, &c->frac, NULL, error))
        return FALSE;
    c->tfrac = isfinite(spec->target) ? (spec->target - spec->min) / (spec->max - spec->min) : NAN;
    c->label_font = tj_font(th->size_body, FALSE);
    c->note_font = tj_font(th->size_note, FALSE);
    tj_kpi_number_split(&c->num, &spec->value, TJ_MAG_NONE, spec->unit);
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

static guint
label_lines_needed(const TjGaugeCtx *c)
{
    gboolean bar = c->spec->style == TJ_GAUGE_BAR;
    GPtrArray *lines = tj__gauge_label(c, c->plot.w, bar ? 1 : 2);
    guint n = lines->len;
    g_ptr_array_unref(lines);
    return n;
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
 * plot its frame leaves. */
static void
draw(TjGaugeCtx *c)
{
    tj_scene_group_begin(c->s, "chart.gauge", c->spec->title ? c->spec->title : c->spec->label);
    frame(c);
    if (c->value_size <= 0) {
        c->label_lines = label_lines_needed(c);
        fit(c);
    }
    switch (c->spec->style) {
    case TJ_GAUGE_SEMICIRCLE: tj__gauge_dial_draw(c); break;
    case TJ_GAUGE_BAR: tj__gauge_bar_draw(c); break;
    case TJ_GAUGE_RING: default: tj__gauge_ring_draw(c); break;
    }
    tj_scene_group_end(c->s);
}

gboolean
tj_layout_gauge(TjScene *s, const TjGaugeSpec *spec, const TjTheme *th,
                const TjMeasurer *m, GError **error)
{
    g_return_val_if_fail(s && spec && th && m, FALSE);
    TjGaugeCtx c;
    if (!ctx_init(&c, s, spec, th, m, error))
        return FALSE;
    draw(&c);
    tj_kpi_number_clear(&c.num);
    return TRUE;
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
                            "gauge row: all gauges in a row must have the same style");
            return FALSE;
        }
        if (!ctx_init(&cs[i], s, &cells[i], th, m, error))
            return FALSE;
    }
    return TRUE;
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
    guint lines = 0;
    double dial = G_MAXDOUBLE, vs = G_MAXDOUBLE;
    gboolean targets = FALSE;  /* rings of a row show target notes below */
    for (guint i = 0; ok && i < n; i++) {
        lines = MAX(lines, label_lines_needed(&cs[i]));
        targets = targets || isfinite(specs[i].target);
    }
    for (guint i = 0; ok && i < n; i++)
        cs[i].note_below = targets;
    for (guint i = 0; ok && i < n; i++) {  /* the smallest dial … */
        cs[i].label_lines = lines;
        fit(&cs[i]);
        dial = MIN(dial, cs[i].dial);
    }
    for (guint i = 0; ok && i < n; i++) {  /* … then the value that fits it */
        cs[i].dial = dial;
        cs[i].value_size = 0;
        fit(&cs[i]);
        vs = MIN(vs, cs[i].value_size);
    }
    for (guint i = 0; ok && i < n; i++) {
        guint mark = tj_scene_n_items(s);
        cs[i].value_size = vs;
        draw(&cs[i]);
        tj_scene_translate_from(s, mark, i * (cw + gutter), 0);
    }
    for (guint i = 0; i < n; i++)
        tj_kpi_number_clear(&cs[i].num);
    g_free(cells);
    g_free(cs);
    return ok;
}
