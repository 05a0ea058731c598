/* fonts/config.c — which fontconfig configurations tujie draws with:
 * tujie's own two font files in a configuration built in code (fast: no
 * file parsed, two fonts to sort), a fonts.conf named by the caller (one
 * per path for the process's life), and the system's, each with the own
 * fonts added. fonts/fonts.c chooses among them per text. */
#include "fonts/fonts-private.h"

#include <errno.h>
#include <string.h>
#include "core/datadir.h"
#include "core/error.h"
#include "core/i18n.h"

/* Loads @path into a new configuration. */
static FcConfig *
load_config(const char *path, GError **error)
{
    if (!g_file_test(path, G_FILE_TEST_IS_REGULAR)) {
        g_set_error(error, TJ_ERROR, TJ_ERROR_IO,
                    _("font configuration “%s”: %s"), path,
                    g_file_test(path, G_FILE_TEST_EXISTS) ? _("not a file")
                                                          : g_strerror(ENOENT));
        return NULL;
    }
    FcConfig *config = FcConfigCreate();
    if (!FcConfigParseAndLoad(config, (const FcChar8 *)path, FcTrue) ||
        !FcConfigBuildFonts(config)) {
        FcConfigDestroy(config);
        g_set_error(error, TJ_ERROR, TJ_ERROR_IO,
                    _("font configuration “%s” cannot be loaded"), path);
        return NULL;
    }
    const char *own = tj_fonts_own_dir();
    if (own)
        FcConfigAppFontAddDir(config, (const FcChar8 *)own);
    FcFontSet *set = FcConfigGetFonts(config, FcSetSystem);
    if (!set || set->nfont == 0) {
        FcConfigDestroy(config);
        g_set_error(error, TJ_ERROR, TJ_ERROR_FONT,
                    _("font configuration “%s” finds no fonts"), path);
        return NULL;
    }
    return config;
}

/* One configuration per fonts.conf path for the process's life: parsing
 * and building it is slow next to a chart, and pango's background match/sort threads
 * keep references to it after a TjFonts is freed. Each TjFonts takes its
 * own reference as well. */
static GMutex configs_lock;
static GHashTable *configs;  /* path → FcConfig (one reference) */

FcConfig *
tj__fonts_shared_config(const char *path, GError **error)
{
    g_mutex_lock(&configs_lock);
    if (!configs)
        configs = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    FcConfig *config = g_hash_table_lookup(configs, path);
    if (!config && (config = load_config(path, error)))
        g_hash_table_insert(configs, g_strdup(path), config);
    if (config)
        FcConfigReference(config);
    g_mutex_unlock(&configs_lock);
    return config;
}

#ifndef TJ_FONTDIR_INSTALL
#define TJ_FONTDIR_INSTALL ""
#endif

static gboolean
has_own_fonts(const char *dir)
{
    if (!dir || !*dir)
        return FALSE;
    char *f = g_build_filename(dir, "TujieSansCJKsc-Regular.otf", NULL);
    gboolean ok = g_file_test(f, G_FILE_TEST_IS_REGULAR);
    g_free(f);
    return ok;
}

/* The folder of the own fonts (core/datadir.h): $TJ_FONT_DIR, else
 * $TJ_DATA_DIR/fonts — when one is set it is the only place looked at —
 * else the build tree's for a program of the build tree, else
 * MODULE_DIR/../share/tujie/fonts, else the installed prefix's. Never a
 * build tree's folder for an installed program. */
static gpointer
find_own_dir(gpointer unused)
{
    (void)unused;
    const char *font_dir = g_getenv("TJ_FONT_DIR"), *data_dir = g_getenv("TJ_DATA_DIR");
    char *candidates[3] = { NULL, NULL, NULL };
    if (font_dir && *font_dir)
        candidates[0] = g_strdup(font_dir);
    else if (data_dir && *data_dir)
        candidates[0] = g_build_filename(data_dir, "fonts", NULL);
    else {
        candidates[0] = tj_datadir_build("fonts");
        candidates[1] = tj_datadir_relative("share/tujie/fonts");
        candidates[2] = g_strdup(TJ_FONTDIR_INSTALL);
    }
    char *found = NULL;
    for (gsize i = 0; i < G_N_ELEMENTS(candidates); i++) {
        if (!found && has_own_fonts(candidates[i]))
            found = g_steal_pointer(&candidates[i]);
        g_free(candidates[i]);
    }
    return found;
}

const char *
tj_fonts_own_dir(void)
{
    static GOnce once = G_ONCE_INIT;
    return g_once(&once, find_own_dir, NULL);
}

