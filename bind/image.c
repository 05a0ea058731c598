/* bind/image.c — image files for the scene (image blocks, kpi icons): read
 * once, here, and handed to the scene as bytes; render never opens a file.
 * Reading is hostile-input safe: only a regular file (a FIFO or device is
 * refused before it is read), at most TJ_IMAGE_MAX_BYTES, recognised by its
 * bytes and not its name (PNG signature, or XML whose root is <svg>), a PNG's
 * pixel size read from its IHDR chunk and checked before anything is
 * decoded; then render/image.c decodes it once (a PNG) or parses and test-
 * draws it (an SVG, from memory with no base file: it cannot reference
 * other files), and an SVG's size is checked too. A spec's image paths go
 * through the spec path policy (bind/paths.c) first. */
#include "bind/bind-private.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>

#include "core/i18n.h"
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "render/render.h"

#define SNIFF_SVG 4096   /* bytes searched for "<svg" */

static const guint8 png_sig[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

/* The whole file, if it is a regular file within the limit. */
static GBytes *
read_limited(const char *path, const char *shown, GError **error)
{
    int fd = g_open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC, 0);
    if (fd < 0) {
        int e = errno;
        g_set_error(error, TJ_ERROR, TJ_ERROR_IO, _("cannot read “%s”: %s"), shown, g_strerror(e));
        return NULL;
    }
    struct stat st;
    GByteArray *buf = NULL;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        g_set_error(error, TJ_ERROR, TJ_ERROR_INPUT, _("“%s” is not a regular file"), shown);
    } else if (st.st_size > (off_t)TJ_IMAGE_MAX_BYTES) {
        g_set_error(error, TJ_ERROR, TJ_ERROR_LIMIT, _("“%s” is %lld bytes; the limit for an "
                      "image is %u bytes (%u MiB)"), shown, (long long)st.st_size,
                    TJ_IMAGE_MAX_BYTES, TJ_IMAGE_MAX_BYTES >> 20);
    } else {
        buf = g_byte_array_sized_new((guint)st.st_size + 1);
        guint8 chunk[65536];
        for (;;) {
            ssize_t n = read(fd, chunk, sizeof chunk);
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0) {
                g_set_error(error, TJ_ERROR, TJ_ERROR_IO, _("cannot read “%s”: %s"), shown,
                            g_strerror(errno));
                g_byte_array_free(buf, TRUE);
                buf = NULL;
                break;
            }
            if (n == 0)
                break;
            if (buf->len + (gsize)n > TJ_IMAGE_MAX_BYTES) {  /* it grew */
                g_set_error(error, TJ_ERROR, TJ_ERROR_LIMIT, _("“%s” is more than %u bytes "
                              "(%u MiB, the limit for an image)"), shown, TJ_IMAGE_MAX_BYTES,
                            TJ_IMAGE_MAX_BYTES >> 20);
                g_byte_array_free(buf, TRUE);
                buf = NULL;
                break;
            }
            g_byte_array_append(buf, chunk, (guint)n);
        }
    }
    close(fd);
    return buf ? g_byte_array_free_to_bytes(buf) : NULL;
}

static guint32
be32(const guint8 *p)
{
    return (guint32)p[0] << 24 | (guint32)p[1] << 16 | (guint32)p[2] << 8 | p[3];
}

static gboolean
check_side(const char *shown, double w, double h, GError **error)
{
    if (w <= TJ_IMAGE_MAX_SIDE && h <= TJ_IMAGE_MAX_SIDE)
        return TRUE;
    g_set_error(error, TJ_ERROR, TJ_ERROR_LIMIT, _("“%s” is %.0f × %.0f px; the limit for an "
                  "image is %d × %d px"), shown, w, h, TJ_IMAGE_MAX_SIDE, TJ_IMAGE_MAX_SIDE);
    return FALSE;
}

/* The PNG's size from its IHDR chunk (the first, by the PNG standard). */
static gboolean
png_header(const guint8 *p, gsize len, const char *shown, GError **error)
{
    if (len < 8 + 8 + 13 || be32(p + 8) != 13 || memcmp(p + 12, "IHDR", 4) != 0) {
        g_set_error(error, TJ_ERROR, TJ_ERROR_INPUT, _("“%s” is a damaged PNG image (no IHDR "
                      "chunk after the signature)"), shown);
        return FALSE;
    }
    guint32 w = be32(p + 16), h = be32(p + 20);
    if (w == 0 || h == 0 || w > G_MAXINT32 || h > G_MAXINT32) {
        g_set_error(error, TJ_ERROR, TJ_ERROR_INPUT, _("“%s” is a damaged PNG image (its header "
                      "says %u × %u px)"), shown, w, h);
        return FALSE;
    }
    return check_side(shown, w, h, error);
}

/* TRUE when the bytes read as XML (after a BOM and blanks, a '<') with an
 * <svg element near the start. */
static gboolean
looks_svg(const guint8 *p, gsize len)
{
    gsize i = len >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    while (i < len && g_ascii_isspace(p[i]))
        i++;
    if (i >= len || p[i] != '<')
        return FALSE;
    gsize n = MIN(len - i, SNIFF_SVG);
    return g_strstr_len((const char *)p + i, (gssize)n, "<svg") != NULL;
}

