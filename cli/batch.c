/* cli/batch.c — `tujie batch DIR|MANIFEST -o OUTDIR [-j N] [--format …]
 * [--bundle FILE [--bundle-partial]] [--shard i/N] [--force]`: a whole
 * report in one process, with a progress bar on a terminal and silence in a
 * pipe (failures are always printed, each distinct message once, with the
 * count of jobs it hit at the end). Ctrl-C or SIGTERM stops after the jobs
 * in flight and then the process dies of that signal (exit 130, 143); a
 * second one kills at once (outputs are atomic either way). */
#include "cli/cli.h"

#if defined(__GLIBC__) || defined(__linux__)
#include <malloc.h>
#endif
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static TjBatch *volatile running;
static volatile sig_atomic_t interrupted;  /* the first signal, or 0 */

/* The first SIGINT/SIGTERM/SIGHUP asks the batch to stop after the jobs in
 * flight (and the process dies of it once the summary is out); a second one
 * is handled as by any other command (cli/cleanup.c): the temporary files
 * of the renders in flight are removed and the process dies of the signal. */
static void
on_signal(int sig)
{
    if (running && !interrupted) {
        interrupted = sig;
        tj_batch_cancel(running);
        return;
    }
    tj_cli_cleanup_signal(sig);
}

typedef struct {
    gboolean tty;
    guint width;
    GHashTable *seen;    /* a failed job's message → jobs it hit */
    GPtrArray *order;    /* those messages, first seen first */
} Progress;

static void
draw_bar(const TjBatchEvent *ev, Progress *p)
{
    double rate = ev->elapsed > 0 ? ev->done / ev->elapsed : 0;
    double eta = rate > 0 ? (ev->total - ev->done) / rate : 0;
    guint filled = ev->total ? p->width * ev->done / ev->total : 0;
    char bar[64];
    for (guint i = 0; i < p->width && i < sizeof bar - 1; i++)
        bar[i] = i < filled ? '#' : '.';
    bar[MIN(p->width, sizeof bar - 1)] = '\0';
    char rate_s[G_ASCII_DTOSTR_BUF_SIZE], eta_s[G_ASCII_DTOSTR_BUF_SIZE];
    g_ascii_formatd(rate_s, sizeof rate_s, "%.1f", rate);
    g_ascii_formatd(eta_s, sizeof eta_s, "%.0f", eta);
    fprintf(stderr, "\r\033[K[%s] ", bar);
    /* TRANSLATORS: the batch progress bar after its [###...]: jobs done/all,
       jobs per second, seconds left, the job's name; one short line */
    fprintf(stderr, _("%u/%u  %s/s  %ss left  %s"), ev->done, ev->total,
            rate_s, eta_s, ev->name);
    fflush(stderr);
}

/* A failed job's message is printed the first time it comes; the same
 * message again (a cause shared by many jobs: an unwritable folder, a
 * missing font) is only counted, for tally(). */
static void
on_event(const TjBatchEvent *ev, gpointer data)
{
    Progress *p = data;
    if (!ev->started && ev->error) {
        gpointer key, n;
        if (g_hash_table_lookup_extended(p->seen, ev->error, &key, &n)) {
            g_hash_table_insert(p->seen, key, GUINT_TO_POINTER(GPOINTER_TO_UINT(n) + 1));
        } else {
            char *msg = g_strdup(ev->error);
            g_ptr_array_add(p->order, msg);
            g_hash_table_insert(p->seen, msg, GUINT_TO_POINTER(1));
            if (p->tty)
                fputs("\r\033[K", stderr);
            fprintf(stderr, "tujie: %s: %s\n", ev->name, ev->error);
        }
    }
    if (p->tty)
        draw_bar(ev, p);
}

/* Each message that more than one job failed with, once, with its count. */
static void
tally(const Progress *p)
{
    for (guint i = 0; i < p->order->len; i++) {
        guint n = GPOINTER_TO_UINT(g_hash_table_lookup(p->seen, p->order->pdata[i]));
        if (n > 1)
            fprintf(stderr, _("tujie: %u jobs failed the same way: %s\n"), n,
                    (const char *)p->order->pdata[i]);
    }
}

