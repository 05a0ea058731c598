/* batch/batch-stamp.c — incremental batches. A job's stamp is a SHA-256 over
 * everything its outputs depend on: tujie's version, the output options,
 * the spec's bytes, the bytes of every CSV and image (blocks, tile icons) it
 * reads, the built-in themes and the font files. It is kept in
 * OUTDIR/.tujie-stamps/NAME.stamp (NAME: the outputs' name) with the sizes of the outputs; a job
 * whose stamp matches and whose outputs all exist with those sizes is
 * skipped. Content, not mtime:
 * touching a file changes nothing, editing one figure re-renders. */
#include "batch/batch-private.h"

#include <string.h>

#include <glib/gstdio.h>

#include "bind/bind.h"
#include "render/render.h"
#include "spec/spec.h"

extern const char *const tj__theme_sources[];

static const char *const extensions[] = { "png", "svg", "pdf" };

static gboolean
hash_file(GChecksum *sum, const char *path)
{
    char *bytes = NULL;
    gsize len = 0;
    if (!g_file_get_contents(path, &bytes, &len, NULL))
        return FALSE;
    g_checksum_update(sum, (const guchar *)path, (gssize)strlen(path) + 1);
    g_checksum_update(sum, (const guchar *)bytes, (gssize)len);
    g_free(bytes);
    return TRUE;
}

/* A file by its path, size, modification time and inode (nothing when it
 * is missing). */
static void
hash_file_id(GChecksum *sum, const char *path)
{
    GStatBuf st;
    if (g_stat(path, &st) != 0)
        return;
    char *id = g_strdup_printf("%s|%lld|%lld|%llu", path, (long long)st.st_size,
                               (long long)st.st_mtime, (unsigned long long)st.st_ino);
    g_checksum_update(sum, (const guchar *)id, -1);
    g_free(id);
}

/* The font files (tujie's own, built artifacts: identified by path, size,
 * modification time and inode, not read — hashing the font files cost
 * more than a whole batch of charts) and the family chain, once per batch. */
static const char *
font_hash(TjBatch *b)
{
    g_mutex_lock(&b->lock);
    if (!b->font_hash) {
        GChecksum *sum = g_checksum_new(G_CHECKSUM_SHA256);
        g_checksum_update(sum, (const guchar *)TJ_FONTS_FAMILIES, -1);
        const char *own = tj_fonts_own_dir(), *tt = tj_fonts_truetype_dir();  /* tt: for PDF */
        const char *dirs[] = { own, own, tt, tt };
        const char *files[] = { "TujieSansCJKsc-Regular.otf", "TujieSansCJKsc-Bold.otf",
                                "TujieSansCJKsc-Regular.ttf", "TujieSansCJKsc-Bold.ttf" };
        for (gsize i = 0; i < G_N_ELEMENTS(files); i++) {
            if (!dirs[i])
                continue;
            char *p = g_build_filename(dirs[i], files[i], NULL);
            hash_file_id(sum, p);
            g_free(p);
        }
        if (b->opts.out.fonts_conf)
            hash_file(sum, b->opts.out.fonts_conf);
        hash_file_id(sum, tj_bind_icon_font());  /* the built-in icons' outlines */
        b->font_hash = g_strdup(g_checksum_get_string(sum));
        g_checksum_free(sum);
    }
    g_mutex_unlock(&b->lock);
    return b->font_hash;
}

/* The files of @b's file keys (an image block's picture, a tile's icon),
 * relative to the spec, into @files; a built-in icon's name is no file (its
 * font is hashed with the fonts). (transfer full) the strings. */
