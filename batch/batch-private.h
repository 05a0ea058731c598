/* batch/batch-private.h — the state of a batch run, shared by the files of batch/. */
#ifndef TJ_BATCH_PRIVATE_H
#define TJ_BATCH_PRIVATE_H

#include <signal.h>
#include <glib.h>
#include "fonts/fonts.h"
#include "scene/scene.h"
#include "tujie/tujie.h"

typedef enum { TJ_JOB_NOT_RUN, TJ_JOB_RENDERED, TJ_JOB_SKIPPED, TJ_JOB_FAILED } TjJobState;

typedef struct {
    char *spec;          /* path of the spec file */
    char *name;          /* as the input names it: "dongcheng-2021/tujie.yaml" */
    char *out_rel;       /* its outputs' name in outdir, without extension:
                            "dongcheng-2021/tujie"; confined (batch-jobs.c) */
    char *out_base;      /* outdir/out_rel */
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
    int lock_fds[2];     /* the output folder's locks held by a run, or -1 */
    volatile sig_atomic_t cancelled;
};

void tj__batch_job_free(TjBatchJob *j);
gboolean tj__batch_scan_dir(TjBatch *b, const char *dir, GError **error);
gboolean tj__batch_read_manifest(TjBatch *b, const char *path, GError **error);

/* The output folder (batch/batch-folder.c): made if missing and locked for
 * this run (an unsharded run alone, shards of one split each their own);
 * FALSE, with a message saying who holds it, when another run does. */
gboolean tj__batch_lock(TjBatch *b, GError **error);
void tj__batch_unlock(TjBatch *b);
/* Removes the temporary files (".NAME.XXXXXX") of this run's outputs and
 * stamps that a killed run left, if older than @since (g_get_real_time). */
void tj__batch_sweep(TjBatch *b, gint64 since);

/* TRUE when every output of @j exists and was made from the same inputs. */
gboolean tj__batch_stamp_fresh(TjBatch *b, TjBatchJob *j);
void tj__batch_stamp_write(TjBatch *b, TjBatchJob *j);
/* OUTDIR/.tujie-stamps/OUT_REL.stamp. (transfer full) */
char *tj__batch_stamp_path(TjBatch *b, TjBatchJob *j);
/* The scene of a skipped job, for the bundle (measured with fonts); FALSE
 * when it cannot be laid out (its data became unreadable, say). */
gboolean tj__batch_layout_only(TjBatch *b, TjBatchJob *j, GError **error);
/* Every job's scene as a page of one PDF, in job order, with bookmarks. */
gboolean tj__batch_bundle(TjBatch *b, GError **error);

/* ---- what batch uses of api/'s internals ------------------------------
 * The entry points from a spec file to a scene and files are api-internal
 * (api/spec-private.h); these two calls, defined in batch/batch-bind.c, are
 * all batch uses of them, and that file is the only one of batch/ that
 * includes an api/ header. (bind/bind.h, a module's header, is included
 * where needed: batch-stamp.c reads specs with the kinds' names.) */

/* Lays the spec at @spec out once with @fonts and writes it in each of @n
 * formats to @paths; with @scene_out, keeps the laid-out scene (transfer
 * full). (tj__api_spec_render_with) */
gboolean tj__batch_bind_render(const char *spec, TjFonts *fonts, guint n, const TjFormat *fmts,
                               const char *const *paths, const TjOutputOptions *out,
                               TjScene **scene_out, GError **error);
/* The scene of the spec at @spec laid out with @fonts, reading data as @out
 * allows; the fonts' family is put back afterwards. (transfer full)
 * (tj__api_src_scene) */
gboolean tj__batch_bind_scene(const char *spec, const TjOutputOptions *out, TjFonts *fonts,
                              TjScene **scene, GError **error);
/* Writes @scenes as one PDF of @n pages to @path (synced: the bundle is
 * written after the run's one sync), under @out's options; diagnostics
 * handed to @out's function. */
gboolean tj__batch_bind_bundle(TjScene *const *scenes, guint n, TjFonts *fonts,
                               const char *path, const TjOutputOptions *out, GError **error);

#endif
