/* tests/unit/test-extract.c — the rules of docs/extract.md one at a time,
 * on sentences written for the purpose: what is a figure and what is not
 * (ranges, ratios, ordinals, dates, meetings, codes), qualifiers, changes,
 * Chinese numerals, names before and after a figure, abstentions, period
 * and type from headings, encodings and traditional characters. Each case
 * is a text and the rows it must give, as "指标|数值|单位|限定|变化|时期|类型". */
#include "tujie/tujie.h"
#include "data/table.h"

#include <string.h>

typedef struct {
    const char *text;
    const char *rows;   /* rows joined by "\n" */
} Case;

static const Case cases[] = {
    /* a level with its change; scope words and linking verbs are not names */
    { "全年全区地区生产总值实现2954.7亿元，同比增长0.2%。",
      "地区生产总值|2954.7|亿元||+0.2%||实绩" },
    /* a change stated alone: empty 数值 */
    { "居民人均可支配收入增长2.3%。", "居民人均可支配收入||||+2.3%||实绩" },
    /* qualifiers before and after; magnitudes stay in 单位 */
    { "蔬菜播种面积约3.2万亩，粮食总产量52万吨以上，惠及企业3万余家。",
      "蔬菜播种面积|3.2|万亩|约|||实绩\n粮食总产量|52|万吨|以上|||实绩\n"
      "惠及企业|3|万家|余|||实绩" },
    { "登记失业率不超过4%，研发投入强度提高0.2个百分点。",
      "登记失业率|4|%|不超过|||实绩\n研发投入强度||||+0.2个百分点||实绩" },
    /* ranges, ratios, ordinals, dates, meetings, codes: no rows */
    { "能耗下降3%—5%，男女性别比为1∶1.03，位居全市第一，3月15日召开，"
      "召开常务会议24次，建成5G基站，受理12345热线。", "" },
    { "各街道创建1-2个示范社区，由38章构成。", "" },
    /* Chinese numerals with a scale */
    { "民生支出占比达到八成，森林覆盖率达到百分之三十六，工业增加值增长两位数。",
      "民生支出占比|8|成||||实绩\n森林覆盖率|36|%||||实绩\n工业增加值||||+2位数||实绩" },
    /* NUM CL NOUN: the noun after the classifier is the name */
    { "安排1000万元专项资金，改造提升27座公厕。",
      "专项资金|1000|万元||||实绩\n公厕|27|座||||实绩" },
    /* a list of nouns after the classifier is one figure's name; a 、
     * before another number is two figures */
    { "全县组织1800余名教师、医生参与志愿服务。", "教师、医生|1800|名|余|||实绩" },
    { "新建3所学校、2家医院。", "学校|3|所||||实绩\n医院|2|家||||实绩" },
    /* a list before the figure may run to 20 characters */
    { "办理人大代表建议、政协委员提案和群众来信共计286件。",
      "办理人大代表建议、政协委员提案和群众来信|286|件||||实绩" },
    /* 分别 over a list of names: the last item's head is shared */
    { "年末全市公办、民办幼儿园在园幼儿分别为2.1万人和0.8万人。",
      "公办幼儿园在园幼儿|2.1|万人||||实绩\n民办幼儿园在园幼儿|0.8|万人||||实绩" },
    { "城镇和农村居民人均可支配收入分别为48210元和23560元。",
      "城镇居民人均可支配收入|48210|元||||实绩\n农村居民人均可支配收入|23560|元||||实绩" },
    { "进口、出口总额分别增长8.2%和5.6%。",
      "进口总额||||+8.2%||实绩\n出口总额||||+5.6%||实绩" },
    /* whole names listed, in order */
    { "营业收入、利润总额分别增长12.5%、9.8%。",
      "营业收入||||+12.5%||实绩\n利润总额||||+9.8%||实绩" },
    /* a short last item, a long earlier one: no names, changes still */
    { "一般公共预算收入、支出分别增长3.1%和4.2%。",
      "||||+3.1%||实绩\n||||+4.2%||实绩" },
    { "工业增加值、社会消费品零售总额分别增长5%和6%。",
      "||||+5%||实绩\n||||+6%||实绩" },
    /* a count of people after a verb that opens its clause: the verb
     * names it; not 新增 (added to what?) */
    { "全年累计培训2.6万人次，有力提升技能。", "培训|2.6|万人次||||累计" },
    { "新增1200人。", "|1200|人||||实绩" },
    /* a name never ends inside a word: 无 of 义无反顾 does not end the noun
     * (the run is then too long to be sure: no name rather than 医护人员义) */
    { "7000余名医护人员义无反顾投身抗疫一线。", "|7000|名|余|||实绩" },
    /* marks lost or a long run before the figure: its own clause is the
     * last one, from an action verb for a count, after it for a rate */
    { "按照全市统一部署深化老旧厂房改造更新引进科技企业15家。",
      "引进科技企业|15|家||||实绩" },
    { "深入推进全国文明城市创建生活垃圾回收利用率达到40%。",
      "生活垃圾回收利用率|40|%||||实绩" },
    /* after an achievement verb inside the run, and after 等 with a count */
    { "园区重点企业实现营业收入85.6亿元。", "营业收入|85.6|亿元||||实绩" },
    { "培育科技型企业、专精特新企业等两类企业总数达到320家。",
      "企业总数|320|家||||实绩" },
    /* a verb before 、 and a verb with no object: not part of the noun
     * after the figure; a noun before 、 and a new clause stays */
    { "协助2600名外地游客疏散、转运。", "外地游客|2600|名||||实绩" },
    { "研究制定3项帮扶工作、实施2个试点。",
      "帮扶工作|3|项||||实绩\n试点|2|个||||实绩" },
    /* a verb split from one character before it takes it along (改|扩建) */
    { "围绕城市更新推进老旧厂区综合整治改扩建体育场地6处。",
      "改扩建体育场地|6|处||||实绩" },
    /* a count of people with nothing before it: what they did */
    { "全年开展技能培训1.2万人次，4600余人实现再就业。",
      "开展技能培训|1.2|万人次||||实绩\n实现再就业|4600|人|余|||实绩" },
    /* A调整为B: the same thing, before and after */
    { "将全镇28个居委会调整为21个。", "居委会|28|个||||实绩\n居委会|21|个||||实绩" },
    /* a figure before 的 describes the noun after it, not the verb's count */
    { "年内设立总规模20亿元的产业引导基金。", "总规模|20|亿元||||实绩" },
    /* 分别: the changes go to the figures before them, in order */
    { "接待游客486万人次，实现旅游收入41.3亿元，分别增长32.5%和28.7%。",
      "接待游客|486|万人次||+32.5%||实绩\n旅游收入|41.3|亿元||+28.7%||实绩" },
    /* parallel clauses: the time word replaces the previous one */
    { "一季度地区生产总值同比下降6.8%，二季度增长3.2%。",
      "一季度地区生产总值||||-6.8%||实绩\n二季度地区生产总值||||+3.2%||实绩" },
    /* a change of a count after a comparison */
    { "年末常住人口52.3万人，比上年末减少0.4万人。",
      "常住人口|52.3|万人||-0.4万人||实绩" },
    /* period and type from the headings and the sentence */
    { "第一部分 2020年工作回顾\n全区新建绿地12.5万平方米。\n"
      "第二部分 2021年主要任务\n地区生产总值增长6%左右；累计新增税收20亿元。",
      "新建绿地|12.5|万平方米|||2020|实绩\n地区生产总值|||左右|+6%|2021|目标\n"
      "新增税收|20|亿元|||2021|累计" },
    /* 全社会 is part of a name (全社会用电量), not a scope word */
    { "全社会研发经费投入达到48.6亿元。", "全社会研发经费投入|48.6|亿元||||实绩" },
    /* a month before a name is when, not what */
    { "9月开展消费季活动12场。", "开展消费季活动|12|场||||实绩" },
    /* a clause of how a change was computed lies between it and its level */
    { "全年实现营业收入52.6亿元，按可比口径计算，比上年增长8.3%。",
      "营业收入|52.6|亿元||+8.3%||实绩" },
    /* 预期 before a change verb: not in the name, and a target */
    { "全县粮食产量预期增长2%左右。", "粮食产量|||左右|+2%||目标" },
    /* an elided subject the text makes certain: a bare 新增 after a
     * figure of the same unit, 增速 after a figure's clause; not without
     * one before */
    { "年末全县共有农民专业合作社412家，新增36家。",
      "农民专业合作社|412|家||||实绩\n新增农民专业合作社|36|家||||实绩" },
    { "全年进出口总额增长12.1%，增速比上年加快3.2个百分点。",
      "进出口总额||||+12.1%||实绩\n进出口总额增速||||+3.2个百分点||实绩" },
    { "培训机构共计28所，新增36家。", "培训机构|28|所||||实绩\n|36|家||||实绩" },
    /* traditional characters */
    { "國民總收入1009151億元，比上年增長1.9%。", "国民总收入|1009151|亿元||+1.9%||实绩" },
    /* full-width digits */
    { "办结率达到１００％。", "办结率|100|%||||实绩" },
};

