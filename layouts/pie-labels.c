/* layouts/pie-labels.c — a pie's slice labels: the name wrapped and the
 * share (bold on its own line, or after the name when too many labels
 * must stack), and the labels outside their slices: each on its slice's
 * side at its slice's height, pushed apart (4 px between boxes) within the
 * plot, joined to the slice by a leader (radially out, then to the label).
 * When a side's labels cannot stack, the font is made smaller, never the
 * text cut. */
#include "layouts/pie-private.h"

#include <math.h>

#include "core/format.h"
#include "layouts/text.h"

static char *
share_text(const TjChartData *d, const TjPieSlice *sl, gboolean percent)
{
    const TjSeries *s = &d->series[0];
    if (percent && sl->index >= 0 && s->labels[sl->index])
        return g_strdup(s->labels[sl->index]);
    char *num = tj_format_decimal(percent ? sl->value : sl->share * 100,
                                  percent ? MAX(s->decimals, 0) : 1);
    char *t = g_strconcat(num, "%", NULL);
    g_free(num);
    return t;
}

/* The font of line @k of @l: the share on a line of its own is bold. */
static TjFontStyle
line_font(const Pie *p, const Lab *l, guint k)
{
    TjFontStyle f = p->font;
    f.bold = l->share_line && k + 1 == l->lines->len;
    return f;
}

static void
measure_lines(const Pie *p, Lab *l)
{
    TjTextExtents e;
    tj_measure(p->m, "国", &p->font, &e);
    l->w = 0;
    for (guint k = 0; k < l->lines->len; k++) {
        TjFontStyle f = line_font(p, l, k);
        TjTextExtents le;
        tj_measure(p->m, l->lines->pdata[k], &f, &le);
        l->w = MAX(l->w, le.width);
    }
    l->h = l->lines->len * e.height;
}

void
tj__pie_draw_lines(const Pie *p, const Lab *l, double x, double cy, TjAnchor anchor, TjColor col,
           const char *role)
{
    TjTextExtents e;
    tj_measure(p->m, "国", &p->font, &e);
    double y = cy - l->h / 2 + e.ascent;
    for (guint k = 0; k < l->lines->len; k++) {
        TjFontStyle f = line_font(p, l, k);
        tj_lay_text(p->s, p->m, role, x, y + k * e.height, l->lines->pdata[k], &f, col, anchor,
                    NULL);
    }
}

/* Outside labels of one side, in the order of their wanted heights, pushed
 * apart (4 px between boxes) and kept within [@top, @bottom]. */
static void
spread(Lab **side, guint n, double top, double bottom)
{
    for (guint i = 1; i < n; i++)
        for (guint j = i; j > 0 && side[j]->want < side[j - 1]->want; j--) {
            Lab *t = side[j];
            side[j] = side[j - 1];
            side[j - 1] = t;
        }
    double y = top;
    for (guint i = 0; i < n; i++) {
        side[i]->y = MAX(side[i]->want, y + side[i]->h / 2);
        y = side[i]->y + side[i]->h / 2 + 4;
    }
    double lim = bottom;
    for (guint i = n; i-- > 0;) {
        if (side[i]->y + side[i]->h / 2 > lim)
            side[i]->y = lim - side[i]->h / 2;
        lim = side[i]->y - side[i]->h / 2 - 4;
    }
}

void
tj__pie_outside(Pie *p, Lab *labs, guint n, const double *a, const TjRect *plot)
{
    Lab **sides[2] = { g_new0(Lab *, n), g_new0(Lab *, n) };
    guint ns[2] = { 0, 0 };
    for (guint i = 0; i < n; i++) {
        if (labs[i].inside)
            continue;
        double mid = (a[i] + a[i + 1]) / 2;
        labs[i].side = cos(mid) >= -1e-9 ? 1 : -1;
        labs[i].want = p->cy + (p->r + LEAD) * sin(mid);
        int k = labs[i].side > 0;
        sides[k][ns[k]++] = &labs[i];
    }
    TjPaint lead = tj_paint_stroke(p->th->text_note, 1);
    for (int k = 0; k < 2; k++) {
        spread(sides[k], ns[k], plot->y, plot->y + plot->h);
        for (guint j = 0; j < ns[k]; j++) {
            Lab *l = sides[k][j];
            guint i = (guint)(l - labs);
            double mid = (a[i] + a[i + 1]) / 2, sx = l->side;
            double ex = p->cx + (p->r + LEAD) * cos(mid), ey = p->cy + (p->r + LEAD) * sin(mid);
            double hx = p->cx + sx * (p->r + ARM);
            tj_scene_path_begin(p->s, "slice.leader", &lead);
            tj_scene_path_move(p->s, p->cx + (p->r + 2) * cos(mid), p->cy + (p->r + 2) * sin(mid));
            tj_scene_path_line(p->s, ex, ey);
            tj_scene_path_line(p->s, hx, l->y);
            tj__pie_draw_lines(p, l, hx + sx * 4, l->y, sx > 0 ? TJ_ANCHOR_START : TJ_ANCHOR_END,
                       p->th->text, "slice.label");
        }
        g_free(sides[k]);
    }
}

/* A slice's label: its name wrapped to @lim and its share, on a line of
 * its own or (@one_line) after the name. */
void
tj__pie_make_label(const Pie *p, Lab *l, const TjChartData *d, const TjPieSlice *sl, gboolean percent,
           double lim, gboolean one_line)
{
    char *share = share_text(d, sl, percent);
    if (one_line) {
        char *t = g_strconcat(sl->name, " ", share, NULL);
        l->lines = tj_lay_wrap_balanced(p->m, t, &p->font, lim);
        g_free(t);
        g_free(share);
    } else {
        l->lines = tj_lay_wrap_balanced(p->m, sl->name, &p->font, lim);
        g_ptr_array_add(l->lines, share);
    }
    l->share_line = !one_line;
    measure_lines(p, l);
}

/* Outside labels of a side taller together than @room: the font made
 * smaller (not below 12 px) until they stack. FALSE when they do not. */
gboolean
tj__pie_fit_sides(Pie *p, Lab *labs, guint n, const double *a, double room)
{
    for (;;) {
        double h[2] = { 0, 0 };
        for (guint i = 0; i < n; i++)
            if (!labs[i].inside)
                h[cos((a[i] + a[i + 1]) / 2) >= -1e-9] += labs[i].h + 4;
        if (MAX(h[0], h[1]) <= room)
            return TRUE;
        if (p->font.size <= 12)
            return FALSE;
        p->font.size = MAX(12, p->font.size - 1);
        for (guint i = 0; i < n; i++)
            measure_lines(p, &labs[i]);
    }
}

