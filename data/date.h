/* data/date.h — reading a cell as a point in time, the ways Chinese tables
 * write them: years (2021, 2021年), months (2021-03, 2021/3, 2021.3,
 * 2021年3月), days (2021-03-07, 2021/3/7, 2021.3.7, 2021年3月7日) and times
 * of day after a day (2021-03-07 08:30, 2021-03-07T08:30:15). Years have
 * four digits (1000–9999); the calendar is the proleptic Gregorian one.
 * A time is a double: days since 1970-01-01 00:00 (negative before),
 * fractions of a day for hours, minutes and seconds; a year or a month
 * stands for its first day. */
#ifndef TJ_DATA_DATE_H
#define TJ_DATA_DATE_H

#include <glib.h>

typedef enum {
    TJ_DATE_NONE = 0,   /* not a date */
    TJ_DATE_YEAR,
    TJ_DATE_MONTH,
    TJ_DATE_DAY,
    TJ_DATE_TIME        /* a day with a time of day */
} TjDateUnit;

/* Parses @text (already trimmed). Returns the unit it was written in, or
 * TJ_DATE_NONE (then *days is untouched). @days may be NULL. */
TjDateUnit tj_date_parse(const char *text, double *days);

/* Days since 1970-01-01 of @year-@month-@day (month 1–12; day may run past
 * the month's end: it counts on), and back. */
gint64 tj_date_days(int year, int month, int day);
void tj_date_civil(gint64 days, int *year, int *month, int *day);

#endif
