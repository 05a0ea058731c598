/* render/svg-meta.c — what cairo's SVG surface cannot write, added to its
 * document with libxml2 (parsed, edited as a tree, written back):
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
 * Nothing visible changes. The output is deterministic: the same scene
 * gives the same bytes. */
#include "render/render-private.h"
#include "core/i18n.h"

#include <string.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#define LANG "zh-CN"

static void
init_once(void)
{
    static gsize done = 0;
    if (g_once_init_enter(&done)) {
        xmlInitParser();  /* libxml2: once per process, before threads use it */
        g_once_init_leave(&done, 1);
    }
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
num_prop(xmlNodePtr node, const char *name, double v)
{
    char buf[G_ASCII_DTOSTR_BUF_SIZE];
    num_text(buf, v);
    xmlSetProp(node, BAD_CAST name, BAD_CAST buf);
}

/* A new element in the SVG namespace (the root's default). */
static xmlNodePtr
svg_node(xmlNodePtr root, const char *name, const char *text)
{
    xmlNodePtr n = xmlNewDocNode(root->doc, root->ns, BAD_CAST name, NULL);
    if (text)
        xmlNodeAddContent(n, BAD_CAST text);
    return n;
}

/* <title> and <desc> first in the root, named by aria-labelledby. */
static void
title_desc(xmlNodePtr root, const TjScene *scene)
{
    const char *title = tj_scene_title(scene);
    const char *desc = tj_scene_desc(scene);
    xmlNodePtr first = root->children;
    GString *ids = g_string_new(NULL);
    if (title && *title) {
        xmlNodePtr t = svg_node(root, "title", title);
        xmlSetProp(t, BAD_CAST "id", BAD_CAST "tj-title");
        first ? xmlAddPrevSibling(first, t) : xmlAddChild(root, t);
        g_string_append(ids, "tj-title");
    }
    if (desc && *desc) {
        xmlNodePtr d = svg_node(root, "desc", desc);
        xmlSetProp(d, BAD_CAST "id", BAD_CAST "tj-desc");
        first ? xmlAddPrevSibling(first, d) : xmlAddChild(root, d);
        g_string_append_printf(ids, "%stj-desc", ids->len ? " " : "");
    }
    if (ids->len)
        xmlSetProp(root, BAD_CAST "aria-labelledby", BAD_CAST ids->str);
    g_string_free(ids, TRUE);
}

/* One labelled, invisible <g role="img"> per figure. */
static void
figure_layer(xmlNodePtr root, const GArray *figs)
{
    xmlNodePtr layer = svg_node(root, "g", NULL);
    xmlSetProp(layer, BAD_CAST "id", BAD_CAST "tj-figures");
    for (guint i = 0; i < figs->len; i++) {
        const TjFigure *f = &g_array_index(figs, TjFigure, i);
        xmlNodePtr g = svg_node(root, "g", NULL);
        char *id = g_strdup_printf("tj-figure-%u", i + 1);
        xmlSetProp(g, BAD_CAST "id", BAD_CAST id);
        xmlSetProp(g, BAD_CAST "role", BAD_CAST "img");
        xmlSetProp(g, BAD_CAST "aria-label", BAD_CAST f->desc);
        xmlAddChild(g, svg_node(root, "title", f->desc));
        xmlNodePtr r = svg_node(root, "rect", NULL);
        num_prop(r, "x", f->box.x);
        num_prop(r, "y", f->box.y);
        num_prop(r, "width", f->box.w);
        num_prop(r, "height", f->box.h);
        xmlSetProp(r, BAD_CAST "fill", BAD_CAST "#000");
        xmlSetProp(r, BAD_CAST "fill-opacity", BAD_CAST "0");
        xmlAddChild(g, r);
        xmlAddChild(layer, g);
        g_free(id);
    }
    xmlAddChild(root, layer);
}

static xmlNodePtr
text_node(xmlNodePtr root, const TjItem *it)
{
    static const char *const anchors[] = { "start", "middle", "end" };
    xmlNodePtr t = svg_node(root, "text", it->u.text.text);
    num_prop(t, "x", it->u.text.x);
    num_prop(t, "y", it->u.text.y);
    num_prop(t, "font-size", it->u.text.font.size);
    if (it->u.text.font.bold)
        xmlSetProp(t, BAD_CAST "font-weight", BAD_CAST "bold");
    if (it->u.text.anchor != TJ_ANCHOR_START)
        xmlSetProp(t, BAD_CAST "text-anchor",
                   BAD_CAST anchors[CLAMP(it->u.text.anchor, 0, 2)]);
    double len = it->u.text.fit_width > 0 ? it->u.text.fit_width : it->u.text.ext.width;
    if (len > 0) {
        num_prop(t, "textLength", len);
        xmlSetProp(t, BAD_CAST "lengthAdjust", BAD_CAST "spacingAndGlyphs");
    }
    if (it->u.text.angle != 0) {
        char a[G_ASCII_DTOSTR_BUF_SIZE], x[G_ASCII_DTOSTR_BUF_SIZE], y[G_ASCII_DTOSTR_BUF_SIZE];
        num_text(a, it->u.text.angle);
        num_text(x, it->u.text.x);
        num_text(y, it->u.text.y);
        char *rot = g_strdup_printf("rotate(%s %s %s)", a, x, y);
        xmlSetProp(t, BAD_CAST "transform", BAD_CAST rot);
        g_free(rot);
    }
    return t;
}

/* The text, invisible, where the outlines are. */
static void
text_layer(xmlNodePtr root, const TjScene *scene)
{
    xmlNodePtr layer = svg_node(root, "g", NULL);
    xmlSetProp(layer, BAD_CAST "id", BAD_CAST "tj-text");
    xmlSetProp(layer, BAD_CAST "fill", BAD_CAST "#000");
    xmlSetProp(layer, BAD_CAST "fill-opacity", BAD_CAST "0");
    xmlSetProp(layer, BAD_CAST "font-family", BAD_CAST TJ_FONTS_FAMILIES ", sans-serif");
    for (guint i = 0; i < tj_scene_n_items(scene); i++) {
        const TjItem *it = tj_scene_item(scene, i);
        if (it->kind == TJ_ITEM_TEXT && it->u.text.text && *it->u.text.text)
            xmlAddChild(layer, text_node(root, it));
    }
    xmlAddChild(root, layer);
}

GString *
tj__svg_annotate(const char *svg, gsize len, const TjScene *scene, gboolean text,
                 GError **error)
{
    init_once();
    xmlDocPtr doc = xmlReadMemory(svg, (int)len, "cairo.svg", "UTF-8",
                                  XML_PARSE_NONET | XML_PARSE_HUGE);
    xmlNodePtr root = doc ? xmlDocGetRootElement(doc) : NULL;
    if (!root) {
        xmlErrorPtr e = xmlGetLastError();
        g_set_error(error, TJ_ERROR, TJ_ERROR_RENDER, _("libxml2: cannot read cairo's SVG: %s"),
                    e && e->message ? e->message : _("no root element"));
        xmlFreeDoc(doc);
        return NULL;
    }
    GArray *figs = tj__render_figures(scene);
    xmlSetProp(root, BAD_CAST "lang", BAD_CAST LANG);
    xmlNodeSetLang(root, BAD_CAST LANG);
    xmlSetProp(root, BAD_CAST "role",
               BAD_CAST(figs->len > 1 ? "graphics-document document" : "img"));
    title_desc(root, scene);
    if (figs->len > 1)
        figure_layer(root, figs);
    if (text)
        text_layer(root, scene);
    xmlChar *mem = NULL;
    int size = 0;
    xmlDocDumpMemoryEnc(doc, &mem, &size, "UTF-8");
    GString *out = g_string_new_len((const char *)mem, size);
    xmlFree(mem);
    xmlFreeDoc(doc);
    g_array_unref(figs);
    return out;
}
