/* layouts/page.c — the page composer. Top to bottom: the header band, then
 * each section (heading with a red mark, intro paragraph, rows of blocks in
 * equal cells, every block of a row the same height), then the footer. All
 * sizes are in px at the page width (1080 for WeChat); spacing is in
 * multiples of 8. Rows of tiles and rows of gauges use their kinds' row
 * layouts so values share a baseline; mixed rows lay each block in its cell.
 * Cuts (safe page-break positions) fall only between rows and sections,
 * never between a heading (and its intro) and its first row, nor before the
 * footer; page-breaks.c chooses among them. */
#include "layouts/page.h"

#include <math.h>
#include <string.h>

#include "layouts/common.h"
#include "layouts/image.h"
#include "layouts/text.h"
#include "core/i18n.h"

#define MARGIN 60.0
#define GUTTER 24.0
#define ROW_GAP 32.0
#define SECTION_GAP 64.0
#define LINE_HEIGHT 1.5

typedef struct {
    TjScene *s;
    const TjPageSpec *p;
    const TjTheme *th;
    const TjMeasurer *m;
    TjPageCuts *cuts;
    double y;          /* the next free y */
    double bottom;     /* where the last row (or the header) ends */
    double content_w;
} Page;

void
tj_page_cuts_clear(TjPageCuts *cuts)
{
    if (!cuts)
        return;
    g_free(cuts->ys);
    g_free(cuts->kinds);
    g_free(cuts->above);
    cuts->ys = NULL;
    cuts->kinds = NULL;
    cuts->above = NULL;
    cuts->n = 0;
}

static void
cut(Page *pg, double y, TjPageCutKind kind)
{
    if (!pg->cuts)
        return;
    pg->cuts->ys = g_renew(double, pg->cuts->ys, pg->cuts->n + 1);
    pg->cuts->kinds = g_renew(guint8, pg->cuts->kinds, pg->cuts->n + 1);
    pg->cuts->above = g_renew(double, pg->cuts->above, pg->cuts->n + 1);
    pg->cuts->above[pg->cuts->n] = MIN(pg->bottom, y);
    pg->cuts->ys[pg->cuts->n] = y;
    pg->cuts->kinds[pg->cuts->n++] = (guint8)kind;
}

/* ---- text ---------------------------------------------------------------- */

/* Wrapped lines of @text, centred or left-aligned (and then justified: every
 * line but a paragraph's last fills @w). Returns the height used. */
static double
paragraphs(Page *pg, const char *role, const char *text, double x, double y, double w,
           const TjFontStyle *font, TjColor color, gboolean centre)
{
    double lh = font->size * LINE_HEIGHT;
    TjTextExtents e;
    tj_measure(pg->m, "国", font, &e);
    double h = 0;
    char **paras = g_strsplit(text, "\n", -1);
    for (char **para = paras; *para; para++) {
        if (!**para)
            continue;
        GPtrArray *lines = centre ? tj_lay_wrap_balanced(pg->m, *para, font, w)
                                  : tj_text_wrap(pg->m, *para, font, w);
        guint first_line = tj_scene_n_items(pg->s);
        for (guint i = 0; i < lines->len; i++) {
            double base = y + h + (lh - e.height) / 2 + e.ascent;
            /* a run with no break point wider than the column is shortened */
            char *line = tj_text_shorten(pg->m, lines->pdata[i], font, w);
            guint k = tj_lay_text(pg->s, pg->m, role, centre ? x + w / 2 : x, base, line, font,
                                  color, centre ? TJ_ANCHOR_MIDDLE : TJ_ANCHOR_START, NULL);
            if (!centre && i + 1 < lines->len)
                tj_scene_text_set_fit(pg->s, k, w);
            g_free(line);
            h += lh;
        }
        tj_scene_text_join(pg->s, first_line, lines->len);
        g_ptr_array_unref(lines);
    }
    g_strfreev(paras);
    return h;
}

static double
paragraphs_height(Page *pg, const char *text, double w, const TjFontStyle *font)
{
    double h = 0;
    char **paras = g_strsplit(text, "\n", -1);
    for (char **para = paras; *para; para++) {
        if (!**para)
            continue;
        GPtrArray *lines = tj_text_wrap(pg->m, *para, font, w);
        h += lines->len * font->size * LINE_HEIGHT;
        g_ptr_array_unref(lines);
    }
    g_strfreev(paras);
    return h;
}

/* ---- header, headings, footer --------------------------------------------- */

