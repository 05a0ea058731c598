/* layouts/pie.c — the pie and donut layout. Order of work: frame → slices
 * (pie-slices.c) → the start angle (12 o'clock; a run of thin slices turned
 * to face a side) → each slice's label (name and share), inside the slice
 * when its box fits between the slice's edges with a margin, else outside
 * → the radius: the whole plot when every label is inside, else what the
 * outside labels leave → outside labels on the slice's side at their
 * slice's height, pushed apart so none overlaps, joined by a leader line
 * → the hole's total → the note when shares do not sum to 100 %. Labels
 * wrap; none is cut. */
#include "layouts/pie-private.h"

#include <math.h>
#include <string.h>

#include "core/format.h"
#include "core/i18n.h"
#include "layouts/common.h"
#include "layouts/frame.h"
#include "layouts/text.h"

/* Bézier arcs of at most 30° each (their control points stay within 1.5 %
 * of the radius, so a slice's box is its own), from @a0 to @a1 at @r. */
static void
arc_to(TjScene *s, double cx, double cy, double r, double a0, double a1)
{
    int n = (int)ceil(fabs(a1 - a0) / (G_PI / 6) - 1e-9);
    double step = (a1 - a0) / MAX(n, 1), k = 4.0 / 3 * tan(step / 4);
    for (int i = 0; i < n; i++) {
        double t0 = a0 + i * step, t1 = t0 + step;
        tj_scene_path_curve(s, cx + r * (cos(t0) - k * sin(t0)), cy + r * (sin(t0) + k * cos(t0)),
                            cx + r * (cos(t1) + k * sin(t1)), cy + r * (sin(t1) - k * cos(t1)),
                            cx + r * cos(t1), cy + r * sin(t1));
    }
}

static void
sector(const Pie *p, const char *role, double a0, double a1, const TjPaint *paint)
{
    tj_scene_path_begin(p->s, role, paint);
    tj_scene_path_move(p->s, p->cx + p->r * cos(a0), p->cy + p->r * sin(a0));
    arc_to(p->s, p->cx, p->cy, p->r, a0, a1);
    if (p->r0 > 0) {
        tj_scene_path_line(p->s, p->cx + p->r0 * cos(a1), p->cy + p->r0 * sin(a1));
        arc_to(p->s, p->cx, p->cy, p->r0, a1, a0);
    } else {
        tj_scene_path_line(p->s, p->cx, p->cy);
    }
    tj_scene_path_close(p->s);
}

/* Whether a box @w × @h centred on the slice's middle fits between its
 * edges and radii, 4 px clear of each. */
static gboolean
fits_inside(const Pie *p, double a0, double a1, double w, double h, double *x, double *y)
{
    double mid = (a0 + a1) / 2, rm = p->r0 > 0 ? (p->r + p->r0) / 2 : p->r * 0.62;
    *x = p->cx + rm * cos(mid);
    *y = p->cy + rm * sin(mid);
    for (int k = 0; k < 4; k++) {
        double px = *x + (k & 1 ? w : -w) / 2 - p->cx, py = *y + (k & 2 ? h : -h) / 2 - p->cy;
        double d = hypot(px, py);
        if (d > p->r - 4 || d < p->r0 + 4)
            return FALSE;
        if (a1 - a0 >= 2 * G_PI - 1e-9)
            continue;
        double a = atan2(py, px);
        while (a < a0)
            a += 2 * G_PI;
        while (a > a0 + 2 * G_PI)
            a -= 2 * G_PI;
        /* 4 px clear of both edges, measured across them */
        if (a > a1 || d * sin(MIN(a - a0, a1 - a)) < 4)
            return FALSE;
    }
    return TRUE;
}

/* Labels of slices @sl still inside: inside where they fit at the radius
 * @p->r. Fills
 * @room with the room the outside labels need left and right (0: none). */
