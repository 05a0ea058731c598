/* data/number.h — reading one cell as a number, the way Chinese reports
 * write them: "2,954.7", "２９５４．７", "21.8%", "−4.4%", "2954.7亿元",
 * "1.4万", "3200余", "8.4万余", "6%左右", "不超过4%", "以上". The value is
 * kept in full (2954.7亿 = 2.9547e11) together with how it was written
 * (decimals, magnitude), its unit and qualifiers, so labels can show the
 * source's own precision and words. */
#ifndef TJ_DATA_NUMBER_H
#define TJ_DATA_NUMBER_H

#include <glib.h>

typedef enum {
    TJ_NUM_TEXT,     /* not a number: the cell is text */
    TJ_NUM_MISSING,  /* empty, "-", "—", "N/A", …: a missing value, not zero */
    TJ_NUM_VALUE     /* a number */
} TjNumKind;

typedef struct {
    double value;        /* full value, magnitude applied; NAN when missing */
    gint8 decimals;      /* digits written after the point */
    gint8 magnitude;     /* as written: 0, 4 (万), 8 (亿), 12 (万亿) */
    gboolean percent;    /* written with % (value is the number before %) */
    const char *unit;    /* after magnitude and %, e.g. "元", "人次"; NULL */
    const char *prefix;  /* qualifier before: "不超过", "约", "超过"; NULL */
    const char *suffix;  /* qualifier after: "余", "左右", "以上"; NULL */
    gboolean range;      /* TEXT only: written as a number, but beyond what a
                          * double holds ("1e400", "1e-400", "1e300万亿") */
} TjNumber;

/* Parses @text (UTF-8, any surrounding spaces). Strings for unit and
 * qualifiers are copied into @strings (or point to static storage when
 * @strings is NULL and they are among the known qualifiers; units then stay
 * NULL, but for the static "‰"). Returns the kind; @out is filled for
 * TJ_NUM_VALUE and MISSING (for TEXT: value NAN, the rest zero); @out may
 * be NULL. The grammar is in data/number.c. */
TjNumKind tj_number_parse(const char *text, TjNumber *out, GStringChunk *strings);

#endif
