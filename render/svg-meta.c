/* render/svg-meta.c — what cairo's SVG surface cannot write, added to its
 * document:
 *   - lang="zh-CN" and xml:lang on the root; the scene's title and
 *     description as the first <title> and <desc>, named by aria-labelledby;
 *   - role="img" for a single chart; a page with several figures is
 *     role="graphics-document document" and gets, after the drawing, one
 *     <g role="img" aria-label="…"> per figure holding its <title> and an
 *     invisible rect over it (screen readers list the charts; a browser
 *     shows the description as the figure's tooltip);
 *   - on request, the text as invisible <text> elements (fill-opacity 0) at
 *     the places the glyph outlines are drawn, stretched to the measured
 *     width, so it can be selected, searched and read aloud.
 * cairo's document has one shape: an XML declaration, the <svg> root's
 * start tag, its content, </svg>. The additions are spliced in as text
 * (attributes at the end of the root's start tag, <title>/<desc> right
 * after it, the layers right before </svg>), escaped as XML, and cairo's
 * own bytes are kept; a document not of that shape is an error. (Parsing
 * and re-writing the whole document with libxml2 gave the same bytes, at
 * many times the cost, with libxml2 + ICU linked into every process.)
 * Nothing visible changes. The output is deterministic: the same scene
 * gives the same bytes. */
#include "render/render-private.h"
#include "core/i18n.h"

#include <string.h>

#define LANG "zh-CN"

/* Appends @s escaped for XML character data, or an attribute value with
 * @attr (quotes and white space other than the space kept as references,
 * as attribute-value normalisation would change them). */
static void
append_escaped(GString *out, const char *s, gboolean attr)
{
    for (; *s; s++) {
        switch (*s) {
        case '&': g_string_append(out, "&amp;"); break;
        case '<': g_string_append(out, "&lt;"); break;
        case '>': g_string_append(out, "&gt;"); break;
        case '\r': g_string_append(out, "&#13;"); break;
        case '"':
            g_string_append(out, attr ? "&quot;" : "\"");
            break;
        case '\n':
            g_string_append(out, attr ? "&#10;" : "\n");
            break;
        case '\t':
            g_string_append(out, attr ? "&#9;" : "\t");
            break;
        default: g_string_append_c(out, *s);
        }
    }
}

static void
attr(GString *out, const char *name, const char *value)
{
    g_string_append_printf(out, " %s=\"", name);
    append_escaped(out, value, TRUE);
    g_string_append_c(out, '"');
}

/* @v to 0.01, without trailing zeros ("12.5", "12"), locale-free. */
static void
num_text(char buf[G_ASCII_DTOSTR_BUF_SIZE], double v)
{
    g_ascii_formatd(buf, G_ASCII_DTOSTR_BUF_SIZE, "%.2f", v);
    char *dot = strchr(buf, '.');
    if (dot) {
        char *end = buf + strlen(buf) - 1;
        while (end > dot && *end == '0')
            *end-- = '\0';
        if (end == dot)
            *end = '\0';
    }
    if (strcmp(buf, "-0") == 0)
        strcpy(buf, "0");
}

static void
num_attr(GString *out, const char *name, double v)
{
    char buf[G_ASCII_DTOSTR_BUF_SIZE];
    num_text(buf, v);
    attr(out, name, buf);
}

/* <NAME id="ID">TEXT</NAME> */
static void
element(GString *out, const char *name, const char *id, const char *text)
{
    g_string_append_printf(out, "<%s", name);
    if (id)
        attr(out, "id", id);
    g_string_append_c(out, '>');
    append_escaped(out, text, FALSE);
    g_string_append_printf(out, "</%s>", name);
}

/* One labelled, invisible <g role="img"> per figure. */
static void
figure_layer(GString *out, const GArray *figs)
{
    g_string_append(out, "<g id=\"tj-figures\">");
    for (guint i = 0; i < figs->len; i++) {
        const TjFigure *f = &g_array_index(figs, TjFigure, i);
        g_string_append_printf(out, "<g id=\"tj-figure-%u\" role=\"img\"", i + 1);
        attr(out, "aria-label", f->desc);
        g_string_append_c(out, '>');
        element(out, "title", NULL, f->desc);
        g_string_append(out, "<rect");
        num_attr(out, "x", f->box.x);
        num_attr(out, "y", f->box.y);
        num_attr(out, "width", f->box.w);
        num_attr(out, "height", f->box.h);
        g_string_append(out, " fill=\"#000\" fill-opacity=\"0\"/></g>");
    }
    g_string_append(out, "</g>");
}

