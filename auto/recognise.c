/* auto/recognise.c — what a table is: a row per indicator (指标/数值/单位/
 * 同比, or categories × values), a row per year (年份 down the side) or a
 * column per year (2020年, 2021年目标 across the top), and what each column
 * is for. Headers are read by the words statistics offices use; where a
 * header says nothing, the cells decide (years, numbers, long sentences). */
#include "auto/auto-private.h"

#include <string.h>

#include "core/format.h"
#include "core/i18n.h"

static const char *const name_words[] = { "指标", "指标名称", "项目", "名称", "地区", "区域",
                                          "行业", "产业", "部门", "街道", "区县", NULL };
static const char *const unit_words[] = { "单位", "计量单位", NULL };
static const char *const group_words[] = { "类别", "分类", "领域", "板块", "方面", "大类",
                                           "类目", "栏目", NULL };
static const char *const better_words[] = { "方向", "极性", "指标方向", NULL };
static const char *const period_words[] = { "时期", "年份", "年度", "年", "时间", "日期",
                                            "期间", "月份", "统计时期", NULL };
static const char *const note_words[] = { "原文", "来源", "备注", "说明", "注释", "依据",
                                          "出处", "摘录", "附注", NULL };
static const char *const aux_words[] = { "标注", "类型", "限定", "注", "状态", NULL };
static const char *const change_words[] = { "同比", "环比", "增长", "增速", "变化", "增幅",
                                            "涨幅", "比上年", "增减", NULL };

static gboolean
is_one_of(const char *text, const char *const *words)
{
    char *s = tj__auto_simplify(text);
    gboolean found = FALSE;
    for (; *words && !found; words++)
        found = strcmp(s, *words) == 0;
    g_free(s);
    return found;
}

static gboolean
has_any(const char *text, const char *const *words)
{
    char *s = tj__auto_simplify(text);
    gboolean found = FALSE;
    for (; *words && !found; words++)
        found = strstr(s, *words) != NULL;
    g_free(s);
    return found;
}

gboolean
tj_auto_is_year(const char *text)
{
    if (!text)
        return FALSE;
    int y = 0;
    for (int i = 0; i < 4; i++) {
        if (!g_ascii_isdigit(text[i]))
            return FALSE;
        y = y * 10 + (text[i] - '0');
    }
    return y >= 1900 && y <= 2100 && !g_ascii_isdigit(text[4]) && text[4] != '.' &&
           text[4] != '%';
}

char *
tj_auto_cell_unit(const TjTable *t, const TjAutoShape *s, guint row, guint col)
{
    TjNumber n_cell;
    const TjNumber *n = &n_cell;
    if (tj_table_cell_number(t, row, col, &n_cell) == TJ_NUM_VALUE) {
        if (n->percent)
            return g_strdup("%");
        if (n->unit || n->magnitude)
            return g_strconcat(tj_format_magnitude_name((TjMagnitude)n->magnitude),
                               n->unit ? n->unit : "", NULL);
    }
    if (s && s->unit >= 0) {
        const char *u = tj_table_cell_text(t, row, (guint)s->unit);
        if (*u)
            return g_strdup(u);
    }
    const char *cu = tj_table_column_unit(t, col);
    return g_strdup(cu ? cu : "");
}

/* Cells that read as years, of the non-empty ones; the count of non-empty. */
static guint
year_cells(const TjTable *t, guint col, guint *filled)
{
    guint years = 0;
    *filled = 0;
    for (guint r = 0; r < tj_table_n_rows(t); r++) {
        const char *s = tj_table_cell_text(t, r, col);
        if (!*s)
            continue;
        (*filled)++;
        years += tj_auto_is_year(s);
    }
    return years;
}

/* A text column of sentences (原文): cells of 30 characters on average. */
static gboolean
is_prose(const TjTable *t, guint col)
{
    glong chars = 0;
    guint n = 0;
    for (guint r = 0; r < tj_table_n_rows(t); r++) {
        const char *s = tj_table_cell_text(t, r, col);
        if (*s) {
            chars += g_utf8_strlen(s, -1);
            n++;
        }
    }
    return n > 0 && chars / n >= 30;
}