static char *
rows_of(const char *text, gsize len, guint *n_rows)
{
    GError *err = NULL;
    TjExtract *ex = tj_extract_from_data(text, len, "case.txt", &err);
    g_assert_no_error(err);
    char *csv = tj_extract_format(ex, TJ_EXTRACT_CSV, FALSE);
    const char *nl = strchr(csv, '\n');
    if (!nl || !nl[1]) {  /* the header alone: no rows (a table needs one to load) */
        if (n_rows != NULL)
            *n_rows = 0;
        g_free(csv);
        tj_extract_free(ex);
        return g_strdup("");
    }
    TjTable *t = tj_table_parse(csv, strlen(csv), "out.csv", &err);
    g_assert_no_error(err);
    GString *out = g_string_new(NULL);
    for (guint r = 0; r < tj_table_n_rows(t); r++) {
        if (r > 0)
            g_string_append_c(out, '\n');
        for (guint c = 0; c < 7; c++)
            g_string_append_printf(out, "%s%s", c ? "|" : "", tj_table_cell_text(t, r, c));
    }
    if (n_rows != NULL)
        *n_rows = tj_table_n_rows(t);
    tj_table_free(t);
    g_free(csv);
    tj_extract_free(ex);
    return g_string_free(out, FALSE);
}

static void
test_cases(void)
{
    for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
        g_test_message("%s", cases[i].text);
        char *got = rows_of(cases[i].text, strlen(cases[i].text), NULL);
        if (strcmp(got, cases[i].rows) != 0)
            g_test_message("got:\n%s\nwanted:\n%s", got, cases[i].rows);
        g_assert_cmpstr(got, ==, cases[i].rows);
        g_free(got);
    }
}

