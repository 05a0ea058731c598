/* scene/scene.h — the display list: the one contract between layouts and
 * render. Layouts append items; render replays them in order. Coordinates are
 * px at scale 1, origin top-left, y down. The scene owns every string and
 * path point it holds and frees them in one call. */
#ifndef TJ_SCENE_SCENE_H
#define TJ_SCENE_SCENE_H

#include <glib.h>
#include "core/color.h"
#include "core/diag.h"
#include "core/font.h"
#include "core/geom.h"

typedef enum {
    TJ_ITEM_RECT,
    TJ_ITEM_PATH,
    TJ_ITEM_ARC,
    TJ_ITEM_TEXT,
    TJ_ITEM_IMAGE,      /* encoded image bytes drawn into a box */
    TJ_ITEM_GROUP,      /* begins a group; ends at the matching GROUP_END */
    TJ_ITEM_GROUP_END
} TjItemKind;

typedef enum { TJ_PATH_MOVE, TJ_PATH_LINE, TJ_PATH_CURVE, TJ_PATH_CLOSE } TjPathOp;
typedef enum { TJ_ANCHOR_START, TJ_ANCHOR_MIDDLE, TJ_ANCHOR_END } TjAnchor;
typedef enum { TJ_CAP_BUTT, TJ_CAP_ROUND, TJ_CAP_SQUARE } TjLineCap;

/* An encoded image as the api read it from a file: PNG or SVG bytes (never
 * decoded here) and the image's intrinsic size in px. The bytes are
 * immutable; a scene holding an image item keeps its own reference. */
typedef enum { TJ_IMAGE_PNG, TJ_IMAGE_SVG } TjImageType;
typedef struct {
    TjImageType type;
    GBytes *bytes;
    double width, height;     /* intrinsic size, px (> 0) */
} TjImage;

/* How a shape is filled and stroked; a colour with a == 0 is "none". */
typedef struct {
    TjColor fill;
    TjColor stroke;
    double stroke_width;
    double dash_on, dash_off;  /* 0, 0: solid */
    TjLineCap cap;
} TjPaint;

typedef struct {
    TjItemKind kind;
    const char *role;  /* what it is, for tests and SVG ids: "bar", "axis.label" */
    TjPaint paint;
    union {
        struct { double x, y, w, h, radius; } rect;
        /* ops[i] uses 1 point (MOVE, LINE), 3 (CURVE) or 0 (CLOSE); points
         * are consecutive (x, y) pairs starting at pts_start. */
        struct { guint ops_start, n_ops, pts_start, n_pts; } path;
        /* angles in radians, 0 = 3 o'clock, increasing clockwise (y down) */
        struct { double cx, cy, r, a0, a1; } arc;
        struct {
            double x, y;          /* anchor point on the baseline */
            const char *text;     /* UTF-8, one line */
            TjFontStyle font;
            TjColor color;
            TjAnchor anchor;
            double angle;         /* degrees, clockwise, about (x, y) */
            TjTextExtents ext;    /* as measured by the layout */
            double fit_width;     /* > 0: justify the line to this width by
                                     spacing its characters (renderers) */
            gboolean continues;   /* the next line of the text item before
                                     it: one wrapped text to a reader */
        } text;
        /* the image's bytes are the scene's: tj_scene_image_bytes() */
        struct {
            double x, y, w, h;    /* the box it is scaled into, px */
            TjImageType type;
            double iw, ih;        /* intrinsic size */
            guint blob;           /* index of its bytes in the scene */
            TjColor tint;         /* a > 0: drawn in this colour through
                                     the image's alpha; else its own */
        } image;
        /* desc: what the group shows, in words (alt text); groups with a
         * desc are figures to renderers (PDF Figure tags, SVG role=img) */
        struct { const char *title; const char *desc; } group;
    } u;
} TjItem;

typedef struct TjScene TjScene;

/* Returns: (transfer full) free with tj_scene_free(). */
TjScene *tj_scene_new(double width, double height);
void tj_scene_free(TjScene *scene);

double tj_scene_width(const TjScene *scene);
double tj_scene_height(const TjScene *scene);
void tj_scene_set_size(TjScene *scene, double width, double height);
void tj_scene_set_background(TjScene *scene, TjColor bg);
TjColor tj_scene_background(const TjScene *scene);
/* Title and description for output metadata (PNG iTXt, PDF info, SVG). */
void tj_scene_set_meta(TjScene *scene, const char *title, const char *desc);
const char *tj_scene_title(const TjScene *scene);   /* (transfer none) or NULL */
const char *tj_scene_desc(const TjScene *scene);    /* (transfer none) or NULL */
/* Replaces the description (NULL clears it). */
void tj_scene_set_desc(TjScene *scene, const char *desc);
/* Document information for output metadata, by key: "author", "subject",
 * "keywords", "date" (YYYY-MM-DD), "lang" (BCP 47, e.g. "zh-CN"). Setting
 * NULL removes a key. (transfer none) NULL when unset. */
