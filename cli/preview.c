/* cli/preview.c — `tujie preview SPEC|TABLE`: the poster drawn as SVG and
 * shown on a local page (cli/preview-http.c), drawn again when the spec or
 * any file it reads is saved. GFileMonitor watches the spec and the files
 * tj_doc_inputs() lists after each render (a source added to the spec is
 * watched from its next save); a burst of events (an editor writes, then
 * renames) makes one render, RENDER_DELAY_MS after the last. A TABLE is
 * shown as one chart: --kind and its options as `tujie KIND` takes them
 * (or KEY=VALUE as a spec block writes them); with none of them, as the
 * poster `tujie auto` drafts of it (tj_auto_draft). The
 * main loop runs until SIGINT, SIGTERM or SIGHUP. */
#include "cli/preview.h"

#include <signal.h>
#include <string.h>
#include <gio/gio.h>
#include <glib-unix.h>

#define RENDER_DELAY_MS 60

typedef struct {
    TjPreviewState state;
    const char *spec;        /* SPEC mode: the spec file; else NULL */
    const char *table;       /* TABLE mode: the data file and its sheet */
    const char *sheet;
    TjChart *chart;          /* TABLE mode */
    TjOutputOptions out;
    GHashTable *monitors;    /* path → GFileMonitor */
    guint pending;           /* the render's timeout source, 0: none */
    GMainLoop *loop;
} Preview;

static void watch(Preview *p, char **paths);

static void
on_diagnostic(const TjDiagnostic *d, gpointer data)
{
    GString *w = data;
    if (d->place)
        g_string_append_printf(w, "%s: ", d->place);
    g_string_append_printf(w, "%s\n", d->text);
}

/* A table given with no chart options: the poster `tujie auto` drafts of
 * it, read as a spec beside the table. (transfer full) NULL on failure. */
static GBytes *
draft(Preview *p, const TjTable *t, GError **error)
{
    char *base = g_path_get_basename(p->table), *dir = g_path_get_dirname(p->table);
    const char *paths[] = { base, NULL };
    TjAutoOptions ao = { 0 };
    ao.data_paths = paths;
    char *spec = NULL;
    GBytes *svg = NULL;
    if (tj_auto_draft(&t, 1, &ao, &spec, NULL, error)) {
        TjDoc *doc = tj_doc_new_from_data(spec, -1, dir, "auto.yaml", error);
        if (doc)
            tj_doc_render_bytes(doc, TJ_FORMAT_SVG, &p->out, &svg, error);
        tj_doc_free(doc);
    }
    g_free(spec);
    g_free(base);
    g_free(dir);
    return svg;
}

/* Draws the poster once and publishes the result in p->state. */
static void
render(Preview *p)
{
    GError *err = NULL;
    GBytes *svg = NULL;
    char **inputs = NULL;
    GString *warnings = g_string_new(NULL);
    p->out.diagnostic_data = warnings;
    gint64 t0 = g_get_monotonic_time();
    if (p->spec) {
        TjDoc *doc = tj_doc_load(p->spec, &err);
        if (doc) {
            inputs = tj_doc_inputs(doc, NULL);
            tj_doc_render_bytes(doc, TJ_FORMAT_SVG, &p->out, &svg, &err);
        }
        tj_doc_free(doc);
    } else {
        TjTable *t = tj_table_load_sheet(p->table, p->sheet, &err);
        if (t && p->chart)
            tj_chart_render_bytes(p->chart, t, TJ_FORMAT_SVG, &p->out, &svg, &err);
        else if (t)
            svg = draft(p, t, &err);
        tj_table_free(t);
    }
    watch(p, inputs);
    g_strfreev(inputs);
    TjPreviewState *st = &p->state;
    st->version++;
    g_clear_pointer(&st->error, g_free);
    st->ok = svg != NULL;
    if (svg) {
        g_clear_pointer(&st->svg, g_bytes_unref);
        st->svg = svg;
        g_string_assign(st->warnings, warnings->str);
        g_print(_("%s: drawn in %.0f ms\n"), st->title,
               (double)(g_get_monotonic_time() - t0) / 1000.0);
        if (warnings->len)
            g_print("%s", warnings->str);
    } else {
        st->error = g_strdup(err ? err->message : "?");
        g_printerr("tujie: %s\n", st->error);
    }
    g_string_free(warnings, TRUE);
    g_clear_error(&err);
}

