/* data/date-days.c — dates as points on a time axis (tj_date_parse_days in
 * data/date.h): a fast reader for the ASCII forms a long series writes
 * (2021, 2021-03, 2021-03-07 08:30:15; one call per row of a million-row
 * file, no allocation), falling back to tj_date_parse's full grammar
 * (full-width digits, 号, spaces) for anything else. The day arithmetic is
 * Howard Hinnant's days_from_civil / civil_from_days: exact integers, no
 * tables, no time zones (a table's times are wall-clock times). */
#include "data/date.h"

#include <string.h>

/* A form only tj_date_parse reads ("２０２１年", "3月7号"). */
static TjDateUnit
full_form(const char *text, double *days)
{
    TjDate d;
    if (!tj_date_parse(text, &d))
        return TJ_DATE_NONE;
    if (days)
        *days = (double)tj_date_days(d.year, d.month ? d.month : 1, d.day ? d.day : 1);
    return d.day ? TJ_DATE_DAY : d.month ? TJ_DATE_MONTH : TJ_DATE_YEAR;
}

gint64
tj_date_days(int year, int month, int day)
{
    gint64 y = (gint64)year - (month <= 2);
    gint64 era = (y >= 0 ? y : y - 399) / 400;
    gint64 yoe = y - era * 400;
    gint64 mp = (month + 9) % 12;
    gint64 doy = (153 * mp + 2) / 5 + day - 1;
    gint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void
tj_date_civil(gint64 days, int *year, int *month, int *day)
{
    gint64 z = days + 719468;
    gint64 era = (z >= 0 ? z : z - 146096) / 146097;
    gint64 doe = z - era * 146097;
    gint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    gint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    gint64 mp = (5 * doy + 2) / 153;
    int d = (int)(doy - (153 * mp + 2) / 5 + 1);
    int m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *year = (int)(yoe + era * 400 + (m <= 2));
    *month = m;
    *day = d;
}

/* Reads 1..@max digits at *p; -1 when there is none. */
static int
ascii_digits(const char **p, int max)
{
    int v = 0, n = 0;
    while (n < max && g_ascii_isdigit((*p)[n])) {
        v = v * 10 + ((*p)[n] - '0');
        n++;
    }
    if (n == 0 || g_ascii_isdigit((*p)[n]))
        return -1;
    *p += n;
    return v;
}

static gboolean
eat_word(const char **p, const char *word)
{
    gsize n = strlen(word);
    if (strncmp(*p, word, n) != 0)
        return FALSE;
    *p += n;
    return TRUE;
}

static int
month_days(int y, int m)
{
    static const int n[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    gboolean leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return n[m - 1] + (m == 2 && leap);
}

/* " 08:30", "T08:30:15" after a day: the fraction of the day, or -1. */
static double
time_of_day(const char *p)
{
    if (*p != ' ' && *p != 'T')
        return -1;
    while (*p == ' ')
        p++;
    if (*p == 'T')
        p++;
    int h = ascii_digits(&p, 2), m = -1, s = 0;
    if (h >= 0 && eat_word(&p, ":"))
        m = ascii_digits(&p, 2);
    if (m >= 0 && eat_word(&p, ":")) {
        s = ascii_digits(&p, 2);
        if (s >= 0 && *p == '.') {   /* fractions of a second are dropped */
            p++;
            while (g_ascii_isdigit(*p))
                p++;
        }
    }
    if (h < 0 || h > 23 || m < 0 || m > 59 || s < 0 || s > 60 || *p != '\0')
        return -1;
    return (h * 3600 + m * 60 + s) / 86400.0;
}

TjDateUnit
tj_date_parse_days(const char *text, double *days)
{
    g_return_val_if_fail(text != NULL, TJ_DATE_NONE);
    const char *p = text;
    if (!g_ascii_isdigit(p[0]) || !g_ascii_isdigit(p[1]) || !g_ascii_isdigit(p[2]) ||
        !g_ascii_isdigit(p[3]) || g_ascii_isdigit(p[4]) || p[0] == '0')
        return full_form(text, days);
    int y = ascii_digits(&p, 4), m = 1, d = 1;
    TjDateUnit unit = TJ_DATE_YEAR;
    gboolean cn = eat_word(&p, "年");
    const char *sep = cn ? "" : *p == '-' ? "-" : *p == '/' ? "/" : *p == '.' ? "." : NULL;
    if (*p != '\0' && sep != NULL) {
        p += strlen(sep);
        m = ascii_digits(&p, 2);
        if (m < 1 || m > 12 || (cn && !eat_word(&p, "月")))
            return full_form(text, days);
        unit = TJ_DATE_MONTH;
        if (*p != '\0' && (cn || eat_word(&p, sep))) {
            d = ascii_digits(&p, 2);
            if (d < 1 || d > month_days(y, m) || (cn && !eat_word(&p, "日")))
                return full_form(text, days);
            unit = TJ_DATE_DAY;
        }
    }
    double frac = 0;
    if (*p != '\0') {
        if (unit != TJ_DATE_DAY || (frac = time_of_day(p)) < 0)
            return full_form(text, days);
        unit = TJ_DATE_TIME;
    }
    if (days)
        *days = (double)tj_date_days(y, m, d) + frac;
    return unit;
}
