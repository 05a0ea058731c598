/* render/target.c — where a file goes: the rules for what is already at the
 * output path (README "Outputs", docs/tujie.1 FILES). The content is always
 * complete before anything at the path is touched, so a failed render
 * leaves the path as it was and no temporary file survives.
 *  - nothing, or a regular file with one link: written to ".NAME.XXXXXX"
 *    in its folder, synced, renamed over it (atomic); an existing file's
 *    mode, and its owner and group when permitted (as root; the group
 *    alone when the user is in it), go to the new file;
 *  - a regular file with several hard links: rewritten in place (truncated,
 *    written, synced) from a complete copy in an unnamed temporary file, so
 *    every name sees the new content; only an I/O failure during that copy
 *    (a full disk) can leave it partial, and the message says so;
 *  - a symbolic link: its target, followed to the end, under these rules;
 *    the link stays a link;
 *  - a character device, a FIFO, and "-" (the standard output): written
 *    straight through, never created, renamed or replaced;
 *  - a folder, socket or block device: refused.
 * Each temporary path is reported to the hook (tj_render_set_temp_hook;
 * the CLI removes it on SIGINT/SIGTERM: cli/cleanup.c). */
#include "render/render-private.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "core/i18n.h"

#define MAX_LINKS 40     /* symbolic links followed, as the kernel's ELOOP */
#define COPY_BYTES (1 << 16)

typedef enum {
    PLACE_RENAME,        /* a temporary file renamed over the path */
    PLACE_IN_PLACE,      /* a hard-linked file rewritten */
    PLACE_STREAM         /* a device, FIFO or the standard output */
} Place;

typedef struct {
    char *file;          /* the path with its links followed; NULL: stdout */
    Place place;
    gboolean exists;     /* something is at file (st is its) */
    struct stat st;
} Target;

static void (*temp_hook)(const char *path, gboolean created);

void
tj_render_set_temp_hook(void (*hook)(const char *path, gboolean created))
{
    g_atomic_pointer_set(&temp_hook, hook);
}

static void
report_temp(const char *tmp, gboolean created)
{
    void (*hook)(const char *, gboolean) = g_atomic_pointer_get(&temp_hook);
    if (hook)
        hook(tmp, created);
}

static gboolean
io_error(const char *path, int err, GError **error)
{
    g_set_error(error, TJ_ERROR, TJ_ERROR_IO, _("cannot write “%s”: %s"), path,
                g_strerror(err));
    return FALSE;
}

/* Follows @path's symbolic links to the file they end at and says how it
 * is written. */
static gboolean
resolve(const char *path, Target *t, GError **error)
{
    memset(t, 0, sizeof *t);
    if (strcmp(path, "-") == 0) {
        t->place = PLACE_STREAM;
        return TRUE;
    }
    char *file = g_strdup(path);
    for (guint hops = 0; lstat(file, &t->st) == 0; hops++) {
        if (!S_ISLNK(t->st.st_mode)) {
            t->exists = TRUE;
            break;
        }
        char *link = hops < MAX_LINKS ? g_file_read_link(file, NULL) : NULL;
        if (!link) {
            g_free(file);
            return io_error(path, hops < MAX_LINKS ? errno : ELOOP, error);
        }
        if (!g_path_is_absolute(link)) {
            char *dir = g_path_get_dirname(file);
            char *joined = g_build_filename(dir, link, NULL);
            g_free(dir);
            g_free(link);
            link = joined;
        }
        g_free(file);
        file = link;
    }
    if (!t->exists && errno != ENOENT) {
        int err = errno;
        g_free(file);
        return io_error(path, err, error);
    }
    t->file = file;
    mode_t m = t->st.st_mode;
    if (!t->exists || (S_ISREG(m) && t->st.st_nlink <= 1))
        t->place = PLACE_RENAME;
    else if (S_ISREG(m))
        t->place = PLACE_IN_PLACE;
    else if (S_ISCHR(m) || S_ISFIFO(m))
        t->place = PLACE_STREAM;
    else if (S_ISDIR(m))
        return io_error(path, EISDIR, error);
    else {
        g_set_error(error, TJ_ERROR, TJ_ERROR_IO,
                    _("cannot write “%s”: it is not a file, a character device or a pipe "
                    "(FIFO)"), path);
        return FALSE;
    }
    return TRUE;
}

/* Flushes @fp to the disk and closes it. */
static gboolean
finish_file(FILE *fp, const char *path, gboolean sync, GError **error)
{
    int err = 0;
    if (fflush(fp) != 0 || ferror(fp))
        err = errno ? errno : EIO;
    else if (sync && fsync(fileno(fp)) != 0)
        err = errno;
    if (fclose(fp) != 0 && !err)
        err = errno;
    return err == 0 || io_error(path, err, error);
}

static void
sync_folder(const char *dir)
{
    int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        fsync(fd);  /* best effort: the rename is already atomic */
        close(fd);
    }
}

/* The replaced file's owner (when permitted) and mode onto the new one. */
static void
keep_owner(int fd, const struct stat *st)
{
    gboolean owner = fchown(fd, st->st_uid, st->st_gid) == 0;
    if (!owner)
        (void)!fchown(fd, (uid_t)-1, st->st_gid);  /* a group the user is in */
    /* set-user/group-ID only with the owner they were given for */
    (void)!fchmod(fd, st->st_mode & (owner ? 07777 : 0777));
}

