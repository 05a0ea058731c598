/* tests/support/imgcmp.h — pixel-golden comparison of PNG files (cairo's
 * reference-image naming: NAME.ref.png, NAME.out.png, NAME.diff.png). */
#ifndef TJ_TESTS_IMGCMP_H
#define TJ_TESTS_IMGCMP_H

#include <glib.h>

typedef struct {
    int width, height;   /* of the output; -1 when it cannot be read */
    guint64 n_over;      /* pixels differing by more than the tolerance */
    int max_diff;        /* largest channel difference seen */
} TjtImgDiff;

/* Compares two PNG files channel by channel. Returns FALSE when either
 * cannot be read or their sizes differ. With @diff_png, writes an image of
 * the differences (amplified, red) over a faint copy of @ref_png. */
gboolean tjt_img_compare(const char *ref_png, const char *out_png,
                         int tolerance, TjtImgDiff *diff, const char *diff_png);

/* Checks @out_png against tests/golden/img/NAME.ref.png: fails the test when
 * the sizes differ or more than @max_fraction of the pixels differ by more
 * than @tolerance in any channel; then writes tests/out/NAME.out.png and
 * NAME.diff.png. With TJ_UPDATE_GOLDEN=1 rewrites the reference instead. */
void tjt_assert_png_golden(const char *name, const char *out_png,
                           double max_fraction, int tolerance);

/* Width, height and colour type from a PNG's IHDR (fails the test when
 * @path is not a PNG). */
void tjt_png_header(const char *path, guint32 *w, guint32 *h, int *color_type);

#endif