static gboolean
render_due(gpointer data)
{
    Preview *p = data;
    p->pending = 0;
    render(p);
    return G_SOURCE_REMOVE;
}

static void
on_changed(GFileMonitor *m, GFile *file, GFile *other, GFileMonitorEvent event,
           gpointer data)
{
    (void)m; (void)file; (void)other; (void)event;
    Preview *p = data;
    if (p->pending)
        g_source_remove(p->pending);
    p->pending = g_timeout_add(RENDER_DELAY_MS, render_due, p);
}

/* Watches the spec or table and @paths (NULL: keep what is watched besides
 * them, e.g. when the spec cannot be read); stops watching the rest. */
static void
watch(Preview *p, char **paths)
{
    GHashTable *want = g_hash_table_new(g_str_hash, g_str_equal);
    g_hash_table_add(want, (gpointer)(p->spec ? p->spec : p->table));
    if (paths)
        for (char **s = paths; *s; s++)
            g_hash_table_add(want, *s);
    else {
        GHashTableIter it;
        gpointer key;
        g_hash_table_iter_init(&it, p->monitors);
        while (g_hash_table_iter_next(&it, &key, NULL))
            g_hash_table_add(want, key);
    }
    GHashTableIter it;
    gpointer key;
    g_hash_table_iter_init(&it, p->monitors);
    while (g_hash_table_iter_next(&it, &key, NULL))
        if (!g_hash_table_contains(want, key))
            g_hash_table_iter_remove(&it);
    g_hash_table_iter_init(&it, want);
    while (g_hash_table_iter_next(&it, &key, NULL)) {
        if (g_hash_table_contains(p->monitors, key))
            continue;
        GFile *f = g_file_new_for_path(key);
        GError *err = NULL;
        /* WATCH_MOVES: an editor that saves by renaming a new file over the
         * old one is seen too */
        GFileMonitor *m = g_file_monitor_file(f, G_FILE_MONITOR_WATCH_MOVES, NULL, &err);
        g_object_unref(f);
        if (!m) {
            g_printerr(_("tujie: warning: cannot watch %s: %s\n"), (char *)key,
                       err->message);
            g_clear_error(&err);
            continue;
        }
        g_file_monitor_set_rate_limit(m, RENDER_DELAY_MS);
        g_signal_connect(m, "changed", G_CALLBACK(on_changed), p);
        g_hash_table_insert(p->monitors, g_strdup(key), m);
    }
    g_hash_table_destroy(want);
}

static gboolean
on_signal(gpointer data)
{
    g_main_loop_quit(data);
    return G_SOURCE_CONTINUE;
}

/* Sets @key of @c to @value: where (COL=VALUE) adds a filter, width and
 * height size the chart, any other key is set as a spec block writes it. */
static gboolean
chart_key(TjChart *c, const char *key, const char *value, GError **error)
{
    const char *eq = strchr(value, '=');
    if (strcmp(key, "where") == 0 && eq && eq > value) {
        char *col = g_strndup(value, (gsize)(eq - value));
        tj_chart_add_where(c, col, eq + 1);
        g_free(col);
        return TRUE;
    }
    if (strcmp(key, "width") == 0 || strcmp(key, "height") == 0) {
        char *end = NULL;
        double v = g_ascii_strtod(value, &end);
        if (end == value || *end || !(v > 0)) {
            g_set_error(error, TJ_ERROR, TJ_ERROR_USAGE,
                        _("--%s: expected a size in px, got “%s”"), key, value);
            return FALSE;
        }
        double w = 0, h = 0;
        *(strcmp(key, "width") == 0 ? &w : &h) = v;
        tj_chart_set_size(c, w, h);
        return TRUE;
    }
    return tj_chart_set(c, key, value, error);
}

/* TABLE mode's chart: --kind, then its keys written as the chart commands
 * take them (--x 年份, --horizontal) or as a spec block does (x=年份). */