/* A temporary file next to t->file, filled, then renamed over it. */
static gboolean
write_rename(const Target *t, const char *path, gboolean sync, TjFillFunc fill,
             gpointer data, GError **error)
{
    char *dir = g_path_get_dirname(t->file);
    char *base = g_path_get_basename(t->file);
    char *tmp_name = g_strdup_printf(".%s.XXXXXX", base);
    char *tmp = g_build_filename(dir, tmp_name, NULL);
    gboolean ok = FALSE;
    int fd = g_mkstemp_full(tmp, O_RDWR | O_CLOEXEC, 0666);
    if (fd < 0) {
        int err = errno;
        g_set_error(error, TJ_ERROR, TJ_ERROR_IO,
                    _("cannot write “%s”: cannot create a file in “%s”: %s"),
                    path, dir, g_strerror(err));
        goto out;
    }
    report_temp(tmp, TRUE);
    FILE *fp = fdopen(fd, "wb");
    if (!fp) {
        io_error(path, errno, error);
        close(fd);
    } else {
        setvbuf(fp, NULL, _IOFBF, 1 << 16);
        ok = fill(fp, path, data, error);
        if (ok && t->exists)
            keep_owner(fd, &t->st);
        if (!ok)
            fclose(fp);
        else if ((ok = finish_file(fp, path, sync, error))) {
            /* the replaced file is freed on the reaper's thread (render/reap.c) */
            int old = t->exists ? tj_render_reap_hold(t->file) : -1;
            if (g_rename(tmp, t->file) != 0)
                ok = io_error(path, errno, error);
            tj_render_reap_release(old);
        }
    }
    if (ok && sync)
        sync_folder(dir);
    else if (!ok)
        g_unlink(tmp);
    report_temp(tmp, FALSE);
out:
    g_free(tmp);
    g_free(tmp_name);
    g_free(base);
    g_free(dir);
    return ok;
}

/* Copies all of @from to the target, straight through or in place. */
static gboolean
copy_out(int from, const Target *t, const char *path, gboolean sync, GError **error)
{
    int flags = O_WRONLY | O_NOCTTY | O_CLOEXEC | (t->place == PLACE_IN_PLACE ? O_TRUNC : 0);
    int to = t->file ? open(t->file, flags) : STDOUT_FILENO;
    if (to < 0)
        return io_error(path, errno, error);
    int err = lseek(from, 0, SEEK_SET) == 0 ? 0 : errno;
    guint8 *buf = g_malloc(COPY_BYTES);
    while (!err) {
        gssize n = read(from, buf, COPY_BYTES);
        if (n <= 0) {
            err = n < 0 && errno != EINTR ? errno : 0;
            if (n == 0 || err)
                break;
            continue;
        }
        for (gssize off = 0; off < n && !err;) {
            gssize w = write(to, buf + off, (gsize)(n - off));
            if (w >= 0)
                off += w;
            else if (errno != EINTR)
                err = errno;
        }
    }
    g_free(buf);
    if (!err && sync && t->place == PLACE_IN_PLACE && fsync(to) != 0)
        err = errno;
    if (to != STDOUT_FILENO && close(to) != 0 && !err)
        err = errno;
    if (err && t->place == PLACE_IN_PLACE) {
        g_set_error(error, TJ_ERROR, TJ_ERROR_IO,
                    _("cannot write “%s”: %s (it has other hard links, so it was being "
                    "rewritten in place, and may now be incomplete)"), path, g_strerror(err));
        return FALSE;
    }
    return err == 0 || io_error(path, err, error);
}

/* Fills an unnamed temporary file, then copies it to the target. */
static gboolean
write_staged(const Target *t, const char *path, gboolean sync, TjFillFunc fill,
             gpointer data, GError **error)
{
    GError *terr = NULL;
    char *tmp = NULL;
    int fd = g_file_open_tmp("tujie-XXXXXX", &tmp, &terr);
    if (fd < 0) {
        g_set_error(error, TJ_ERROR, TJ_ERROR_IO,
                    _("cannot write “%s”: cannot create a temporary file: %s"), path,
                    terr->message);
        g_error_free(terr);
        return FALSE;
    }
    report_temp(tmp, TRUE);
    g_unlink(tmp);  /* unnamed from here on: nothing is left behind */
    report_temp(tmp, FALSE);
    g_free(tmp);
    FILE *fp = fdopen(fd, "w+b");
    if (!fp) {
        close(fd);
        return io_error(path, errno, error);
    }
    setvbuf(fp, NULL, _IOFBF, 1 << 16);
    gboolean ok = fill(fp, path, data, error);
    if (ok && (fflush(fp) != 0 || ferror(fp)))
        ok = io_error(path, errno ? errno : EIO, error);
    ok = ok && copy_out(fileno(fp), t, path, sync, error);
    fclose(fp);
    return ok;
}

gboolean
tj__render_to_path(const char *path, gboolean sync, TjFillFunc fill, gpointer data,
                   GError **error)
{
    g_return_val_if_fail(path && fill, FALSE);
    Target t;
    if (!resolve(path, &t, error)) {
        g_free(t.file);  /* set when what is there cannot be written */
        return FALSE;
    }
    gboolean ok = t.place == PLACE_RENAME ? write_rename(&t, path, sync, fill, data, error)
                                          : write_staged(&t, path, sync, fill, data, error);
    g_free(t.file);
    return ok;
}
