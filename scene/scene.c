/* scene/scene.c — the display list. Items live in one GArray; path ops and
 * points in two more (items refer to them by index, so appending never
 * invalidates them); every string in one GStringChunk; image bytes in a
 * GPtrArray of GBytes references, each distinct GBytes once. */
#include "scene/scene.h"

#include <math.h>
#include <stdarg.h>
#include <string.h>

struct TjScene {
    double width, height;
    TjColor background;
    GArray *items;      /* TjItem */
    GArray *ops;        /* guint8 TjPathOp */
    GArray *pts;        /* double x, y pairs */
    GStringChunk *strings;
    GPtrArray *blobs;   /* GBytes (a reference each) of image items */
    const char *title, *desc;
    GPtrArray *info;    /* key, value, key, value… (strings in @strings) */
    int open_path;      /* index of the path being built, or -1 */
    int depth;          /* open groups */
    TjDiagList *diags;  /* what a layout could not do as asked */
};

TjScene *
tj_scene_new(double width, double height)
{
    TjScene *s = g_new0(TjScene, 1);
    s->width = width;
    s->height = height;
    s->background = (TjColor){ 1, 1, 1, 1 };
    s->items = g_array_new(FALSE, TRUE, sizeof(TjItem));
    s->ops = g_array_new(FALSE, FALSE, sizeof(guint8));
    s->pts = g_array_new(FALSE, FALSE, sizeof(double));
    s->strings = g_string_chunk_new(4096);
    s->blobs = g_ptr_array_new_with_free_func((GDestroyNotify)g_bytes_unref);
    s->open_path = -1;
    s->info = g_ptr_array_new();
    s->diags = tj_diag_list_new();
    return s;
}

void
tj_scene_free(TjScene *s)
{
    if (!s)
        return;
    g_array_free(s->items, TRUE);
    g_array_free(s->ops, TRUE);
    g_array_free(s->pts, TRUE);
    g_string_chunk_free(s->strings);
    g_ptr_array_free(s->blobs, TRUE);
    g_ptr_array_free(s->info, TRUE);
    tj_diag_list_free(s->diags);
    g_free(s);
}

void
tj_scene_warn(TjScene *s, const char *code, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *text = g_strdup_vprintf(fmt, ap);
    va_end(ap);
    tj_diag_add(s->diags, TJ_DIAG_WARNING, NULL, code, "%s", text);
    g_free(text);
}

const TjDiagList *
tj_scene_diags(const TjScene *s)
{
    return s->diags;
}

void
tj_scene_drop_warnings(TjScene *s, guint n)
{
    tj_diag_list_truncate(s->diags, n);
}

double tj_scene_width(const TjScene *s) { return s->width; }
double tj_scene_height(const TjScene *s) { return s->height; }
TjColor tj_scene_background(const TjScene *s) { return s->background; }
const char *tj_scene_title(const TjScene *s) { return s->title; }
const char *tj_scene_desc(const TjScene *s) { return s->desc; }

void
tj_scene_set_size(TjScene *s, double width, double height)
{
    s->width = width;
    s->height = height;
}

void
tj_scene_set_background(TjScene *s, TjColor bg)
{
    s->background = bg;
}

static const char *
keep(TjScene *s, const char *str)
{
    return str ? g_string_chunk_insert_const(s->strings, str) : NULL;
}

void
tj_scene_set_meta(TjScene *s, const char *title, const char *desc)
{
    if (title)
        s->title = keep(s, title);
    if (desc)
        s->desc = keep(s, desc);
}

void
tj_scene_set_desc(TjScene *s, const char *desc)
{
    s->desc = keep(s, desc);
}

void
tj_scene_set_info(TjScene *s, const char *key, const char *value)
{
    g_return_if_fail(key != NULL);
    for (guint i = 0; i < s->info->len; i += 2)
        if (strcmp(s->info->pdata[i], key) == 0) {
            if (value) {
                s->info->pdata[i + 1] = (gpointer)keep(s, value);
            } else {
                g_ptr_array_remove_index(s->info, i + 1);
                g_ptr_array_remove_index(s->info, i);
            }
            return;
        }
    if (!value)
        return;
    g_ptr_array_add(s->info, (gpointer)keep(s, key));
    g_ptr_array_add(s->info, (gpointer)keep(s, value));
}