static void
place_inside(const Pie *p, guint n, Lab *labs, const double *a,
             double room[2])
{
    room[0] = room[1] = 0;
    for (guint i = 0; i < n; i++) {
        /* once outside, outside: the radius only shrinks, so this ends */
        labs[i].inside = labs[i].inside && fits_inside(p, a[i], a[i + 1], labs[i].w, labs[i].h,
                                                       &labs[i].x, &labs[i].y);
        int side = cos((a[i] + a[i + 1]) / 2) >= -1e-9;
        if (!labs[i].inside)
            room[side] = MAX(room[side], labs[i].w + ARM + 6);
    }
}

/* TRUE when a line @w wide from @y0 to @y0 + @h (from the centre) lies
 * inside the hole, 2 px from its edge. */
static gboolean
in_hole(const Pie *p, double w, double y0, double h)
{
    double dy = MAX(fabs(y0), fabs(y0 + h)), r = p->r0 - 2;
    return r > 0 && (w / 2) * (w / 2) + dy * dy <= r * r;
}

/* The hole's text: the spec's, or the total of values that are not shares. */
static void
hole(const Pie *p, const TjChartData *d, const TjPieSpec *spec, gboolean percent)
{
    const char *unit = spec->unit ? spec->unit : d->series[0].unit;
    char *big = spec->center ? g_strdup(spec->center) : NULL;
    const char *small = spec->center_label;
    if (!big && !percent) {
        double sum = 0;
        for (guint i = 0; i < d->n_cat; i++)
            sum += isfinite(d->series[0].values[i]) ? d->series[0].values[i] : 0;
        char *num = tj_format_decimal(sum, MAX(d->series[0].decimals, 0));
        big = g_strconcat(num, unit ? unit : "", NULL);
        g_free(num);
        small = small ? small : "合计";
    }
    if (!big || !*big || p->r0 <= 0) {
        g_free(big);
        return;
    }
    /* the largest size at which the lines' boxes lie inside the hole;
     * without the label if need be; else none, and the warning says so */
    TjFontStyle f = tj_font(MIN(p->th->size_big * 0.6, p->r0 * 0.45), TRUE), sf = p->font;
    sf.size = p->th->size_note;
    TjTextExtents e, se = { 0 };
    gboolean with_small = small && *small, fits = FALSE;
    if (with_small)
        tj_measure(p->m, small, &sf, &se);
    for (int pass = 0; pass < 2 && !fits; pass++) {
        if (pass == 1)
            with_small = FALSE, se = (TjTextExtents){ 0 };
        /* never under the theme's smallest text (docs/themes.md) */
        for (f.size = floor(f.size); f.size >= p->th->size_note && !fits; f.size -= 1) {
            tj_measure(p->m, big, &f, &e);
            fits = in_hole(p, e.width, -(e.height + se.height) / 2, e.height) &&
                   (!with_small || in_hole(p, se.width, (e.height - se.height) / 2, se.height));
        }
        f.size += 1;
        if (!fits)
            f.size = MIN(p->th->size_big * 0.6, p->r0 * 0.45);
    }
    if (!fits) {
        tj_scene_warn(p->s, "label-dropped",
                      _("pie chart: the text “%s” does not fit the hole and was left out"), big);
        g_free(big);
        return;
    }
    double top = p->cy - (e.height + se.height) / 2;
    tj_scene_text(p->s, "center.value", p->cx, top + e.ascent, big, &f, p->th->text,
                  TJ_ANCHOR_MIDDLE, 0, &e);
    if (with_small)
        tj_scene_text(p->s, "center.label", p->cx, top + e.height + se.ascent, small, &sf,
                      p->th->text_secondary, TJ_ANCHOR_MIDDLE, 0, &se);
    g_free(big);
}

/* The note under a pie whose shares, written as percentages, do not sum to
 * 100 %: what they sum to, and why when rounding explains it. */
static char *
sum_note(const TjChartData *d, double sum)
{
    int dec = MAX(d->series[0].decimals, 0);
    char *num = tj_format_decimal(sum, dec);
    double slack = d->n_cat * 0.5 * pow(10, -dec) + 1e-9;
    char *t = fabs(sum - 100) <= slack
        ? g_strdup_printf("注：各项之和为%s%%，系四舍五入所致。", num)
        : g_strdup_printf("注：各项之和为%s%%，不等于100%%，图中按比例绘制。", num);
    g_free(num);
    return t;
}

