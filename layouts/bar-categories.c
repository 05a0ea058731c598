/* layouts/bar-categories.c — the category names under vertical bars:
 * one line each, else wrapped between words (balanced), else slanted whole;
 * the fit chosen here is drawn by tj__bar_draw_categories. */
#include "layouts/bar-private.h"

#include <math.h>
#include <string.h>

#include "layouts/scale.h"
#include "layouts/text.h"

#define ROT_ANGLE 40.0

void
tj__bar_cat_fit_free(TjBarCatFit *f, guint n)
{
    for (guint i = 0; i < n; i++)
        g_ptr_array_unref(f->lines[i]);
    g_free(f->lines);
}

/* Up to 3 lines under each bar (4 when @max_h holds them: four short
 * lines read better than a slanted label). */
static gboolean
try_wrap(const TjBarCtx *c, double step, double max_h, TjBarCatFit *f)
{
    const TjChartData *d = c->d;
    TjTextExtents e;
    tj_measure(c->m, "国", &c->label_font, &e);
    guint max_lines = 1;
    double limit = step - 12;
    guint most = 4 * e.height <= max_h ? 4 : 3;
    for (guint i = 0; i < d->n_cat; i++) {
        f->lines[i] = tj_lay_wrap_balanced(c->m, d->categories[i], &c->label_font, limit);
        double w = tj_text_max_width(c->m, (const char *const *)f->lines[i]->pdata,
                                     f->lines[i]->len, &c->label_font);
        max_lines = MAX(max_lines, f->lines[i]->len);
        if (w > limit || f->lines[i]->len > most) {
            for (guint k = 0; k <= i; k++)
                g_ptr_array_unref(f->lines[k]);
            return FALSE;
        }
    }
    f->mode = max_lines > 1 ? CAT_WRAP : CAT_LINE;
    f->height = max_lines * e.height;
    return TRUE;
}

/* Rotated labels, whole: spacing across the slanted lines is step ×
 * sin(angle); the font goes down to the note size
 * before only every n-th label is shown (then a warning names how many
 * were left out). The band is as deep as the longest label needs. */
void
tj__bar_rotate_fit(TjBarCtx *c, double step, TjBarCatFit *f)
{
    const TjChartData *d = c->d;
    double base = c->label_font.size;
    double sizes[3] = { base, (base + c->th->size_note) / 2, c->th->size_note };
    TjTextExtents e;
    for (int k = 0; k < 3; k++) {
        c->label_font.size = MIN(base, sizes[k]);
        tj_measure(c->m, "国", &c->label_font, &e);
        if (step >= e.height * 0.85)
            break;
    }
    double need = e.height * 0.85;
    f->mode = CAT_ROTATE;
    f->angle = -ROT_ANGLE;
    if (step * sin(ROT_ANGLE * G_PI / 180) < need)
        f->angle = -90;
    double sa = sin(-f->angle * G_PI / 180), ca = cos(-f->angle * G_PI / 180);
    f->every = 1;
    while (step * f->every * (f->angle == -90 ? 1 : sa) < need)
        f->every++;
    double h = 0;
    for (guint i = 0; i < d->n_cat; i++) {
        TjTextExtents le;
        tj_measure(c->m, d->categories[i], &c->label_font, &le);
        h = MAX(h, le.width * sa + e.height * ca);
        f->lines[i] = g_ptr_array_new_with_free_func(g_free);
        g_ptr_array_add(f->lines[i], g_strdup(d->categories[i]));
    }
    f->height = h;
}

/* Wrapping is tried at the label size, then at two smaller sizes (never
 * below the theme's note size). FALSE: no size wraps; nothing is set. */
gboolean
tj__bar_wrap_categories(TjBarCtx *c, double step, double max_h, TjBarCatFit *f)
{
    memset(f, 0, sizeof *f);
    f->lines = g_new0(GPtrArray *, c->d->n_cat);
    f->every = 1;
    double base = c->label_font.size;
    double sizes[3] = { base, (base + c->th->size_note) / 2, c->th->size_note };
    for (int k = 0; k < 3; k++) {
        if (k > 0 && sizes[k] >= sizes[k - 1])
            continue;
        c->label_font.size = sizes[k];
        if (try_wrap(c, step, max_h, f))
            return TRUE;
    }
    c->label_font.size = base;
    return FALSE;
}

/* Whether horizontal bars in the plot would give every category a row
 * that holds a line of 14-px label text. */
gboolean
tj__bar_rows_hold_labels(const TjBarCtx *c)
{
    TjFontStyle f = c->label_font;
    f.size = MIN(f.size, 14);  /* horizontal rows shrink their labels to fit */
    TjTextExtents e;
    tj_measure(c->m, "国", &f, &e);
    return c->plot.h / MAX(1, c->d->n_cat) * 0.95 >= e.height * 1.1;
}

/* How far rotated labels (anchored at their end under each bar) reach
 * left of @left; 0 when none does. */
double
tj__bar_rotated_overhang(const TjBarCtx *c, const TjBandScale *xs, const TjBarCatFit *f,
                         double left)
{
    double a = -f->angle * G_PI / 180, over = 0;
    for (guint i = 0; i < c->d->n_cat; i += f->every) {
        TjTextExtents le;
        tj_measure(c->m, f->lines[i]->pdata[0], &c->label_font, &le);
        double reach = tj_scale_band_center(xs, i) - le.width * cos(a) - le.height * sin(a);
        over = MAX(over, left - reach);
    }
    return over;
}

void
tj__bar_draw_categories(TjBarCtx *c, const TjBandScale *xs, double y0,
                        const TjBarCatFit *f)
{
    TjTextExtents e;
    tj_measure(c->m, "国", &c->label_font, &e);
    for (guint i = 0; i < c->d->n_cat; i += f->every) {
        double cx = tj_scale_band_center(xs, i);
        GPtrArray *lines = f->lines[i];
        TjColor col = (int)i == c->highlight ? c->th->text : c->th->text_secondary;
        if (f->mode == CAT_ROTATE) {
            double a = -f->angle * G_PI / 180;
            double x = cx + e.ascent * 0.5 * sin(a), y = y0 + e.ascent * cos(a) * 0.8;
            if (f->angle == -90)
                x = cx + (e.ascent - e.height / 2);
            tj_lay_text_rot(c->s, c->m, "category.label", x, y, lines->pdata[0],
                            &c->label_font, col, TJ_ANCHOR_END, f->angle);
            continue;
        }
        guint first_line = tj_scene_n_items(c->s);
        for (guint k = 0; k < lines->len; k++)
            tj_lay_text(c->s, c->m, "category.label", cx, y0 + e.ascent + k * e.height,
                        lines->pdata[k], &c->label_font, col, TJ_ANCHOR_MIDDLE, NULL);
        tj_scene_text_join(c->s, first_line, lines->len);
    }
}

