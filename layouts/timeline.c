/* layouts/timeline.c — the timeline (see layouts/timeline.h).
 * Horizontal: n slots of equal width; label i is centred on its slot's
 * middle and at most 2 slots less a gap wide (the first and last at most
 * 1.5 slots less a gap, set against the plot's edge), so the labels of one
 * side, two slots apart, never overlap. */
#include "layouts/timeline.h"

#include <math.h>

#include "core/format.h"
#include "core/i18n.h"
#include "layouts/common.h"
#include "layouts/frame.h"
#include "layouts/text.h"

#define GAP 16.0        /* between labels, and between line and text */
#define CONN 18.0       /* connector from the axis to a label */
#define DOT 6.0         /* dot radius */
#define ROW_GAP 14.0    /* between rows of the vertical form */
#define MAX_LABEL 360.0

void
tj_timeline_spec_init(TjTimelineSpec *spec)
{
    *spec = (TjTimelineSpec){ 0 };
    spec->width = 900;
    spec->height = 0;
}

TjTimelineDir
tj_timeline_direction(const TjTimelineSpec *spec)
{
    if (spec->direction != TJ_TIMELINE_AUTO)
        return spec->direction;
    return spec->n_events <= TJ_TIMELINE_MAX_ACROSS ? TJ_TIMELINE_HORIZONTAL
                                                    : TJ_TIMELINE_VERTICAL;
}

typedef struct {
    GPtrArray *when, *lines;   /* wrapped date and text */
    double w, h;               /* the label's box */
    double x, y;               /* its top-left */
} Label;

typedef struct {
    const TjTimelineSpec *spec;
    const TjTheme *th;
    const TjMeasurer *m;
    TjFontStyle date_font, text_font;
    double line_h, ascent;
    TjRect plot;
    Label *labels;
    double axis;               /* horizontal: the axis's y; vertical: the line's x */
    double height;             /* of the plot's content */
    gboolean across;           /* drawn horizontally */
} Geo;

static double
lines_width(const Geo *g, const GPtrArray *lines, const TjFontStyle *f)
{
    return tj_text_max_width(g->m, (const char *const *)lines->pdata, lines->len, f);
}

static void
label_make(Geo *g, Label *l, const TjTimelineEvent *e, double width, gboolean balanced)
{
    l->when = tj_text_wrap(g->m, e->when, &g->date_font, width);
    l->lines = balanced ? tj_lay_wrap_balanced(g->m, e->text, &g->text_font, width)
                        : tj_text_wrap(g->m, e->text, &g->text_font, width);
    l->w = MAX(lines_width(g, l->when, &g->date_font), lines_width(g, l->lines, &g->text_font));
    l->h = (l->when->len + l->lines->len) * g->line_h + 4;
}

static void
geo_clear(Geo *g)
{
    for (guint i = 0; g->labels && i < g->spec->n_events; i++) {
        if (g->labels[i].when)
            g_ptr_array_unref(g->labels[i].when);
        if (g->labels[i].lines)
            g_ptr_array_unref(g->labels[i].lines);
    }
    g_free(g->labels);
}

/* Lays the labels across; FALSE when one cannot be made as narrow as its
 * slots allow (a date or word wider than that): then they go down. */
static gboolean
horizontal(Geo *g)
{
    guint n = g->spec->n_events;
    double slot = g->plot.w / n, above = 0, below = 0;
    gboolean fits = TRUE;
    for (guint i = 0; i < n; i++) {
        gboolean edge = n > 1 && (i == 0 || i == n - 1);
        double max = n == 1 ? g->plot.w : (edge ? 1.5 : 2.0) * slot - GAP;
        Label *l = &g->labels[i];
        label_make(g, l, &g->spec->events[i], MIN(MAX(max, 1), MAX_LABEL), TRUE);
        fits = fits && l->w <= MAX(max, 1) + 0.01;
        double cx = g->plot.x + slot * (i + 0.5);
        l->x = CLAMP(cx - l->w / 2, g->plot.x, g->plot.x + g->plot.w - l->w);
        if (i % 2 == 0)
            above = MAX(above, l->h);
        else
            below = MAX(below, l->h);
    }
    g->axis = g->plot.y + above + CONN;
    for (guint i = 0; i < n; i++) {
        Label *l = &g->labels[i];
        l->y = i % 2 == 0 ? g->axis - CONN - l->h : g->axis + CONN;
    }
    g->height = above + 2 * CONN + below;
    return fits;
}