const char *
tj_scene_info(const TjScene *s, const char *key)
{
    for (guint i = 0; i < s->info->len; i += 2)
        if (strcmp(s->info->pdata[i], key) == 0)
            return s->info->pdata[i + 1];
    return NULL;
}

static TjItem *
append(TjScene *s, TjItemKind kind, const char *role, const TjPaint *paint, guint *index)
{
    TjItem item;
    memset(&item, 0, sizeof item);
    item.kind = kind;
    item.role = keep(s, role ? role : "");
    if (paint)
        item.paint = *paint;
    g_array_append_val(s->items, item);
    *index = s->items->len - 1;
    return &g_array_index(s->items, TjItem, *index);
}

guint
tj_scene_rect(TjScene *s, const char *role, double x, double y, double w,
              double h, double radius, const TjPaint *paint)
{
    guint i;
    TjItem *it = append(s, TJ_ITEM_RECT, role, paint, &i);
    it->u.rect.x = x;
    it->u.rect.y = y;
    it->u.rect.w = w;
    it->u.rect.h = h;
    it->u.rect.radius = radius;
    return i;
}

guint
tj_scene_line(TjScene *s, const char *role, double x0, double y0, double x1,
              double y1, const TjPaint *paint)
{
    guint i = tj_scene_path_begin(s, role, paint);
    tj_scene_path_move(s, x0, y0);
    tj_scene_path_line(s, x1, y1);
    return i;
}

guint
tj_scene_arc(TjScene *s, const char *role, double cx, double cy, double r,
             double a0, double a1, const TjPaint *paint)
{
    guint i;
    TjItem *it = append(s, TJ_ITEM_ARC, role, paint, &i);
    it->u.arc.cx = cx;
    it->u.arc.cy = cy;
    it->u.arc.r = r;
    it->u.arc.a0 = a0;
    it->u.arc.a1 = a1;
    return i;
}

guint
tj_scene_text(TjScene *s, const char *role, double x, double y, const char *text,
              const TjFontStyle *font, TjColor color, TjAnchor anchor,
              double angle, const TjTextExtents *ext)
{
    guint i;
    TjItem *it = append(s, TJ_ITEM_TEXT, role, NULL, &i);
    it->u.text.x = x;
    it->u.text.y = y;
    it->u.text.text = keep(s, text ? text : "");
    it->u.text.font = *font;
    it->u.text.color = color;
    it->u.text.anchor = anchor;
    it->u.text.angle = angle;
    if (ext)
        it->u.text.ext = *ext;
    return i;
}

/* The index of @bytes among the scene's blobs, added (referenced) when new. */
static guint
keep_blob(TjScene *s, GBytes *bytes)
{
    guint k;
    if (g_ptr_array_find(s->blobs, bytes, &k))
        return k;
    g_ptr_array_add(s->blobs, g_bytes_ref(bytes));
    return s->blobs->len - 1;
}

guint
tj_scene_image(TjScene *s, const char *role, double x, double y, double w, double h,
               const TjImage *img)
{
    g_return_val_if_fail(img && img->bytes, 0);
    guint i;
    guint blob = keep_blob(s, img->bytes);
    TjItem *it = append(s, TJ_ITEM_IMAGE, role, NULL, &i);
    it->u.image.x = x;
    it->u.image.y = y;
    it->u.image.w = w;
    it->u.image.h = h;
    it->u.image.type = img->type;
    it->u.image.iw = img->width;
    it->u.image.ih = img->height;
    it->u.image.blob = blob;
    return i;
}

GBytes *
tj_scene_image_bytes(const TjScene *s, const TjItem *item)
{
    g_return_val_if_fail(item->kind == TJ_ITEM_IMAGE && item->u.image.blob < s->blobs->len,
                         NULL);
    return s->blobs->pdata[item->u.image.blob];
}

guint
tj_scene_path_begin(TjScene *s, const char *role, const TjPaint *paint)
{
    guint i;
    TjItem *it = append(s, TJ_ITEM_PATH, role, paint, &i);
    it->u.path.ops_start = s->ops->len;
    it->u.path.pts_start = s->pts->len / 2;
    s->open_path = (int)i;
    return i;
}

static void
path_add(TjScene *s, TjPathOp op, const double *xy, guint npts)
{
    g_return_if_fail(s->open_path >= 0);
    TjItem *it = &g_array_index(s->items, TjItem, s->open_path);
    guint8 o = (guint8)op;
    g_array_append_val(s->ops, o);
    g_array_append_vals(s->pts, xy, npts * 2);
    it->u.path.n_ops++;
    it->u.path.n_pts += npts;
}