/* tujie's own font files in a configuration of their own, built in code
 * once per process: no configuration file is parsed and pango sorts two
 * fonts, not every installed one, for each new font description (that sort
 * and loading the system configuration were a large share of a cold chart).
 * Text whose every character the own faces cover is laid out with it; any
 * other text goes to the full chain (fallback fonts, tofu), which then
 * loads the configuration. For covered text the full chain picks the same
 * faces, so both give the same glyphs and positions. */

/* fontconfig's per-folder cache (the user's, where the system
 * configuration writes it too) spares scanning the font files per process. */
static const char own_conf[] =
    "<fontconfig><cachedir prefix=\"xdg\">fontconfig</cachedir></fontconfig>";

/* The own faces of @dir in a configuration of their own; NULL without
 * them. */
static OwnFonts *
own_fonts_in(const char *dir)
{
    if (!dir)
        return NULL;
    FcConfig *config = FcConfigCreate();
    if (!config)
        return NULL;
    FcFontSet *set = NULL;
    OwnFonts *own = g_new0(OwnFonts, 1);
    if (FcConfigParseAndLoadFromMemory(config, (const FcChar8 *)own_conf, FcFalse) &&
        FcConfigBuildFonts(config) &&
        FcConfigAppFontAddDir(config, (const FcChar8 *)dir))
        set = FcConfigGetFonts(config, FcSetApplication);
    for (int i = 0; set && i < set->nfont && own->n_cover < 2; i++) {
        FcCharSet *cs = NULL;
        if (FcPatternGetCharSet(set->fonts[i], FC_CHARSET, 0, &cs) == FcResultMatch)
            own->cover[own->n_cover++] = cs;  /* lives as long as the config */
    }
    if (own->n_cover == 0) {
        FcConfigDestroy(config);
        g_free(own);
        return NULL;
    }
    own->config = config;
    own->dir = g_strdup(dir);
    return own;
}

static gpointer
build_own_fonts(gpointer unused)
{
    (void)unused;
    return own_fonts_in(tj_fonts_own_dir());
}

const OwnFonts *
tj__fonts_own(void)
{
    static GOnce once = G_ONCE_INIT;
    return g_once(&once, build_own_fonts, NULL);
}

/* @own's faces for a batch's worker @k (from 1): the same configuration
 * with each face's file named differently ("DIR/./…/./FILE", k times), so
 * cairo, which keeps one FreeType face and one glyph cache per file name and
 * locks them, gives this worker faces of its own (two workers drawing from
 * one face waited on each other's glyphs). NULL: use @own's configuration. */
static FcConfig *
renamed_config(const char *dir, guint k)
{
    FcConfig *config = FcConfigCreate();
    if (!config)
        return NULL;
    FcFontSet *set = NULL;
    if (FcConfigParseAndLoadFromMemory(config, (const FcChar8 *)own_conf, FcFalse) &&
        FcConfigBuildFonts(config) &&
        FcConfigAppFontAddDir(config, (const FcChar8 *)dir))
        set = FcConfigGetFonts(config, FcSetApplication);
    if (!set || set->nfont == 0) {
        FcConfigDestroy(config);
        return NULL;
    }
    GString *again = g_string_new(NULL);
    for (guint i = 0; i < k; i++)
        g_string_append(again, "/.");
    for (int i = 0; i < set->nfont; i++) {
        FcChar8 *file = NULL;
        if (FcPatternGetString(set->fonts[i], FC_FILE, 0, &file) != FcResultMatch)
            continue;
        const char *slash = strrchr((const char *)file, '/');
        if (!slash)
            continue;
        char *path = g_strdup_printf("%.*s%s%s", (int)(slash - (const char *)file),
                                     (const char *)file, again->str, slash);
        FcPattern *p = FcPatternDuplicate(set->fonts[i]);
        FcPatternDel(p, FC_FILE);
        FcPatternAddString(p, FC_FILE, (const FcChar8 *)path);
        FcPatternDestroy(set->fonts[i]);
        set->fonts[i] = p;
        g_free(path);
    }
    g_string_free(again, TRUE);
    return config;
}

/* Built once per process for each folder and worker number and kept, as
 * the own configuration is (a long-running program's next batch has the
 * same workers). */
static GMutex worker_lock;
static GHashTable *worker_configs;  /* "DIR\nK" → FcConfig */