static void
header(Page *pg)
{
    const TjTheme *th = pg->th;
    double w = pg->p->width, x = MARGIN, cw = pg->content_w;
    TjFontStyle title = tj_font(th->size_title, TRUE);
    TjFontStyle sub = tj_font(th->size_body + 4, FALSE);
    TjFontStyle date = tj_font(th->size_note, FALSE);
    /* measure first, draw the band, then the text on it */
    guint band = tj_scene_rect(pg->s, "header.band", 0, 0, w, 1, 0, &(TjPaint){ .fill = th->primary });
    double y = 72;
    if (pg->p->title && *pg->p->title)
        y += paragraphs(pg, "header.title", pg->p->title, x, y, cw, &title, th->on_primary, TRUE);
    if (pg->p->subtitle && *pg->p->subtitle) {
        y += 16;
        TjPaint gold = tj_paint_fill(th->accent);
        tj_scene_rect(pg->s, "header.rule", w / 2 - 40, y, 80, 4, 0, &gold);
        y += 4 + 16;
        y += paragraphs(pg, "header.subtitle", pg->p->subtitle, x, y, cw, &sub, th->on_primary, TRUE);
    }
    if (pg->p->date && *pg->p->date) {
        y += 8;
        y += paragraphs(pg, "header.date", pg->p->date, x, y, cw, &date,
                        tj_color_mix(th->on_primary, th->primary, 0.12), TRUE);  /* AA */
    }
    y += 56;
    tj_scene_rect_set_size(pg->s, band, w, y);
    pg->y = pg->bottom = y;
    cut(pg, y, TJ_PAGE_CUT_SECTION);
}

static void
heading(Page *pg, const char *text)
{
    const TjTheme *th = pg->th;
    TjFontStyle f = tj_font(th->size_heading, TRUE);
    TjTextExtents e;
    double max_w = pg->content_w - 8 - 16;
    gboolean cut_ = FALSE;
    GPtrArray *l = tj_text_fit_lines(pg->m, text, &f, max_w, 3, &cut_);
    if (cut_)
        tj_lay_warn_shortened(pg->s, pg->m, text, &f, max_w, 3);
    tj_measure(pg->m, "国", &f, &e);
    TjPaint mark = tj_paint_fill(th->primary);
    tj_scene_rect(pg->s, "section.mark", MARGIN, pg->y + (e.height - 36) / 2, 8, 36, 0, &mark);
    guint first_line = tj_scene_n_items(pg->s);
    for (guint i = 0; i < l->len; i++)
        tj_lay_text(pg->s, pg->m, "section.heading", MARGIN + 8 + 16,
                    pg->y + i * e.height + e.ascent, l->pdata[i], &f, th->text,
                    TJ_ANCHOR_START, NULL);
    tj_scene_text_join(pg->s, first_line, l->len);
    pg->y += l->len * e.height + 8;
    g_ptr_array_unref(l);
    TjPaint rule = tj_paint_stroke(th->rule, 1);
    tj_scene_line(pg->s, "section.rule", MARGIN, pg->y + 0.5, MARGIN + pg->content_w, pg->y + 0.5, &rule);
    pg->y += 24;
}

static void
footer(Page *pg)
{
    const TjTheme *th = pg->th;
    const TjPageSpec *p = pg->p;
    pg->y += SECTION_GAP - ROW_GAP;
    cut(pg, pg->y - 8, TJ_PAGE_CUT_FOOTER);  /* last resort: the footer alone */
    TjPaint rule = tj_paint_stroke(th->rule, 1);
    tj_scene_line(pg->s, "footer.rule", MARGIN, pg->y + 0.5, MARGIN + pg->content_w, pg->y + 0.5, &rule);
    pg->y += 24;
    TjFontStyle note = tj_font(th->size_note, FALSE);
    GString *line = g_string_new(NULL);
    if (p->source && *p->source)
        g_string_append_printf(line, "数据来源：%s", p->source);
    if (line->len)
        pg->y += paragraphs(pg, "footer.source", line->str, MARGIN, pg->y, pg->content_w, &note,
                            th->text_note, FALSE);
    g_string_truncate(line, 0);
    if (p->publisher && *p->publisher)
        g_string_append(line, p->publisher);
    if (p->date && *p->date)
        g_string_append_printf(line, "%s%s", line->len ? "　" : "", p->date);
    if (line->len)
        pg->y += paragraphs(pg, "footer.publisher", line->str, MARGIN, pg->y, pg->content_w,
                            &note, th->text_note, FALSE);
    for (guint i = 0; i < p->n_notes; i++)
        pg->y += paragraphs(pg, "footer.note", p->notes[i], MARGIN, pg->y, pg->content_w, &note,
                            th->text_note, FALSE);
    g_string_free(line, TRUE);
    pg->y += 48;
}

/* ---- text blocks ---------------------------------------------------------- */

static gboolean
text_layout(TjScene *s, gconstpointer spec, double w, double h, const TjTheme *th,
            const TjMeasurer *m, GError **error)
{
    (void)h; (void)error;
    const char *text = ((const TjTextBlock *)spec)->text;
    Page pg = { .s = s, .th = th, .m = m };
    TjFontStyle body = tj_font(th->size_body, FALSE);
    paragraphs(&pg, "text.line", text ? text : "", 0, 0, w, &body, th->text, FALSE);
    return TRUE;
}

