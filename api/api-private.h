/* api/api-private.h — option parsing shared by the public entry points. */
#ifndef TJ_API_PRIVATE_H
#define TJ_API_PRIVATE_H

#include <glib.h>
#include "layouts/theme.h"

/* The built-in theme @name (NULL: gov-red) or a USAGE error listing them. */
const TjTheme *tj__api_theme(const char *name, GError **error);
/* "a,b，c" → {"a","b","c"} trimmed. (transfer full) g_strfreev(). */
char **tj__api_split_columns(const char *list);
/* "COL=VALUE;COL2=VALUE2" (NULL: none) → GArray of TjWhere pointing into
 * interned strings; USAGE error when an item has no '='. (transfer full) */
GArray *tj__api_parse_where(const char *where, GError **error);
/* Refuses non-positive or absurd chart sizes (px at scale 1). */
gboolean tj__api_check_size(double w, double h, GError **error);

#endif
