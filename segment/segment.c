/* segment/segment.c — dictionary word segmentation of short Chinese text.
 *
 * The text is first cut into runs: Han characters, "alnum" words (Latin,
 * Greek, Cyrillic letters, digits, and '.' or ',' between two digits, '%'
 * after one), and single other characters. A combining mark (U+0300 …)
 * belongs to the character before it, whatever that is, so a grapheme is
 * never split.
 *
 * A Han run is segmented as jieba does without its HMM: every dictionary
 * word starting at every character is an edge of a DAG, and the path of
 * least cost (sum of -ln p) from the run's end backwards is kept; a
 * character with no word of its own costs as much as the rarest word.
 * Ties go to the longer first word.
 *
 * A number (an alnum word starting and ending with a digit, or ending in
 * '%') takes the units that
 * follow it (年, 万, 亿元, 微克, 百分点 …, up to three in a row), so a line
 * never starts with the unit of the number that ends the line before. */
#include "segment/segment.h"
#include "segment/segment-private.h"

#include <string.h>

#define MAX_WORD_CHARS 16

/* Units and measure words a number keeps, longest first where one is the
 * prefix of another. */
static const char *const units[] = {
    "个百分点", "百分点", "平方公里", "平方米", "立方米", "千瓦时", "微克", "毫克",
    "公里", "千米", "公斤", "千克", "千瓦", "兆瓦", "吨标准煤", "美元", "港元", "欧元",
    "人次", "万", "亿", "千", "百", "年", "月", "日", "时", "分", "秒", "个", "元",
    "角", "人", "次", "户", "家", "项", "所", "座", "条", "台", "辆", "吨", "米",
    "克", "斤", "升", "度", "倍", "届", "期", "季", "批", "名", "位", "件", "种",
    "处", "栋", "股", "份", "只", "头", "套", "场", "部", "例", "艘", "架", "间",
    "张", "本", "册", "篇", "类", "天", "周", "岁", "号", "层", "亩", "公顷", "余",
    "多", "％", "‰", "℃",
};

/* One-character words that belong to the word before them (suffixes:
 * 失业|率 is 失业率) and to the word after them (prefixes: 可|支配 is
 * 可支配, 总|用水量 is 总用水量). */
static const char suffixes[] =
    "率业数额量值费性者度化型类员界式品物区市省县局厅站院场馆园网点际间内外"
    "比价金款税们的得着了过";
static const char prefixes[] = "可总原副非超每各准单净毛本该其此这那某亚半第及新老大小高低";

typedef enum { C_HAN, C_ALNUM, C_MARK, C_OTHER } Class;

static Class
class_of(gunichar c)
{
    if (g_unichar_ismark(c))
        return C_MARK;
    if (c < 0x80)
        return g_ascii_isalnum(c) ? C_ALNUM : C_OTHER;
    GUnicodeScript sc = g_unichar_get_script(c);
    if (sc == G_UNICODE_SCRIPT_HAN && g_unichar_isalpha(c))
        return C_HAN;
    if (g_unichar_isalnum(c) && (sc == G_UNICODE_SCRIPT_LATIN || sc == G_UNICODE_SCRIPT_GREEK
                                 || sc == G_UNICODE_SCRIPT_CYRILLIC || sc == G_UNICODE_SCRIPT_COMMON))
        return C_ALNUM;
    return C_OTHER;
}

static gboolean
is_digit(gunichar c)
{
    return g_unichar_isdigit(c);
}

/* Compares the key @k[0, @n) with the NUL-terminated word @w by bytes. */
static int
cmp_key(const char *k, gsize n, const char *w)
{
    gsize wn = strlen(w);
    int c = memcmp(k, w, MIN(n, wn));
    if (c != 0)
        return c;
    return n < wn ? -1 : n > wn ? 1 : 0;
}

