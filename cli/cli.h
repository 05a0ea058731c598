/* cli/cli.h — the subcommands of the tujie command and what they share:
 * exit codes, error printing, output options. Includes only tujie.h. */
#ifndef TJ_CLI_CLI_H
#define TJ_CLI_CLI_H

#include <glib.h>
#include "tujie/tujie.h"

enum { TJ_EXIT_OK = 0, TJ_EXIT_INPUT = 1, TJ_EXIT_USAGE = 2 };

/* Output options every rendering subcommand takes. */
typedef struct {
    char *output;
    char *format;
    double scale;
    double dpi;
    gboolean transparent;
    gboolean tofu_warn;
    char *fonts_conf;
    char *date;
} TjCliOutput;

/* Adds the output options to @group, writing into @o. */
void tj_cli_output_entries(GOptionGroup *group, TjCliOutput *o);
/* Checks -o and the format; fills @fmt and @out. FALSE with a USAGE error. */
gboolean tj_cli_output_resolve(TjCliOutput *o, TjFormat *fmt, TjOutputOptions *out,
                               GError **error);
void tj_cli_output_clear(TjCliOutput *o);

/* Prints "tujie: message" and returns the exit code for @error. */
int tj_cli_fail(GError *error);
/* Parses @argv with @ctx; on failure prints the error and the usage hint. */
gboolean tj_cli_parse(GOptionContext *ctx, int *argc, char ***argv, int *exit_code);

int tj_cli_bar(int argc, char **argv);
int tj_cli_fonts(int argc, char **argv);

#endif
