/* cli/fonts.c — `tujie fonts [--text 文字]`: which fonts draw what. */
#include "cli/cli.h"

#include <stdio.h>

int
tj_cli_fonts(int argc, char **argv)
{
    char *text = NULL, *conf = NULL;
    GOptionEntry entries[] = {
        { "text", 0, 0, G_OPTION_ARG_STRING, &text, N_("Characters to check"), N_("TEXT") },
        { "fonts-conf", 0, 0, G_OPTION_ARG_FILENAME, &conf, N_("Use this fontconfig file"), N_("FILE") },
        { NULL, 0, 0, 0, NULL, NULL, NULL }
    };
    GOptionContext *ctx = g_option_context_new(N_("- show the fonts tujie draws with"));
    g_option_context_set_translation_domain(ctx, TJ_CLI_DOMAIN);
    g_option_context_add_main_entries(ctx, entries, TJ_CLI_DOMAIN);
    int code = TJ_EXIT_OK;
    if (tj_cli_parse(ctx, &argc, &argv, &code)) {
        GError *err = NULL;
        char *report = tj_fonts_report(conf, text, &err);
        if (report)
            g_print("%s", report);
        else
            code = tj_cli_fail(err);
        g_free(report);
    }
    g_option_context_free(ctx);
    g_free(text);
    g_free(conf);
    return code;
}
