/* render/slice.c — a tall page as several PNG files (WeChat compresses very
 * tall images), cut where the caller says: api/publish.c picks the cuts as
 * it does A4 pages (tj_page_breaks: only at gaps between blocks, never
 * between a heading and its row, the footer with the last row, parts as
 * equal as the cuts allow), each cut here on a whole output pixel. Every
 * slice is the unsliced image's rows exactly: the scene is moved by a whole
 * number of pixels and every item touching the slice is drawn, so stacked
 * slices show no seam. Each slice is its own complete PNG (written
 * atomically) with a title "TITLE（i/n）" and a description of what it
 * shows: the page summary, then the figures on it. */
#include "render/render-private.h"
#include "core/i18n.h"

#include <math.h>
#include <string.h>

char *
tj_render_slice_name(const char *path, guint i)
{
    const char *dot = strrchr(path, '.');
    const char *slash = strrchr(path, G_DIR_SEPARATOR);
    if (!dot || (slash && dot < slash))
        dot = path + strlen(path);
    return g_strdup_printf("%.*s-%02u%s", (int)(dot - path), path, i, dot);
}

/* Title, and description: the page's summary line, which part this is,
 * then the figures the slice shows. */
static void
describe_slice(TjScene *slice, const TjScene *page, guint i, guint n)
{
    const char *title = tj_scene_title(page);
    if (title && *title) {
        char *t = g_strdup_printf("%s（%u/%u）", title, i, n);
        tj_scene_set_meta(slice, t, NULL);
        g_free(t);
    }
    const char *desc = tj_scene_desc(page);
    GString *d = g_string_new(NULL);
    if (desc && *desc)
        g_string_append_len(d, desc, (gssize)strcspn(desc, "\n"));
    g_string_append_printf(d, "（第%u张，共%u张）", i, n);
    GArray *figs = tj__render_figures(slice);
    for (guint k = 0; k < figs->len; k++)
        g_string_append_printf(d, "\n%s", g_array_index(figs, TjFigure, k).desc);
    g_array_unref(figs);
    tj_scene_set_desc(slice, d->str);
    g_string_free(d, TRUE);
}

static void
note_written(TjDiagList *diags, const char *path, guint n, const int *heights, int width)
{
    GString *s = g_string_new(NULL);
    g_string_append_printf(s, _("the page is cut into %u images, %d px wide:"), n, width);
    for (guint i = 0; i < n; i++) {
        char *name = tj_render_slice_name(path, i + 1);
        char *base = g_path_get_basename(name);
        g_string_append_printf(s, "%s %s (%d px)", i ? "," : "", base, heights[i]);
        g_free(base);
        g_free(name);
    }
    tj_diag_add(diags, TJ_DIAG_NOTE, NULL, "png-sliced", "%s", s->str);
    g_string_free(s, TRUE);
}

gboolean
tj_render_png_slices(const TjScene *scene, const double *tops, guint n, TjFonts *fonts,
                     const char *path, const TjRenderOptions *o, guint *n_written,
                     GError **error)
{
    g_return_val_if_fail(scene && fonts && path && (tops || n == 0), FALSE);
    double total = tj_scene_height(scene);
    if (n_written)
        *n_written = 1;
    if (n <= 1)
        return tj_render_file(scene, fonts, TJ_RENDER_PNG, path, o, error);
    double scale = tj_render_png_scale(scene, o);
    int *heights = g_new(int, n);
    gboolean ok = TRUE;
    for (guint i = 0; i < n && ok; i++) {
        double t_px = round(tops[i] * scale);
        double b_px = i + 1 < n ? round(tops[i + 1] * scale) : ceil(total * scale - 1e-6);
        heights[i] = (int)(b_px - t_px);
        TjScene *slice = tj_scene_slice(scene, t_px / scale, (b_px - t_px) / scale);
        describe_slice(slice, scene, i + 1, n);
        char *name = tj_render_slice_name(path, i + 1);
        ok = tj_render_file(slice, fonts, TJ_RENDER_PNG, name, o, error);
        g_free(name);
        tj_scene_free(slice);
    }
    if (ok) {
        note_written(o->diags, path, n, heights, (int)ceil(tj_scene_width(scene) * scale - 1e-6));
        if (n_written)
            *n_written = n;
    }
    g_free(heights);
    return ok;
}
