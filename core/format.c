/* core/format.c — the one place numbers become text.
 *
 * Exactness: a double is first turned into its shortest round-trip decimal
 * (the fewest significant digits, 1..17, that read back as the same double,
 * found with g_ascii_formatd "%.Ne" and g_ascii_strtod — both
 * locale-independent; at most three tries). All further work (magnitude shift, rounding,
 * grouping) is done on that digit string, never in binary, so 0.1 + 0.2
 * prints "0.3" at 6 decimals or fewer, 29547000 in 万 is exactly "2954.7",
 * and 1e308 in 亿 is a 301-digit integer, not garbage.
 *
 * Rounding rule: half away from zero on the shortest decimal, i.e. on the
 * number as the user wrote it in the CSV: 1.005 → "1.01", 2.675 → "2.68",
 * -2.5 → "-3" (not the binary value 1.00499999999999989… → "1.00" that
 * printf gives). A result that rounds to zero never carries a sign.
 *
 * GB/T 15835-2011 (出版物上数字用法): numbers are Arabic numerals; grouping
 * long numbers in threes is optional in general texts (a comma or a thin
 * space), and government reports print 155762 and 2954.7 ungrouped, so
 * tujie groups integer digits with ',' only when asked (fmt->thousands),
 * never the fraction. Magnitudes use the Chinese units 万 (10^4), 亿 (10^8)
 * and 万亿 (10^12) written straight after the digits: "2954.7亿元".
 * GB/T 15835 also leaves integers of four digits unbroken: when grouping is
 * asked for, 2954.7 stays "2954.7" and 12345 becomes "12,345".
 * The minus sign is ASCII '-' (U+002D) everywhere tujie writes a number —
 * values, ticks, changes ("-4.4%"), "-∞" — as the report prints it and as
 * every font and copy-paste keeps it; "−" (U+2212) and "－" are read, never
 * written. The percent sign is ASCII '%'.
 *
 * Invariants: no function here reads the locale, keeps state or prints;
 * every returned string is valid UTF-8 owned by the caller. */
#include "core/format.h"

#include <math.h>
#include <string.h>

#define DEC_DIGITS 24    /* ≥ 17 significant digits plus a carry */
#define MAX_DECIMALS 64  /* longer requests are clamped */
#define SHORTEST_MAX 6   /* decimals = -1 rounds to at most this many */

/* A finite decimal ±d0.d1d2…(n digits) × 10^e; n == 0 means zero.
 * Digits carry no leading or trailing zeros. */
typedef struct {
    gboolean neg;
    int n;
    int e;
    char dig[DEC_DIGITS];
} Dec;

static void
dec_strip(Dec *d)
{
    while (d->n > 0 && d->dig[d->n - 1] == '0')
        d->n--;
}

/* Parses g_ascii_formatd's "%.Ne" output: [-]D[.DDD]e±XX. */
static void
dec_parse(const char *s, Dec *d)
{
    d->neg = (*s == '-');
    if (*s == '-' || *s == '+')
        s++;
    d->n = 0;
    for (; *s && *s != 'e' && *s != 'E'; s++) {
        if (*s >= '0' && *s <= '9' && d->n < DEC_DIGITS)
            d->dig[d->n++] = *s;
    }
    d->e = (*s) ? (int)g_ascii_strtoll(s + 1, NULL, 10) : 0;
    dec_strip(d);
    if (d->n > 0 && d->dig[0] == '0')  /* only "0e+00" can start with 0 */
        d->n = 0;
}

/* The shortest decimal that reads back as @v (finite). */
static void
dec_from_double(double v, Dec *d)
{
    char buf[G_ASCII_DTOSTR_BUF_SIZE];
    char fmt[8];

    if (v == 0.0) {
        d->neg = FALSE;
        d->n = 0;
        d->e = 0;
        return;
    }
    /* 15 significant digits first: by DBL_DIG every decimal of ≤ 15 digits
     * survives decimal → double → 15 digits, so when this round-trips its
     * digits without trailing zeros are the shortest; else 16, else 17. */
    for (int p = 14; p <= 16; p++) {
        g_snprintf(fmt, sizeof fmt, "%%.%de", p);
        g_ascii_formatd(buf, sizeof buf, fmt, v);
        if (p == 16 || g_ascii_strtod(buf, NULL) == v)
            break;
    }
    dec_parse(buf, d);
}

/* Rounds half away from zero to @decimals digits after the point
 * (negative: to a power of ten above the units). */
