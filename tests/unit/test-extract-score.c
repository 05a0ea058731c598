/* tests/unit/test-extract-score.c — `tujie extract` measured against gold
 * tables made by reading the texts (tests/data/extract/NAME-gold.csv; the
 * rules of what counts are in docs/extract.md). The scores are computed
 * here on every run, from the extractor's CSV read back with tujie's own
 * reader, and must stay at or above the floors below (what was measured
 * when the floors were set; docs/extract.md has the table).
 *
 * Alignment: an extracted row and a gold row are the same figure when they
 * come from the same line and carry the same number (数值, or the number
 * of 变化 for a change stated alone). Gold rows marked 缺字 (characters lost
 * in the web copy) are not scored, nor are the extracted rows aligned with
 * them. Precision of rows: of the extracted rows with a 指标, those whose
 * 指标, 数值 and 单位 all equal the gold's; recall of figures: of the gold
 * rows, those found with the same 数值 and 单位 (or 变化). */
#include "data/table.h"
#include "support/tjtest.h"

#include <string.h>

enum { C_NAME, C_VALUE, C_UNIT, C_QUAL, C_CHANGE, C_PERIOD, C_KIND, N_COLS };
static const char *const cols[N_COLS] = { "指标", "数值", "单位", "限定", "变化", "时期", "类型" };

typedef struct {
    guint line;
    const char *f[N_COLS];
    gboolean skip;     /* gold: 缺字 */
    int match;         /* index in the other table, -1 */
} Row;

typedef struct {
    double row_p, fig_r, name_r, qual_ok, change_ok;
    double col_p[N_COLS], col_r[N_COLS];
    guint n_found, n_gold;
} Score;

/* The number a row is known by: 数值, else 变化 without sign and unit. */
static char *
anchor(const Row *r)
{
    const char *v = r->f[C_VALUE];
    if (*v != '\0')
        return g_strdup(v);
    const char *ch = r->f[C_CHANGE];
    if (*ch == '+' || *ch == '-')
        ch++;
    gsize n = strspn(ch, "0123456789.");
    return g_strndup(ch, n);
}

static GArray *
read_rows(const TjTable *t, gboolean gold)
{
    GArray *rows = g_array_new(FALSE, TRUE, sizeof(Row));
    int idx[N_COLS];
    for (int k = 0; k < N_COLS; k++) {
        idx[k] = tj_table_column_by_name(t, cols[k]);
        g_assert_cmpint(idx[k], >=, 0);
    }
    int line_col = tj_table_column_by_name(t, gold ? "行" : "来源");
    int note_col = tj_table_column_by_name(t, "备注");
    g_assert_cmpint(line_col, >=, 0);
    for (guint i = 0; i < tj_table_n_rows(t); i++) {
        Row r = { 0 };
        for (int k = 0; k < N_COLS; k++)
            r.f[k] = tj_table_cell_text(t, i, (guint)idx[k]);
        r.line = (guint)g_ascii_strtoull(tj_table_cell_text(t, i, (guint)line_col), NULL, 10);
        r.skip = gold && note_col >= 0 && strstr(tj_table_cell_text(t, i, (guint)note_col), "缺字");
        r.match = -1;
        g_array_append_val(rows, r);
    }
    return rows;
}

static void
align(GArray *ex, GArray *gold)
{
    for (guint i = 0; i < ex->len; i++) {
        Row *e = &g_array_index(ex, Row, i);
        char *ae = anchor(e);
        for (guint j = 0; j < gold->len; j++) {
            Row *g = &g_array_index(gold, Row, j);
            char *ag = anchor(g);
            gboolean same = g->match < 0 && g->line == e->line && strcmp(ae, ag) == 0;
            g_free(ag);
            if (same) {
                e->match = (int)j;
                g->match = (int)i;
                break;
            }
        }
        g_free(ae);
    }
}

static double
ratio(guint a, guint b)
{
    return b == 0 ? 1.0 : (double)a / b;
}

