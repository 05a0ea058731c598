/* batch/batch.c — a whole report in one process: the jobs of a folder or a
 * manifest run on a pool of worker threads, each worker with its own font
 * set-up (TjFonts are not thread-safe; one per worker, reused across its
 * jobs). A job lays its spec out once and writes every requested format.
 * Unchanged jobs are skipped by content hash (batch/batch-stamp.c); a bad job
 * is reported and the rest go on; cancel stops after the jobs in flight,
 * and every output is written atomically, so nothing is half-written. */
#include "tujie/tujie.h"

#include <signal.h>
#include <string.h>
#include <unistd.h>

#include "batch/batch-private.h"
#include "render/render.h"
#include "core/i18n.h"

static const char *const extensions[] = { "png", "svg", "pdf" };

void
tj__batch_job_free(TjBatchJob *j)
{
    g_free(j->spec);
    g_free(j->name);
    g_free(j->out_rel);
    g_free(j->out_base);
    g_free(j->error);
    tj_scene_free(j->scene);
    g_free(j);
}

TjBatch *
tj_batch_new(const char *input, const char *outdir, GError **error)
{
    g_return_val_if_fail(input && outdir, NULL);
    TjBatch *b = g_new0(TjBatch, 1);
    b->outdir = g_strdup(outdir);
    b->jobs = g_ptr_array_new_with_free_func((GDestroyNotify)tj__batch_job_free);
    b->lock_fds[0] = b->lock_fds[1] = -1;
    g_mutex_init(&b->lock);
    gboolean ok = g_file_test(input, G_FILE_TEST_IS_DIR)
                      ? tj__batch_scan_dir(b, input, error)
                      : tj__batch_read_manifest(b, input, error);
    if (ok && b->jobs->len == 0) {
        g_set_error(error, TJ_ERROR, TJ_ERROR_INPUT, _("%s: no specs (*.yaml, *.yml, *.json) to render"),
                    input);
        ok = FALSE;
    }
    if (!ok) {
        tj_batch_free(b);
        return NULL;
    }
    return b;
}

void
tj_batch_free(TjBatch *b)
{
    if (!b)
        return;
    tj__batch_unlock(b);
    g_ptr_array_free(b->jobs, TRUE);
    g_free(b->outdir);
    g_free(b->font_hash);
    g_mutex_clear(&b->lock);
    g_free(b);
}

guint
tj_batch_n_jobs(const TjBatch *b)
{
    return b->jobs->len;
}

void
tj_batch_cancel(TjBatch *b)
{
    b->cancelled = 1;
}

void
tj_batch_counts(const TjBatch *b, guint *rendered, guint *skipped, guint *failed,
                guint *not_run)
{
    if (rendered) *rendered = b->n_rendered;
    if (skipped) *skipped = b->n_skipped;
    if (failed) *failed = b->n_failed;
    if (not_run) *not_run = b->n_not_run;
}

/* FNV-1a of the job's name: a stable shard for the same job everywhere. */
static guint
shard_of(const char *name, guint n)
{
    guint32 h = 2166136261u;
    for (const unsigned char *p = (const unsigned char *)name; *p; p++)
        h = (h ^ *p) * 16777619u;
    return h % n;
}

static void
report(TjBatch *b, TjBatchJob *j, gboolean started)
{
    g_mutex_lock(&b->lock);
    if (!started)
        b->done++;
    if (b->func) {
        TjBatchEvent ev = { j->name, started, j->state == TJ_JOB_SKIPPED,
                            j->state == TJ_JOB_FAILED ? j->error : NULL, b->done,
                            b->n_selected, g_timer_elapsed(b->timer, NULL) };
        b->func(&ev, b->user_data);
    }
    g_mutex_unlock(&b->lock);
}

static TjFonts *
take_fonts(TjBatch *b, GError **error)
{
    TjFonts *f = g_async_queue_try_pop(b->fonts);
    return f ? f : tj_fonts_new_for_worker(b->opts.out.fonts_conf,
                                           (guint)g_atomic_int_add(&b->n_fonts, 1), error);
}

/* The job's folder, made if missing and writable, or a message that is the
 * same for every job in it (the CLI shows a cause once, with its count). */
