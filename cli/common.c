/* cli/common.c — output options, error printing and exit codes. */
#include "cli/cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void
tj_cli_output_add(GOptionContext *ctx, TjCliOutput *o)
{
    /* -o in the main options, so that --help shows it */
    GOptionEntry main_entries[] = {
        { "output", 'o', 0, G_OPTION_ARG_FILENAME_ARRAY, &o->outputs,
          N_("Write to FILE (.png, .svg or .pdf; - for the standard output, with --format); "
          "render takes several, laid out once"),
          N_("FILE") },
        { NULL, 0, 0, 0, NULL, NULL, NULL }
    };
    g_option_context_add_main_entries(ctx, main_entries, TJ_CLI_DOMAIN);
    GOptionGroup *group = g_option_group_new("output", _("Output options:"),
                                             N_("Show output options"), o, NULL);
    g_option_group_set_translation_domain(group, TJ_CLI_DOMAIN);
    GOptionEntry entries[] = {
        { "format", 0, 0, G_OPTION_ARG_STRING, &o->format,
          N_("png, svg or pdf (default: from the file name)"), N_("FMT") },
        { "scale", 0, 0, G_OPTION_ARG_DOUBLE, &o->scale,
          N_("PNG pixels per px, e.g. 2 for high-density screens (default 1)"), N_("S") },
        { "dpi", 0, 0, G_OPTION_ARG_DOUBLE, &o->dpi,
          N_("PNG resolution recorded in pHYs (default 96 x scale)"), N_("N") },
        { "transparent", 0, 0, G_OPTION_ARG_NONE, &o->transparent,
          N_("PNG with alpha instead of an opaque background"), NULL },
        { "allow-tofu", 0, 0, G_OPTION_ARG_NONE, &o->tofu_warn,
          N_("Warn about characters no font can draw instead of failing"), NULL },
        { "fonts-conf", 0, 0, G_OPTION_ARG_FILENAME, &o->fonts_conf,
          N_("Use this fontconfig file (default: $TJ_FONTS_CONF or the system's)"), N_("FILE") },
        { "date", 0, 0, G_OPTION_ARG_STRING, &o->date,
          N_("PDF creation date YYYY-MM-DD (default: now or SOURCE_DATE_EPOCH)"), N_("DATE") },
        { "alt", 0, 0, G_OPTION_ARG_FILENAME, &o->alt_path,
          N_("Also write the alt text to FILE: the chart's description, or for a page a "
          "summary line and one line per chart or tile"), N_("FILE") },
        { "alt-text", 0, 0, G_OPTION_ARG_STRING, &o->alt_text,
          N_("Use TEXT as the description instead of the generated one (a page: its summary)"),
          N_("TEXT") },
        { "preset", 0, 0, G_OPTION_ARG_STRING, &o->preset,
          N_("wechat: PNG 1080 px wide, sRGB, at most 5 MB, a tall page cut into NAME-01.png…; "
          "wechat750: the same 750 px wide; print: a page's PDF on A4 paper"), N_("NAME") },
        { "svg-text", 0, 0, G_OPTION_ARG_NONE, &o->svg_text,
          N_("SVG: add the text as an invisible, selectable layer"), NULL },
        { "max-size", 0, 0, G_OPTION_ARG_STRING, &o->max_size,
          N_("PNG: keep each file under SIZE bytes (K = 1000, M = 1000000; wechat: 5M)"), N_("SIZE") },
        { NULL, 0, 0, 0, NULL, NULL, NULL }
    };
    g_option_group_add_entries(group, entries);
    g_option_context_add_group(ctx, group);
}

/* "5M", "800K", "1.5M", "123456" → bytes; 0 when malformed. */
static guint64
parse_size(const char *text)
{
    char *end = NULL;
    double v = g_ascii_strtod(text, &end);
    if (end == text || !(v > 0))
        return 0;
    if (*end == 'K' || *end == 'k')
        v *= 1e3, end++;
    else if (*end == 'M' || *end == 'm')
        v *= 1e6, end++;
    if (*end == 'B' || *end == 'b')
        end++;
    return *end || v < 1 || v > 1e12 ? 0 : (guint64)v;
}

