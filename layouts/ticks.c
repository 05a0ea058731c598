/* layouts/ticks.c — the extended Wilkinson tick search of Talbot, Lin and
 * Hanrahan (InfoVis 2010), as in their R package `labeling` (extended()),
 * with legibility fixed at 1 and only loose labellings accepted.
 *
 * Score = 0.25·simplicity + 0.2·coverage + 0.5·density + 0.05·legibility
 * over steps j·q·10^z (q in Q = 1, 5, 2, 2.5, 4, 3; j the skip factor) and
 * tick counts k; the loops are pruned by the upper bounds of simplicity,
 * density and coverage exactly as in the paper.
 *
 * Deviations, all deliberate:
 * - The first tick is an integer multiple of the step (the R code also
 *   tries offsets start·q·10^z that are not multiples of j·q·10^z, which
 *   gives ticks like 1, 3, 5 for step 2). The house rule is "ticks are
 *   integer multiples of the step", and it is what makes labels exact.
 * - The search runs on the data divided by 10^p (p = ⌊log10 max|d|⌋), so
 *   1e-300 and 1e300 ranges behave like 1..10; the step exponent is
 *   shifted back by p. The loose test allows 1e-9 of the range (plus a few
 *   ulps of the values): data 0.30000000000000004 is covered by a 0.3 tick.
 * - Bounded loops: j ≤ 10, k ≤ 4m + 10, ≤ 24 exponents per (j, q, k),
 *   m clamped to 2..30; the search always ends in well under a millisecond.
 * - A degenerate range (dmin == dmax, or a width below 1e-10 of the values,
 *   too thin to label with exact integers) is widened to include 0:
 *   [0, v] for v > 0, [v, 0] for v < 0, [0, 1] for 0.
 *
 * Invariants of a TRUE result: n ≥ 2; tick i is (first + i) × step_mant ×
 * 10^step_exp exactly; step_mant has no factor 10; lo, hi are those
 * decimals read as doubles (correctly rounded) and finite. Pure: no state. */
#include "layouts/ticks.h"

#include <float.h>
#include <math.h>

#define NQ 6
#define J_MAX 10
#define Z_TRIES 24
#define LOOSE_TOL 1e-9
#define THIN_RANGE 1e-10

static const int q_mant[NQ] = { 1, 5, 2, 25, 4, 3 };
static const int q_exp[NQ] = { 0, 0, 0, -1, 0, 0 };
static const double q_val[NQ] = { 1, 5, 2, 2.5, 4, 3 };
static const double w[4] = { 0.25, 0.2, 0.5, 0.05 };

typedef struct {
    double dmin, dmax, range, tol;  /* scaled data */
    int m;
    double best;                    /* best score so far */
    int qi, j, k, z;                /* the best labelling … */
    gint64 start;                   /* … its first tick / step */
} Search;

static double
simplicity(int qi, int j, gboolean has_zero)
{
    return 1.0 - (double)qi / (NQ - 1) - j + (has_zero ? 1.0 : 0.0);
}

static double
simplicity_max(int qi, int j)
{
    return simplicity(qi, j, TRUE);
}

static double
coverage(const Search *s, double lmin, double lmax)
{
    double r = 0.1 * s->range;
    double a = s->dmax - lmax, b = s->dmin - lmin;
    return 1.0 - 0.5 * (a * a + b * b) / (r * r);
}

static double
coverage_max(const Search *s, double span)
{
    if (span <= s->range)
        return 1.0;
    double half = (span - s->range) / 2.0, r = 0.1 * s->range;
    return 1.0 - 0.5 * (2.0 * half * half) / (r * r);
}

static double
density(const Search *s, int k, double lmin, double lmax)
{
    double r = (k - 1) / (lmax - lmin);
    double rt = (s->m - 1) / (fmax(lmax, s->dmax) - fmin(s->dmin, lmin));
    return 2.0 - fmax(r / rt, rt / r);
}

static double
density_max(int k, int m)
{
    return k >= m ? 2.0 - (double)(k - 1) / (m - 1) : 1.0;
}

/* 10^e as a double, exact for |e| ≤ 22 and correctly rounded for 1/10^e. */
static double
pow10i(int e)
{
    return e >= 0 ? pow(10.0, e) : 1.0 / pow(10.0, -e);
}

/* Scores every start for step j·q·10^z and k ticks; keeps the best. */
static void
try_starts(Search *s, int qi, int j, int k, int z)
{
    double step = j * q_mant[qi] * pow10i(z + q_exp[qi]);
    double lo_s = floor(s->dmax / step) - (k - 1);
    double hi_s = ceil(s->dmin / step);

    if (fabs(lo_s) > 1e13 || fabs(hi_s) > 1e13)
        return;  /* too many steps from zero to be exact */
    for (gint64 st = (gint64)lo_s; st <= (gint64)hi_s; st++) {
        double lmin = st * step, lmax = (st + k - 1) * step;
        if (lmin > s->dmin + s->tol || lmax < s->dmax - s->tol)
            continue;  /* only loose labellings */
        gboolean zero = st <= 0 && st + k - 1 >= 0;
        double score = w[0] * simplicity(qi, j, zero) + w[1] * coverage(s, lmin, lmax)
                     + w[2] * density(s, k, lmin, lmax) + w[3] * 1.0;
        if (score > s->best) {
            s->best = score;
            s->qi = qi;
            s->j = j;
            s->k = k;
            s->z = z;
            s->start = st;
        }
    }
}

