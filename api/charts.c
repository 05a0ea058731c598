/* api/charts.c — the public chart entry points (tj_bar_render, …): an
 * option struct becomes the same option map a spec block is (so bind/ reads
 * both one way, naming options as --flags in messages), then the chart is
 * bound, laid out in a scene of its size and written. */
#include "tujie/tujie.h"

#include <math.h>
#include <string.h>

#include "api/api-private.h"
#include "bind/bind.h"
#include "layouts/alt.h"
#include "api/output.h"
#include "spec/node.h"
#include "core/i18n.h"

/* "COL=VALUE;…" of an option struct → where: entries; FALSE (USAGE) on an
 * item without '='. */
static gboolean
set_where(TjNodeBuilder *nb, const char *where, GError **error)
{
    GArray *w = tj__api_parse_where(where, error);
    if (!w)
        return FALSE;
    for (guint i = 0; i < w->len; i++) {
        const TjWhere *f = &g_array_index(w, TjWhere, i);
        tj_spec_builder_add_entry(nb, "where", f->column, f->value);
    }
    g_array_free(w, TRUE);
    return TRUE;
}

static void
set_number(TjNodeBuilder *nb, const char *key, double v)
{
    char buf[G_ASCII_DTOSTR_BUF_SIZE];
    if (!isnan(v))
        tj_spec_builder_set(nb, key, g_ascii_dtostr(buf, sizeof buf, v));
}

static void
set_bool(TjNodeBuilder *nb, const char *key, gboolean v)
{
    if (v)
        tj_spec_builder_set(nb, key, "true");
}

static void
set_frame(TjNodeBuilder *nb, const char *title, const char *subtitle, const char *source,
          const char *unit)
{
    tj_spec_builder_set(nb, "title", title);
    tj_spec_builder_set(nb, "subtitle", subtitle);
    tj_spec_builder_set(nb, "source", source);
    tj_spec_builder_set(nb, "unit", unit);
}

gboolean
tj__api_chart_lay_out(const char *kind, const TjTable *table, const TjNode *opts,
                      const char *theme, double width, double height,
                      const TjOutputOptions *out, TjScene **scene_out, TjFonts **fonts_out,
                      GError **error)
{
    *scene_out = NULL;
    *fonts_out = NULL;
    const TjTheme *th = tj__api_theme(theme, error);
    if (!th)
        return FALSE;
    TjSpecErrors *errs = tj_spec_errors_new();
    TjBind *c = tj_bind_new_for_options(table, errs);
    TjDiagList *diags = tj__api_diags_new();
    tj_bind_set_diags(c, diags);
    TjPageBlock b;
    TjFonts *fonts = NULL;
    TjScene *scene = NULL;
    gboolean ok = tj_bind_options(c, kind, opts, &b, error) && b.ops;
    double w = 0, h = 0;
    if (ok) {
        b.ops->default_size(b.spec, &w, &h);
        w = width > 0 ? width : w;
        h = height > 0 ? height : h;
        ok = tj__api_check_size(w, h, error);
    }
    if (ok) {
        scene = tj_scene_new(w, h);
        tj_scene_set_background(scene, th->background);
        tj_scene_set_meta(scene, b.ops->title ? b.ops->title(b.spec) : NULL, NULL);
        ok = (fonts = tj__api_fonts_take(out, error)) != NULL &&
             tj_layout_block(scene, &b, 0, 0, w, h, th, tj_fonts_measurer(fonts), error);
        if (ok)
            tj__api_describe(scene, b.ops->alt ? b.ops->alt(b.spec) : NULL, out);
    }
    tj__api_diags_deliver(out, diags);
    tj_bind_free(c);
    tj_spec_errors_free(errs);
    if (!ok) {
        tj_scene_free(scene);
        tj__api_fonts_give(out, fonts);
        return FALSE;
    }
    *scene_out = scene;
    *fonts_out = fonts;
    return TRUE;
}

/* Lays out @kind's options @opts (taken) and writes the chart to @path. */
static gboolean
chart_render(const char *kind, const TjTable *table, TjNode *opts, const char *theme,
             double width, double height, TjFormat fmt, const char *path,
             const TjOutputOptions *out, GError **error)
{
    TjScene *scene;
    TjFonts *fonts;
    gboolean ok = tj__api_chart_lay_out(kind, table, opts, theme, width, height, out, &scene,
                                        &fonts, error) &&
                  tj__api_write(scene, fonts, fmt, path, out, error);
    tj_scene_free(scene);
    tj__api_fonts_give(out, fonts);
    tj_spec_node_free(opts);
    return ok;
}

/* ---- bar ------------------------------------------------------------------ */

void
tj_bar_options_init(TjBarOptions *opts)
{
    memset(opts, 0, sizeof *opts);
    opts->target = NAN;
}

