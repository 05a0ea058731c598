/* data/numfmt.c — spreadsheet number formats: which kind a format code is
 * (General, fixed decimals, percent, date) and a value written the way the
 * spreadsheet shows it, in the text tujie's number reader takes.
 *
 * Only the first section of a code counts (negative numbers get a "-").
 * Numbers are first rounded to 15 significant digits, as spreadsheets
 * show them, then to the format's decimals, half away from zero on the
 * decimal digits (0.2185 under "0.0%" → "21.9%", as Excel shows it).
 * Dates: serial days since 1899-12-30 (1900 system, with its phantom
 * 1900-02-29) or 1904-01-01; a date code is drawn token by token: y, m, d,
 * h, s (m is minutes after h or before s), AM/PM and 上午/下午, [h]
 * elapsed hours, literals quoted, escaped or punctuation; mmm is "1月",
 * ddd "周日" and dddd "星期日" as a zh-CN spreadsheet shows them. */
#include "data/workbook-private.h"

#include <math.h>
#include <string.h>

static const struct { guint id; const char *code; } builtin_dates[] = {
    { 14, "yyyy-mm-dd" }, { 15, "yyyy-mm-dd" }, { 16, "mm-dd" }, { 17, "yyyy-mm" },
    { 18, "h:mm AM/PM" }, { 19, "h:mm:ss AM/PM" }, { 20, "h:mm" }, { 21, "h:mm:ss" },
    { 22, "yyyy-mm-dd h:mm" }, { 45, "mm:ss" }, { 46, "[h]:mm:ss" }, { 47, "mm:ss" },
    { 27, "yyyy\"年\"m\"月\"" }, { 36, "yyyy\"年\"m\"月\"" }, { 50, "yyyy\"年\"m\"月\"" },
    { 52, "yyyy\"年\"m\"月\"" }, { 57, "yyyy\"年\"m\"月\"" },
    { 28, "m\"月\"d\"日\"" }, { 29, "m\"月\"d\"日\"" }, { 51, "m\"月\"d\"日\"" },
    { 53, "m\"月\"d\"日\"" }, { 54, "m\"月\"d\"日\"" }, { 58, "m\"月\"d\"日\"" },
    { 30, "m-d-yy" }, { 31, "yyyy\"年\"m\"月\"d\"日\"" },
    { 32, "h\"时\"mm\"分\"" }, { 33, "h\"时\"mm\"分\"ss\"秒\"" },
    { 34, "上午/下午h\"时\"mm\"分\"" }, { 55, "上午/下午h\"时\"mm\"分\"" },
    { 35, "上午/下午h\"时\"mm\"分\"ss\"秒\"" }, { 56, "上午/下午h\"时\"mm\"分\"ss\"秒\"" },
};

TjNumFmt
tj__numfmt_builtin(guint id)
{
    TjNumFmt f = { TJ_NUMFMT_GENERAL, 0, NULL };
    for (gsize i = 0; i < G_N_ELEMENTS(builtin_dates); i++)
        if (builtin_dates[i].id == id) {
            f.kind = TJ_NUMFMT_DATE;
            f.code = builtin_dates[i].code;
            return f;
        }
    switch (id) {
    case 1: case 3: case 5: case 6: case 37: case 38: case 41: case 42:
        f.kind = TJ_NUMFMT_FIXED;
        break;
    case 2: case 4: case 7: case 8: case 39: case 40: case 43: case 44:
        f.kind = TJ_NUMFMT_FIXED;
        f.decimals = 2;
        break;
    case 9: f.kind = TJ_NUMFMT_PERCENT; break;
    case 10: f.kind = TJ_NUMFMT_PERCENT; f.decimals = 2; break;
    default: break;
    }
    return f;
}

static gboolean
is_date_letter(char c)
{
    c = g_ascii_tolower(c);
    return c == 'y' || c == 'm' || c == 'd' || c == 'h' || c == 's' || c == 'e';
}