static Score
score(GArray *ex, GArray *gold)
{
    Score s = { 0 };
    guint named = 0, row_ok = 0, fig_ok = 0, gold_n = 0, gold_named = 0, paired = 0,
          qual_ok = 0, change_ok = 0, found = 0;
    guint tp[N_COLS] = { 0 }, ex_n[N_COLS] = { 0 }, gold_c[N_COLS] = { 0 };
    for (guint i = 0; i < ex->len; i++) {
        const Row *e = &g_array_index(ex, Row, i);
        const Row *g = e->match >= 0 ? &g_array_index(gold, Row, e->match) : NULL;
        if (g != NULL && g->skip)
            continue;
        found++;
        named += *e->f[C_NAME] != '\0';
        for (int k = 0; k < N_COLS; k++)
            ex_n[k] += *e->f[k] != '\0';
        if (g == NULL)
            continue;
        paired++;
        gboolean same[N_COLS];
        for (int k = 0; k < N_COLS; k++) {
            same[k] = strcmp(e->f[k], g->f[k]) == 0;
            tp[k] += same[k] && *e->f[k] != '\0';
        }
        row_ok += *e->f[C_NAME] != '\0' && same[C_NAME] && same[C_VALUE] && same[C_UNIT];
        fig_ok += same[C_VALUE] && same[C_UNIT] && (*e->f[C_VALUE] != '\0' || same[C_CHANGE]);
        qual_ok += same[C_QUAL];
        change_ok += same[C_CHANGE];
    }
    for (guint j = 0; j < gold->len; j++) {
        const Row *g = &g_array_index(gold, Row, j);
        if (g->skip)
            continue;
        gold_n++;
        gold_named += *g->f[C_NAME] != '\0';
        for (int k = 0; k < N_COLS; k++)
            gold_c[k] += *g->f[k] != '\0';
    }
    s.row_p = ratio(row_ok, named);
    s.fig_r = ratio(fig_ok, gold_n);
    s.name_r = ratio(row_ok, gold_named);
    s.qual_ok = ratio(qual_ok, paired);
    s.change_ok = ratio(change_ok, paired);
    for (int k = 0; k < N_COLS; k++) {
        s.col_p[k] = ratio(tp[k], ex_n[k]);
        s.col_r[k] = ratio(tp[k], gold_c[k]);
    }
    s.n_found = found;
    s.n_gold = gold_n;
    return s;
}

static void
report_misses(const char *name, GArray *ex, GArray *gold)
{
    if (g_getenv("TJ_EXTRACT_DIFF") == NULL)
        return;
    for (guint i = 0; i < ex->len; i++) {
        const Row *e = &g_array_index(ex, Row, i);
        const Row *g = e->match >= 0 ? &g_array_index(gold, Row, e->match) : NULL;
        if (g != NULL && g->skip)
            continue;
        if (g == NULL)
            g_test_message("%s:%u extra: %s|%s|%s|%s|%s", name, e->line, e->f[0], e->f[1],
                           e->f[2], e->f[3], e->f[4]);
        else
            for (int k = 0; k < N_COLS; k++)
                if (strcmp(e->f[k], g->f[k]) != 0)
                    g_test_message("%s:%u %s: got “%s”, gold “%s”", name, e->line, cols[k],
                                   e->f[k], g->f[k]);
    }
    for (guint j = 0; j < gold->len; j++) {
        const Row *g = &g_array_index(gold, Row, j);
        if (g->match < 0 && !g->skip)
            g_test_message("%s:%u missed: %s|%s|%s", name, g->line, g->f[0], g->f[1], g->f[2]);
    }
}

/* Extracts tests/data/extract/NAME.txt (or @text_path), reads the CSV back
 * with tj_table_parse, scores it against NAME-gold.csv. */
