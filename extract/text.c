/* extract/text.c — a report's UTF-8 text as the array of characters the
 * rules read (see extract-private.h): traditional characters converted to
 * simplified with OpenCC's t2s (line by line, so columns stay those of the
 * file when a line keeps its length, which t2s does for all but a few
 * phrases), full-width digits, signs and Latin letters folded to ASCII.
 * The converter is opened once per process and used under a lock (an
 * OpenCC handle is not documented as safe to share between threads).
 * libopencc is C++: it is opened with dlopen on the first report, as
 * render/ opens libqpdf, so other commands do not load libstdc++. Without
 * it (or its t2s data) the text is read as it is, and the caller is told. */
#include "extract/extract-private.h"
#include "core/error.h"
#include "core/i18n.h"

#include <dlfcn.h>
#include <opencc.h>
#include <string.h>

#ifndef TJ_OPENCC_SONAME
#define TJ_OPENCC_SONAME "libopencc.so"
#endif

typedef opencc_t (*OpenFn)(const char *);
typedef char *(*ConvertFn)(opencc_t, const char *, size_t);
typedef void (*FreeFn)(char *);

static GMutex cc_lock;
static opencc_t cc_handle = (opencc_t)-1;
static gboolean cc_tried;
static ConvertFn cc_convert;
static FreeFn cc_free;

/* The t2s converter, or (opencc_t)-1 when OpenCC cannot be loaded or
 * cannot open t2s. Call with cc_lock held. */
static opencc_t
converter(void)
{
    if (cc_tried)
        return cc_handle;
    cc_tried = TRUE;
    void *lib = dlopen(TJ_OPENCC_SONAME, RTLD_NOW | RTLD_LOCAL);
    if (lib == NULL)
        return cc_handle;
    OpenFn open_fn = (OpenFn)(gsize)dlsym(lib, "opencc_open");
    cc_convert = (ConvertFn)(gsize)dlsym(lib, "opencc_convert_utf8");
    cc_free = (FreeFn)(gsize)dlsym(lib, "opencc_convert_utf8_free");
    if (open_fn != NULL && cc_convert != NULL && cc_free != NULL)
        cc_handle = open_fn(OPENCC_DEFAULT_CONFIG_TRAD_TO_SIMP);
    return cc_handle;   /* the library stays open for the process's life */
}

static gunichar
fold(gunichar ch)
{
    if (ch >= 0xFF10 && ch <= 0xFF19)
        return '0' + (ch - 0xFF10);
    if ((ch >= 0xFF21 && ch <= 0xFF3A) || (ch >= 0xFF41 && ch <= 0xFF5A))
        return ch - 0xFF21 + 'A';
    switch (ch) {
    case 0xFF0E: return '.';
    case 0xFF05: case 0xFE6A: return '%';
    case 0xFF0B: return '+';
    case 0xFF0D: case 0x2212: return '-';
    case 0xFF0F: return '/';
    case 0x3000: case 0x00A0: case '\t': return ' ';
    default: return ch;
    }
}

/* Appends one line [s, s + len) (no line break) as line @lineno. */
static void
add_line(TjExText *t, GArray *c, GArray *u, GArray *lines, GArray *cols,
         const char *s, gsize len, guint32 lineno, opencc_t cc)
{
    glong n_orig = 0, n_conv = 0;
    gunichar *orig = g_utf8_to_ucs4_fast(s, (glong)len, &n_orig);
    gunichar *conv = NULL;
    if (cc != (opencc_t)-1 && len > 0) {
        char *out = cc_convert(cc, s, len);
        if (out != NULL) {
            conv = g_utf8_to_ucs4_fast(out, -1, &n_conv);
            cc_free(out);
            if (n_conv != n_orig || memcmp(conv, orig, n_orig * sizeof *orig) != 0)
                t->converted = TRUE;
        }
    }
    /* columns are those of the file when the conversion kept the length */
    const gunichar *rd = conv != NULL ? conv : orig;
    glong n = conv != NULL ? n_conv : n_orig;
    const gunichar *shown = conv != NULL && n_conv != n_orig ? conv : orig;
    for (glong i = 0; i < n; i++) {
        /* control characters (a vertical tab or form feed from a word
         * processor, C1 bytes of a bad copy) and U+FEFF are not text: left
         * out, so the words around them read as one; columns stay the file's */
        if ((rd[i] < 0x20 && rd[i] != '\t') || (rd[i] >= 0x7f && rd[i] <= 0x9f) ||
            rd[i] == 0xfeff)
            continue;
        gunichar f = fold(rd[i]);
        guint32 col = (guint32)i + 1;
        g_array_append_val(c, f);
        g_array_append_val(u, shown[i]);
        g_array_append_val(lines, lineno);
        g_array_append_val(cols, col);
    }
    gunichar nl = '\n';
    guint32 col = (guint32)n + 1;
    g_array_append_val(c, nl);
    g_array_append_val(u, nl);
    g_array_append_val(lines, lineno);
    g_array_append_val(cols, col);
    g_free(orig);
    g_free(conv);
}

gboolean
tj__ex_text_init(TjExText *t, const char *utf8, gsize len, GError **error)
{
    (void)error;
    memset(t, 0, sizeof *t);
    GArray *c = g_array_sized_new(FALSE, FALSE, sizeof(gunichar), len / 2 + 16);
    GArray *u = g_array_sized_new(FALSE, FALSE, sizeof(gunichar), len / 2 + 16);
    GArray *lines = g_array_sized_new(FALSE, FALSE, sizeof(guint32), len / 2 + 16);
    GArray *cols = g_array_sized_new(FALSE, FALSE, sizeof(guint32), len / 2 + 16);
    g_mutex_lock(&cc_lock);
    opencc_t cc = converter();
    t->no_converter = cc == (opencc_t)-1;
    const char *p = utf8, *end = utf8 + len;
    guint32 lineno = 1;
    while (p < end) {
        const char *q = p;
        while (q < end && *q != '\n' && *q != '\r')
            q++;
        /* a bad sequence cannot reach here (the decoder checked), but a
         * NUL would end the converter's input early: stop at it */
        const char *nul = memchr(p, '\0', (gsize)(q - p));
        add_line(t, c, u, lines, cols, p, (gsize)((nul ? nul : q) - p), lineno, cc);
        lineno++;
        if (q < end && *q == '\r' && q + 1 < end && q[1] == '\n')
            q++;
        p = q + 1;
    }
    g_mutex_unlock(&cc_lock);
    t->n = c->len;
    t->c = (gunichar *)g_array_free(c, FALSE);
    t->u = (gunichar *)g_array_free(u, FALSE);
    t->line = (guint32 *)g_array_free(lines, FALSE);
    t->col = (guint32 *)g_array_free(cols, FALSE);
    return TRUE;
}

void
tj__ex_text_clear(TjExText *t)
{
    g_free(t->c);
    g_free(t->u);
    g_free(t->line);
    g_free(t->col);
    memset(t, 0, sizeof *t);
}

static char *
range_utf8(const gunichar *s, gsize a, gsize b)
{
    if (b <= a)
        return g_strdup("");
    char *out = g_ucs4_to_utf8(s + a, (glong)(b - a), NULL, NULL, NULL);
    return out != NULL ? out : g_strdup("");
}

char *
tj__ex_text_utf8(const TjExText *t, gsize a, gsize b)
{
    return range_utf8(t->c, a, b);
}

char *
tj__ex_text_orig(const TjExText *t, gsize a, gsize b)
{
    return range_utf8(t->u, a, b);
}
