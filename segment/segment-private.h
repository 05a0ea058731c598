/* segment/segment-private.h — the built-in dictionary and character table,
 * generated at build time by scripts/make-segdict.py and make-t2s.py into
 * BUILD/gen/. */
#ifndef TJ_SEGMENT_PRIVATE_H
#define TJ_SEGMENT_PRIVATE_H

#include <glib.h>

/* @tj__seg_n_words words, NUL-terminated, one after another in
 * @tj__seg_words and sorted by their bytes; word i starts at
 * tj__seg_offsets[i] and costs tj__seg_costs[i] (-ln p in tenths). A
 * character not in the dictionary costs tj__seg_unknown_cost. */
extern const guint tj__seg_n_words;
extern const guint8 tj__seg_unknown_cost;
extern const char tj__seg_words[];
extern const guint32 tj__seg_offsets[];
extern const guint8 tj__seg_costs[];

/* @tj__seg_n_t2s pairs {traditional, simplified} of characters, sorted by
 * the first (scripts/make-t2s.py, from OpenCC's t2s into BUILD/gen/t2s.c):
 * words are looked up by their simplified form. */
extern const guint32 tj__seg_t2s[][2];
extern const guint tj__seg_n_t2s;

#endif