static Score
measure(const char *name, const char *text_rel)
{
    char *rel = g_strdup_printf("tests/data/extract/%s", text_rel);
    char *path = tjt_src_path(rel);
    GError *err = NULL;
    TjExtract *ex = tj_extract_load(path, &err);
    g_assert_no_error(err);
    char *csv = tj_extract_format(ex, TJ_EXTRACT_CSV, FALSE);
    TjTable *out = tj_table_parse(csv, strlen(csv), "extracted.csv", &err);
    g_assert_no_error(err);
    char *grel = g_strdup_printf("tests/data/extract/%s-gold.csv", name);
    char *gpath = tjt_src_path(grel);
    TjTable *gt = tj_table_load(gpath, &err);
    g_assert_no_error(err);
    GArray *er = read_rows(out, FALSE), *gr = read_rows(gt, TRUE);
    align(er, gr);
    Score s = score(er, gr);
    report_misses(name, er, gr);
    g_test_message("%s: %u figures found, %u in gold; rows P %.3f, figures R %.3f, "
                   "named rows R %.3f, 限定 %.3f, 变化 %.3f", name, s.n_found, s.n_gold,
                   s.row_p, s.fig_r, s.name_r, s.qual_ok, s.change_ok);
    for (int k = 0; k < N_COLS; k++)
        g_test_message("%s: %s P %.3f R %.3f", name, cols[k], s.col_p[k], s.col_r[k]);
    g_array_unref(er);
    g_array_unref(gr);
    tj_table_free(out);
    tj_table_free(gt);
    tj_extract_free(ex);
    g_free(csv);
    g_free(rel);
    g_free(path);
    g_free(grel);
    g_free(gpath);
    return s;
}

typedef struct {
    const char *name, *text;   /* gold NAME-gold.csv, the text's file */
    double row_p, fig_r, name_r, qual_ok, change_ok;   /* floors */
} Case;

/* The targets of issue 20 (rows ≥ 0.95, figures ≥ 0.90, 限定 and 变化
 * ≥ 0.95) on every text; named-rows recall at what was measured, less a
 * little (docs/extract.md). The last two are the same texts as others in
 * other encodings and characters: the same scores are expected. */
static const Case cases[] = {
    { "communique-2020", "communique-2020-excerpt.txt", 0.95, 0.90, 0.95, 0.95, 0.95 },
    { "report-2021", "report-2021.txt", 0.95, 0.90, 0.92, 0.95, 0.95 },
    { "paragraphs", "paragraphs.txt", 0.95, 0.90, 0.90, 0.95, 0.95 },
    { "bulletin", "bulletin.txt", 0.95, 0.90, 0.95, 0.95, 0.95 },
    { "paragraphs", "paragraphs-utf16le.txt", 0.95, 0.90, 0.90, 0.95, 0.95 },
    { "bulletin", "bulletin-hant-gb18030.txt", 0.95, 0.90, 0.95, 0.95, 0.95 },
    /* written after the rules and measured once; their floors were what
     * that one measurement gave. Their known misses (全社会, a month before
     * a name, 按…计算 before a change, 预期, 分别 over names, 新增 and 增幅
     * with an elided subject) were fixed later by general rules tested on
     * other sentences, so they are development texts for those rules now
     * and their floors are what is measured today (docs/extract.md) */
    { "heldout", "heldout.txt", 1.00, 1.00, 1.00, 1.00, 1.00 },
    { "heldout2", "heldout2.txt", 1.00, 1.00, 1.00, 1.00, 1.00 },
    { "heldout2-report", "heldout2-report.txt", 1.00, 1.00, 1.00, 1.00, 1.00 },
    /* written after the list, 分别 and people rules, measured once */
    { "heldout3", "heldout3.txt", 0.96, 1.00, 0.88, 1.00, 1.00 },
    /* written after every rule of that round, measured once */
    { "heldout4", "heldout4.txt", 1.00, 1.00, 0.88, 1.00, 1.00 },
};

static void
test_case(gconstpointer data)
{
    const Case *c = data;
    Score s = measure(c->name, c->text);
    g_assert_cmpfloat(s.row_p, >=, c->row_p);
    g_assert_cmpfloat(s.fig_r, >=, c->fig_r);
    g_assert_cmpfloat(s.name_r, >=, c->name_r);
    g_assert_cmpfloat(s.qual_ok, >=, c->qual_ok);
    g_assert_cmpfloat(s.change_ok, >=, c->change_ok);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
        char *p = g_strdup_printf("/extract/score/%s", cases[i].text);
        g_test_add_data_func(p, &cases[i], test_case);
        g_free(p);
    }
    return g_test_run();
}