gboolean
tj_bar_render(const TjTable *table, const TjBarOptions *o, TjFormat fmt, const char *path,
              const TjOutputOptions *out, GError **error)
{
    g_return_val_if_fail(table && o && path, FALSE);
    TjNodeBuilder *nb = tj_spec_builder_new();
    if (!set_where(nb, o->where, error)) {
        tj_spec_builder_free(nb);
        return FALSE;
    }
    tj_spec_builder_set(nb, "x", o->x);
    tj_spec_builder_set(nb, "y", o->y);
    set_frame(nb, o->title, o->subtitle, o->source, o->unit);
    tj_spec_builder_set(nb, "highlight", o->highlight);
    set_number(nb, "target", o->target);
    set_bool(nb, "horizontal", o->horizontal);
    set_bool(nb, "stacked", o->stacked);
    return chart_render("bar", table, tj_spec_builder_finish(nb), o->theme, o->width, o->height,
                        fmt, path, out, error);
}

/* ---- trend ---------------------------------------------------------------- */

void
tj_trend_options_init(TjTrendOptions *opts)
{
    memset(opts, 0, sizeof *opts);
}

gboolean
tj_trend_render(const TjTable *table, const TjTrendOptions *o, TjFormat fmt, const char *path,
                const TjOutputOptions *out, GError **error)
{
    g_return_val_if_fail(table && o && path, FALSE);
    TjNodeBuilder *nb = tj_spec_builder_new();
    if (!set_where(nb, o->where, error)) {
        tj_spec_builder_free(nb);
        return FALSE;
    }
    tj_spec_builder_set(nb, "x", o->x);
    tj_spec_builder_set(nb, "y", o->y);
    set_frame(nb, o->title, o->subtitle, o->source, o->unit);
    tj_spec_builder_set(nb, "kind_col", o->kind_col);
    tj_spec_builder_set(nb, "label_col", o->label_col);
    tj_spec_builder_set(nb, "target", o->target);
    tj_spec_builder_set(nb, "target_x", o->target_x);
    tj_spec_builder_set(nb, "better", o->better);
    tj_spec_builder_set(nb, "highlight", o->highlight);
    set_bool(nb, "area", o->area);
    return chart_render("trend", table, tj_spec_builder_finish(nb), o->theme, o->width,
                        o->height, fmt, path, out, error);
}

/* ---- gauge ---------------------------------------------------------------- */

void
tj_gauge_options_init(TjGaugeOptions *opts)
{
    memset(opts, 0, sizeof *opts);
}

gboolean
tj_gauge_render(const TjTable *table, const TjGaugeOptions *o, TjFormat fmt, const char *path,
                const TjOutputOptions *out, GError **error)
{
    g_return_val_if_fail(o && path, FALSE);
    TjNodeBuilder *nb = tj_spec_builder_new();
    if (!set_where(nb, o->where, error)) {
        tj_spec_builder_free(nb);
        return FALSE;
    }
    tj_spec_builder_set(nb, "value", o->value);
    tj_spec_builder_set(nb, "min", o->min);
    tj_spec_builder_set(nb, "max", o->max);
    tj_spec_builder_set(nb, "target", o->target);
    tj_spec_builder_set(nb, "bands", o->bands);
    tj_spec_builder_set(nb, "style", o->style);
    tj_spec_builder_set(nb, "label", o->label);
    set_frame(nb, o->title, o->subtitle, o->source, o->unit);
    set_bool(nb, "clamp", o->clamp);
    return chart_render("gauge", table, tj_spec_builder_finish(nb), o->theme, o->width,
                        o->height, fmt, path, out, error);
}

/* ---- kpi ------------------------------------------------------------------ */

void
tj_kpi_options_init(TjKpiOptions *opts)
{
    memset(opts, 0, sizeof *opts);
}

gboolean
tj_kpi_render(const TjTable *table, const TjKpiOptions *o, TjFormat fmt, const char *path,
              const TjOutputOptions *out, GError **error)
{
    g_return_val_if_fail(o && path, FALSE);
    TjNodeBuilder *nb = tj_spec_builder_new();
    if (!set_where(nb, o->where, error)) {
        tj_spec_builder_free(nb);
        return FALSE;
    }
    tj_spec_builder_set(nb, "value", o->value);
    tj_spec_builder_set(nb, "change", o->change);
    tj_spec_builder_set(nb, "label", o->label);
    tj_spec_builder_set(nb, "unit", o->unit);
    tj_spec_builder_set(nb, "change_label", o->change_label);
    tj_spec_builder_set(nb, "change_style", o->change_style);
    tj_spec_builder_set(nb, "better", o->better);
    tj_spec_builder_set(nb, "magnitude", o->magnitude);
    tj_spec_builder_set(nb, "compare", o->compare);
    tj_spec_builder_set(nb, "icon", o->icon);
    return chart_render("kpi", table, tj_spec_builder_finish(nb), o->theme, o->width, o->height,
                        fmt, path, out, error);
}
