/* batch/batch-folder.c — the output folder of a run: its lock, and the
 * temporary files a killed run left in it.
 *
 * Lock (flock, released by the kernel when the process ends, however it
 * ends): OUTDIR/.tujie-lock is held exclusively by an unsharded run and
 * shared by the shards of a split, each of which also holds
 * OUTDIR/.tujie-lock-I-of-N exclusively. So a second run into a folder is
 * refused (not made to wait) while another unsharded run or the same shard
 * writes there, and shard i/N refuses while a shard of another split (j/M,
 * M ≠ N) runs, whose jobs would overlap; shards 1/N … N/N run side by side.
 * The lock files stay (removing one under a waiting opener would let two
 * runs hold "the" lock).
 *
 * Sweep: an output is written to ".NAME.XXXXXX" next to it and renamed
 * (render/render.c), a stamp to "NAME.stamp.XXXXXX" (g_file_set_contents);
 * after kill -9 such a file stays. A run removes those of its own jobs'
 * outputs and stamps that are older than the run — only names of that exact
 * form, only in the folders its jobs write, and only while it holds the
 * lock of those jobs. */
#include "batch/batch-private.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/file.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "core/i18n.h"

/* Opens (creating) the lock file @name in @b's output folder and flocks
 * it; -1 with errno set on failure (EWOULDBLOCK: held by another). */
static int
lock_file(TjBatch *b, const char *name, int how)
{
    char *path = g_build_filename(b->outdir, name, NULL);
    int fd = open(path, O_RDONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0644);
    g_free(path);
    if (fd < 0)
        return -1;
    if (flock(fd, how | LOCK_NB) != 0) {
        int e = errno;
        close(fd);
        errno = e;
        return -1;
    }
    return fd;
}

/* The shard "j/M" of another split (M ≠ @n) that holds its lock in @b's
 * output folder, or NULL. (transfer full) */
static char *
other_split(TjBatch *b, guint n)
{
    GDir *d = g_dir_open(b->outdir, 0, NULL);
    const char *name;
    char *found = NULL;
    while (d && !found && (name = g_dir_read_name(d))) {
        guint i = 0, m = 0;
        char tail;
        if (sscanf(name, ".tujie-lock-%u-of-%u%c", &i, &m, &tail) != 2 || m == n)
            continue;
        char *path = g_build_filename(b->outdir, name, NULL);
        int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
        if (fd >= 0 && flock(fd, LOCK_SH | LOCK_NB) != 0 && errno == EWOULDBLOCK)
            found = g_strdup_printf("%u/%u", i, m);
        if (fd >= 0)
            close(fd);
        g_free(path);
    }
    if (d)
        g_dir_close(d);
    return found;
}

static gboolean
refuse(TjBatch *b, int e, GError **error)
{
    if (e == EWOULDBLOCK)
        g_set_error(error, TJ_ERROR, TJ_ERROR_IO,
                    b->opts.n_shards
                        ? _("another tujie batch (not sharded) is writing into “%s”; run this one "
                            "again when it has finished")
                        : _("another tujie batch is writing into “%s”; run this one again when "
                            "it has finished"),
                    b->outdir);
    else
        g_set_error(error, TJ_ERROR, TJ_ERROR_IO,
                    _("cannot write into the output folder “%s”: %s"), b->outdir,
                    g_strerror(e));
    return FALSE;
}

