/* bind/icon.c — built-in icons named in a spec or an option (`icon: 学校`,
 * `--icon person`): resolved and their outlines read once per name, kept
 * by the binding context; an unknown name is recorded at the value that
 * named it, with a suggestion. */
#include "bind/bind-private.h"

#include "core/i18n.h"
#include "icons/icons.h"

const TjIconShape *
tj__bind_icon(TjBind *c, const char *key, const TjNode *node)
{
    if (!node || !node->text)
        return NULL;
    GError *err = NULL;
    TjIconShape *shape = tj_icon_load(node->text, &err);
    if (!shape) {
        char *said = tj__bind_said(c, key, node);
        tj__bind_error(c, node, NULL, "%s: %s", said, err->message);
        g_free(said);
        g_error_free(err);
        return NULL;
    }
    return tj__bind_keep(c, shape, (GDestroyNotify)tj_icon_shape_free);
}

gboolean
tj__bind_is_icon_name(const char *text)
{
    return text && tj_icon_resolve(text) != NULL;
}

const TjImage *
tj__bind_icon_image(TjBind *c, const char *key, const TjNode *node)
{
    const TjIconShape *shape = tj__bind_icon(c, key, node);
    if (!shape)
        return NULL;
    TjImage *img = tj__bind_new0(c, sizeof *img);
    img->type = TJ_IMAGE_SVG;
    img->bytes = tj_icon_shape_svg(shape);
    tj__bind_keep(c, img->bytes, (GDestroyNotify)g_bytes_unref);
    img->width = img->height = 24;
    return img;
}

gboolean
tj_bind_icon_is_builtin(const char *text)
{
    return tj__bind_is_icon_name(text);
}

const char *
tj_bind_icon_font(void)
{
    return tj_icon_font_path();
}
