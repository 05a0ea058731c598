/* layouts/alt-private.h — what the alt-text files share: writing a value
 * the way the chart labels it, and changes in words. */
#ifndef TJ_LAYOUTS_ALT_PRIVATE_H
#define TJ_LAYOUTS_ALT_PRIVATE_H

#include <glib.h>
#include "layouts/chartdata.h"

/* Appends value @i of series @s with its unit ("2954.7亿元", "21.8%",
 * "约44.0微克/立方米"); a label that is a note rather than the number
 * ("增长6%左右") follows the number in brackets. @unit overrides the
 * series' unit ("" none). Missing values append "缺失". */
void tj__alt_value(GString *out, const TjSeries *s, guint i, const char *unit);

/* Appends the change from @a to @b: "增长9.1%" / "下降4.4%" / "持平" (one
 * decimal at most), or with @points >= 0 in percentage points to that many
 * decimals ("提高0.96个百分点"). */
void tj__alt_change(GString *out, double a, double b, int points);

/* Appends "，单位：U" when @unit is set and not "". */
void tj__alt_unit(GString *out, const char *unit);

/* Ends a sentence: turns a trailing "，" or "；" into "。", or adds "。". */
void tj__alt_end(GString *out);

#endif
