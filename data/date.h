/* data/date.h — a date as Chinese reports write one, read from a cell:
 * "2021年1月10日", "2021年1月", "2021年", "2021-01-10", "2021-1", "2021/1/10",
 * "2021.1.10", "2021.1", "2021", full-width digits too. The date keeps its
 * precision (a year, a month, a day) so it can be written back as the
 * source meant it ("2021年1月"). Pure: no locale, no time zone. */
#ifndef TJ_DATA_DATE_H
#define TJ_DATA_DATE_H

#include <glib.h>

typedef struct {
    int year;    /* 1..9999 */
    int month;   /* 1..12, 0: a year only */
    int day;     /* 1..31 (checked against the month), 0: no day */
} TjDate;

/* Parses @text (surrounding spaces trimmed). FALSE when it is not one of
 * the forms above or names no real day (2021-02-30). */
gboolean tj_date_parse(const char *text, TjDate *out);
/* Negative, zero, positive as @a is before, the same as, after @b; a year
 * or month alone counts as its first day, before any day in it. */
int tj_date_compare(const TjDate *a, const TjDate *b);
/* "2021年1月10日", "2021年1月", "2021年". (transfer full) g_free(). */
char *tj_date_format(const TjDate *d);

/* ---- dates as points on a time axis (data/date-days.c) ------------------ */

/* The unit a date was written in. */
typedef enum {
    TJ_DATE_NONE = 0,   /* not a date */
    TJ_DATE_YEAR,
    TJ_DATE_MONTH,
    TJ_DATE_DAY,
    TJ_DATE_TIME        /* a day with a time of day */
} TjDateUnit;

/* Reads @text (trimmed) as a point in time: the forms of tj_date_parse,
 * and a time of day after a day ("2021-03-07 08:30", "2021-03-07T08:30:15";
 * fractions of a second dropped). *days: days since 1970-01-01 00:00
 * (negative before; a year or a month stands for its first day, a time is
 * a fraction of its day); @days may be NULL. Returns the unit written, or
 * TJ_DATE_NONE (then *days is untouched). */
TjDateUnit tj_date_parse_days(const char *text, double *days);

/* Days since 1970-01-01 of @year-@month-@day (proleptic Gregorian; month
 * 1–12, a day past the month's end counts on), and back. */
gint64 tj_date_days(int year, int month, int day);
void tj_date_civil(gint64 days, int *year, int *month, int *day);

#endif