static gboolean
folder_check(TjBatchJob *j, GError **error)
{
    char *dir = g_path_get_dirname(j->out_base);
    gboolean ok = FALSE;
    /* mkdir locks each folder of the path, existing or not: looked at first */
    if (!g_file_test(dir, G_FILE_TEST_IS_DIR) && g_mkdir_with_parents(dir, 0755) != 0)
        g_set_error(error, TJ_ERROR, TJ_ERROR_IO, _("cannot create the folder “%s”: %s"), dir,
                    g_strerror(errno));
    else if (access(dir, W_OK | X_OK) != 0)
        g_set_error(error, TJ_ERROR, TJ_ERROR_IO, _("cannot write into the folder “%s”: %s"),
                    dir, g_strerror(errno));
    else
        ok = TRUE;
    g_free(dir);
    return ok;
}

/* Lays out and writes one job in every requested format. */
static void
run_job(TjBatch *b, TjBatchJob *j)
{
    GError *err = NULL;
    TjFonts *fonts = take_fonts(b, &err);
    if (fonts) {
        TjFormat fmts[3];
        char *paths[3];
        guint n = 0;
        for (guint f = 0; f < 3; f++)
            if (b->opts.formats & (1u << f)) {
                fmts[n] = (TjFormat)f;
                paths[n++] = g_strconcat(j->out_base, ".", extensions[f], NULL);
            }
        folder_check(j, &err);
        TjScene **keep = b->opts.bundle ? &j->scene : NULL;
        if (!err && tj__batch_bind_render(j->spec, fonts, n, fmts, (const char *const *)paths,
                                          &b->opts.out, keep, &err))
            tj__batch_stamp_write(b, j);
        for (guint i = 0; i < n; i++)
            g_free(paths[i]);
        g_async_queue_push(b->fonts, fonts);
    }
    j->state = err ? TJ_JOB_FAILED : TJ_JOB_RENDERED;
    if (err) {
        j->error = g_strdup(err->message);
        g_error_free(err);
    }
}

static void
worker(gpointer data, gpointer user)
{
    TjBatch *b = user;
    TjBatchJob *j = data;
    if (b->cancelled) {
        j->state = TJ_JOB_NOT_RUN;
        return;
    }
    report(b, j, TRUE);
    if (!b->opts.force && tj__batch_stamp_fresh(b, j)) {
        GError *err = NULL;
        j->state = TJ_JOB_SKIPPED;
        /* a page the bundle cannot show is the job's failure, not a gap */
        if (b->opts.bundle && !tj__batch_layout_only(b, j, &err)) {
            j->state = TJ_JOB_FAILED;
            j->error = g_strdup(err->message);
            g_error_free(err);
        }
    } else {
        run_job(b, j);
    }
    report(b, j, FALSE);
}

static gboolean
check_options(const TjBatchOptions *o, GError **error)
{
    if (o->n_shards > 0 && (o->shard < 1 || o->shard > o->n_shards)) {
        g_set_error(error, TJ_ERROR, TJ_ERROR_USAGE, _("--shard %u/%u: expected i/N with 1 ≤ i ≤ N"),
                    o->shard, o->n_shards);
        return FALSE;
    }
    if (o->workers > 256) {
        g_set_error(error, TJ_ERROR, TJ_ERROR_USAGE, _("-j %u: at most 256 workers"), o->workers);
        return FALSE;
    }
    return TRUE;
}

static void
free_fonts(gpointer f)
{
    tj_fonts_free(f);
}

static void
count(TjBatch *b)
{
    b->n_rendered = b->n_skipped = b->n_failed = b->n_not_run = 0;
    for (guint i = 0; i < b->jobs->len; i++) {
        TjBatchJob *j = g_ptr_array_index(b->jobs, i);
        b->n_rendered += j->state == TJ_JOB_RENDERED;
        b->n_skipped += j->state == TJ_JOB_SKIPPED;
        b->n_failed += j->state == TJ_JOB_FAILED;
        b->n_not_run += j->state == TJ_JOB_NOT_RUN && j->selected;
    }
}

/* The run's outcome: the bundle (written only when every job succeeded, or
 * with bundle_partial of those that did; never when cancelled: an older
 * bundle is kept whole), then the failed or not-run jobs. */