static void
text_node(GString *out, const TjItem *it)
{
    static const char *const anchors[] = { "start", "middle", "end" };
    g_string_append(out, "<text");
    num_attr(out, "x", it->u.text.x);
    num_attr(out, "y", it->u.text.y);
    num_attr(out, "font-size", it->u.text.font.size);
    if (it->u.text.font.bold)
        g_string_append(out, " font-weight=\"bold\"");
    if (it->u.text.anchor != TJ_ANCHOR_START)
        attr(out, "text-anchor", anchors[CLAMP(it->u.text.anchor, 0, 2)]);
    double len = it->u.text.fit_width > 0 ? it->u.text.fit_width : it->u.text.ext.width;
    if (len > 0) {
        num_attr(out, "textLength", len);
        g_string_append(out, " lengthAdjust=\"spacingAndGlyphs\"");
    }
    if (it->u.text.angle != 0) {
        char a[G_ASCII_DTOSTR_BUF_SIZE], x[G_ASCII_DTOSTR_BUF_SIZE], y[G_ASCII_DTOSTR_BUF_SIZE];
        num_text(a, it->u.text.angle);
        num_text(x, it->u.text.x);
        num_text(y, it->u.text.y);
        g_string_append_printf(out, " transform=\"rotate(%s %s %s)\"", a, x, y);
    }
    g_string_append_c(out, '>');
    append_escaped(out, it->u.text.text, FALSE);
    g_string_append(out, "</text>");
}

/* The text, invisible, where the outlines are. */
static void
text_layer(GString *out, const TjScene *scene)
{
    g_string_append(out, "<g id=\"tj-text\" fill=\"#000\" fill-opacity=\"0\"");
    attr(out, "font-family", TJ_FONTS_FAMILIES ", sans-serif");
    g_string_append_c(out, '>');
    for (guint i = 0; i < tj_scene_n_items(scene); i++) {
        const TjItem *it = tj_scene_item(scene, i);
        if (it->kind == TJ_ITEM_TEXT && it->u.text.text && *it->u.text.text)
            text_node(out, it);
    }
    g_string_append(out, "</g>");
}

/* The end of the root's start tag (its '>') and the start of "</svg>",
 * as offsets; FALSE when @svg is not cairo's shape. */
static gboolean
find_root(const char *svg, gsize len, gsize *open_end, gsize *close)
{
    const char *start = g_strstr_len(svg, (gssize)len, "<svg");
    if (!start || (start[4] != ' ' && start[4] != '\n' && start[4] != '>'))
        return FALSE;
    char quote = 0;
    const char *p = start + 4, *end = svg + len;
    for (; p < end && (quote || *p != '>'); p++)
        if (quote ? *p == quote : (*p == '"' || *p == '\''))
            quote = quote ? 0 : *p;
    if (p >= end || p[-1] == '/')
        return FALSE;
    const char *c = g_strrstr_len(svg, (gssize)len, "</svg>");
    if (!c || c < p)
        return FALSE;
    *open_end = (gsize)(p - svg);
    *close = (gsize)(c - svg);
    return TRUE;
}

GString *
tj__svg_annotate(const char *svg, gsize len, const TjScene *scene, gboolean text,
                 GError **error)
{
    gsize open_end, close;
    if (!find_root(svg, len, &open_end, &close)) {
        g_set_error(error, TJ_ERROR, TJ_ERROR_RENDER,
                    _("cannot read cairo's SVG: no <svg> root element"));
        return NULL;
    }
    GArray *figs = tj__render_figures(scene);
    const char *title = tj_scene_title(scene);
    const char *desc = tj_scene_desc(scene);
    gboolean has_title = title && *title, has_desc = desc && *desc;
    GString *out = g_string_sized_new(len + 1024);
    g_string_append_len(out, svg, (gssize)open_end);
    g_string_append(out, " lang=\"" LANG "\" xml:lang=\"" LANG "\" role=\"");
    g_string_append(out, figs->len > 1 ? "graphics-document document\"" : "img\"");
    if (has_title || has_desc)
        g_string_append_printf(out, " aria-labelledby=\"%s%s%s\"",
                               has_title ? "tj-title" : "",
                               has_title && has_desc ? " " : "",
                               has_desc ? "tj-desc" : "");
    g_string_append_c(out, '>');
    if (has_title)
        element(out, "title", "tj-title", title);
    if (has_desc)
        element(out, "desc", "tj-desc", desc);
    g_string_append_len(out, svg + open_end + 1, (gssize)(close - open_end - 1));
    if (figs->len > 1)
        figure_layer(out, figs);
    if (text)
        text_layer(out, scene);
    g_string_append_len(out, svg + close, (gssize)(len - close));
    g_array_unref(figs);
    return out;
}
