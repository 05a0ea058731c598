/* layouts/combo-marks.c — the marks of a combo chart: bars from zero on
 * the left scale, the line through the points of the right scale (broken
 * where a value is missing), white markers, and the value labels. Bar
 * values sit above their bars (smaller when two would touch, else left
 * out); a point label sits above its point, else below, beside it, or in
 * a corner a steep line leaves free, else (when only the bar's own value
 * is in the way) that value moves into the bar or is left out; a label with no room anywhere
 * is left out (the axes still read). Point labels stand on a halo of the
 * ground so a bar under them does not hide them. */
#include "layouts/combo-private.h"

#include "core/i18n.h"

#include <math.h>
#include <string.h>

#define LINE_W 2.5

typedef struct {
    char *text;
    double x, y;      /* baseline point (anchor middle) */
    TjRect box;
    gboolean inside;  /* a bar's: drawn in the bar, on its colour; a point's:
                         over a bar, on a tag */
    gboolean drop;
} Label;

static TjRect
label_box(const Combo *c, const TjFontStyle *f, const char *text, double cx, double baseline,
          TjTextExtents *e)
{
    tj_measure(c->m, text, f, e);
    TjRect r = { cx - e->width / 2, baseline - e->ascent, e->width, e->height };
    return r;
}

/* TRUE when @r meets one of the line's segments (x0, y0, x1, y1 each). */
static gboolean
on_line(const TjRect *r, const GArray *segs)
{
    for (guint i = 0; i + 3 < segs->len; i += 4) {
        const double *p = &g_array_index(segs, double, i);
        if (tj_rect_meets_segment(r, p[0], p[1], p[2], p[3], LINE_W / 2 + 1))
            return TRUE;
    }
    return FALSE;
}

static gboolean
hits(const TjRect *r, const Label *bars, guint n, const GArray *placed, const TjRect *plot,
     const GArray *segs)
{
    if (r->y < plot->y - 0.5 || r->y + r->h > plot->y + plot->h + 0.5 ||
        r->x < plot->x - 0.5 || r->x + r->w > plot->x + plot->w + 0.5)
        return TRUE;
    if (on_line(r, segs))
        return TRUE;
    for (guint i = 0; i < n; i++)
        if (bars[i].text && !bars[i].drop && tj_rect_overlaps(r, &bars[i].box, 0.5))
            return TRUE;
    for (guint i = 0; i < placed->len; i++)
        if (tj_rect_overlaps(r, &g_array_index(placed, TjRect, i), 0.5))
            return TRUE;
    return FALSE;
}

/* Whether the place above a point (@ra) is taken only by the bar's own
 * value (@bl[@i]): moving that value would free it. */
static gboolean
frees_above(const TjRect *ra, Label *bl, guint n, guint i, const GArray *placed,
            const TjRect *area, const GArray *segs)
{
    if (!tj_rect_overlaps(ra, &bl[i].box, 0.5))
        return FALSE;
    bl[i].drop = TRUE;   /* the others' values still count */
    gboolean free = !hits(ra, bl, n, placed, area, segs);
    bl[i].drop = FALSE;
    return free;
}

/* A point label's place @want is taken by the bar's own value @b (or the
 * line runs through it): the value moves into the top of a tall and wide
 * enough positive bar, clear of the line and of @placed (markers and point
 * labels), else it is left out (the left axis still reads). */
static void
make_room(const Combo *c, Label *b, double v, const TjLinearScale *ya, double band,
          const TjRect *want, const GArray *segs, const GArray *placed)
{
    TjTextExtents e;
    double top = tj_scale_linear_map(ya, v), y0 = tj_scale_linear_map(ya, 0);
    TjRect in = label_box(c, &c->bar_font, b->text, b->x, top + 6 + 0.0, &e);
    in.y += e.ascent;
    b->drop = TRUE;
    if (!(v > 0 && y0 - top > e.height + 12 && e.width + 6 <= band) ||
        tj_rect_overlaps(&in, want, 0.5) || on_line(&in, segs))
        return;
    for (guint i = 0; i < placed->len; i++)
        if (tj_rect_overlaps(&in, &g_array_index(placed, TjRect, i), 0.5))
            return;
    b->box = in;
    b->y = in.y + e.ascent;
    b->inside = TRUE;
    b->drop = FALSE;
}

static gboolean
over_bars(const TjRect *r, const GArray *bars)
{
    for (guint i = 0; i < bars->len; i++)
        if (tj_rect_overlaps(r, &g_array_index(bars, TjRect, i), 0.2))
            return TRUE;
    return FALSE;
}

