/* layouts/alt.h — alt text: what a chart or tile shows, in Chinese words,
 * made from the same inputs its layout gets (chart data and specs). One
 * sentence group per figure: the kind of chart, what it shows, the extremes
 * and the key change ("条形图：2020年主要经济指标，单位：亿元。共8项，地区
 * 生产总值最高，为2954.7亿元；建安投资最低，为73.8亿元。…"). Numbers keep
 * the source's precision and words (约, 余, 左右); changes are written in
 * words (增长, 下降, 个百分点), never arrows. Pure: no I/O, no globals.
 * The descriptions become SVG <title>/<desc>, PNG iTXt, PDF /Alt and the
 * --alt file (render/ reads them from the scene's groups). */
#ifndef TJ_LAYOUTS_ALT_H
#define TJ_LAYOUTS_ALT_H

#include <glib.h>
#include "layouts/bar.h"
#include "layouts/chartdata.h"
#include "layouts/gauge.h"
#include "layouts/kpi.h"
#include "layouts/page.h"
#include "layouts/trend.h"
#include "scene/scene.h"

/* Each returns: (transfer full) g_free(). */
char *tj_alt_bar(const TjChartData *d, const TjBarSpec *spec);
char *tj_alt_trend(const TjChartData *d, const TjTrendSpec *spec);
char *tj_alt_gauge(const TjGaugeSpec *spec);
char *tj_alt_kpi(const TjKpiSpec *spec);
/* A page block's: its `alt:` when given, else generated; NULL for text
 * blocks (their words are on the page as text). */
char *tj_alt_block(const TjPageBlock *b);
/* The page's summary line: title, subtitle, sections, what it holds. */
char *tj_alt_page(const TjPageSpec *p);

/* Sets @alt as the description of the first group begun at or after item
 * @from (the chart one layout call appended) and, when @alt is not NULL,
 * as the scene's description. */
void tj_alt_describe(TjScene *s, guint from, const char *alt);

/* Describes a page laid out into @s from item @from: each block's chart
 * group in order (their layouts append exactly one "chart.*" group each;
 * text blocks none), and the scene: the summary line (or @summary when not
 * NULL), then one line per figure. Returns the number of groups described. */
guint tj_alt_describe_page(TjScene *s, guint from, const TjPageSpec *p,
                           const char *summary);

#endif
