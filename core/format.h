/* core/format.h — the one place numbers become text.
 * Never printf("%f"): the CLI sets a locale. Decimal output is built from
 * exact decimal rounding, so no label reads 0.30000000000000004 or -0.
 * Conventions: GB/T 15835-2011 (Arabic numerals; no thousands separator by
 * default in Chinese text, ',' on request and never in a 4-digit integer);
 * magnitude units 万 (1e4), 亿 (1e8), 万亿 (1e12); the minus sign is ASCII
 * '-' everywhere. */
#ifndef TJ_CORE_FORMAT_H
#define TJ_CORE_FORMAT_H

#include <glib.h>

typedef enum {
    TJ_MAG_AUTO = -1,  /* pick from the value (or the set of values) */
    TJ_MAG_NONE = 0,
    TJ_MAG_WAN = 4,
    TJ_MAG_YI = 8,
    TJ_MAG_WANYI = 12
} TjMagnitude;

typedef struct {
    int decimals;           /* digits after the point; -1: shortest exact (≤ 6) */
    TjMagnitude magnitude;  /* TJ_MAG_AUTO: chosen by tj_format_pick_magnitude */
    gboolean thousands;     /* group integer digits with ',' */
    gboolean percent;       /* append "%" (value is already in percent) */
    gboolean plus;          /* "+" before positive values */
    const char *unit;       /* appended after magnitude/percent; NULL none */
} TjNumFormat;

void tj_num_format_init(TjNumFormat *fmt);  /* decimals -1, magnitude NONE */

/* Formats @v with exactly @decimals digits after the point (rounded half
 * away from zero on the decimal value), "-0" written "0". @decimals < 0:
 * the shortest representation (up to 6 decimals) that rounds to @v.
 * Returns: (transfer full) g_free(). NAN gives "—", ±Inf "∞"/"-∞". */
char *tj_format_decimal(double v, int decimals);

/* The magnitude a Chinese reader expects for values up to @abs_max:
 * NONE below 1e4 (1万), WAN below 1e8, YI below 1e12, else WANYI. */
TjMagnitude tj_format_pick_magnitude(double abs_max);
const char *tj_format_magnitude_name(TjMagnitude mag);  /* "", "万", "亿", "万亿" */

/* The magnitude a unit starts with: "万元" → 4 (@rest "元"), "亿千瓦时" → 8,
 * "万亿元" → 12, "万" → 4 (@rest ""); 0 (@rest = @unit) for "元", "%" or
 * NULL. @rest may be NULL. */
int tj_format_magnitude_of_unit(const char *unit, const char **rest);

/* Decimals that show |@v| with @sig significant digits (0..6): 71.9183 at
 * 3 → 1, 1.2346 → 2, 2954.7 → 0, 0.01234 → 4; 0 for 0 and non-finite. */
int tj_format_sig_decimals(double v, int sig);

/* Decimals of a big number on a tile (@v in its display magnitude, @exact
 * the decimals the source gives in that magnitude): three significant
 * digits, but at least one decimal when the source has one, and never more
 * than the source has: 1.234568(亿) → 2 ("1.23"), 101.5986(万亿) → 1
 * ("101.6"), 2954.7(亿) → 1 ("2954.7"), 10(万, exact 0) → 0. */
int tj_format_tile_decimals(double v, int exact);

/* Fewest decimals (0..@max) that write every finite value of @v exactly
 * (to 1e-9 relative) after dividing by 10^@mag. */
int tj_format_infer_decimals(const double *v, gsize n, TjMagnitude mag, int max);

/* Formats a value: "2954.7亿元", "21.8%", "+0.2%", "1,213.5".
 * Returns: (transfer full) g_free(). */
char *tj_format_number(double v, const TjNumFormat *fmt);

/* Formats an exact decimal mant × 10^exp ("25", -1 → "2.5"; 3, 4 → "30000")
 * with magnitude @mag applied (so 295470000000 with YI gives "2954.7").
 * Ticks use this, so they never show binary rounding noise. */
char *tj_format_exact(gint64 mant, int exp, TjMagnitude mag);

typedef enum {
    TJ_CHANGE_SIGN,     /* "+0.2%"  "-4.4%" */
    TJ_CHANGE_ARROW,    /* "↑0.2%"  "↓4.4%" */
    TJ_CHANGE_WORDS     /* "增长0.2%" "下降4.4%" (持平 for 0) */
} TjChangeStyle;

/* A change: @delta in percent (percent_points FALSE) or in percentage points
 * ("提高0.5个百分点", "+0.5个百分点"). Returns: (transfer full) g_free(). */
char *tj_format_change(double delta, int decimals, gboolean percent_points,
                       TjChangeStyle style);

#endif