static TjColor
slice_color(const TjTheme *th, const TjPieSlice *sl, guint i)
{
    if (strcmp(sl->name, "其他") == 0 || strcmp(sl->name, "其它") == 0)
        return th->text_note;
    return th->series[i % th->n_series];
}

static gboolean
check(const TjChartData *d, const TjPieSpec *sp, GError **error)
{
    const TjSrcLoc *loc = sp->loc.file ? &sp->loc : NULL;
    return tj_text_check_lengths(loc, error, _("pie chart: title"), sp->title,
                                 _("pie chart: subtitle"), sp->subtitle, _("pie chart: source"),
                                 sp->source, _("pie chart: unit"), sp->unit,
                                 _("pie chart: center"), sp->center,
                                 _("pie chart: center label"), sp->center_label, NULL) &&
           tj_lay_check_box(_("pie chart"), sp->width, sp->height, TJ_LAY_MIN_CHART_W,
                            TJ_LAY_MIN_CHART_H, loc, error) &&
           tj_chart_data_check(d, loc, error) && tj_pie_check(d, NULL, loc, error);
}

/* Where the first slice starts: 12 o'clock, unless three or more thin
 * slices (under 6 % each) follow one another; then the pie turns so the
 * middle of that run faces 9 or 3 o'clock (the nearer), where their labels
 * have the plot's height to spread in and their leaders do not cross. */
static double
start_angle(const TjPieSlice *sl, guint n)
{
    guint best = 0, best_at = 0, run = 0;
    for (guint i = 0; i <= n; i++) {
        if (i < n && sl[i].share < 0.06) {
            run++;
            continue;
        }
        if (run > best) {
            best = run;
            best_at = i - run;
        }
        run = 0;
    }
    if (best < 3)
        return -G_PI / 2;
    double before = 0, len = 0;
    for (guint i = 0; i < best_at; i++)
        before += sl[i].share;
    for (guint i = best_at; i < best_at + best; i++)
        len += sl[i].share;
    double mid = -G_PI / 2 + 2 * G_PI * (before + len / 2);
    double target = cos(mid) < 0 ? G_PI : 0;
    return -G_PI / 2 + (target - mid);
}

