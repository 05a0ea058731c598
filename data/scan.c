/* data/scan.c — streaming a line chart's columns (see scan.h). The file is
 * read in 1 MiB pieces; each row's x, values and place are a snapshot,
 * copied into the slots of its x bucket (per value column: first, lowest,
 * highest and last finite value, first and last missing one) when it
 * beats what is there. At the end the filled slots, sorted by row, are the
 * points. The x span is known before the pass from the first and the
 * last row, as x ascends. */
#include "data/scan.h"
#include "data/table-private.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "core/i18n.h"
#include "data/number.h"

#define CHUNK (1 << 20)
#define EDGE 65536     /* bytes read to find the first and the last row */

enum { S_FIRST, S_LO, S_HI, S_LAST, S_GAP0, S_GAP1, N_SLOTS };

typedef struct {
    guint64 row;
    double x;
    guint32 line, xcol;
    double y[TJ_SCAN_MAX_Y];
    gint8 dec[TJ_SCAN_MAX_Y];
    gboolean set;
} Snap;

typedef struct {
    const TjTable *t;
    guint xcol, n_y;
    const guint *ycols;
    guint n_where;
    const guint *where_cols;
    const char *const *where_vals;
    TjScanX kind;
    guint buckets;
    double x0, x1, prev_x;
    TjDateUnit unit;
    int x_dec;
    Snap cur;
    Snap *slots;        /* buckets × n_y × N_SLOTS */
    guint64 rows;
    guint32 line;
} Scan;

/* A plain decimal [-+]digits[.digits] filling [a, b): its decimals, or -1.
 * Up to 15 digits the value is the integer of the digits divided by a
 * power of ten: both exact doubles, so one correctly rounded division
 * gives what strtod gives. */
static int
plain(const char *a, const char *b, double *v)
{
    static const double p10[] = { 1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
                                  1e11, 1e12, 1e13, 1e14, 1e15 };
    const char *p = a;
    int dig = 0, dec = 0;
    gint64 mant = 0;
    gboolean neg = p < b && *p == '-';
    if (p < b && (*p == '-' || *p == '+'))
        p++;
    for (; p < b && g_ascii_isdigit(*p); p++, dig++)
        mant = dig < 18 ? mant * 10 + (*p - '0') : mant;
    if (p < b && *p == '.')
        for (p++; p < b && g_ascii_isdigit(*p); p++, dig++, dec++)
            mant = dig < 18 ? mant * 10 + (*p - '0') : mant;
    if (p != b || dig == 0)
        return -1;
    if (dig <= 15)
        *v = (neg ? -(double)mant : (double)mant) / p10[dec];
    else
        *v = g_ascii_strtod(a, NULL);
    return dec;
}

static gboolean
drawable(double v, int dec)
{
    double a = fabs(v);
    return dec <= 12 && isfinite(v) && (a == 0 || (a >= 1e-6 && a <= 1e15));
}

/* A value cell: TRUE with *v (NAN missing) and *dec, FALSE when it is not
 * a plain number (the ordinary reader decides what it is). */
static gboolean
read_value(const char *a, const char *b, double *v, gint8 *dec)
{
    int d = plain(a, b, v);
    if (d >= 0) {
        *dec = (gint8)MIN(d, 127);
        return drawable(*v, d);
    }
    char buf[64];
    if (b - a >= (gssize)sizeof buf)
        return FALSE;
    memcpy(buf, a, b - a);
    buf[b - a] = '\0';
    TjNumber n;
    TjNumKind k = tj_number_parse(buf, &n, NULL);
    if (k == TJ_NUM_MISSING) {
        *v = NAN;
        *dec = -1;
        return TRUE;
    }
    if (k != TJ_NUM_VALUE || n.unit || n.prefix || n.suffix || n.percent || n.magnitude)
        return FALSE;
    *v = n.value;
    *dec = n.decimals;
    return drawable(n.value, n.decimals);
}

