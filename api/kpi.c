/* api/kpi.c — the public big-number tile entry point: a value and a change
 * (typed, or cells of one table row) + options → file, and the same
 * preparation for a page's kpi blocks. A change is percent ("0.2",
 * "-9.1%") or points ("0.3个百分点"); a missing change cell means no change
 * line, a missing value is an error. Without --better, a table's "方向"
 * column ("lower"/"越低越好", "higher"/"越高越好") gives the polarity. An
 * --icon file is read here (api/image.c), as the user named it. */
#include "tujie/tujie.h"

#include <math.h>
#include <string.h>

#include "api/api-private.h"
#include "api/pick.h"
#include "api/spec-private.h"
#include "layouts/alt.h"
#include "layouts/kpi.h"
#include "api/output.h"
#include "core/i18n.h"

void
tj_kpi_options_init(TjKpiOptions *opts)
{
    memset(opts, 0, sizeof *opts);
}

/* Index of @name in @names (NULL: @dflt), or -1 with a USAGE error. */
static int
choose(const char *name, const char *const *names, gsize n, int dflt, const char *option,
       const char *expected, GError **error)
{
    if (!name)
        return dflt;
    for (gsize i = 0; i < n; i++)
        if (strcmp(name, names[i]) == 0)
            return (int)i;
    g_set_error(error, TJ_ERROR, TJ_ERROR_USAGE, _("%s %s: expected %s"), option, name, expected);
    return -1;
}

static gboolean
parse_enums(const TjKpiOptions *o, TjKpiSpec *spec, GError **error)
{
    static const char *const styles[] = { "sign", "arrow", "words" };
    static const TjChangeStyle style_of[] = { TJ_CHANGE_SIGN, TJ_CHANGE_ARROW, TJ_CHANGE_WORDS };
    static const char *const better[] = { "none", "higher", "lower" };
    static const char *const mags[] = { "auto", "none", "万", "亿", "万亿" };
    static const TjMagnitude mag_of[] = { TJ_MAG_AUTO, TJ_MAG_NONE, TJ_MAG_WAN, TJ_MAG_YI,
                                          TJ_MAG_WANYI };
    int s = choose(o->change_style, styles, G_N_ELEMENTS(styles), 1, "--change-style",
                   "arrow, sign or words", error);
    int b = s < 0 ? -1 : choose(o->better, better, G_N_ELEMENTS(better), 0, "--better",
                                "higher or lower", error);
    int m = b < 0 ? -1 : choose(o->magnitude, mags, G_N_ELEMENTS(mags), 0, "--magnitude",
                                "auto, none, 万, 亿 or 万亿", error);
    if (m < 0)
        return FALSE;
    spec->change_style = style_of[s];
    spec->better = (TjBetter)b;
    spec->magnitude = mag_of[m];
    return TRUE;
}

/* The polarity a table row states in its "方向" column, if any. */
static TjBetter
row_polarity(const TjTable *t, const TjPick *p)
{
    const char *d = tj__pick_row_cell(t, p, "方向");
    if (!d)
        return TJ_BETTER_NONE;
    if (strcmp(d, "lower") == 0 || strcmp(d, "越低越好") == 0)
        return TJ_BETTER_LOWER;
    if (strcmp(d, "higher") == 0 || strcmp(d, "越高越好") == 0)
        return TJ_BETTER_HIGHER;
    return TJ_BETTER_NONE;
}

static gboolean
is_points(const char *unit)
{
    return unit && (strcmp(unit, "个百分点") == 0 || strcmp(unit, "百分点") == 0);
}

static gboolean
apply_change(TjKpiSpec *spec, const TjPick *c, gboolean typed, GError **error)
{
    const TjNumber *n = &c->num;
    if (isnan(n->value))
        return TRUE;  /* no change reported: no change line */
    if (n->unit && !is_points(n->unit)) {
        if (typed)
            g_set_error(error, TJ_ERROR, TJ_ERROR_USAGE, _("--change %s: expected percent "
                        "(0.2, -9.1%%) or points (0.3个百分点)"), c->text);
        else
            tj_error_set_at(error, TJ_ERROR_INPUT, &c->loc, _("change “%s”: expected percent "
                            "(0.2, -9.1%%) or points (0.3个百分点)"), c->text);
        return FALSE;
    }
    spec->change = n->value;
    spec->change_decimals = n->decimals;
    spec->change_points = is_points(n->unit);
    return TRUE;
}