static void
block_files(const TjSpec *spec, const TjSpecBlock *b, GPtrArray *files)
{
    if (b->kind == TJ_SPEC_BLOCK_IMAGE) {
        if (b->image)
            g_ptr_array_add(files, g_strdup(b->image));
        return;
    }
    const TjKind *kind = b->kind == TJ_SPEC_BLOCK_CHART ? tj_bind_kind(b->kind_name) : NULL;
    for (const TjKey *k = kind ? kind->keys : NULL; k && k->name; k++) {
        const TjNode *v = k->type == TJ_KEY_FILE && b->options
                              ? tj_spec_node_get(b->options, k->name) : NULL;
        if (!v || v->kind != TJ_SPEC_NODE_SCALAR || !v->text[0] ||
            tj_bind_icon_is_builtin(v->text))
            continue;
        g_ptr_array_add(files, !spec->dir[0] || g_path_is_absolute(v->text)
                                   ? g_strdup(v->text)
                                   : g_build_filename(spec->dir, v->text, NULL));
    }
}

/* Hashes the image files the spec reads; FALSE when one cannot be read. */
static gboolean
hash_images(GChecksum *sum, const TjSpec *spec)
{
    GPtrArray *files = g_ptr_array_new_with_free_func(g_free);
    if (spec->form == TJ_SPEC_FORM_CHART)
        block_files(spec, &spec->chart, files);
    for (guint k = 0; k < spec->n_sections; k++)
        for (guint r = 0; r < spec->sections[k].n_rows; r++)
            for (guint i = 0; i < spec->sections[k].rows[r].n_blocks; i++)
                block_files(spec, &spec->sections[k].rows[r].blocks[i], files);
    gboolean ok = TRUE;
    for (guint i = 0; ok && i < files->len; i++)
        ok = hash_file(sum, g_ptr_array_index(files, i));
    g_ptr_array_unref(files);
    return ok;
}

/* The job's stamp, or NULL when its spec cannot be read (it is then
 * rendered, and fails with its own message). (transfer full) */
static char *
job_hash(TjBatch *b, TjBatchJob *j)
{
    TjNode *root = tj_spec_node_load(j->spec, NULL);
    if (!root)
        return NULL;
    TjSpecErrors *errs = tj_spec_errors_new();
    TjSpec *spec = tj_spec_build(root, tj_bind_kind_names(), errs);
    gboolean ok = tj_spec_errors_count(errs) == 0;
    tj_spec_errors_free(errs);
    GChecksum *sum = g_checksum_new(G_CHECKSUM_SHA256);
    const TjOutputOptions *o = &b->opts.out;
    char scale[G_ASCII_DTOSTR_BUF_SIZE], dpi[G_ASCII_DTOSTR_BUF_SIZE];  /* never the locale's */
    char *opts = g_strdup_printf("tujie %s|%u|%s|%s|%d|%d|%s|%s", TJ_VERSION, b->opts.formats,
                                 g_ascii_formatd(scale, sizeof scale, "%g", o->scale),
                                 g_ascii_formatd(dpi, sizeof dpi, "%g", o->dpi),
                                 o->transparent, o->tofu_warn,
                                 o->creation_date ? o->creation_date : "",
                                 g_getenv("SOURCE_DATE_EPOCH") ? g_getenv("SOURCE_DATE_EPOCH") : "");
    g_checksum_update(sum, (const guchar *)opts, -1);
    g_free(opts);
    ok = ok && hash_file(sum, j->spec);
    for (guint i = 0; ok && i < spec->n_data; i++)
        ok = hash_file(sum, spec->data[i]->resolved);
    ok = ok && hash_images(sum, spec);
    for (guint i = 0; tj__theme_sources[i]; i++)
        g_checksum_update(sum, (const guchar *)tj__theme_sources[i], -1);
    g_checksum_update(sum, (const guchar *)font_hash(b), -1);
    char *hash = ok ? g_strdup(g_checksum_get_string(sum)) : NULL;
    g_checksum_free(sum);
    tj_spec_free(spec);
    return hash;
}

char *
tj__batch_stamp_path(TjBatch *b, TjBatchJob *j)
{
    char *file = g_strconcat(j->out_rel, ".stamp", NULL);
    char *p = g_build_filename(b->outdir, ".tujie-stamps", file, NULL);
    g_free(file);
    return p;
}

/* The sizes of the job's outputs, a line each ("png 71234"); FALSE when
 * one is missing or not a regular file. */
