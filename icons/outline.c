/* icons/outline.c — an icon's outline read from the icon font with
 * FreeType: the glyph's contours in font units, unhinted, quadratic
 * pieces raised to cubic ones, scaled into a 1 × 1 box (y down). One face
 * per process, opened on first use and guarded by a lock (a FreeType face
 * is not thread-safe; batch workers share it). Also the shape as an SVG
 * document, and the TjIconShape container. */
#include "icons/icons-private.h"

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_OUTLINE_H

#include "core/format.h"
#include "core/i18n.h"

static GMutex lock;
static FT_Library library;
static FT_Face face;       /* NULL: not opened, or failed (tried once) */
static gboolean tried;

const char *
tj_icon_font_path(void)
{
    const char *env = g_getenv("TJ_ICON_FONT");
    return env && *env ? env : TJ_ICON_FONT_DEFAULT;
}

/* Under the lock: the face, opened once. */
static FT_Face
get_face(void)
{
    if (!tried) {
        tried = TRUE;
        if (FT_Init_FreeType(&library) == 0 &&
            FT_New_Face(library, tj_icon_font_path(), 0, &face) != 0)
            face = NULL;
    }
    return face;
}

gboolean
tj__icon_font_has(unsigned codepoint)
{
    g_mutex_lock(&lock);
    FT_Face f = get_face();
    gboolean has = f && FT_Get_Char_Index(f, codepoint) != 0;
    g_mutex_unlock(&lock);
    return has;
}

typedef struct {
    GArray *ops, *pts;
    double scale, top;
    double cx, cy;         /* current point, font units */
    gboolean open;
} Builder;

static void
add_pt(Builder *b, double x, double y)
{
    double p[2] = { x * b->scale, (b->top - y) * b->scale };
    g_array_append_vals(b->pts, p, 2);
}

static void
add_op(Builder *b, TjPathOp op)
{
    g_array_append_val(b->ops, op);
}

static int
move_to(const FT_Vector *to, void *user)
{
    Builder *b = user;
    if (b->open)
        add_op(b, TJ_PATH_CLOSE);
    add_op(b, TJ_PATH_MOVE);
    add_pt(b, to->x, to->y);
    b->cx = to->x;
    b->cy = to->y;
    b->open = TRUE;
    return 0;
}

static int
line_to(const FT_Vector *to, void *user)
{
    Builder *b = user;
    add_op(b, TJ_PATH_LINE);
    add_pt(b, to->x, to->y);
    b->cx = to->x;
    b->cy = to->y;
    return 0;
}

static int
cubic_to(const FT_Vector *c1, const FT_Vector *c2, const FT_Vector *to, void *user)
{
    Builder *b = user;
    add_op(b, TJ_PATH_CURVE);
    add_pt(b, c1->x, c1->y);
    add_pt(b, c2->x, c2->y);
    add_pt(b, to->x, to->y);
    b->cx = to->x;
    b->cy = to->y;
    return 0;
}

/* A quadratic piece as the cubic that draws the same curve. */
static int
conic_to(const FT_Vector *c, const FT_Vector *to, void *user)
{
    Builder *b = user;
    add_op(b, TJ_PATH_CURVE);
    add_pt(b, b->cx + 2.0 / 3 * (c->x - b->cx), b->cy + 2.0 / 3 * (c->y - b->cy));
    add_pt(b, to->x + 2.0 / 3 * (c->x - to->x), to->y + 2.0 / 3 * (c->y - to->y));
    add_pt(b, to->x, to->y);
    b->cx = to->x;
    b->cy = to->y;
    return 0;
}

