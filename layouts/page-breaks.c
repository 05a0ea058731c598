/* layouts/page-breaks.c — where a long page breaks into pages of a given
 * height (A4 PDF). The composer reports the legal cuts (between rows and
 * sections, never through a block or between a heading and its first row);
 * this chooses among them as TeX chooses line breaks: every sequence of
 * cuts is priced and the cheapest wins, by dynamic programming over the
 * cuts (O(n²), n is the number of rows). A page's price is its empty space
 * squared, so one half-empty page costs more than two pages a quarter
 * empty each: pages come out evenly filled, and the fewest pages win (a
 * whole extra page of emptiness always costs more than it saves). Ending a
 * page before the footer costs as much as an empty page, so the footer
 * goes alone only when it cannot fit under the last row. A page may be
 * overfull only when there is no cut inside it (one block taller than a
 * page); overflow costs far more than any emptiness. */
#include "layouts/page.h"

#include <math.h>

#define OVERFULL 1e6      /* × px² of overflow */

/* pos: the tops of pages that start at each position; end: where the
 * content before each position ends */
static double
cost(const TjPageCuts *cuts, const double *pos, const double *end, guint a, guint b,
     double page_h)
{
    double len = end[b] - pos[a];
    double c = 0;
    if (len <= page_h + 0.5) {
        double empty = MAX(0, page_h - len);
        c = empty * empty;
    } else {
        double over = len - page_h;
        c = OVERFULL * (1 + over * over);
    }
    /* b indexes pos: 0 the top, 1..n the cuts, n + 1 the end */
    if (b >= 1 && b <= cuts->n && cuts->kinds && cuts->kinds[b - 1] == TJ_PAGE_CUT_FOOTER)
        c += page_h * page_h;
    return c;
}

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
    double last = MAX(total_h, pos[m - 1]);
    end[m] = last;
    pos[m++] = last;
    /* a view of the usable cuts' kinds, indexed like pos */
    TjPageCuts used = { NULL, g_new0(guint8, m), NULL, m - 2 };
    for (guint k = 1; k + 1 < m; k++)
        used.kinds[k - 1] = cuts->kinds ? cuts->kinds[src[k]] : TJ_PAGE_CUT_ROW;
    double *best = g_new(double, m);  /* cheapest pages from 0 to pos[b] */
    guint *from = g_new(guint, m);
    best[0] = 0;
    for (guint b = 1; b < m; b++) {
        best[b] = INFINITY;
        from[b] = b - 1;
        for (guint a = b; a-- > 0;) {
            double len = end[b] - pos[a];
            if (len > page_h + 0.5 && a + 1 < b)
                break;  /* overfull with a cut inside: never, nor further back */
            double c = best[a] + cost(&used, pos, end, a, b, page_h);
            if (c < best[b]) {
                best[b] = c;
                from[b] = a;
            }
        }
    }
    GArray *tops = g_array_new(FALSE, FALSE, sizeof(double));
    for (guint b = m - 1; b > 0; b = from[b])
        g_array_prepend_val(tops, pos[from[b]]);
    g_free(best);
    g_free(from);
    g_free(used.kinds);
    g_free(src);
    g_free(end);
    g_free(pos);
    *n = tops->len;
    return (double *)g_array_free(tops, FALSE);
}