static void
vertical(Geo *g)
{
    guint n = g->spec->n_events;
    double dw = 0;
    for (guint i = 0; i < n; i++) {
        TjTextExtents e;
        tj_measure(g->m, g->spec->events[i].when, &g->date_font, &e);
        dw = MAX(dw, e.width);
    }
    dw = MIN(dw, g->plot.w * 0.4);
    g->axis = g->plot.x + dw + GAP;
    double tx = g->axis + GAP, y = g->plot.y;
    for (guint i = 0; i < n; i++) {
        Label *l = &g->labels[i];
        label_make(g, l, &g->spec->events[i], MAX(g->plot.x + g->plot.w - tx, 1), FALSE);
        GPtrArray *when = tj_text_wrap(g->m, g->spec->events[i].when, &g->date_font, dw);
        g_ptr_array_unref(l->when);
        l->when = when;
        l->x = tx;
        l->y = y;
        l->h = MAX(when->len, l->lines->len) * g->line_h;
        y += l->h + ROW_GAP;
    }
    g->height = y - ROW_GAP - g->plot.y;
}

static void
geo_init(Geo *g, const TjTimelineSpec *spec, TjRect plot, const TjTheme *th,
         const TjMeasurer *m)
{
    *g = (Geo){ .spec = spec, .th = th, .m = m, .plot = plot };
    g->date_font = tj_font(th->size_label, TRUE);
    g->text_font = tj_font(th->size_label, FALSE);
    TjTextExtents e;
    tj_measure(m, "国", &g->text_font, &e);
    g->line_h = e.height;
    g->ascent = e.ascent;
    g->labels = g_new0(Label, spec->n_events);
    g->across = tj_timeline_direction(spec) == TJ_TIMELINE_HORIZONTAL && horizontal(g);
    if (g->across)
        return;
    for (guint i = 0; i < spec->n_events; i++) {  /* what horizontal() made */
        g_clear_pointer(&g->labels[i].when, g_ptr_array_unref);
        g_clear_pointer(&g->labels[i].lines, g_ptr_array_unref);
    }
    vertical(g);
}

static void
draw_lines(TjScene *s, const Geo *g, const GPtrArray *lines, const char *role,
           const TjFontStyle *f, TjColor color, double x, double *y, TjAnchor anchor)
{
    guint first_line = tj_scene_n_items(s);
    for (guint k = 0; k < lines->len; k++) {
        tj_lay_text(s, g->m, role, x, *y + g->ascent, lines->pdata[k], f, color, anchor, NULL);
        *y += g->line_h;
    }
    tj_scene_text_join(s, first_line, lines->len);
}

static void
dot(TjScene *s, const Geo *g, double cx, double cy)
{
    TjPaint p = tj_paint_fill(g->th->primary);
    p.stroke = g->th->background;
    p.stroke_width = 2;
    tj_scene_rect(s, "timeline.dot", cx - DOT, cy - DOT, 2 * DOT, 2 * DOT, DOT, &p);
}

static void
draw_horizontal(TjScene *s, const Geo *g)
{
    guint n = g->spec->n_events;
    TjPaint axis = tj_paint_stroke(g->th->axis, 2), conn = tj_paint_stroke(g->th->rule, 1);
    tj_scene_line(s, "timeline.axis", g->plot.x, g->axis, g->plot.x + g->plot.w, g->axis, &axis);
    double slot = g->plot.w / n;
    for (guint i = 0; i < n; i++) {
        const Label *l = &g->labels[i];
        double cx = g->plot.x + slot * (i + 0.5);
        double y0 = i % 2 == 0 ? l->y + l->h : l->y;
        tj_scene_line(s, "timeline.connector", cx, g->axis, cx, y0, &conn);
        dot(s, g, cx, g->axis);
        double mid = l->x + l->w / 2, y = l->y;
        draw_lines(s, g, l->when, "timeline.date", &g->date_font, g->th->primary, mid, &y,
                   TJ_ANCHOR_MIDDLE);
        draw_lines(s, g, l->lines, "timeline.text", &g->text_font, g->th->text, mid, &y,
                   TJ_ANCHOR_MIDDLE);
    }
}