static void
dec_round(Dec *d, int decimals)
{
    int keep = d->e + 1 + decimals;  /* significant digits that stay */

    if (d->n == 0 || keep >= d->n)
        return;
    if (keep < 0) {
        d->n = 0;
        return;
    }
    gboolean up = d->dig[keep] >= '5';
    d->n = keep;
    if (up) {
        int i = keep - 1;
        while (i >= 0 && d->dig[i] == '9')
            i--;
        if (i < 0) {
            d->dig[0] = '1';
            d->n = 1;
            d->e += 1;
        } else {
            d->dig[i]++;
            d->n = i + 1;
        }
    }
    dec_strip(d);
}

static int
dec_frac_digits(const Dec *d)
{
    if (d->n == 0)
        return 0;
    return d->n - 1 - d->e > 0 ? d->n - 1 - d->e : 0;
}

/* Appends |d| with exactly @decimals fraction digits. */
static void
dec_append(const Dec *d, int decimals, gboolean thousands, GString *out)
{
    if (d->n == 0 || d->e < 0) {
        g_string_append_c(out, '0');
    } else {
        if (d->e < 4)               /* GB/T 15835: 4-digit integers unbroken */
            thousands = FALSE;
        for (int i = 0; i <= d->e; i++) {
            if (thousands && i > 0 && (d->e - i + 1) % 3 == 0)
                g_string_append_c(out, ',');
            g_string_append_c(out, i < d->n ? d->dig[i] : '0');
        }
    }
    if (decimals <= 0)
        return;
    g_string_append_c(out, '.');
    for (int i = 1; i <= decimals; i++) {
        int idx = (d->n == 0) ? -1 : d->e + i;
        g_string_append_c(out, (idx >= 0 && idx < d->n) ? d->dig[idx] : '0');
    }
}

/* Rounds @d for @decimals (< 0: shortest up to SHORTEST_MAX) and returns
 * the number of fraction digits to write. */
static int
dec_round_for(Dec *d, int decimals)
{
    if (decimals < 0) {
        dec_round(d, SHORTEST_MAX);
        return dec_frac_digits(d);
    }
    if (decimals > MAX_DECIMALS)
        decimals = MAX_DECIMALS;
    dec_round(d, decimals);
    return decimals;
}

/* "—" for NaN, "∞"/"-∞" for infinities, NULL for finite values. */
static char *
format_nonfinite(double v)
{
    if (isnan(v))
        return g_strdup("—");
    if (isinf(v))
        return g_strdup(v > 0 ? "∞" : "-∞");
    return NULL;
}

static int
magnitude_exp(TjMagnitude mag)
{
    switch (mag) {
    case TJ_MAG_WAN:   return 4;
    case TJ_MAG_YI:    return 8;
    case TJ_MAG_WANYI: return 12;
    default:           return 0;
    }
}

void
tj_num_format_init(TjNumFormat *fmt)
{
    g_return_if_fail(fmt != NULL);
    memset(fmt, 0, sizeof *fmt);
    fmt->decimals = -1;
    fmt->magnitude = TJ_MAG_NONE;
    fmt->unit = NULL;
}

char *
tj_format_decimal(double v, int decimals)
{
    char *nf = format_nonfinite(v);
    if (nf)
        return nf;

    Dec d;
    dec_from_double(v, &d);
    int frac = dec_round_for(&d, decimals);
    GString *out = g_string_new(NULL);
    if (d.n > 0 && d.neg)
        g_string_append_c(out, '-');
    dec_append(&d, frac, FALSE, out);
    return g_string_free(out, FALSE);
}

TjMagnitude
tj_format_pick_magnitude(double abs_max)
{
    abs_max = fabs(abs_max);
    if (isnan(abs_max) || abs_max < 1e4)
        return TJ_MAG_NONE;
    if (abs_max < 1e8)
        return TJ_MAG_WAN;
    if (abs_max < 1e12)
        return TJ_MAG_YI;
    return TJ_MAG_WANYI;
}

const char *
tj_format_magnitude_name(TjMagnitude mag)
{
    switch (mag) {
    case TJ_MAG_WAN:   return "万";
    case TJ_MAG_YI:    return "亿";
    case TJ_MAG_WANYI: return "万亿";
    default:           return "";
    }
}

int
tj_format_magnitude_of_unit(const char *unit, const char **rest)
{
    static const char *const names[] = { "万亿", "亿", "万" };
    static const int exps[] = { 12, 8, 4 };
    if (rest)
        *rest = unit;
    if (unit == NULL)
        return 0;
    for (gsize i = 0; i < G_N_ELEMENTS(names); i++)
        if (g_str_has_prefix(unit, names[i])) {
            if (rest)
                *rest = unit + strlen(names[i]);
            return exps[i];
        }
    return 0;
}

int
tj_format_sig_decimals(double v, int sig)
{
    if (!isfinite(v) || v == 0 || sig <= 0)
        return 0;
    Dec d;
    dec_from_double(fabs(v), &d);
    dec_round(&d, sig - 1 - d.e);   /* 99.96 at 3 digits is 100, not 99.96 */
    int dec = sig - 1 - d.e;
    return dec < 0 ? 0 : dec > SHORTEST_MAX ? SHORTEST_MAX : dec;
}