static gboolean
output_sizes(TjBatch *b, TjBatchJob *j, GString *into)
{
    for (guint f = 0; f < 3; f++) {
        if (!(b->opts.formats & (1u << f)))
            continue;
        char *out = g_strconcat(j->out_base, ".", extensions[f], NULL);
        GStatBuf st;
        gboolean ok = g_stat(out, &st) == 0 && S_ISREG(st.st_mode);
        g_free(out);
        if (!ok)
            return FALSE;
        g_string_append_printf(into, "%s %lld\n", extensions[f], (long long)st.st_size);
    }
    return TRUE;
}

/* A stamp is its hash's line and the outputs' sizes: an output cut short
 * by a crash (the stamps are written without fsync; the run ends with one
 * sync) does not match, and neither does a stamp torn by one. */
gboolean
tj__batch_stamp_fresh(TjBatch *b, TjBatchJob *j)
{
    GString *want = g_string_new(NULL);
    gboolean fresh = FALSE;
    char *path = tj__batch_stamp_path(b, j), *old = NULL;
    if (output_sizes(b, j, want) && g_file_get_contents(path, &old, NULL, NULL)) {
        char *now = job_hash(b, j);
        if (now) {
            g_string_prepend_c(want, '\n');
            g_string_prepend(want, now);
        }
        fresh = now && strcmp(old, want->str) == 0;
        g_free(now);
    }
    g_free(old);
    g_free(path);
    g_string_free(want, TRUE);
    return fresh;
}

void
tj__batch_stamp_write(TjBatch *b, TjBatchJob *j)
{
    char *hash = job_hash(b, j);
    if (!hash)
        return;
    GString *text = g_string_new(hash);
    g_string_append_c(text, '\n');
    char *path = tj__batch_stamp_path(b, j);
    char *dir = g_path_get_dirname(path);
    /* mkdir locks each folder of the path, existing or not: looked at first */
    if (!g_file_test(dir, G_FILE_TEST_IS_DIR))
        g_mkdir_with_parents(dir, 0755);
    /* no fsync for each (two per stamp were a tenth of a 100-chart batch) */
    if (output_sizes(b, j, text)) {
        int old = tj_render_reap_hold(path);  /* the old stamp freed off this thread */
        g_file_set_contents_full(path, text->str, (gssize)text->len, G_FILE_SET_CONTENTS_NONE,
                                 0644, NULL);
        tj_render_reap_release(old);
    }
    g_string_free(text, TRUE);
    g_free(dir);
    g_free(path);
    g_free(hash);
}

gboolean
tj__batch_layout_only(TjBatch *b, TjBatchJob *j, GError **error)
{
    TjFonts *fonts = g_async_queue_try_pop(b->fonts);
    if (!fonts)
        fonts = tj_fonts_new(b->opts.out.fonts_conf, error);
    if (!fonts)
        return FALSE;
    gboolean ok = tj__batch_bind_scene(j->spec, &b->opts.out, fonts, &j->scene, error);
    g_async_queue_push(b->fonts, fonts);
    return ok;
}

gboolean
tj__batch_bundle(TjBatch *b, GError **error)
{
    GPtrArray *scenes = g_ptr_array_new();
    for (guint i = 0; i < b->jobs->len; i++) {
        TjBatchJob *j = g_ptr_array_index(b->jobs, i);
        if (j->scene) {
            if (!tj_scene_title(j->scene) || !*tj_scene_title(j->scene))  /* the bookmark's name */
                tj_scene_set_meta(j->scene, j->name, NULL);
            g_ptr_array_add(scenes, j->scene);
        }
    }
    gboolean ok = TRUE;
    if (scenes->len) {
        GError *err = NULL;
        TjFonts *fonts = tj_fonts_new(b->opts.out.fonts_conf, &err);
        ok = fonts && tj__batch_bind_bundle((TjScene *const *)scenes->pdata, scenes->len, fonts,
                                            b->opts.bundle, &b->opts.out, &err);
        tj_fonts_free(fonts);
        if (err)
            g_propagate_error(error, err);
    }
    g_ptr_array_free(scenes, TRUE);
    return ok;
}
