/* render/pdf-fix.c — what cairo 1.16's PDF surface cannot write, added to
 * its finished file with libqpdf's C API (the PDF is read from memory,
 * edited as objects, written to memory): /Alt on every Figure structure
 * element, in the order the figures were tagged (a depth-first walk of the
 * structure tree is the order cairo created them); /Lang on the catalogue;
 * /ViewerPreferences /DisplayDocTitle so viewers show the title, not the
 * file name (PDF/UA asks for both). Streams are copied as cairo compressed
 * them (decode level none); the /ID is derived from the content, so the
 * same scene still gives the same bytes. */
#include "render/render-private.h"
#include "core/i18n.h"

#include <qpdf/qpdf-c.h>

typedef struct {
    qpdf_data q;
    GPtrArray *alts;
    guint next;
    guint depth;
} Walk;

#define MAX_DEPTH 64  /* structure trees are shallow; a loop is not followed */

static void
walk(Walk *w, qpdf_oh node)
{
    qpdf_data q = w->q;
    if (w->depth > MAX_DEPTH)
        return;
    w->depth++;
    if (qpdf_oh_is_array(q, node)) {
        int n = qpdf_oh_get_array_n_items(q, node);
        for (int i = 0; i < n; i++)
            walk(w, qpdf_oh_get_array_item(q, node, i));
    } else if (qpdf_oh_is_dictionary(q, node) && qpdf_oh_has_key(q, node, "/S")) {
        qpdf_oh s = qpdf_oh_get_key(q, node, "/S");
        if (qpdf_oh_is_name_and_equals(q, s, "/Figure") && w->next < w->alts->len) {
            const char *alt = w->alts->pdata[w->next++];
            qpdf_oh_replace_key(q, node, "/Alt", qpdf_oh_new_unicode_string(q, alt));
        }
        if (qpdf_oh_has_key(q, node, "/K"))
            walk(w, qpdf_oh_get_key(q, node, "/K"));
    }
    w->depth--;
}

static void
fail(qpdf_data q, const char *what, GError **error)
{
    qpdf_error e = qpdf_get_error(q);
    g_set_error(error, TJ_ERROR, TJ_ERROR_RENDER, _("qpdf: %s: %s"), what,
                e ? qpdf_get_error_full_text(q, e) : _("unknown error"));
}

static void
edit(qpdf_data q, GPtrArray *alts, const char *lang)
{
    qpdf_oh root = qpdf_get_root(q);
    if (lang)
        qpdf_oh_replace_key(q, root, "/Lang", qpdf_oh_new_unicode_string(q, lang));
    qpdf_oh prefs = qpdf_oh_new_dictionary(q);
    qpdf_oh_replace_key(q, prefs, "/DisplayDocTitle", qpdf_oh_new_bool(q, QPDF_TRUE));
    qpdf_oh_replace_key(q, root, "/ViewerPreferences", prefs);
    qpdf_oh tree = qpdf_oh_get_key(q, root, "/StructTreeRoot");
    if (alts && alts->len > 0 && qpdf_oh_is_dictionary(q, tree)) {
        Walk w = { q, alts, 0, 0 };
        walk(&w, qpdf_oh_get_key(q, tree, "/K"));
    }
}

GBytes *
tj__pdf_fix(const guint8 *pdf, gsize len, GPtrArray *alts, const char *lang, GError **error)
{
    qpdf_data q = qpdf_init();
    qpdf_silence_errors(q);
    qpdf_set_suppress_warnings(q, QPDF_TRUE);
    GBytes *out = NULL;
    if (qpdf_read_memory(q, "cairo.pdf", (const char *)pdf, (unsigned long long)len, NULL) &
        QPDF_ERRORS) {
        fail(q, _("cannot read cairo's PDF"), error);
        goto done;
    }
    edit(q, alts, lang);
    if (qpdf_has_error(q)) {
        fail(q, _("cannot add the structure"), error);
        goto done;
    }
    if (qpdf_init_write_memory(q) & QPDF_ERRORS) {
        fail(q, _("cannot write"), error);
        goto done;
    }
    qpdf_set_deterministic_ID(q, QPDF_TRUE);
    qpdf_set_decode_level(q, qpdf_dl_none);
    qpdf_set_object_stream_mode(q, qpdf_o_preserve);
    if (qpdf_write(q) & QPDF_ERRORS) {
        fail(q, _("cannot write"), error);
        goto done;
    }
    out = g_bytes_new(qpdf_get_buffer(q), qpdf_get_buffer_length(q));
done:
    qpdf_cleanup(&q);
    return out;
}