static gboolean
read_date(Scan *s, const char *a, const char *b, double *x)
{
    char buf[64];
    if (b - a >= (gssize)sizeof buf)
        return FALSE;
    memcpy(buf, a, b - a);
    buf[b - a] = '\0';
    TjDateUnit u = tj_date_parse_days(buf, x);
    if (u == TJ_DATE_NONE)
        return FALSE;
    s->unit = MAX(s->unit, u);
    return TRUE;
}

/* x as the column's kind; the first row decides an AUTO column as
 * layouts/xtype.c would (a date when it reads as one: years too), and a
 * later cell of another kind ends the stream (the ordinary reader then
 * decides on every cell). */
static gboolean
read_x(Scan *s, const char *a, const char *b, double *x)
{
    if (s->kind == TJ_SCAN_X_AUTO)
        s->kind = read_date(s, a, b, x) ? TJ_SCAN_X_DATE : TJ_SCAN_X_NUMBER;
    if (s->kind == TJ_SCAN_X_DATE)
        return read_date(s, a, b, x);
    int d = plain(a, b, x);
    if (d < 0 || !isfinite(*x))
        return FALSE;
    s->x_dec = MAX(s->x_dec, d);
    return TRUE;
}

/* Splits one line (no line break) into s->cur; 1: a row, 0: blank or
 * not picked by the filters, -1: not streamable. Cells are read only for
 * rows the filters pick. */
static int
parse_line(Scan *s, const char *p, const char *end)
{
    if (end > p && end[-1] == '\r')
        end--;
    gsize a = 0, b = (gsize)(end - p);
    tj__table_trim(p, &a, &b);
    if (a == b)
        return 0;
    if (memchr(p, '"', end - p) || memchr(p, '\r', end - p))
        return -1;
    char delim = s->t->delimiter;
    guint col = 0;
    gsize xa = 0, xb = 0, ya[TJ_SCAN_MAX_Y], yb[TJ_SCAN_MAX_Y];
    gboolean picked = TRUE;
    const char *f = p;
    for (;;) {
        const char *e = memchr(f, delim, end - f);
        const char *fe = e ? e : end;
        gsize fa = (gsize)(f - p), fb = (gsize)(fe - p);
        tj__table_trim(p, &fa, &fb);
        if (col == s->xcol)
            xa = fa, xb = fb;
        for (guint k = 0; k < s->n_y; k++)
            if (col == s->ycols[k])
                ya[k] = fa, yb[k] = fb;
        for (guint k = 0; k < s->n_where; k++)
            if (col == s->where_cols[k])
                picked = picked && fb - fa == strlen(s->where_vals[k]) &&
                         memcmp(p + fa, s->where_vals[k], fb - fa) == 0;
        col++;
        if (!e)
            break;
        f = e + 1;
    }
    if (col != s->t->n_cols)
        return -1;
    if (!picked)
        return 0;
    if (!read_x(s, p + xa, p + xb, &s->cur.x))
        return -1;
    s->cur.xcol = (guint32)g_utf8_strlen(p, (gssize)xa) + 1;
    for (guint k = 0; k < s->n_y; k++)
        if (!read_value(p + ya[k], p + yb[k], &s->cur.y[k], &s->cur.dec[k]))
            return -1;
    return 1;
}

static void
keep(Scan *s)
{
    double w = s->x1 - s->x0;
    guint b = w > 0 ? (guint)CLAMP((s->cur.x - s->x0) / w * s->buckets, 0, s->buckets - 1) : 0;
    s->cur.set = TRUE;
    for (guint k = 0; k < s->n_y; k++) {
        Snap *sl = s->slots + ((gsize)b * s->n_y + k) * N_SLOTS;
        double v = s->cur.y[k];
        if (isnan(v)) {
            sl[sl[S_GAP0].set ? S_GAP1 : S_GAP0] = s->cur;
            continue;
        }
        if (!sl[S_FIRST].set)
            sl[S_FIRST] = sl[S_LO] = sl[S_HI] = s->cur;
        else if (v < sl[S_LO].y[k])
            sl[S_LO] = s->cur;
        else if (v > sl[S_HI].y[k])
            sl[S_HI] = s->cur;
        sl[S_LAST] = s->cur;
    }
}

