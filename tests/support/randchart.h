/* tests/support/randchart.h — random charts of every kind for the
 * collision test: a table (names of 1–20 characters mixing Chinese, Latin
 * and digits; values of both signs from 0.001 to 1e13, with units, some
 * missing; 1–8 series where the kind takes series) and the kind's options
 * as a command or a library call would give them, at its default size or
 * a random one. Everything comes from the GRand given: a seed repeats a
 * case. */
#ifndef TJ_TESTS_RANDCHART_H
#define TJ_TESTS_RANDCHART_H

#include <glib.h>
#include "data/table.h"
#include "spec/node.h"

typedef struct {
    TjTable *table;      /* NULL: the kind takes its values as options */
    char *csv;           /* the table as CSV, for a failure's report */
    TjNode *opts;        /* the kind's options (a map) */
    double w, h;         /* 0: the kind's default size */
    GPtrArray *names;    /* texts a reader must find whole on the chart
                            (category names, event texts): char * */
} TjtRandChart;

/* A random name of @min to @max characters. (transfer full) g_free() */
char *tjt_rand_name(GRand *r, guint min, guint max);

/* Fills @out with a random @kind chart. Clear with tjt_rand_chart_clear(). */
void tjt_rand_chart(GRand *r, const char *kind, TjtRandChart *out);
void tjt_rand_chart_clear(TjtRandChart *c);

#endif
