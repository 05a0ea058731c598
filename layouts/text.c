/* layouts/text.c — Chinese line breaking (W3C clreq) and shortening.
 *
 * Each character has a kind and two flags:
 *   kind SP  U+0020, TAB: a break may follow the spaces; they vanish at a
 *            line's edges.
 *   kind ID  wide characters (g_unichar_iswide, and the CJK-ambiguous
 *            punctuation from U+2000 up: “ ” ‘ ’ … —): a break may fall on
 *            either side.
 *   kind AL  everything else (Latin letters, digits, ASCII punctuation):
 *            no break between two AL, so Latin words and numbers
 *            ("2954.7", "PM2.5", "5G") stay whole.
 *   NS  no break before (line-start prohibited, clreq §3.1.7):
 *       。．，、：；！？）］｝」』》〉】〕〗〙”’…—～％‰℃°・·/ and ASCII ) ] } , . : ; ! ? %
 *   NE  no break after (line-end prohibited): （［｛「『《〈【〔〖〘“‘ and ASCII ( [ {
 * A break between a and b is allowed unless b is SP, b is NS, a is NE,
 * both are AL, or b is 万/亿 right after a digit (or 亿 after "digit万").
 * So a number keeps its magnitude and percent: "2954.7亿元" can break only
 * before "2954.7亿" and between 亿 and 元; "增长0.2%，" only before 0.2%.
 * Paragraphs also keep a number with the unit segment/ gives it
 * ("2954.7亿元", "2011年"); short text breaks only between words
 * (layouts/text-phrase.c).
 * Doubled dashes and ellipses ("——", "……") never split, as both are NS.
 * '\n' (and "\r\n") always breaks; every '\n' starts a new line, so "a\n"
 * gives "a" and "". Invalid UTF-8 is repaired with U+FFFD first.
 *
 * Wrapping is greedy (first fit), measuring whole candidate lines through
 * the TjMeasurer (so a real shaper's kerning is respected). A run with no
 * break inside that is wider than the limit stays whole on its own line.
 *
 * Shortening cuts at any character boundary except inside a number (digits,
 * '.', ',', '%', 万, 亿 on both sides) — so "2954.7亿元" never becomes
 * "295…" — and drops spaces and opening brackets left at the cut.
 *
 * Pure: reads only its arguments. */
#include "layouts/text.h"
#include "layouts/text-private.h"
#include "segment/segment.h"
#include "core/i18n.h"

#include <stdarg.h>
#include <math.h>
#include <string.h>

#define WAN 0x4E07  /* 万 */
#define YI 0x4EBF   /* 亿 */

typedef enum { K_ID, K_AL, K_SP } Kind;

static const char no_start[] =
    "。．，、：；！？）］｝」』》〉】〕〗〙”’…—～％‰℃°・·/)]},.:;!?%";
static const char no_end[] = "（［｛「『《〈【〔〖〘“‘([{";

static gboolean
in_set(const char *set, gunichar c)
{
    return c != 0 && g_utf8_strchr(set, -1, c) != NULL;
}

/* (g_ascii_isdigit() takes a char: 费 U+8D39 would pass as '9') */
static gboolean
is_ascii_digit(gunichar c)
{
    return c >= '0' && c <= '9';
}

static Kind
kind_of(gunichar c)
{
    if (c == ' ' || c == '\t')
        return K_SP;
    if (g_unichar_iswide(c) || (c >= 0x2000 && g_unichar_iswide_cjk(c)))
        return K_ID;
    return K_AL;
}

/* May a line break fall between @a and @b (@aa precedes @a, or 0)? */
static gboolean
can_break(gunichar aa, gunichar a, gunichar b)
{
    Kind ka = kind_of(a), kb = kind_of(b);

    if (kb == K_SP || in_set(no_start, b) || in_set(no_end, a))
        return FALSE;
    if (ka == K_AL && kb == K_AL)
        return FALSE;
    if ((b == WAN || b == YI) && is_ascii_digit(a))
        return FALSE;
    if (a == WAN && b == YI && is_ascii_digit(aa))
        return FALSE;
    return TRUE;
}

static double
width_of(const TjMeasurer *m, const char *s, gsize len, const TjFontStyle *font)
{
    TjTextExtents ext = { 0 };
    char *tmp = g_strndup(s, len);
    tj_measure(m, tmp, font, &ext);
    g_free(tmp);
    return ext.width;
}

gboolean
tj__text_fits(double w, double max_width)
{
    return w <= max_width + 1e-9 * (fabs(max_width) + 1.0);
}

static gsize
trim_end(const char *s, gsize start, gsize end)
{
    while (end > start && (s[end - 1] == ' ' || s[end - 1] == '\t'))
        end--;
    return end;
}

