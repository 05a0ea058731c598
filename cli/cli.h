/* cli/cli.h — the subcommands of the tujie command and what they share:
 * exit codes, error printing, output options. Includes only tujie.h. */
#ifndef TJ_CLI_CLI_H
#define TJ_CLI_CLI_H

#include <glib.h>
#include <libintl.h>
#include "tujie/tujie.h"

/* Messages in the text domain "tujie" (bound by main() through
 * tj_i18n_bind()); N_() only marks a string translated where it is used,
 * e.g. GOption entries (g_option_context_set_translation_domain). */
#define TJ_CLI_DOMAIN "tujie"
#define _(s) dgettext(TJ_CLI_DOMAIN, s)
#define N_(s) (s)

enum { TJ_EXIT_OK = 0, TJ_EXIT_INPUT = 1, TJ_EXIT_USAGE = 2 };

/* Output options every rendering subcommand takes. */
typedef struct {
    char **outputs;      /* -o, repeatable (several only for render) */
    const char *output;  /* the first; set by tj_cli_output_resolve */
    char *format;
    double scale;
    double dpi;
    gboolean transparent;
    gboolean tofu_warn;
    char *fonts_conf;
    char *date;
    char **allow_dirs;   /* --allow-dir (render), repeatable */
    char *alt_path;      /* --alt FILE */
    char *alt_text;      /* --alt-text TEXT */
    char *preset;        /* --preset wechat|wechat750|print */
    gboolean svg_text;   /* --svg-text */
    char *max_size;      /* --max-size 5M */
} TjCliOutput;

/* Whether tujie's own fonts were found (main() sets it before a command
 * runs). Without them a PDF is refused: the system's Noto Sans CJK would be
 * embedded, and cairo 1.16 subsets it with characters left blank. */
extern gboolean tj_cli_have_own_fonts;

/* Adds the output options to @ctx, writing into @o: -o among the main
 * options (--help shows it), the others in the group "output"
 * (--help-output). */
void tj_cli_output_add(GOptionContext *ctx, TjCliOutput *o);
/* Checks -o (one) and the format; fills @fmt and @out. FALSE with a USAGE
 * error. */
gboolean tj_cli_output_resolve(TjCliOutput *o, TjFormat *fmt, TjOutputOptions *out,
                               GError **error);
/* The same for several -o (render): each file's format from its name. */
gboolean tj_cli_outputs_resolve(TjCliOutput *o, TjFormat **fmts, guint *n,
                                TjOutputOptions *out, GError **error);
void tj_cli_output_clear(TjCliOutput *o);
/* The --allow-dir DIR option (repeatable) of specs, filling @dirs. */
GOptionEntry tj_cli_allow_dir_entry(char ***dirs);

/* Removes the temporary files of renders in flight on SIGINT, SIGTERM and
 * SIGHUP, then dies of the signal (cli/cleanup.c); called once by main().
 * tj_cli_cleanup_signal() is that handler, for a command that installs its
 * own handler first (batch) and wants the cleanup on a second signal. */
void tj_cli_cleanup_install(void);
void tj_cli_cleanup_signal(int sig);
/* Sets @handler for SIGINT, SIGTERM and SIGHUP, except a signal the parent
 * left ignored (nohup). */
void tj_cli_set_signal_handler(void (*handler)(int));

/* Prints a diagnostic of the library: "tujie: warning: FILE:LINE:COL: text"
 * (or "note:"), the place when known; TjOutputOptions.diagnostic of every
 * command. Safe to call from several threads. */
/* user_data of tj_cli_diagnostic for `tujie check`: notes on what was
 * inferred ("better-inferred") too; other commands leave them out. */
#define TJ_CLI_DIAG_ALL ((gpointer)1)
void tj_cli_diagnostic(const TjDiagnostic *d, gpointer user_data);
/* Prints "tujie: message" and returns the exit code for @error. */
int tj_cli_fail(GError *error);
/* Adds --sheet NAME|N (stored in *@sheet) to @ctx's main options: the
 * sheet of a workbook given as DATA. */
void tj_cli_sheet_entry(GOptionContext *ctx, char **sheet);
/* Parses @argv with @ctx; on failure prints the error and the usage hint. */
gboolean tj_cli_parse(GOptionContext *ctx, int *argc, char ***argv, int *exit_code);

int tj_cli_fonts(int argc, char **argv);
int tj_cli_extract(int argc, char **argv);
int tj_cli_auto(int argc, char **argv);
int tj_cli_render(int argc, char **argv);
int tj_cli_batch(int argc, char **argv);
int tj_cli_check(int argc, char **argv);

/* `tujie KIND [DATA.csv] --KEY VALUE … -o OUT` for every chart kind of the
 * library (cli/kind.c): its options are the kind's keys. */
int tj_cli_kind(const char *kind, int argc, char **argv);
/* TRUE when @name is a chart kind. */
gboolean tj_cli_is_kind(const char *name);
/* `tujie icons [--search WORD]` (cli/icons.c). */
int tj_cli_icons(int argc, char **argv);
/* `tujie preview SPEC|TABLE` (cli/preview.c). */
int tj_cli_preview(int argc, char **argv);
#endif