/* The bars' value labels in @c->bar_font into @bl; FALSE when two touch. */
static gboolean
bar_labels(const Combo *c, const TjBandScale *xs, const TjLinearScale *ya, const TjRect *area,
           const GArray *bars, Label *bl)
{
    const TjSeries *bs = &c->d->series[0];
    for (guint i = 0; i < c->d->n_cat; i++) {
        double v = bs->values[i];
        memset(&bl[i], 0, sizeof bl[i]);
        if (!isfinite(v) || !bs->labels[i])
            continue;
        double cx = tj_scale_band_center(xs, i), yv = tj_scale_linear_map(ya, v);
        TjTextExtents e;
        tj_measure(c->m, bs->labels[i], &c->bar_font, &e);
        double base = v >= 0 ? yv - 6 - (e.height - e.ascent) : yv + 4 + e.ascent;
        /* a value wider than its band stays inside the plot's sides */
        cx = CLAMP(cx, area->x + e.width / 2, MAX(area->x + e.width / 2,
                                                   area->x + area->w - e.width / 2));
        bl[i] = (Label){ bs->labels[i], cx, base,
                         label_box(c, &c->bar_font, bs->labels[i], cx, base, &e), FALSE, FALSE };
        for (guint k = 0; k < i; k++)
            if (bl[k].text && tj_rect_overlaps(&bl[k].box, &bl[i].box, -2))
                return FALSE;
        if (over_bars(&bl[i].box, bars))   /* over a neighbour's bar */
            return FALSE;
    }
    return TRUE;
}

