/* layouts/trend-axes.c — a trend's axes: gridlines with the y tick labels
 * (formatted from the ticks' integers, so no label reads 0.30000000000000004),
 * and for a column of categories one x label per point, thinned left to
 * right so none touch the last kept, the final category always shown.
 * Every label box is placed (tj__trend_place) before lines and value
 * labels, which then avoid them. */
#include "layouts/trend-private.h"

#include <math.h>

#include "core/format.h"
#include "layouts/common.h"
#include "layouts/text.h"

void
tj__trend_y_axis(TjTrendCtx *t, const TjTicks *tk, double x0, double x1)
{
    TjPaint grid = tj_paint_stroke(t->th->rule, 1);
    TjTextExtents e;
    tj_measure(t->m, "0", &t->tick_font, &e);
    double *pos = g_new(double, tk->n);
    gboolean *keep = g_new(gboolean, tk->n);
    for (int i = 0; i < tk->n; i++)
        pos[i] = round(tj_scale_linear_map(&t->ys, tj_ticks_value(tk, i))) + 0.5;
    tj_ticks_spaced(pos, tk->n, e.height, keep);   /* a short axis: some to their lines */
    for (int i = 0; i < tk->n; i++) {
        tj_scene_line(t->s, "grid", x0, pos[i], x1, pos[i], &grid);
        if (!keep[i])
            continue;
        char *lab = tj_ticks_label(tk, i, TJ_MAG_NONE);
        guint k = tj_lay_text_mid(t->s, t->m, "axis.tick-label", x0 - 8, pos[i], lab,
                                  &t->tick_font, t->th->text_note, TJ_ANCHOR_END);
        tj__trend_place(t, tj_scene_text_box(tj_scene_item(t->s, k)));
        g_free(lab);
    }
    g_free(keep);
    g_free(pos);
}

/* x labels left to right, skipping any that would touch the last one kept;
 * the final category is always shown. A label stays inside the chart: it
 * slides in from an edge, and one wider than the chart is shortened. Only
 * every k-th label is tried when more labels than the width could ever
 * hold are there, and each distinct label is shortened and measured once. */
typedef struct {
    char *text;
    TjTextExtents e;
} XLabel;

static void
xlabel_free(gpointer p)
{
    XLabel *l = p;
    g_free(l->text);
    g_free(l);
}

static const XLabel *
x_label(TjTrendCtx *t, GHashTable *seen, const char *category)
{
    XLabel *l = g_hash_table_lookup(seen, category);
    if (l)
        return l;
    l = g_new0(XLabel, 1);
    l->text = tj_text_shorten(t->m, category, &t->tick_font, MAX(t->spec->width - 12, 1));
    tj_measure(t->m, l->text, &t->tick_font, &l->e);
    g_hash_table_insert(seen, (gpointer)category, l);
    return l;
}

void
tj__trend_x_axis(TjTrendCtx *t, double y)
{
    const TjChartData *d = t->d;
    guint n = d->n_cat;
    guint fit = (guint)MAX(2, t->spec->width / (t->tick_font.size + 12));
    guint stride = MAX(1, (n + fit - 1) / fit);
    GHashTable *seen = g_hash_table_new_full(g_str_hash, g_str_equal, NULL, xlabel_free);
    GArray *shown = g_array_new(FALSE, FALSE, sizeof(guint));
    GArray *boxes = g_array_new(FALSE, FALSE, sizeof(TjRect));
    for (guint i = 0; i < n; i = (i + stride < n || i == n - 1) ? i + stride : n - 1) {
        const XLabel *l = x_label(t, seen, d->categories[i]);
        double x = tj_scale_linear_map(&t->xs, t->xpos[i]);
        TjRect b = { x - l->e.width / 2 - 6, y, l->e.width + 12, l->e.height };
        b.x = CLAMP(b.x, 0, MAX(0, t->spec->width - b.w));
        gboolean last = i == n - 1;
        /* the final category is always shown, displacing the one before */
        gboolean over = shown->len > 0 &&
                        tj_rect_overlaps(&g_array_index(boxes, TjRect, boxes->len - 1), &b, 0);
        if (over && last) {
            g_array_set_size(shown, shown->len - 1);
            g_array_set_size(boxes, boxes->len - 1);
            over = FALSE;
        }
        if (!over) {
            g_array_append_val(shown, i);
            g_array_append_val(boxes, b);
        }
        if (last)
            break;
    }
    for (guint q = 0; q < shown->len; q++) {
        const XLabel *l = x_label(t, seen, d->categories[g_array_index(shown, guint, q)]);
        TjRect b = g_array_index(boxes, TjRect, q);
        tj_lay_text(t->s, t->m, "axis.x-label", b.x + b.w / 2, y + l->e.ascent, l->text,
                    &t->tick_font, t->th->text_secondary, TJ_ANCHOR_MIDDLE, NULL);
        tj__trend_place(t, b);
    }
    g_array_free(shown, TRUE);
    g_array_free(boxes, TRUE);
    g_hash_table_destroy(seen);
}
