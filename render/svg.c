/* render/svg.c — SVG 1.1 through cairo's SVG surface. Size in px (one
 * scene unit = one SVG px). Text becomes glyph outlines (<symbol>/<use>):
 * no font is needed to view it, and it looks the same in every viewer.
 * What cairo cannot write (lang, role, <title>, <desc>, labelled figures,
 * an invisible text layer) is added after it by svg-meta.c.
 * Determinism: cairo 1.16 numbers glyphs, clips and patterns per document,
 * but names surfaces by a process-wide counter (<g id="surface6"> on the
 * second render), embedded images too (<image id="image7">). The document
 * is therefore collected in memory and those ids renumbered in order of
 * appearance before it is written, so the same scene always gives the same
 * bytes. */
#define _GNU_SOURCE  /* memmem */
#include "render/render-private.h"

#include <cairo-svg.h>
#include <errno.h>
#include <string.h>

static cairo_status_t
collect(void *closure, const unsigned char *data, unsigned int length)
{
    g_byte_array_append(closure, data, length);
    return CAIRO_STATUS_SUCCESS;
}

/* Rewrites "id=\"WORDN\"" and "#WORDN" with N numbered 1, 2, … in order of
 * first appearance, for @word "surface" (cairo's recording surfaces) and
 * "image" (embedded PNG: cairo names it by the source surface's
 * process-wide id too). */
static GString *
renumber(const char *data, gsize len, const char *word)
{
    const gsize wlen = strlen(word);
    GString *out = g_string_sized_new(len + 64);
    GHashTable *ids = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    const char *p = data, *end = p + len;
    while (p < end) {
        const char *hit = memmem(p, (gsize)(end - p), word, wlen);  /* SIMD; g_strstr_len showed in a page's profile */
        if (!hit) {
            g_string_append_len(out, p, end - p);
            break;
        }
        const char *num = hit + wlen, *q = num;
        while (q < end && g_ascii_isdigit(*q))
            q++;
        gboolean is_id = q > num && hit > data && (hit[-1] == '"' || hit[-1] == '#');
        g_string_append_len(out, p, num - p);
        if (is_id) {
            char *old = g_strndup(num, q - num);
            gpointer n = g_hash_table_lookup(ids, old);
            if (!n) {
                n = GUINT_TO_POINTER(g_hash_table_size(ids) + 1);
                g_hash_table_insert(ids, old, n);
            } else {
                g_free(old);
            }
            g_string_append_printf(out, "%u", GPOINTER_TO_UINT(n));
            p = q;
        } else {
            p = num;
        }
    }
    g_hash_table_destroy(ids);
    return out;
}

static GString *
renumber_surfaces(const GByteArray *svg)
{
    GString *a = renumber((const char *)svg->data, svg->len, "surface");
    GString *b = renumber(a->str, a->len, "image");
    g_string_free(a, TRUE);
    return b;
}

gboolean
tj__render_svg(const TjScene *scene, TjFonts *fonts, FILE *fp, const char *name,
               const TjRenderOptions *o, GError **error)
{
    /* scale and dpi are for PNG; SVG is in scene px */
    GByteArray *buf = g_byte_array_new();
    cairo_surface_t *surface = cairo_svg_surface_create_for_stream(
        collect, buf, tj_scene_width(scene), tj_scene_height(scene));
    cairo_svg_surface_restrict_to_version(surface, CAIRO_SVG_VERSION_1_1);
    cairo_svg_surface_set_document_unit(surface, CAIRO_SVG_UNIT_PX);
    cairo_t *cr = cairo_create(surface);
    TjReplay *replay = tj__replay_new(scene, fonts);
    tj__replay_draw(replay, cr, FALSE);
    tj__replay_free(replay);
    cairo_status_t status = cairo_status(cr);
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    if (status == CAIRO_STATUS_SUCCESS)
        status = cairo_surface_status(surface);
    cairo_surface_destroy(surface);

    gboolean ok = tj__render_status(status, NULL, name, error);
    GString *svg = NULL;
    if (ok) {
        GString *plain = renumber_surfaces(buf);
        svg = tj__svg_annotate(plain->str, plain->len, scene, o->svg_text, error);
        g_string_free(plain, TRUE);
        ok = svg != NULL;
    }
    if (ok) {
        TjSink sink = { fp, 0 };
        status = tj__render_sink_write(&sink, (const guint8 *)svg->str,
                                       (unsigned int)svg->len);
        ok = tj__render_status(status, &sink, name, error);
        g_string_free(svg, TRUE);
    }
    g_byte_array_free(buf, TRUE);
    return ok;
}
