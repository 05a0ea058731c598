/* icons/names.c — finding a built-in icon by its name or a Chinese keyword,
 * listing and searching them. The names are the font's own (generated
 * table, sorted); the keywords are tujie's, chosen for the indicators of
 * government statistics (人口, 学校, 垃圾分类, …), each pointing at one
 * icon; an icon may have several keywords. Every keyword's icon exists in
 * the font (tests/unit/test-icons.c checks it). */
#include "icons/icons-private.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
    const char *word;
    const char *icon;
} Keyword;

static const Keyword keywords[] = {
    { "人口", "person" }, { "人", "person" }, { "居民", "groups" }, { "群众", "groups" },
    { "人员", "groups" }, { "会议", "groups" }, { "学校", "school" }, { "教育", "school" },
    { "学生", "school" }, { "图书馆", "local_library" }, { "阅读", "menu_book" },
    { "垃圾分类", "recycling" }, { "回收", "recycling" }, { "垃圾", "delete" },
    { "环保", "eco" }, { "生态", "eco" }, { "医院", "local_hospital" },
    { "医疗", "medical_services" }, { "卫生", "medical_services" }, { "疫苗", "vaccines" },
    { "疫情", "coronavirus" }, { "工业", "factory" }, { "工厂", "factory" },
    { "制造业", "factory" }, { "农业", "agriculture" }, { "粮食", "grass" },
    { "交通", "directions_bus" }, { "公交", "directions_bus" }, { "地铁", "subway" },
    { "铁路", "train" }, { "汽车", "directions_car" }, { "新能源汽车", "electric_car" },
    { "充电桩", "ev_station" }, { "自行车", "directions_bike" }, { "航空", "flight" },
    { "住房", "home" }, { "房屋", "house" }, { "家庭", "family_restroom" },
    { "就业", "work" }, { "工作", "work" }, { "收入", "payments" }, { "工资", "payments" },
    { "消费", "shopping_cart" }, { "零售", "storefront" }, { "商业", "storefront" },
    { "餐饮", "restaurant" }, { "旅游", "luggage" }, { "酒店", "hotel" },
    { "文化", "theater_comedy" }, { "博物馆", "museum" }, { "体育", "sports_soccer" },
    { "科技", "science" }, { "研发", "science" }, { "互联网", "public" },
    { "网络", "wifi" }, { "计算机", "computer" }, { "手机", "smartphone" },
    { "电力", "bolt" }, { "能源", "bolt" }, { "太阳能", "solar_power" },
    { "风电", "wind_power" }, { "石油", "oil_barrel" }, { "用水", "water_drop" },
    { "水", "water_drop" }, { "空气", "air" }, { "森林", "forest" }, { "绿化", "park" },
    { "公园", "park" }, { "养老", "elderly" }, { "老人", "elderly" },
    { "儿童", "child_care" }, { "女性", "woman" }, { "男性", "man" },
    { "物流", "local_shipping" }, { "快递", "local_shipping" }, { "外贸", "local_shipping" },
    { "邮政", "local_post_office" }, { "财政", "account_balance" },
    { "政府", "account_balance" }, { "金融", "account_balance" }, { "银行", "account_balance" },
    { "储蓄", "savings" }, { "存款", "savings" }, { "税收", "receipt_long" },
    { "投资", "attach_money" }, { "安全", "security" }, { "公安", "local_police" },
    { "消防", "local_fire_department" }, { "建筑", "apartment" }, { "建设", "construction" },
    { "城市", "location_city" }, { "城镇", "location_city" }, { "城镇化", "location_city" },
    { "乡村", "cottage" }, { "农村", "cottage" }, { "热线", "call" }, { "电话", "call" },
    { "接诉即办", "support_agent" }, { "服务", "support_agent" },
    { "志愿者", "volunteer_activism" }, { "公益", "volunteer_activism" },
    { "残疾人", "accessible" }, { "增长", "trending_up" }, { "下降", "trending_down" },
    { "目标", "flag" }, { "时间", "schedule" }, { "日期", "event" },
    { "庆典", "celebration" }, { "合作", "handshake" }, { "宠物", "pets" },
};

static int
cmp_entry(const void *key, const void *elem)
{
    return strcmp(key, ((const TjIconEntry *)elem)->name);
}