/* What the bytes are when they are an image tujie does not read. */
static const char *
other_kind(const guint8 *p, gsize len)
{
    if (len >= 3 && p[0] == 0xFF && p[1] == 0xD8 && p[2] == 0xFF)
        return _("a JPEG image");
    if (len >= 6 && (memcmp(p, "GIF87a", 6) == 0 || memcmp(p, "GIF89a", 6) == 0))
        return _("a GIF image");
    if (len >= 12 && memcmp(p, "RIFF", 4) == 0 && memcmp(p + 8, "WEBP", 4) == 0)
        return _("a WebP image");
    if (len >= 2 && p[0] == 0x1F && p[1] == 0x8B)
        return _("gzip data (an .svgz? give the plain .svg)");
    return NULL;
}

gboolean
tj_bind_image_load(const char *path, const char *shown, TjImage *out, GError **error)
{
    g_return_val_if_fail(path && out, FALSE);
    memset(out, 0, sizeof *out);
    shown = shown ? shown : path;
    GBytes *bytes = read_limited(path, shown, error);
    if (!bytes)
        return FALSE;
    gsize len;
    const guint8 *p = g_bytes_get_data(bytes, &len);
    TjImageType type;
    gboolean ok = TRUE;
    if (len >= 8 && memcmp(p, png_sig, 8) == 0) {
        type = TJ_IMAGE_PNG;
        ok = png_header(p, len, shown, error);
    } else if (looks_svg(p, len)) {
        type = TJ_IMAGE_SVG;
    } else {
        const char *kind = other_kind(p, len);
        if (kind)
            /* TRANSLATORS: the second %s is "a JPEG image", "a GIF image"… */
            g_set_error(error, TJ_ERROR, TJ_ERROR_INPUT, _("“%s” is not a PNG or SVG image (it is %s)"),
                        shown, kind);
        else
            g_set_error(error, TJ_ERROR, TJ_ERROR_INPUT, _("“%s” is not a PNG or SVG image"), shown);
        ok = FALSE;
    }
    double w = 0, h = 0;
    GError *err = NULL;
    if (ok && !tj_render_image_probe(type, bytes, &w, &h, &err)) {
        g_set_error(error, err->domain, err->code, "“%s”: %s", shown, err->message);
        g_error_free(err);
        ok = FALSE;
    }
    if (ok)
        ok = check_side(shown, w, h, error);
    if (!ok) {
        g_bytes_unref(bytes);
        return FALSE;
    }
    out->type = type;
    out->bytes = bytes;
    out->width = w;
    out->height = h;
    return TRUE;
}

void
tj_bind_image_clear(TjImage *img)
{
    if (!img)
        return;
    if (img->bytes)
        g_bytes_unref(img->bytes);
    memset(img, 0, sizeof *img);
}

static void
image_free(gpointer p)
{
    tj_bind_image_clear(p);
    g_free(p);
}

/* An option's image (the command line's --icon): the file the user named,
 * no path policy, not cached. */
static const TjImage *
option_image(TjBind *c, const char *what, const TjNode *node)
{
    TjImage *img = g_new0(TjImage, 1);
    GError *err = NULL;
    if (!tj_bind_image_load(node->text, NULL, img, &err)) {
        tj_spec_errors_add_code(c->errs, err->code, NULL, "%s: %s", what, err->message);
        g_error_free(err);
        g_free(img);
        return NULL;
    }
    return tj__bind_keep(c, img, image_free);
}

const TjImage *
tj__bind_image(TjBind *c, const char *what, const TjNode *node)
{
    if (!node || node->kind != TJ_SPEC_NODE_SCALAR || !node->text[0]) {
        char *got = node ? tj_spec_node_describe(node) : g_strdup(_("nothing"));
        tj_spec_errors_add(c->errs, node && node->loc.file ? &node->loc : NULL,
                           _("%s: expected the path of a PNG or SVG file, got %s"), what, got);
        g_free(got);
        return NULL;
    }
    if (!c->spec)
        return option_image(c, what, node);
    const char *dir = c->spec->dir;
    char *path = !dir[0] || g_path_is_absolute(node->text)
                     ? g_strdup(node->text) : g_build_filename(dir, node->text, NULL);
    if (!c->images)
        c->images = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, image_free);
    gpointer found;
    if (g_hash_table_lookup_extended(c->images, path, NULL, &found)) {
        g_free(path);
        return found;  /* NULL: refused or failed, said once where first named */
    }
    TjImage *img = NULL;
    if (tj__bind_path_check(c, what, node->text, path, &node->loc)) {
        img = g_new0(TjImage, 1);
        GError *err = NULL;
        if (!tj_bind_image_load(path, node->text, img, &err)) {
            tj_spec_errors_add_code(c->errs, err->code == TJ_ERROR_LIMIT ? TJ_ERROR_LIMIT
                                                                         : TJ_ERROR_INPUT,
                                    &node->loc, "%s: %s", what, err->message);
            g_error_free(err);
            g_free(img);
            img = NULL;
        }
    }
    g_hash_table_insert(c->images, path, img);
    return img;
}
