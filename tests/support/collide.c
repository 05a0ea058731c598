/* tests/support/collide.c — the scene-level collision check (see
 * collide.h): texts as turned rectangles, marks flattened into filled
 * polygons and stroked polylines, exact tests between them. */
#include "support/collide.h"
#include "support/collide-private.h"

#include <math.h>
#include <string.h>

#include "support/tjtest.h"

#define TEXT_INSET 0.25  /* px off each side of a text's box: two texts may
                            touch by 0.5 px, a text and a mark by 0.25 */
#define MIN_CONTRAST 3.0
#define NUMERAL_UP 0.8   /* figures reach this far above the baseline (em), */
#define NUMERAL_DOWN 0.15 /* and a comma this far below it */ /* a label inside its mark: WCAG's large-text AA */

/* ---- roles ------------------------------------------------------------- */

typedef struct { const char *role; gboolean mark; } RoleClass;

/* Longest prefix wins (a prefix ends at a '.'). */
static const RoleClass roles[] = {
    /* data marks */
    { "bar", TRUE },             /* bars, highlighted, targets, limits */
    { "line", TRUE },            /* combo: the line and its markers */
    { "trend.line", TRUE }, { "trend.projected", TRUE }, { "trend.marker", TRUE },
    { "trend.limit", TRUE },
    { "slice", TRUE },           /* slices, 其他, leaders */
    { "gauge.fill", TRUE }, { "gauge.over", TRUE }, { "gauge.track", TRUE },
    { "gauge.band", TRUE }, { "gauge.needle", TRUE }, { "gauge.needle-base", TRUE }, { "gauge.target", TRUE },
    { "target.line", TRUE },
    { "legend.swatch", TRUE },
    { "pictogram.icon", TRUE },
    { "rank.badge", TRUE },
    { "table.bar", TRUE }, { "table.icon", TRUE },
    { "kpi.icon", TRUE }, { "image", TRUE },
    { "timeline.dot", TRUE }, { "timeline.connector", TRUE },
    /* not data marks: grids, axes, grounds, washes, rules */
    { "grid", FALSE }, { "axis", FALSE },
    { "trend.area", FALSE }, { "line.value.halo", FALSE },
    { "kpi.ground", FALSE }, { "kpi.accent", FALSE },
    { "header", FALSE }, { "section", FALSE }, { "footer", FALSE },
    { "table.rule", FALSE }, { "table.zebra", FALSE },
    { "rank.gap", FALSE }, { "timeline.axis", FALSE },
};

/* A label a layout sets inside its own mark by rule (docs/text.md). */
typedef struct { const char *text; const char *mark; } Inside;
static const Inside insides[] = {
    { "bar.value", "bar" },          /* combo: a value in its tall bar */
    { "bar.part", "bar" },           /* stacked bars: a part's value */
    { "slice.label", "slice" },      /* pie: a share in its slice */
    { "rank.number", "rank.badge" }, /* rank: 1, 2, 3 in their circles */
};

/* A label on a halo (an opaque tag of the ground drawn just under it) may
 * cover these marks: the halo hides them under the label. */
static const Inside on_halo[] = {
    { "line.value", "bar" },         /* combo: a point's value over a bar */
};

static gboolean
role_is(const char *role, const char *prefix)
{
    gsize n = strlen(prefix);
    return strncmp(role, prefix, n) == 0 && (role[n] == '\0' || role[n] == '.');
}

gboolean
tjt_collide_is_mark(const char *role)
{
    const RoleClass *best = NULL;
    for (gsize i = 0; i < G_N_ELEMENTS(roles); i++)
        if (role_is(role, roles[i].role) &&
            (!best || strlen(roles[i].role) > strlen(best->role)))
            best = &roles[i];
    if (!best)
        g_error("collide: role “%s” is in no class (tests/support/collide.c)", role);
    return best->mark;
}

static gboolean
inside_allowed(const char *text_role, const char *mark_role)
{
    for (gsize i = 0; i < G_N_ELEMENTS(insides); i++)
        if (role_is(text_role, insides[i].text) && role_is(mark_role, insides[i].mark))
            return TRUE;
    return FALSE;
}