const TjIconEntry *
tj__icon_entry(const char *name)
{
    if (!name)
        return NULL;
    return bsearch(name, tj__icon_entries, tj__icon_n_entries, sizeof tj__icon_entries[0],
                   cmp_entry);
}

const char *
tj_icon_resolve(const char *word)
{
    if (!word)
        return NULL;
    const TjIconEntry *e = tj__icon_entry(word);
    if (e)
        return e->name;
    for (gsize i = 0; i < G_N_ELEMENTS(keywords); i++)
        if (strcmp(keywords[i].word, word) == 0)
            return tj__icon_entry(keywords[i].icon) ? keywords[i].icon : NULL;
    return NULL;
}

/* Edit distance in characters (not bytes), capped by the caller's use. */
static guint
distance(const char *a, const char *b)
{
    glong na = g_utf8_strlen(a, -1), nb = g_utf8_strlen(b, -1);
    if (na > 64 || nb > 64)
        return G_MAXUINT;
    gunichar ua[64], ub[64];
    const char *p = a;
    for (glong i = 0; i < na; i++, p = g_utf8_next_char(p))
        ua[i] = g_utf8_get_char(p);
    p = b;
    for (glong j = 0; j < nb; j++, p = g_utf8_next_char(p))
        ub[j] = g_utf8_get_char(p);
    guint row[65];
    for (glong j = 0; j <= nb; j++)
        row[j] = (guint)j;
    for (glong i = 1; i <= na; i++) {
        guint diag = row[0];
        row[0] = (guint)i;
        for (glong j = 1; j <= nb; j++) {
            guint up = row[j];
            guint sub = diag + (ua[i - 1] != ub[j - 1]);
            row[j] = MIN(MIN(row[j] + 1, row[j - 1] + 1), sub);
            diag = up;
        }
    }
    return row[nb];
}

const char *
tj_icon_suggest(const char *word)
{
    if (!word || !*word)
        return NULL;
    const char *best = NULL;
    guint best_d = G_MAXUINT;
    for (gsize i = 0; i < G_N_ELEMENTS(keywords); i++) {
        if (strstr(keywords[i].word, word) || strstr(word, keywords[i].word)) {
            guint d = distance(word, keywords[i].word);
            if (d < best_d) {
                best_d = d;
                best = keywords[i].word;
            }
        }
    }
    if (best)
        return best;
    guint len = (guint)g_utf8_strlen(word, -1);
    guint limit = MAX(1u, len / 3);
    for (gsize i = 0; i < G_N_ELEMENTS(keywords); i++) {
        guint d = distance(word, keywords[i].word);
        if (d <= limit && d < best_d && d < (guint)g_utf8_strlen(keywords[i].word, -1)) {
            best_d = d;
            best = keywords[i].word;
        }
    }
    if (best)
        return best;
    for (guint i = 0; i < tj__icon_n_entries; i++) {
        guint d = distance(word, tj__icon_entries[i].name);
        if (d <= limit && d < best_d) {
            best_d = d;
            best = tj__icon_entries[i].name;
        }
    }
    return best;
}

char *
tj_icon_keywords(const char *name)
{
    GString *s = NULL;
    for (gsize i = 0; name && i < G_N_ELEMENTS(keywords); i++) {
        if (strcmp(keywords[i].icon, name) != 0)
            continue;
        if (!s)
            s = g_string_new(keywords[i].word);
        else
            g_string_append_printf(s, "、%s", keywords[i].word);
    }
    return s ? g_string_free(s, FALSE) : NULL;
}

/* Whether icon @name matches @word by its name or one of its keywords. */
static gboolean
matches(const char *name, const char *word)
{
    if (strstr(name, word))
        return TRUE;
    for (gsize i = 0; i < G_N_ELEMENTS(keywords); i++)
        if (strcmp(keywords[i].icon, name) == 0 && strstr(keywords[i].word, word))
            return TRUE;
    return FALSE;
}

GPtrArray *
tj_icon_search(const char *word)
{
    GPtrArray *out = g_ptr_array_new();
    for (guint i = 0; i < tj__icon_n_entries; i++) {
        const TjIconEntry *e = &tj__icon_entries[i];
        if (word && *word && !matches(e->name, word))
            continue;
        if (tj__icon_font_has(e->codepoint))
            g_ptr_array_add(out, (gpointer)e->name);
    }
    return out;
}