static gboolean
parse_formats(const char *list, guint *mask, GError **error)
{
    *mask = 0;
    char **parts = g_strsplit(list ? list : "png", ",", -1);
    gboolean ok = TRUE;
    for (char **f = parts; *f && ok; f++) {
        char *x = g_strstrip(*f);
        if (strcmp(x, "png") == 0) *mask |= TJ_BATCH_PNG;
        else if (strcmp(x, "svg") == 0) *mask |= TJ_BATCH_SVG;
        else if (strcmp(x, "pdf") == 0) *mask |= TJ_BATCH_PDF;
        else {
            g_set_error(error, TJ_ERROR, TJ_ERROR_USAGE, _("--format %s: expected png, svg, pdf or a list"), x);
            ok = FALSE;
        }
    }
    g_strfreev(parts);
    return ok;
}

static gboolean
parse_shard(const char *text, guint *i, guint *n, GError **error)
{
    char *end = NULL;
    guint64 a = g_ascii_strtoull(text, &end, 10), b = 0;
    if (end && *end == '/')
        b = g_ascii_strtoull(end + 1, &end, 10);
    if (!end || *end || a < 1 || b < 1 || a > b || b > 100000) {
        g_set_error(error, TJ_ERROR, TJ_ERROR_USAGE, _("--shard %s: expected i/N with 1 ≤ i ≤ N"), text);
        return FALSE;
    }
    *i = (guint)a;
    *n = (guint)b;
    return TRUE;
}

static void
summary(TjBatch *b, double seconds)
{
    guint r, s, f, n;
    tj_batch_counts(b, &r, &s, &f, &n);
    char secs[G_ASCII_DTOSTR_BUF_SIZE];
    g_ascii_formatd(secs, sizeof secs, "%.2f", seconds);
    fprintf(stderr, n ? _("tujie: %u rendered, %u unchanged (skipped), %u failed, not run: "
                          "interrupted in %s s\n")
                      : _("tujie: %u rendered, %u unchanged (skipped), %u failed in %s s\n"),
            r, s, f, secs);
}

