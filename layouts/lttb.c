/* layouts/lttb.c — Largest-Triangle-Three-Buckets downsampling (Steinarsson
 * 2013): keeps the visual shape of a long series with a fixed number of
 * points, in one linear pass. */
#include "layouts/trend.h"

#include <math.h>

guint
tj_lttb(const double *x, const double *y, guint n, guint n_out, guint *out)
{
    if (n_out >= n || n_out < 3) {
        guint k = MIN(n, n_out < 3 ? n : n_out);
        for (guint i = 0; i < k; i++)
            out[i] = i;
        return k;
    }
    double every = (double)(n - 2) / (n_out - 2);
    guint a = 0, k = 0;
    out[k++] = 0;
    for (guint b = 0; b < n_out - 2; b++) {
        /* average of the next bucket */
        guint n0 = (guint)floor((b + 1) * every) + 1;
        guint n1 = MIN((guint)floor((b + 2) * every) + 1, n);
        double ax = 0, ay = 0;
        for (guint j = n0; j < n1; j++) {
            ax += x[j];
            ay += y[j];
        }
        guint cnt = MAX(n1 - n0, 1);
        ax /= cnt;
        ay /= cnt;
        guint r0 = (guint)floor(b * every) + 1;
        guint r1 = (guint)floor((b + 1) * every) + 1;
        double best = -1;
        guint pick = r0;
        for (guint j = r0; j < r1 && j < n; j++) {
            double area = fabs((x[a] - ax) * (y[j] - y[a]) - (x[a] - x[j]) * (ay - y[a]));
            if (area > best) {
                best = area;
                pick = j;
            }
        }
        out[k++] = pick;
        a = pick;
    }
    out[k++] = n - 1;
    return k;
}
