/* layouts/pictogram.c — the icon array (see layouts/pictogram.h).
 * From the top of the plot the frame leaves: the label (wrapped, balanced),
 * the value, the icons in rows of TJ_PICTOGRAM_ROW (filled ones in the
 * primary colour, the rest in the rule grey, a fraction as the filled left
 * part over a grey whole), and with @per the key line. The block is centred
 * vertically in the plot; icons are squares at most MAX_SIDE px. */
#include "layouts/pictogram.h"

#include <math.h>

#include "core/format.h"
#include "core/i18n.h"
#include "layouts/common.h"
#include "layouts/frame.h"
#include "layouts/icon.h"
#include "layouts/kpi.h"
#include "layouts/text.h"

#define MAX_SIDE 72.0
#define GAP_RATIO 0.25   /* space between icons : icon side */
#define LINE_GAP 12.0
#define VALUE_RATIO 0.6  /* the value's size : the theme's big numbers (a
                            poster's hero figure) */

void
tj_pictogram_spec_init(TjPictogramSpec *spec)
{
    *spec = (TjPictogramSpec){ 0 };
    spec->width = 640;
    spec->height = 360;
    spec->per = NAN;
    spec->count = 10;
    spec->value.value = NAN;
}

static gboolean
fail(const TjPictogramSpec *spec, GError **error, const char *msg)
{
    tj_error_set_at(error, TJ_ERROR_INPUT, spec->loc.file ? &spec->loc : NULL, "%s", msg);
    return FALSE;
}

gboolean
tj_pictogram_check(const TjPictogramSpec *spec, guint *n_icons, double *filled,
                   GError **error)
{
    double v = spec->value.value;
    gboolean share = isnan(spec->per);
    if (!spec->icon)
        return fail(spec, error, _("pictogram: no icon"));
    if (!isfinite(v))
        return fail(spec, error, _("pictogram: the value is missing"));
    if (v < 0)
        return fail(spec, error, _("pictogram: the value is negative; icons count amounts"));
    if (share && !spec->value.percent)
        return fail(spec, error, _("pictogram: the value is not a percentage (30%); give "
                                   "“per” (units per icon) to count amounts"));
    if (share && v > 100)
        /* xgettext:no-c-format */
        return fail(spec, error, _("pictogram: a share above 100% cannot be drawn as icons "
                                   "of a whole"));
    if (!share && !(spec->per > 0 && isfinite(spec->per)))
        return fail(spec, error, _("pictogram: “per” must be a positive number"));
    if (share && (spec->count < 1 || spec->count > TJ_PICTOGRAM_MAX_ICONS))
        return fail(spec, error, _("pictogram: “count” must be 1 to 100 icons"));
    double f = share ? v / 100 * spec->count : v / spec->per;
    double n = share ? spec->count : MAX(1, ceil(f - 1e-9));
    if (n > TJ_PICTOGRAM_MAX_ICONS) {
        char *count = tj_format_decimal(n, 0);
        char *msg = g_strdup_printf(_("pictogram: %s icons are too many to count (at most "
                                      "%d); give a larger “per”"), count, TJ_PICTOGRAM_MAX_ICONS);
        gboolean r = fail(spec, error, msg);
        g_free(count);
        g_free(msg);
        return r;
    }
    if (n_icons)
        *n_icons = (guint)n;
    if (filled)
        *filled = MIN(f, n);
    return TRUE;
}

typedef struct {
    TjRect plot;
    GPtrArray *label;       /* lines */
    TjFontStyle label_font, note_font;
    TjKpiNumber num;
    double value_size;
    guint n, cols, rows;
    double filled, side, gap;
    char *key;              /* NULL: none */
    double height;          /* of the whole block */
} Shape;

static void
shape_clear(Shape *sh)
{
    if (sh->label)
        g_ptr_array_unref(sh->label);
    tj_kpi_number_clear(&sh->num);
    g_free(sh->key);
}

static char *
key_text(const TjPictogramSpec *spec)
{
    if (isnan(spec->per))
        return NULL;
    const char *unit = spec->unit ? spec->unit : spec->value.unit;
    TjNumFormat f;
    tj_num_format_init(&f);
    f.magnitude = TJ_MAG_AUTO;
    f.magnitude = tj_format_pick_magnitude(spec->per);
    char *per = tj_format_number(spec->per, &f);
    char *out = g_strdup_printf("每个图标代表%s%s", per, unit ? unit : "");
    g_free(per);
    return out;
}

