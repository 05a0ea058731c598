/* examples/embed/embed.c — a program of its own that writes a two-page PDF
 * report with cairo and places two tujie charts inside it, through the
 * installed library only:
 *
 *   cc embed.c $(pkg-config --cflags --libs tujie) -o embed
 *   ./embed report.pdf chart-economy-bar.yaml chart-gdp-trend.yaml
 */
#include <cairo-pdf.h>
#include <stdio.h>
#include <tujie/tujie.h>

#define PAGE_W 595.28  /* A4 in pt */
#define PAGE_H 841.89
#define MARGIN 56.0

/* Draws the chart of @spec scaled to the page's text width at @y; returns
 * the height used, or -1 on error (printed). */
static double
place_chart(cairo_t *cr, const char *spec, double y)
{
    GError *err = NULL;
    double w, h;
    TjDoc *doc = tj_doc_load(spec, &err);
    if (!doc || !tj_doc_size(doc, NULL, &w, &h, &err)) {
        fprintf(stderr, "embed: %s\n", err->message);
        g_error_free(err);
        tj_doc_free(doc);
        return -1;
    }
    double s = (PAGE_W - 2 * MARGIN) / w;
    cairo_save(cr);
    cairo_translate(cr, MARGIN, y);
    cairo_scale(cr, s, s);
    gboolean ok = tj_doc_draw(doc, cr, NULL, &err);
    cairo_restore(cr);
    tj_doc_free(doc);
    if (!ok) {
        fprintf(stderr, "embed: %s\n", err->message);
        g_error_free(err);
        return -1;
    }
    return h * s;
}

static void
heading(cairo_t *cr, const char *text)
{
    cairo_select_font_face(cr, "sans-serif", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_BOLD);
    cairo_set_font_size(cr, 18);
    cairo_set_source_rgb(cr, 0.1, 0.1, 0.1);
    cairo_move_to(cr, MARGIN, MARGIN);
    cairo_show_text(cr, text);
}

int
main(int argc, char **argv)
{
    if (argc != 4) {
        fprintf(stderr, "usage: embed OUT.pdf SPEC1.yaml SPEC2.yaml\n");
        return 2;
    }
    cairo_surface_t *pdf = cairo_pdf_surface_create(argv[1], PAGE_W, PAGE_H);
    cairo_t *cr = cairo_create(pdf);
    int rc = 0;
    for (int i = 0; i < 2 && rc == 0; i++) {
        heading(cr, i == 0 ? "1. Economy (tujie chart)" : "2. Trend (tujie chart)");
        if (place_chart(cr, argv[2 + i], MARGIN + 24) < 0)
            rc = 1;
        cairo_show_page(cr);
    }
    cairo_destroy(cr);
    cairo_surface_finish(pdf);
    if (cairo_surface_status(pdf) != CAIRO_STATUS_SUCCESS) {
        fprintf(stderr, "embed: %s\n", cairo_status_to_string(cairo_surface_status(pdf)));
        rc = 1;
    }
    cairo_surface_destroy(pdf);
    return rc;
}
