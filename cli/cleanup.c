/* cli/cleanup.c — removing the temporary files of renders in flight when
 * tujie is interrupted. The library writes each output to a temporary file
 * next to the target and renames it when complete (render/render.c); it
 * reports each temporary path through tj_set_temp_file_hook(). Here those
 * paths sit in a fixed table of slots, and a handler for SIGINT, SIGTERM and
 * SIGHUP unlinks every registered one, then dies of the same signal (so the
 * exit status still says "killed by SIGTERM"). The old target is never
 * touched: it is replaced only by the rename.
 *
 * Async-signal safety: the handler only reads lock-free atomics and static
 * buffers and calls unlink(), signal() and raise(). A slot is claimed with a
 * compare-and-swap, filled, then published; the handler reads published
 * slots only. Limits: TJ_CLI_SLOTS files at once (batch workers) and paths
 * under TJ_CLI_PATH_MAX bytes; a file beyond them is not removed on a
 * signal (it is still never renamed over the target). SIGKILL cannot be
 * caught: after `kill -9` a ".NAME.XXXXXX" file may remain. */
#include "cli/cli.h"

#include <signal.h>
#include <stdatomic.h>
#include <string.h>
#include <unistd.h>

#define TJ_CLI_SLOTS 64
#define TJ_CLI_PATH_MAX 4096

enum { SLOT_FREE, SLOT_FILLING, SLOT_ARMED };

static struct {
    atomic_int state;
    char path[TJ_CLI_PATH_MAX];
} slots[TJ_CLI_SLOTS];

static void
on_temp_file(const char *path, gboolean created)
{
    gsize n = strlen(path);
    for (int i = 0; i < TJ_CLI_SLOTS; i++) {
        if (!created) {
            if (atomic_load(&slots[i].state) == SLOT_ARMED && strcmp(slots[i].path, path) == 0) {
                atomic_store(&slots[i].state, SLOT_FREE);
                return;
            }
            continue;
        }
        int expect = SLOT_FREE;
        if (n >= TJ_CLI_PATH_MAX ||
            !atomic_compare_exchange_strong(&slots[i].state, &expect, SLOT_FILLING))
            continue;
        memcpy(slots[i].path, path, n + 1);
        atomic_store(&slots[i].state, SLOT_ARMED);
        return;
    }
}

static void
on_signal(int sig)
{
    for (int i = 0; i < TJ_CLI_SLOTS; i++)
        if (atomic_load(&slots[i].state) == SLOT_ARMED)
            unlink(slots[i].path);
    signal(sig, SIG_DFL);
    raise(sig);
}

void
tj_cli_set_signal_handler(void (*handler)(int))
{
    static const int sigs[] = { SIGINT, SIGTERM, SIGHUP };
    for (gsize i = 0; i < G_N_ELEMENTS(sigs); i++) {
        struct sigaction old, sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = handler;
        sigemptyset(&sa.sa_mask);
        /* a signal ignored by our parent (nohup) stays ignored */
        if (sigaction(sigs[i], NULL, &old) == 0 && old.sa_handler != SIG_IGN)
            sigaction(sigs[i], &sa, NULL);
    }
}

void
tj_cli_cleanup_install(void)
{
    tj_set_temp_file_hook(on_temp_file);
    tj_cli_set_signal_handler(on_signal);
}

void
tj_cli_cleanup_signal(int sig)
{
    on_signal(sig);
}