/* Everything but the vertical position, for a plot of @plot's width. */
static void
shape_of(Shape *sh, const TjPictogramSpec *spec, TjRect plot, const TjTheme *th,
         const TjMeasurer *m)
{
    sh->plot = plot;
    sh->label_font = tj_font(th->size_body, FALSE);
    sh->note_font = tj_font(th->size_note, FALSE);
    sh->label = spec->label && *spec->label
                    ? tj_lay_wrap_balanced(m, spec->label, &sh->label_font, plot.w)
                    : g_ptr_array_new_with_free_func(g_free);
    tj_kpi_number_split(&sh->num, &spec->value, TJ_MAG_AUTO, spec->unit);
    sh->value_size = round(th->size_big * VALUE_RATIO);
    while (sh->value_size > th->size_body &&
           tj_kpi_number_width(&sh->num, m, sh->value_size) > plot.w)
        sh->value_size -= 1;
    tj_pictogram_check(spec, &sh->n, &sh->filled, NULL);
    sh->cols = MIN(sh->n, TJ_PICTOGRAM_ROW);
    sh->rows = (sh->n + TJ_PICTOGRAM_ROW - 1) / TJ_PICTOGRAM_ROW;
    sh->side = MIN(MAX_SIDE, plot.w / (sh->cols + (sh->cols - 1) * GAP_RATIO));
    sh->gap = sh->side * GAP_RATIO;
    sh->key = key_text(spec);
    TjTextExtents e;
    tj_measure(m, "国", &sh->label_font, &e);
    double h = sh->label->len * e.height + (sh->label->len ? LINE_GAP / 2 : 0);
    tj_measure(m, "国", &(TjFontStyle){ sh->value_size, TRUE }, &e);
    h += e.height + LINE_GAP;
    h += sh->rows * sh->side + (sh->rows - 1) * sh->gap;
    if (sh->key) {
        tj_measure(m, sh->key, &sh->note_font, &e);
        h += LINE_GAP + e.height;
    }
    sh->height = h;
}

static void
shrink_icons(Shape *sh, double avail, double min_side)
{
    while (sh->height > avail && sh->side > min_side) {
        double old = sh->rows * sh->side + (sh->rows - 1) * sh->gap;
        sh->side -= 1;
        sh->gap = sh->side * GAP_RATIO;
        sh->height += sh->rows * sh->side + (sh->rows - 1) * sh->gap - old;
    }
}

/* Fits the block to the plot's height: the icons shrink to a third of
 * their size, then the value to the body size, then the icons further. */
static void
shape_fit(Shape *sh, double avail, const TjTheme *th, const TjMeasurer *m)
{
    shrink_icons(sh, avail, sh->side / 3);
    TjTextExtents e0, e1;
    while (sh->height > avail && sh->value_size > th->size_body) {
        tj_measure(m, "国", &(TjFontStyle){ sh->value_size, TRUE }, &e0);
        sh->value_size -= 1;
        tj_measure(m, "国", &(TjFontStyle){ sh->value_size, TRUE }, &e1);
        sh->height -= e0.height - e1.height;
    }
    shrink_icons(sh, avail, 3);
}

static void
draw_icons(TjScene *s, const Shape *sh, const TjPictogramSpec *spec, const TjTheme *th,
           double y)
{
    for (guint i = 0; i < sh->n; i++) {
        double x = sh->plot.x + (i % TJ_PICTOGRAM_ROW) * (sh->side + sh->gap);
        double iy = y + (i / TJ_PICTOGRAM_ROW) * (sh->side + sh->gap);
        double f = sh->filled - i;
        if (f >= 1 - 1e-9) {
            tj_lay_icon(s, "pictogram.icon", spec->icon, x, iy, sh->side, th->primary);
            continue;
        }
        tj_lay_icon(s, "pictogram.icon.empty", spec->icon, x, iy, sh->side, th->rule);
        if (f > 1e-9)
            tj_lay_icon_part(s, "pictogram.icon.part", spec->icon, x, iy, sh->side, f,
                             th->primary);
    }
}

static void
draw(TjScene *s, const Shape *sh, const TjPictogramSpec *spec, const TjTheme *th,
     const TjMeasurer *m)
{
    double y = sh->plot.y + MAX(0, (sh->plot.h - sh->height) / 2);
    TjTextExtents e;
    guint first_line = tj_scene_n_items(s);
    for (guint i = 0; i < sh->label->len; i++) {
        tj_measure(m, sh->label->pdata[i], &sh->label_font, &e);
        tj_lay_text(s, m, "pictogram.label", sh->plot.x, y + e.ascent, sh->label->pdata[i],
                    &sh->label_font, th->text, TJ_ANCHOR_START, NULL);
        y += e.height;
    }
    tj_scene_text_join(s, first_line, sh->label->len);
    if (sh->label->len)
        y += LINE_GAP / 2;
    TjFontStyle vf = tj_font(sh->value_size, TRUE);
    tj_measure(m, "国", &vf, &e);
    tj_kpi_number_draw(s, m, "pictogram.value", &sh->num, sh->plot.x, y + e.ascent,
                       TJ_ANCHOR_START, sh->value_size, th->primary, th->primary);
    y += e.height + LINE_GAP;
    draw_icons(s, sh, spec, th, y);
    y += sh->rows * sh->side + (sh->rows - 1) * sh->gap;
    if (sh->key) {
        tj_measure(m, sh->key, &sh->note_font, &e);
        tj_lay_text(s, m, "pictogram.key", sh->plot.x, y + LINE_GAP + e.ascent, sh->key,
                    &sh->note_font, th->text_note, TJ_ANCHOR_START, NULL);
    }
}

