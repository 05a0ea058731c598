/* render/png-deflate.c — a PNG's zlib stream (the IDAT data).
 * An image whose filtered rows fit in WHOLE_MAX (a chart at scale 2 does)
 * is kept whole, in huge pages, and compressed at the end on the calling
 * thread by libdeflate: its level 6 takes less CPU than zlib's level 4 for
 * smaller files (bench/RESULTS.md), and a batch's workers, not helper threads, use the other cores. libdeflate
 * writes only whole streams (its last block is final), so it cannot
 * compress pieces of one stream in parallel.
 * A taller image (a page) goes through zlib, in a pipeline: while the
 * caller draws the next strip into one of SLOTS buffers, the strips before
 * it are deflated on the process's pool of helper threads, each cut in two
 * halves. Every piece is a raw deflate stream of its own, primed with the
 * 32 KiB of data before it (deflateSetDictionary, so matches reach back as
 * in one stream) and ended on a byte boundary with Z_SYNC_FLUSH (an empty
 * stored block, not final); the last piece ends with Z_FINISH. Their
 * concatenation in order, after a zlib header and before the Adler-32 of
 * all the data (combined from the pieces' own), is one valid zlib stream.
 * Within a piece, runs of rows that repeat the row before (given filter
 * Up, so all zero) go through Z_RLE, which does not hash every byte as
 * lazy matching does: a chart's margins and the stretches between its
 * labels and gridlines are half its rows.
 * The cut points depend only on the data, so the bytes do not depend on
 * thread timing. */
#include "render/render-private.h"

#include <libdeflate.h>
#include <string.h>
#include <sys/mman.h>
#include <zlib.h>

#define WHOLE_MAX (16u << 20)  /* filtered bytes an image kept whole may have */
#define WINDOW 32768           /* deflate's window: the dictionary of a piece */
#define MIN_SPLIT (256u << 10) /* smaller parts are one piece */
#define MARGIN (128u << 10)    /* output room kept free (a block's worth) */
#define FILTER_UP 2            /* PNG's filter type Up */
#define RUN_MIN 4              /* repeated rows worth a Z_RLE block */
#define SLOTS 3                /* parts in flight: one being drawn, two deflated */
#define HUGE_PAGE (2u << 20)

/* A buffer of whole huge pages where the kernel gives them: a chart's
 * image in small pages is a page fault per page, and page faults are
 * expensive in a virtual machine. */
typedef struct {
    guint8 *data;
    gsize cap;
} Big;

static void
big_free(Big *b)
{
    if (b->data)
        munmap(b->data, b->cap);
    b->data = NULL;
    b->cap = 0;
}

/* At least @need bytes in @b (its old contents are not kept); @huge: in
 * huge pages (for a buffer that will be filled: the kernel zeroes each
 * 2 MiB page at its first touch). */
