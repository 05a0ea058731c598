/* layouts/timeticks.h — ticks for a calendar axis: on whole seconds,
 * minutes, hours, days, weeks (Mondays), months, quarters or years,
 * whichever step gives at most the asked number of ticks inside the
 * data's span (from a few seconds to centuries). Times are days since
 * 1970-01-01 (data/date.h). */
#ifndef TJ_LAYOUTS_TIMETICKS_H
#define TJ_LAYOUTS_TIMETICKS_H

#include <glib.h>

#define TJ_TIME_TICKS_MAX 64

typedef enum {
    TJ_TIME_SECOND, TJ_TIME_MINUTE, TJ_TIME_HOUR, TJ_TIME_DAY, TJ_TIME_WEEK,
    TJ_TIME_MONTH, TJ_TIME_YEAR
} TjTimeUnit;

typedef struct {
    TjTimeUnit unit;
    int step;                          /* in units (3 months: a quarter) */
    int n;                             /* ticks (0 when the span holds none) */
    double at[TJ_TIME_TICKS_MAX];      /* days since 1970-01-01 */
} TjTimeTicks;

/* Ticks inside [@lo, @hi] (days), at most @m (clamped to 2..TJ_TIME_TICKS_MAX):
 * the finest calendar step, not finer than @finest (years for data written
 * as years), that keeps to @m. FALSE for a non-finite span. */
gboolean tj_time_ticks(double lo, double hi, int m, TjTimeUnit finest, TjTimeTicks *out);

/* Label of tick @i: the fields that change at this step, with the larger
 * ones written where they change (the first tick, a new year, a new day):
 * "2021年", "2021年1月" "4月", "3月7日", "3月7日 12:00" "18:00", "08:30:15".
 * Returns: (transfer full) g_free(). */
char *tj_time_ticks_label(const TjTimeTicks *t, int i);

#endif
