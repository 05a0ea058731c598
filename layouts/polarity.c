/* layouts/polarity.c — an indicator's direction from its name (see
 * polarity.h). The lists hold what Chinese statistical bulletins and work
 * reports name; a name is matched by substring, the lower-is-better list
 * first, so "登记失业率" (失业) is lower and "城镇新增就业" higher. Keep
 * docs/spec.md's table in step with these lists (tests/unit/test-units.c
 * checks a sample of each). */
#include "layouts/polarity.h"

#include <string.h>

#include "segment/segment.h"

static const char *const lower[] = {
    "浓度", "PM2.5", "细颗粒物", "可吸入颗粒物", "交通指数", "拥堵", "失业", "能耗", "死亡率",
    "事故", "发案", "刑事案件", "投诉", "贫困发生率", "排放", "噪声", "空置率", "不良贷款",
    "赤字", "债务率", "超标", "重污染", "伤亡", "火灾", "亏损", NULL,
};

static const char *const higher[] = {
    "生产总值", "GDP", "收入", "增加值", "利润", "投资", "零售", "出口", "进出口",
    "就业", "覆盖率", "达标率", "分出率", "优良", "绿化", "森林", "预期寿命", "满意度",
    "参保", "入学率", "研发", "营业额", "税收", "达标", "治愈", "接种", NULL,
};

static const char *
holds_any(const char *name, const char *const *words)
{
    for (const char *const *w = words; *w; w++)
        if (strstr(name, *w))
            return *w;
    return NULL;
}

const char *
tj_better_keyword(const char *name, TjBetter *which)
{
    const char *w = NULL;
    *which = TJ_BETTER_NONE;
    if (!name || !*name)
        return NULL;
    char *s = tj_segment_simplified(name);   /* 國內生產總值 is 国内生产总值 */
    if ((w = holds_any(s, lower)))
        *which = TJ_BETTER_LOWER;
    else if ((w = holds_any(s, higher)))
        *which = TJ_BETTER_HIGHER;
    g_free(s);
    return w;
}

TjBetter
tj_better_infer(const char *name)
{
    TjBetter b;
    tj_better_keyword(name, &b);
    return b;
}

TjBetter
tj_better_resolve(TjBetter given, const char *name, const char *also)
{
    if (given == TJ_BETTER_HIGHER || given == TJ_BETTER_LOWER)
        return given;
    if (given == TJ_BETTER_NEUTRAL)
        return TJ_BETTER_NONE;
    TjBetter b = tj_better_infer(name);
    return b != TJ_BETTER_NONE ? b : tj_better_infer(also);
}

TjBetter
tj_better_or_infer(TjBetter given, const char *name)
{
    return tj_better_resolve(given, name, NULL);
}

const char *const *
tj_better_keywords(TjBetter which)
{
    return which == TJ_BETTER_LOWER ? lower : which == TJ_BETTER_HIGHER ? higher : NULL;
}