/* Under the lock: the outline of @codepoint, or NULL with @error. */
static TjIconShape *
outline_of(const char *name, unsigned codepoint, GError **error)
{
    FT_Face f = get_face();
    if (!f) {
        g_set_error(error, TJ_ERROR, TJ_ERROR_FONT,
                    _("the icon font “%s” cannot be read (Debian package "
                      "fonts-material-design-icons-iconfont)"), tj_icon_font_path());
        return NULL;
    }
    FT_UInt gi = FT_Get_Char_Index(f, codepoint);
    if (gi == 0 || FT_Load_Glyph(f, gi, FT_LOAD_NO_SCALE | FT_LOAD_NO_HINTING) != 0 ||
        f->glyph->format != FT_GLYPH_FORMAT_OUTLINE) {
        g_set_error(error, TJ_ERROR, TJ_ERROR_FONT,
                    _("icon “%s”: the icon font “%s” has no outline for it"), name, tj_icon_font_path());
        return NULL;
    }
    static const FT_Outline_Funcs funcs = { move_to, line_to, conic_to, cubic_to, 0, 0 };
    Builder b = { g_array_new(FALSE, FALSE, sizeof(TjPathOp)),
                  g_array_new(FALSE, FALSE, sizeof(double)),
                  1.0 / (f->units_per_EM ? f->units_per_EM : 1), f->ascender, 0, 0, FALSE };
    FT_Outline_Decompose(&f->glyph->outline, &funcs, &b);
    if (b.open)
        add_op(&b, TJ_PATH_CLOSE);
    TjIconShape *shape = tj_icon_shape_new(name, (const TjPathOp *)(void *)b.ops->data,
                                           b.ops->len, (const double *)(void *)b.pts->data,
                                           b.pts->len / 2);
    g_array_free(b.ops, TRUE);
    g_array_free(b.pts, TRUE);
    return shape;
}

TjIconShape *
tj_icon_load(const char *word, GError **error)
{
    g_return_val_if_fail(word != NULL, NULL);
    const char *name = tj_icon_resolve(word);
    if (!name) {
        const char *near = tj_icon_suggest(word);
        if (near)
            g_set_error(error, TJ_ERROR, TJ_ERROR_INPUT,
                        _("no built-in icon “%s”; did you mean “%s”? (tujie icons --search WORD "
                          "lists them)"), word, near);
        else
            g_set_error(error, TJ_ERROR, TJ_ERROR_INPUT,
                        _("no built-in icon “%s” (tujie icons --search WORD lists them)"), word);
        return NULL;
    }
    g_mutex_lock(&lock);
    TjIconShape *shape = outline_of(name, tj__icon_entry(name)->codepoint, error);
    g_mutex_unlock(&lock);
    return shape;
}

TjIconShape *
tj_icon_shape_new(const char *name, const TjPathOp *ops, guint n_ops, const double *pts,
                  guint n_pts)
{
    TjIconShape *s = g_new0(TjIconShape, 1);
    s->name = g_strdup(name);
    s->n_ops = n_ops;
    s->ops = g_memdup2(ops, n_ops * sizeof *ops);
    s->n_pts = n_pts;
    s->pts = g_memdup2(pts, n_pts * 2 * sizeof *pts);
    return s;
}

void
tj_icon_shape_free(TjIconShape *shape)
{
    if (!shape)
        return;
    g_free((char *)shape->name);
    g_free(shape->ops);
    g_free(shape->pts);
    g_free(shape);
}

static void
svg_point(GString *d, const double *p)
{
    char *x = tj_format_decimal(p[0] * 24, 3), *y = tj_format_decimal(p[1] * 24, 3);
    g_string_append_printf(d, "%s %s ", x, y);
    g_free(x);
    g_free(y);
}

GBytes *
tj_icon_shape_svg(const TjIconShape *shape)
{
    static const char *const letters[] = { "M", "L", "C", "Z" };
    GString *d = g_string_new("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"24\" "
                              "height=\"24\" viewBox=\"0 0 24 24\"><path d=\"");
    const double *p = shape->pts;
    for (guint i = 0; i < shape->n_ops; i++) {
        TjPathOp op = shape->ops[i];
        g_string_append(d, letters[op]);
        guint n = op == TJ_PATH_CURVE ? 3 : op == TJ_PATH_CLOSE ? 0 : 1;
        for (guint k = 0; k < n; k++, p += 2)
            svg_point(d, p);
    }
    g_string_append(d, "\"/></svg>\n");
    gsize len = d->len;
    return g_bytes_new_take(g_string_free(d, FALSE), len);
}