/* Index of the first word not below @k[0, @n). */
static guint
lower_bound(const char *k, gsize n)
{
    guint lo = 0, hi = tj__seg_n_words;
    while (lo < hi) {
        guint mid = lo + (hi - lo) / 2;
        if (cmp_key(k, n, tj__seg_words + tj__seg_offsets[mid]) > 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* The cost of the word @k[0, @n) (-1 when absent); *@more says whether a
 * longer word starts with it. */
static int
lookup(const char *k, gsize n, gboolean *more)
{
    guint i = lower_bound(k, n);
    *more = FALSE;
    if (i >= tj__seg_n_words)
        return -1;
    const char *w = tj__seg_words + tj__seg_offsets[i];
    if (strncmp(w, k, n) != 0 || strlen(w) < n)
        return -1;
    if (w[n] != '\0') {
        *more = TRUE;
        return -1;
    }
    *more = i + 1 < tj__seg_n_words
            && strncmp(tj__seg_words + tj__seg_offsets[i + 1], k, n) == 0;
    return tj__seg_costs[i];
}

static gboolean
in_set(const char *set, const char *text, const gsize *off, guint i)
{
    gunichar c = g_utf8_get_char(text + off[i]);
    return g_utf8_strchr(set, -1, c) != NULL;
}

/* Joins the one-character words of the run [@a, @b) (word starts in
 * @start, the path in @next, relative to @a) to a neighbour: a suffix to
 * the word before, a prefix to the word after, and two or more unknown
 * ones in a row to each other (厨|余 is 厨余, an unknown word). */
static void
glue_singles(const char *text, const gsize *off, guint a, guint b, const guint *next,
             gboolean *start)
{
    gboolean prev_single = FALSE;
    for (guint k = 0; k < b - a; k = next[k]) {
        guint i = a + k;
        gboolean single = next[k] == k + 1;
        if (single && i > a && in_set(suffixes, text, off, i))
            start[i] = FALSE;
        else if (single && a + next[k] < b && in_set(prefixes, text, off, i))
            start[a + next[k]] = FALSE;
        else if (single && prev_single && start[i])
            start[i] = FALSE;
        prev_single = single && !in_set("和与或", text, off, i);
    }
}

/* Marks word starts (@start[i] for character i) in the Han run [@a, @b)
 * of characters whose byte offsets are @off (@off[@b] is valid). */
static void
segment_han(const char *text, const gsize *off, guint a, guint b, gboolean *start)
{
    guint n = b - a;
    guint *cost = g_new0(guint, n + 1), *next = g_new0(guint, n + 1);

    for (guint i = b; i-- > a;) {
        guint k = i - a;
        cost[k] = G_MAXUINT;
        for (guint j = i + 1; j <= b && j - i <= MAX_WORD_CHARS; j++) {
            gboolean more = FALSE;
            int c = lookup(text + off[i], off[j] - off[i], &more);
            if (c < 0 && j == i + 1)
                c = tj__seg_unknown_cost;
            if (c >= 0 && (guint)c + cost[j - a] <= cost[k]) {
                cost[k] = (guint)c + cost[j - a];
                next[k] = j - a;
            }
            if (!more)
                break;
        }
    }
    for (guint k = 0; k < n; k = next[k])
        start[a + k] = TRUE;
    glue_singles(text, off, a, b, next, start);
    g_free(cost);
    g_free(next);
}

/* Number of characters from @i that are a unit (0 when none). */
static guint
unit_at(const char *text, const gsize *off, guint i, guint n)
{
    for (gsize u = 0; u < G_N_ELEMENTS(units); u++) {
        gsize ul = strlen(units[u]);
        if (off[n] - off[i] >= ul && memcmp(text + off[i], units[u], ul) == 0)
            return (guint)g_utf8_strlen(units[u], -1);
    }
    return 0;
}

/* Ends the alnum word starting at character @i; returns the index after it. */
static guint
alnum_end(const gunichar *ch, const Class *cl, guint i, guint n)
{
    guint j = i + 1;
    for (; j < n; j++) {
        if (cl[j] == C_ALNUM || cl[j] == C_MARK)
            continue;
        gboolean between = j + 1 < n && is_digit(ch[j - 1]) && is_digit(ch[j + 1]);
        if ((ch[j] == '.' || ch[j] == ',') && between)
            continue;
        if ((ch[j] == '%' || ch[j] == 0xFF05) && is_digit(ch[j - 1]))
            continue;
        break;
    }
    return j;
}

/* TRUE when @c is one of the characters of @set (UTF-8). */
static gboolean
strchr_utf8(const char *set, gunichar c)
{
    for (const char *p = set; *p; p = g_utf8_next_char(p))
        if (g_utf8_get_char(p) == c)
            return TRUE;
    return FALSE;
}

/* A short quoted term (“十四五”, 《规划》, 「双减」: at most QUOTED_MAX
 * characters inside) is one word with its marks, as a typesetter keeps it
 * on one line; a longer quotation breaks between its own words. */
#define QUOTED_MAX 8

static gunichar
closing_mark(gunichar c)
{
    switch (c) {
    case 0x201C: return 0x201D;  /* “ ” */
    case 0x2018: return 0x2019;  /* ‘ ’ */
    case 0x300A: return 0x300B;  /* 《 》 */
    case 0x3008: return 0x3009;  /* 〈 〉 */
    case 0x300C: return 0x300D;  /* 「 」 */
    case 0x300E: return 0x300F;  /* 『 』 */
    default: return 0;
    }
}

static void
glue_quoted(const gunichar *ch, guint n, gboolean *start)
{
    for (guint i = 0; i < n; i++) {
        gunichar close = closing_mark(ch[i]);
        if (!close)
            continue;
        guint j = i + 1;
        while (j < n && j - i - 1 <= QUOTED_MAX && ch[j] != close && !closing_mark(ch[j]))
            j++;
        if (j < n && ch[j] == close && j - i - 1 <= QUOTED_MAX) {
            for (guint k = i + 1; k <= j; k++)
                start[k] = FALSE;
            i = j;
        }
    }
}

/* An ordinal or count in Chinese numerals keeps its 第 and the classifier
 * after it: 第十六届, 第一次, 三十项 are one word, as 2020年 is. */
static gboolean
is_cn_numeral(gunichar c)
{
    return c != 0 && strchr_utf8("〇零一二两三四五六七八九十百千万", c);
}

static gboolean
is_classifier(gunichar c)
{
    return c != 0 && strchr_utf8("届次个项条名位家批期轮号年月日季代", c);
}

static void
glue_numerals(const gunichar *ch, guint n, gboolean *start)
{
    for (guint i = 0; i < n; i++) {
        guint a = i + (ch[i] == 0x7B2C /* 第 */ ? 1 : 0), j = a;
        while (j < n && is_cn_numeral(ch[j]))
            j++;
        if (j == a || (a == i && j - a < 2 && !(j < n && is_classifier(ch[j]))))
            continue;  /* no numeral; a lone 一 or 三 without 第 or a classifier is a word's */
        if (j < n && is_classifier(ch[j]))
            j++;
        else if (a == i)
            continue;  /* numerals alone: the dictionary knows 十三五, 百年 */
        for (guint k = i + 1; k < j; k++)
            start[k] = FALSE;
        i = j - 1;
    }
}

/* @c's simplified form when it is a traditional character, else @c. */
static gunichar
simplified(gunichar c)
{
    guint lo = 0, hi = tj__seg_n_t2s;
    while (lo < hi) {
        guint mid = lo + (hi - lo) / 2;
        if (tj__seg_t2s[mid][0] < c)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < tj__seg_n_t2s && tj__seg_t2s[lo][0] == c ? tj__seg_t2s[lo][1] : c;
}

/* The words of the texts segmented last on this thread: a label is
 * wrapped at several widths while a layout tries them, and its words do not
 * change. A small ring, looked up by the text's bytes. */
#define CACHE_SIZE 64
#define CACHE_MAX_BYTES 256

typedef struct {
    char *text[CACHE_SIZE];
    gsize len[CACHE_SIZE];
    GArray *words[CACHE_SIZE];
    guint next;
} Cache;

static void
cache_free(gpointer p)
{
    Cache *c = p;
    for (guint i = 0; i < CACHE_SIZE; i++) {
        g_free(c->text[i]);
        if (c->words[i])
            g_array_unref(c->words[i]);
    }
    g_free(c);
}

static GPrivate cache_key = G_PRIVATE_INIT(cache_free);

static GArray *segment(const char *text, gsize len);

char *
tj_segment_simplified(const char *text)
{
    GString *out = g_string_sized_new(strlen(text));
    for (const char *p = text; *p; p = g_utf8_next_char(p))
        g_string_append_unichar(out, simplified(g_utf8_get_char(p)));
    return g_string_free(out, FALSE);
}

GArray *
tj_segment_words(const char *text, gsize len)
{
    g_return_val_if_fail(text != NULL || len == 0, NULL);
    if (len == 0 || len > CACHE_MAX_BYTES)
        return segment(text, len);
    Cache *c = g_private_get(&cache_key);
    if (!c) {
        c = g_new0(Cache, 1);
        g_private_set(&cache_key, c);
    }
    for (guint i = 0; i < CACHE_SIZE; i++)
        if (c->text[i] && c->len[i] == len && memcmp(c->text[i], text, len) == 0)
            return g_array_copy(c->words[i]);
    GArray *w = segment(text, len);
    guint k = c->next;
    c->next = (k + 1) % CACHE_SIZE;
    g_free(c->text[k]);
    if (c->words[k])
        g_array_unref(c->words[k]);
    c->text[k] = g_memdup2(text, len);
    c->len[k] = len;
    c->words[k] = g_array_copy(w);
    return w;
}

static GArray *
segment(const char *text, gsize len)
{
    GArray *out = g_array_new(FALSE, FALSE, sizeof(gsize));
    glong n = g_utf8_strlen(text, (gssize)len);
    gunichar *ch = g_new(gunichar, n + 1);
    gsize *off = g_new(gsize, n + 1);
    Class *cl = g_new(Class, n + 1);
    gboolean *start = g_new0(gboolean, n + 1);
    const char *p = text;

    for (glong i = 0; i < n; i++, p = g_utf8_next_char(p)) {
        off[i] = (gsize)(p - text);
        ch[i] = g_utf8_get_char(p);
        cl[i] = class_of(ch[i]);
    }
    off[n] = len;
    /* words are looked up in their simplified form (國內生產總值 as
     * 国内生产总值); the offsets returned are the text's own */
    GString *fold = g_string_sized_new(len);
    gsize *foff = g_new(gsize, n + 1);
    for (glong i = 0; i < n; i++) {
        foff[i] = fold->len;
        if (cl[i] == C_HAN)
            ch[i] = simplified(ch[i]);
        g_string_append_unichar(fold, ch[i]);
    }
    foff[n] = fold->len;
    for (guint i = 0; i < (guint)n;) {
        start[i] = TRUE;
        if (cl[i] == C_HAN) {
            guint j = i + 1;
            while (j < (guint)n && (cl[j] == C_HAN || cl[j] == C_MARK))
                j++;
            segment_han(fold->str, foff, i, j, start);
            i = j;
        } else if (cl[i] == C_ALNUM) {
            guint j = alnum_end(ch, cl, i, (guint)n);
            if (is_digit(ch[i]) && (is_digit(ch[j - 1]) || ch[j - 1] == '%'))
                for (int k = 0, u; k < 3 && j < (guint)n && (u = unit_at(fold->str, foff, j, (guint)n)); k++)
                    j += u;
            i = j;
        } else {
            i++;
            while (i < (guint)n && cl[i] == C_MARK)
                i++;
        }
    }
    glue_numerals(ch, (guint)n, start);
    glue_quoted(ch, (guint)n, start);
    for (guint i = 1; i < (guint)n; i++)
        if (start[i] && cl[i] != C_MARK)
            g_array_append_val(out, off[i]);
    g_string_free(fold, TRUE);
    g_free(foff);
    g_free(ch);
    g_free(off);
    g_free(cl);
    g_free(start);
    return out;
}