gboolean
tj__batch_lock(TjBatch *b, GError **error)
{
    guint i = b->opts.shard, n = b->opts.n_shards;
    if (g_mkdir_with_parents(b->outdir, 0755) != 0)
        return refuse(b, errno, error);
    b->lock_fds[0] = lock_file(b, ".tujie-lock", n ? LOCK_SH : LOCK_EX);
    if (b->lock_fds[0] < 0)
        return refuse(b, errno, error);
    if (!n)
        return TRUE;
    char *name = g_strdup_printf(".tujie-lock-%u-of-%u", i, n);
    b->lock_fds[1] = lock_file(b, name, LOCK_EX);
    int e = errno;
    g_free(name);
    char *other = b->lock_fds[1] >= 0 ? other_split(b, n) : NULL;
    if (b->lock_fds[1] < 0 && e == EWOULDBLOCK)
        g_set_error(error, TJ_ERROR, TJ_ERROR_IO,
                    _("shard %u/%u of this batch is already running into “%s”"), i, n,
                    b->outdir);
    else if (b->lock_fds[1] < 0)
        refuse(b, e, error);
    else if (other)
        g_set_error(error, TJ_ERROR, TJ_ERROR_IO,
                    _("shard %s is writing into “%s”; shards that share a folder must split "
                      "the jobs alike (--shard i/%u for all, or --shard j/%s)"),
                    other, b->outdir, n, strchr(other, '/') + 1);
    gboolean ok = b->lock_fds[1] >= 0 && !other;
    g_free(other);
    if (!ok)
        tj__batch_unlock(b);
    return ok;
}

void
tj__batch_unlock(TjBatch *b)
{
    for (int k = 0; k < 2; k++) {
        if (b->lock_fds[k] >= 0)
            close(b->lock_fds[k]);  /* releases the flock */
        b->lock_fds[k] = -1;
    }
}

static void
add_target(GHashTable *dirs, const char *path, gboolean hidden)
{
    char *dir = g_path_get_dirname(path), *base = g_path_get_basename(path);
    GHashTable *names = g_hash_table_lookup(dirs, dir);
    if (!names) {
        names = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
        g_hash_table_insert(dirs, g_strdup(dir), names);
    }
    g_hash_table_add(names, hidden ? g_strconcat(".", base, NULL) : g_strdup(base));
    g_free(base);
    g_free(dir);
}

/* TRUE when @name is PREFIX.XXXXXX (six letters or digits, as g_mkstemp
 * fills them) with PREFIX in @names. */
static gboolean
is_temp(const char *name, GHashTable *names)
{
    gsize n = strlen(name);
    if (n < 8 || name[n - 7] != '.')
        return FALSE;
    for (gsize k = n - 6; k < n; k++)
        if (!g_ascii_isalnum(name[k]))
            return FALSE;
    char *prefix = g_strndup(name, n - 7);
    gboolean found = g_hash_table_contains(names, prefix);
    g_free(prefix);
    return found;
}

static void
sweep_dir(const char *dir, GHashTable *names, gint64 since)
{
    GDir *d = g_dir_open(dir, 0, NULL);
    const char *name;
    while (d && (name = g_dir_read_name(d))) {
        if (!is_temp(name, names))
            continue;
        char *path = g_build_filename(dir, name, NULL);
        GStatBuf st;
        if (g_lstat(path, &st) == 0 && S_ISREG(st.st_mode) &&
            (gint64)st.st_mtim.tv_sec * G_USEC_PER_SEC + st.st_mtim.tv_nsec / 1000 < since)
            g_unlink(path);
        g_free(path);
    }
    if (d)
        g_dir_close(d);
}

void
tj__batch_sweep(TjBatch *b, gint64 since)
{
    static const char *const extensions[] = { "png", "svg", "pdf" };
    GHashTable *dirs = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
                                             (GDestroyNotify)g_hash_table_destroy);
    for (guint i = 0; i < b->jobs->len; i++) {
        TjBatchJob *j = g_ptr_array_index(b->jobs, i);
        if (!j->selected)
            continue;
        for (guint f = 0; f < G_N_ELEMENTS(extensions); f++) {  /* any format, as an earlier run's */
            char *out = g_strconcat(j->out_base, ".", extensions[f], NULL);
            add_target(dirs, out, TRUE);
            g_free(out);
        }
        char *stamp = tj__batch_stamp_path(b, j);
        add_target(dirs, stamp, FALSE);
        g_free(stamp);
    }
    GHashTableIter it;
    gpointer dir, names;
    g_hash_table_iter_init(&it, dirs);
    while (g_hash_table_iter_next(&it, &dir, &names))
        sweep_dir(dir, names, since);
    g_hash_table_destroy(dirs);
}