static TjChart *
table_chart(const char *kind, int argc, char **argv, GError **error)
{
    kind = kind ? kind : "bar";
    TjChart *c = tj_chart_new(kind, error);
    gboolean ok = c != NULL;
    for (int i = 0; ok && i < argc; i++) {
        const char *arg = argv[i], *eq;
        char *key = NULL, *value = NULL;
        TjChartKeyType type;
        if (g_str_has_prefix(arg, "--") && arg[2]) {
            eq = strchr(arg + 2, '=');
            key = eq ? g_strndup(arg + 2, (gsize)(eq - arg - 2)) : g_strdup(arg + 2);
            g_strdelimit(key, "-", '_');
            if (eq)
                value = g_strdup(eq + 1);
            else if (tj_chart_key_type(kind, key, &type, NULL) && type == TJ_CHART_KEY_BOOL)
                value = g_strdup("true");
            else if (i + 1 < argc)
                value = g_strdup(argv[++i]);
        } else if ((eq = strchr(arg, '=')) != NULL && eq != arg) {
            key = g_strndup(arg, (gsize)(eq - arg));
            value = g_strdup(eq + 1);
        }
        if (!value)
            g_set_error(error, TJ_ERROR, TJ_ERROR_USAGE, _("preview: expected --KEY VALUE or "
                        "KEY=VALUE after the table, got “%s”"), arg);
        ok = value && chart_key(c, key, value, error);
        g_free(key);
        g_free(value);
    }
    if (!ok)
        g_clear_pointer(&c, tj_chart_free);
    return c;
}

/* The command line's options. */
typedef struct {
    int port;
    char *kind, *sheet, *fonts_conf;
    char **allow;
    gboolean tofu;
} Opts;

static void
opts_clear(Opts *o)
{
    g_free(o->kind);
    g_free(o->sheet);
    g_free(o->fonts_conf);
    g_strfreev(o->allow);
}

/* Checks the arguments left after the options and fills @p from them and
 * @o; FALSE with a USAGE or IO error. */
static gboolean
prepare(Preview *p, const Opts *o, int argc, char **argv, GError **error)
{
    /* a spec by its name (as batch finds them); anything else is a table,
     * whose kind the library tells by its bytes */
    gboolean is_spec = argc >= 2 && (g_str_has_suffix(argv[1], ".yaml")
                                      || g_str_has_suffix(argv[1], ".yml")
                                      || g_str_has_suffix(argv[1], ".json"));
    if (argc < 2 || g_str_has_prefix(argv[1], "--"))
        g_set_error(error, TJ_ERROR, TJ_ERROR_USAGE, _("preview: expected a SPEC.yaml or a table "
                    "first"));
    else if (o->port < 0 || o->port > 65535)
        g_set_error(error, TJ_ERROR, TJ_ERROR_USAGE, _("--port: expected 0 to 65535, got %d"),
                    o->port);
    else if (is_spec && (argc > 2 || o->kind || o->sheet))
        g_set_error(error, TJ_ERROR, TJ_ERROR_USAGE, _("preview: a spec takes no chart "
                    "options, --kind or --sheet (they are for a table; write them in the spec)"));
    else if (!g_file_test(argv[1], G_FILE_TEST_IS_REGULAR))
        g_set_error(error, TJ_ERROR, TJ_ERROR_IO, _("%s: no such file"), argv[1]);
    else if (!is_spec && (o->kind || o->sheet || argc > 2)
             && !(p->chart = table_chart(o->kind, argc - 2, argv + 2, error)))
        return FALSE;
    else if ((p->out.context = tj_context_new(o->fonts_conf, error)) != NULL) {
        p->spec = is_spec ? argv[1] : NULL;
        p->table = is_spec ? NULL : argv[1];
        p->sheet = o->sheet;
        p->state.title = argv[1];
        p->out.fonts_conf = o->fonts_conf;
        p->out.tofu_warn = o->tofu;
        p->out.allow_dirs = (const char *const *)o->allow;
        p->out.diagnostic = on_diagnostic;
        return TRUE;
    }
    return FALSE;
}