/* The publishing options: --preset, --max-size, --alt, --alt-text. */
static gboolean
resolve_publish(const TjCliOutput *o, TjOutputOptions *out, GError **error)
{
    static const char *const presets[] = { "wechat", "wechat750", "print" };
    gboolean known = o->preset == NULL;
    for (gsize i = 0; i < G_N_ELEMENTS(presets) && !known; i++)
        known = strcmp(o->preset, presets[i]) == 0;
    if (!known) {
        g_set_error(error, TJ_ERROR, TJ_ERROR_USAGE,
                    _("--preset %s: expected wechat, wechat750 or print"), o->preset);
        return FALSE;
    }
    if (o->preset && o->scale != 0) {
        g_set_error(error, TJ_ERROR, TJ_ERROR_USAGE,
                    _("--preset %s sets the width; leave out --scale"), o->preset);
        return FALSE;
    }
    if (o->max_size && !(out->max_bytes = parse_size(o->max_size))) {
        g_set_error(error, TJ_ERROR, TJ_ERROR_USAGE,
                    _("--max-size %s: expected bytes such as 5M, 800K or 123456"), o->max_size);
        return FALSE;
    }
    out->preset = o->preset;
    out->alt_path = o->alt_path;
    out->alt_text = o->alt_text;
    out->svg_text = o->svg_text;
    return TRUE;
}

GOptionEntry
tj_cli_allow_dir_entry(char ***dirs)
{
    GOptionEntry e = { "allow-dir", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, dirs,
                       N_("Specs: let data files come from DIR too, besides the spec's own "
                       "folder (repeatable)"), N_("DIR") };
    return e;
}

gboolean tj_cli_have_own_fonts = TRUE;

/* The format of @path: --format's, else its extension's ("-", the
 * standard output, has none). */
static gboolean
format_of(const TjCliOutput *o, const char *path, TjFormat *fmt, GError **error)
{
    if (!o->format && strcmp(path, "-") == 0) {
        g_set_error(error, TJ_ERROR, TJ_ERROR_USAGE,
                    _("-o - writes to the standard output: give its format with --format "
                    "png, svg or pdf"));
        return FALSE;
    }
    if (!o->format) {
        if (tj_format_from_path(path, fmt))
            return TRUE;
        g_set_error(error, TJ_ERROR, TJ_ERROR_USAGE,
                    _("%s: cannot tell the format from the name; use .png, .svg, .pdf or --format"),
                    path);
        return FALSE;
    }
    char *probe = g_strconcat("x.", o->format, NULL);
    gboolean ok = tj_format_from_path(probe, fmt);
    g_free(probe);
    if (!ok)
        g_set_error(error, TJ_ERROR, TJ_ERROR_USAGE, _("--format %s: expected png, svg or pdf"),
                    o->format);
    return ok;
}

/* Checks -o (one, or with @many several) and the other output options;
 * the format of each file into @fmts (@n of them; transfer full). */