gsize
tj__text_skip_spaces(const char *s, gsize pos, gsize end)
{
    while (pos < end && (s[pos] == ' ' || s[pos] == '\t'))
        pos++;
    return pos;
}

/* Byte offsets in @p[0, @len) where a break is allowed, then @len. */
GArray *
tj__text_break_points(const char *p, gsize len)
{
    GArray *brk = g_array_new(FALSE, FALSE, sizeof(gsize));
    gunichar aa = 0, a = 0, seen = 0;  /* seen: the last one not a space */

    for (const char *q = p; q < p + len; q = g_utf8_next_char(q)) {
        gunichar b = g_utf8_get_char(q);
        /* "《 x": the spaces vanish at the line's end, so 《 would end it */
        if (q > p && can_break(aa, a, b) && !in_set(no_end, seen)
            && !g_unichar_ismark(b)) {
            gsize off = (gsize)(q - p);
            g_array_append_val(brk, off);
        }
        aa = a;
        a = b;
        if (kind_of(b) != K_SP)
            seen = b;
    }
    g_array_append_val(brk, len);
    return brk;
}

void
tj__text_emit(GPtrArray *lines, const char *p, gsize start, gsize end)
{
    end = trim_end(p, start, end);
    g_ptr_array_add(lines, g_strndup(p + start, end - start));
}

double
tj__text_line_width(const TjMeasurer *m, const char *p, gsize start, gsize b, const TjFontStyle *font)
{
    gsize end = trim_end(p, start, b);
    return width_of(m, p + start, end - start, font);
}

/* @brk without the points inside a number and its unit ("2011|年",
 * "2954.7亿|元"): a point inside a word of segment/ that starts with a
 * digit is dropped. Paragraphs otherwise break between any two hanzi, as
 * books do. */
static GArray *
number_breaks(const char *p, gsize len, GArray *brk)
{
    if (strcspn(p, "0123456789") >= len)  /* no digit in this paragraph */
        return brk;
    GArray *words = tj_segment_words(p, len);
    gsize word = 0;  /* start of the word holding the point */
    guint k = 0, w = 0;
    for (guint i = 0; i < brk->len; i++) {
        gsize at = g_array_index(brk, gsize, i);
        while (w < words->len && g_array_index(words, gsize, w) < at)
            word = g_array_index(words, gsize, w++);
        gboolean starts = w < words->len && g_array_index(words, gsize, w) == at;
        if (at < len && !starts && is_ascii_digit((guchar)p[word]))
            continue;
        g_array_index(brk, gsize, k++) = at;
    }
    g_array_set_size(brk, k);
    g_array_unref(words);
    return brk;
}

/* Greedy first-fit wrapping of one paragraph (no '\n') into @lines: each
 * line ends at the last break point whose text fits. A line's width grows
 * with the break point, so that point is found by bisection: about log2 n
 * measurements a line instead of one per break point (every hanzi is one;
 * measuring shapes the text, and a page's paragraphs were a tenth of its
 * time). */
static void
wrap_paragraph(const TjMeasurer *m, const char *p, gsize len,
               const TjFontStyle *font, double max_width, GPtrArray *lines)
{
    GArray *brk = number_breaks(p, len, tj__text_break_points(p, len));
    const gsize *at = (const gsize *)(void *)brk->data;
    gsize start = 0;
    guint before = lines->len, i = 0;

    while (start < len) {
        while (i < brk->len && at[i] <= start)
            i++;
        if (i == brk->len)
            break;
        if (!tj__text_fits(tj__text_line_width(m, p, start, at[i], font), max_width)) {
            tj__text_emit(lines, p, start, at[i]);  /* an unbreakable run wider than the limit */
            start = tj__text_skip_spaces(p, at[i], len);
            i++;
            continue;
        }
        guint lo = i, hi = brk->len - 1;  /* at[lo] fits */
        if (tj__text_fits(tj__text_line_width(m, p, start, at[hi], font), max_width)) {
            lo = hi;
        } else {
            while (hi - lo > 1) {  /* at[lo] fits, at[hi] does not */
                guint mid = lo + (hi - lo) / 2;
                if (tj__text_fits(tj__text_line_width(m, p, start, at[mid], font), max_width))
                    lo = mid;
                else
                    hi = mid;
            }
        }
        tj__text_emit(lines, p, start, at[lo]);
        start = tj__text_skip_spaces(p, at[lo], len);
        i = lo + 1;
    }
    if (lines->len == before)
        tj__text_emit(lines, p, 0, len);  /* empty paragraph (or only spaces) */
    g_array_free(brk, TRUE);
}

