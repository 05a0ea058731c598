/* api/gauge.c — the public gauge entry point: a value (typed, or one cell
 * of a table) + options → file, and the same preparation for a page's
 * gauge blocks. Options are checked here (USAGE errors); the value against
 * the scale by the layout's check (INPUT errors, or a warning on stderr
 * when clamping was asked for). */
#include "tujie/tujie.h"

#include <math.h>
#include <string.h>

#include "api/api-private.h"
#include "api/output.h"
#include "api/pick.h"
#include "api/spec-private.h"
#include "core/format.h"
#include "layouts/alt.h"
#include "layouts/gauge.h"
#include "core/i18n.h"

void
tj_gauge_options_init(TjGaugeOptions *opts)
{
    memset(opts, 0, sizeof *opts);
}

static gboolean
parse_style(const char *name, TjGaugeStyle *style, GError **error)
{
    static const char *const names[] = { "ring", "semicircle", "bar" };
    *style = TJ_GAUGE_RING;
    for (gsize i = 0; name && i < G_N_ELEMENTS(names); i++)
        if (strcmp(name, names[i]) == 0) {
            *style = (TjGaugeStyle)i;
            return TRUE;
        }
    if (name)
        g_set_error(error, TJ_ERROR, TJ_ERROR_USAGE,
                    _("--style %s: expected ring, semicircle or bar"), name);
    return name == NULL;
}

/* @text as one number into @out (NULL text: @fallback). */
static gboolean
parse_one(const char *text, const char *option, double fallback, double *out,
          GError **error)
{
    *out = fallback;
    if (!text)
        return TRUE;
    double v[2];
    int n = tj__pick_list(text, option, v, 2, error);
    if (n == 1)
        *out = v[0];
    else if (n >= 0)
        g_set_error(error, TJ_ERROR, TJ_ERROR_USAGE, _("%s %s: expected one number"), option, text);
    return n == 1;
}

/* Scale, target and bands from the options, checked as options. */
static gboolean
parse_scale(const TjGaugeOptions *o, TjGaugeSpec *spec, GError **error)
{
    if (!parse_one(o->min, "--min", 0, &spec->min, error) ||
        !parse_one(o->max, "--max", 100, &spec->max, error) ||
        !parse_one(o->target, "--target", NAN, &spec->target, error))
        return FALSE;
    if (!(spec->min < spec->max)) {
        char *lo = tj_format_decimal(spec->min, -1), *hi = tj_format_decimal(spec->max, -1);
        g_set_error(error, TJ_ERROR, TJ_ERROR_USAGE,
                    _("--min %s and --max %s: the scale is empty; min must be below max"), lo, hi);
        g_free(lo);
        g_free(hi);
        return FALSE;
    }
    if (!o->bands)
        return TRUE;
    int n = tj__pick_list(o->bands, "--bands", spec->bands, TJ_GAUGE_MAX_BANDS, error);
    spec->n_bands = (guint)MAX(n, 0);
    return n >= 0;
}

gboolean
tj__api_gauge_prepare(const TjTable *t, const TjGaugeOptions *o, TjGaugeSpec *spec,
                      GStringChunk *keep, TjDiagList *diags, GError **error)
{
    tj_gauge_spec_init(spec);
    if (!o->value) {
        g_set_error(error, TJ_ERROR, TJ_ERROR_USAGE, _("gauge: --value is required"));
        return FALSE;
    }
    if (!parse_style(o->style, &spec->style, error) || !parse_scale(o, spec, error))
        return FALSE;
    tj_gauge_default_size(spec->style, &spec->width, &spec->height);
    spec->width = o->width > 0 ? o->width : spec->width;
    spec->height = o->height > 0 ? o->height : spec->height;
    TjPick pick;
    if (!tj__pick_number(&pick, t, o->value, o->where, "--value", keep, error))
        return FALSE;
    spec->value = pick.num;
    spec->loc = pick.loc;
#define KEEP(s) ((s) ? g_string_chunk_insert_const(keep, (s)) : NULL)
    spec->label = o->label ? KEEP(o->label) : pick.row_name;
    spec->unit = KEEP(o->unit);
    spec->title = KEEP(o->title);
    spec->subtitle = KEEP(o->subtitle);
    spec->source = KEEP(o->source);
#undef KEEP
    spec->clamp = o->clamp;
    char *warning = NULL;
    if (!tj_gauge_check(spec, NULL, &warning, error))
        return FALSE;
    if (warning)
        tj_diag_add(diags, TJ_DIAG_WARNING, NULL, "gauge-clamped", "%s", warning);
    g_free(warning);
    return TRUE;
}

gboolean
tj_gauge_render(const TjTable *table, const TjGaugeOptions *opts, TjFormat fmt,
                const char *path, const TjOutputOptions *out, GError **error)
{
    g_return_val_if_fail(opts && path, FALSE);
    const TjTheme *th = tj__api_theme(opts->theme, error);
    if (!th)
        return FALSE;
    GStringChunk *keep = g_string_chunk_new(256);
    TjGaugeSpec spec;
    TjFonts *fonts = NULL;
    TjScene *scene = NULL;
    TjDiagList *diags = tj__api_diags_new();
    gboolean ok = tj__api_gauge_prepare(table, opts, &spec, keep, diags, error) &&
                  tj__api_check_size(spec.width, spec.height, error);
    if (ok) {
        scene = tj_scene_new(spec.width, spec.height);
        tj_scene_set_background(scene, th->background);
        tj_scene_set_meta(scene, spec.title ? spec.title : spec.label, NULL);
        ok = (fonts = tj__api_fonts_take(out, error)) != NULL &&
             tj_layout_gauge(scene, &spec, th, tj_fonts_measurer(fonts), error);
        if (ok)
            tj__api_describe(scene, tj_alt_gauge(&spec), out);
        ok = ok && tj__api_render_file(scene, fonts, fmt, path, out, diags, error);
    }
    tj__api_diags_deliver(out, diags);
    tj_scene_free(scene);
    tj__api_fonts_give(fonts);
    g_string_chunk_free(keep);
    return ok;
}
