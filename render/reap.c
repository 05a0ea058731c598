/* render/reap.c — files replaced during a batch are let go on a thread of
 * their own. A rename (or unlink) that drops a file's last name frees its
 * blocks at once, and where the file system discards freed blocks
 * synchronously (ext4 -o discard) that waits for the disk — for a rename,
 * while it holds the folder's lock, so every other create, rename or mkdir
 * in that folder waits too. Holding the old file open across the rename
 * keeps its blocks until the last close; the reaper closes it, so the
 * freeing happens on its thread, outside any folder's lock, while the
 * workers go on. Nothing gets a second name: a killed run leaves nothing
 * behind (the kernel frees an open, unnamed file when the process ends). */
#define _GNU_SOURCE  /* O_PATH */
#include "render/render-private.h"

#include <fcntl.h>
#include <unistd.h>

/* open files waiting for the reaper at most; past that a worker waits (a
 * slow disk must not run the process out of file descriptors) */
#define MAX_PENDING 256

static GMutex reap_lock;
static GCond reap_cond;
static guint reap_users, reap_pending;
static GThreadPool *reap_pool;

static void
reap_one(gpointer data, gpointer user)
{
    (void)user;
    close(GPOINTER_TO_INT(data) - 1);
    g_mutex_lock(&reap_lock);
    reap_pending--;
    g_cond_broadcast(&reap_cond);
    g_mutex_unlock(&reap_lock);
}

void
tj_render_reap_begin(void)
{
    g_mutex_lock(&reap_lock);
    /* its own thread, started now: a worker's first push does not wait
     * for a thread to be made */
    if (reap_users++ == 0)
        reap_pool = g_thread_pool_new(reap_one, NULL, 1, TRUE, NULL);
    g_mutex_unlock(&reap_lock);
}

void
tj_render_reap_end(void)
{
    g_mutex_lock(&reap_lock);
    while (reap_pending > 0)
        g_cond_wait(&reap_cond, &reap_lock);
    GThreadPool *done = NULL;
    if (reap_users > 0 && --reap_users == 0)
        done = g_steal_pointer(&reap_pool);
    g_mutex_unlock(&reap_lock);
    if (done)
        g_thread_pool_free(done, FALSE, TRUE);
}

int
tj_render_reap_hold(const char *path)
{
    g_mutex_lock(&reap_lock);
    gboolean on = reap_users > 0;
    g_mutex_unlock(&reap_lock);
    /* O_PATH: no read permission needed, nothing read */
    return on ? open(path, O_PATH | O_CLOEXEC | O_NOFOLLOW) : -1;
}

void
tj_render_reap_release(int fd)
{
    if (fd < 0)
        return;
    g_mutex_lock(&reap_lock);
    gboolean on = reap_pool != NULL;
    while (on && reap_pending >= MAX_PENDING)
        g_cond_wait(&reap_cond, &reap_lock);
    reap_pending += on;
    g_mutex_unlock(&reap_lock);
    if (on)
        g_thread_pool_push(reap_pool, GINT_TO_POINTER(fd + 1), NULL);
    else
        close(fd);
}
