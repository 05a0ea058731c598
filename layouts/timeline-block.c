/* layouts/timeline-block.c — the timeline's alt text and its TjBlockOps. */
#include "layouts/timeline.h"

#include <math.h>

#define ALT_MAX_EVENTS 20   /* events the alt text names one by one */

char *
tj_alt_timeline(const TjTimelineSpec *spec)
{
    guint n = spec->n_events;
    if (n == 0)
        return NULL;
    GString *out = g_string_new("时间轴：");
    if (spec->title && *spec->title)
        g_string_append_printf(out, "%s。", spec->title);
    g_string_append_printf(out, "共%u个事件", n);
    if (n > 1)
        g_string_append_printf(out, "，从%s到%s", spec->events[0].when,
                               spec->events[n - 1].when);
    g_string_append(out, "：");
    for (guint i = 0; i < n && i < ALT_MAX_EVENTS; i++) {
        char *text = g_strdelimit(g_strdup(spec->events[i].text), "\r\n", ' ');
        g_string_append_printf(out, "%s%s，%s", i ? "；" : "", spec->events[i].when, text);
        g_free(text);
    }
    if (n > ALT_MAX_EVENTS)
        g_string_append_printf(out, "；等%u项", n);
    g_string_append(out, "。");
    return g_string_free(out, FALSE);
}

static gboolean
block_layout(TjScene *s, gconstpointer spec, double w, double h, const TjTheme *th,
             const TjMeasurer *m, GError **error)
{
    TjTimelineSpec t = *(const TjTimelineSpec *)spec;
    t.width = w;
    t.height = h;
    return tj_layout_timeline(s, &t, th, m, error);
}

static double
block_height(gconstpointer spec, double cell_w, guint n, const TjTheme *th, const TjMeasurer *m)
{
    (void)n;
    return tj_timeline_height(spec, cell_w, th, m);
}

static char *
block_alt(gconstpointer spec)
{
    return tj_alt_timeline(spec);
}

static const char *
block_title(gconstpointer spec)
{
    return ((const TjTimelineSpec *)spec)->title;
}

static void
block_size(gconstpointer spec, double *w, double *h)
{
    const TjTimelineSpec *t = spec;
    *w = t->width > 0 ? t->width : 900;
    /* measured with the fake measurer: some room more than it says */
    *h = MAX(240, tj_timeline_height(t, *w, tj_theme_builtin(NULL), tj_measurer_fake()) + 24);
}

const TjBlockOps tj_timeline_block_ops = {
    .name = "timeline", .layout = block_layout, .natural_height = block_height,
    .alt = block_alt, .title = block_title, .default_size = block_size,
    .alt_noun = "个时间轴",
};