/* Serves and watches until a signal; the exit code. */
static int
run(Preview *p, guint port)
{
    GError *err = NULL;
    TjPreviewServer *srv = tj_cli_preview_server_new(&p->state, port, &err);
    if (!srv) {
        g_prefix_error(&err, _("preview: cannot listen on 127.0.0.1:%u: "), port);
        return tj_cli_fail(err);
    }
    p->state.warnings = g_string_new(NULL);
    p->monitors = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_object_unref);
    p->loop = g_main_loop_new(NULL, FALSE);
    guint sigs[3] = { g_unix_signal_add(SIGINT, on_signal, p->loop),
                      g_unix_signal_add(SIGTERM, on_signal, p->loop),
                      g_unix_signal_add(SIGHUP, on_signal, p->loop) };
    render(p);
    /* g_print: in the locale's charset, flushed (a script waits for it) */
    g_print(_("tujie: preview of %s at %s (Ctrl-C stops it)\n"), p->state.title,
            tj_cli_preview_server_url(srv));
    g_main_loop_run(p->loop);
    for (guint i = 0; i < G_N_ELEMENTS(sigs); i++)
        g_source_remove(sigs[i]);
    if (p->pending)
        g_source_remove(p->pending);
    tj_cli_preview_server_free(srv);
    g_main_loop_unref(p->loop);
    g_hash_table_destroy(p->monitors);
    g_clear_pointer(&p->state.svg, g_bytes_unref);
    g_free(p->state.error);
    g_string_free(p->state.warnings, TRUE);
    return TJ_EXIT_OK;
}

int
tj_cli_preview(int argc, char **argv)
{
    GOptionContext *ctx = g_option_context_new(
        N_("SPEC.yaml|TABLE [--KEY VALUE…] - show the poster on a local page, redrawn on save"));
    g_option_context_set_translation_domain(ctx, TJ_CLI_DOMAIN);
    g_option_context_set_summary(ctx,
        N_("Shows the page or chart of a spec (or one chart of a table) in the browser at\n"
        "http://127.0.0.1:PORT/ and draws it again whenever the spec or a table it\n"
        "reads is saved; mistakes are shown in the page with their file:line:col.\n"
        "Only this computer can open the page. Ctrl-C stops it.\n\n"
        "Examples:\n  tujie preview examples/dongcheng-2021/tujie.yaml\n"
        "  tujie preview gdp.csv --kind trend --x 年份 --y 地区生产总值   (as `tujie trend`)"));
    Opts o = { 0 };
    GOptionEntry entries[] = {
        { "port", 0, 0, G_OPTION_ARG_INT, &o.port,
          N_("Port on 127.0.0.1 (default: a free one, printed)"), N_("N") },
        { "kind", 0, 0, G_OPTION_ARG_STRING, &o.kind,
          N_("TABLE: one chart of this kind (default bar), whose options follow as for "
          "`tujie KIND`; with no kind and no options, the poster `tujie auto` drafts"),
          N_("KIND") },
        { "sheet", 0, 0, G_OPTION_ARG_STRING, &o.sheet,
          N_("TABLE: the sheet of an .xlsx or .xls workbook, by name or number"), N_("NAME|N") },
        tj_cli_allow_dir_entry(&o.allow),
        { "fonts-conf", 0, 0, G_OPTION_ARG_FILENAME, &o.fonts_conf,
          N_("Use this fontconfig file (default: $TJ_FONTS_CONF or the system's)"), N_("FILE") },
        { "allow-tofu", 0, 0, G_OPTION_ARG_NONE, &o.tofu,
          N_("Warn about characters no font can draw instead of failing"), NULL },
        { NULL, 0, 0, 0, NULL, NULL, NULL }
    };
    g_option_context_add_main_entries(ctx, entries, TJ_CLI_DOMAIN);
    /* a table's chart options (--x 年份) are its kind's: left in argv */
    g_option_context_set_ignore_unknown_options(ctx, TRUE);
    int code = TJ_EXIT_OK;
    GError *err = NULL;
    Preview p = { 0 };
    if (tj_cli_parse(ctx, &argc, &argv, &code)) {
        if (prepare(&p, &o, argc, argv, &err))
            code = run(&p, (guint)o.port);
        else
            code = tj_cli_fail(err);
    }
    tj_chart_free(p.chart);
    tj_context_free(p.out.context);
    g_option_context_free(ctx);
    opts_clear(&o);
    return code;
}
