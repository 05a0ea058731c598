/* cli/auto.c — `tujie auto TABLE.csv… [-o poster.png] [--spec-out
 * tujie.yaml] [--title T] [--explain]`: a poster drafted from tables with
 * no spec (tj_auto_draft), rendered, and the spec it used written for the
 * next time. The spec names the tables relative to its own folder (the
 * --spec-out folder, else the current one); a table outside it is named by
 * its absolute path and needs --allow-dir when the spec is rendered later
 * (a warning says so). A workbook of several visible sheets gives a table
 * a sheet, named `{path: …, sheet: …}`; a sheet that cannot be read (an
 * empty one) is left out with a warning. Nothing is written unless the
 * spec checks: the poster first, each file atomically, then the spec. */
#include "cli/cli.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    char *dir;            /* the spec's folder, resolved */
    char *name;           /* its file name, for messages */
    GPtrArray *paths;     /* the tables as the spec names them */
    GPtrArray *allow;     /* folders outside dir the tables are in */
} Place;

static void
place_clear(Place *p)
{
    g_free(p->dir);
    g_free(p->name);
    g_ptr_array_free(p->paths, TRUE);
    g_ptr_array_free(p->allow, TRUE);
}

/* Where the spec lives and how it names each table. */
static gboolean
place_tables(Place *p, const char *spec_out, char **tables, int n, GError **error)
{
    gboolean to_file = spec_out && strcmp(spec_out, "-") != 0;
    char *dir = to_file ? g_path_get_dirname(spec_out) : g_strdup(".");
    char real[PATH_MAX];
    p->paths = g_ptr_array_new_with_free_func(g_free);
    p->allow = g_ptr_array_new_with_free_func(g_free);
    p->name = to_file ? g_path_get_basename(spec_out) : g_strdup("auto.yaml");
    if (!realpath(dir, real)) {
        g_set_error(error, TJ_ERROR, TJ_ERROR_IO, _("%s: the folder for the spec does not exist"),
                    dir);
        g_free(dir);
        return FALSE;
    }
    g_free(dir);
    p->dir = g_strdup(real);
    for (int i = 0; i < n; i++) {
        if (!realpath(tables[i], real)) {
            g_set_error(error, TJ_ERROR, TJ_ERROR_IO, _("%s: no such table file"), tables[i]);
            return FALSE;
        }
        gsize len = strlen(p->dir);
        gboolean inside = strncmp(real, p->dir, len) == 0 &&
                          (real[len] == '/' || strcmp(p->dir, "/") == 0);
        if (inside) {
            g_ptr_array_add(p->paths, g_strdup(real + len + (real[len] == '/')));
            continue;
        }
        g_ptr_array_add(p->paths, g_strdup(real));
        char *folder = g_path_get_dirname(real);
        gboolean have = FALSE;
        for (guint k = 0; k < p->allow->len && !have; k++)
            have = strcmp(p->allow->pdata[k], folder) == 0;
        if (have)
            g_free(folder);
        else
            g_ptr_array_add(p->allow, folder);
    }
    g_ptr_array_add(p->paths, NULL);
    return TRUE;
}

/* The user's --allow-dir and the tables' folders, NULL-terminated. */
static char **
allow_list(const TjCliOutput *o, const Place *p)
{
    GPtrArray *all = g_ptr_array_new();
    for (char **d = o->allow_dirs; d && *d; d++)
        g_ptr_array_add(all, g_strdup(*d));
    for (guint i = 0; p->allow && i < p->allow->len; i++)
        g_ptr_array_add(all, g_strdup(p->allow->pdata[i]));
    g_ptr_array_add(all, NULL);
    return (char **)g_ptr_array_free(all, FALSE);
}

static gboolean
write_spec(const char *spec_out, const char *spec, GError **error)
{
    if (strcmp(spec_out, "-") == 0) {
        fputs(spec, stdout);
        return fflush(stdout) == 0;
    }
    GError *e = NULL;
    if (!g_file_set_contents(spec_out, spec, -1, &e)) {   /* a temporary file, renamed */
        g_set_error(error, TJ_ERROR, TJ_ERROR_IO, "%s", e->message);
        g_error_free(e);
        return FALSE;
    }
    return TRUE;
}

/* The tables to draft from: a file's, or one a sheet of a workbook of
 * several; in.files[i] is table i's file (transfer none), in.sheets[i]
 * its sheet or NULL. */
typedef struct {
    GPtrArray *tables, *files, *sheets;
} Loaded;

static gboolean
load_file(Loaded *in, const char *file, GError **error)
{
    char **sheets = tj_table_sheet_names(file, error);
    if (!sheets)
        return FALSE;
    guint n = g_strv_length(sheets), before = in->tables->len;
    for (guint k = 0; k < n || (n <= 1 && k == 0); k++) {
        GError *e = NULL;
        TjTable *t = n > 1 ? tj_table_load_sheet(file, sheets[k], &e) : tj_table_load(file, &e);
        if (!t && n > 1 && e->code == TJ_ERROR_INPUT) {
            g_printerr(_("tujie: warning: %s; the sheet is left out\n"), e->message);
            g_error_free(e);
            continue;
        }
        if (!t) {
            g_propagate_error(error, e);
            g_strfreev(sheets);
            return FALSE;
        }
        g_ptr_array_add(in->tables, t);
        g_ptr_array_add(in->files, (gpointer)file);
        g_ptr_array_add(in->sheets, n > 1 ? g_strdup(sheets[k]) : NULL);
    }
    g_strfreev(sheets);
    if (in->tables->len == before) {
        g_set_error(error, TJ_ERROR, TJ_ERROR_INPUT, _("%s: no sheet of the workbook could be "
                    "read"), file);
        return FALSE;
    }
    return TRUE;
}

