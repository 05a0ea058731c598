/* extract/lexicon.c — the word lists the rules read. They describe how
 * Chinese government reports and statistical bulletins write figures in
 * general (units, qualifiers, change verbs, the words around a name); no
 * list names a sentence or an indicator of a particular report. Each list
 * is converted to code points once (g_once) and matched longest first. */
#include "extract/extract-private.h"

#include <string.h>

static const char *const units[] = {
    /* money */
    "元人民币", "元", "美元", "欧元", "港元", "日元", "英镑",
    /* area, length, volume, mass, energy */
    "平方公里", "平方千米", "平方米", "立方米", "公顷", "亩", "公里", "千米",
    "米", "厘米", "毫米", "吨标准煤", "吨", "千克", "公斤", "克", "升", "毫升",
    "千瓦时", "千瓦", "兆瓦", "度", "微克/立方米", "毫克/立方米",
    /* time spans */
    "小时", "分钟", "天", "个月", "周岁", "岁",
    /* people and counts */
    "人次", "户次", "家次", "车次", "架次", "人", "名", "位", "户", "家", "个",
    "项", "件", "套", "栋", "幢", "座", "处", "条", "部", "台", "辆", "架",
    "艘", "所", "场", "批", "片", "类", "种", "张", "份", "例", "床", "间",
    "株", "棵", "只", "头", "宗", "笔", "支", "段", "枚", "块", "门", "次",
    "篇", "本", "册", "章", "节", "款", "倍", "辆次", "余份",
    /* rates */
    "个百分点", "百分点", "%", "‰",
};
static const char *const prefixes[] = {
    "不超过", "不低于", "不少于", "不高于", "不足", "不到", "超过", "突破",
    "接近", "约", "近", "逾", "超",
};
static const char *const suffixes[] = { "左右", "以上", "以下", "以内" };
static const char *const ups[] = {
    "增长", "增加", "提高", "上升", "上涨", "提升", "扩大", "回升", "增",
    "加快", "上浮",
};
static const char *const downs[] = {
    "下降", "降低", "减少", "回落", "下滑", "下跌", "减", "降", "缩小",
    "收窄", "压缩", "减量", "压减", "下浮",
};
static const char *const links[] = {
    "分别达到", "分别实现", "分别为", "分别", "调整为", "变为", "提高为", "达到了", "达到", "实现了", "实现",
    "保持在", "保持", "稳定在", "控制在", "下降到", "下降至", "降低到", "降低至",
    "降到", "降至", "减少到", "减少至", "减至", "提高到", "提高至", "提升到",
    "提升至", "增长到", "增长至", "增加到", "增加至", "增至", "上升到", "上升至",
    "升至", "共计", "合计", "总计", "累计达到", "累计达", "累计", "共有", "共",
    "达", "为", "是", "约为", "占", "已达", "已", "完成", "有", "预期", "预计",
};
static const char *const scopes[] = {
    "全年", "全区", "全市", "全国", "全省", "全县", "全镇", "全州", "我区",
    "我市", "我省", "我国", "我县", "本区", "本市", "年度", "当年", "今年",
    "去年", "上年", "年内", "其中", "初步核算", "据初步统计", "初步统计",
    "预计", "累计", "共", "另外", "此外", "同时", "并且", "并", "且", "以及",
    "五年", "一年来", "五年来", "年末", "年底", "将", "把", "为",
    "对", "向", "给", "在", "从", "由", "按", "面向", "力争", "争取", "确保",
    "努力", "共有",
};
static const char *const starts[] = { "完成", "实现", "达到", "累计" };
static const char *const verbs[] = {
    "新建", "改建", "扩建", "建成", "建设", "建立", "设立", "成立", "组建",
    "拆除", "腾退", "修缮", "整治", "治理", "清理", "改造", "提升", "打造",
    "实施", "开展", "举办", "组织", "推出", "引进", "培育", "扶持", "发放",
    "提供", "安排", "投入", "减免", "追回", "销售", "配售", "配租", "受理",
    "办理", "解决", "开工", "完工", "签约", "新增", "增加", "接转",
    "转运", "检测", "抽调", "启动", "推动", "推进", "编制", "制定", "出台",
    "惠及", "帮扶", "吸引", "落实", "创建", "评定", "认定", "招聘", "培训",
    "救助", "资助", "补贴", "奖励", "收治", "救治", "筛查", "接种", "植树",
    "造林", "绿化", "栽植", "铺设", "敷设", "疏解", "关停", "转型", "外迁",
    "加装", "更新", "新开工", "保障", "做好", "支持", "帮助", "带动", "吸纳",
    "助力", "征集", "收集",
};
static const char *const preds[] = {
    "全部", "均", "都", "已", "实现", "实行", "进行", "开展", "投入", "获评",
    "入选", "落户", "落地", "参与", "通过", "完成", "达到", "得到", "开工",
    "配备", "减免", "提供", "纳入", "下沉", "具备", "开通", "签约", "无",
    "的", "获得", "被", "列入", "享受", "受益", "参加", "覆盖", "将", "把",
    "持续", "积极", "全面", "进一步", "不断", "稳步", "深入", "加快", "大力",
    "举办", "推进", "推动", "启动", "建立", "打造", "新建", "开展", "用于",
    "强化", "充实", "加强", "大关", "配合", "全身心", "全力",
};
static const char *const compares[] = {
    "比上年同期", "比去年同期", "较上年同期", "比上年末", "较上年末", "比年初",
    "较年初", "比上年", "较上年", "比去年",
    "较去年", "同比", "环比",
};
static const char *const metas[] = {
    "会议", "全会", "大会", "章", "篇", "节", "款", "指标",
    "方面", "部分", "周年",
};
static const char *const dates[] = {
    "年", "月", "日", "号", "时", "周年", "世纪", "年代", "季度", "版", "路",
    "期", "届", "号院", "号线",
};
static const char *const targets[] = {
    "预期目标", "目标", "力争", "争取", "预计到", "预期",
};
static const char *const times[] = {
    "一季度", "二季度", "三季度", "四季度", "第一季度", "第二季度", "第三季度",
    "第四季度", "前三季度", "上半年", "下半年", "全年",
};

