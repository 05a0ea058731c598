/* tests/unit/test-collide.c — no text meets another text or a data mark
 * (tests/support/collide.h), checked on the scene: every example spec
 * (the posters whole, the single charts, the tiles) with the fake measurer
 * and with real fonts, and random tables of every chart kind
 * (tests/support/randchart.h): 1,000 a kind with the fake measurer, some
 * with real fonts. A random chart also shows every name whole: each
 * category (or event, or series) is found in the chart's texts, and a text
 * shortened with "…" comes with its warning. A box too small for the
 * chart may be refused with an error that says so; most are drawn. Every
 * kind passes with no collision and every name whole (the table of what
 * was left over is gone: issue 14 item 6).
 *
 * TJ_COLLIDE_SURVEY=1 counts the collisions of each kind instead of
 * failing at the first (what the check finds, for a report);
 * TJ_COLLIDE_N sets the number of random charts a kind, TJ_COLLIDE_KIND
 * keeps one kind, TJ_COLLIDE_SHOW the number of cases a survey writes out. */
#include <string.h>

#include "api/spec-private.h"
#include "bind/bind.h"
#include "support/collide.h"
#include "support/randchart.h"
#include "support/tjtest.h"

#define RANDOM_FAKE 1000
#define RANDOM_REAL 20

static gboolean survey;
static guint max_shown = 3;   /* cases a survey writes out, a kind */

/* ---- examples ---------------------------------------------------------- */

static GPtrArray *
example_specs(void)
{
    GPtrArray *specs = g_ptr_array_new_with_free_func(g_free);
    const char *dirs[] = { "examples/dongcheng-2021", "examples/national-2020" };
    for (guint d = 0; d < G_N_ELEMENTS(dirs); d++) {
        char *dir = tjt_src_path(dirs[d]);
        GDir *gd = g_dir_open(dir, 0, NULL);
        g_assert_nonnull(gd);
        const char *name;
        while ((name = g_dir_read_name(gd)))
            if (g_str_has_suffix(name, ".yaml"))
                g_ptr_array_add(specs, g_build_filename(dir, name, NULL));
        g_dir_close(gd);
        g_free(dir);
    }
    g_ptr_array_sort(specs, (GCompareFunc)g_strcmp0);
    return specs;
}

static void
check_examples(const TjMeasurer *m, const char *how)
{
    GPtrArray *specs = example_specs();
    g_assert_cmpuint(specs->len, >=, 15);
    guint bad = 0;
    for (guint i = 0; i < specs->len; i++) {
        const char *path = specs->pdata[i];
        TjScene *s = NULL;
        GError *err = NULL;
        if (!tj__api_spec_scene(path, m, &s, NULL, &err))
            g_error("%s: %s", path, err->message);
        char *base = g_path_get_basename(path);
        char *name = g_strdup_printf("%s-%s", how, base);
        char *first = NULL;
        guint n = tjt_collide_count(s, &first);
        if (n && survey)
            g_printerr("%s: %u collision(s), the first: %s\n", name, n, first);
        else if (n)
            tjt_assert_no_collision(s, name);
        bad += n > 0;
        g_free(first);
        g_free(name);
        g_free(base);
        tj_scene_free(s);
    }
    if (survey)
        g_printerr("examples (%s): %u of %u with collisions\n", how, bad, specs->len);
    g_ptr_array_unref(specs);
}

static void
test_examples_fake(void)
{
    check_examples(tj_measurer_fake(), "fake");
}

static void
test_examples_fonts(void)
{
    GError *err = NULL;
    TjFonts *fonts = tj_fonts_new(NULL, &err);
    g_assert_no_error(err);
    check_examples(tj_fonts_measurer(fonts), "fonts");
    tj_fonts_free(fonts);
}

/* ---- random charts ----------------------------------------------------- */

/* Lays @c out as a single chart of @kind (the api's path, with @m).
 * Returns: (transfer full) the scene, or NULL with @error set. */
static TjScene *
lay_out(const char *kind, const TjtRandChart *c, const TjMeasurer *m, GError **error)
{
    TjSpecErrors *errs = tj_spec_errors_new();
    TjBind *bind = tj_bind_new_for_options(c->table, errs);
    TjDiagList *diags = tj_diag_list_new();
    tj_bind_set_diags(bind, diags);
    TjPageBlock b;
    TjScene *s = NULL;
    if (tj_bind_options(bind, kind, c->opts, &b, error)) {
        double w, h;
        b.ops->default_size(b.spec, &w, &h);
        w = c->w > 0 ? c->w : w;
        h = c->h > 0 ? c->h : h;
        TjTheme th;
        tj_theme_for_chart(tj_theme_builtin(NULL), w, &th);
        s = tj_scene_new(w, h);
        if (!tj_layout_block(s, &b, 0, 0, w, h, &th, m, error)) {
            tj_scene_free(s);
            s = NULL;
        }
    }
    tj_bind_free(bind);
    tj_diag_list_free(diags);
    tj_spec_errors_free(errs);
    return s;
}

/* All the scene's texts run together, in order (a wrapped name's lines
 * are consecutive items). (transfer full) */
static char *
all_text(const TjScene *s)
{
    GString *all = g_string_new(NULL);
    for (guint i = 0; i < tj_scene_n_items(s); i++) {
        const TjItem *it = tj_scene_item(s, i);
        if (it->kind == TJ_ITEM_TEXT)
            g_string_append(all, it->u.text.text);
    }
    return g_string_free(all, FALSE);
}

static gboolean
warned(const TjScene *s, const char *code)
{
    const TjDiagList *d = tj_scene_diags(s);
    for (guint i = 0; d && i < tj_diag_list_n(d); i++)
        if (g_strcmp0(tj_diag_list_get(d, i)->code, code) == 0)
            return TRUE;
    return FALSE;
}

