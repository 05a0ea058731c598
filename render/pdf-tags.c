/* render/pdf-tags.c — the structure of a tagged PDF, written through
 * cairo's tag API while the scene is replayed: one Document; each figure
 * (a described group, render/publish.c) a Figure; each run of text items
 * of one role outside figures (a heading, a paragraph's lines) a P, so a
 * screen reader reads the page's words in order and each chart as its alt
 * text. cairo 1.16 cannot write /Alt itself: the descriptions are kept in
 * tag order for pdf-fix.c to add. Tags never cross a page: a page's open
 * P or Figure ends with it; the Document spans them all. */
#include "render/render-private.h"

struct TjPdfTags {
    GArray *figs;          /* TjFigure of the current page */
    guint next_fig;        /* the next figure to open */
    int open_fig;          /* the open figure's index, or -1 */
    const char *p_role;    /* role of the open P's text; NULL: none open */
    gboolean p_open;
    gboolean doc_open;
    GPtrArray *alts;       /* descriptions of the Figures, in tag order */
};

TjPdfTags *
tj__pdf_tags_new(void)
{
    TjPdfTags *t = g_new0(TjPdfTags, 1);
    t->open_fig = -1;
    t->alts = g_ptr_array_new_with_free_func(g_free);
    return t;
}

void
tj__pdf_tags_free(TjPdfTags *t)
{
    if (!t)
        return;
    if (t->figs)
        g_array_unref(t->figs);
    g_ptr_array_unref(t->alts);
    g_free(t);
}

GPtrArray *
tj__pdf_tags_alts(TjPdfTags *t)
{
    return t->alts;
}

static void
close_p(TjPdfTags *t, cairo_t *cr)
{
    if (t->p_open)
        cairo_tag_end(cr, "P");
    t->p_open = FALSE;
    t->p_role = NULL;
}

static void
close_fig(TjPdfTags *t, cairo_t *cr)
{
    if (t->open_fig >= 0)
        cairo_tag_end(cr, "Figure");
    t->open_fig = -1;
}

static gboolean
drawn(const TjItem *it)
{
    return it->kind == TJ_ITEM_RECT || it->kind == TJ_ITEM_PATH || it->kind == TJ_ITEM_ARC ||
           it->kind == TJ_ITEM_IMAGE;
}

static void
on_item(gpointer data, cairo_t *cr, guint i, const TjItem *it)
{
    TjPdfTags *t = data;
    if (!t->doc_open) {
        cairo_tag_begin(cr, "Document", NULL);
        t->doc_open = TRUE;
    }
    if (!it) {  /* the page's end */
        close_p(t, cr);
        close_fig(t, cr);
        return;
    }
    if (t->open_fig >= 0) {
        if (i == g_array_index(t->figs, TjFigure, t->open_fig).end)
            close_fig(t, cr);
        return;
    }
    if (t->next_fig < t->figs->len && i == g_array_index(t->figs, TjFigure, t->next_fig).begin) {
        close_p(t, cr);
        g_ptr_array_add(t->alts, g_strdup(g_array_index(t->figs, TjFigure, t->next_fig).desc));
        cairo_tag_begin(cr, "Figure", NULL);
        t->open_fig = (int)t->next_fig++;
        return;
    }
    if (it->kind == TJ_ITEM_TEXT) {
        if (t->p_open && g_strcmp0(t->p_role, it->role) == 0)
            return;
        close_p(t, cr);
        cairo_tag_begin(cr, "P", NULL);
        t->p_open = TRUE;
        t->p_role = it->role;
    } else if (drawn(it)) {
        close_p(t, cr);
    }
}

void
tj__pdf_tags_page(TjPdfTags *t, TjReplay *replay, const TjScene *scene)
{
    if (t->figs)
        g_array_unref(t->figs);
    t->figs = tj__render_figures(scene);
    t->next_fig = 0;
    t->open_fig = -1;
    tj__replay_set_hook(replay, on_item, t);
}

void
tj__pdf_tags_end(TjPdfTags *t, cairo_t *cr)
{
    close_p(t, cr);
    close_fig(t, cr);
    if (t->doc_open)
        cairo_tag_end(cr, "Document");
    t->doc_open = FALSE;
}