static void
draw_vertical(TjScene *s, const Geo *g)
{
    guint n = g->spec->n_events;
    TjPaint axis = tj_paint_stroke(g->th->axis, 2);
    double first = g->labels[0].y + g->line_h / 2;
    double last = g->labels[n - 1].y + g->line_h / 2;
    if (n > 1)
        tj_scene_line(s, "timeline.axis", g->axis, first, g->axis, last, &axis);
    for (guint i = 0; i < n; i++) {
        const Label *l = &g->labels[i];
        dot(s, g, g->axis, l->y + g->line_h / 2);
        double y = l->y;
        draw_lines(s, g, l->when, "timeline.date", &g->date_font, g->th->primary,
                   g->axis - GAP, &y, TJ_ANCHOR_END);
        y = l->y;
        draw_lines(s, g, l->lines, "timeline.text", &g->text_font, g->th->text, l->x, &y,
                   TJ_ANCHOR_START);
    }
}

gboolean
tj_timeline_check(const TjTimelineSpec *spec, GError **error)
{
    const TjSrcLoc *loc = spec->loc.file ? &spec->loc : NULL;
    if (spec->n_events == 0) {
        tj_error_set_at(error, TJ_ERROR_INPUT, loc, _("timeline: no events"));
        return FALSE;
    }
    if (spec->n_events > TJ_TIMELINE_MAX_EVENTS) {
        tj_error_set_at(error, TJ_ERROR_INPUT, loc,
                        _("timeline: %u events are too many for one timeline (at most %d); "
                          "split it or pick rows with where"),
                        spec->n_events, TJ_TIMELINE_MAX_EVENTS);
        return FALSE;
    }
    return tj_text_check_lengths(loc, error, _("title"), spec->title, _("subtitle"),
                                 spec->subtitle, NULL);
}

gboolean
tj_layout_timeline(TjScene *s, const TjTimelineSpec *spec, const TjTheme *th,
                   const TjMeasurer *m, GError **error)
{
    g_return_val_if_fail(s && spec && th && m, FALSE);
    if (!tj_timeline_check(spec, error) ||
        !tj_lay_check_box(_("timeline"), spec->width, spec->height, TJ_LAY_MIN_CHART_W, 60,
                          spec->loc.file ? &spec->loc : NULL, error))
        return FALSE;
    tj_scene_group_begin(s, "chart.timeline", spec->title);
    TjFrame f = { .width = spec->width, .height = spec->height, .title = spec->title,
                  .subtitle = spec->subtitle, .source = spec->source };
    TjRect plot = tj_frame_layout(s, m, th, &f);
    Geo g;
    geo_init(&g, spec, plot, th, m);
    if (g.height > plot.h + 0.5) {
        char *need = tj_format_decimal(ceil(spec->height + g.height - plot.h), 0);
        tj_error_set_at(error, TJ_ERROR_INPUT, spec->loc.file ? &spec->loc : NULL,
                        _("timeline: its %u events need a height of %s px"), spec->n_events,
                        need);
        g_free(need);
        geo_clear(&g);
        tj_scene_group_end(s);
        return FALSE;
    }
    double dy = MAX(0, (plot.h - g.height) / 2);
    for (guint i = 0; i < spec->n_events; i++)
        g.labels[i].y += dy;
    g.axis += g.across ? dy : 0;
    if (g.across)
        draw_horizontal(s, &g);
    else
        draw_vertical(s, &g);
    geo_clear(&g);
    tj_scene_group_end(s);
    return TRUE;
}

double
tj_timeline_height(const TjTimelineSpec *spec, double width, const TjTheme *th,
                   const TjMeasurer *m)
{
    if (spec->n_events == 0 || spec->n_events > TJ_TIMELINE_MAX_EVENTS)
        return 200;
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