GPtrArray *
tj_text_wrap(const TjMeasurer *m, const char *text, const TjFontStyle *font,
             double max_width)
{
    g_return_val_if_fail(m != NULL && font != NULL, NULL);
    GPtrArray *lines = g_ptr_array_new_with_free_func(g_free);
    if (text == NULL || *text == '\0')
        return lines;

    char *valid = g_utf8_make_valid(text, -1);
    const char *p = valid;
    for (;;) {
        const char *nl = strchr(p, '\n');
        gsize len = nl ? (gsize)(nl - p) : strlen(p);
        gsize plen = (len > 0 && p[len - 1] == '\r') ? len - 1 : len;
        wrap_paragraph(m, p, plen, font, max_width, lines);
        if (!nl)
            break;
        p = nl + 1;
    }
    g_free(valid);
    return lines;
}

static gboolean
numeric_part(gunichar c)
{
    return is_ascii_digit(c) || c == '.' || c == ',' || c == '%'
        || c == WAN || c == YI;
}

/* Byte offsets of the places @s (a valid UTF-8 string) may be cut. */
static GArray *
cut_points(const char *s)
{
    GArray *cuts = g_array_new(FALSE, FALSE, sizeof(gsize));
    gunichar prev = 0;

    for (const char *q = s;; q = g_utf8_next_char(q)) {
        gunichar c = g_utf8_get_char(q);
        if (q == s || c == 0 || !(numeric_part(prev) && numeric_part(c))) {
            gsize off = (gsize)(q - s);
            g_array_append_val(cuts, off);
        }
        if (c == 0)
            break;
        prev = c;
    }
    return cuts;
}

/* @s cut at @cut, without trailing spaces or opening brackets, plus "…". */
static char *
cut_with_ellipsis(const char *s, gsize cut)
{
    const char *end = s + cut;
    while (end > s) {
        const char *prev = g_utf8_prev_char(end);
        gunichar c = g_utf8_get_char(prev);
        if (kind_of(c) != K_SP && !in_set(no_end, c))
            break;
        end = prev;
    }
    GString *out = g_string_new_len(s, end - s);
    g_string_append(out, "…");
    return g_string_free(out, FALSE);
}

char *
tj_text_shorten(const TjMeasurer *m, const char *text, const TjFontStyle *font,
                double max_width)
{
    g_return_val_if_fail(m != NULL && font != NULL, NULL);
    if (text == NULL)
        return g_strdup("");

    char *s = g_utf8_make_valid(text, -1);
    g_strdelimit(s, "\r\n", ' ');  /* one line */
    if (isnan(max_width) || tj__text_fits(width_of(m, s, strlen(s), font), max_width))
        return s;

    GArray *cuts = cut_points(s);
    guint lo = 0, hi = cuts->len - 1;  /* cuts[0] == 0 is the fallback */
    while (lo < hi) {                  /* largest cut that fits */
        guint mid = lo + (hi - lo + 1) / 2;
        char *t = cut_with_ellipsis(s, g_array_index(cuts, gsize, mid));
        gboolean ok = tj__text_fits(width_of(m, t, strlen(t), font), max_width);
        g_free(t);
        if (ok)
            lo = mid;
        else
            hi = mid - 1;
    }
    char *res = cut_with_ellipsis(s, g_array_index(cuts, gsize, lo));
    g_array_free(cuts, TRUE);
    g_free(s);
    return res;
}

double
tj_text_max_width(const TjMeasurer *m, const char *const *texts, guint n,
                  const TjFontStyle *font)
{
    double best = 0;

    g_return_val_if_fail(m != NULL && font != NULL, 0);
    g_return_val_if_fail(texts != NULL || n == 0, 0);
    for (guint i = 0; i < n; i++) {
        if (texts[i] == NULL)
            continue;
        TjTextExtents ext = { 0 };
        tj_measure(m, texts[i], font, &ext);
        best = MAX(best, ext.width);
    }
    return best;
}

gboolean
tj_text_check_lengths(const TjSrcLoc *loc, GError **error, ...)
{
    va_list ap;
    va_start(ap, error);
    gboolean ok = TRUE;
    for (const char *what; ok && (what = va_arg(ap, const char *)) != NULL;) {
        const char *text = va_arg(ap, const char *);
        /* bytes bound characters from above: count only when it may matter */
        if (!text || strlen(text) <= TJ_TEXT_MAX_CHARS)
            continue;
        glong n = g_utf8_strlen(text, -1);
        if (n > TJ_TEXT_MAX_CHARS) {
            tj_error_set_at(error, TJ_ERROR_LIMIT, loc, _("%s: text of %ld characters; "
                            "the limit is %d"), what, n, TJ_TEXT_MAX_CHARS);
            ok = FALSE;
        }
    }
    va_end(ap);
    return ok;
}
