/* core/i18n.h — translated messages. Every user-facing string of the
 * library goes through _() (or N_() where it is only marked and translated
 * later): a lookup with dgettext in the text domain "tujie", so a program
 * linking libtujie with a text domain of its own still gets tujie's
 * messages. The domain is bound once, lazily and thread-safely, to the
 * folder tj_i18n_bind() finds, in UTF-8. Text that goes into a picture
 * (alt text, 同比, 单位) is content, never wrapped. */
#ifndef TJ_CORE_I18N_H
#define TJ_CORE_I18N_H

#include <glib.h>
#include "tujie/tujie.h"

#define TJ_GETTEXT_PACKAGE "tujie"

/* Returns: (transfer none) the translation of @msgid in the domain "tujie"
 * for the current LC_MESSAGES, or @msgid itself. */
const char *tj_i18n_gettext(const char *msgid) G_GNUC_FORMAT(1);
/* The same with a context (msgctxt) for xgettext's C_(). */
const char *tj_i18n_pgettext(const char *ctxt_msgid, gsize msgid_offset) G_GNUC_FORMAT(1);

#undef _
#undef N_
#undef C_
#define _(s) tj_i18n_gettext(s)
#define N_(s) (s)
#define C_(ctx, s) tj_i18n_pgettext(ctx "\004" s, sizeof(ctx))

#endif