/* Every name whole on the chart, or a warning that says it is not.
 * Returns: (transfer full) what is wrong, or NULL. */
static char *
names_whole(const TjScene *s, const TjtRandChart *c)
{
    char *all = all_text(s);
    char *bad = NULL;
    gboolean cut = strstr(all, "…") != NULL;
    if (cut && !warned(s, "label-shortened"))
        bad = g_strdup("a text is shortened with “…” and no warning says so");
    for (guint i = 0; !bad && !cut && i < c->names->len; i++)
        if (!strstr(all, c->names->pdata[i]))
            bad = g_strdup_printf("the name “%s” is not on the chart",
                                  (const char *)c->names->pdata[i]);
    g_free(all);
    return bad;
}

typedef struct {
    guint drawn, refused, colliding, unnamed;
    char *first;      /* the first case's fault and files, for the failure */
} Tally;

/* Writes case @k's table and scene under tests/out/; notes the first. */
static void
keep_case(const char *kind, guint k, const TjtRandChart *c, const TjScene *s, const char *what,
          Tally *t)
{
    char *name = g_strdup_printf("%s-%u", kind, k);
    char *file = g_strdup_printf("collide-%s.csv", name);
    char *path = tjt_out_path(file);
    if (c->csv)
        g_file_set_contents(path, c->csv, -1, NULL);
    char *dump = tj_scene_dump(s);
    g_free(file);
    file = g_strdup_printf("collide-%s.scene", name);
    char *spath = tjt_out_path(file);
    g_file_set_contents(spath, dump, -1, NULL);
    char *msg = g_strdup_printf("random %s #%u (%.0f×%.0f): %s (table in %s, scene in %s)", kind,
                                k, tj_scene_width(s), tj_scene_height(s), what,
                                c->csv ? path : "-", spath);
    if (survey)
        g_printerr("%s\n", msg);
    if (!t->first)
        t->first = msg;
    else
        g_free(msg);
    g_free(dump); g_free(spath); g_free(path); g_free(file); g_free(name);
}

static void
random_kind(const char *kind, guint n, const TjMeasurer *m, guint32 seed, Tally *t)
{
    GRand *r = g_rand_new_with_seed(seed);
    for (guint k = 0; k < n; k++) {
        TjtRandChart c;
        tjt_rand_chart(r, kind, &c);
        GError *err = NULL;
        TjScene *s = lay_out(kind, &c, m, &err);
        if (!s) {
            t->refused++;
            if (g_getenv("TJ_TEST_VERBOSE"))
                g_printerr("%s #%u refused: %s\n", kind, k, err->message);
            g_error_free(err);
            tjt_rand_chart_clear(&c);
            continue;
        }
        t->drawn++;
        char *first = NULL;
        if (tjt_collide_count(s, &first) && ++t->colliding <= max_shown)
            keep_case(kind, k, &c, s, first, t);
        g_free(first);
        char *bad = names_whole(s, &c);
        if (bad && ++t->unnamed <= max_shown)
            keep_case(kind, k, &c, s, bad, t);
        g_free(bad);
        tj_scene_free(s);
        tjt_rand_chart_clear(&c);
    }
    g_rand_free(r);
}

static guint
n_random(guint dflt)
{
    const char *e = g_getenv("TJ_COLLIDE_N");
    return e ? (guint)g_ascii_strtoull(e, NULL, 10) : dflt;
}

static void
random_all(const TjMeasurer *m, guint n, guint32 seed, gboolean real)
{
    const char *only = g_getenv("TJ_COLLIDE_KIND");
    for (const TjKind *const *k = tj_bind_kinds(); *k; k++) {
        Tally t = { 0 };
        if (only && strcmp(only, (*k)->name) != 0)
            continue;
        random_kind((*k)->name, n, m, seed + (guint32)(k - tj_bind_kinds()), &t);
        char *line = g_strdup_printf("%s (%s): %u drawn, %u refused, %u with collisions, %u "
                                     "missing a name", (*k)->name, real ? "fonts" : "fake",
                                     t.drawn, t.refused, t.colliding, t.unnamed);
        if (survey)
            g_printerr("%s\n", line);
        g_test_message("%s", line);
        g_free(line);
        if (!survey && t.colliding + t.unnamed > 0)
            g_error("%s: %u collisions and %u names not whole; the first: %s", (*k)->name,
                    t.colliding, t.unnamed, t.first);
        /* most random boxes are drawn; the rest refused with a reason */
        if (!survey)
            g_assert_cmpuint(t.drawn, >=, n / 3);
        g_free(t.first);
    }
}

static void
test_random_fake(void)
{
    random_all(tj_measurer_fake(), n_random(RANDOM_FAKE), 1414, FALSE);
}

static void
test_random_fonts(void)
{
    GError *err = NULL;
    TjFonts *fonts = tj_fonts_new(NULL, &err);
    g_assert_no_error(err);
    random_all(tj_fonts_measurer(fonts), n_random(RANDOM_FAKE) ? RANDOM_REAL : 0, 2828, TRUE);
    tj_fonts_free(fonts);
}

/* ---- the checker itself ------------------------------------------------ */

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    survey = g_getenv("TJ_COLLIDE_SURVEY") != NULL;
    if (g_getenv("TJ_COLLIDE_SHOW"))
        max_shown = (guint)g_ascii_strtoull(g_getenv("TJ_COLLIDE_SHOW"), NULL, 10);
    g_test_add_func("/collide/examples-fake", test_examples_fake);
    g_test_add_func("/collide/examples-fonts", test_examples_fonts);
    g_test_add_func("/collide/random-fake", test_random_fake);
    g_test_add_func("/collide/random-fonts", test_random_fonts);
    return g_test_run();
}
