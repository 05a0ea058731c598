/* api/trend.c — the public trend entry point: table + options → file.
 * Rows marked 目标/预测/预期/计划 in the kind column are drawn dashed; a
 * label column replaces the numbers shown at points ("6%左右"); a target
 * given on its own is appended as the next year's projected point. */
#include "tujie/tujie.h"

#include <math.h>
#include <string.h>

#include "api/api-private.h"
#include "data/number.h"
#include "data/table.h"
#include "layouts/alt.h"
#include "layouts/trend.h"
#include "core/i18n.h"

void
tj_trend_options_init(TjTrendOptions *opts)
{
    memset(opts, 0, sizeof *opts);
}

static int
column_or_default(const TjTable *t, const char *name, const char *fallback, GError **error)
{
    if (!name) {
        return tj_table_column_by_name(t, fallback);
    }
    int c = tj_table_column_by_name(t, name);
    if (c < 0)
        tj_table_set_no_column_error(t, name, NULL, error);
    return c;
}

static gboolean
is_projected(const char *kind)
{
    static const char *const words[] = { "目标", "预测", "预期", "计划", "forecast", "target" };
    for (gsize i = 0; i < G_N_ELEMENTS(words); i++)
        if (strstr(kind, words[i]))
            return TRUE;
    return FALSE;
}

static gboolean
apply_columns(const TjTable *t, const TjTrendOptions *o, TjChartData *d, TjTrendSpec *spec,
              GError **error)
{
    GError *err = NULL;
    int kc = column_or_default(t, o->kind_col, "类型", &err);
    int lc = err ? -1 : column_or_default(t, o->label_col, "标注", &err);
    if (err) {
        g_propagate_error(error, err);
        return FALSE;
    }
    for (guint i = 0; i < d->n_cat; i++) {
        if (kc >= 0 && spec->first_projected == G_MAXUINT &&
            is_projected(tj_table_cell_text(t, d->rows[i], (guint)kc)))
            spec->first_projected = i;
        const char *lab = lc >= 0 ? tj_table_cell_text(t, d->rows[i], (guint)lc) : "";
        if (*lab && d->series[0].labels[i]) {
            g_free(d->series[0].labels[i]);
            d->series[0].labels[i] = g_strdup(lab);
        }
    }
    return TRUE;
}

/* The next x label after the last: "2021年目标" after "2020年". */
static char *
next_label(const TjChartData *d, const char *given)
{
    if (given)
        return g_strdup(given);
    const char *last = d->n_cat ? d->categories[d->n_cat - 1] : "";
    char *end = NULL;
    gint64 y = g_ascii_strtoll(last, &end, 10);
    if (end == last + 4 && y > 0 && (!*end || strcmp(end, "年") == 0))
        return g_strdup_printf("%" G_GINT64_FORMAT "%s目标", y + 1, *end ? "年" : "");
    return g_strdup("目标");
}

static gboolean
append_target(TjChartData *d, const TjTrendOptions *o, TjTrendSpec *spec, GError **error)
{
    TjNumber num;
    GStringChunk *chunk = g_string_chunk_new(64);
    if (tj_number_parse(o->target, &num, chunk) != TJ_NUM_VALUE) {
        g_set_error(error, TJ_ERROR, TJ_ERROR_USAGE,
                    _("--target %s: expected a number such as 6, 6%% or 6%%左右"), o->target);
        g_string_chunk_free(chunk);
        return FALSE;
    }
    double *values = g_new(double, d->n_series);
    char **labels = g_new0(char *, d->n_series);
    for (guint k = 0; k < d->n_series; k++) {
        values[k] = k == 0 ? num.value : NAN;
        labels[k] = k == 0 ? g_strstrip(g_strdup(o->target)) : NULL;
    }
    char *x = next_label(d, o->target_x);
    if (spec->first_projected == G_MAXUINT)
        spec->first_projected = d->n_cat;
    tj_chart_data_append(d, x, values, (const char *const *)labels);
    g_free(x);
    for (guint k = 0; k < d->n_series; k++)
        g_free(labels[k]);
    g_free(labels);
    g_free(values);
    g_string_chunk_free(chunk);
    return TRUE;
}

static gboolean
parse_enums(const TjTrendOptions *o, TjTrendSpec *spec, GError **error)
{
    if (o->better && strcmp(o->better, "higher") == 0)
        spec->better = TJ_BETTER_HIGHER;
    else if (o->better && strcmp(o->better, "lower") == 0)
        spec->better = TJ_BETTER_LOWER;
    else if (o->better) {
        g_set_error(error, TJ_ERROR, TJ_ERROR_USAGE, _("--better %s: expected higher or lower"), o->better);
        return FALSE;
    }
    const char *h = o->highlight ? o->highlight : "last";
    if (strcmp(h, "last") == 0)
        spec->highlight = TJ_TREND_HL_LAST;
    else if (strcmp(h, "extremes") == 0)
        spec->highlight = TJ_TREND_HL_EXTREMES;
    else if (strcmp(h, "none") == 0)
        spec->highlight = TJ_TREND_HL_NONE;
    else {
        g_set_error(error, TJ_ERROR, TJ_ERROR_USAGE,
                    _("--highlight %s: expected last, extremes or none"), h);
        return FALSE;
    }
    return TRUE;
}

TjChartData *
tj__api_trend_prepare(const TjTable *table, const TjTrendOptions *opts, TjTrendSpec *spec,
                      GError **error)
{
    tj_trend_spec_init(spec);
    if (!parse_enums(opts, spec, error))
        return NULL;
    TjChartData *d = tj__api_chart_data(table, opts->x, opts->y, opts->where, error);
    if (!d)
        return NULL;
    if (opts->width > 0)
        spec->width = opts->width;
    if (opts->height > 0)
        spec->height = opts->height;
    spec->title = opts->title;
    spec->subtitle = opts->subtitle;
    spec->source = opts->source;
    spec->unit = opts->unit;
    spec->area = opts->area;
    if (!apply_columns(table, opts, d, spec, error) ||
        (opts->target && !append_target(d, opts, spec, error))) {
        tj_chart_data_free(d);
        return NULL;
    }
    return d;
}

gboolean
tj_trend_render(const TjTable *table, const TjTrendOptions *opts, TjFormat fmt,
                const char *path, const TjOutputOptions *out, GError **error)
{
    g_return_val_if_fail(table && opts && path, FALSE);
    TjApiChart c;
    TjTrendSpec spec;
    if (!tj__api_chart_begin(&c, opts->theme, opts->width, opts->height, opts->title, out, error))
        return FALSE;
    c.d = tj__api_trend_prepare(table, opts, &spec, error);
    if (!c.d || !tj_layout_trend(c.scene, c.d, &spec, c.th, tj_fonts_measurer(c.fonts), error)) {
        tj__api_chart_clear(&c);
        return FALSE;
    }
    tj__api_describe(c.scene, tj_alt_trend(c.d, &spec), out);
    return tj__api_chart_finish(&c, fmt, path, out, error);
}