TjNumFmt
tj__numfmt_parse(const char *code)
{
    TjNumFmt f = { TJ_NUMFMT_GENERAL, 0, NULL };
    gboolean percent = FALSE, digits = FALSE, point = FALSE, date = FALSE, sci = FALSE;
    int decimals = 0;
    if (g_ascii_strncasecmp(code, "General", 7) == 0)
        return f;
    for (const char *p = code; *p && *p != ';'; p++) {
        char c = *p;
        if (c == '"') {
            while (p[1] && p[1] != '"')
                p++;
            if (p[1])
                p++;
        } else if (c == '\\' || c == '_' || c == '*') {
            if (p[1])
                p++;
        } else if (c == '[') {
            const char *e = strchr(p, ']');
            if (e == NULL)
                break;
            gboolean elapsed = e - p > 1;
            for (const char *q = p + 1; q < e; q++)
                elapsed = elapsed && strchr("hHmMsS", *q) != NULL;
            date = date || elapsed;
            p = e;
        } else if (c == '%') {
            percent = TRUE;
        } else if ((c == 'E' || c == 'e') && (p[1] == '+' || p[1] == '-')) {
            sci = TRUE;
        } else if (c == '0' || c == '#' || c == '?') {
            digits = TRUE;
            decimals += point;
        } else if (c == '.') {
            point = TRUE;
        } else if (is_date_letter(c)) {
            date = TRUE;
        }
    }
    if (date) {
        f.kind = TJ_NUMFMT_DATE;
        f.code = code;
    } else if (sci) {
        return f;
    } else if (percent) {
        f.kind = TJ_NUMFMT_PERCENT;
    } else if (digits) {
        f.kind = TJ_NUMFMT_FIXED;
    }
    f.decimals = (gint8)MIN(decimals, 15);
    return f;
}

/* @v rounded to 15 significant digits, as spreadsheets show numbers. */
static double
round15(double v)
{
    char buf[G_ASCII_DTOSTR_BUF_SIZE];
    return g_ascii_strtod(g_ascii_formatd(buf, sizeof buf, "%.15g", v), NULL);
}

static char *
write_fixed(double v, int decimals, const char *suffix, char *buf, gsize size)
{
    double scale = pow(10, decimals);
    double r = round(round15(round15(v) * scale)) / scale;   /* half away from 0 */
    char num[G_ASCII_DTOSTR_BUF_SIZE + 400];
    char fmt[16];
    g_snprintf(fmt, sizeof fmt, "%%.%df", decimals);
    g_ascii_formatd(num, sizeof num, fmt, r == 0 ? 0.0 : r);   /* no "-0" */
    g_snprintf(buf, size, "%s%s", num, suffix);
    return buf;
}

static char *
write_general(double v, char *buf, gsize size)
{
    g_ascii_formatd(buf, size, "%.15g", v);
    if (strchr(buf, 'e') == NULL)
        return buf;
    if (fabs(v) >= 1)   /* 1e+20: all its digits, which the reader takes */
        return g_ascii_formatd(buf, size, "%.0f", round15(v));
    g_ascii_formatd(buf, size, "%.20f", round15(v));
    gsize n = strlen(buf);
    while (n > 0 && buf[n - 1] == '0')
        buf[--n] = '\0';
    return buf;
}

typedef struct {
    int year, month, day, wday;   /* wday 0: Sunday */
    int hour, min, sec;
    double hours;                 /* elapsed, for [h] */
} Stamp;

/* FALSE when @v is no date a spreadsheet can show. */
static gboolean
to_stamp(double v, gboolean date1904, Stamp *st)
{
    if (!(v >= 0 && v < 2958466))
        return FALSE;
    double days = floor(v);
    long secs = lround((v - days) * 86400);
    if (secs >= 86400) {
        days += 1;
        secs -= 86400;
    }
    st->hours = floor(v * 24 + 1e-9);
    st->hour = (int)(secs / 3600);
    st->min = (int)(secs / 60 % 60);
    st->sec = (int)(secs % 60);
    if (!date1904 && days == 60) {   /* Lotus's 1900-02-29, which Excel keeps */
        st->year = 1900, st->month = 2, st->day = 29, st->wday = 3;
        return TRUE;
    }
    GDate d;
    if (date1904)
        g_date_set_dmy(&d, 1, 1, 1904);
    else
        g_date_set_dmy(&d, days < 60 ? 31 : 30, 12, 1899);
    g_date_add_days(&d, (guint)days);
    if (!g_date_valid(&d) || g_date_get_year(&d) > 9999)
        return FALSE;
    st->year = g_date_get_year(&d);
    st->month = g_date_get_month(&d);
    st->day = g_date_get_day(&d);
    st->wday = g_date_get_weekday(&d) % 7;
    return TRUE;
}

/* A run of the same letter at @p (case-insensitive); its length. */
static int
run_of(const char *p)
{
    int n = 1;
    while (g_ascii_tolower(p[n]) == g_ascii_tolower(p[0]))
        n++;
    return n;
}

/* The next date letter after @p's run, skipping literals; 0 if none. */
static char
next_letter(const char *p)
{
    for (p += run_of(p); *p && *p != ';'; p++) {
        if (*p == '"') {
            while (p[1] && p[1] != '"')
                p++;
            if (p[1])
                p++;
        } else if (*p == '\\' && p[1]) {
            p++;
        } else if (is_date_letter(*p)) {
            return (char)g_ascii_tolower(*p);
        }
    }
    return 0;
}