static gboolean
halo_allowed(const char *text_role, const char *mark_role)
{
    for (gsize i = 0; i < G_N_ELEMENTS(on_halo); i++)
        if (role_is(text_role, on_halo[i].text) && role_is(mark_role, on_halo[i].mark))
            return TRUE;
    return FALSE;
}

/* ---- geometry ---------------------------------------------------------- */

/* A text's box: four corners, counter-clockwise on the page (y down),
 * inset by @inset. */
typedef struct { Pt c[4]; TjRect box; } Quad;

static double
anchor_frac(TjAnchor a)
{
    return a == TJ_ANCHOR_MIDDLE ? 0.5 : a == TJ_ANCHOR_END ? 1.0 : 0.0;
}

/* TRUE when @t is only figures and number signs (2954.7, -9.1%, 1,000). */
static gboolean
numerals(const char *t)
{
    for (; *t; t++)
        if (!g_ascii_isdigit(*t) && !strchr(".,%+-", *t))
            return FALSE;
    return TRUE;
}

static Quad
text_quad(const TjItem *it, double inset)
{
    const TjTextExtents *e = &it->u.text.ext;
    double w = MAX(e->width, it->u.text.fit_width);
    double x0 = -anchor_frac(it->u.text.anchor) * w + inset, x1 = x0 + w - 2 * inset;
    double y0 = -e->ascent + inset, y1 = y0 + e->height - 2 * inset;
    if (numerals(it->u.text.text)) {   /* figures: their ink, not the line */
        y0 = -NUMERAL_UP * it->u.text.font.size + inset;
        y1 = NUMERAL_DOWN * it->u.text.font.size - inset;
    }
    if (x1 < x0)
        x0 = x1 = (x0 + x1) / 2;
    if (y1 < y0)
        y0 = y1 = (y0 + y1) / 2;
    double cx[4] = { x0, x1, x1, x0 }, cy[4] = { y0, y0, y1, y1 };
    double t = it->u.text.angle * G_PI / 180.0, c = cos(t), s = sin(t);
    Quad q;
    double minx = INFINITY, miny = INFINITY, maxx = -INFINITY, maxy = -INFINITY;
    for (int k = 0; k < 4; k++) {
        q.c[k].x = it->u.text.x + cx[k] * c - cy[k] * s;
        q.c[k].y = it->u.text.y + cx[k] * s + cy[k] * c;
        minx = MIN(minx, q.c[k].x); maxx = MAX(maxx, q.c[k].x);
        miny = MIN(miny, q.c[k].y); maxy = MAX(maxy, q.c[k].y);
    }
    q.box = (TjRect){ minx, miny, maxx - minx, maxy - miny };
    return q;
}