static gboolean
all_missing(const TjTable *t, guint col)
{
    for (guint r = 0; r < tj_table_n_rows(t); r++)
        if (*tj_table_cell_text(t, r, col))
            return FALSE;
    return TRUE;
}

/* AUX: 类型, 标注, 限定 — never values; text ones tell rows apart */
typedef enum { ROLE_NONE, ROLE_NOTE, ROLE_AUX, ROLE_TAKEN } Role;

/* The columns named for a role; the rest are left ROLE_NONE. */
static void
find_roles(const TjTable *t, TjAutoShape *s, Role *role)
{
    guint nc = tj_table_n_cols(t);
    for (guint c = 0; c < nc; c++) {
        const char *l = tj_table_column_label(t, c);
        gboolean num = tj_table_column_type(t, c) == TJ_COL_NUMBER || all_missing(t, c);
        int *slot = NULL;
        if (is_one_of(l, note_words) || (!num && is_prose(t, c)))
            role[c] = ROLE_NOTE;
        else if (is_one_of(l, aux_words))
            role[c] = ROLE_AUX;
        else if (is_one_of(l, unit_words))
            slot = &s->unit;
        else if (is_one_of(l, group_words) && !num)
            slot = &s->group;
        else if (is_one_of(l, better_words))
            slot = &s->better;
        else if (is_one_of(l, period_words))
            slot = &s->period;
        else if (num && has_any(l, change_words) && !tj_auto_is_year(l))
            slot = &s->change;
        if (slot && *slot < 0) {
            *slot = (int)c;
            role[c] = ROLE_TAKEN;
        }
    }
}

/* The column of names: a header that says so, else the first text column
 * that is not a year column. */
static int
find_names(const TjTable *t, const Role *role)
{
    guint nc = tj_table_n_cols(t);
    for (guint c = 0; c < nc; c++)
        if (role[c] == ROLE_NONE && is_one_of(tj_table_column_label(t, c), name_words))
            return (int)c;
    for (guint c = 0; c < nc; c++) {
        if (role[c] != ROLE_NONE || tj_table_column_type(t, c) == TJ_COL_NUMBER)
            continue;
        guint filled, years = year_cells(t, c, &filled);
        if (filled > 0 && years * 5 < filled * 4)
            return (int)c;
    }
    return -1;
}

/* A column of years down the side: the period column, else the first
 * column, when at least 4 in 5 of its (2 or more) cells read as years. */
static int
find_year_rows(const TjTable *t, const TjAutoShape *s)
{
    int cands[2] = { s->period, 0 };
    for (guint i = 0; i < 2; i++) {
        if (cands[i] < 0 || tj_table_n_cols(t) == 0)
            continue;
        guint filled, years = year_cells(t, (guint)cands[i], &filled);
        if (filled >= 2 && years * 5 >= filled * 4)
            return cands[i];
    }
    return -1;
}

static void
add_col(GArray *a, guint c)
{
    int v = (int)c;
    g_array_append_val(a, v);
}

static void
note_form(const TjTable *t, const TjAutoShape *s, TjDiagList *explain)
{
    TjSrcLoc loc = tj_src_loc(tj_table_name(t), 1, 1);
    GString *why = g_string_new(NULL);
    const char *nm = s->name >= 0 ? tj_table_column_name(t, (guint)s->name) : "";
    if (s->form == TJ_AUTO_ITEMS)
        g_string_append_printf(why, _("a row per indicator: names in “%s”"), nm);
    else if (s->form == TJ_AUTO_YEAR_ROWS)
        g_string_append_printf(why, _("a row per year (“%s”), a column per indicator"), nm);
    else
        g_string_append_printf(why, _("a row per indicator (“%s”), a column per year"), nm);
    if (s->change >= 0)
        g_string_append_printf(why, _(", changes in “%s”"), tj_table_column_name(t, (guint)s->change));
    if (s->unit >= 0)
        g_string_append_printf(why, _(", units in “%s”"), tj_table_column_name(t, (guint)s->unit));
    if (s->group >= 0)
        g_string_append_printf(why, _(", a section for each “%s”"),
                               tj_table_column_name(t, (guint)s->group));
    tj_diag_add(explain, TJ_DIAG_NOTE, &loc, "auto-table", "%s", why->str);
    g_string_free(why, TRUE);
}

