/* tests/support/chart-theme.h — the default theme as a single chart gets
 * it (tj_theme_for_chart: the 1080-px page scale × 5/7, as for any chart
 * up to 771 px wide), for tests that call a chart layout directly. */
#ifndef TJ_TESTS_CHART_THEME_H
#define TJ_TESTS_CHART_THEME_H

#include "layouts/theme.h"

static inline const TjTheme *
tjt_chart_theme(void)
{
    static TjTheme t;
    tj_theme_for_chart(tj_theme_builtin(NULL), 0, &t);
    return &t;
}

#endif