int
tj_cli_batch(int argc, char **argv)
{
    char *outdir = NULL, *formats = NULL, *bundle = NULL, *shard = NULL, *fonts_conf = NULL;
    char *date = NULL;
    char **allow_dirs = NULL;
    int jobs = 0;
    gboolean force = FALSE, tofu = FALSE, transparent = FALSE, partial = FALSE;
    double scale = 0, dpi = 0;
    GOptionEntry entries[] = {
        { "output", 'o', 0, G_OPTION_ARG_FILENAME, &outdir, N_("Write into OUTDIR (mirrors the specs' folders)"), N_("OUTDIR") },
        { "jobs", 'j', 0, G_OPTION_ARG_INT, &jobs, N_("Worker threads (default: the number of cores)"), N_("N") },
        { "format", 0, 0, G_OPTION_ARG_STRING, &formats, N_("png, svg, pdf or a list (default png)"), N_("LIST") },
        { "bundle", 0, 0, G_OPTION_ARG_FILENAME, &bundle, N_("Also write every job as a page of one PDF (only when every job succeeded)"), N_("FILE.pdf") },
        { "bundle-partial", 0, 0, G_OPTION_ARG_NONE, &partial, N_("Write the bundle even when jobs failed, without their pages"), NULL },
        { "shard", 0, 0, G_OPTION_ARG_STRING, &shard, N_("Render only the i-th of N stable shares of the jobs"), N_("i/N") },
        { "force", 0, 0, G_OPTION_ARG_NONE, &force, N_("Render jobs even when nothing changed"), NULL },
        { "scale", 0, 0, G_OPTION_ARG_DOUBLE, &scale, N_("PNG pixels per px (default 1)"), N_("S") },
        { "dpi", 0, 0, G_OPTION_ARG_DOUBLE, &dpi, N_("PNG resolution recorded in pHYs"), N_("N") },
        { "transparent", 0, 0, G_OPTION_ARG_NONE, &transparent, N_("PNG with alpha"), NULL },
        { "allow-tofu", 0, 0, G_OPTION_ARG_NONE, &tofu, N_("Warn about missing glyphs instead of failing"), NULL },
        { "fonts-conf", 0, 0, G_OPTION_ARG_FILENAME, &fonts_conf, N_("Use this fontconfig file"), N_("FILE") },
        { "date", 0, 0, G_OPTION_ARG_STRING, &date, N_("PDF creation date"), N_("DATE") },
        tj_cli_allow_dir_entry(&allow_dirs),
        { NULL, 0, 0, 0, NULL, NULL, NULL }
    };
    GOptionContext *ctx = g_option_context_new(N_("DIR|MANIFEST -o OUTDIR - render a whole report"));
    g_option_context_set_translation_domain(ctx, TJ_CLI_DOMAIN);
    g_option_context_set_summary(ctx,
        N_("Renders every spec under DIR (or listed in a manifest) in one process.\n"
        "Jobs whose spec, data, themes, fonts and tujie version are unchanged since\n"
        "their last output are skipped (content hash). See docs/batch.md.\n\n"
        "Example:\n  tujie batch examples -o out/report --format png,pdf --bundle out/report.pdf"));
    g_option_context_add_main_entries(ctx, entries, TJ_CLI_DOMAIN);
    int code = TJ_EXIT_OK;
    GError *err = NULL;
    TjBatch *b = NULL;
    TjBatchOptions o;
    memset(&o, 0, sizeof o);
    if (!tj_cli_parse(ctx, &argc, &argv, &code))
        goto out;
    if (argc != 2 || !outdir)
        g_set_error(&err, TJ_ERROR, TJ_ERROR_USAGE, _("batch: expected DIR|MANIFEST and -o OUTDIR"));
    else if (partial && !bundle)
        g_set_error(&err, TJ_ERROR, TJ_ERROR_USAGE, _("--bundle-partial: expected --bundle FILE.pdf too"));
    else if (jobs < 0 || jobs > 256)
        g_set_error(&err, TJ_ERROR, TJ_ERROR_USAGE, _("-j %d: expected 1 to 256"), jobs);
    else if (parse_formats(formats, &o.formats, &err) &&
             (!shard || parse_shard(shard, &o.shard, &o.n_shards, &err)))
        b = tj_batch_new(argv[1], outdir, &err);
    if (err) {
        code = tj_cli_fail(err);
        goto out;
    }
    o.workers = (guint)jobs;
    o.force = force;
    o.bundle = bundle;
    o.bundle_partial = partial;
    o.out.scale = scale > 0 ? scale : 1;
    o.out.dpi = dpi;
    o.out.transparent = transparent;
    o.out.tofu_warn = tofu;
    o.out.fonts_conf = fonts_conf;
    o.out.creation_date = date;
    Progress p = { isatty(STDERR_FILENO), 30, g_hash_table_new(g_str_hash, g_str_equal),
                   g_ptr_array_new_with_free_func(g_free) };
    o.out.allow_dirs = (const char *const *)allow_dirs;
    o.out.diagnostic = tj_cli_diagnostic;
#ifdef M_MMAP_THRESHOLD
    /* one job's buffers (image strips, PDF font tables) are reused by the
     * next instead of being mapped and faulted in again for each */
    mallopt(M_MMAP_THRESHOLD, 64 << 20);
    mallopt(M_TRIM_THRESHOLD, 128 << 20);
#endif
    running = b;
    tj_cli_set_signal_handler(on_signal);
    gint64 t0 = g_get_monotonic_time();
    gboolean ok = tj_batch_run(b, &o, on_event, &p, &err);
    running = NULL;
    tj_cli_cleanup_install();
    if (p.tty)
        fputs("\r\033[K", stderr);
    tally(&p);
    guint r, s, f, n;
    tj_batch_counts(b, &r, &s, &f, &n);
    if (ok || r + s + f + n)  /* not when the run was refused before its first job */
        summary(b, (g_get_monotonic_time() - t0) / 1e6);
    if (!ok)
        code = tj_cli_fail(err);
    g_hash_table_destroy(p.seen);
    g_ptr_array_free(p.order, TRUE);
    if (interrupted) {
        /* die of the signal, as the parent (a shell loop, make) expects */
        int sig = interrupted;
        fflush(NULL);
        tj_cli_cleanup_signal(sig);
        code = 128 + sig;  /* not reached unless the signal is blocked */
    }
out:
    tj_batch_free(b);
    g_option_context_free(ctx);
    g_free(outdir); g_free(formats); g_free(bundle); g_free(shard);
    g_free(fonts_conf); g_free(date);
    g_strfreev(allow_dirs);
    return code;
}
