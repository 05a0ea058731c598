/* core/datadir.c — the module's own folder (dladdr, /proc/self/exe), the
 * build tree's key file, paths relative to an installed prefix. */
#define _GNU_SOURCE 1  /* dladdr1, struct link_map */
#include "core/datadir.h"

#include <dlfcn.h>
#include <link.h>
#include <stdlib.h>

/* The file that holds this code: the shared library's path when it is
 * one (its link map names it), else the executable's. */
static char *
module_path(void)
{
    Dl_info info;
    struct link_map *map = NULL;
    if (dladdr1((void *)(gsize)&module_path, &info, (void **)&map, RTLD_DL_LINKMAP) &&
        map && map->l_name && map->l_name[0]) {
        char *real = realpath(map->l_name, NULL);  /* malloc'd */
        char *path = real ? g_strdup(real) : NULL;
        free(real);
        if (path)
            return path;
    }
    /* the main program (its link map's name is empty) */
    return g_file_read_link("/proc/self/exe", NULL);
}

static gpointer
find_self(gpointer unused)
{
    (void)unused;
    char *path = module_path();
    if (!path || !g_path_is_absolute(path)) {
        g_free(path);
        return NULL;
    }
    char *dir = g_path_get_dirname(path);
    g_free(path);
    return dir;
}

const char *
tj_datadir_self(void)
{
    static GOnce once = G_ONCE_INIT;
    return g_once(&once, find_self, NULL);
}

/* The [build-tree] keys of the build tree's key file next to the module or
 * one folder up, as absolute paths (key → path), read once and never
 * changed after; NULL for an installed module. */
static gpointer
load_build_tree(gpointer unused)
{
    (void)unused;
    const char *self = tj_datadir_self();
    if (!self)
        return NULL;
    const char *ups[] = { ".", ".." };
    GHashTable *keys = NULL;
    for (gsize i = 0; i < G_N_ELEMENTS(ups) && !keys; i++) {
        char *dir = g_build_filename(self, ups[i], NULL);
        char *file = g_build_filename(dir, TJ_DATADIR_BUILD_TREE, NULL);
        GKeyFile *kf = g_key_file_new();
        char **names = NULL;
        if (g_file_test(file, G_FILE_TEST_IS_REGULAR) &&
            g_key_file_load_from_file(kf, file, G_KEY_FILE_NONE, NULL) &&
            (names = g_key_file_get_keys(kf, "build-tree", NULL, NULL))) {
            keys = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
            for (char **k = names; *k; k++) {
                char *rel = g_key_file_get_string(kf, "build-tree", *k, NULL);
                if (rel && *rel)
                    g_hash_table_insert(keys, g_strdup(*k),
                                        g_path_is_absolute(rel) ? g_strdup(rel)
                                                                : g_build_filename(dir, rel, NULL));
                g_free(rel);
            }
        }
        g_strfreev(names);
        g_key_file_free(kf);
        g_free(file);
        g_free(dir);
    }
    return keys;
}

char *
tj_datadir_build(const char *key)
{
    static GOnce once = G_ONCE_INIT;
    GHashTable *keys = g_once(&once, load_build_tree, NULL);
    return keys ? g_strdup(g_hash_table_lookup(keys, key)) : NULL;
}

char *
tj_datadir_relative(const char *rel)
{
    const char *self = tj_datadir_self();
    return self ? g_build_filename(self, "..", rel, NULL) : NULL;
}