/* One line of the pass: -1 not streamable, else 0. */
static int
row(Scan *s, const char *p, const char *end)
{
    s->line++;
    if (s->line == 1)
        return 0;   /* the header */
    s->cur.line = s->line;
    int r = parse_line(s, p, end);
    if (r <= 0)
        return r;
    if (s->rows > 0 && s->cur.x < s->prev_x)
        return -1;  /* not ascending: the ordinary reader sorts */
    s->prev_x = s->cur.x;
    s->cur.row = s->rows++;
    keep(s);
    return 0;
}

/* x of the first (@last FALSE) or last row in @buf (no header in a tail). */
static gboolean
edge_x(Scan *s, char *buf, gsize n, gboolean last, gboolean complete, double *x)
{
    GPtrArray *lines = g_ptr_array_new();
    char *p = buf, *end = buf + n;
    while (p < end) {
        char *nl = memchr(p, '\n', end - p);
        char *le = nl ? nl : end;
        if (nl || complete)
            g_ptr_array_add(lines, p), g_ptr_array_add(lines, le);
        p = le + 1;
    }
    gboolean ok = FALSE;
    guint npairs = lines->len / 2;
    for (guint q = 0; q < npairs; q++) {
        guint i = last ? npairs - 1 - q : q;
        if (!last && i == 0)
            continue;   /* the header */
        if (last && i == 0 && !complete)
            break;      /* a partial line at the tail's start */
        Scan probe = *s;
        int r = parse_line(&probe, lines->pdata[2 * i], lines->pdata[2 * i + 1]);
        if (r < 0)
            break;
        if (r == 1) {
            *x = probe.cur.x;
            s->kind = probe.kind;
            ok = TRUE;
            break;
        }
    }
    g_ptr_array_free(lines, TRUE);
    return ok;
}

static gboolean
io_fail(const char *path, int err, GError **error)
{
    TjSrcLoc loc = tj_src_loc(path, 0, 0);
    tj_error_set_at(error, TJ_ERROR_IO, &loc, _("cannot %s: %s"), _("read the file"),
                    g_strerror(err));
    return FALSE;
}

static gboolean
span(Scan *s, int fd, const char *path, GError **error)
{
    char *buf = g_malloc(EDGE);
    off_t size = lseek(fd, 0, SEEK_END);
    gssize n = pread(fd, buf, EDGE, 0);
    if (n < 0 || size < 0) {
        g_free(buf);
        return io_fail(path, errno, error);
    }
    gboolean ok = edge_x(s, buf, (gsize)n, FALSE, n == size, &s->x0);
    off_t at = size > EDGE ? size - EDGE : 0;
    n = ok ? pread(fd, buf, EDGE, at) : 0;
    if (n < 0) {
        g_free(buf);
        return io_fail(path, errno, error);
    }
    ok = ok && edge_x(s, buf, (gsize)n, TRUE, at == 0, &s->x1);
    g_free(buf);
    if (!ok || s->x1 < s->x0)
        s->buckets = 0;   /* not streamable */
    return TRUE;
}

static int
cmp_row(const void *a, const void *b)
{
    const Snap *p = *(Snap *const *)a, *q = *(Snap *const *)b;
    return (p->row > q->row) - (p->row < q->row);
}

