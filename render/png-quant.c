/* render/png-quant.c — palette quantisation for the PNG size budget:
 * Heckbert's median cut over a 5-5-5 bit colour histogram (32,768 cells,
 * each keeping its pixel count and colour sums, so a palette colour is the
 * true mean of the pixels it stands for: a flat #C8161D stays #C8161D).
 * The box with the most pixels × widest side is cut at its weighted median
 * along that side until there are @max boxes or none can be cut. Pixels
 * map to the nearest palette colour of their cell (a 32,768-entry table);
 * no dithering, so flat areas stay flat and compress well. Memory is fixed
 * (about 1 MiB), whatever the image size: the histogram is filled row by
 * row as the strips are drawn. */
#include "render/render-private.h"

#include <string.h>

#define BITS 5
#define SIDE (1 << BITS)
#define CELLS (SIDE * SIDE * SIDE)

typedef struct {
    guint64 count;
    guint64 sum[3];
} Cell;

struct TjQuant {
    Cell *cells;          /* CELLS */
    guint8 *map;          /* CELLS → palette index */
    guint8 palette[256 * 3];
    int n;
};

typedef struct {
    int lo[3], hi[3];     /* inclusive cell ranges per channel */
    guint64 count;
    gboolean solid;       /* cannot be cut */
} Box;

static inline int
cell_of(const guint8 *p)
{
    return ((p[0] >> (8 - BITS)) << (2 * BITS)) | ((p[1] >> (8 - BITS)) << BITS) |
           (p[2] >> (8 - BITS));
}

TjQuant *
tj__quant_new(void)
{
    TjQuant *q = g_new0(TjQuant, 1);
    q->cells = g_new0(Cell, CELLS);
    q->map = g_new0(guint8, CELLS);
    return q;
}

void
tj__quant_free(TjQuant *q)
{
    if (!q)
        return;
    g_free(q->cells);
    g_free(q->map);
    g_free(q);
}

void
tj__quant_add(TjQuant *q, const guint8 *rgb, int width)
{
    for (int x = 0; x < width; x++, rgb += 3) {
        Cell *c = &q->cells[cell_of(rgb)];
        c->count++;
        c->sum[0] += rgb[0];
        c->sum[1] += rgb[1];
        c->sum[2] += rgb[2];
    }
}

static inline const Cell *
at(const TjQuant *q, int r, int g, int b)
{
    return &q->cells[(r << (2 * BITS)) | (g << BITS) | b];
}

/* Shrinks @b to the cells that hold pixels and counts them. */
static void
fit_box(const TjQuant *q, Box *b)
{
    int lo[3] = { SIDE, SIDE, SIDE }, hi[3] = { -1, -1, -1 };
    b->count = 0;
    for (int r = b->lo[0]; r <= b->hi[0]; r++)
        for (int g = b->lo[1]; g <= b->hi[1]; g++)
            for (int bl = b->lo[2]; bl <= b->hi[2]; bl++) {
                guint64 n = at(q, r, g, bl)->count;
                if (!n)
                    continue;
                int v[3] = { r, g, bl };
                for (int k = 0; k < 3; k++)
                    lo[k] = MIN(lo[k], v[k]), hi[k] = MAX(hi[k], v[k]);
                b->count += n;
            }
    if (b->count)
        memcpy(b->lo, lo, sizeof lo), memcpy(b->hi, hi, sizeof hi);
}

static int
widest(const Box *b)
{
    int k = 0;
    for (int j = 1; j < 3; j++)
        if (b->hi[j] - b->lo[j] > b->hi[k] - b->lo[k])
            k = j;
    return k;
}

/* Cuts @b at the weighted median of its widest side into @b and @out;
 * FALSE (and @b unchanged) when it cannot be cut. */
static gboolean
cut_box(const TjQuant *q, Box *b, Box *out)
{
    int k = widest(b);
    if (b->hi[k] == b->lo[k])
        return FALSE;
    Box keep = *b;
    guint64 half = b->count / 2, acc = 0;
    int split = b->lo[k];
    for (int v = b->lo[k]; v < b->hi[k]; v++) {
        Box slab = *b;
        slab.lo[k] = slab.hi[k] = v;
        fit_box(q, &slab);
        acc += slab.count;
        split = v;
        if (acc >= half)
            break;
    }
    *out = *b;
    b->hi[k] = split;
    out->lo[k] = split + 1;
    fit_box(q, b);
    fit_box(q, out);
    if (b->count > 0 && out->count > 0)
        return TRUE;
    *b = keep;
    return FALSE;
}

static void
box_mean(const TjQuant *q, const Box *b, guint8 *rgb)
{
    guint64 sum[3] = { 0, 0, 0 }, n = 0;
    for (int r = b->lo[0]; r <= b->hi[0]; r++)
        for (int g = b->lo[1]; g <= b->hi[1]; g++)
            for (int bl = b->lo[2]; bl <= b->hi[2]; bl++) {
                const Cell *c = at(q, r, g, bl);
                n += c->count;
                for (int k = 0; k < 3; k++)
                    sum[k] += c->sum[k];
            }
    for (int k = 0; k < 3; k++)
        rgb[k] = (guint8)(n ? (sum[k] + n / 2) / n : 0);
}

/* The nearest palette entry to the mean (or centre) of every cell. */
static void
build_map(TjQuant *q)
{
    for (int i = 0; i < CELLS; i++) {
        const Cell *c = &q->cells[i];
        int v[3];
        for (int k = 0; k < 3; k++) {
            int centre = (((i >> ((2 - k) * BITS)) & (SIDE - 1)) << (8 - BITS)) + (1 << (7 - BITS));
            v[k] = c->count ? (int)(c->sum[k] / c->count) : centre;
        }
        int best = 0, best_d = G_MAXINT;
        for (int j = 0; j < q->n; j++) {
            const guint8 *p = &q->palette[3 * j];
            int d = (v[0] - p[0]) * (v[0] - p[0]) * 3 + (v[1] - p[1]) * (v[1] - p[1]) * 4 +
                    (v[2] - p[2]) * (v[2] - p[2]) * 2;
            if (d < best_d)
                best_d = d, best = j;
        }
        q->map[i] = (guint8)best;
    }
}

int
tj__quant_finish(TjQuant *q, int max, guint8 *palette)
{
    max = CLAMP(max, 1, 256);
    Box *boxes = g_new(Box, max);
    int n = 1;
    boxes[0] = (Box){ { 0, 0, 0 }, { SIDE - 1, SIDE - 1, SIDE - 1 }, 0, FALSE };
    fit_box(q, &boxes[0]);
    while (n < max) {
        int pick = -1;
        guint64 best = 0;
        for (int i = 0; i < n; i++) {
            int k = widest(&boxes[i]);
            guint64 score = boxes[i].count * (guint64)(boxes[i].hi[k] - boxes[i].lo[k]);
            if (!boxes[i].solid && score > best)
                best = score, pick = i;
        }
        if (pick < 0)
            break;
        if (cut_box(q, &boxes[pick], &boxes[n]))
            n++;
        else
            boxes[pick].solid = TRUE;
    }
    q->n = n;
    for (int i = 0; i < n; i++)
        box_mean(q, &boxes[i], &q->palette[3 * i]);
    g_free(boxes);
    build_map(q);
    memcpy(palette, q->palette, (gsize)n * 3);
    return n;
}

void
tj__quant_map(const TjQuant *q, const guint8 *rgb, guint8 *index, int width)
{
    for (int x = 0; x < width; x++, rgb += 3)
        index[x] = q->map[cell_of(rgb)];
}