typedef struct {
    gunichar *w;
    glong n;
    const char *utf8;
} Word;

typedef struct {
    Word *words;
    gsize n;
} List;

static List lists[TJ_EX_WORD_N];

static void
build(TjExWordKind k, const char *const *src, gsize n)
{
    lists[k].words = g_new0(Word, n);
    lists[k].n = n;
    for (gsize i = 0; i < n; i++) {
        lists[k].words[i].w = g_utf8_to_ucs4_fast(src[i], -1, &lists[k].words[i].n);
        lists[k].words[i].utf8 = src[i];
    }
}

static gpointer
build_all(gpointer unused)
{
    (void)unused;
    build(TJ_EX_WORD_UNIT, units, G_N_ELEMENTS(units));
    build(TJ_EX_WORD_PREFIX, prefixes, G_N_ELEMENTS(prefixes));
    build(TJ_EX_WORD_SUFFIX, suffixes, G_N_ELEMENTS(suffixes));
    build(TJ_EX_WORD_UP, ups, G_N_ELEMENTS(ups));
    build(TJ_EX_WORD_DOWN, downs, G_N_ELEMENTS(downs));
    build(TJ_EX_WORD_LINK, links, G_N_ELEMENTS(links));
    build(TJ_EX_WORD_SCOPE, scopes, G_N_ELEMENTS(scopes));
    build(TJ_EX_WORD_START, starts, G_N_ELEMENTS(starts));
    build(TJ_EX_WORD_VERB, verbs, G_N_ELEMENTS(verbs));
    build(TJ_EX_WORD_PRED, preds, G_N_ELEMENTS(preds));
    build(TJ_EX_WORD_COMPARE, compares, G_N_ELEMENTS(compares));
    build(TJ_EX_WORD_META, metas, G_N_ELEMENTS(metas));
    build(TJ_EX_WORD_DATE, dates, G_N_ELEMENTS(dates));
    build(TJ_EX_WORD_TARGET, targets, G_N_ELEMENTS(targets));
    build(TJ_EX_WORD_TIME, times, G_N_ELEMENTS(times));
    return NULL;
}

static const List *
list(TjExWordKind k)
{
    static GOnce once = G_ONCE_INIT;
    g_once(&once, build_all, NULL);
    return &lists[k];
}

gsize
tj__ex_match(TjExWordKind kind, const gunichar *c, gsize i, gsize end,
             const char **word)
{
    const List *l = list(kind);
    gsize best = 0;
    if (i >= end)
        return 0;
    for (gsize k = 0; k < l->n; k++) {
        gsize n = (gsize)l->words[k].n;
        if (n > best && n <= end - i
            && memcmp(c + i, l->words[k].w, n * sizeof(gunichar)) == 0) {
            best = n;
            if (word != NULL)
                *word = l->words[k].utf8;
        }
    }
    return best;
}

gsize
tj__ex_match_end(TjExWordKind kind, const gunichar *c, gsize start, gsize end,
                 const char **word)
{
    const List *l = list(kind);
    gsize best = 0;
    if (end <= start)
        return 0;
    for (gsize k = 0; k < l->n; k++) {
        gsize n = (gsize)l->words[k].n;
        if (n > best && n <= end - start
            && memcmp(c + end - n, l->words[k].w, n * sizeof(gunichar)) == 0) {
            best = n;
            if (word != NULL)
                *word = l->words[k].utf8;
        }
    }
    return best;
}

gboolean
tj__ex_is_stop(gunichar ch)
{
    return ch == 0x3002 || ch == 0xFF01 || ch == 0xFF1F || ch == 0xFF1B
           || ch == ';' || ch == '!' || ch == '?' || ch == '\n';
}

gboolean
tj__ex_is_clause_mark(gunichar ch)
{
    return ch == 0xFF0C || ch == ',' || ch == 0xFF1A
           || ch == ':' || ch == ' ' || ch == 0x201C || ch == 0x201D
           || ch == '"' || ch == 0x300A || ch == 0x300B || ch == 0x2014
           || ch == 0x2026 || tj__ex_is_stop(ch);
}

gboolean
tj__ex_is_han(gunichar ch)
{
    return (ch >= 0x4E00 && ch <= 0x9FFF) || (ch >= 0x3400 && ch <= 0x4DBF)
           || (ch >= 0x20000 && ch <= 0x2FFFF);
}

gboolean
tj__ex_is_gap(gunichar ch)
{
    return ch == ' ' || ch == 0x3001 || tj__ex_is_clause_mark(ch);
}