static gboolean
resolve(TjCliOutput *o, gboolean many, TjFormat **fmts, guint *n, TjOutputOptions *out,
        GError **error)
{
    memset(out, 0, sizeof *out);
    *n = o->outputs ? g_strv_length(o->outputs) : 0;
    *fmts = NULL;
    o->output = *n > 0 ? o->outputs[0] : NULL;
    if (*n == 0) {
        g_set_error(error, TJ_ERROR, TJ_ERROR_USAGE, _("no output file: give -o FILE.png|svg|pdf"));
        return FALSE;
    }
    if (*n > 1 && !many) {
        g_set_error(error, TJ_ERROR, TJ_ERROR_USAGE,
                    _("one -o FILE here; several outputs from one layout: tujie render"));
        return FALSE;
    }
    if (*n > 1 && o->format) {
        g_set_error(error, TJ_ERROR, TJ_ERROR_USAGE,
                    _("--format goes with one -o FILE; with several, each name tells its format"));
        return FALSE;
    }
    *fmts = g_new(TjFormat, *n);
    gboolean ok = TRUE;
    for (guint i = 0; ok && i < *n; i++)
        ok = format_of(o, o->outputs[i], &(*fmts)[i], error);
    for (guint i = 0; ok && i < *n; i++)
        if ((*fmts)[i] == TJ_FORMAT_PDF && !tj_cli_have_own_fonts) {
            g_set_error(error, TJ_ERROR, TJ_ERROR_FONT,
                        _("%s: tujie's own fonts (TujieSansCJKsc-Regular.otf) are not found, "
                          "and a PDF without them shows some Chinese characters blank: no PDF "
                          "written. Install tujie whole (make install puts them in "
                          "PREFIX/share/tujie/fonts), or name their folder with TJ_FONT_DIR"),
                        o->outputs[i]);
            ok = FALSE;
        }
    if (ok && o->scale != 0 && !(o->scale >= 0.1 && o->scale <= 16)) {
        g_set_error(error, TJ_ERROR, TJ_ERROR_USAGE, _("--scale %g: expected 0.1 to 16"), o->scale);
        ok = FALSE;
    }
    if (ok && o->dpi != 0 && !(o->dpi >= 1 && o->dpi <= 10000)) {
        g_set_error(error, TJ_ERROR, TJ_ERROR_USAGE, _("--dpi %g: expected 1 to 10000"), o->dpi);
        ok = FALSE;
    }
    out->scale = o->scale > 0 ? o->scale : 0;  /* 0: the spec's, else 1 */
    out->dpi = o->dpi;
    out->transparent = o->transparent;
    out->tofu_warn = o->tofu_warn;
    out->fonts_conf = o->fonts_conf;
    out->creation_date = o->date;
    out->allow_dirs = (const char *const *)o->allow_dirs;
    out->diagnostic = tj_cli_diagnostic;
    ok = ok && resolve_publish(o, out, error);
    if (!ok)
        g_clear_pointer(fmts, g_free);
    return ok;
}

gboolean
tj_cli_output_resolve(TjCliOutput *o, TjFormat *fmt, TjOutputOptions *out, GError **error)
{
    TjFormat *fmts;
    guint n;
    if (!resolve(o, FALSE, &fmts, &n, out, error))
        return FALSE;
    *fmt = fmts[0];
    g_free(fmts);
    return TRUE;
}

gboolean
tj_cli_outputs_resolve(TjCliOutput *o, TjFormat **fmts, guint *n, TjOutputOptions *out,
                       GError **error)
{
    return resolve(o, TRUE, fmts, n, out, error);
}

void
tj_cli_output_clear(TjCliOutput *o)
{
    g_strfreev(o->outputs);
    g_free(o->format);
    g_free(o->fonts_conf);
    g_free(o->date);
    g_strfreev(o->allow_dirs);
    g_free(o->alt_path);
    g_free(o->alt_text);
    g_free(o->preset);
    g_free(o->max_size);
}

void
tj_cli_diagnostic(const TjDiagnostic *d, gpointer user_data)
{
    static GMutex lock;  /* batch workers report at the same time */
    /* what a chart inferred is for `tujie check` (user_data TJ_CLI_DIAG_ALL) */
    if (user_data != TJ_CLI_DIAG_ALL && g_strcmp0(d->code, "better-inferred") == 0)
        return;
    GString *text = g_string_new(NULL);
    if (d->place)
        g_string_append_printf(text, "%s: ", d->place);
    g_string_append(text, d->text);
    g_mutex_lock(&lock);
    if (d->level == TJ_DIAGNOSTIC_WARNING)
        fprintf(stderr, _("tujie: warning: %s\n"), text->str);
    else
        fprintf(stderr, _("tujie: note: %s\n"), text->str);
    fflush(stderr);
    g_mutex_unlock(&lock);
    g_string_free(text, TRUE);
}