gboolean
tj_auto_recognise(const TjTable *t, TjAutoShape *s, TjDiagList *explain)
{
    memset(s, 0, sizeof *s);
    s->name = s->unit = s->change = s->group = s->better = s->period = -1;
    s->values = g_array_new(FALSE, FALSE, sizeof(int));
    s->keys = g_array_new(FALSE, FALSE, sizeof(int));
    guint nc = tj_table_n_cols(t);
    Role *role = g_new0(Role, nc + 1);
    find_roles(t, s, role);
    int years = find_year_rows(t, s);
    s->name = find_names(t, role);
    if (s->name < 0 && s->group >= 0) {           /* 类别,数量: the groups are the names */
        s->name = s->group;
        s->group = -1;
    }
    if (years >= 0 && (s->name < 0 || s->name == years)) {
        s->form = TJ_AUTO_YEAR_ROWS;
        s->name = years;
        s->period = -1;
        role[years] = ROLE_TAKEN;
        if (s->change >= 0)                        /* 增速 down the years: a series */
            role[s->change] = ROLE_NONE;
        s->change = -1;
    } else if (s->name >= 0) {
        role[s->name] = ROLE_TAKEN;
        guint year_cols = 0;
        for (guint c = 0; c < nc; c++)
            year_cols += role[c] == ROLE_NONE && tj_table_column_type(t, c) == TJ_COL_NUMBER &&
                         tj_auto_is_year(tj_table_column_label(t, c));
        s->form = year_cols >= 2 ? TJ_AUTO_YEAR_COLS : TJ_AUTO_ITEMS;
    }
    if (s->group >= 0)
        add_col(s->keys, (guint)s->group);
    if (s->period >= 0)
        add_col(s->keys, (guint)s->period);
    for (guint c = 0; c < nc && s->form != TJ_AUTO_NONE; c++) {
        if (role[c] == ROLE_AUX && !is_prose(t, c))
            add_col(s->keys, c);
        if (role[c] != ROLE_NONE)
            continue;
        gboolean num = tj_table_column_type(t, c) == TJ_COL_NUMBER;
        if (num && (s->form != TJ_AUTO_YEAR_COLS || tj_auto_is_year(tj_table_column_label(t, c))))
            add_col(s->values, c);
        else if (!num && !is_prose(t, c))
            add_col(s->keys, c);
    }
    if (s->unit >= 0)
        add_col(s->keys, (guint)s->unit);
    if (s->values->len == 0 && s->change >= 0 && s->form != TJ_AUTO_NONE) {
        add_col(s->values, (guint)s->change);   /* 季度,增长: the growth is the value */
        s->change = -1;
    }
    g_free(role);
    TjSrcLoc loc = tj_src_loc(tj_table_name(t), 1, 1);
    if (s->form == TJ_AUTO_NONE || s->values->len == 0 || tj_table_n_rows(t) == 0) {
        if (tj_table_n_rows(t) == 0)
            tj_diag_add(explain, TJ_DIAG_NOTE, &loc, "auto-table", "%s",
                        _("no rows: nothing to draw"));
        else if (s->form == TJ_AUTO_NONE)
            tj_diag_add(explain, TJ_DIAG_NOTE, &loc, "auto-table", "%s",
                        _("no column of names or years: nothing to draw"));
        else
            tj_diag_add(explain, TJ_DIAG_NOTE, &loc, "auto-table", "%s",
                        _("no column of numbers: nothing to draw"));
        s->form = TJ_AUTO_NONE;
        return FALSE;
    }
    note_form(t, s, explain);
    return TRUE;
}

void
tj_auto_shape_clear(TjAutoShape *s)
{
    if (!s)
        return;
    if (s->values)
        g_array_free(s->values, TRUE);
    if (s->keys)
        g_array_free(s->keys, TRUE);
    s->values = s->keys = NULL;
}