void tj_scene_set_info(TjScene *scene, const char *key, const char *value);
const char *tj_scene_info(const TjScene *scene, const char *key);

/* A warning from the layout (a label shortened, a label left out): the
 * output is made, but not as asked. Kept once per distinct text; the api
 * hands them to the caller. @code is a static string ("label-shortened"). */
void tj_scene_warn(TjScene *scene, const char *code, const char *fmt, ...)
    G_GNUC_PRINTF(3, 4);
/* (transfer none) valid as long as the scene. */
const TjDiagList *tj_scene_diags(const TjScene *scene);
/* Drops the warnings past the first @n: those of a drawing that was
 * undone (tj_scene_truncate) because the chart is refused after all. */
void tj_scene_drop_warnings(TjScene *scene, guint n);

/* Appending. Each returns the item's index. Strings are copied in. */
guint tj_scene_rect(TjScene *scene, const char *role, double x, double y,
                    double w, double h, double radius, const TjPaint *paint);
guint tj_scene_line(TjScene *scene, const char *role, double x0, double y0,
                    double x1, double y1, const TjPaint *paint);
guint tj_scene_arc(TjScene *scene, const char *role, double cx, double cy,
                   double r, double a0, double a1, const TjPaint *paint);
guint tj_scene_text(TjScene *scene, const char *role, double x, double y,
                    const char *text, const TjFontStyle *font, TjColor color,
                    TjAnchor anchor, double angle, const TjTextExtents *ext);
/* @img's bytes scaled into the box (@x, @y, @w, @h): the layout keeps the
 * aspect ratio by choosing the box. The scene takes a reference on the
 * bytes (the same bytes appended twice are held once). */
guint tj_scene_image(TjScene *scene, const char *role, double x, double y, double w,
                     double h, const TjImage *img);
guint tj_scene_path_begin(TjScene *scene, const char *role, const TjPaint *paint);
void tj_scene_path_move(TjScene *scene, double x, double y);
void tj_scene_path_line(TjScene *scene, double x, double y);
void tj_scene_path_curve(TjScene *scene, double x1, double y1, double x2,
                         double y2, double x3, double y3);
void tj_scene_path_close(TjScene *scene);
guint tj_scene_group_begin(TjScene *scene, const char *role, const char *title);
void tj_scene_group_end(TjScene *scene);
/* Sets the description of the group begun at item @i (copied in). */
void tj_scene_group_set_desc(TjScene *scene, guint i, const char *desc);

/* Reading. Returns: (transfer none) valid until the next append. */
guint tj_scene_n_items(const TjScene *scene);
const TjItem *tj_scene_item(const TjScene *scene, guint i);
TjPathOp tj_scene_path_op(const TjScene *scene, const TjItem *item, guint k);
const double *tj_scene_path_points(const TjScene *scene, const TjItem *item);
/* The encoded bytes of an image item. (transfer none) valid as long as the
 * scene. */
GBytes *tj_scene_image_bytes(const TjScene *scene, const TjItem *item);

/* The box a text item covers on the page (rotation included, as the
 * axis-aligned bounding box of the rotated extents). */
TjRect tj_scene_text_box(const TjItem *item);
/* Bounding box of any item (stroke width included). */
TjRect tj_scene_item_box(const TjScene *scene, const TjItem *item);

/* Moves every item appended since index @from by (dx, dy) — used by the page
 * composer to place a chart laid out at the origin. */
void tj_scene_translate_from(TjScene *scene, guint from, double dx, double dy);

/* Draws image item @i in one colour (its alpha as a mask). */
void tj_scene_image_set_tint(TjScene *scene, guint i, TjColor tint);
/* Justifies text item @i to @width (see fit_width). */
void tj_scene_text_set_fit(TjScene *scene, guint i, double width);
/* Marks text items @first + 1 … @first + @n - 1 as the lines after item
 * @first of one wrapped text (each a text item, appended in reading order):
 * renderers keep it whole for readers (PDF /ActualText). */
void tj_scene_text_join(TjScene *scene, guint first, guint n);
/* The text of the wrapped text whose first line is item @i: its lines
 * joined (a space only between two Latin letters or digits), or NULL when
 * the next item does not continue it. (transfer full) g_free(). */
char *tj_scene_text_joined(const TjScene *scene, guint i, guint *n_lines);
/* Resizes rect item @i (a band whose height is known only later). */
void tj_scene_rect_set_size(TjScene *scene, guint i, double w, double h);

/* Drops every item from index @n on (a layout trying another arrangement). */
void tj_scene_truncate(TjScene *scene, guint n);

/* A new scene @height tall holding the items of @s whose top lies in
 * [@y0, @y0 + @height), moved up by @y0 (page slices of a long poster cut
 * where no item straddles). Group markers (with their descriptions), the
 * metadata and the document information are kept. (transfer full) */
TjScene *tj_scene_slice(const TjScene *s, double y0, double height);

/* A line per item, numbers to 0.01 px, for golden tests.
 * Returns: (transfer full) g_free(). */
char *tj_scene_dump(const TjScene *scene);

#endif
