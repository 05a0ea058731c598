/* layouts/text-phrase.c — wrapping short text (labels, titles, legends,
 * notes) between words, with the lines balanced.
 *
 * A line may end at a clreq break point (layouts/text.c) that is also the
 * start of a word (segment/): "居民人均可支配收入" can break as
 * 居民|人均|可支配|收入, never inside 可支配, never between 2020 and 年.
 * Among all ways to break, the one kept has, in this order: the fewest
 * lines wider than the limit (a word wider than the limit), the fewest
 * breaks inside a word (the last resort for such a word: a clreq point
 * that is not a word start), the fewest lines, and the most even line
 * widths (least sum of squared widths, which for a fixed total is least
 * when the lines are equal; between equals, the longer first line) — not
 * the greedy first fit, which leaves
 * "社会消费品零售" / "总额". Found by dynamic programming over the break
 * points, measuring each candidate line once; a line's width grows with
 * its end, so the candidates of a start stop at the first that overflows.
 *
 * Pure: reads only its arguments. */
#include "layouts/text.h"
#include "layouts/text-private.h"
#include "segment/segment.h"

#include <string.h>

typedef struct {
    guint overflow, inside, lines;
    double sumsq;
} Cost;

static gboolean
better(const Cost *a, const Cost *b)
{
    if (a->overflow != b->overflow)
        return a->overflow < b->overflow;
    if (a->inside != b->inside)
        return a->inside < b->inside;
    if (a->lines != b->lines)
        return a->lines < b->lines;
    return a->sumsq < b->sumsq - 1e-9;
}

static gboolean
in_sorted(const GArray *a, gsize v)
{
    guint lo = 0, hi = a->len;
    while (lo < hi) {
        guint mid = lo + (hi - lo) / 2;
        gsize x = g_array_index(a, gsize, mid);
        if (x == v)
            return TRUE;
        if (x < v)
            lo = mid + 1;
        else
            hi = mid;
    }
    return FALSE;
}

/* Wraps one paragraph @p[0, @len) (no '\n') into @lines. */
static void
wrap_words(const TjMeasurer *m, const char *p, gsize len, const TjFontStyle *font,
           double max_width, TjTextWords words, gpointer data, GPtrArray *lines)
{
    GArray *brk = tj__text_break_points(p, len);
    GArray *ws = words(p, len, data);
    guint n = brk->len;  /* nodes: 0 is the start, k >= 1 is brk[k - 1] */
    gsize *at = g_new(gsize, n + 1);
    gboolean *word = g_new0(gboolean, n + 1);
    Cost *best = g_new0(Cost, n + 1);
    guint *next = g_new0(guint, n + 1);
    double scale = max_width > 0 ? max_width : 1;

    at[0] = 0;
    for (guint k = 1; k <= n; k++) {
        at[k] = g_array_index(brk, gsize, k - 1);
        word[k] = at[k] == len || in_sorted(ws, at[k]);
    }
    for (guint i = n; i-- > 0;) {
        gsize start = tj__text_skip_spaces(p, at[i], len);
        gboolean have = FALSE;
        for (guint j = i + 1; j <= n; j++) {
            double w = tj__text_line_width(m, p, start, at[j], font);
            gboolean ok = tj__text_fits(w, max_width);
            if (!ok && j > i + 1)
                break;
            Cost c = best[j];
            c.overflow += !ok;
            c.inside += !word[j];
            c.lines += 1;
            c.sumsq += (w / scale) * (w / scale);
            if (!have || !better(&best[i], &c)) {  /* ties: the longer first line */
                best[i] = c;
                next[i] = j;
                have = TRUE;
            }
        }
    }
    for (guint i = 0; i < n; i = next[i]) {
        gsize start = tj__text_skip_spaces(p, at[i], len);
        if (start >= len && i > 0)
            break;
        tj__text_emit(lines, p, start, at[next[i]]);
    }
    g_free(at);
    g_free(word);
    g_free(best);
    g_free(next);
    g_array_unref(ws);
    g_array_unref(brk);
}

static GArray *
segment_words(const char *text, gsize len, gpointer data)
{
    (void)data;
    return tj_segment_words(text, len);
}

GPtrArray *
tj_text_wrap_words(const TjMeasurer *m, const char *text, const TjFontStyle *font,
                   double max_width, TjTextWords words, gpointer data)
{
    g_return_val_if_fail(m != NULL && font != NULL && words != NULL, NULL);
    GPtrArray *lines = g_ptr_array_new_with_free_func(g_free);
    if (text == NULL || *text == '\0')
        return lines;

    char *valid = g_utf8_make_valid(text, -1);
    const char *p = valid;
    for (;;) {
        const char *nl = strchr(p, '\n');
        gsize len = nl ? (gsize)(nl - p) : strlen(p);
        gsize plen = (len > 0 && p[len - 1] == '\r') ? len - 1 : len;
        guint before = lines->len;
        wrap_words(m, p, plen, font, max_width, words, data, lines);
        if (lines->len == before)
            g_ptr_array_add(lines, g_strdup(""));  /* an empty paragraph */
        if (!nl)
            break;
        p = nl + 1;
    }
    g_free(valid);
    return lines;
}

GPtrArray *
tj_text_wrap_phrases(const TjMeasurer *m, const char *text, const TjFontStyle *font,
                     double max_width)
{
    return tj_text_wrap_words(m, text, font, max_width, segment_words, NULL);
}

GPtrArray *
tj_text_fit_lines(const TjMeasurer *m, const char *text, const TjFontStyle *font,
                  double max_width, guint max_lines, gboolean *shortened)
{
    g_return_val_if_fail(max_lines >= 1, NULL);
    GPtrArray *lines = tj_text_wrap_phrases(m, text, font, max_width);
    double w = tj_text_max_width(m, (const char *const *)lines->pdata, lines->len, font);
    if (shortened)
        *shortened = FALSE;
    if (lines->len <= max_lines && tj__text_fits(w, max_width))
        return lines;
    if (shortened)
        *shortened = TRUE;
    /* the first lines as wrapped, the rest run into the last and shortened */
    GString *rest = g_string_new(NULL);
    for (guint i = max_lines - 1; i < lines->len; i++)
        g_string_append(rest, lines->pdata[i]);
    g_ptr_array_set_size(lines, MIN(lines->len, max_lines - 1));
    for (guint i = 0; i < lines->len; i++)
        if (!tj__text_fits(tj__text_line_width(m, lines->pdata[i], 0, strlen(lines->pdata[i]), font),
                           max_width)) {  /* an overlong word: shorten it where it is */
            char *cut = tj_text_shorten(m, lines->pdata[i], font, max_width);
            g_free(lines->pdata[i]);
            lines->pdata[i] = cut;
        }
    g_ptr_array_add(lines, tj_text_shorten(m, rest->str, font, max_width));
    g_string_free(rest, TRUE);
    return lines;
}
