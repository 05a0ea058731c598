/* bind/kinds.c — the table of chart kinds. A new kind is one row here
 * (its descriptor lives in its own bind/ file), its layout, its tests and
 * its docs: docs/adding-a-kind.md. */
#include "bind/bind-private.h"
#include "core/i18n.h"

static const TjKind *const kinds[] = {
    &tj_bind_kind_bar, &tj_bind_kind_trend, &tj_bind_kind_gauge, &tj_bind_kind_kpi,
    &tj_bind_kind_combo, &tj_bind_kind_pie, &tj_bind_kind_rank,
    &tj_bind_kind_table, &tj_bind_kind_timeline, &tj_bind_kind_pictogram, NULL
};

static const TjKey common[] = {
    { "data", TJ_KEY_DATA, NULL, N_("a declared data source or a data file") },
    { "where", TJ_KEY_WHERE, NULL, N_("rows to use: {column: value, …}") },
    { "title", TJ_KEY_TEXT, NULL, N_("the chart's title") },
    { "subtitle", TJ_KEY_TEXT, NULL, N_("a line under the title") },
    { "source", TJ_KEY_TEXT, NULL, N_("the source line (数据来源)") },
    { "unit", TJ_KEY_TEXT, NULL, N_("the unit shown; \"\" hides it") },
    { "height", TJ_KEY_NUMBER, NULL, N_("the block's height in px") },
    { "theme", TJ_KEY_TEXT, NULL, N_("the theme (a page's own is used in a page)") },
    { "alt", TJ_KEY_TEXT, NULL, N_("the alt text, replacing the generated one") },
    { NULL, 0, NULL, NULL }
};

const TjKind *const *
tj_bind_kinds(void)
{
    return kinds;
}

const TjKind *
tj_bind_kind(const char *name)
{
    for (const TjKind *const *k = kinds; name && *k; k++)
        if (g_strcmp0((*k)->name, name) == 0)
            return *k;
    return NULL;
}

const char *const *
tj_bind_kind_names(void)
{
    static const char *names[G_N_ELEMENTS(kinds)];
    static gsize done = 0;
    if (g_once_init_enter(&done)) {
        for (gsize i = 0; kinds[i]; i++)
            names[i] = kinds[i]->name;
        g_once_init_leave(&done, 1);
    }
    return names;
}

const TjKey *
tj_bind_common_keys(void)
{
    return common;
}