gboolean
tj__api_kpi_prepare(const TjTable *t, const TjKpiOptions *o, TjKpiSpec *spec,
                    GStringChunk *keep, GError **error)
{
    tj_kpi_spec_init(spec);
    if (!o->value) {
        g_set_error(error, TJ_ERROR, TJ_ERROR_USAGE, _("kpi: --value is required"));
        return FALSE;
    }
    TjPick v, c;
    if (!parse_enums(o, spec, error) ||
        !tj__pick_number(&v, t, o->value, o->where, "--value", keep, error))
        return FALSE;
#define KEEP(s) ((s) ? g_string_chunk_insert_const(keep, (s)) : NULL)
    spec->width = o->width > 0 ? o->width : spec->width;
    spec->height = o->height > 0 ? o->height : spec->height;
    spec->value = v.num;
    spec->loc = v.loc;
    spec->label = o->label ? KEEP(o->label) : v.row_name ? v.row_name : v.column;
    spec->unit = KEEP(o->unit);
    spec->compare = KEEP(o->compare);
    spec->change_label = o->change_label ? KEEP(o->change_label) : "同比";
#undef KEEP
    if (!o->better)
        spec->better = row_polarity(t, &v);
    if (!spec->label) {
        g_set_error(error, TJ_ERROR, TJ_ERROR_USAGE, _("kpi: --label is required (the indicator's name)"));
        return FALSE;
    }
    if (!isfinite(spec->value.value))  /* the layout's message, at the cell */
        return tj_kpi_check(spec, error);
    if (!o->change)
        return TRUE;
    if (!tj__pick_number(&c, t, o->change, o->where, "--change", keep, error))
        return FALSE;
    if (t && !o->change_label)
        spec->change_label = c.column;
    return apply_change(spec, &c, t == NULL, error);
}

gboolean
tj_kpi_render(const TjTable *table, const TjKpiOptions *opts, TjFormat fmt,
              const char *path, const TjOutputOptions *out, GError **error)
{
    g_return_val_if_fail(opts && path, FALSE);
    const TjTheme *th = tj__api_theme(opts->theme, error);
    if (!th)
        return FALSE;
    GStringChunk *keep = g_string_chunk_new(256);
    TjKpiSpec spec;
    TjFonts *fonts = NULL;
    TjScene *scene = NULL;
    TjImage icon = { 0 };
    gboolean ok = tj__api_kpi_prepare(table, opts, &spec, keep, error) &&
                  tj__api_check_size(spec.width, spec.height, error);
    if (ok && opts->icon) {  /* a file the user named: no path policy */
        GError *err = NULL;
        ok = tj__api_image_load(opts->icon, NULL, &icon, &err);
        if (ok)
            spec.icon = &icon;
        else
            g_propagate_prefixed_error(error, err, "--icon: ");
    }
    if (ok) {
        scene = tj_scene_new(spec.width, spec.height);
        tj_scene_set_background(scene, th->background);
        tj_scene_set_meta(scene, spec.label, NULL);
        ok = (fonts = tj__api_fonts_take(out, error)) != NULL &&
             tj_layout_kpi(scene, &spec, th, tj_fonts_measurer(fonts), error);
        if (ok)
            tj__api_describe(scene, tj_alt_kpi(&spec), out);
        TjDiagList *diags = tj__api_diags_new();
        ok = ok && tj__api_render_file(scene, fonts, fmt, path, out, diags, error);
        tj__api_diags_deliver(out, diags);
    }
    tj_scene_free(scene);
    tj__api_fonts_give(fonts);
    tj__api_image_clear(&icon);
    g_string_chunk_free(keep);
    return ok;
}
