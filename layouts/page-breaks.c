/* layouts/page-breaks.c — where a long page breaks into pages of a given
 * height (A4 PDF). The composer reports the legal cuts (between rows and
 * sections, never through a block or between a heading and its first row);
 * this fills each page before a row moves on to the next (no page is left
 * a third blank while the next row would fit on it), which also gives the
 * fewest pages. One exception, looked ahead for: when the footer alone
 * would go to a new page, the last row goes with it, so a page never holds
 * only the footer unless the footer cannot fit under the last row. A page
 * is overfull only when no cut falls inside it (one block taller than a
 * page). */
#include "layouts/page.h"

double *
tj_page_breaks(const TjPageCuts *cuts, double total_h, double page_h, guint *n)
{
    g_return_val_if_fail(cuts && n && page_h > 0, NULL);
    /* positions: the top, the usable cuts (inside the page, increasing), the end */
    guint m = 0;
    double *pos = g_new(double, cuts->n + 2);
    double *end = g_new(double, cuts->n + 2);
    guint *src = g_new(guint, cuts->n + 2);
    end[m] = 0;
    pos[m++] = 0;
    for (guint i = 0; i < cuts->n; i++)
        if (cuts->ys[i] > pos[m - 1] + 1 && cuts->ys[i] < total_h - 1) {
            src[m] = i;
            end[m] = cuts->above ? MIN(cuts->above[i], cuts->ys[i]) : cuts->ys[i];
            pos[m++] = cuts->ys[i];
        }
    double bottom = MAX(total_h, pos[m - 1]);
    end[m] = bottom;
    pos[m++] = bottom;
    /* a view of the usable cuts' kinds, indexed like pos */
    TjPageCuts used = { NULL, g_new0(guint8, m), NULL, m - 2 };
    for (guint k = 1; k + 1 < m; k++)
        used.kinds[k - 1] = cuts->kinds ? cuts->kinds[src[k]] : TJ_PAGE_CUT_ROW;
    GArray *tops = g_array_new(FALSE, FALSE, sizeof(double));
    guint last = m - 1;
    for (guint a = 0;;) {
        g_array_append_val(tops, pos[a]);
        if (end[last] - pos[a] <= page_h + 0.5)
            break;
        guint b = a + 1;   /* overfull when not even the first cut fits */
        for (guint k = a + 1; k < last && end[k] - pos[a] <= page_h + 0.5; k++)
            b = k;
        if (b < last && used.kinds[b - 1] == TJ_PAGE_CUT_FOOTER && b - 1 > a &&
            end[last] - pos[b - 1] <= page_h + 0.5)
            b--;           /* the footer goes with the last row */
        if (b >= last)
            break;
        a = b;
    }
    g_free(used.kinds);
    g_free(src);
    g_free(end);
    g_free(pos);
    *n = tops->len;
    return (double *)g_array_free(tops, FALSE);
}