int
tj_format_tile_decimals(double v, int exact)
{
    int sig = tj_format_sig_decimals(v, 3);
    int want = MAX(sig, exact > 0 ? 1 : 0);
    return MAX(0, MIN(exact, want));
}

int
tj_format_infer_decimals(const double *v, gsize n, TjMagnitude mag, int max)
{
    int best = 0;

    g_return_val_if_fail(v != NULL || n == 0, 0);
    if (max <= 0)
        return 0;
    for (gsize i = 0; i < n; i++) {
        if (!isfinite(v[i]))
            continue;
        Dec d;
        dec_from_double(v[i], &d);
        if (d.n == 0)
            continue;
        d.e -= magnitude_exp(mag);
        dec_round(&d, 9 - d.e);  /* 10 significant digits: 1e-9 relative */
        int f = dec_frac_digits(&d);
        if (f > best)
            best = f;
        if (best >= max)
            return max;
    }
    return best;
}

char *
tj_format_number(double v, const TjNumFormat *fmt)
{
    TjNumFormat def;
    if (fmt == NULL) {
        tj_num_format_init(&def);
        fmt = &def;
    }
    char *nf = format_nonfinite(v);
    if (nf)
        return nf;

    TjMagnitude mag = fmt->magnitude;
    if (mag == TJ_MAG_AUTO)
        mag = tj_format_pick_magnitude(fabs(v));
    Dec d;
    dec_from_double(v, &d);
    if (d.n > 0)
        d.e -= magnitude_exp(mag);
    int frac = dec_round_for(&d, fmt->decimals);

    GString *out = g_string_new(NULL);
    if (d.n > 0 && d.neg)
        g_string_append_c(out, '-');
    else if (d.n > 0 && fmt->plus)
        g_string_append_c(out, '+');
    dec_append(&d, frac, fmt->thousands, out);
    g_string_append(out, tj_format_magnitude_name(mag));
    if (fmt->percent)
        g_string_append_c(out, '%');
    if (fmt->unit)
        g_string_append(out, fmt->unit);
    return g_string_free(out, FALSE);
}

char *
tj_format_exact(gint64 mant, int exp, TjMagnitude mag)
{
    /* |G_MININT64| does not fit in gint64; go through guint64. */
    guint64 a = mant < 0 ? (guint64)(-(mant + 1)) + 1u : (guint64)mant;
    long e = (long)exp - magnitude_exp(mag);
    char digits[24];

    g_return_val_if_fail(e > -1000 && e < 1000, g_strdup("—"));
    GString *out = g_string_new(NULL);
    g_snprintf(digits, sizeof digits, "%" G_GUINT64_FORMAT, a);
    if (mant < 0)
        g_string_append_c(out, '-');
    if (e >= 0) {
        g_string_append(out, digits);
        if (a != 0)
            for (long i = 0; i < e; i++)
                g_string_append_c(out, '0');
        return g_string_free(out, FALSE);
    }
    long len = (long)strlen(digits), frac = -e;
    if (len <= frac) {
        g_string_append(out, "0.");
        for (long i = len; i < frac; i++)
            g_string_append_c(out, '0');
        g_string_append(out, digits);
    } else {
        g_string_append_len(out, digits, len - frac);
        g_string_append_c(out, '.');
        g_string_append(out, digits + (len - frac));
    }
    return g_string_free(out, FALSE);
}

char *
tj_format_change(double delta, int decimals, gboolean percent_points,
                 TjChangeStyle style)
{
    if (isnan(delta))
        return g_strdup("—");

    const char *suffix = percent_points ? "个百分点" : "%";
    if (isinf(delta))
        return g_strconcat(delta > 0 ? "+∞" : "-∞", suffix, NULL);

    Dec d;
    dec_from_double(delta, &d);
    int frac = dec_round_for(&d, decimals);
    int sign = d.n == 0 ? 0 : (d.neg ? -1 : 1);

    if (sign == 0 && style == TJ_CHANGE_WORDS)
        return g_strdup("持平");

    GString *out = g_string_new(NULL);
    if (sign != 0) {
        switch (style) {
        case TJ_CHANGE_ARROW:
            g_string_append(out, sign > 0 ? "↑" : "↓");
            break;
        case TJ_CHANGE_WORDS:
            g_string_append(out, sign < 0 ? "下降"
                                 : percent_points ? "提高" : "增长");
            break;
        case TJ_CHANGE_SIGN:
        default:
            g_string_append_c(out, sign > 0 ? '+' : '-');
            break;
        }
    }
    dec_append(&d, frac, FALSE, out);
    g_string_append(out, suffix);
    return g_string_free(out, FALSE);
}
