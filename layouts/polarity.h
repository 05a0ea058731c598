/* layouts/polarity.h — whether a rise is good news: an indicator's
 * direction inferred from its name by a documented keyword list
 * (docs/spec.md, "better"), for charts and tiles whose spec says nothing.
 * A name matching no keyword is neutral: its changes are not coloured as
 * good or bad. */
#ifndef TJ_LAYOUTS_POLARITY_H
#define TJ_LAYOUTS_POLARITY_H

#include <glib.h>
#include "tujie/tujie.h"

/* TJ_BETTER_LOWER when @name holds a lower-is-better keyword (浓度, 失业率,
 * 能耗, 死亡率, 事故, 交通指数, …), TJ_BETTER_HIGHER for a higher-is-better
 * one (生产总值, 收入, 覆盖率, 优良天数, …; the lower list is looked at
 * first), else TJ_BETTER_NONE. NULL gives NONE. */
TjBetter tj_better_infer(const char *name);

/* @given when HIGHER or LOWER; NONE for NEUTRAL (the spec said none);
 * else tj_better_infer(@name), or of @also (a title) when @name infers
 * nothing. */
TjBetter tj_better_resolve(TjBetter given, const char *name, const char *also);
/* tj_better_resolve(@given, @name, NULL) */
TjBetter tj_better_or_infer(TjBetter given, const char *name);

/* The keyword of the lists that @name holds (the one tj_better_infer()
 * went by), @which set to its direction; NULL (and NONE) when none.
 * Returns: (transfer none) static. */
const char *tj_better_keyword(const char *name, TjBetter *which);

/* The keyword lists, NULL-terminated, for docs and `tujie check`. */
const char *const *tj_better_keywords(TjBetter which);

#endif
