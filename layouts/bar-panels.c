/* layouts/bar-panels.c — a bar chart of rows in several units drawn as
 * panels (`panels: unit`): one small bar chart per unit, stacked top to
 * bottom inside the chart's box (heights in proportion to what each
 * wants: more categories, more room for their names), each with its own unit line ("单位：户"),
 * magnitude and value axis, so no axis ever shows two units. The title,
 * subtitle and source are the chart's, drawn once. Invariants: panels are
 * at least TJ_BAR_MIN_PANEL_H high, PANEL_GAP apart, inside the plot the frame leaves, and
 * never overlap; each panel is a whole tj_layout_bar() chart moved into
 * place. */
#include "layouts/bar.h"

#include <math.h>
#include <string.h>

#include "layouts/common.h"
#include "layouts/frame.h"
#include "layouts/text.h"
#include "core/i18n.h"

#define PANEL_GAP 16.0

static gboolean
has_category(const TjChartData *d, const char *name)
{
    for (guint i = 0; name && i < d->n_cat; i++)
        if (strcmp(d->categories[i], name) == 0)
            return TRUE;
    return FALSE;
}

double
tj_bar_panel_height(const TjChartData *d)
{
    return TJ_BAR_MIN_PANEL_H + 20 + 30 * MIN(d->n_cat, 12);
}

gboolean
tj_layout_bar_panels(TjScene *s, const TjChartData *const *parts, guint n,
                     const TjBarSpec *spec, const TjTheme *th, const TjMeasurer *m,
                     GError **error)
{
    g_return_val_if_fail(s && parts && n > 0 && spec && th && m, FALSE);
    if (n == 1)
        return tj_layout_bar(s, parts[0], spec, th, m, error);
    const TjSrcLoc *loc = spec->loc.file ? &spec->loc : NULL;
    if (!tj_text_check_lengths(loc, error, _("bar chart: title"), spec->title,
                               _("bar chart: subtitle"), spec->subtitle, _("bar chart: source"),
                               spec->source, NULL) ||
        !tj_lay_check_box(_("bar chart"), spec->width, spec->height, TJ_LAY_MIN_CHART_W,
                          n * TJ_BAR_MIN_PANEL_H, loc, error))
        return FALSE;
    /* a highlight no panel has is the first panel's error */
    gboolean anywhere = FALSE;
    for (guint i = 0; i < n; i++)
        anywhere = anywhere || has_category(parts[i], spec->highlight);
    guint mark = tj_scene_n_items(s);
    tj_scene_group_begin(s, "chart.bar", spec->title);
    TjFrame f = { .width = spec->width, .height = spec->height, .title = spec->title,
                  .subtitle = spec->subtitle, .source = spec->source };
    TjRect plot = tj_frame_layout(s, m, th, &f);
    /* heights in proportion to what each wants, none below the least */
    double want = 0, room = plot.h - PANEL_GAP * (n - 1) - n * TJ_BAR_MIN_PANEL_H;
    for (guint i = 0; i < n; i++)
        want += tj_bar_panel_height(parts[i]) - TJ_BAR_MIN_PANEL_H;
    gboolean ok = room >= 0 ||
                  tj_lay_check_box(_("bar chart"), plot.w, plot.h - PANEL_GAP * (n - 1),
                                   TJ_LAY_MIN_CHART_W, n * TJ_BAR_MIN_PANEL_H, loc, error);
    double y = plot.y;
    for (guint i = 0; ok && i < n; i++) {
        TjBarSpec p = *spec;
        p.title = p.subtitle = p.source = NULL;
        p.width = plot.w;
        p.height = floor(TJ_BAR_MIN_PANEL_H +
                         room * (tj_bar_panel_height(parts[i]) - TJ_BAR_MIN_PANEL_H) / want);
        p.in_panel = TRUE;
        if (anywhere && !has_category(parts[i], spec->highlight))
            p.highlight = NULL;
        else if (!anywhere && i > 0)
            p.highlight = NULL;
        guint from = tj_scene_n_items(s);
        ok = tj_layout_bar(s, parts[i], &p, th, m, error);
        tj_scene_translate_from(s, from, plot.x, y);
        y += p.height + PANEL_GAP;
    }
    tj_scene_group_end(s);
    if (!ok)
        tj_scene_truncate(s, mark);
    return ok;
}
