/* render/pdf-fix.c — what cairo 1.16's PDF surface cannot write, added to
 * its finished file with libqpdf's C API (the PDF is read from memory,
 * edited as objects, written to memory): /Alt on every Figure structure
 * element, in the order the figures were tagged (a depth-first walk of the
 * structure tree is the order cairo created them); /Lang on the catalogue;
 * /ViewerPreferences /DisplayDocTitle so viewers show the title, not the
 * file name (PDF/UA asks for both); /ActualText on each Span's marked
 * content (a wrapped label's whole text: pdf-tags.c), which cairo's tag
 * API cannot write — the page's content stream is decoded, the property
 * added, and the stream written again, compressed by qpdf. Streams are copied as cairo compressed
 * them (decode level none); the /ID is derived from the content, so the
 * same scene still gives the same bytes.
 * libqpdf (C++: libstdc++, gnutls, libjpeg…) is opened with
 * dlopen when the first PDF is written, not linked: linking it made every
 * tujie process's start-up slower, PNG and SVG included. */
#include "render/render-private.h"
#include "core/i18n.h"

#include <string.h>
#include <qpdf/qpdf-c.h>

#ifndef TJ_QPDF_SONAME
#define TJ_QPDF_SONAME "libqpdf.so"
#endif

/* The libqpdf functions used, looked up once. */
#define QPDF_FUNCS(X) \
    X(qpdf_cleanup) \
    X(qpdf_get_buffer) \
    X(qpdf_get_buffer_length) \
    X(qpdf_get_error) \
    X(qpdf_get_error_full_text) \
    X(qpdf_get_num_pages) \
    X(qpdf_get_page_n) \
    X(qpdf_get_root) \
    X(qpdf_has_error) \
    X(qpdf_init) \
    X(qpdf_init_write_memory) \
    X(qpdf_oh_get_array_item) \
    X(qpdf_oh_get_array_n_items) \
    X(qpdf_oh_get_key) \
    X(qpdf_oh_has_key) \
    X(qpdf_oh_is_array) \
    X(qpdf_oh_is_dictionary) \
    X(qpdf_oh_is_name_and_equals) \
    X(qpdf_oh_is_stream) \
    X(qpdf_oh_get_stream_data) \
    X(qpdf_oh_replace_stream_data) \
    X(qpdf_oh_new_null) \
    X(qpdf_oh_new_bool) \
    X(qpdf_oh_new_dictionary) \
    X(qpdf_oh_new_unicode_string) \
    X(qpdf_oh_replace_key) \
    X(qpdf_read_memory) \
    X(qpdf_set_decode_level) \
    X(qpdf_set_deterministic_ID) \
    X(qpdf_set_object_stream_mode) \
    X(qpdf_set_suppress_warnings) \
    X(qpdf_silence_errors) \
    X(qpdf_write)

static struct {
    QPDF_FUNCS(TJ_DL_FIELD)
} Q;

static gpointer
load_qpdf(gpointer unused)
{
    (void)unused;
    static const char *const names[] = { QPDF_FUNCS(TJ_DL_NAME) };
    void *syms[G_N_ELEMENTS(names)];
    char *missing = tj__dl_load(TJ_QPDF_SONAME, names, syms, G_N_ELEMENTS(names));
    gsize i = 0;
#define SET(f) memcpy(&Q.f, &syms[i++], sizeof syms[0]);
    if (!missing) {
        QPDF_FUNCS(SET)
    }
#undef SET
    return missing;
}

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
    if (Q.qpdf_oh_is_array(q, node)) {
        int n = Q.qpdf_oh_get_array_n_items(q, node);
        for (int i = 0; i < n; i++)
            walk(w, Q.qpdf_oh_get_array_item(q, node, i));
    } else if (Q.qpdf_oh_is_dictionary(q, node) && Q.qpdf_oh_has_key(q, node, "/S")) {
        qpdf_oh s = Q.qpdf_oh_get_key(q, node, "/S");
        if (Q.qpdf_oh_is_name_and_equals(q, s, "/Figure") && w->next < w->alts->len) {
            const char *alt = w->alts->pdata[w->next++];
            Q.qpdf_oh_replace_key(q, node, "/Alt", Q.qpdf_oh_new_unicode_string(q, alt));
        }
        if (Q.qpdf_oh_has_key(q, node, "/K"))
            walk(w, Q.qpdf_oh_get_key(q, node, "/K"));
    }
    w->depth--;
}

static void
fail(qpdf_data q, const char *what, GError **error)
{
    qpdf_error e = Q.qpdf_get_error(q);
    g_set_error(error, TJ_ERROR, TJ_ERROR_RENDER, _("qpdf: %s: %s"), what,
                e ? Q.qpdf_get_error_full_text(q, e) : _("unknown error"));
}

/* @text as a PDF string in UTF-16BE with its byte order mark: <FEFF…>. */
static void
append_utf16_hex(GString *out, const char *text)
{
    glong n = 0;
    gunichar2 *u = g_utf8_to_utf16(text, -1, NULL, &n, NULL);
    g_string_append(out, "<FEFF");
    for (glong i = 0; u && i < n; i++)
        g_string_append_printf(out, "%04X", (unsigned)u[i]);
    g_string_append_c(out, '>');
    g_free(u);
}

