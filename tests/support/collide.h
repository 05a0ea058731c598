/* tests/support/collide.h — the scene-level collision check (issue 14,
 * item 6): no text's box meets another text's box or a data mark, and no
 * text leaves the page.
 *
 * Boxes: a text is the rectangle of its measured extents (advance width ×
 * logical line height, or its fit width), turned with it; two texts collide
 * when they overlap by more than 0.5 px, a text and a mark by more than
 * 0.25 px. Marks are taken as drawn, not as their bounding boxes: a rect
 * (its fill, or the band of its stroke), a path (its filled area, or its
 * stroked segments as wide as the stroke), an arc (the band of its stroke,
 * or the area between its arc and chord when filled: a disc for a full
 * circle). Curves and arcs are flattened finely enough (≤ 0.1 px).
 *
 * Which items are data marks is a table of roles (collide.c): bars, lines,
 * points, slices, gauge fills and tracks, target lines, icons, timeline
 * dots and connectors, leaders, legend swatches. Gridlines, axes, tick
 * marks, grounds, bands, rules, halos are not. A role missing from the
 * table fails the check, so a new layout role has to be classified.
 *
 * A label set wholly inside its own mark by a layout's rule (a value in its
 * bar, a share in its slice, a rank in its badge: the pairs in collide.c,
 * as docs/text.md states them) is allowed there when its colour contrasts
 * at least 3:1 with the mark's fill; it must still meet nothing else. */
#ifndef TJ_TESTS_COLLIDE_H
#define TJ_TESTS_COLLIDE_H

#include <glib.h>
#include "scene/scene.h"

/* The collisions in @s. Returns how many there are; with @first not NULL,
 * a description of the first one (both items' index, role, text or
 * geometry; (transfer full) g_free(), NULL when none). */
guint tjt_collide_count(const TjScene *s, char **first);

/* Fails the test with the first collision in @s, after writing its dump to
 * tests/out/collide-@name.scene. */
void tjt_assert_no_collision(const TjScene *s, const char *name);

/* The role table's answer for a non-text item's @role: TRUE when it is a
 * data mark. Fails the test on a role the table does not know. */
gboolean tjt_collide_is_mark(const char *role);

#endif
