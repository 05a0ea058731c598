/* bind/paths.c — which files a spec may read: those under its own folder and
 * under the folders given with --allow-dir (TjOutputOptions.allow_dirs),
 * nothing else. A path that leads out — with "..", as an absolute path or
 * through a symbolic link — is refused at the place the spec names it, and
 * the message names the option that allows it (as Typst's --root does).
 *
 * Paths are compared after the kernel's own resolution (realpath: symbolic
 * links first, then ".."), so "link/../x.csv" is judged where it really
 * leads. A path that does not resolve (a missing file) is judged lexically;
 * it cannot be read anyway, and the user learns that it would be refused.
 * A spec never runs code or fetches anything from the network: its data
 * are local CSV files, read through this check. */
#include "bind/bind-private.h"
#include "core/i18n.h"

#include <stdlib.h>
#include <string.h>

/* @path made absolute and free of symbolic links, "." and "..": by realpath
 * when it exists, else lexically. Sets @resolved when realpath worked.
 * Returns: (transfer full) g_free(). */
static char *
canonical(const char *path, gboolean *resolved)
{
    char *real = realpath(path, NULL);
    if (resolved)
        *resolved = real != NULL;
    if (real) {
        char *out = g_strdup(real);
        free(real);
        return out;
    }
    return g_canonicalize_filename(path, NULL);
}

/* TRUE when @path (canonical) is @root (canonical) or below it. */
static gboolean
is_under(const char *path, const char *root)
{
    gsize n = strlen(root);
    if (n == 1 && root[0] == G_DIR_SEPARATOR)
        return path[0] == G_DIR_SEPARATOR;
    return strncmp(path, root, n) == 0 &&
           (path[n] == '\0' || path[n] == G_DIR_SEPARATOR);
}

gboolean
tj_bind_path_allowed(const char *spec_dir, const char *const *allow_dirs, const char *path,
                     char **real_out)
{
    gboolean exists;
    char *real = canonical(path, &exists);
    char *root = canonical(spec_dir && *spec_dir ? spec_dir : ".", NULL);
    gboolean ok = is_under(real, root);
    for (const char *const *d = allow_dirs; d && *d && !ok; d++) {
        char *extra = canonical(**d ? *d : ".", NULL);
        ok = is_under(real, extra);
        g_free(extra);
    }
    g_free(root);
    if (real_out && exists)
        *real_out = real;
    else
        g_free(real);
    return ok;
}

gboolean
tj__bind_path_check(TjBind *c, const char *what, const char *written, const char *path,
                    const TjSrcLoc *loc)
{
    char *real = NULL;
    if (tj_bind_path_allowed(c->spec->dir, c->env.allow_dirs, path, &real)) {
        g_free(real);
        return TRUE;
    }
    const char *dir = c->spec->dir[0] ? c->spec->dir : ".";
    char *lexical = g_canonicalize_filename(path, NULL);
    char *root = g_canonicalize_filename(dir, NULL);
    GString *how = g_string_new(NULL);
    if (real && is_under(lexical, root))
        g_string_printf(how, _("leads through a symbolic link to “%s”, outside"), real);
    else if (g_path_is_absolute(written))
        g_string_assign(how, _("is an absolute path outside"));
    else
        g_string_assign(how, _("is outside"));
    gboolean extra = c->env.allow_dirs && c->env.allow_dirs[0];
    /* TRANSLATORS: "data: “../x.csv” " + "is outside" + " the spec's folder
       “dir”" + " and the --allow-dir folders" + "; a spec may …" */
    tj_spec_errors_add(c->errs, loc, _("%s: “%s” %s the spec's folder “%s”%s; a spec may "
                       "read only files under its folder (to allow another folder: "
                       "--allow-dir DIR)"), what, written, how->str, dir,
                       extra ? _(" and the --allow-dir folders") : "");
    g_string_free(how, TRUE);
    g_free(root);
    g_free(lexical);
    g_free(real);
    return FALSE;
}