static TjScan *
collect(Scan *s)
{
    gsize n_slots = (gsize)s->buckets * s->n_y * N_SLOTS;
    GPtrArray *got = g_ptr_array_new();
    for (gsize i = 0; i < n_slots; i++)
        if (s->slots[i].set)
            g_ptr_array_add(got, &s->slots[i]);
    g_ptr_array_sort(got, cmp_row);
    TjScan *r = g_new0(TjScan, 1);
    r->n_y = s->n_y;
    r->n_rows = s->rows;
    r->x_unit = s->kind == TJ_SCAN_X_DATE ? s->unit : TJ_DATE_NONE;
    r->x_decimals = s->x_dec;
    r->x = g_new(double, got->len);
    r->y = g_new(double, (gsize)got->len * s->n_y);
    r->dec = g_new(gint8, (gsize)got->len * s->n_y);
    r->line = g_new(guint32, got->len);
    r->xcol = g_new(guint32, got->len);
    for (guint i = 0; i < got->len; i++) {
        const Snap *p = got->pdata[i];
        if (r->n > 0 && ((const Snap *)got->pdata[i - 1])->row == p->row)
            continue;
        r->x[r->n] = p->x;
        r->line[r->n] = p->line;
        r->xcol[r->n] = p->xcol;
        memcpy(r->y + (gsize)r->n * s->n_y, p->y, s->n_y * sizeof(double));
        memcpy(r->dec + (gsize)r->n * s->n_y, p->dec, s->n_y);
        r->n++;
    }
    g_ptr_array_free(got, TRUE);
    return r;
}

/* The pass over the file; FALSE on an I/O error, *streamable FALSE when a
 * line is not plain. */
static gboolean
pass(Scan *s, int fd, const char *path, gboolean *streamable, GError **error)
{
    char *buf = g_malloc(CHUNK + 1);
    gsize have = 0;
    gboolean eof = FALSE, first = TRUE;
    *streamable = TRUE;
    while (!eof && *streamable) {
        gssize n = read(fd, buf + have, CHUNK - have);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            g_free(buf);
            return io_fail(path, errno, error);
        }
        eof = n == 0;
        have += (gsize)n;
        char *p = buf, *end = buf + have;
        if (first && have >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
            p += 3;
        first = FALSE;
        for (;;) {
            char *nl = memchr(p, '\n', end - p);
            if (!nl && !(eof && p < end))
                break;
            char *le = nl ? nl : end;
            if (row(s, p, le) < 0) {
                *streamable = FALSE;
                break;
            }
            p = le + (nl != NULL);
        }
        have = (gsize)(end - p);
        memmove(buf, p, have);
        if (have == CHUNK) /* a line longer than a piece: not a plain file */
            *streamable = FALSE;
    }
    g_free(buf);
    return TRUE;
}

gboolean
tj_table_scan(const TjTable *t, guint xcol, const guint *ycols, guint n_y,
              const guint *where_cols, const char *const *where_vals, guint n_where,
              TjScanX x_kind, guint buckets, TjScan **out, GError **error)
{
    g_return_val_if_fail(t != NULL && out != NULL && buckets > 0, FALSE);
    *out = NULL;
    const char *path = tj_table_deferred_path(t);
    if (!path || n_y == 0 || n_y > TJ_SCAN_MAX_Y)
        return TRUE;
    int fd = g_open(path, O_RDONLY, 0);
    if (fd < 0)
        return io_fail(path, errno, error);
    Scan s = { .t = t, .xcol = xcol, .ycols = ycols, .n_y = n_y, .kind = x_kind,
               .buckets = buckets, .n_where = n_where, .where_cols = where_cols,
               .where_vals = where_vals };
    gboolean ok = span(&s, fd, path, error), streamable = FALSE;
    if (ok && s.buckets > 0 && lseek(fd, 0, SEEK_SET) == 0) {
        s.slots = g_new0(Snap, (gsize)s.buckets * n_y * N_SLOTS);
        s.unit = TJ_DATE_NONE;
        ok = pass(&s, fd, path, &streamable, error);
        if (ok && streamable && s.rows > 0)
            *out = collect(&s);
        g_free(s.slots);
    }
    close(fd);
    return ok;
}

void
tj_scan_free(TjScan *s)
{
    if (!s)
        return;
    g_free(s->x);
    g_free(s->y);
    g_free(s->dec);
    g_free(s->line);
    g_free(s->xcol);
    g_free(s);
}