void
tj__combo_marks(Combo *c, const TjBandScale *xs, const TjLinearScale *ya, const TjLinearScale *yb,
           const TjRect *area)
{
    const TjChartData *d = c->d;
    const TjSeries *bs = &d->series[0], *ls = &d->series[1];
    double band = MIN(xs->bandwidth, MAX_BAR_WIDTH), y0 = tj_scale_linear_map(ya, 0);
    Label *bl = g_new0(Label, d->n_cat);
    GArray *bars = g_array_new(FALSE, FALSE, sizeof(TjRect));
    TjPaint fill = tj_paint_fill(c->bar_color);
    for (guint i = 0; i < d->n_cat; i++) {
        double v = bs->values[i];
        if (!isfinite(v))
            continue;
        double cx = tj_scale_band_center(xs, i), yv = tj_scale_linear_map(ya, v);
        TjRect br = { cx - band / 2, MIN(y0, yv), band, fabs(yv - y0) };
        tj_scene_rect(c->s, "bar", br.x, br.y, br.w, br.h, 0, &fill);
        g_array_append_val(bars, br);
    }
    /* bar values: smaller when two would touch, else none */
    c->bar_font = c->value_font;
    if (c->spec->value_labels && !bar_labels(c, xs, ya, area, bars, bl)) {
        c->bar_font.size = MAX(12, c->value_font.size - 4);
        if (!bar_labels(c, xs, ya, area, bars, bl))
            memset(bl, 0, d->n_cat * sizeof *bl);
    }
    /* the line: a path through the points, broken where a value is missing */
    TjPaint stroke = tj_paint_stroke(c->line_color, LINE_W);
    gboolean open = FALSE;
    GArray *segs = g_array_new(FALSE, FALSE, sizeof(double));
    double px = 0, py = 0;
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
            double seg[4] = { px, py, x, y };
            g_array_append_vals(segs, seg, 4);
            open = next;
        }
        px = x, py = y;
    }
    /* the markers first: every label keeps off them */
    GArray *placed = g_array_new(FALSE, FALSE, sizeof(TjRect));
    for (guint i = 0; i < d->n_cat; i++) {
        if (!isfinite(ls->values[i]))
            continue;
        double x = tj_scale_band_center(xs, i), y = tj_scale_linear_map(yb, ls->values[i]);
        TjRect mk = { x - MARKER_R - 1, y - MARKER_R - 1, 2 * MARKER_R + 2, 2 * MARKER_R + 2 };
        g_array_append_val(placed, mk);
    }
    /* a bar's value the line or a marker runs through moves into its bar,
     * else out */
    for (guint i = 0; i < d->n_cat; i++) {
        if (!bl[i].text || bl[i].drop)
            continue;
        gboolean hit = on_line(&bl[i].box, segs);
        for (guint k = 0; k < placed->len && !hit; k++)
            hit = tj_rect_overlaps(&bl[i].box, &g_array_index(placed, TjRect, k), 0.5);
        if (hit)
            make_room(c, &bl[i], bs->values[i], ya, band, &(TjRect){ 0, 0, 0, 0 }, segs, placed);
    }
    Label *ll = g_new0(Label, d->n_cat);
    GPtrArray *dropped = g_ptr_array_new();   /* categories, for the warning */
    for (guint i = 0; i < d->n_cat; i++) {
        double v = ls->values[i];
        if (!isfinite(v))
            continue;
        double x = tj_scale_band_center(xs, i), y = tj_scale_linear_map(yb, v);
        if (!c->spec->value_labels || !ls->labels[i])
            continue;
        TjTextExtents e;
        tj_measure(c->m, ls->labels[i], &c->value_font, &e);
        double above = y - MARKER_R - 4 - (e.height - e.ascent);
        double below = y + MARKER_R + 4 + e.ascent;
        double side = MARKER_R + 4 + e.width / 2, mid = y - e.height / 2 + e.ascent;
        TjRect ra = label_box(c, &c->value_font, ls->labels[i], x, above, &e);
        TjRect rb = label_box(c, &c->value_font, ls->labels[i], x, below, &e);
        TjRect rr = label_box(c, &c->value_font, ls->labels[i], x + side, mid, &e);
        TjRect rl = label_box(c, &c->value_font, ls->labels[i], x - side, mid, &e);
        /* a steep line runs through all four: the corners its segments
         * leave free (above left of a rising line, below right, …) */
        TjRect al = label_box(c, &c->value_font, ls->labels[i], x - side, above, &e);
        TjRect br = label_box(c, &c->value_font, ls->labels[i], x + side, below, &e);
        TjRect ar = label_box(c, &c->value_font, ls->labels[i], x + side, above, &e);
        TjRect bf = label_box(c, &c->value_font, ls->labels[i], x - side, below, &e);
        /* above, below, right, left, the corners, clear of the bars too;
         * then over a bar (on its halo); then the bar's own value makes
         * room when that frees the place above */
        const TjRect *cand[8] = { &ra, &rb, &rr, &rl, &al, &br, &ar, &bf };
        const double cx[8] = { x, x, x + side, x - side, x - side, x + side, x + side, x - side };
        const double cy[8] = { above, below, mid, mid, above, below, above, below };
        int pick = -1;
        for (int k = 0; k < 16 && pick < 0; k++) {
            const TjRect *r = cand[k % 8];
            if (!hits(r, bl, d->n_cat, placed, area, segs) && (k >= 8 || !over_bars(r, bars)))
                pick = k % 8;
        }
        if (pick < 0 && bl[i].text && !bl[i].drop && frees_above(&ra, bl, d->n_cat, i, placed, area, segs)) {
            make_room(c, &bl[i], bs->values[i], ya, band, &ra, segs, placed);
            if (!hits(&ra, bl, d->n_cat, placed, area, segs))
                pick = 0;
        }
        if (pick < 0) {   /* no room anywhere: the right axis reads it */
            g_ptr_array_add(dropped, d->categories[i]);
            continue;
        }
        TjRect r = *cand[pick];
        ll[i] = (Label){ ls->labels[i], cx[pick], cy[pick], r, over_bars(&r, bars), FALSE };
        g_array_append_val(placed, r);
    }
    for (guint i = 0; i < d->n_cat; i++) {
        if (bl[i].text && !bl[i].drop)
            tj_lay_text(c->s, c->m, "bar.value", bl[i].x, bl[i].y, bl[i].text, &c->bar_font,
                        bl[i].inside ? c->th->on_primary : c->th->text, TJ_ANCHOR_MIDDLE, NULL);
        else if (c->spec->value_labels && isfinite(bs->values[i]) && bs->labels[i])
            g_ptr_array_add(dropped, d->categories[i]);
    }
    tj_lay_warn_dropped(c->s, _("combo chart"), dropped);
    g_ptr_array_free(dropped, TRUE);
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
        /* over a bar the halo is a tag with the line's colour round it */
        TjPaint tag = white;
        if (ll[i].inside) {
            tag.stroke = c->line_color;
            tag.stroke_width = 1;
        }
        tj_scene_rect(c->s, "line.value.halo", h.x - 3, h.y, h.w + 6, h.h, 3, &tag);
        tj_lay_text(c->s, c->m, "line.value", ll[i].x, ll[i].y, ll[i].text, &lf, c->line_color,
                    TJ_ANCHOR_MIDDLE, NULL);
    }
    g_array_free(placed, TRUE);
    g_array_free(segs, TRUE);
    g_array_free(bars, TRUE);
    g_free(bl);
    g_free(ll);
}