static gboolean
run(TjCliOutput *o, char **tables, int n, const char *spec_out, const char *title,
    gboolean explain, GError **error)
{
    for (int i = 0; i < n; i++)
        if (strcmp(tables[i], "-") == 0) {
            g_set_error(error, TJ_ERROR, TJ_ERROR_USAGE, "%s",
                        _("auto: a table must be a file the spec can name, not “-”"));
            return FALSE;
        }
    TjFormat *fmts = NULL;
    guint nout = 0;
    TjOutputOptions out = { 0 };
    out.diagnostic = tj_cli_diagnostic;
    if (o->outputs && !tj_cli_outputs_resolve(o, &fmts, &nout, &out, error))
        return FALSE;
    Place place = { 0 };
    Loaded in = { g_ptr_array_new_with_free_func((GDestroyNotify)tj_table_free),
                  g_ptr_array_new(), g_ptr_array_new_with_free_func(g_free) };
    gboolean ok = TRUE;
    for (int i = 0; ok && i < n; i++)
        ok = load_file(&in, tables[i], error);
    g_ptr_array_add(in.sheets, NULL);
    ok = ok && place_tables(&place, spec_out, (char **)in.files->pdata, (int)in.files->len,
                            error);
    char *spec = NULL, *why = NULL;
    TjAutoOptions ao = { 0 };
    ao.title = title;
    ao.data_paths = place.paths ? (const char *const *)place.paths->pdata : NULL;
    ao.data_sheets = (const char *const *)in.sheets->pdata;
    if (ok)
        ok = tj_auto_draft((const TjTable *const *)in.tables->pdata, in.tables->len, &ao, &spec,
                           &why, error);
    gboolean spec_on_stdout = !spec_out ? nout == 0 : strcmp(spec_out, "-") == 0;
    if (explain && why)
        fputs(why, spec_on_stdout ? stderr : stdout);
    char **allow = allow_list(o, &place);
    out.allow_dirs = (const char *const *)allow;
    TjDoc *doc = ok ? tj_doc_new_from_data(spec, -1, place.dir, place.name, error) : NULL;
    ok = doc && (nout > 0 ? tj_doc_render_files(doc, nout, fmts, (const char *const *)o->outputs,
                                                 &out, error)
                          : tj_doc_check(doc, &out, error));
    if (ok && (spec_out || nout == 0))
        ok = write_spec(spec_out ? spec_out : "-", spec, error);
    if (ok && place.allow && place.allow->len > 0 && spec_out && strcmp(spec_out, "-") != 0)
        g_printerr(_("tujie: warning: %s names tables outside its folder; render it with "
                     "--allow-dir %s\n"), spec_out, (const char *)place.allow->pdata[0]);
    tj_doc_free(doc);
    g_strfreev(allow);
    g_ptr_array_free(in.tables, TRUE);
    g_ptr_array_free(in.files, TRUE);
    g_ptr_array_free(in.sheets, TRUE);
    g_free(spec);
    g_free(why);
    g_free(fmts);
    if (place.paths)
        place_clear(&place);
    return ok;
}

int
tj_cli_auto(int argc, char **argv)
{
    TjCliOutput o = { 0 };
    char *spec_out = NULL, *title = NULL;
    gboolean explain = FALSE;
    GOptionContext *ctx = g_option_context_new(N_("TABLE.csv… - draft a poster from tables, no spec needed"));
    g_option_context_set_translation_domain(ctx, TJ_CLI_DOMAIN);
    g_option_context_set_summary(ctx,
        N_("Recognises each table (指标/数值/单位/同比, years down the side or across the\n"
        "top, categories × values), picks a tile, gauge, trend or bar for each group of\n"
        "indicators, puts them into sections (a table, or each value of its 类别 column)\n"
        "and renders the poster. --spec-out keeps the spec it used, as YAML with a\n"
        "comment on every choice, for `tujie render` next time (docs/auto.md).\n"
        "Without -o and --spec-out the spec goes to standard output.\n\n"
        "Example:\n  tujie auto 经济指标.csv 民生.csv -o poster.png --spec-out tujie.yaml --explain"));
    tj_cli_output_add(ctx, &o);
    GOptionEntry entries[] = {
        { "spec-out", 0, 0, G_OPTION_ARG_FILENAME, &spec_out, N_("Write the spec used to FILE ('-': standard output)"), N_("FILE") },
        { "title", 0, 0, G_OPTION_ARG_STRING, &title, N_("The poster's title (default 数据图解)"), N_("TEXT") },
        { "explain", 0, 0, G_OPTION_ARG_NONE, &explain, N_("Say every choice and why, with its place in the table"), NULL },
        tj_cli_allow_dir_entry(&o.allow_dirs),
        { NULL, 0, 0, 0, NULL, NULL, NULL }
    };
    g_option_context_add_main_entries(ctx, entries, TJ_CLI_DOMAIN);
    int code = TJ_EXIT_OK;
    GError *err = NULL;
    if (tj_cli_parse(ctx, &argc, &argv, &code)) {
        if (argc < 2)
            g_set_error(&err, TJ_ERROR, TJ_ERROR_USAGE, "%s", _("auto: expected one or more TABLE.csv"));
        else
            run(&o, argv + 1, argc - 1, spec_out, title, explain, &err);
        if (err)
            code = tj_cli_fail(err);
    }
    g_option_context_free(ctx);
    tj_cli_output_clear(&o);
    g_free(spec_out);
    g_free(title);
    return code;
}
