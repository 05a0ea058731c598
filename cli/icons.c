/* cli/icons.c — `tujie icons [--search WORD]`: the built-in icons, one a
 * line: the name a spec or --icon takes, then its Chinese keywords. */
#include "cli/cli.h"

#include <stdio.h>
#include <string.h>

int
tj_cli_icons(int argc, char **argv)
{
    char *search = NULL;
    GOptionEntry entries[] = {
        { "search", 0, 0, G_OPTION_ARG_STRING, &search,
          N_("Only icons whose name or Chinese keyword contains WORD"), N_("WORD") },
        { NULL, 0, 0, 0, NULL, NULL, NULL }
    };
    GOptionContext *ctx = g_option_context_new(N_("- list the built-in icons"));
    g_option_context_set_translation_domain(ctx, TJ_CLI_DOMAIN);
    g_option_context_set_summary(ctx,
        N_("Lists the built-in icons (Material Icons, Apache-2.0): the name that icon: and "
           "--icon take, then the Chinese keywords that name it too.\n\nExamples:\n"
           "  tujie icons --search 学校\n  tujie icons --search school"));
    g_option_context_add_main_entries(ctx, entries, TJ_CLI_DOMAIN);
    int code = TJ_EXIT_OK;
    if (tj_cli_parse(ctx, &argc, &argv, &code)) {
        GError *err = NULL;
        char **names = NULL;
        if (!tj_icons_find(search, &names, &err)) {
            code = tj_cli_fail(err);
        } else if (!names[0]) {
            fprintf(stderr, _("tujie: no built-in icon matches “%s”\n"), search ? search : "");
            code = TJ_EXIT_INPUT;
        } else {
            for (char **n = names; *n; n++) {
                char *tab = strchr(*n, '\t');
                if (tab && tab[1])
                    printf("%-28.*s %s\n", (int)(tab - *n), *n, tab + 1);
                else
                    printf("%.*s\n", tab ? (int)(tab - *n) : (int)strlen(*n), *n);
            }
        }
        g_strfreev(names);
    }
    g_option_context_free(ctx);
    g_free(search);
    return code;
}
