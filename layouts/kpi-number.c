/* layouts/kpi-number.c — the big number of tiles and gauges: a value split
 * into the big figure and the half-size parts around it ("约", "亿元",
 * "%左右"), in the magnitude asked for or the source's own, at the source's
 * precision; measured and drawn on one baseline. */
#include "layouts/kpi.h"

#include <math.h>
#include <string.h>

#include "layouts/common.h"

#define UNIT_RATIO 0.5   /* unit size : value size */
#define TJ_KPI_KEEP_DECIMALS 2   /* more decimals than this are rounded */

static TjMagnitude
display_magnitude(const TjNumber *n, TjMagnitude mag)
{
    if (n->percent)
        return TJ_MAG_NONE;
    if (mag != TJ_MAG_AUTO)
        return mag;
    if (n->magnitude > 0)
        return (TjMagnitude)n->magnitude;  /* as the source wrote it */
    return tj_format_pick_magnitude(fabs(n->value));
}

/* Digits after the point in magnitude @mag, by the tile rule
 * (tj_format_tile_decimals): three significant digits, at least one
 * decimal when the source has one there, never more than the source has —
 * 2954.7亿 stays 2954.7, 101.5986万亿 is 101.6, 123456800 is 1.23亿. */
static int
display_decimals(const TjNumber *n, TjMagnitude mag)
{
    if ((int)mag == n->magnitude && n->decimals <= TJ_KPI_KEEP_DECIMALS)
        return MAX(0, n->decimals);   /* as written: 91.97亿元, 18.55万吨 */
    int exact = n->decimals;
    if ((int)mag != n->magnitude) {
        int shifted = n->decimals + ((int)mag - n->magnitude);
        exact = MAX(0, MIN(shifted, tj_format_infer_decimals(&n->value, 1, mag, 6)));
    }
    return tj_format_tile_decimals(n->value / pow(10, (int)mag), exact);
}

static gboolean
is_inner_suffix(const char *s)
{
    return s && (strcmp(s, "余") == 0 || strcmp(s, "多") == 0);
}

void
tj_kpi_number_split(TjKpiNumber *out, const TjNumber *n, TjMagnitude mag,
                    const char *unit)
{
    out->unit_min = 0;
    /* a unit that starts with a magnitude ("万元") on a value written
     * without one counts the value in it: 719183 万元 is 71.9亿元, never
     * "71.9万万元"; on a value written with one ("--unit 亿元" on 2954.7亿)
     * the unit's magnitude is the value's own */
    const char *u = unit ? unit : n->unit;
    TjNumber v = *n;
    int um = tj_format_magnitude_of_unit(u, &u);
    if (um > 0 && n->magnitude == 0 && !n->percent) {
        v.value = n->value * pow(10, um);
        v.decimals = (gint8)(n->decimals - um);
    }
    TjMagnitude dm = display_magnitude(&v, mag);
    TjNumFormat f;
    tj_num_format_init(&f);
    f.magnitude = dm;
    f.decimals = display_decimals(&v, dm);
    out->big = tj_format_number(v.value, &f);
    out->before = g_strdup(n->prefix ? n->prefix : "");
    const char *mname = tj_format_magnitude_name(dm);
    if (g_str_has_suffix(out->big, mname))  /* the magnitude goes with the unit */
        out->big[strlen(out->big) - strlen(mname)] = '\0';
    gboolean inner = is_inner_suffix(n->suffix);
    out->after = g_strconcat(mname, inner ? n->suffix : "", n->percent ? "%" : "",
                             u ? u : "", !inner && n->suffix ? n->suffix : "", NULL);
}

void
tj_kpi_number_clear(TjKpiNumber *num)
{
    g_clear_pointer(&num->before, g_free);
    g_clear_pointer(&num->big, g_free);
    g_clear_pointer(&num->after, g_free);
}

static double
part_width(const TjMeasurer *m, const char *text, double size, gboolean bold)
{
    if (!text || !*text)
        return 0;
    TjFontStyle f = tj_font(size, bold);
    TjTextExtents e;
    tj_measure(m, text, &f, &e);
    return e.width;
}

/* The thin space between the big part and a half-size part. */
static double
part_gap(const char *part, double size)
{
    return part && *part ? size * 0.04 : 0;
}

double
tj_kpi_number_width(const TjKpiNumber *num, const TjMeasurer *m, double size)
{
    double small = MAX(size * UNIT_RATIO, MIN(num->unit_min, size));
    return part_width(m, num->before, small, FALSE) + part_gap(num->before, size) +
           part_width(m, num->big, size, TRUE) + part_gap(num->after, size) +
           part_width(m, num->after, small, FALSE);
}

void
tj_kpi_number_draw(TjScene *s, const TjMeasurer *m, const char *role,
                   const TjKpiNumber *num, double x, double y, TjAnchor anchor,
                   double size, TjColor color, TjColor unit_color)
{
    double w = tj_kpi_number_width(num, m, size);
    double frac = anchor == TJ_ANCHOR_MIDDLE ? 0.5 : anchor == TJ_ANCHOR_END ? 1 : 0;
    double cx = x - frac * w;
    TjFontStyle big = tj_font(size, TRUE);
    TjFontStyle small = tj_font(MAX(size * UNIT_RATIO, MIN(num->unit_min, size)), FALSE);
    char *unit_role = g_strconcat(role, ".unit", NULL);
    TjTextExtents e;
    if (*num->before) {
        tj_lay_text(s, m, unit_role, cx, y, num->before, &small, unit_color,
                    TJ_ANCHOR_START, &e);
        cx += e.width + part_gap(num->before, size);
    }
    tj_lay_text(s, m, role, cx, y, num->big, &big, color, TJ_ANCHOR_START, &e);
    cx += e.width + part_gap(num->after, size);
    if (*num->after)
        tj_lay_text(s, m, unit_role, cx, y, num->after, &small, unit_color,
                    TJ_ANCHOR_START, NULL);
    g_free(unit_role);
}
