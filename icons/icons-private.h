/* icons/icons-private.h — the generated table of icon names (from the
 * font's own list: scripts/embed-icons.sh), sorted by name. */
#ifndef TJ_ICONS_PRIVATE_H
#define TJ_ICONS_PRIVATE_H

#include "icons/icons.h"

typedef struct {
    const char *name;
    unsigned codepoint;
} TjIconEntry;

extern const TjIconEntry tj__icon_entries[];
extern const unsigned tj__icon_n_entries;

/* The entry called @name, or NULL. */
const TjIconEntry *tj__icon_entry(const char *name);
/* Whether the font has a glyph for @codepoint (FALSE without the font). */
gboolean tj__icon_font_has(unsigned codepoint);

#endif
