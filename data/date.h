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

#endif
