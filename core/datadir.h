/* core/datadir.h — where tujie's data (its own fonts, its message
 * catalogues) is for the program or library this code was linked into,
 * found from that file's own place, never from a path compiled in at build
 * time: an installed prefix can be moved or copied whole, and a build
 * tree's folders are never searched by an installed copy.
 *
 * The module is the executable (tujie, a program linking libtujie.a) or
 * the shared library (libtujie.so) that holds this code. An installed
 * module finds its data at MODULE_DIR/../share (what `make install` lays
 * out). A module of tujie's build tree finds the key file
 * "tujie-build-tree" that make writes into the build folder, next to it or
 * one folder up (build/tujie, build/libtujie.so, build/tests/test-*); its
 * [build-tree] keys name the data folders relative to that folder. An
 * installed prefix has no such file. */
#ifndef TJ_CORE_DATADIR_H
#define TJ_CORE_DATADIR_H

#include <glib.h>

/* The name of the key file that marks tujie's build tree. */
#define TJ_DATADIR_BUILD_TREE "tujie-build-tree"

/* The folder of the module (symbolic links resolved), found once; NULL
 * where the system does not say (no /proc). (transfer none) */
const char *tj_datadir_self(void);

/* The folder that the build tree's key file names for @key ("fonts",
 * "locale") when the module is part of tujie's build tree, else NULL.
 * (transfer full) g_free(). */
char *tj_datadir_build(const char *key);

/* MODULE_DIR/../@rel ("share/tujie/fonts"), NULL without a module folder.
 * (transfer full) g_free(). */
char *tj_datadir_relative(const char *rel);

#endif