int
tj_cli_fail(GError *error)
{
    int code = error->domain == TJ_ERROR && error->code == TJ_ERROR_USAGE
                   ? TJ_EXIT_USAGE : TJ_EXIT_INPUT;
    if (error->domain == G_OPTION_ERROR)
        code = TJ_EXIT_USAGE;
    /* g_printerr: in the locale's charset (a GB18030 terminal gets
     * GB18030; messages are UTF-8 inside) */
    g_printerr("tujie: %s\n", error->message);
    if (code == TJ_EXIT_USAGE)
        g_printerr("%s", _("Try 'tujie --help' for more information.\n"));
    g_error_free(error);
    return code;
}

void
tj_cli_sheet_entry(GOptionContext *ctx, char **sheet)
{
    const GOptionEntry entries[] = {
        { "sheet", 0, 0, G_OPTION_ARG_STRING, sheet,
          N_("The sheet of an .xlsx or .xls workbook to read, by name or number "
          "(default: the first visible)"), N_("NAME|N") },
        { NULL, 0, 0, 0, NULL, NULL, NULL }
    };
    g_option_context_add_main_entries(ctx, entries, TJ_CLI_DOMAIN);
}

/* Short options that take a value (-o FILE, -j N) may have it attached, as
 * getopt allows: "-j2" is "-j" "2" (GOption would read "-j2" as the flags
 * -j and -2). Arguments after "--" are left alone. Returns the argument
 * vector to parse: @argv itself, or a copy kept for the process's life. */
static char **
split_attached(int *argc, char **argv)
{
    static const char with_value[] = "oj";
    int n_split = 0;
    for (int i = 1; i < *argc && strcmp(argv[i], "--") != 0; i++)
        if (argv[i][0] == '-' && argv[i][1] && strchr(with_value, argv[i][1]) && argv[i][2])
            n_split++;
    if (n_split == 0)
        return argv;
    static char **copy;  /* argv's strings live as long as the process */
    g_free(copy);
    copy = g_new0(char *, *argc + n_split + 1);
    int k = 0;
    gboolean options = TRUE;
    for (int i = 0; i < *argc; i++) {
        if (options && i > 0 && strcmp(argv[i], "--") == 0)
            options = FALSE;
        if (options && i > 0 && argv[i][0] == '-' && argv[i][1] &&
            strchr(with_value, argv[i][1]) && argv[i][2]) {
            /* static, not a copy: GOption drops the parsed ones from the
             * vector, so a copy would have nothing pointing at it */
            static char dash_o[] = "-o", dash_j[] = "-j";
            copy[k++] = argv[i][1] == 'o' ? dash_o : dash_j;
            copy[k++] = argv[i] + 2;
        } else {
            copy[k++] = argv[i];
        }
    }
    *argc = k;
    return copy;
}

gboolean
tj_cli_parse(GOptionContext *ctx, int *argc, char ***argv, int *exit_code)
{
    /* `tujie bar --version` as `tujie --version` (before any "--") */
    for (int i = 1; i < *argc && strcmp((*argv)[i], "--") != 0; i++)
        if (strcmp((*argv)[i], "--version") == 0) {
            g_print("tujie %s\n", TJ_VERSION);
            exit(TJ_EXIT_OK);  /* as GOption's --help does */
        }
    *argv = split_attached(argc, *argv);
    GError *err = NULL;
    if (!g_option_context_parse(ctx, argc, argv, &err)) {
        *exit_code = tj_cli_fail(err);
        return FALSE;
    }
    /* GOption leaves the "--" that ended the options: it is no file */
    for (int i = 1; i < *argc; i++)
        if (strcmp((*argv)[i], "--") == 0) {
            memmove(*argv + i, *argv + i + 1, (size_t)(*argc - i) * sizeof **argv);
            (*argc)--;
            break;
        }
    return TRUE;
}
