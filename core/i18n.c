/* core/i18n.c — the text domain "tujie": where its catalogues are, bound
 * once (g_once) before the first lookup. Plain dgettext, not GLib's
 * g_dgettext: the latter turns translations off when the host program's
 * own default domain has none, and a program embedding tujie should still
 * get tujie's messages in the user's language. The folder is the first of
 * $TJ_LOCALEDIR, the build tree's (so an uninstalled build/tujie speaks
 * the catalogues it just compiled) and PREFIX/share/locale, as fonts/
 * finds tujie's fonts. A locale without a catalogue, or a locale that is
 * not installed, gives the English msgids: no warning, no error. */
#include "core/i18n.h"

#include <libintl.h>

#ifndef TJ_LOCALEDIR_BUILD
#define TJ_LOCALEDIR_BUILD ""
#endif
#ifndef TJ_LOCALEDIR_INSTALL
#define TJ_LOCALEDIR_INSTALL "/usr/local/share/locale"
#endif

static gpointer
bind_domain(gpointer unused)
{
    (void)unused;
    const char *env = g_getenv("TJ_LOCALEDIR");
    const char *dir = TJ_LOCALEDIR_INSTALL;
    if (env && *env)
        dir = env;
    else if (*TJ_LOCALEDIR_BUILD && g_file_test(TJ_LOCALEDIR_BUILD, G_FILE_TEST_IS_DIR))
        dir = TJ_LOCALEDIR_BUILD;
    char *copy = g_strdup(dir);
    bindtextdomain(TJ_GETTEXT_PACKAGE, copy);
    bind_textdomain_codeset(TJ_GETTEXT_PACKAGE, "UTF-8");
    return copy;
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
