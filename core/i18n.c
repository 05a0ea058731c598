/* core/i18n.c — the text domain "tujie": where its catalogues are, bound
 * once (g_once) before the first lookup. Plain dgettext, not GLib's
 * g_dgettext: the latter turns translations off when the host program's
 * own default domain has none, and a program embedding tujie should still
 * get tujie's messages in the user's language. The folder is the first of
 * $TJ_LOCALEDIR, $TJ_DATA_DIR/../locale (the data folder's sibling in an
 * installed prefix), the build tree's for a program of the build tree (so
 * an uninstalled build/tujie speaks the catalogues it just compiled),
 * MODULE_DIR/../share/locale of the installed program or library
 * (core/datadir.h) when it holds tujie's catalogues, and the installed
 * prefix's, as fonts/ finds tujie's fonts. A locale without a catalogue,
 * or a locale that is not installed, gives the English msgids: no warning,
 * no error. */
#include "core/i18n.h"

#include <libintl.h>
#include "core/datadir.h"

#ifndef TJ_LOCALEDIR_INSTALL
#define TJ_LOCALEDIR_INSTALL "/usr/local/share/locale"
#endif

/* Whether @dir holds a catalogue of tujie's (LL/LC_MESSAGES/tujie.mo). */
static gboolean
has_catalogue(const char *dir)
{
    GDir *d = dir ? g_dir_open(dir, 0, NULL) : NULL;
    if (!d)
        return FALSE;
    gboolean found = FALSE;
    for (const char *name; !found && (name = g_dir_read_name(d));) {
        char *mo = g_build_filename(dir, name, "LC_MESSAGES", TJ_GETTEXT_PACKAGE ".mo", NULL);
        found = g_file_test(mo, G_FILE_TEST_IS_REGULAR);
        g_free(mo);
    }
    g_dir_close(d);
    return found;
}

static gpointer
bind_domain(gpointer unused)
{
    (void)unused;
    const char *env = g_getenv("TJ_LOCALEDIR"), *data = g_getenv("TJ_DATA_DIR");
    char *dir = NULL;
    if (env && *env)
        dir = g_strdup(env);
    else if (data && *data)
        dir = g_build_filename(data, "..", "locale", NULL);
    else {
        char *candidates[] = { tj_datadir_build("locale"), tj_datadir_relative("share/locale") };
        for (gsize i = 0; i < G_N_ELEMENTS(candidates); i++) {
            if (!dir && has_catalogue(candidates[i]))
                dir = g_steal_pointer(&candidates[i]);
            g_free(candidates[i]);
        }
    }
    if (!dir)
        dir = g_strdup(TJ_LOCALEDIR_INSTALL);
    bindtextdomain(TJ_GETTEXT_PACKAGE, dir);
    bind_textdomain_codeset(TJ_GETTEXT_PACKAGE, "UTF-8");
    return dir;
}

const char *
tj_i18n_bind(void)
{
    static GOnce once = G_ONCE_INIT;
    return g_once(&once, bind_domain, NULL);
}

const char *
tj_i18n_gettext(const char *msgid)
{
    tj_i18n_bind();
    return dgettext(TJ_GETTEXT_PACKAGE, msgid);
}

const char *
tj_i18n_pgettext(const char *ctxt_msgid, gsize msgid_offset)
{
    tj_i18n_bind();
    const char *t = dgettext(TJ_GETTEXT_PACKAGE, ctxt_msgid);
    return t == ctxt_msgid ? ctxt_msgid + msgid_offset : t;
}