static gboolean
big_reserve(Big *b, gsize need, gboolean huge)
{
    if (need <= b->cap)
        return TRUE;
    big_free(b);
    gsize cap = (need + HUGE_PAGE - 1) / HUGE_PAGE * HUGE_PAGE;
    void *p = mmap(NULL, cap, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
        return FALSE;
#ifdef MADV_HUGEPAGE
    if (huge)
        madvise(p, cap, MADV_HUGEPAGE);  /* a hint: fine when refused */
#endif
    b->data = p;
    b->cap = cap;
    return TRUE;
}

typedef struct TjDeflatePiece Piece;
struct TjDeflatePiece {
    TjDeflate *owner;
    z_stream z;
    gboolean ready;        /* deflateInit2 done */
    int level;
    int strategy;          /* the stream's current one */
    gsize row_bytes;       /* a filtered row: filter byte + pixels */
    const guint8 *data;    /* this piece */
    gsize len;
    guint8 dict[WINDOW];   /* the data before it */
    gsize dict_len;
    gboolean last;
    GByteArray *out;
    uLong adler;
    int zerr;              /* Z_OK, or zlib's error */
    gboolean done;         /* under owner->lock */
};

typedef struct {
    Big raw;               /* the part's filtered rows */
    Piece piece[2];
    int n_pieces;          /* in flight; 0: the slot is free */
} Slot;

struct TjDeflate {
    int level;
    gsize row_bytes;
    /* whole */
    gboolean whole;        /* this image: kept whole for libdeflate */
    Big all;               /* its data so far */
    gsize all_len;
    Big zbuf;              /* its compressed bytes */
    struct libdeflate_compressor *ld;  /* made on first use, kept */
    /* pipeline */
    GMutex lock;           /* pieces' done flags */
    GCond cond;
    Slot slot[SLOTS];
    guint next;            /* the slot the next part goes into */
    guint n_flight;        /* slots in flight, the oldest at next - n_flight */
    guint8 tail[WINDOW];   /* the end of the data submitted so far */
    gsize tail_len;
    GByteArray *pending;   /* finished stream bytes not yet handed out */
    gboolean started;      /* the zlib header is out */
    uLong adler;
    const char *zmsg;      /* the first error */
};

static void wait_all(TjDeflate *d);

static void
destroy(TjDeflate *d)
{
    if (!d)
        return;
    wait_all(d);
    for (int s = 0; s < SLOTS; s++) {
        for (int i = 0; i < 2; i++) {
            if (d->slot[s].piece[i].ready)
                deflateEnd(&d->slot[s].piece[i].z);
            g_byte_array_unref(d->slot[s].piece[i].out);
        }
        big_free(&d->slot[s].raw);
    }
    if (d->ld)
        libdeflate_free_compressor(d->ld);
    big_free(&d->all);
    big_free(&d->zbuf);
    g_byte_array_unref(d->pending);
    g_mutex_clear(&d->lock);
    g_cond_clear(&d->cond);
    g_free(d);
}

/* One TjDeflate kept per thread between images (its zlib states and
 * buffers: a batch would otherwise map and fault them in for each). */
static GPrivate spare = G_PRIVATE_INIT((GDestroyNotify)destroy);

TjDeflate *
tj__deflate_new(int level, gsize row_bytes, guint64 total_bytes)
{
    TjDeflate *d = g_private_get(&spare);
    if (d && d->level != level) {  /* (the budget's pass at level 9) */
        destroy(d);
        d = NULL;
    }
    g_private_set(&spare, NULL);
    if (!d) {
        d = g_new0(TjDeflate, 1);
        d->level = level;
        g_mutex_init(&d->lock);
        g_cond_init(&d->cond);
        for (int s = 0; s < SLOTS; s++)
            for (int i = 0; i < 2; i++) {
                d->slot[s].piece[i].out = g_byte_array_new();
                d->slot[s].piece[i].owner = d;
            }
        d->pending = g_byte_array_new();
    }
    d->row_bytes = row_bytes;
    d->whole = total_bytes <= WHOLE_MAX && big_reserve(&d->all, total_bytes, TRUE);
    d->all_len = 0;
    d->tail_len = 0;
    d->next = 0;
    d->n_flight = 0;
    d->zmsg = NULL;
    d->started = FALSE;
    g_byte_array_set_size(d->pending, 0);
    d->adler = adler32(0, NULL, 0);
    return d;
}

void
tj__deflate_free(TjDeflate *d)
{
    if (!d)
        return;
    wait_all(d);  /* after an error, pieces may still be running */
    TjDeflate *old = g_private_get(&spare);
    g_private_set(&spare, d);
    destroy(old);
}

/* ---- one piece, on a helper thread ---------------------------------------- */

/* At least @need free bytes after p->z.next_out in p->out. */
static void
room(Piece *p, gsize need)
{
    if (p->z.avail_out >= need)
        return;
    gsize used = (gsize)(p->z.next_out - p->out->data);
    g_byte_array_set_size(p->out, (guint)MAX(p->out->len * 2, used + need));
    p->z.next_out = p->out->data + used;
    p->z.avail_out = (uInt)(p->out->len - used);
}

/* Compresses @len bytes with @strategy (switching to it first: that ends
 * the current block, and keeps the window). */
static int
feed(Piece *p, const guint8 *data, gsize len, int strategy)
{
    room(p, MARGIN);
    if (strategy != p->strategy) {
        int r = deflateParams(&p->z, p->level, strategy);
        if (r != Z_OK)
            return r;
        p->strategy = strategy;
    }
    p->z.next_in = (Bytef *)data;
    p->z.avail_in = (uInt)len;
    do {
        room(p, MARGIN);
        int r = deflate(&p->z, Z_NO_FLUSH);
        if (r != Z_OK)
            return r;
    } while (p->z.avail_in > 0);
    return Z_OK;
}

static int
finish(Piece *p)
{
    int flush = p->last ? Z_FINISH : Z_SYNC_FLUSH, r;
    do {
        room(p, MARGIN);
        r = deflate(&p->z, flush);
        if (r != Z_OK && r != Z_STREAM_END)
            return r;
    } while (p->last ? r != Z_STREAM_END : p->z.avail_out == 0);
    return Z_OK;
}

/* The piece's rows as blocks: runs of at least RUN_MIN repeated rows
 * (filter Up, all zero) with Z_RLE, which does not hash every byte, the
 * rest with the default strategy. */
static int
deflate_rows(Piece *p)
{
    const guint8 *row = p->data, *end = p->data + p->len, *seg = row;
    gsize rb = p->row_bytes;
    int r = Z_OK;
    while (row < end && r == Z_OK) {
        const guint8 *q = row;
        while (q < end && q[0] == FILTER_UP)
            q += rb;
        if ((gsize)(q - row) >= RUN_MIN * rb) {
            if (row > seg)
                r = feed(p, seg, (gsize)(row - seg), Z_DEFAULT_STRATEGY);
            if (r == Z_OK)
                r = feed(p, row, (gsize)(q - row), Z_RLE);
            seg = q;
        }
        row = q > row ? q : row + rb;
    }
    if (r == Z_OK && end > seg)
        r = feed(p, seg, (gsize)(end - seg), Z_DEFAULT_STRATEGY);
    return r == Z_OK ? finish(p) : r;
}

/* Deflates one piece into p->out (replacing what was there). */
static void
run_piece(Piece *p)
{
    p->adler = libdeflate_adler32(1, p->data, p->len);  /* SIMD, unlike zlib's */
    if (!p->ready) {
        memset(&p->z, 0, sizeof p->z);
        if ((p->zerr = deflateInit2(&p->z, p->level, Z_DEFLATED, -15, 8,
                                    Z_DEFAULT_STRATEGY)) != Z_OK)
            return;
        p->ready = TRUE;
        p->strategy = Z_DEFAULT_STRATEGY;
    } else if ((p->zerr = deflateReset(&p->z)) != Z_OK) {
        return;  /* (a reset keeps the strategy last set) */
    }
    if (p->dict_len > 0 &&
        (p->zerr = deflateSetDictionary(&p->z, p->dict, (uInt)p->dict_len)) != Z_OK)
        return;
    g_byte_array_set_size(p->out, (guint)(deflateBound(&p->z, (uLong)p->len) + MARGIN));
    p->z.next_out = p->out->data;
    p->z.avail_out = p->out->len;
    if ((p->zerr = deflate_rows(p)) != Z_OK)
        return;
    g_byte_array_set_size(p->out, (guint)(p->z.next_out - p->out->data));
}

static void
piece_done(Piece *p)
{
    g_mutex_lock(&p->owner->lock);
    p->done = TRUE;
    g_cond_broadcast(&p->owner->cond);
    g_mutex_unlock(&p->owner->lock);
}

/* The helpers: one shared pool of threads that live as long as the
 * process (no thread start per strip). */
static void
pool_run(gpointer data, gpointer unused)
{
    (void)unused;
    run_piece(data);
    piece_done(data);
}

static gpointer
new_pool(gpointer unused)
{
    (void)unused;
    return g_thread_pool_new(pool_run, NULL, (int)MAX(g_get_num_processors(), 2),
                             FALSE, NULL);
}

static GThreadPool *
pool(void)
{
    static GOnce once = G_ONCE_INIT;
    return g_once(&once, new_pool, NULL);
}

/* ---- the pipeline, on the caller's thread ---------------------------------- */

/* Hands the oldest slot's pieces on to d->pending in order, once they are
 * done (waiting for them). */
static void
drain_one(TjDeflate *d)
{
    Slot *s = &d->slot[(d->next + SLOTS - d->n_flight) % SLOTS];
    g_mutex_lock(&d->lock);
    for (int i = 0; i < s->n_pieces; i++)
        while (!s->piece[i].done)
            g_cond_wait(&d->cond, &d->lock);
    g_mutex_unlock(&d->lock);
    for (int i = 0; i < s->n_pieces; i++) {
        Piece *p = &s->piece[i];
        if (p->zerr != Z_OK && !d->zmsg)
            d->zmsg = p->z.msg ? p->z.msg : zError(p->zerr);
        g_byte_array_append(d->pending, p->out->data, p->out->len);
        d->adler = adler32_combine(d->adler, p->adler, (z_off_t)p->len);
    }
    s->n_pieces = 0;
    d->n_flight--;
}

static void
wait_all(TjDeflate *d)
{
    while (d->n_flight > 0)
        drain_one(d);
}

guint8 *
tj__deflate_buffer(TjDeflate *d, gsize len)
{
    if (d->whole)
        return len <= d->all.cap - d->all_len ? d->all.data + d->all_len : NULL;
    Slot *s = &d->slot[d->next];
    if (s->n_pieces > 0)  /* the oldest in flight: its buffer is needed again */
        drain_one(d);
    return big_reserve(&s->raw, len, TRUE) ? s->raw.data : NULL;
}

/* Keeps the last WINDOW bytes seen, for the next part's first piece. */
static void
keep_window(TjDeflate *d, const guint8 *data, gsize len)
{
    if (len >= WINDOW) {
        memcpy(d->tail, data + len - WINDOW, WINDOW);
        d->tail_len = WINDOW;
        return;
    }
    gsize keep = MIN(d->tail_len, WINDOW - len);
    memmove(d->tail, d->tail + d->tail_len - keep, keep);
    memcpy(d->tail + keep, data, len);
    d->tail_len = keep + len;
}

static void
start_piece(TjDeflate *d, Piece *p, const guint8 *data, gsize len, gboolean last)
{
    memcpy(p->dict, d->tail, d->tail_len);
    p->dict_len = d->tail_len;
    keep_window(d, data, len);
    p->data = data;
    p->len = len;
    p->last = last;
    p->level = d->level;
    p->row_bytes = d->row_bytes;
    p->zerr = Z_OK;
    p->done = FALSE;
    if (!g_thread_pool_push(pool(), p, NULL)) {
        run_piece(p);  /* no helper thread: here */
        piece_done(p);
    }
}

/* libdeflate's level for zlib's: 4 (the default) → 6, 9 (a size budget)
 * → 12, its slowest and smallest. */
static int
ld_level(int zlib_level)
{
    return zlib_level >= 9 ? 12 : zlib_level <= 1 ? 1 : zlib_level + 2;
}

/* The whole image at once, when the last part came. */
static gboolean
add_whole(TjDeflate *d, gsize len, gboolean last, GByteArray *out, const char **zmsg)
{
    d->all_len += len;
    if (!last)
        return TRUE;
    if (!d->ld && !(d->ld = libdeflate_alloc_compressor(ld_level(d->level)))) {
        *zmsg = "libdeflate: out of memory";
        return FALSE;
    }
    gsize bound = libdeflate_zlib_compress_bound(d->ld, d->all_len), n;
    if (!big_reserve(&d->zbuf, bound, FALSE) ||
        !(n = libdeflate_zlib_compress(d->ld, d->all.data, d->all_len, d->zbuf.data, bound))) {
        *zmsg = "libdeflate: out of memory";
        return FALSE;
    }
    g_byte_array_append(out, d->zbuf.data, (guint)n);
    return TRUE;
}

gboolean
tj__deflate_add(TjDeflate *d, gsize len, gboolean last, GByteArray *out, const char **zmsg)
{
    if (d->whole)
        return add_whole(d, len, last, out, zmsg);
    if (!d->started) {
        d->started = TRUE;
        /* CMF: deflate, 32 KiB window; FLG: the level class, check bits */
        guint8 flevel = d->level <= 1 ? 0 : d->level <= 5 ? 1 : d->level == 6 ? 2 : 3;
        guint8 head[2] = { 0x78, (guint8)(flevel << 6) };
        head[1] |= (guint8)(31 - (head[0] * 256 + head[1]) % 31);
        g_byte_array_append(d->pending, head, 2);
    }
    Slot *s = &d->slot[d->next];
    gboolean two = len >= MIN_SPLIT && len / d->row_bytes >= 2;
    gsize half = two ? len / d->row_bytes / 2 * d->row_bytes : len;
    s->n_pieces = two ? 2 : 1;
    d->next = (d->next + 1) % SLOTS;
    d->n_flight++;
    start_piece(d, &s->piece[0], s->raw.data, half, last && !two);
    if (two)
        start_piece(d, &s->piece[1], s->raw.data + half, len - half, last);
    /* what is handed out depends on the data only, never on how far the
     * helpers got (the IDAT chunks are cut where the caller's parts end):
     * the part from SLOTS - 1 calls ago, or all at the last */
    while (d->n_flight > (last ? 0u : SLOTS - 1u))
        drain_one(d);
    if (last && !d->zmsg) {
        guint8 tail[4] = { (guint8)(d->adler >> 24), (guint8)(d->adler >> 16),
                           (guint8)(d->adler >> 8), (guint8)d->adler };
        g_byte_array_append(d->pending, tail, 4);
    }
    g_byte_array_append(out, d->pending->data, d->pending->len);
    g_byte_array_set_size(d->pending, 0);
    *zmsg = d->zmsg;
    return !d->zmsg;
}
