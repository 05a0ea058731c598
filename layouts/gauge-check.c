/* layouts/gauge-check.c — what makes a gauge drawable: a finite, non-empty
 * scale; a finite value not below it (or clamped, with a warning for the
 * user; a value above the end is drawn with its overflow, shortened with a
 * break and a warning past the style's room for it);
 * a target and band edges inside it, the edges increasing. Messages quote
 * the numbers as the value is written ("100.5%") and name the indicator. */
#include "layouts/gauge-private.h"

#include <math.h>

#include "core/format.h"
#include "layouts/chartdata.h"
#include "layouts/text.h"
#include "core/i18n.h"

double
tj__gauge_over_cap(TjGaugeStyle style)
{
    switch (style) {
    case TJ_GAUGE_SEMICIRCLE: return 1.0 / 6;   /* 30° past 3 o'clock */
    case TJ_GAUGE_BAR: return 0.25;             /* a quarter of the track */
    case TJ_GAUGE_RING: default: return 1;      /* one more lap */
    }
}

char *
tj__gauge_format_value(const TjGaugeSpec *spec, double v)
{
    TjNumFormat f;
    tj_num_format_init(&f);
    f.percent = spec->value.percent;
    return tj_format_number(v, &f);
}

static gboolean
check_range(const TjGaugeSpec *spec, const TjSrcLoc *loc, GError **error)
{
    if (!isfinite(spec->min) || !isfinite(spec->max)) {
        tj_error_set_at(error, TJ_ERROR_INPUT, loc, _("gauge: min and max must be finite numbers"));
        return FALSE;
    }
    if (spec->min < spec->max)
        return TRUE;
    char *lo = tj__gauge_format_value(spec, spec->min), *hi = tj__gauge_format_value(spec, spec->max);
    if (spec->min == spec->max)
        tj_error_set_at(error, TJ_ERROR_INPUT, loc,
                        _("gauge: the scale is empty (min and max are both %s)"), lo);
    else
        tj_error_set_at(error, TJ_ERROR_INPUT, loc,
                        _("gauge: min %s is above max %s"), lo, hi);
    g_free(lo);
    g_free(hi);
    return FALSE;
}

/* Target and band edges lie inside the scale, the edges increasing. */
static gboolean
check_marks(const TjGaugeSpec *spec, const TjSrcLoc *loc, GError **error)
{
    double t = spec->target;
    const char *what = NULL;
    for (guint i = 0; i <= spec->n_bands && !what; i++) {
        if (i > 0) {
            t = spec->bands[i - 1];
            if (i > 1 && !(t > spec->bands[i - 2]))
                what = _("band edges must increase; edge");
            else if (!(t > spec->min && t < spec->max))
                what = _("band edge");
        } else if (!isnan(t) && !(t >= spec->min && t <= spec->max)) {
            what = _("target");
        }
    }
    if (!what)
        return TRUE;
    char *v = tj__gauge_format_value(spec, t), *lo = tj__gauge_format_value(spec, spec->min);
    char *hi = tj__gauge_format_value(spec, spec->max);
    /* TRANSLATORS: the first %s is "target", "band edge" or "band edges
       must increase; edge", then the value */
    tj_error_set_at(error, TJ_ERROR_INPUT, loc, _("gauge: %s %s is outside the scale %s to %s"),
                    what, v, lo, hi);
    g_free(v);
    g_free(lo);
    g_free(hi);
    return FALSE;
}

gboolean
tj_gauge_check(const TjGaugeSpec *spec, double *frac, char **warning, GError **error)
{
    g_return_val_if_fail(spec != NULL, FALSE);
    const TjSrcLoc *loc = spec->loc.file ? &spec->loc : NULL;
    const char *what = spec->label && *spec->label ? spec->label : _("the gauge");
    double v = spec->value.value;
    if (warning)
        *warning = NULL;
    if (!tj_text_check_lengths(loc, error, _("gauge: label"), spec->label, _("gauge: unit"), spec->unit,
                               _("gauge: title"), spec->title, _("gauge: subtitle"), spec->subtitle,
                               _("gauge: source"), spec->source, NULL))
        return FALSE;
    if (!check_range(spec, loc, error) || !check_marks(spec, loc, error))
        return FALSE;
    if (!isfinite(v)) {
        tj_error_set_at(error, TJ_ERROR_INPUT, loc, isnan(v)
                        ? _("gauge: no value for “%s” (missing or not a number)")
                        : _("gauge: the value of “%s” is not a finite number"), what);
        return FALSE;
    }
    if (!tj_value_check(v, _("gauge: value"), loc, error) ||
        !tj_value_check_decimals(spec->value.decimals, _("gauge: value"), loc, error) ||
        !tj_value_check(spec->min, _("gauge: min"), loc, error) ||
        !tj_value_check(spec->max, _("gauge: max"), loc, error) ||
        !tj_value_check(spec->target, _("gauge: target"), loc, error))
        return FALSE;
    for (guint i = 0; i < spec->n_bands && i < TJ_GAUGE_MAX_BANDS; i++)
        if (!tj_value_check(spec->bands[i], _("gauge: band"), loc, error))
            return FALSE;
    double f = (v - spec->min) / (spec->max - spec->min);
    if (f > 1) {   /* drawn full, with its overflow past the end */
        double cap = tj__gauge_over_cap(spec->style);
        if (f - 1 > cap && warning) {
            char *vs = tj__gauge_format_value(spec, v), *end = tj__gauge_format_value(spec, spec->max);
            *warning = g_strdup_printf(_("gauge: value %s of “%s” is far above the maximum %s; "
                                         "its overflow is drawn shortened, with a break"),
                                       vs, what, end);
            g_free(vs);
            g_free(end);
        }
        f = 1;
    }
    if (f < 0) {
        char *vs = tj__gauge_format_value(spec, v), *end = tj__gauge_format_value(spec, spec->min);
        if (!spec->clamp)
            tj_error_set_at(error, TJ_ERROR_INPUT, loc,
                            _("gauge: value %s of “%s” is below the minimum %s; lower min of "
                              "the scale, or clamp to draw it at %s"), vs, what, end, end);
        else if (warning)
            *warning = g_strdup_printf(_("gauge: value %s of “%s” is below the minimum %s; drawn at %s"),
                                       vs, what, end, end);
        g_free(vs);
        g_free(end);
        if (!spec->clamp)
            return FALSE;
        f = 0;
    }
    if (frac)
        *frac = f;
    return TRUE;
}
