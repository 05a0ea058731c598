/* api/options.c — turning option strings into layout inputs. */
#include "api/api-private.h"

#include <math.h>
#include <string.h>

#include "layouts/chartdata.h"
#include "core/i18n.h"

const TjTheme *
tj__api_theme(const char *name, GError **error)
{
    const TjTheme *th = tj_theme_builtin(name);
    if (!th) {
        char *list = g_strjoinv(", ", (char **)tj_theme_names());
        g_set_error(error, TJ_ERROR, TJ_ERROR_USAGE, _("unknown theme “%s” (themes: %s)"),
                    name, list);
        g_free(list);
    }
    return th;
}

static void
where_clear(gpointer p)
{
    TjWhere *w = p;
    g_free((char *)w->column);
    g_free((char *)w->value);
}

GArray *
tj__api_parse_where(const char *where, GError **error)
{
    GArray *out = g_array_new(FALSE, TRUE, sizeof(TjWhere));
    g_array_set_clear_func(out, where_clear);
    if (!where || !*where)
        return out;
    char **items = g_strsplit(where, ";", -1);
    for (char **p = items; *p; p++) {
        char *item = g_strstrip(*p);
        if (!*item)
            continue;
        char *eq = strchr(item, '=');
        if (!eq || eq == item) {
            g_set_error(error, TJ_ERROR, TJ_ERROR_USAGE,
                        _("--where “%s”: expected COLUMN=VALUE"), item);
            g_strfreev(items);
            g_array_free(out, TRUE);
            return NULL;
        }
        *eq = '\0';
        TjWhere w = { 0 };
        w.column = g_strdup(g_strstrip(item));
        w.value = g_strdup(g_strstrip(eq + 1));
        g_array_append_val(out, w);
    }
    g_strfreev(items);
    return out;
}

gboolean
tj__api_check_size(double w, double h, GError **error)
{
    if (!(w >= 50 && h >= 50 && w <= 100000 && h <= 100000) || !isfinite(w * h)) {
        g_set_error(error, TJ_ERROR, TJ_ERROR_USAGE,
                    _("chart size %gx%g px: width and height must be 50 to 100000"), w, h);
        return FALSE;
    }
    return TRUE;
}