/* UTF-16 with a BOM and GB18030 read as UTF-8 does */
static void
test_encodings(void)
{
    const char *text = "登记失业率为2.16%。";
    char *want = rows_of(text, strlen(text), NULL);
    gsize n = 0;
    char *u16 = g_convert(text, -1, "UTF-16LE", "UTF-8", NULL, &n, NULL);
    char *bom = g_malloc(n + 2);
    memcpy(bom, "\xff\xfe", 2);
    memcpy(bom + 2, u16, n);
    char *got = rows_of(bom, n + 2, NULL);
    g_assert_cmpstr(got, ==, want);
    g_free(got);
    char *gb = g_convert(text, -1, "GB18030", "UTF-8", NULL, &n, NULL);
    got = rows_of(gb, n, NULL);
    g_assert_cmpstr(got, ==, want);
    g_free(got);
    g_free(gb);
    g_free(u16);
    g_free(bom);
    g_free(want);
}

/* lines with a number that gave no row are listed, with their line */
static void
test_unread(void)
{
    const char *text = "标题\n接转返京人员155762机关干部进驻。\n办结率100%。\n";
    GError *err = NULL;
    TjExtract *ex = tj_extract_from_data(text, strlen(text), "u.txt", &err);
    g_assert_no_error(err);
    g_assert_cmpuint(tj_extract_n_unread(ex), ==, 1);
    guint line = 0;
    const char *s = tj_extract_unread(ex, 0, &line);
    g_assert_cmpuint(line, ==, 2);
    g_assert_nonnull(strstr(s, "155762"));
    guint figures, named, qual;
    tj_extract_counts(ex, &figures, &named, &qual);
    g_assert_cmpuint(figures, ==, 1);
    g_assert_cmpuint(named, ==, 1);
    g_assert_cmpuint(qual, ==, 0);
    tj_extract_free(ex);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/extract/rules", test_cases);
    g_test_add_func("/extract/encodings", test_encodings);
    g_test_add_func("/extract/unread", test_unread);
    return g_test_run();
}
