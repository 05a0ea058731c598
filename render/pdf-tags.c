/* render/pdf-tags.c — the structure of a tagged PDF, written through
 * cairo's tag API while the scene is replayed: one Document; each figure
 * (a described group, render/publish.c) a Figure; each run of text items
 * of one role outside figures (a heading, a paragraph's lines) a P, so a
 * screen reader reads the page's words in order and each chart as its alt
 * text. cairo 1.16 cannot write /Alt itself: the descriptions are kept in
 * tag order for pdf-fix.c to add. Tags never cross a page: a page's open
 * P or Figure ends with it; the Document spans them all.
 * A wrapped text (lines joined on the scene, tj_scene_text_join) is a Span
 * whose whole text pdf-fix.c adds as /ActualText, so that search and
 * pdftotext find 社会消费品零售总额 across its line break. cairo marks only
 * the content of leaf elements, so a figure holding such a Span keeps its
 * other content in NonStruct children; outside figures the Span is the one
 * child of its own P. */
#include "render/render-private.h"

struct TjPdfTags {
    GArray *figs;          /* TjFigure of the current page */
    guint next_fig;        /* the next figure to open */
    int open_fig;          /* the open figure's index, or -1 */
    const char *p_role;    /* role of the open P's text; NULL: none open */
    gboolean p_open;
    gboolean doc_open;
    GPtrArray *alts;       /* descriptions of the Figures, in tag order */
    const TjScene *scene;  /* the page's */
    guint span_end;        /* the item after the open Span's lines; 0: none */
    gboolean fig_parts;    /* the open figure's content is in children */
    gboolean ns_open;      /* a NonStruct is open in it */
    GPtrArray *actual;     /* whole texts of the Spans, in tag order */
};

TjPdfTags *
tj__pdf_tags_new(void)
{
    TjPdfTags *t = g_new0(TjPdfTags, 1);
    t->open_fig = -1;
    t->alts = g_ptr_array_new_with_free_func(g_free);
    t->actual = g_ptr_array_new_with_free_func(g_free);
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
    g_ptr_array_unref(t->actual);
    g_free(t);
}

GPtrArray *
tj__pdf_tags_alts(TjPdfTags *t)
{
    return t->alts;
}

GPtrArray *
tj__pdf_tags_actual(TjPdfTags *t)
{
    return t->actual;
}

static void
close_span(TjPdfTags *t, cairo_t *cr)
{
    if (!t->span_end)
        return;
    cairo_tag_end(cr, "Span");
    t->span_end = 0;
    if (t->open_fig >= 0) {
        cairo_tag_begin(cr, "NonStruct", NULL);
        t->ns_open = TRUE;
    } else {
        cairo_tag_end(cr, "P");
        t->p_open = FALSE;
        t->p_role = NULL;
    }
}

/* Opens a Span when text item @i begins a wrapped text. */
static void
open_span(TjPdfTags *t, cairo_t *cr, guint i)
{
    guint n = 0;
    char *whole = tj_scene_text_joined(t->scene, i, &n);
    if (!whole)
        return;
    if (t->open_fig >= 0) {
        if (t->ns_open)
            cairo_tag_end(cr, "NonStruct");
        t->ns_open = FALSE;
    } else {
        cairo_tag_begin(cr, "P", NULL);
        t->p_open = TRUE;
        t->p_role = NULL;
    }
    cairo_tag_begin(cr, "Span", NULL);
    g_ptr_array_add(t->actual, whole);
    t->span_end = i + n;
}

/* TRUE when text item @i is followed by a line of its own text. */
static gboolean
starts_joined(const TjScene *scene, guint i)
{
    if (i + 1 >= tj_scene_n_items(scene) || tj_scene_item(scene, i)->kind != TJ_ITEM_TEXT)
        return FALSE;
    const TjItem *next = tj_scene_item(scene, i + 1);
    return next->kind == TJ_ITEM_TEXT && next->u.text.continues;
}

/* TRUE when items [@begin, @end) hold a wrapped text. */
static gboolean
has_joined(const TjScene *scene, guint begin, guint end)
{
    for (guint i = begin; i < end && i < tj_scene_n_items(scene); i++) {
        const TjItem *it = tj_scene_item(scene, i);
        if (it->kind == TJ_ITEM_TEXT && it->u.text.continues)
            return TRUE;
    }
    return FALSE;
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
    if (t->open_fig >= 0) {
        if (t->ns_open)
            cairo_tag_end(cr, "NonStruct");
        cairo_tag_end(cr, "Figure");
    }
    t->ns_open = FALSE;
    t->fig_parts = FALSE;
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
    if (t->span_end && (!it || i >= t->span_end || it->kind != TJ_ITEM_TEXT))
        close_span(t, cr);
    if (!it) {  /* the page's end */
        close_p(t, cr);
        close_fig(t, cr);
        return;
    }
    if (t->open_fig >= 0) {
        const TjFigure *f = &g_array_index(t->figs, TjFigure, t->open_fig);
        if (i == f->end) {
            close_fig(t, cr);
        } else {
            if (t->fig_parts && !t->span_end && starts_joined(t->scene, i))
                open_span(t, cr, i);
            return;
        }
    }
    if (t->next_fig < t->figs->len && i == g_array_index(t->figs, TjFigure, t->next_fig).begin) {
        const TjFigure *f = &g_array_index(t->figs, TjFigure, t->next_fig);
        close_p(t, cr);
        g_ptr_array_add(t->alts, g_strdup(f->desc));
        cairo_tag_begin(cr, "Figure", NULL);
        t->open_fig = (int)t->next_fig++;
        t->fig_parts = has_joined(t->scene, f->begin, f->end);
        if (t->fig_parts) {
            cairo_tag_begin(cr, "NonStruct", NULL);
            t->ns_open = TRUE;
        }
        return;
    }
    if (t->span_end)
        return;
    if (it->kind == TJ_ITEM_TEXT && starts_joined(t->scene, i)) {
        close_p(t, cr);
        open_span(t, cr, i);
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
    t->scene = scene;
    t->span_end = 0;
    t->next_fig = 0;
    t->open_fig = -1;
    tj__replay_set_hook(replay, on_item, t);
}

void
tj__pdf_tags_end(TjPdfTags *t, cairo_t *cr)
{
    close_span(t, cr);
    close_p(t, cr);
    close_fig(t, cr);
    if (t->doc_open)
        cairo_tag_end(cr, "Document");
    t->doc_open = FALSE;
}