/* The loops over tick counts k and exponents z for one (q, j), each cut
 * off as soon as its upper bound cannot beat the best score. */
static void
search_q(Search *s, int qi, int j, double sm)
{
    int k_max = 4 * s->m + 10;

    for (int k = 2; k <= k_max; k++) {
        double dm = density_max(k, s->m);
        if (w[0] * sm + w[1] + w[2] * dm + w[3] < s->best)
            break;
        double delta = s->range / (k + 1) / j / q_val[qi];
        int z = (int)ceil(log10(delta));
        for (int t = 0; t < Z_TRIES; t++, z++) {
            double step = j * q_val[qi] * pow10i(z);
            double cm = coverage_max(s, step * (k - 1));
            if (w[0] * sm + w[1] * cm + w[2] * dm + w[3] < s->best)
                break;
            try_starts(s, qi, j, k, z);
        }
    }
}

static void
search(Search *s)
{
    for (int j = 1; j <= J_MAX; j++) {
        for (int qi = 0; qi < NQ; qi++) {
            double sm = simplicity_max(qi, j);
            if (w[0] * sm + w[1] + w[2] + w[3] < s->best)
                return;
            search_q(s, qi, j, sm);
        }
    }
}

/* x / 10^p without overflow or underflow of 10^p itself. */
static double
scale_down(double x, int p)
{
    int half = p / 2;
    return x / pow10i(half) / pow10i(p - half);
}

static double
exact_value(gint64 n, int exp)
{
    char buf[48];
    g_snprintf(buf, sizeof buf, "%" G_GINT64_FORMAT "e%d", n, exp);
    return g_ascii_strtod(buf, NULL);
}

/* Widens a degenerate or too thin range to include zero. */
static void
widen(double *dmin, double *dmax)
{
    double v = fabs(*dmax) > fabs(*dmin) ? *dmax : *dmin;
    if (v > 0) {
        *dmin = 0;
        *dmax = v;
    } else if (v < 0) {
        *dmin = v;
        *dmax = 0;
    } else {
        *dmin = 0;
        *dmax = 1;
    }
}

static gboolean
fill_result(const Search *s, int p, TjTicks *out)
{
    gint64 mant = (gint64)s->j * q_mant[s->qi];
    int exp = s->z + q_exp[s->qi] + p;
    while (mant % 10 == 0) {
        mant /= 10;
        exp++;
    }
    out->step_mant = mant;
    out->step_exp = exp;
    out->first = s->start;
    out->n = s->k;
    out->lo = tj_ticks_value(out, 0);
    out->hi = tj_ticks_value(out, out->n - 1);
    return isfinite(out->lo) && isfinite(out->hi);
}

gboolean
tj_ticks_extended(double dmin, double dmax, int m, TjTicks *out)
{
    g_return_val_if_fail(out != NULL, FALSE);
    if (!isfinite(dmin) || !isfinite(dmax))
        return FALSE;
    if (dmin > dmax) {
        double t = dmin;
        dmin = dmax;
        dmax = t;
    }
    double maxabs = fmax(fabs(dmin), fabs(dmax));
    if (dmax - dmin <= THIN_RANGE * maxabs)
        widen(&dmin, &dmax);
    maxabs = fmax(fabs(dmin), fabs(dmax));

    int p = (int)floor(log10(maxabs));
    Search s = { 0 };
    s.dmin = scale_down(dmin, p);
    s.dmax = scale_down(dmax, p);
    s.range = s.dmax - s.dmin;
    s.tol = LOOSE_TOL * s.range + 8 * DBL_EPSILON * fmax(fabs(s.dmin), fabs(s.dmax));
    s.m = CLAMP(m, 2, 30);
    s.best = -INFINITY;
    s.k = 0;
    search(&s);
    if (s.k < 2)
        return FALSE;
    return fill_result(&s, p, out);
}

double
tj_ticks_value(const TjTicks *t, int i)
{
    g_return_val_if_fail(t != NULL, NAN);
    return exact_value((t->first + i) * t->step_mant, t->step_exp);
}

char *
tj_ticks_label(const TjTicks *t, int i, TjMagnitude mag)
{
    g_return_val_if_fail(t != NULL, NULL);
    return tj_format_exact((t->first + i) * t->step_mant, t->step_exp, mag);
}

gboolean
tj_ticks_fitting(double dmin, double dmax, int m, double length, double gap, TjTicks *out)
{
    for (; m >= 2; m--) {
        if (!tj_ticks_extended(dmin, dmax, m, out))
            return FALSE;
        double step = tj_ticks_value(out, 1) - tj_ticks_value(out, 0);
        if (out->n <= 2 || out->hi <= out->lo || length * step / (out->hi - out->lo) >= gap)
            return TRUE;
    }
    return TRUE;
}

int
tj_ticks_spaced(const double *pos, int n, double extent, gboolean *keep)
{
    int kept = 0;
    double last = 0;
    for (int i = 0; i < n; i++) {
        keep[i] = kept == 0 || fabs(pos[i] - last) >= extent;
        if (!keep[i])
            continue;
        last = pos[i];
        kept++;
    }
    return kept;
}