#define SPAN_MARK "/Span << /MCID "

/* Adds /ActualText to the Span marks of content stream @oh, taking the
 * texts from @actual[*next]. */
static void
actual_texts(qpdf_data q, qpdf_oh oh, GPtrArray *actual, guint *next)
{
    unsigned char *buf = NULL;
    size_t len = 0;
    QPDF_BOOL filtered = QPDF_FALSE;
    if (Q.qpdf_oh_get_stream_data(q, oh, qpdf_dl_generalized, &filtered, &buf, &len) &
            QPDF_ERRORS || !filtered || !buf) {
        free(buf);
        return;
    }
    GString *out = g_string_sized_new(len + 256);
    const char *p = (const char *)buf, *end = p + len;
    gboolean changed = FALSE;
    while (p < end) {
        const char *m = g_strstr_len(p, end - p, SPAN_MARK);
        if (!m || *next >= actual->len) {
            g_string_append_len(out, p, end - p);
            break;
        }
        const char *d = m + strlen(SPAN_MARK);
        while (d < end && g_ascii_isdigit(*d))
            d++;
        g_string_append_len(out, p, d - p);
        g_string_append(out, " /ActualText ");
        append_utf16_hex(out, actual->pdata[(*next)++]);
        changed = TRUE;
        p = d;
    }
    if (changed)
        Q.qpdf_oh_replace_stream_data(q, oh, (const unsigned char *)out->str, out->len,
                                      Q.qpdf_oh_new_null(q), Q.qpdf_oh_new_null(q));
    g_string_free(out, TRUE);
    free(buf);
}

static void
edit(qpdf_data q, GPtrArray *alts, GPtrArray *actual, const char *lang)
{
    qpdf_oh root = Q.qpdf_get_root(q);
    if (lang)
        Q.qpdf_oh_replace_key(q, root, "/Lang", Q.qpdf_oh_new_unicode_string(q, lang));
    qpdf_oh prefs = Q.qpdf_oh_new_dictionary(q);
    Q.qpdf_oh_replace_key(q, prefs, "/DisplayDocTitle", Q.qpdf_oh_new_bool(q, QPDF_TRUE));
    Q.qpdf_oh_replace_key(q, root, "/ViewerPreferences", prefs);
    qpdf_oh tree = Q.qpdf_oh_get_key(q, root, "/StructTreeRoot");
    if (alts && alts->len > 0 && Q.qpdf_oh_is_dictionary(q, tree)) {
        Walk w = { q, alts, 0, 0 };
        walk(&w, Q.qpdf_oh_get_key(q, tree, "/K"));
    }
    guint next = 0;
    int pages = actual && actual->len > 0 ? Q.qpdf_get_num_pages(q) : 0;
    for (int i = 0; i < pages && next < actual->len; i++) {
        qpdf_oh c = Q.qpdf_oh_get_key(q, Q.qpdf_get_page_n(q, (size_t)i), "/Contents");
        if (Q.qpdf_oh_is_stream(q, c)) {
            actual_texts(q, c, actual, &next);
        } else if (Q.qpdf_oh_is_array(q, c)) {
            int n = Q.qpdf_oh_get_array_n_items(q, c);
            for (int k = 0; k < n; k++)
                actual_texts(q, Q.qpdf_oh_get_array_item(q, c, k), actual, &next);
        }
    }
}

GBytes *
tj__pdf_fix(const guint8 *pdf, gsize len, GPtrArray *alts, GPtrArray *actual, const char *lang,
            GError **error)
{
    static GOnce once = G_ONCE_INIT;
    const char *missing = g_once(&once, load_qpdf, NULL);
    if (missing) {
        g_set_error(error, TJ_ERROR, TJ_ERROR_RENDER, _("qpdf: %s"), missing);
        return NULL;
    }
    qpdf_data q = Q.qpdf_init();
    Q.qpdf_silence_errors(q);
    Q.qpdf_set_suppress_warnings(q, QPDF_TRUE);
    GBytes *out = NULL;
    if (Q.qpdf_read_memory(q, "cairo.pdf", (const char *)pdf, (unsigned long long)len, NULL) &
        QPDF_ERRORS) {
        fail(q, _("cannot read cairo's PDF"), error);
        goto done;
    }
    edit(q, alts, actual, lang);
    if (Q.qpdf_has_error(q)) {
        fail(q, _("cannot add the structure"), error);
        goto done;
    }
    if (Q.qpdf_init_write_memory(q) & QPDF_ERRORS) {
        fail(q, _("cannot write"), error);
        goto done;
    }
    Q.qpdf_set_deterministic_ID(q, QPDF_TRUE);
    Q.qpdf_set_decode_level(q, qpdf_dl_none);
    Q.qpdf_set_object_stream_mode(q, qpdf_o_preserve);
    if (Q.qpdf_write(q) & QPDF_ERRORS) {
        fail(q, _("cannot write"), error);
        goto done;
    }
    out = g_bytes_new(Q.qpdf_get_buffer(q), Q.qpdf_get_buffer_length(q));
done:
    Q.qpdf_cleanup(&q);
    return out;
}
