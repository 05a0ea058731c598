/* render/publish.c — what publishing adds around the writers: output
 * presets (wechat, wechat750, print), paper for PDF pages, a scene's
 * figures (the groups a layout described) and its alt text, and the alt
 * text file for a CMS's upload field. Render knows no chart kinds: a
 * figure is any outermost group with a description that draws something. */
#include "render/render-private.h"
#include "core/i18n.h"

#include <errno.h>
#include <string.h>

gboolean
tj_render_preset(const char *name, TjRenderPreset *out, GError **error)
{
    memset(out, 0, sizeof *out);
    if (!name || !*name)
        return TRUE;
    if (strcmp(name, "wechat") == 0 || strcmp(name, "wechat750") == 0) {
        out->width = strcmp(name, "wechat") == 0 ? TJ_RENDER_WECHAT_WIDTH : 750;
        out->srgb = TRUE;
        out->max_bytes = TJ_RENDER_WECHAT_BYTES;
        out->slice_ratio = TJ_RENDER_SLICE_RATIO;
        return TRUE;
    }
    if (strcmp(name, "print") == 0) {
        out->width = 2480;  /* A4's 210 mm at 300 dpi */
        out->dpi = 300;
        out->srgb = TRUE;
        out->a4 = TRUE;
        return TRUE;
    }
    g_set_error(error, TJ_ERROR, TJ_ERROR_USAGE,
                _("preset “%s”: expected wechat, wechat750 or print"), name);
    return FALSE;
}

double
tj_render_png_scale(const TjScene *scene, const TjRenderOptions *o)
{
    double w = tj_scene_width(scene);
    if (o->preset.width > 0 && w > 0)
        return o->preset.width / w;
    return o->scale;
}

void
tj_render_paper_a4(TjPaper *paper)
{
    paper->width = TJ_PAPER_A4_WIDTH;
    paper->height = TJ_PAPER_A4_HEIGHT;
    paper->margin = TJ_PAPER_A4_MARGIN;
}

double
tj_render_paper_page_height(const TjPaper *paper, double width)
{
    double pw = paper->width - 2 * paper->margin, ph = paper->height - 2 * paper->margin;
    return width * ph / pw;
}

/* ---- figures ------------------------------------------------------------- */

static void
grow(TjRect *box, gboolean *empty, TjRect r)
{
    if (*empty) {
        *box = r;
        *empty = FALSE;
        return;
    }
    double x1 = MAX(box->x + box->w, r.x + r.w), y1 = MAX(box->y + box->h, r.y + r.h);
    box->x = MIN(box->x, r.x);
    box->y = MIN(box->y, r.y);
    box->w = x1 - box->x;
    box->h = y1 - box->y;
}

GArray *
tj__render_figures(const TjScene *scene)
{
    GArray *figs = g_array_new(FALSE, TRUE, sizeof(TjFigure));
    TjFigure cur = { 0 };
    int depth = 0, open_at = -1;  /* depth of the open figure's group */
    gboolean empty = TRUE;
    for (guint i = 0; i < tj_scene_n_items(scene); i++) {
        const TjItem *it = tj_scene_item(scene, i);
        if (it->kind == TJ_ITEM_GROUP) {
            if (open_at < 0 && it->u.group.desc && *it->u.group.desc) {
                cur = (TjFigure){ .begin = i, .title = it->u.group.title,
                                  .desc = it->u.group.desc };
                empty = TRUE;
                open_at = depth;
            }
            depth++;
        } else if (it->kind == TJ_ITEM_GROUP_END) {
            depth--;
            if (open_at >= 0 && depth == open_at) {
                cur.end = i;
                if (!empty)
                    g_array_append_val(figs, cur);
                open_at = -1;
            }
        } else if (open_at >= 0) {
            grow(&cur.box, &empty, tj_scene_item_box(scene, it));
        }
    }
    return figs;
}

char *
tj_render_alt_text(const TjScene *scene)
{
    const char *desc = tj_scene_desc(scene);
    if (desc && *desc)
        return g_strdup(desc);
    GArray *figs = tj__render_figures(scene);
    GString *out = g_string_new(NULL);
    for (guint i = 0; i < figs->len; i++)
        g_string_append_printf(out, "%s%s", i ? "\n" : "",
                               g_array_index(figs, TjFigure, i).desc);
    g_array_unref(figs);
    if (out->len == 0 && tj_scene_title(scene))
        g_string_append(out, tj_scene_title(scene));
    return g_string_free(out, FALSE);
}

static gboolean
fill_text(FILE *fp, const char *name, gpointer data, GError **error)
{
    const GString *text = data;
    if (fwrite(text->str, 1, text->len, fp) == text->len)
        return TRUE;
    g_set_error(error, TJ_ERROR, TJ_ERROR_IO, _("cannot write “%s”: %s"), name,
                g_strerror(errno ? errno : EIO));
    return FALSE;
}

gboolean
tj_render_alt_file(const TjScene *const *scenes, guint n, const char *path,
                   gboolean defer_sync, GError **error)
{
    g_return_val_if_fail(scenes && path, FALSE);
    GString *all = g_string_new(NULL);
    for (guint i = 0; i < n; i++) {
        char *t = tj_render_alt_text(scenes[i]);
        if (*t)
            g_string_append_printf(all, "%s\n", t);
        g_free(t);
    }
    gboolean ok = tj__render_to_path(path, !defer_sync, fill_text, all, error);
    g_string_free(all, TRUE);
    return ok;
}
