/* data/cnumber.h — numbers written in Chinese numerals, the forms reports
 * use besides Arabic digits: "三" "十二" "两千三百" "一百零五" "三点五"
 * "二〇三五" (digit by digit), "百分之六" "百分之零点五" "千分之三" (percent,
 * per mille), "三成" (tenths), "两位数" (a count of digits: at least 10).
 * Kept apart from data/number.c (one CSV cell) so both can change alone;
 * the extractor (extract/) reads running text with both. */
#ifndef TJ_DATA_CNUMBER_H
#define TJ_DATA_CNUMBER_H

#include <glib.h>

typedef enum {
    TJ_CNUM_PLAIN,     /* 三, 十二, 两千三百, 三点五, 二〇三五 */
    TJ_CNUM_PERCENT,   /* 百分之六: value 6 */
    TJ_CNUM_PERMILLE,  /* 千分之三: value 3 */
    TJ_CNUM_TENTHS,    /* 三成: value 3 (tenths of the whole) */
    TJ_CNUM_DIGITS     /* 两位数: value 2 (a number of that many digits) */
} TjCnumForm;

typedef struct {
    double value;      /* the number as written, without the form's scale */
    gint8 decimals;    /* digits after 点 */
    TjCnumForm form;
    gsize len;         /* bytes read from the start */
} TjCnumber;

/* Reads the longest Chinese-numeral number at the start of [@s, @end)
 * (UTF-8). Returns FALSE (and @out->len 0) when none starts there. A lone
 * "十"/"百"/"千" without a digit reads as 10/100/1000 only where a digit
 * could not stand (十二 = 12, 百分之十 = 10%). Values above 10^16 are
 * refused. */
gboolean tj_cnumber_read(const char *s, const char *end, TjCnumber *out);

/* TRUE when @c is one of the characters a Chinese numeral is made of
 * (零〇一二两三四五六七八九十百千万亿). */
gboolean tj_cnumber_is_char(gunichar c);

#endif
