/* layouts/timeticks.c — calendar ticks (see timeticks.h). Steps of fixed
 * length (seconds to weeks) are counted in whole seconds from the epoch, so
 * a tick is exact; months and years are counted on the calendar. Weeks
 * start on Mondays (1970-01-05 was one). */
#include "layouts/timeticks.h"

#include <math.h>

#include "data/date.h"

typedef struct {
    TjTimeUnit unit;
    int step;
} Step;

static const Step steps[] = {
    { TJ_TIME_SECOND, 1 }, { TJ_TIME_SECOND, 2 }, { TJ_TIME_SECOND, 5 },
    { TJ_TIME_SECOND, 10 }, { TJ_TIME_SECOND, 15 }, { TJ_TIME_SECOND, 30 },
    { TJ_TIME_MINUTE, 1 }, { TJ_TIME_MINUTE, 2 }, { TJ_TIME_MINUTE, 5 },
    { TJ_TIME_MINUTE, 10 }, { TJ_TIME_MINUTE, 15 }, { TJ_TIME_MINUTE, 30 },
    { TJ_TIME_HOUR, 1 }, { TJ_TIME_HOUR, 2 }, { TJ_TIME_HOUR, 3 },
    { TJ_TIME_HOUR, 6 }, { TJ_TIME_HOUR, 12 },
    { TJ_TIME_DAY, 1 }, { TJ_TIME_DAY, 2 }, { TJ_TIME_WEEK, 1 }, { TJ_TIME_WEEK, 2 },
    { TJ_TIME_MONTH, 1 }, { TJ_TIME_MONTH, 2 }, { TJ_TIME_MONTH, 3 }, { TJ_TIME_MONTH, 6 },
    { TJ_TIME_YEAR, 1 }, { TJ_TIME_YEAR, 2 }, { TJ_TIME_YEAR, 5 }, { TJ_TIME_YEAR, 10 },
    { TJ_TIME_YEAR, 20 }, { TJ_TIME_YEAR, 50 }, { TJ_TIME_YEAR, 100 },
    { TJ_TIME_YEAR, 200 }, { TJ_TIME_YEAR, 500 }, { TJ_TIME_YEAR, 1000 },
};

static gint64
seconds_of(TjTimeUnit u)
{
    switch (u) {
    case TJ_TIME_SECOND: return 1;
    case TJ_TIME_MINUTE: return 60;
    case TJ_TIME_HOUR: return 3600;
    case TJ_TIME_DAY: return 86400;
    default: return 7 * 86400;
    }
}

static gint64
floor_div(gint64 a, gint64 b)
{
    return a / b - (a % b != 0 && (a < 0) != (b < 0));
}

/* Ticks of one step in [lo, hi]; stops counting past @cap. */
static int
fill(const Step *st, double lo, double hi, int cap, double *at)
{
    int n = 0;
    if (st->unit <= TJ_TIME_WEEK) {
        gint64 len = seconds_of(st->unit) * st->step;
        gint64 off = st->unit == TJ_TIME_WEEK ? 4 * 86400 : 0;   /* Mondays */
        gint64 s0 = (gint64)ceil(lo * 86400 - 1e-6);
        gint64 k = floor_div(s0 - off + len - 1, len);
        for (;; k++) {
            double d = (double)(k * len + off) / 86400.0;
            if (d > hi + 1e-9 || n > cap)
                break;
            if (at)
                at[n] = d;
            n++;
        }
        return n;
    }
    int y, m, d;
    tj_date_civil((gint64)floor(lo), &y, &m, &d);
    int months = st->unit == TJ_TIME_MONTH ? st->step : 12 * st->step;
    gint64 idx = (gint64)y * 12 + (m - 1);        /* months since year 0 */
    idx = floor_div(idx + months - 1, months) * months;
    for (;; idx += months) {
        double t = (double)tj_date_days((int)floor_div(idx, 12), (int)(idx - floor_div(idx, 12) * 12) + 1, 1);
        if (t < lo - 1e-9)
            continue;
        if (t > hi + 1e-9 || n > cap)
            break;
        if (at)
            at[n] = t;
        n++;
    }
    return n;
}

gboolean
tj_time_ticks(double lo, double hi, int m, TjTimeUnit finest, TjTimeTicks *out)
{
    g_return_val_if_fail(out != NULL, FALSE);
    if (!isfinite(lo) || !isfinite(hi))
        return FALSE;
    if (hi < lo) {
        double t = lo; lo = hi; hi = t;
    }
    m = CLAMP(m, 2, TJ_TIME_TICKS_MAX);
    gsize pick = G_N_ELEMENTS(steps) - 1;
    for (gsize i = 0; i < G_N_ELEMENTS(steps); i++) {
        const Step *st = &steps[i];
        if (st->unit < finest)
            continue;
        /* skip steps whose tick count is far too high without counting */
        double len = st->unit <= TJ_TIME_WEEK ? seconds_of(st->unit) * st->step / 86400.0
                     : st->unit == TJ_TIME_MONTH ? 31.0 * st->step : 366.0 * st->step;
        if ((hi - lo) / len > m + 2)
            continue;
        if (fill(st, lo, hi, m, NULL) <= m) {
            pick = i;
            break;
        }
    }
    out->unit = steps[pick].unit;
    out->step = steps[pick].step;
    out->n = MIN(fill(&steps[pick], lo, hi, TJ_TIME_TICKS_MAX, out->at), TJ_TIME_TICKS_MAX);
    return TRUE;
}

typedef struct {
    int y, mo, d, h, mi, s;
} Civil;

static Civil
civil(double t)
{
    Civil c;
    gint64 secs = (gint64)llround(t * 86400);
    gint64 day = floor_div(secs, 86400);
    gint64 sod = secs - day * 86400;
    tj_date_civil(day, &c.y, &c.mo, &c.d);
    c.h = (int)(sod / 3600);
    c.mi = (int)(sod / 60 % 60);
    c.s = (int)(sod % 60);
    return c;
}

char *
tj_time_ticks_label(const TjTimeTicks *t, int i)
{
    g_return_val_if_fail(t != NULL && i >= 0 && i < t->n, NULL);
    Civil c = civil(t->at[i]);
    Civil p = i > 0 ? civil(t->at[i - 1]) : (Civil){ -99999, 0, 0, 0, 0, 0 };
    gboolean new_year = c.y != p.y, new_day = new_year || c.mo != p.mo || c.d != p.d;
    switch (t->unit) {
    case TJ_TIME_YEAR:
        return g_strdup_printf("%d年", c.y);
    case TJ_TIME_MONTH:
        return new_year ? g_strdup_printf("%d年%d月", c.y, c.mo) : g_strdup_printf("%d月", c.mo);
    case TJ_TIME_DAY:
    case TJ_TIME_WEEK:
        return new_year ? g_strdup_printf("%d年%d月%d日", c.y, c.mo, c.d)
                        : g_strdup_printf("%d月%d日", c.mo, c.d);
    case TJ_TIME_HOUR:
    case TJ_TIME_MINUTE:
        return new_day ? g_strdup_printf("%d月%d日 %02d:%02d", c.mo, c.d, c.h, c.mi)
                       : g_strdup_printf("%02d:%02d", c.h, c.mi);
    default:
        return new_day ? g_strdup_printf("%d月%d日 %02d:%02d:%02d", c.mo, c.d, c.h, c.mi, c.s)
                       : g_strdup_printf("%02d:%02d:%02d", c.h, c.mi, c.s);
    }
}
