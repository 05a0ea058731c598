/* cli/main.c — `tujie`: dispatch to subcommands, --help, --version.
 * Exit 0 on success, 1 on a user-input error (message names file:line:col),
 * 2 on a usage error. */
#include "cli/cli.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>

/* The usage text: the commands, then a line per chart kind of the
 * library (its name and summary). (transfer full) */
static char *
usage(void)
{
    GString *s = g_string_new(NULL);
    /* TRANSLATORS: keep the command names and their arguments (render
       SPEC.yaml, --help…) as they are: they are typed; translate the
       descriptions and keep two spaces before each command. */
    g_string_append(s, _(
    "Usage: tujie COMMAND [OPTIONS]\n"
    "\n"
    "Turns indicator tables (CSV) into Chinese infographics (PNG, SVG, PDF).\n"
    "\n"
    "Commands:\n"
    "  render SPEC.yaml -o OUT.png|svg|pdf           a 图解 page or chart from a spec\n"
    "  check SPEC.yaml                              validate a spec and its data\n"
    "  preview SPEC.yaml|TABLE                      the poster on a local page, redrawn on save\n"
    "  batch DIR|MANIFEST -o OUTDIR [-j N]          a whole report in one process\n"
    "  extract REPORT.txt [-o OUT.csv]             a report's figures as a table\n"
    "  auto TABLE.csv… [-o OUT.png]                a poster drafted from tables\n"
    "  icons [--search WORD]                        the built-in icons (学校, school)\n"
    "  fonts [--text 文字]                          which fonts draw what\n"
    "\n"
    "Charts: tujie KIND [DATA.csv] [OPTIONS] -o OUT, KIND one of\n"));
    for (const char *const *k = tj_chart_kinds(); *k; k++) {
        const char *summary = tj_chart_kind_summary(*k);
        g_string_append_printf(s, "  %-10s %s\n", *k, summary ? summary : "");
    }
    g_string_append(s, _(
    "\n"
    "Run 'tujie COMMAND --help' for a command's options.\n"
    "Options: --help, --version\n"));
    return g_string_free(s, FALSE);
}

typedef struct {
    const char *name;
    int (*run)(int argc, char **argv);
} Command;

static const Command commands[] = {
    { "render", tj_cli_render },
    { "check", tj_cli_check },
    { "preview", tj_cli_preview },
    { "batch", tj_cli_batch },
    { "extract", tj_cli_extract },
    { "auto", tj_cli_auto },
    { "icons", tj_cli_icons },
    { "fonts", tj_cli_fonts },
};

int
main(int argc, char **argv)
{
    /* messages in the user's language, or English when that locale is not
     * installed; numbers in data never follow the locale (the library reads
     * and writes them with g_ascii_*, LC_NUMERIC "C" is a second guard) */
    if (!setlocale(LC_ALL, ""))
        setlocale(LC_ALL, "C.UTF-8");
    /* the plain C locale (cron, CI, `env -i`) is ASCII: GLib would refuse
     * `--x 指标` as an invalid byte sequence. Read characters as UTF-8 there
     * (as Python does since PEP 538); a real locale such as zh_CN.GB18030
     * keeps its encoding, which GLib converts from. */
    const char *ctype = setlocale(LC_CTYPE, NULL);
    if (ctype && (strcmp(ctype, "C") == 0 || strcmp(ctype, "POSIX") == 0))
        setlocale(LC_CTYPE, "C.UTF-8");
    setlocale(LC_NUMERIC, "C");
    tj_i18n_bind();
    g_set_prgname("tujie");
    tj_cli_cleanup_install();
    /* everything printed goes through g_print/g_printerr, which convert
     * the UTF-8 text to the locale's charset (zh_CN.GB18030) */
    if (argc < 2 || strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 ||
        strcmp(argv[1], "help") == 0) {
        char *text = usage();
        if (argc < 2)
            g_printerr("%s", text);
        else
            g_print("%s", text);
        g_free(text);
        return argc < 2 ? TJ_EXIT_USAGE : TJ_EXIT_OK;
    }
    if (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "-V") == 0) {
        g_print("tujie %s\n", TJ_VERSION);
        return TJ_EXIT_OK;
    }
    const Command *cmd = NULL;
    for (gsize i = 0; i < G_N_ELEMENTS(commands); i++)
        if (strcmp(argv[1], commands[i].name) == 0)
            cmd = &commands[i];
    if (!cmd && !tj_cli_is_kind(argv[1])) {
        char *text = usage();
        g_printerr(_("tujie: unknown command “%s”\n%s"), argv[1], text);
        g_free(text);
        return TJ_EXIT_USAGE;
    }
    /* GOption's usage line names the command: "tujie bar [OPTION…]" */
    char *name = g_strconcat("tujie ", argv[1], NULL);
    g_set_prgname(name);
    g_free(name);
    /* nothing else here uses fontconfig; FALSE: tujie's own fonts are not
     * found, and PDFs are refused (cli/common.c) */
    tj_cli_have_own_fonts = tj_fonts_set_process_default();
    return cmd ? cmd->run(argc - 1, argv + 1) : tj_cli_kind(argv[1], argc - 1, argv + 1);
}