FcConfig *
tj__fonts_config_for_worker(const OwnFonts *own, guint k)
{
    const char *dir = own ? own->dir : NULL;
    if (!dir || k == 0)
        return NULL;
    g_mutex_lock(&worker_lock);
    if (!worker_configs)
        worker_configs = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    char *key = g_strdup_printf("%s\n%u", dir, k);
    FcConfig *config = g_hash_table_lookup(worker_configs, key);
    if (!config && (config = renamed_config(dir, k))) {
        g_hash_table_insert(worker_configs, key, config);
        key = NULL;
    }
    g_free(key);
    g_mutex_unlock(&worker_lock);
    return config;
}

/* The own faces' TrueType copies (scripts/make-truetype.py), for PDF, live
 * in the folder named like the own one with "-truetype" (not inside it:
 * fontconfig scans subfolders too, and would see every face twice). Not
 * for measuring, PNG or SVG: HarfBuzz reads a TrueType face's whole glyf
 * table (the resident memory grows by the tables' size), and an SVG path holds cubic
 * curves, twice as many as quadratic ones. */
static gpointer
find_truetype_dir(gpointer unused)
{
    (void)unused;
    const char *own = tj_fonts_own_dir();
    if (!own)
        return NULL;
    char *dir = g_strconcat(own, "-truetype", NULL);
    char *file = g_build_filename(dir, "TujieSansCJKsc-Regular.ttf", NULL);
    gboolean ok = g_file_test(file, G_FILE_TEST_IS_REGULAR);
    g_free(file);
    if (!ok)
        g_clear_pointer(&dir, g_free);
    return dir;
}

const char *
tj_fonts_truetype_dir(void)
{
    static GOnce once = G_ONCE_INIT;
    return g_once(&once, find_truetype_dir, NULL);
}

gboolean
tj_fonts_pdf_ready(GError **error)
{
    if (tj__fonts_own_pdf() || tj__fonts_own())
        return TRUE;
    g_set_error(error, TJ_ERROR, TJ_ERROR_FONT,
                _("tujie's own fonts (TujieSansCJKsc-Regular.otf) were not found, and "
                  "without them a PDF would show some Chinese characters blank: no PDF "
                  "is written. Install tujie whole (make install puts them in "
                  "PREFIX/share/tujie/fonts), or name their folder with TJ_FONT_DIR "
                  "(or the installed data folder with TJ_DATA_DIR)"));
    return FALSE;
}

static gpointer
build_pdf_fonts(gpointer unused)
{
    (void)unused;
    return own_fonts_in(tj_fonts_truetype_dir());
}

const OwnFonts *
tj__fonts_own_pdf(void)
{
    static GOnce once = G_ONCE_INIT;
    return g_once(&once, build_pdf_fonts, NULL);
}

/* Whether the own faces have every character of @text (line breaks and
 * tabs need none). */
gboolean
tj__fonts_own_covers(const OwnFonts *own, const char *text)
{
    for (const char *p = text; *p; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        if (c == '\n' || c == '\r' || c == '\t')
            continue;
        for (int i = 0; i < own->n_cover; i++)
            if (!FcCharSetHasChar(own->cover[i], c))
                return FALSE;
    }
    return TRUE;
}

/* The system configuration gets tujie's own fonts once per process. */
static gpointer
add_own_to_default(gpointer unused)
{
    (void)unused;
    const char *own = tj_fonts_own_dir();
    if (own)
        FcConfigAppFontAddDir(NULL, (const FcChar8 *)own);
    return NULL;
}

/* Set by tj_fonts_set_process_default(): fontconfig's current
 * configuration is the own fonts', so the system's is loaded here, once,
 * when text first needs the full chain. */
static gint own_is_default;

static gpointer
load_system(gpointer unused)
{
    (void)unused;
    FcConfig *config = FcInitLoadConfigAndFonts();
    const char *own = tj_fonts_own_dir();
    if (config && own)
        FcConfigAppFontAddDir(config, (const FcChar8 *)own);
    return config;
}

gboolean
tj_fonts_set_process_default(void)
{
    const OwnFonts *own = tj__fonts_own();
    if (!own || !FcConfigSetCurrent(own->config))
        return FALSE;
    g_atomic_int_set(&own_is_default, TRUE);
    return TRUE;
}

FcConfig *
tj__fonts_default_config(void)
{
    if (g_atomic_int_get(&own_is_default)) {
        static GOnce sys_once = G_ONCE_INIT;
        FcConfig *sys = g_once(&sys_once, load_system, NULL);
        return sys ? FcConfigReference(sys) : NULL;
    }
    static GOnce once = G_ONCE_INIT;
    g_once(&once, add_own_to_default, NULL);
    return NULL;
}