static double
text_height(gconstpointer spec, double cell_w, guint n, const TjTheme *th, const TjMeasurer *m)
{
    (void)n;
    const char *text = ((const TjTextBlock *)spec)->text;
    Page pg = { .th = th, .m = m };
    TjFontStyle body = tj_font(th->size_body, FALSE);
    return paragraphs_height(&pg, text ? text : "", cell_w, &body);
}

static gboolean
text_check(gconstpointer spec, const TjSrcLoc *loc, GError **error)
{
    return tj_text_check_lengths(loc, error, _("text"), ((const TjTextBlock *)spec)->text, NULL);
}

static void
text_size(gconstpointer spec, double *w, double *h)
{
    (void)spec;
    *w = 800;
    *h = 500;
}

const TjBlockOps tj_text_block_ops = {
    .name = "text", .layout = text_layout, .natural_height = text_height,
    .default_size = text_size, .check_texts = text_check, .is_text = TRUE,
};

/* ---- rows of blocks ------------------------------------------------------ */

static double
natural_height(Page *pg, const TjPageBlock *b, double cell_w, guint n)
{
    if (b->height > 0)
        return b->height;
    if (!b->ops)
        return 0;
    return b->ops->natural_height(b->spec, cell_w, n, pg->th, pg->m);
}

/* Every block of @row is of one kind that lays rows out together, and
 * each may share a row with the first (gauges: of one style). */
static gboolean
one_row_kind(const TjPageRow *row)
{
    const TjBlockOps *ops = row->blocks[0].ops;
    if (!ops || !ops->layout_row)
        return FALSE;
    for (guint i = 1; i < row->n_blocks; i++)
        if (row->blocks[i].ops != ops ||
            (ops->same_row && !ops->same_row(row->blocks[0].spec, row->blocks[i].spec)))
            return FALSE;
    return TRUE;
}

gboolean
tj_layout_block(TjScene *s, const TjPageBlock *b, double x, double y, double w, double h,
                const TjTheme *th, const TjMeasurer *m, GError **error)
{
    if (!b->ops)
        return TRUE;
    const TjSrcLoc *loc = b->loc.file ? &b->loc : NULL;
    if (b->ops->check_texts && !b->ops->check_texts(b->spec, loc, error))
        return FALSE;
    guint mark = tj_scene_n_items(s);
    gboolean ok = b->ops->layout(s, b->spec, w, h, th, m, error);
    tj_scene_translate_from(s, mark, x, y);
    return ok;
}

static gboolean
block(Page *pg, const TjPageBlock *b, double x, double w, double h, GError **error)
{
    return tj_layout_block(pg->s, b, x, pg->y, w, h, pg->th, pg->m, error);
}

/* The vertical extent of what items from @from on draw (transparent
 * grounds and group markers are not drawn); FALSE when nothing is. */
static gboolean
ink_extent(const TjScene *s, guint from, double *top, double *bottom)
{
    gboolean any = FALSE;
    for (guint i = from; i < tj_scene_n_items(s); i++) {
        const TjItem *it = tj_scene_item(s, i);
        if (it->kind == TJ_ITEM_GROUP || it->kind == TJ_ITEM_GROUP_END)
            continue;
        if ((it->kind == TJ_ITEM_RECT || it->kind == TJ_ITEM_PATH || it->kind == TJ_ITEM_ARC) &&
            it->paint.fill.a <= 0 && (it->paint.stroke.a <= 0 || it->paint.stroke_width <= 0))
            continue;
        TjRect b = it->kind == TJ_ITEM_TEXT ? tj_scene_text_box(it) : tj_scene_item_box(s, it);
        if (!any || b.y < *top)
            *top = b.y;
        if (!any || b.y + b.h > *bottom)
            *bottom = b.y + b.h;
        any = TRUE;
    }
    return any;
}

