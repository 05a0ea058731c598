/* api/gauge.c — the public gauge entry point: a value (typed, or one cell
 * of a table) + options → file. Options are checked here (USAGE errors);
 * the value against the scale in the layout (INPUT errors, or a warning
 * when clamping is asked for). */
#include "tujie/tujie.h"

#include <math.h>
#include <string.h>

#include "api/api-private.h"
#include "api/pick.h"
#include "core/format.h"
#include "layouts/gauge.h"
#include "render/render.h"

void
tj_gauge_options_init(TjGaugeOptions *opts)
{
    memset(opts, 0, sizeof *opts);
}

static gboolean
parse_style(const char *name, TjGaugeStyle *style, GError **error)
{
    static const char *const names[] = { "ring", "semicircle", "bar" };
    for (gsize i = 0; i < G_N_ELEMENTS(names); i++)
        if (!name || strcmp(name, names[i]) == 0) {
            *style = name ? (TjGaugeStyle)i : TJ_GAUGE_RING;
            return TRUE;
        }
    g_set_error(error, TJ_ERROR, TJ_ERROR_USAGE,
                "--style %s: expected ring, semicircle or bar", name);
    return FALSE;
}

/* @text as one number into @out (NULL text: @fallback). */
static gboolean
parse_one(const char *text, const char *option, double fallback, double *out,
          GError **error)
{
    *out = fallback;
    if (!text)
        return TRUE;
    guint n = 0;
    double *v = tj__pick_list(text, option, &n, error);
    if (v && n != 1)
        g_set_error(error, TJ_ERROR, TJ_ERROR_USAGE, "%s %s: expected one number", option, text);
    else if (v)
        *out = v[0];
    g_free(v);
    return v && n == 1;
}

/* Scale, target and bands from the options, checked as options. */
static gboolean
parse_scale(const TjGaugeOptions *o, TjGaugeSpec *spec, double **bands, GError **error)
{
    if (!parse_one(o->min, "--min", 0, &spec->min, error) ||
        !parse_one(o->max, "--max", 100, &spec->max, error) ||
        !parse_one(o->target, "--target", NAN, &spec->target, error))
        return FALSE;
    if (!(spec->min < spec->max)) {
        char *lo = tj_format_decimal(spec->min, -1), *hi = tj_format_decimal(spec->max, -1);
        g_set_error(error, TJ_ERROR, TJ_ERROR_USAGE,
                    "--min %s and --max %s: the scale is empty; min must be below max", lo, hi);
        g_free(lo);
        g_free(hi);
        return FALSE;
    }
    if (o->bands) {
        *bands = tj__pick_list(o->bands, "--bands", &spec->n_bands, error);
        if (!*bands)
            return FALSE;
        spec->bands = *bands;
    }
    return TRUE;
}

static gboolean
layout(TjScene *scene, const TjGaugeSpec *spec, const TjTheme *th, TjFonts *fonts,
       GError **error)
{
    char *warning = NULL;
    if (!tj_gauge_check(spec, NULL, &warning, error))
        return FALSE;
    if (warning)
        g_printerr("tujie: warning: %s\n", warning);
    g_free(warning);
    return tj_layout_gauge(scene, spec, th, tj_fonts_measurer(fonts), error);
}

gboolean
tj_gauge_render(const TjTable *table, const TjGaugeOptions *opts, TjFormat fmt,
                const char *path, const TjOutputOptions *out, GError **error)
{
    g_return_val_if_fail(opts && path, FALSE);
    if (!opts->value) {
        g_set_error(error, TJ_ERROR, TJ_ERROR_USAGE, "gauge: --value is required");
        return FALSE;
    }
    TjGaugeSpec spec;
    tj_gauge_spec_init(&spec);
    double *bands = NULL;
    const TjTheme *th = tj__api_theme(opts->theme, error);
    if (!th || !parse_style(opts->style, &spec.style, error) ||
        !parse_scale(opts, &spec, &bands, error))
        return FALSE;
    tj_gauge_default_size(spec.style, &spec.width, &spec.height);
    if (opts->width > 0)
        spec.width = opts->width;
    if (opts->height > 0)
        spec.height = opts->height;
    if (!tj__api_check_size(spec.width, spec.height, error)) {
        g_free(bands);
        return FALSE;
    }
    TjPick pick;
    TjFonts *fonts = NULL;
    TjScene *scene = NULL;
    gboolean ok = tj__pick_number(&pick, table, opts->value, opts->where, "--value", error);
    if (ok) {
        spec.value = pick.num;
        spec.loc = pick.loc;
        spec.label = opts->label ? opts->label : pick.row_name;
        spec.unit = opts->unit;
        spec.title = opts->title;
        spec.subtitle = opts->subtitle;
        spec.source = opts->source;
        spec.clamp = opts->clamp;
        scene = tj_scene_new(spec.width, spec.height);
        tj_scene_set_background(scene, th->background);
        tj_scene_set_meta(scene, opts->title ? opts->title : spec.label, NULL);
        ok = (fonts = tj_fonts_new(out ? out->fonts_conf : NULL, error)) != NULL &&
             layout(scene, &spec, th, fonts, error) &&
             tj_render_file(scene, fonts, fmt, path, out, error);
    }
    tj_scene_free(scene);
    tj_fonts_free(fonts);
    tj__pick_clear(&pick);
    g_free(bands);
    return ok;
}