gboolean
tj_layout_pictogram(TjScene *s, const TjPictogramSpec *spec, const TjTheme *th,
                    const TjMeasurer *m, GError **error)
{
    g_return_val_if_fail(s && spec && th && m, FALSE);
    if (!tj_pictogram_check(spec, NULL, NULL, error) ||
        !tj_lay_check_box(_("pictogram"), spec->width, spec->height, TJ_LAY_MIN_GAUGE_W,
                          TJ_LAY_MIN_GAUGE_H, spec->loc.file ? &spec->loc : NULL, error) ||
        !tj_text_check_lengths(spec->loc.file ? &spec->loc : NULL, error, _("title"),
                               spec->title, _("label"), spec->label, NULL))
        return FALSE;
    tj_scene_group_begin(s, "chart.pictogram", spec->title ? spec->title : spec->label);
    TjFrame f = { .width = spec->width, .height = spec->height, .title = spec->title,
                  .subtitle = spec->subtitle, .source = spec->source };
    TjRect plot = tj_frame_layout(s, m, th, &f);
    Shape sh = { 0 };
    shape_of(&sh, spec, plot, th, m);
    shape_fit(&sh, plot.h, th, m);
    if (sh.height > plot.h + 0.5) {
        char *have = tj_format_decimal(spec->height, 0);
        tj_error_set_at(error, TJ_ERROR_INPUT, spec->loc.file ? &spec->loc : NULL,
                        _("pictogram: %s px is too low for its label, value and %u icons"),
                        have, sh.n);
        g_free(have);
        shape_clear(&sh);
        tj_scene_group_end(s);
        return FALSE;
    }
    draw(s, &sh, spec, th, m);
    shape_clear(&sh);
    tj_scene_group_end(s);
    return TRUE;
}

char *
tj_alt_pictogram(const TjPictogramSpec *spec)
{
    guint n = 0;
    double filled = 0;
    if (!tj_pictogram_check(spec, &n, &filled, NULL))
        return NULL;
    TjKpiNumber num = { 0 };
    tj_kpi_number_split(&num, &spec->value, TJ_MAG_AUTO, spec->unit);
    char *f = tj_format_decimal(filled, filled == floor(filled) ? 0 : 1);
    char *key = key_text(spec);
    GString *out = g_string_new("象形图：");
    if (spec->title && *spec->title)
        g_string_append_printf(out, "%s。", spec->title);
    g_string_append_printf(out, "%s%s%s%s，%u个图标中%s个为实心", spec->label ? spec->label : "",
                           num.before, num.big, num.after, n, f);
    if (key)
        g_string_append_printf(out, "，%s", key);
    g_string_append(out, "。");
    g_free(f);
    g_free(key);
    tj_kpi_number_clear(&num);
    return g_string_free(out, FALSE);
}

/* ---- as a page block -------------------------------------------------------- */

static gboolean
block_layout(TjScene *s, gconstpointer spec, double w, double h, const TjTheme *th,
             const TjMeasurer *m, GError **error)
{
    TjPictogramSpec p = *(const TjPictogramSpec *)spec;
    p.width = w;
    p.height = h;
    return tj_layout_pictogram(s, &p, th, m, error);
}

static double
block_height(gconstpointer spec, double cell_w, guint n, const TjTheme *th, const TjMeasurer *m)
{
    (void)n;
    const TjPictogramSpec *p = spec;
    if (!tj_pictogram_check(p, NULL, NULL, NULL))
        return 200;
    TjScene *s = tj_scene_new(cell_w, 1000);
    TjFrame f = { .width = cell_w, .height = 1000, .title = p->title,
                  .subtitle = p->subtitle, .source = p->source };
    TjRect plot = tj_frame_layout(s, m, th, &f);
    tj_scene_free(s);
    Shape sh = { 0 };
    shape_of(&sh, p, plot, th, m);
    double h = ceil(sh.height + (1000 - plot.h));
    shape_clear(&sh);
    return h;
}

static char *
block_alt(gconstpointer spec)
{
    return tj_alt_pictogram(spec);
}

static const char *
block_title(gconstpointer spec)
{
    const TjPictogramSpec *p = spec;
    return p->title ? p->title : p->label;
}

static void
block_size(gconstpointer spec, double *w, double *h)
{
    *w = 640;
    /* measured with the fake measurer: some room more than it says */
    *h = MAX(240, block_height(spec, *w, 1, tj_theme_builtin(NULL), tj_measurer_fake()) + 24);
}

const TjBlockOps tj_pictogram_block_ops = {
    .name = "pictogram", .layout = block_layout, .natural_height = block_height,
    .alt = block_alt, .title = block_title, .default_size = block_size,
    .alt_noun = "个象形图",
};
