/* cli/main.c — `tujie`: dispatch to subcommands, --help, --version.
 * Exit 0 on success, 1 on a user-input error (message names file:line:col),
 * 2 on a usage error. */
#include "cli/cli.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>

static const char *
usage(void)
{
    /* TRANSLATORS: keep the command names and their arguments (render
       SPEC.yaml, --help…) as they are: they are typed; translate the
       descriptions and keep two spaces before each command. */
    return _(
    "Usage: tujie COMMAND [OPTIONS]\n"
    "\n"
    "Turns indicator tables (CSV) into Chinese infographics (PNG, SVG, PDF).\n"
    "\n"
    "Commands:\n"
    "  render SPEC.yaml -o OUT.png|svg|pdf           a 图解 page or chart from a spec\n"
    "  check SPEC.yaml                              validate a spec and its data\n"
    "  preview SPEC.yaml|TABLE                      the poster on a local page, redrawn on save\n"
    "  batch DIR|MANIFEST -o OUTDIR [-j N]          a whole report in one process\n"
    "  bar DATA.csv --x COL --y COL[,COL…] -o OUT   bar chart\n"
    "  trend DATA.csv --x COL --y COL[,COL…] -o OUT trend (line) chart\n"
    "  gauge [DATA.csv] --value V|COL -o OUT        ring, dial or progress bar\n"
    "  kpi [DATA.csv] --value V --label L -o OUT    big-number tile\n"
    "  fonts [--text 文字]                          which fonts draw what\n"
    "\n"
    "Run 'tujie COMMAND --help' for a command's options.\n"
    "Options: --help, --version\n");
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
    { "bar", tj_cli_bar },
    { "trend", tj_cli_trend },
    { "gauge", tj_cli_gauge },
    { "kpi", tj_cli_kpi },
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
    if (argc < 2) {
        fputs(usage(), stderr);
        return TJ_EXIT_USAGE;
    }
    if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 ||
        strcmp(argv[1], "help") == 0) {
        fputs(usage(), stdout);
        return TJ_EXIT_OK;
    }
    if (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "-V") == 0) {
        printf("tujie %s\n", TJ_VERSION);
        return TJ_EXIT_OK;
    }
    for (gsize i = 0; i < G_N_ELEMENTS(commands); i++)
        if (strcmp(argv[1], commands[i].name) == 0) {
            /* nothing else here uses fontconfig */
            tj_fonts_set_process_default();
            return commands[i].run(argc - 1, argv + 1);
        }
    fprintf(stderr, _("tujie: unknown command “%s”\n%s"), argv[1], usage());
    return TJ_EXIT_USAGE;
}
