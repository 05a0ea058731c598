/* cli/preview.h — `tujie preview`'s two halves: what is shown and kept up to
 * date (cli/preview.c: rendering, file monitors, signals) and the page that
 * shows it (cli/preview-http.c: libsoup's server on 127.0.0.1). Private to
 * cli/. */
#ifndef TJ_CLI_PREVIEW_H
#define TJ_CLI_PREVIEW_H

#include <glib.h>
#include "cli/cli.h"

/* The state the page shows: changed only on the main loop's thread, where
 * the server's handlers also run. */
typedef struct {
    const char *title;    /* the spec's or table's file name, for the page */
    guint version;        /* +1 at every render, ok or not */
    gboolean ok;          /* the last render succeeded */
    GBytes *svg;          /* the last good picture; NULL before the first */
    char *error;          /* the last render's error (file:line:col: … per
                             line), NULL when it succeeded */
    GString *warnings;    /* the last good render's warnings, one a line */
} TjPreviewState;

typedef struct TjPreviewServer TjPreviewServer;

/* Listens on 127.0.0.1:@port (0: a free port the system picks) and serves
 * @state (kept by the caller, read at each request) on the thread-default
 * main context. Returns: (transfer full) tj_cli_preview_server_free(); NULL
 * with the error when it cannot listen. */
TjPreviewServer *tj_cli_preview_server_new(const TjPreviewState *state, guint port,
                                           GError **error);
/* The page's address, "http://127.0.0.1:PORT/". (transfer none) */
const char *tj_cli_preview_server_url(const TjPreviewServer *server);
void tj_cli_preview_server_free(TjPreviewServer *server);   /* NULL: no-op */

#endif
