/* bind/page.c — a page spec's sections, rows and blocks become the page
 * composer's input, and a spec's theme (built in, or overridden by a
 * theme: map) is read; every problem is recorded in the context's errors
 * so the user sees all of a spec's problems at once. */
#include "bind/bind-private.h"

#include <string.h>

#include "core/i18n.h"

void
tj_bind_theme(TjBind *c, TjTheme *out)
{
    g_return_if_fail(c && c->spec && out);
    const TjSpecPage *pg = &c->spec->page;
    const char *base = pg->theme;
    const TjNode *tn = pg->theme_node;
    if (tn)
        base = tj_spec_get_string(tn, "base", NULL, c->errs);
    const TjTheme *b = tj_theme_builtin(base);
    if (!b) {
        const TjNode *where = tn ? tj_spec_node_get(tn, "base") : tj_spec_node_get(
            tj_spec_node_get(c->spec->root, "page"), "theme");
        char *list = g_strjoinv(", ", (char **)tj_theme_names());
        tj_spec_errors_add(c->errs, where ? &where->loc : &pg->loc,
                           _("unknown theme “%s” (themes: %s)"), base, list);
        g_free(list);
        b = tj_theme_builtin(NULL);
    }
    if (tn)
        tj_theme_from_node(tn, b, out, c->errs);
    else
        *out = *b;
}

void
tj_bind_page_clear(TjPageSpec *p)
{
    if (!p)
        return;
    for (guint k = 0; k < p->n_sections; k++) {
        for (guint r = 0; r < p->sections[k].n_rows; r++)
            g_free(p->sections[k].rows[r].blocks);
        g_free(p->sections[k].rows);
    }
    g_free(p->sections);
    memset(p, 0, sizeof *p);
}

void
tj_bind_page(TjBind *c, TjPageSpec *p, TjTheme *theme)
{
    g_return_if_fail(c && c->spec && p);
    const TjSpec *spec = c->spec;
    if (theme)
        tj_bind_theme(c, theme);
    memset(p, 0, sizeof *p);
    p->width = spec->page.width;
    p->loc = spec->page.loc;
    p->title = spec->page.title;
    p->subtitle = spec->page.subtitle;
    p->date = spec->page.date;
    p->source = spec->page.source;
    p->notes = (const char *const *)spec->page.footer;
    p->n_notes = spec->page.footer ? g_strv_length(spec->page.footer) : 0;
    p->n_sections = spec->n_sections;
    p->sections = g_new0(TjPageSection, spec->n_sections);
    for (guint k = 0; k < spec->n_sections; k++) {
        const TjSpecSection *ss = &spec->sections[k];
        TjPageSection *ps = &p->sections[k];
        ps->heading = ss->heading;
        ps->intro = ss->intro;
        ps->loc = ss->loc;
        ps->n_rows = ss->n_rows;
        ps->rows = g_new0(TjPageRow, ss->n_rows);
        for (guint r = 0; r < ss->n_rows; r++) {
            ps->rows[r].n_blocks = ss->rows[r].n_blocks;
            ps->rows[r].blocks = g_new0(TjPageBlock, ss->rows[r].n_blocks);
            for (guint i = 0; i < ss->rows[r].n_blocks; i++)
                tj_bind_block(c, &ss->rows[r].blocks[i], &ps->rows[r].blocks[i]);
        }
    }
}