void
tj_scene_path_move(TjScene *s, double x, double y)
{
    double p[2] = { x, y };
    path_add(s, TJ_PATH_MOVE, p, 1);
}

void
tj_scene_path_line(TjScene *s, double x, double y)
{
    double p[2] = { x, y };
    path_add(s, TJ_PATH_LINE, p, 1);
}

void
tj_scene_path_curve(TjScene *s, double x1, double y1, double x2, double y2,
                    double x3, double y3)
{
    double p[6] = { x1, y1, x2, y2, x3, y3 };
    path_add(s, TJ_PATH_CURVE, p, 3);
}

void
tj_scene_path_close(TjScene *s)
{
    path_add(s, TJ_PATH_CLOSE, NULL, 0);
}

guint
tj_scene_group_begin(TjScene *s, const char *role, const char *title)
{
    guint i;
    TjItem *it = append(s, TJ_ITEM_GROUP, role, NULL, &i);
    it->u.group.title = keep(s, title);
    s->depth++;
    return i;
}

void
tj_scene_group_end(TjScene *s)
{
    g_return_if_fail(s->depth > 0);
    guint i;
    append(s, TJ_ITEM_GROUP_END, NULL, NULL, &i);
    s->depth--;
}

void
tj_scene_group_set_desc(TjScene *s, guint i, const char *desc)
{
    g_return_if_fail(i < s->items->len);
    TjItem *it = &g_array_index(s->items, TjItem, i);
    g_return_if_fail(it->kind == TJ_ITEM_GROUP);
    it->u.group.desc = keep(s, desc);
}

guint
tj_scene_n_items(const TjScene *s)
{
    return s->items->len;
}

const TjItem *
tj_scene_item(const TjScene *s, guint i)
{
    g_return_val_if_fail(i < s->items->len, NULL);
    return &g_array_index(s->items, TjItem, i);
}

TjPathOp
tj_scene_path_op(const TjScene *s, const TjItem *item, guint k)
{
    return (TjPathOp)g_array_index(s->ops, guint8, item->u.path.ops_start + k);
}

const double *
tj_scene_path_points(const TjScene *s, const TjItem *item)
{
    if (item->u.path.n_pts == 0)
        return NULL;
    return &g_array_index(s->pts, double, item->u.path.pts_start * 2);
}

void
tj_scene_text_set_fit(TjScene *s, guint i, double width)
{
    g_return_if_fail(i < s->items->len);
    TjItem *it = &g_array_index(s->items, TjItem, i);
    g_return_if_fail(it->kind == TJ_ITEM_TEXT);
    it->u.text.fit_width = width;
}

void
tj_scene_text_join(TjScene *s, guint first, guint n)
{
    g_return_if_fail(n == 0 || first + n <= s->items->len);
    for (guint k = 1; k < n; k++) {
        TjItem *it = &g_array_index(s->items, TjItem, first + k);
        g_return_if_fail(it->kind == TJ_ITEM_TEXT);
        it->u.text.continues = TRUE;
    }
}

static gboolean
latin(gunichar c)
{
    return c < 0x80 && g_ascii_isalnum((char)c);
}

char *
tj_scene_text_joined(const TjScene *s, guint i, guint *n_lines)
{
    guint n = 1;
    while (i + n < s->items->len) {
        const TjItem *it = &g_array_index(s->items, TjItem, i + n);
        if (it->kind != TJ_ITEM_TEXT || !it->u.text.continues)
            break;
        n++;
    }
    if (n_lines)
        *n_lines = n;
    if (n < 2 || g_array_index(s->items, TjItem, i).kind != TJ_ITEM_TEXT)
        return NULL;
    GString *out = g_string_new(g_array_index(s->items, TjItem, i).u.text.text);
    for (guint k = 1; k < n; k++) {
        const char *line = g_array_index(s->items, TjItem, i + k).u.text.text;
        const char *end = out->len ? g_utf8_find_prev_char(out->str, out->str + out->len) : NULL;
        if (end && *line && latin(g_utf8_get_char(end)) && latin(g_utf8_get_char(line)))
            g_string_append_c(out, ' ');
        g_string_append(out, line);
    }
    return g_string_free(out, FALSE);
}

