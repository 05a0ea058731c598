/* layouts/image.c — an image block: the picture scaled to the largest box
 * of its own aspect ratio that fits the cell above the caption's room
 * ("contain"), the caption (at most three balanced lines in notes grey,
 * centred) right under it, the two together centred in the cell. The layout never decodes anything: it has
 * the intrinsic size the api read. */
#include "layouts/image.h"

#include <math.h>

#include "layouts/common.h"
#include "layouts/text.h"

#define CAPTION_GAP 12.0     /* between the picture and its caption */
#define CAPTION_LINES 3
#define LINE_HEIGHT 1.5
#define MAX_ENLARGE 2.0      /* a PNG's pixels, at most this many px each */
#define MAX_TALL 1.25        /* a picture's height, at most this × width */

static GPtrArray *
caption_lines(const TjMeasurer *m, const char *caption, const TjFontStyle *font, double w)
{
    if (!caption || !*caption)
        return g_ptr_array_new_with_free_func(g_free);
    return tj_text_fit_lines(m, caption, font, w, CAPTION_LINES, NULL);
}

static double
caption_height(guint n, const TjFontStyle *font)
{
    return n ? CAPTION_GAP + n * font->size * LINE_HEIGHT : 0;
}

double
tj_image_block_height(const TjImage *img, const char *caption, double width,
                      const TjTheme *th, const TjMeasurer *m)
{
    TjFontStyle font = tj_font(th->size_note, FALSE);
    GPtrArray *lines = caption_lines(m, caption, &font, width);
    double cap = caption_height(lines->len, &font);
    g_ptr_array_unref(lines);
    double w = width;
    if (img->type == TJ_IMAGE_PNG)
        w = MIN(w, img->width * MAX_ENLARGE);
    double h = MIN(w * img->height / img->width, width * MAX_TALL);
    return ceil(h + cap);
}

void
tj_layout_image(TjScene *s, const TjImage *img, const char *caption, double width,
                double height, const TjTheme *th, const TjMeasurer *m)
{
    TjFontStyle font = tj_font(th->size_note, FALSE);
    GPtrArray *lines = caption_lines(m, caption, &font, width);
    double cap = caption_height(lines->len, &font);
    tj_scene_group_begin(s, "chart.image", caption && *caption ? caption : NULL);
    double room_h = MAX(1, height - cap), room_w = MAX(1, width);
    if (img->type == TJ_IMAGE_PNG)  /* a small PNG is not blown up */
        room_w = MIN(room_w, img->width * MAX_ENLARGE);
    double k = MIN(room_w / img->width, room_h / img->height);
    double w = img->width * k, h = img->height * k;
    double top = MAX(0, (height - h - cap) / 2);
    tj_scene_image(s, "image", (width - w) / 2, top, w, h, img);
    TjTextExtents e;
    tj_measure(m, "国", &font, &e);
    double lh = font.size * LINE_HEIGHT;
    double y = top + h + CAPTION_GAP;
    guint first_line = tj_scene_n_items(s);
    for (guint i = 0; i < lines->len; i++, y += lh) {
        /* a run with no break point wider than the cell is shortened */
        char *line = tj_text_shorten(m, lines->pdata[i], &font, width);
        tj_lay_text(s, m, "image.caption", width / 2, y + (lh - e.height) / 2 + e.ascent, line,
                    &font, th->text_secondary, TJ_ANCHOR_MIDDLE, NULL);
        g_free(line);
    }
    tj_scene_text_join(s, first_line, lines->len);
    g_ptr_array_unref(lines);
    tj_scene_group_end(s);
}