static double
cross(Pt o, Pt a, Pt b)
{
    return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

/* TRUE when @p lies strictly inside the convex @q. */
static gboolean
in_quad(const Quad *q, Pt p)
{
    int pos = 0, neg = 0;
    for (int k = 0; k < 4; k++) {
        double c = cross(q->c[k], q->c[(k + 1) % 4], p);
        pos += c > 1e-9;
        neg += c < -1e-9;
    }
    return pos == 4 || neg == 4;
}

/* TRUE when the segment @a–@b passes through the interior of @q
 * (Cyrus–Beck clipping against its four half-planes). */
static gboolean
segment_meets_quad(const Quad *q, Pt a, Pt b)
{
    /* orientation of the quad: inside is where cross has this sign */
    double sgn = cross(q->c[0], q->c[1], q->c[2]) >= 0 ? 1 : -1;
    double t0 = 0, t1 = 1;
    for (int k = 0; k < 4; k++) {
        Pt e0 = q->c[k], e1 = q->c[(k + 1) % 4];
        double fa = sgn * cross(e0, e1, a), fb = sgn * cross(e0, e1, b);
        if (fa <= 0 && fb <= 0)
            return FALSE;
        if (fa < 0 || fb < 0) {
            double t = fa / (fa - fb);
            if (fa < 0)
                t0 = MAX(t0, t);
            else
                t1 = MIN(t1, t);
        }
        if (t0 >= t1)
            return FALSE;
    }
    return t1 - t0 > 1e-9;
}

static double
point_segment(Pt p, Pt a, Pt b)
{
    double dx = b.x - a.x, dy = b.y - a.y, l = dx * dx + dy * dy;
    double t = l > 0 ? CLAMP(((p.x - a.x) * dx + (p.y - a.y) * dy) / l, 0, 1) : 0;
    return hypot(p.x - a.x - t * dx, p.y - a.y - t * dy);
}

/* How far the segment @a–@b stays from the quad (0 when it enters it). */
static double
segment_quad_distance(const Quad *q, Pt a, Pt b)
{
    if (segment_meets_quad(q, a, b) || in_quad(q, a))
        return 0;
    double d = INFINITY;
    for (int k = 0; k < 4; k++) {
        Pt e0 = q->c[k], e1 = q->c[(k + 1) % 4];
        d = MIN(d, point_segment(a, e0, e1));
        d = MIN(d, point_segment(b, e0, e1));
        d = MIN(d, point_segment(e0, a, b));
    }
    return d;
}

/* Even-odd: TRUE when @p lies inside the closed runs of @sh. */
static gboolean
in_polygons(const Shape *sh, Pt p)
{
    gboolean in = FALSE;
    const Pt *pts = (const Pt *)sh->pts->data;
    for (guint r = 0; r < sh->runs->len; r++) {
        if (!g_array_index(sh->closed, gboolean, r) && !sh->fill)
            continue;
        guint s0 = ((guint *)sh->runs->data)[2 * r], n = ((guint *)sh->runs->data)[2 * r + 1];
        for (guint i = 0, j = n - 1; i < n; j = i++) {
            Pt a = pts[s0 + i], b = pts[s0 + j];
            if ((a.y > p.y) != (b.y > p.y) &&
                p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x)
                in = !in;
        }
    }
    return in;
}

static gboolean
boxes_meet(const TjRect *a, const TjRect *b, double pad)
{
    return a->x < b->x + b->w + pad && b->x < a->x + a->w + pad && a->y < b->y + b->h + pad &&
           b->y < a->y + a->h + pad;
}

/* The band a stroked segment covers: a rectangle @hw either side, grown
 * by @hw at both ends for a square cap. */
static Quad
segment_band(Pt a, Pt b, double hw, gboolean square)
{
    double dx = b.x - a.x, dy = b.y - a.y, l = hypot(dx, dy);
    Quad q;
    if (l == 0) {
        dx = 1, dy = 0, l = 1;
        square = TRUE;
    }
    double ux = dx / l * hw, uy = dy / l * hw;
    if (square) {
        a.x -= ux, a.y -= uy;
        b.x += ux, b.y += uy;
    }
    q.c[0] = (Pt){ a.x - uy, a.y + ux };
    q.c[1] = (Pt){ b.x - uy, b.y + ux };
    q.c[2] = (Pt){ b.x + uy, b.y - ux };
    q.c[3] = (Pt){ a.x + uy, a.y - ux };
    double minx = INFINITY, miny = INFINITY, maxx = -INFINITY, maxy = -INFINITY;
    for (int k = 0; k < 4; k++) {
        minx = MIN(minx, q.c[k].x); maxx = MAX(maxx, q.c[k].x);
        miny = MIN(miny, q.c[k].y); maxy = MAX(maxy, q.c[k].y);
    }
    q.box = (TjRect){ minx, miny, maxx - minx, maxy - miny };
    return q;
}

static gboolean quads_meet(const Quad *a, const Quad *b);

/* TRUE when the text's quad meets the mark as drawn. */
static gboolean
quad_meets_shape(const Quad *q, const Shape *sh)
{
    if (!boxes_meet(&q->box, &sh->box, 0))
        return FALSE;
    const Pt *pts = (const Pt *)sh->pts->data;
    for (guint r = 0; r < sh->runs->len; r++) {
        guint s0 = ((guint *)sh->runs->data)[2 * r], n = ((guint *)sh->runs->data)[2 * r + 1];
        gboolean closed = g_array_index(sh->closed, gboolean, r) || sh->fill;
        for (guint i = 0; i + 1 < n + (closed ? 1 : 0); i++) {
            Pt a = pts[s0 + i], b = pts[s0 + (i + 1) % n];
            if (n == 1)
                b = a;
            /* a filled edge is met when it enters the quad; a stroked one
             * when the quad comes within the stroke's half width */
            if (sh->fill && segment_quad_distance(q, a, b) == 0)
                return TRUE;
            if (!sh->stroke)
                continue;
            if (sh->cap == TJ_CAP_ROUND) {
                if (segment_quad_distance(q, a, b) < sh->hw)
                    return TRUE;
            } else {
                Quad band = segment_band(a, b, sh->hw, sh->cap == TJ_CAP_SQUARE);
                if (quads_meet(q, &band))
                    return TRUE;
            }
        }
    }
    return sh->fill && in_polygons(sh, q->c[0]);
}

/* TRUE when the quad lies wholly inside the filled mark. */
static gboolean
quad_inside_shape(const Quad *q, const Shape *sh)
{
    if (!sh->fill)
        return FALSE;
    for (int k = 0; k < 4; k++)
        if (!in_polygons(sh, q->c[k]))
            return FALSE;
    const Pt *pts = (const Pt *)sh->pts->data;
    for (guint r = 0; r < sh->runs->len; r++) {
        guint s0 = ((guint *)sh->runs->data)[2 * r], n = ((guint *)sh->runs->data)[2 * r + 1];
        for (guint i = 0; i < n; i++)
            if (segment_meets_quad(q, pts[s0 + i], pts[s0 + (i + 1) % n]))
                return FALSE;
    }
    return TRUE;
}

/* Separating axes: TRUE when two quads overlap. */
static gboolean
quads_meet(const Quad *a, const Quad *b)
{
    if (!boxes_meet(&a->box, &b->box, 0))
        return FALSE;
    const Quad *qs[2] = { a, b };
    for (int w = 0; w < 2; w++) {
        for (int k = 0; k < 2; k++) {
            Pt e0 = qs[w]->c[k], e1 = qs[w]->c[k + 1];
            double nx = -(e1.y - e0.y), ny = e1.x - e0.x;
            double amin = INFINITY, amax = -INFINITY, bmin = INFINITY, bmax = -INFINITY;
            for (int j = 0; j < 4; j++) {
                double pa = a->c[j].x * nx + a->c[j].y * ny, pb = b->c[j].x * nx + b->c[j].y * ny;
                amin = MIN(amin, pa); amax = MAX(amax, pa);
                bmin = MIN(bmin, pb); bmax = MAX(bmax, pb);
            }
            if (amax <= bmin || bmax <= amin)
                return FALSE;
        }
    }
    return TRUE;
}

/* ---- the check --------------------------------------------------------- */

static void
describe_text(GString *out, guint i, const TjItem *it)
{
    TjRect r = tj_scene_text_box(it);
    g_string_append_printf(out, "text #%u %s “%s” (box %.1f,%.1f %.1f×%.1f%s)", i, it->role,
                           it->u.text.text, r.x, r.y, r.w, r.h,
                           it->u.text.angle != 0 ? ", turned" : "");
}

static void
describe_mark(GString *out, guint i, const TjItem *it, const Shape *sh)
{
    static const char *const kinds[] = { "rect", "path", "arc", "text", "image" };
    g_string_append_printf(out, "mark #%u %s (%s, box %.1f,%.1f %.1f×%.1f%s%s)", i, it->role,
                           it->kind <= TJ_ITEM_IMAGE ? kinds[it->kind] : "?", sh->box.x, sh->box.y,
                           sh->box.w, sh->box.h, sh->fill ? ", filled" : "",
                           sh->stroke ? ", stroked" : "");
}

typedef struct {
    guint index;
    Quad q;
} Text;

typedef struct {
    guint index;
    Shape sh;
} Mark;

/* TRUE when the item just before text @t is an opaque halo holding its
 * box, drawn after mark @mark (so hiding it). */
static gboolean
on_own_halo(const TjScene *s, const Text *t, guint mark)
{
    if (t->index == 0)
        return FALSE;
    const TjItem *h = tj_scene_item(s, t->index - 1);
    if (h->kind != TJ_ITEM_RECT || !g_str_has_suffix(h->role, ".halo") || h->paint.fill.a < 1 ||
        t->index - 1 < mark)
        return FALSE;
    TjRect hr = { h->u.rect.x, h->u.rect.y, h->u.rect.w, h->u.rect.h };
    return tj_rect_contains(&hr, &t->q.box, 0.5);
}

static void
note(guint *count, char **first, GString *msg)
{
    if (first && !*first)
        *first = g_strdup(msg->str);
    (*count)++;
    g_string_truncate(msg, 0);
}

guint
tjt_collide_count(const TjScene *s, char **first)
{
    if (first)
        *first = NULL;
    GArray *texts = g_array_new(FALSE, FALSE, sizeof(Text));
    GArray *marks = g_array_new(FALSE, FALSE, sizeof(Mark));
    for (guint i = 0; i < tj_scene_n_items(s); i++) {
        const TjItem *it = tj_scene_item(s, i);
        if (it->kind == TJ_ITEM_GROUP || it->kind == TJ_ITEM_GROUP_END)
            continue;
        if (it->kind == TJ_ITEM_TEXT) {
            if (!it->u.text.text[0])
                continue;
            Text t = { i, text_quad(it, TEXT_INSET) };
            g_array_append_val(texts, t);
        } else if (tjt_collide_is_mark(it->role)) {
            Mark m = { i, { 0 } };
            tjt__shape_of(&m.sh, s, it);
            g_array_append_val(marks, m);
        }
    }
    guint count = 0;
    GString *msg = g_string_new(NULL);
    TjRect page = { 0, 0, tj_scene_width(s), tj_scene_height(s) };
    for (guint a = 0; a < texts->len; a++) {
        const Text *ta = &g_array_index(texts, Text, a);
        const TjItem *ia = tj_scene_item(s, ta->index);
        if (ia->u.text.ext.width <= 0 || ia->u.text.ext.height <= 0) {
            describe_text(msg, ta->index, ia);
            g_string_append(msg, " has no measured box (its layout gave no extents)");
            note(&count, first, msg);
        }
        if (!tj_rect_contains(&page, &ta->q.box, 0.5)) {
            describe_text(msg, ta->index, ia);
            g_string_append_printf(msg, " leaves the page (%.0f×%.0f)", page.w, page.h);
            note(&count, first, msg);
        }
        for (guint b = a + 1; b < texts->len; b++) {
            const Text *tb = &g_array_index(texts, Text, b);
            if (!quads_meet(&ta->q, &tb->q))
                continue;
            describe_text(msg, ta->index, ia);
            g_string_append(msg, " meets ");
            describe_text(msg, tb->index, tj_scene_item(s, tb->index));
            note(&count, first, msg);
        }
        for (guint k = 0; k < marks->len; k++) {
            const Mark *mk = &g_array_index(marks, Mark, k);
            if (!quad_meets_shape(&ta->q, &mk->sh))
                continue;
            const TjItem *im = tj_scene_item(s, mk->index);
            if (inside_allowed(ia->role, im->role) && quad_inside_shape(&ta->q, &mk->sh) &&
                tj_color_contrast(ia->u.text.color, im->paint.fill) >= MIN_CONTRAST)
                continue;
            if (halo_allowed(ia->role, im->role) && on_own_halo(s, ta, mk->index))
                continue;
            describe_text(msg, ta->index, ia);
            g_string_append(msg, " meets ");
            describe_mark(msg, mk->index, im, &mk->sh);
            note(&count, first, msg);
        }
    }
    g_string_free(msg, TRUE);
    for (guint k = 0; k < marks->len; k++)
        tjt__shape_clear(&g_array_index(marks, Mark, k).sh);
    g_array_free(marks, TRUE);
    g_array_free(texts, TRUE);
    return count;
}

void
tjt_assert_no_collision(const TjScene *s, const char *name)
{
    char *first = NULL;
    guint n = tjt_collide_count(s, &first);
    if (n == 0)
        return;
    char *file = g_strdup_printf("collide-%s.scene", name);
    char *path = tjt_out_path(file);
    char *dump = tj_scene_dump(s);
    g_file_set_contents(path, dump, -1, NULL);
    g_error("%s: %u collision(s); the first: %s (scene in %s)", name, n, first, path);
}