void
tj_scene_image_set_tint(TjScene *s, guint i, TjColor tint)
{
    g_return_if_fail(i < s->items->len);
    TjItem *it = &g_array_index(s->items, TjItem, i);
    g_return_if_fail(it->kind == TJ_ITEM_IMAGE);
    it->u.image.tint = tint;
}

void
tj_scene_rect_set_size(TjScene *s, guint i, double w, double h)
{
    g_return_if_fail(i < s->items->len);
    TjItem *it = &g_array_index(s->items, TjItem, i);
    g_return_if_fail(it->kind == TJ_ITEM_RECT);
    it->u.rect.w = w;
    it->u.rect.h = h;
}

void
tj_scene_truncate(TjScene *s, guint n)
{
    if (n >= s->items->len)
        return;
    guint ops = s->ops->len, pts = s->pts->len;
    for (guint i = n; i < s->items->len; i++) {
        TjItem *it = &g_array_index(s->items, TjItem, i);
        if (it->kind == TJ_ITEM_PATH) {
            ops = MIN(ops, it->u.path.ops_start);
            pts = MIN(pts, it->u.path.pts_start * 2);
        }
        if (it->kind == TJ_ITEM_GROUP)
            s->depth--;
        if (it->kind == TJ_ITEM_GROUP_END)
            s->depth++;
    }
    g_array_set_size(s->items, n);
    g_array_set_size(s->ops, ops);
    g_array_set_size(s->pts, pts);
    s->open_path = -1;
}

void
tj_scene_translate_from(TjScene *s, guint from, double dx, double dy)
{
    for (guint i = from; i < s->items->len; i++) {
        TjItem *it = &g_array_index(s->items, TjItem, i);
        switch (it->kind) {
        case TJ_ITEM_RECT: it->u.rect.x += dx; it->u.rect.y += dy; break;
        case TJ_ITEM_ARC: it->u.arc.cx += dx; it->u.arc.cy += dy; break;
        case TJ_ITEM_TEXT: it->u.text.x += dx; it->u.text.y += dy; break;
        case TJ_ITEM_IMAGE: it->u.image.x += dx; it->u.image.y += dy; break;
        case TJ_ITEM_PATH: {
            double *p = &g_array_index(s->pts, double, it->u.path.pts_start * 2);
            for (guint k = 0; k < it->u.path.n_pts; k++) {
                p[2 * k] += dx;
                p[2 * k + 1] += dy;
            }
            break;
        }
        default: break;
        }
    }
}

TjScene *
tj_scene_slice(const TjScene *s, double y0, double height)
{
    TjScene *out = tj_scene_new(s->width, height);
    out->background = s->background;
    out->title = keep(out, s->title);
    out->desc = keep(out, s->desc);
    for (guint i = 0; i < s->info->len; i += 2)
        tj_scene_set_info(out, s->info->pdata[i], s->info->pdata[i + 1]);
    for (guint i = 0; i < s->items->len; i++) {
        const TjItem *it = &g_array_index(s->items, TjItem, i);
        if (it->kind != TJ_ITEM_GROUP && it->kind != TJ_ITEM_GROUP_END) {
            TjRect r = tj_scene_item_box(s, it);
            if (r.y + r.h <= y0 || r.y >= y0 + height)
                continue;
        }
        TjItem copy = *it;
        copy.role = keep(out, it->role);
        if (it->kind == TJ_ITEM_TEXT)
            copy.u.text.text = keep(out, it->u.text.text);
        if (it->kind == TJ_ITEM_IMAGE)
            copy.u.image.blob = keep_blob(out, s->blobs->pdata[it->u.image.blob]);
        if (it->kind == TJ_ITEM_GROUP) {
            copy.u.group.title = keep(out, it->u.group.title);
            copy.u.group.desc = keep(out, it->u.group.desc);
        }
        if (it->kind == TJ_ITEM_PATH) {
            copy.u.path.ops_start = out->ops->len;
            copy.u.path.pts_start = out->pts->len / 2;
            g_array_append_vals(out->ops, &g_array_index(s->ops, guint8, it->u.path.ops_start),
                                it->u.path.n_ops);
            g_array_append_vals(out->pts, &g_array_index(s->pts, double, it->u.path.pts_start * 2),
                                it->u.path.n_pts * 2);
        }
        g_array_append_val(out->items, copy);
    }
    tj_scene_translate_from(out, 0, 0, -y0);
    return out;
}
