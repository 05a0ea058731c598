/* api/icons.c — listing the built-in icons (tj_icons_find, tujie.h). */
#include "tujie/tujie.h"

#include "core/i18n.h"
#include "icons/icons.h"

gboolean
tj_icons_find(const char *word, char ***names, GError **error)
{
    g_return_val_if_fail(names != NULL, FALSE);
    *names = NULL;
    GError *err = NULL;
    TjIconShape *probe = tj_icon_load("person", &err);
    if (!probe) {
        g_propagate_error(error, err);
        return FALSE;
    }
    tj_icon_shape_free(probe);
    GPtrArray *found = tj_icon_search(word);
    GStrvBuilder *b = g_strv_builder_new();
    for (guint i = 0; i < found->len; i++) {
        char *kw = tj_icon_keywords(found->pdata[i]);
        char *line = g_strdup_printf("%s\t%s", (const char *)found->pdata[i], kw ? kw : "");
        g_strv_builder_add(b, line);
        g_free(line);
        g_free(kw);
    }
    *names = g_strv_builder_end(b);
    g_strv_builder_unref(b);
    g_ptr_array_unref(found);
    return TRUE;
}