static gboolean
finish(TjBatch *b, GError **error)
{
    const char *bundle = b->opts.bundle;
    guint pages = 0;
    for (guint i = 0; i < b->jobs->len; i++)
        pages += ((TjBatchJob *)g_ptr_array_index(b->jobs, i))->scene != NULL;
    gboolean write = bundle && pages && !b->cancelled && (!b->n_failed || b->opts.bundle_partial);
    if (write && !tj__batch_bundle(b, error))
        return FALSE;
    gboolean kept = bundle && !write && g_file_test(bundle, G_FILE_TEST_EXISTS);
    if (b->n_failed && write)
        g_set_error(error, TJ_ERROR, TJ_ERROR_INPUT,
                    _("%u of %u jobs failed; the bundle %s was written without them"),
                    b->n_failed, b->n_selected, bundle);
    else if (b->n_failed && kept)
        g_set_error(error, TJ_ERROR, TJ_ERROR_INPUT,
                    _("%u of %u jobs failed; bundle not written: the previous %s is kept "
                      "(--bundle-partial writes the others)"),
                    b->n_failed, b->n_selected, bundle);
    else if (b->n_failed && bundle)
        g_set_error(error, TJ_ERROR, TJ_ERROR_INPUT,
                    _("%u of %u jobs failed; bundle %s not written (--bundle-partial writes "
                      "the others)"),
                    b->n_failed, b->n_selected, bundle);
    else if (b->n_failed)
        g_set_error(error, TJ_ERROR, TJ_ERROR_INPUT, _("%u of %u jobs failed"), b->n_failed,
                    b->n_selected);
    else if (b->cancelled && bundle)
        g_set_error(error, TJ_ERROR, TJ_ERROR_IO,
                    _("interrupted: %u of %u jobs not run; bundle %s not written"),
                    b->n_not_run, b->n_selected, bundle);
    else if (b->cancelled)
        g_set_error(error, TJ_ERROR, TJ_ERROR_IO, _("interrupted: %u of %u jobs not run"),
                    b->n_not_run, b->n_selected);
    return !b->n_failed && !b->cancelled;
}

/* Marks the jobs of this run's shard. */
static void
select_jobs(TjBatch *b)
{
    b->n_selected = 0;
    for (guint i = 0; i < b->jobs->len; i++) {
        TjBatchJob *j = g_ptr_array_index(b->jobs, i);
        j->state = TJ_JOB_NOT_RUN;
        g_clear_pointer(&j->error, g_free);
        g_clear_pointer(&j->scene, tj_scene_free);
        j->selected = !b->opts.n_shards ||
                      shard_of(j->name, b->opts.n_shards) == b->opts.shard - 1;
        b->n_selected += j->selected;
    }
}

gboolean
tj_batch_run(TjBatch *b, const TjBatchOptions *opts, TjBatchFunc func, gpointer user_data,
             GError **error)
{
    if (!check_options(opts, error))
        return FALSE;
    gint64 start = g_get_real_time();
    b->opts = *opts;
    b->opts.out.defer_sync = TRUE;  /* one sync for the whole run, below */
    if (!b->opts.formats)
        b->opts.formats = TJ_BATCH_PNG;
    b->func = func;
    b->user_data = user_data;
    b->done = 0;
    b->n_rendered = b->n_skipped = b->n_failed = b->n_not_run = 0;
    select_jobs(b);
    if (!tj__batch_lock(b, error))
        return FALSE;
    tj__batch_sweep(b, start);
    b->fonts = g_async_queue_new_full(free_fonts);
    b->timer = g_timer_new();
    guint workers = opts->workers ? opts->workers : g_get_num_processors();
    tj_render_reap_begin();
    GThreadPool *pool = g_thread_pool_new(worker, b, (gint)workers, TRUE, NULL);
    for (guint i = 0; i < b->jobs->len; i++) {
        TjBatchJob *j = g_ptr_array_index(b->jobs, i);
        if (j->selected)
            g_thread_pool_push(pool, j, NULL);
    }
    g_thread_pool_free(pool, FALSE, TRUE);
    tj_render_reap_end();
    sync();  /* the outputs reach the disk once, not with an fsync each */
    g_async_queue_unref(b->fonts);
    b->fonts = NULL;
    g_timer_destroy(b->timer);
    count(b);
    gboolean ok = finish(b, error);
    tj__batch_unlock(b);
    return ok;
}
