/* bench/tools/cairo-resave.c — what cairo's own PNG encoder makes of an
 * image: decodes IN.png with cairo and writes it again with
 * cairo_surface_write_to_png (libpng's defaults: adaptive filters, zlib
 * level 6), for the target "PNG no larger than cairo's default encoder".
 *
 *   cairo-resave IN.png OUT.png     prints "IN_BYTES OUT_BYTES" */
#include <cairo.h>
#include <stdio.h>
#include <sys/stat.h>

static long
size_of(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 ? (long)st.st_size : -1;
}

int
main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: cairo-resave IN.png OUT.png\n");
        return 2;
    }
    cairo_surface_t *s = cairo_image_surface_create_from_png(argv[1]);
    if (cairo_surface_status(s) != CAIRO_STATUS_SUCCESS ||
        cairo_surface_write_to_png(s, argv[2]) != CAIRO_STATUS_SUCCESS) {
        fprintf(stderr, "cairo-resave: %s: %s\n", argv[1],
                cairo_status_to_string(cairo_surface_status(s)));
        cairo_surface_destroy(s);
        return 1;
    }
    cairo_surface_destroy(s);
    printf("%ld %ld\n", size_of(argv[1]), size_of(argv[2]));
    return 0;
}
