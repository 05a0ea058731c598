/* api/batch-private.h — the state of a batch run, shared by api/batch*.c. */
#ifndef TJ_API_BATCH_PRIVATE_H
#define TJ_API_BATCH_PRIVATE_H

#include <signal.h>
#include <glib.h>
#include "api/spec-private.h"
#include "tujie/tujie.h"

typedef enum { TJ_JOB_NOT_RUN, TJ_JOB_RENDERED, TJ_JOB_SKIPPED, TJ_JOB_FAILED } TjJobState;

typedef struct {
    char *spec;          /* path of the spec file */
    char *name;          /* relative to the input: "dongcheng-2021/tujie.yaml" */
    char *out_base;      /* outdir/name without extension */
    char *error;         /* message of a failed job */
    TjScene *scene;      /* kept for the bundle */
    TjJobState state;
    gboolean selected;   /* in this shard */
} TjBatchJob;

struct TjBatch {
    char *outdir;
    GPtrArray *jobs;     /* TjBatchJob *, in order */
    TjBatchOptions opts;
    TjBatchFunc func;
    gpointer user_data;
    GMutex lock;         /* guards done and the callback */
    guint done, n_selected;
    guint n_rendered, n_skipped, n_failed, n_not_run;
    GAsyncQueue *fonts;  /* idle TjFonts, one per worker at most */
    gint n_fonts;        /* TjFonts made: the next one's worker number */
    GTimer *timer;
    char *font_hash;     /* hash of the font files, computed once */
    volatile sig_atomic_t cancelled;
};

void tj__batch_job_free(TjBatchJob *j);
gboolean tj__batch_scan_dir(TjBatch *b, const char *dir, GError **error);
gboolean tj__batch_read_manifest(TjBatch *b, const char *path, GError **error);

/* TRUE when every output of @j exists and was made from the same inputs. */
gboolean tj__batch_stamp_fresh(TjBatch *b, TjBatchJob *j);
void tj__batch_stamp_write(TjBatch *b, TjBatchJob *j);
/* The scene of a skipped job, for the bundle (measured with fonts); FALSE
 * when it cannot be laid out (its data became unreadable, say). */
gboolean tj__batch_layout_only(TjBatch *b, TjBatchJob *j, GError **error);
/* Every job's scene as a page of one PDF, in job order, with bookmarks. */
gboolean tj__batch_bundle(TjBatch *b, GError **error);

#endif
