/* cli/extract.c — `tujie extract REPORT.txt [-o OUT.csv] [--format csv|yaml]
 * [--explain]`: the report's figures as an indicator table, and a short
 * report on stderr (figures, names, qualifiers, lines to check). */
#include "cli/cli.h"

#include <stdio.h>
#include <string.h>

static gboolean
pick_format(const char *format, const char *output, TjExtractFormat *fmt, GError **error)
{
    *fmt = TJ_EXTRACT_CSV;
    if (format != NULL) {
        if (strcmp(format, "yaml") == 0)
            *fmt = TJ_EXTRACT_YAML;
        else if (strcmp(format, "csv") != 0) {
            g_set_error(error, TJ_ERROR, TJ_ERROR_USAGE,
                        _("extract: --format must be csv or yaml, got “%s”"), format);
            return FALSE;
        }
    } else if (output != NULL && (g_str_has_suffix(output, ".yaml")
                                  || g_str_has_suffix(output, ".yml"))) {
        *fmt = TJ_EXTRACT_YAML;
    }
    return TRUE;
}

static void
print_report(const TjExtract *ex, const char *input)
{
    guint figures, named, qualified;
    tj_extract_counts(ex, &figures, &named, &qualified);
    gboolean converted = FALSE, missing = FALSE;
    const char *enc = tj_extract_encoding(ex, &converted, &missing);
    fprintf(stderr, _("%s (%s): %u figures found, %u with an indicator name, %u with a qualifier\n"),
            input, enc, figures, named, qualified);
    if (converted)
        fputs(_("traditional characters were read as simplified (OpenCC t2s)\n"), stderr);
    if (missing)
        fputs(_("warning: OpenCC could not be loaded; traditional characters were read as they are\n"), stderr);
    guint n = tj_extract_n_unread(ex);
    if (n == 0)
        return;
    fprintf(stderr, _("%u lines hold numbers that gave no row; please check them:\n"), n);
    for (guint i = 0; i < n; i++) {
        guint line = 0;
        const char *text = tj_extract_unread(ex, i, &line);
        fprintf(stderr, "  %s:%u: %s\n", input, line, text);
    }
}

int
tj_cli_extract(int argc, char **argv)
{
    char *output = NULL, *format = NULL;
    gboolean explain = FALSE;
    GOptionEntry entries[] = {
        { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the table to FILE (default: standard output)"), N_("FILE") },
        { "format", 0, 0, G_OPTION_ARG_STRING, &format, N_("csv (default) or yaml; .yaml/.yml output names choose yaml"), N_("FORMAT") },
        { "explain", 0, 0, G_OPTION_ARG_NONE, &explain, N_("Add a column 依据 saying why each row was taken"), NULL },
        { NULL, 0, 0, 0, NULL, NULL, NULL }
    };
    GOptionContext *ctx = g_option_context_new(N_("REPORT.txt - the figures of a report as an indicator table"));
    g_option_context_set_translation_domain(ctx, TJ_CLI_DOMAIN);
    g_option_context_set_summary(ctx,
        N_("Reads a report (UTF-8, GB18030 or UTF-16; simplified or traditional characters)\n"
        "and writes one row per stated figure: 指标, 数值, 单位, 限定, 变化, 时期, 类型,\n"
        "来源 (line:col and the sentence), 备注. Check the table, then draw it with a spec\n"
        "(see docs/extract.md).\n\n"
        "Example:\n  tujie extract report.txt -o indicators.csv"));
    g_option_context_add_main_entries(ctx, entries, TJ_CLI_DOMAIN);
    int code = TJ_EXIT_OK;
    GError *err = NULL;
    if (tj_cli_parse(ctx, &argc, &argv, &code)) {
        TjExtractFormat fmt;
        TjExtract *ex = NULL;
        if (argc != 2)
            g_set_error(&err, TJ_ERROR, TJ_ERROR_USAGE, _("extract: expected one REPORT.txt, got %d"), argc - 1);
        else if (pick_format(format, output, &fmt, &err))
            ex = tj_extract_load(argv[1], &err);
        if (ex != NULL) {
            if (output != NULL && strcmp(output, "-") != 0) {
                tj_extract_write(ex, fmt, explain, output, &err);
            } else {
                char *text = tj_extract_format(ex, fmt, explain);
                fputs(text, stdout);
                g_free(text);
            }
            if (err == NULL)
                print_report(ex, argv[1]);
            tj_extract_free(ex);
        }
        if (err)
            code = tj_cli_fail(err);
    }
    g_option_context_free(ctx);
    g_free(output);
    g_free(format);
    return code;
}