gboolean
tj_layout_pie(TjScene *s, const TjChartData *d, const TjPieSpec *spec, const TjTheme *th,
              const TjMeasurer *m, GError **error)
{
    if (!check(d, spec, error))
        return FALSE;
    TjPieSlice sl[TJ_PIE_MAX_SLICES + 1];
    guint n = tj_pie_slices(d, sl);
    double sum;
    gboolean percent = tj_pie_percent_sum(d, &sum);
    TjFrame f = { .width = spec->width, .height = spec->height, .title = spec->title,
                  .subtitle = spec->subtitle, .source = spec->source };
    guint from = tj_scene_n_items(s);
    tj_scene_group_begin(s, "chart.pie", spec->title);
    TjRect plot = tj_frame_layout(s, m, th, &f);
    Pie p = { .s = s, .th = th, .m = m, .font = tj_font(th->size_label, FALSE) };
    TjFontStyle nf = tj_font(th->size_note, FALSE);
    if (percent && !tj_pie_sum_ok(d, sum)) {
        char *note = sum_note(d, sum);
        GPtrArray *nl = tj_text_wrap(m, note, &nf, plot.w);
        TjTextExtents e;
        tj_measure(m, "国", &nf, &e);
        double y = plot.y + plot.h - nl->len * e.height;
        guint first_line = tj_scene_n_items(s);
        for (guint k = 0; k < nl->len; k++)
            tj_lay_text(s, m, "note", plot.x, y + e.ascent + k * e.height, nl->pdata[k], &nf,
                        th->text_note, TJ_ANCHOR_START, NULL);
        tj_scene_text_join(s, first_line, nl->len);
        plot.h -= nl->len * e.height + 8;
        g_ptr_array_unref(nl);
        g_free(note);
    }
    Lab labs[TJ_PIE_MAX_SLICES + 1];
    double a[TJ_PIE_MAX_SLICES + 2];
    a[0] = start_angle(sl, n);
    double lim = MAX(plot.w * 0.22, 3 * p.font.size);
    for (guint i = 0; i < n; i++) {
        a[i + 1] = i + 1 == n ? a[0] + 2 * G_PI : a[i] + 2 * G_PI * sl[i].share;
        memset(&labs[i], 0, sizeof labs[i]);
        tj__pie_make_label(&p, &labs[i], d, &sl[i], percent, lim, FALSE);
    }
    /* too many to stack two lines each: name and share on one line */
    double stack = 0;
    for (guint i = 0; i < n; i++)
        stack += labs[i].h + 4;
    for (guint i = 0; stack > plot.h && i < n; i++) {
        g_ptr_array_unref(labs[i].lines);
        tj__pie_make_label(&p, &labs[i], d, &sl[i], percent, lim * 1.5, TRUE);
    }
    /* the radius the outside labels leave, the whole centred in the plot */
    double rmax = MAX(MIN(plot.w, plot.h) / 2 - 2, 20), room[2] = { 0, 0 };
    p.r = rmax;
    for (guint i = 0; i < n; i++)
        labs[i].inside = sl[i].share < 1;
    for (;;) {
        p.cx = plot.x + (plot.w - room[0] - room[1]) / 2 + room[0];
        p.cy = plot.y + plot.h / 2;
        p.r0 = spec->donut ? HOLE * p.r : 0;
        place_inside(&p, n, labs, a, room);
        double want = MAX(MIN(rmax, (plot.w - room[0] - room[1]) / 2), 20);
        /* a leader's first leg stays in the plot too (a note may be under it) */
        for (guint i = 0; i < n; i++) {
            double up = fabs(sin((a[i] + a[i + 1]) / 2));
            if (!labs[i].inside && up > 1e-6)
                want = MAX(MIN(want, (plot.h / 2 - 2) / up - LEAD), 20);
        }
        if (want >= p.r - 0.5)
            break;
        p.r = want;
    }
    p.cx = plot.x + (plot.w - room[0] - room[1]) / 2 + room[0];
    place_inside(&p, n, labs, a, room);   /* the same fits, placed at the centre */
    for (guint i = 0; i < n; i++) {
        TjPaint paint = tj_paint_fill(slice_color(th, &sl[i], i));
        paint.stroke = th->background;
        paint.stroke_width = n > 1 ? 2 : 0;
        sector(&p, sl[i].index >= 0 ? "slice" : "slice.other", a[i], a[i + 1], &paint);
    }
    for (guint i = 0; i < n; i++) {
        if (!labs[i].inside)
            continue;
        TjColor fill = slice_color(th, &sl[i], i);
        TjColor col = tj_color_contrast(th->on_primary, fill) >= 4.5 ? th->on_primary : th->text;
        tj__pie_draw_lines(&p, &labs[i], labs[i].x, labs[i].y, TJ_ANCHOR_MIDDLE, col, "slice.label");
    }
    if (!tj__pie_fit_sides(&p, labs, n, a, plot.h)) {   /* never labels off the plot */
        for (guint i = 0; i < n; i++)
            g_ptr_array_unref(labs[i].lines);
        tj_scene_truncate(s, from);
        tj_error_set_at(error, TJ_ERROR_INPUT, spec->loc.file ? &spec->loc : NULL,
                        _("pie chart: %.0f × %.0f px has no room for the labels of its %u "
                          "slices; make it taller"), spec->width, spec->height, n);
        return FALSE;
    }
    tj__pie_outside(&p, labs, n, a, &plot);
    hole(&p, d, spec, percent);
    for (guint i = 0; i < n; i++)
        g_ptr_array_unref(labs[i].lines);
    tj_scene_group_end(s);
    return TRUE;
}