static void
draw_token(GString *out, const char *p, int n, char prev, const Stamp *st, gboolean ampm)
{
    static const char *const wd_short[] = { "周日", "周一", "周二", "周三", "周四", "周五", "周六" };
    static const char *const wd_long[] = { "星期日", "星期一", "星期二", "星期三", "星期四",
                                           "星期五", "星期六" };
    char c = (char)g_ascii_tolower(*p);
    int v = 0;
    if (c == 'y' || c == 'e') {
        if (n <= 2 && c == 'y')
            g_string_append_printf(out, "%02d", st->year % 100);
        else
            g_string_append_printf(out, "%04d", st->year);
        return;
    }
    if (c == 'm' && n <= 2 && (prev == 'h' || next_letter(p) == 's'))
        v = st->min;
    else if (c == 'm' && n >= 3) {
        g_string_append_printf(out, "%d月", st->month);
        return;
    } else if (c == 'm')
        v = st->month;
    else if (c == 'd' && n >= 3) {
        g_string_append(out, (n == 3 ? wd_short : wd_long)[st->wday]);
        return;
    } else if (c == 'd')
        v = st->day;
    else if (c == 'h')
        v = ampm ? (st->hour % 12 == 0 ? 12 : st->hour % 12) : st->hour;
    else
        v = st->sec;
    g_string_append_printf(out, n >= 2 ? "%02d" : "%d", v);
}

static void
draw_date(GString *out, const char *code, const Stamp *st)
{
    gboolean ampm = strstr(code, "AM/PM") || strstr(code, "am/pm") || strstr(code, "上午/下午");
    char prev = 0;
    for (const char *p = code; *p && *p != ';'; p++) {
        if (*p == '"') {
            const char *e = strchr(p + 1, '"');
            gsize n = e ? (gsize)(e - p - 1) : strlen(p + 1);
            g_string_append_len(out, p + 1, (gssize)n);
            p = e ? e : p + n;
        } else if (*p == '\\' && p[1]) {
            const char *next = g_utf8_next_char(p + 1);
            g_string_append_len(out, p + 1, next - (p + 1));
            p = next - 1;
        } else if ((*p == '_' || *p == '*') && p[1]) {
            p = g_utf8_next_char(p + 1) - 1;   /* its character is a width or a fill: not text */
        } else if (*p == '[') {
            const char *e = strchr(p, ']');
            if (e && g_ascii_tolower(p[1]) == 'h')
                g_string_append_printf(out, "%.0f", st->hours);
            prev = e && g_ascii_tolower(p[1]) == 'h' ? 'h' : prev;
            p = e ? e : p + strlen(p) - 1;
        } else if (g_str_has_prefix(p, "AM/PM") || g_str_has_prefix(p, "am/pm")) {
            g_string_append(out, st->hour < 12 ? "AM" : "PM");
            p += 4;
        } else if (g_str_has_prefix(p, "上午/下午")) {
            g_string_append(out, st->hour < 12 ? "上午" : "下午");
            p += strlen("上午/下午") - 1;
        } else if (is_date_letter(*p)) {
            int n = run_of(p);
            draw_token(out, p, n, prev, st, ampm);
            prev = (char)g_ascii_tolower(*p);
            p += n - 1;
        } else if (*p == '.' && prev == 's') {
            while (p[1] == '0')   /* fractions of a second: not shown */
                p++;
        } else if ((guchar)*p >= 0x80 || !g_ascii_isalpha(*p)) {
            g_string_append_c(out, *p);
        }
    }
}

char *
tj__numfmt_format(double v, const TjNumFmt *f, gboolean date1904, char *buf,
                  gsize size)
{
    Stamp st;
    switch (f->kind) {
    case TJ_NUMFMT_FIXED:
        return write_fixed(v, f->decimals, "", buf, size);
    case TJ_NUMFMT_PERCENT:
        return write_fixed(round15(v) * 100, f->decimals, "%", buf, size);
    case TJ_NUMFMT_DATE:
        if (to_stamp(v, date1904, &st)) {
            GString *out = g_string_new(NULL);
            draw_date(out, f->code, &st);
            g_strlcpy(buf, out->str, size);
            g_string_free(out, TRUE);
            if (buf[0] != '\0')
                return buf;
        }
        return write_general(v, buf, size);
    case TJ_NUMFMT_GENERAL:
    default:
        return write_general(v, buf, size);
    }
}