static gboolean
row(Page *pg, const TjPageRow *r, GError **error)
{
    guint n = r->n_blocks;
    double cw = (pg->content_w - (n - 1) * GUTTER) / n;
    /* pictures fit the row's height; they give it only in a row of pictures */
    double h = 0, pictures = 0;
    for (guint i = 0; i < n; i++) {
        const TjPageBlock *b = &r->blocks[i];
        if (b->ops && b->ops->picture && b->height <= 0)
            pictures = MAX(pictures, natural_height(pg, b, cw, n));
        else
            h = MAX(h, natural_height(pg, b, cw, n));
    }
    if (h <= 0)
        h = pictures;
    guint mark = tj_scene_n_items(pg->s);
    gboolean ok = TRUE;
    if (n > 1 && one_row_kind(r)) {
        gconstpointer *specs = g_new(gconstpointer, n);
        for (guint i = 0; i < n; i++)
            specs[i] = r->blocks[i].spec;
        ok = r->blocks[0].ops->layout_row(pg->s, specs, n, pg->content_w, h, GUTTER, pg->th,
                                          pg->m, error);
        g_free(specs);
        tj_scene_translate_from(pg->s, mark, MARGIN, pg->y);
    } else {
        for (guint i = 0; i < n && ok; i++)
            ok = block(pg, &r->blocks[i], MARGIN + i * (cw + GUTTER), cw, h, error);
    }
    /* the page's rhythm is set by what shows: a row starts at its first
     * visible mark and ends at its last, whatever room its blocks leave
     * empty inside their boxes */
    double top, bottom;
    if (ok && ink_extent(pg->s, mark, &top, &bottom)) {
        if (top > pg->y + 0.5)
            tj_scene_translate_from(pg->s, mark, 0, pg->y - top);
        pg->y += bottom - MAX(top, pg->y);
    } else {
        pg->y += h;
    }
    pg->bottom = pg->y;
    return ok;
}

/* The page's own texts are within TJ_TEXT_MAX_CHARS (blocks check theirs). */
static gboolean
check_texts(const TjPageSpec *p, GError **error)
{
    const TjSrcLoc *loc = p->loc.file ? &p->loc : NULL;
    if (!(p->width >= TJ_PAGE_MIN_WIDTH && p->width <= 1e6)) {
        tj_error_set_at(error, TJ_ERROR_INPUT, loc, _("page: a width of %g px is too narrow "
                        "(at least %.0f px)"), p->width, TJ_PAGE_MIN_WIDTH);
        return FALSE;
    }
    if (!tj_text_check_lengths(loc, error, _("page title"), p->title, _("page subtitle"), p->subtitle,
                               _("page date"), p->date, _("page source"), p->source,
                               _("page publisher"), p->publisher, NULL))
        return FALSE;
    for (guint i = 0; i < p->n_notes; i++)
        if (!tj_text_check_lengths(loc, error, _("page footer"), p->notes[i], NULL))
            return FALSE;
    for (guint k = 0; k < p->n_sections; k++) {
        const TjPageSection *sec = &p->sections[k];
        if (!tj_text_check_lengths(sec->loc.file ? &sec->loc : NULL, error, _("section heading"),
                                   sec->heading, _("section intro"), sec->intro, NULL))
            return FALSE;
        for (guint r = 0; r < sec->n_rows; r++)
            for (guint i = 0; i < sec->rows[r].n_blocks; i++) {
                const TjPageBlock *b = &sec->rows[r].blocks[i];
                if (b->ops && b->ops->check_texts &&
                    !b->ops->check_texts(b->spec, b->loc.file ? &b->loc : NULL, error))
                    return FALSE;
            }
    }
    return TRUE;
}

gboolean
tj_layout_page(TjScene *s, const TjPageSpec *p, const TjTheme *th, const TjMeasurer *m,
               TjPageCuts *cuts, GError **error)
{
    if (!check_texts(p, error))
        return FALSE;
    Page pg = { .s = s, .p = p, .th = th, .m = m, .cuts = cuts };
    pg.content_w = p->width - 2 * MARGIN;
    tj_scene_set_size(s, p->width, 1);
    tj_scene_group_begin(s, "page", p->title);
    header(&pg);
    pg.y += SECTION_GAP - 16;
    gboolean ok = TRUE;
    for (guint k = 0; k < p->n_sections && ok; k++) {
        const TjPageSection *sec = &p->sections[k];
        if (k > 0) {
            pg.y += SECTION_GAP - ROW_GAP;
            cut(&pg, pg.y - 24, TJ_PAGE_CUT_SECTION);
        }
        tj_scene_group_begin(s, "section", sec->heading);
        if (sec->heading && *sec->heading)
            heading(&pg, sec->heading);
        if (sec->intro && *sec->intro) {
            TjFontStyle body = tj_font(th->size_body, FALSE);
            pg.y += paragraphs(&pg, "section.intro", sec->intro, MARGIN, pg.y, pg.content_w,
                               &body, th->text_secondary, FALSE);
            pg.y += 24;
        }
        for (guint r = 0; r < sec->n_rows && ok; r++) {
            if (r > 0)
                cut(&pg, pg.y - ROW_GAP / 2, TJ_PAGE_CUT_ROW);  /* in the gap above it */
            ok = row(&pg, &sec->rows[r], error);
            pg.y += ROW_GAP;
        }
        tj_scene_group_end(s);
    }
    if (ok)
        footer(&pg);
    tj_scene_group_end(s);
    tj_scene_set_size(s, p->width, ceil(pg.y));
    return ok;
}
