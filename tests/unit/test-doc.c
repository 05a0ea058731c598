/* tests/unit/test-doc.c — specs as objects through the public API only
 * (include/tujie/tujie.h): a spec built in memory renders like the same
 * file, reads its data relative to the folder it is given and no further
 * unless allowed, names its own place in messages, picks up an edited
 * CSV at the next render, and lists the files it reads (tj_doc_inputs). */
#include <string.h>
#include <glib/gstdio.h>

#include "support/tjtest.h"
#include "tujie/tujie.h"

static const char kpi_yaml[] =
    "kpi:\n"
    "  where: {指标: 地区生产总值}\n"
    "  value: 数值\n"
    "  change: 同比\n"
    "data: ind.csv\n";

static const char csv_2020[] =
    "指标,数值,同比\n"
    "地区生产总值,2954.7亿元,0.2%\n";

typedef struct {
    char *dir;      /* a fresh folder holding ind.csv */
} Fix;

static void
fix_setup(Fix *f, gconstpointer data)
{
    (void)data;
    f->dir = g_dir_make_tmp("tj-doc-XXXXXX", NULL);
    g_assert_nonnull(f->dir);
    char *csv = g_build_filename(f->dir, "ind.csv", NULL);
    g_assert_true(g_file_set_contents(csv, csv_2020, -1, NULL));
    g_free(csv);
}

static void
fix_teardown(Fix *f, gconstpointer data)
{
    (void)data;
    GDir *d = g_dir_open(f->dir, 0, NULL);
    const char *name;
    while (d && (name = g_dir_read_name(d))) {
        char *p = g_build_filename(f->dir, name, NULL);
        g_unlink(p);
        g_free(p);
    }
    if (d)
        g_dir_close(d);
    g_rmdir(f->dir);
    g_free(f->dir);
}

static GBytes *
render(const TjDoc *doc, TjFormat fmt, const TjOutputOptions *out)
{
    GBytes *b = NULL;
    GError *err = NULL;
    g_assert_true(tj_doc_render_bytes(doc, fmt, out, &b, &err));
    g_assert_no_error(err);
    return b;
}

static void
test_memory_equals_file(Fix *f, gconstpointer data)
{
    (void)data;
    GError *err = NULL;
    TjDoc *mem = tj_doc_new_from_data(kpi_yaml, -1, f->dir, "tile.yaml", &err);
    g_assert_no_error(err);
    char *path = g_build_filename(f->dir, "tile.yaml", NULL);
    g_assert_true(g_file_set_contents(path, kpi_yaml, -1, NULL));
    TjDoc *file = tj_doc_load(path, &err);
    g_assert_no_error(err);

    g_assert_true(tj_doc_check(mem, NULL, &err));
    g_assert_no_error(err);
    double w = 0, h = 0;
    g_assert_true(tj_doc_size(mem, NULL, &w, &h, &err));
    g_assert_cmpfloat(w, ==, 360);
    g_assert_cmpfloat(h, ==, 220);

    TjOutputOptions out = { 0 };
    out.creation_date = "2021-02-20";
    GBytes *a = render(mem, TJ_FORMAT_SVG, &out), *b = render(file, TJ_FORMAT_SVG, &out);
    g_assert_true(g_bytes_equal(a, b));
    gsize n;
    const char *svg = g_bytes_get_data(a, &n);
    g_assert_nonnull(g_strstr_len(svg, (gssize)n, "<svg"));
    g_bytes_unref(a);
    g_bytes_unref(b);

    GBytes *png = render(mem, TJ_FORMAT_PNG, NULL);
    g_assert_cmpint(memcmp(g_bytes_get_data(png, NULL), "\x89PNG", 4), ==, 0);
    g_bytes_unref(png);

    /* to a file, atomically, like tj_render_spec */
    char *pdf = g_build_filename(f->dir, "tile.pdf", NULL);
    g_assert_true(tj_doc_render(mem, TJ_FORMAT_PDF, pdf, &out, &err));
    g_assert_no_error(err);
    g_assert_true(g_file_test(pdf, G_FILE_TEST_IS_REGULAR));
    g_free(pdf);
    g_free(path);
    tj_doc_free(mem);
    tj_doc_free(file);
}

static void
test_sees_edited_data(Fix *f, gconstpointer data)
{
    (void)data;
    TjDoc *doc = tj_doc_new_from_data(kpi_yaml, (gssize)strlen(kpi_yaml), f->dir, NULL, NULL);
    g_assert_nonnull(doc);
    GBytes *before = render(doc, TJ_FORMAT_SVG, NULL);
    char *csv = g_build_filename(f->dir, "ind.csv", NULL);
    g_assert_true(g_file_set_contents(csv, "指标,数值,同比\n地区生产总值,3000.1亿元,1.5%\n", -1, NULL));
    GBytes *after = render(doc, TJ_FORMAT_SVG, NULL);
    g_assert_false(g_bytes_equal(before, after));
    g_bytes_unref(before);
    g_bytes_unref(after);
    g_free(csv);
    tj_doc_free(doc);
}

static void
test_errors_name_the_place(Fix *f, gconstpointer data)
{
    (void)data;
    GError *err = NULL;
    /* a syntax error is found when the spec is made */
    g_assert_null(tj_doc_new_from_data("kpi: {value: [\n", -1, f->dir, "bad.yaml", &err));
    g_assert_error(err, TJ_ERROR, TJ_ERROR_INPUT);
    char *where = g_strdup_printf("%s/bad.yaml:", f->dir);
    g_assert_true(g_str_has_prefix(err->message, where));
    g_free(where);
    g_clear_error(&err);

    /* a wrong column when it is checked, at the line that named it */
    TjDoc *doc = tj_doc_new_from_data("kpi:\n  where: {指标: 地区生产总值}\n  value: 数目\n"
                                      "data: ind.csv\n", -1, f->dir, "t.yaml", &err);
    g_assert_no_error(err);
    g_assert_false(tj_doc_check(doc, NULL, &err));
    g_assert_error(err, TJ_ERROR, TJ_ERROR_INPUT);
    g_assert_nonnull(strstr(err->message, "t.yaml:"));
    g_assert_nonnull(strstr(err->message, "数值"));  /* did you mean */
    g_clear_error(&err);
    tj_doc_free(doc);

    g_assert_null(tj_doc_load("/nonexistent/spec.yaml", &err));
    g_assert_error(err, TJ_ERROR, TJ_ERROR_IO);
    g_clear_error(&err);
}

static void
test_path_policy(Fix *f, gconstpointer data)
{
    (void)data;
    /* the spec lives in a sub-folder; its data one level up */
    char *sub = g_build_filename(f->dir, "specs", NULL);
    g_assert_cmpint(g_mkdir(sub, 0700), ==, 0);
    char *yaml = g_strdup_printf("%sdata: ../ind.csv\n", kpi_yaml);
    /* drop the first data: line so the second one counts */
    char *line = strstr(yaml, "data: ind.csv\n");
    memmove(line, line + strlen("data: ind.csv\n"), strlen(line + strlen("data: ind.csv\n")) + 1);
    GError *err = NULL;
    TjDoc *doc = tj_doc_new_from_data(yaml, -1, sub, NULL, &err);
    g_assert_no_error(err);
    GBytes *b = NULL;
    g_assert_false(tj_doc_render_bytes(doc, TJ_FORMAT_SVG, NULL, &b, &err));
    g_assert_null(b);
    g_assert_nonnull(strstr(err->message, "--allow-dir"));
    g_clear_error(&err);

    const char *allow[] = { f->dir, NULL };
    TjOutputOptions out = { 0 };
    out.allow_dirs = allow;
    b = render(doc, TJ_FORMAT_SVG, &out);
    g_bytes_unref(b);
    double w = 0;
    g_assert_true(tj_doc_size(doc, &out, &w, NULL, &err));
    g_assert_cmpfloat(w, ==, 360);

    /* the path entry points honour allow_dirs too */
    char *path = g_build_filename(sub, "t.yaml", NULL);
    g_assert_true(g_file_set_contents(path, yaml, -1, NULL));
    g_assert_true(tjt_spec_render_bytes(path, TJ_FORMAT_SVG, &out, &b, &err));
    g_assert_no_error(err);
    g_bytes_unref(b);
    g_assert_false(tjt_spec_size(path, NULL, &w, NULL, &err));
    g_clear_error(&err);
    g_unlink(path);
    g_rmdir(sub);
    g_free(path);
    g_free(yaml);
    g_free(sub);
    tj_doc_free(doc);
}

/* The fonts pdffonts lists for @pdf. (transfer full) */
static char *
pdf_fonts(const char *pdf)
{
    const char *argv[] = { "pdffonts", pdf, NULL };
    char *out = NULL;
    g_assert_true(g_spawn_sync(NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out,
                               NULL, NULL, NULL));
    return out;
}

/* A theme's font: the text is drawn with that family first (DejaVu Sans has
 * the digits and Latin, tujie's chain the hanzi), a family that is not
 * installed is an error at the line that named it, and the next render
 * without it draws with tujie's chain alone again. */
static void
test_theme_font(Fix *f, gconstpointer data)
{
    (void)data;
    char *yaml = g_strdup_printf("%stheme: {base: gov-red, font: DejaVu Sans}\n", kpi_yaml);
    TjDoc *with = tj_doc_new_from_data(yaml, -1, f->dir, "font.yaml", NULL);
    TjDoc *without = tj_doc_new_from_data(kpi_yaml, -1, f->dir, "plain.yaml", NULL);
    g_assert_nonnull(with);
    g_assert_nonnull(without);
    char *a = g_build_filename(f->dir, "with.pdf", NULL);
    char *b = g_build_filename(f->dir, "without.pdf", NULL);
    GError *err = NULL;
    g_assert_true(tj_doc_render(with, TJ_FORMAT_PDF, a, NULL, &err));
    g_assert_no_error(err);
    g_assert_true(tj_doc_render(without, TJ_FORMAT_PDF, b, NULL, &err));
    g_assert_no_error(err);
    char *fa = pdf_fonts(a), *fb = pdf_fonts(b);
    g_assert_nonnull(strstr(fa, "DejaVuSans"));
    g_assert_nonnull(strstr(fa, "TujieSansCJKsc"));  /* 地区生产总值 */
    g_assert_null(strstr(fb, "DejaVuSans"));
    g_free(fa);
    g_free(fb);

    /* several files of one layout: the PDF is written on a second thread,
     * with fonts of its own that get the theme's family too */
    char *spec = g_build_filename(f->dir, "font.yaml", NULL);
    char *png = g_build_filename(f->dir, "both.png", NULL);
    char *both = g_build_filename(f->dir, "both.pdf", NULL);
    g_assert_true(g_file_set_contents(spec, yaml, -1, NULL));
    const TjFormat fmts[] = { TJ_FORMAT_PNG, TJ_FORMAT_PDF };
    const char *const paths[] = { png, both };
    g_assert_true(tjt_render_spec_files(spec, 2, fmts, paths, NULL, &err));
    g_assert_no_error(err);
    char *fboth = pdf_fonts(both);
    g_assert_nonnull(strstr(fboth, "DejaVuSans"));
    g_assert_true(g_file_test(png, G_FILE_TEST_IS_REGULAR));
    g_free(fboth);
    for (char **p = (char *[]){ spec, png, both, NULL }; *p; p++) {
        g_unlink(*p);
        g_free(*p);
    }

    char *bad = g_strdup_printf("%stheme:\n  font: No Such Sans\n", kpi_yaml);
    TjDoc *nosuch = tj_doc_new_from_data(bad, -1, f->dir, "bad.yaml", NULL);
    char *c = g_build_filename(f->dir, "bad.pdf", NULL);
    g_assert_false(tj_doc_render(nosuch, TJ_FORMAT_PDF, c, NULL, &err));
    g_assert_error(err, TJ_ERROR, TJ_ERROR_INPUT);
    g_assert_nonnull(strstr(err->message, "bad.yaml:7:9: "));
    g_assert_nonnull(strstr(err->message, "“No Such Sans” is not installed"));
    g_assert_false(g_file_test(c, G_FILE_TEST_EXISTS));
    g_clear_error(&err);
    for (char **p = (char *[]){ a, b, c, NULL }; *p; p++) {
        g_unlink(*p);
        g_free(*p);
    }
    tj_doc_free(nosuch);
    tj_doc_free(with);
    tj_doc_free(without);
    g_free(bad);
    g_free(yaml);
}

static gpointer
render_thread(gpointer data)
{
    GBytes *b = NULL;
    if (!tj_doc_render_bytes(data, TJ_FORMAT_SVG, NULL, &b, NULL))
        return NULL;
    return b;
}

/* one document rendered from four threads at once gives four times the
 * bytes a single render gives (docs/api.md promises it) */
static void
test_threads(Fix *f, gconstpointer data)
{
    (void)data;
    TjDoc *doc = tj_doc_new_from_data(kpi_yaml, -1, f->dir, NULL, NULL);
    g_assert_nonnull(doc);
    GBytes *one = render(doc, TJ_FORMAT_SVG, NULL);
    GThread *t[4];
    for (int i = 0; i < 4; i++)
        t[i] = g_thread_new("render", render_thread, doc);
    for (int i = 0; i < 4; i++) {
        GBytes *b = g_thread_join(t[i]);
        g_assert_nonnull(b);
        g_assert_true(g_bytes_equal(one, b));
        g_bytes_unref(b);
    }
    g_bytes_unref(one);
    tj_doc_free(doc);
}

/* The files a spec reads, for a program that watches them: declared and
 * inline sources and images, once each, resolved against the spec's
 * folder, missing ones too, and those of a spec with a mistake elsewhere. */
static void
test_inputs(Fix *f, gconstpointer data)
{
    (void)data;
    static const char yaml[] =
        "page: {title: 图解, widht: 750}\n"
        "data:\n"
        "  ind: ind.csv\n"
        "  book: {path: sub/book.xlsx, sheet: 2}\n"
        "sections:\n"
        "  - rows:\n"
        "      - kpi: {data: ind, where: {指标: 地区生产总值}, value: 数值}\n"
        "      - kpi: {data: ind, where: {指标: 地区生产总值}, value: 同比}\n"
        "      - bar: {data: more.csv, x: a, y: b}\n"
        "      - image: logo.png\n";
    GError *err = NULL;
    TjDoc *doc = tj_doc_new_from_data(yaml, -1, f->dir, "page.yaml", &err);
    g_assert_no_error(err);
    char **inputs = tj_doc_inputs(doc, &err);
    g_assert_no_error(err);
    g_assert_nonnull(inputs);
    const char *want[] = { "ind.csv", "sub/book.xlsx", "more.csv", "logo.png" };
    g_assert_cmpuint(g_strv_length(inputs), ==, G_N_ELEMENTS(want));
    for (guint i = 0; i < G_N_ELEMENTS(want); i++) {
        char *path = g_build_filename(f->dir, want[i], NULL);
        g_assert_cmpstr(inputs[i], ==, path);
        g_free(path);
    }
    g_strfreev(inputs);
    tj_doc_free(doc);

    /* a spec file is read at each use: saved with a syntax error (the only
     * failure), it lists nothing */
    char *bad = g_build_filename(f->dir, "bad.yaml", NULL);
    g_assert_true(g_file_set_contents(bad, "data: ind.csv\nkpi: {value: 数值}\n", -1, NULL));
    doc = tj_doc_load(bad, &err);
    g_assert_no_error(err);
    g_assert_true(g_file_set_contents(bad, "data: ind.csv\nkpi: {value: [\n", -1, NULL));
    g_assert_null(tj_doc_inputs(doc, &err));
    g_assert_error(err, TJ_ERROR, TJ_ERROR_INPUT);
    g_clear_error(&err);
    tj_doc_free(doc);
    g_free(bad);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add("/doc/memory-equals-file", Fix, NULL, fix_setup, test_memory_equals_file,
               fix_teardown);
    g_test_add("/doc/sees-edited-data", Fix, NULL, fix_setup, test_sees_edited_data,
               fix_teardown);
    g_test_add("/doc/errors-name-the-place", Fix, NULL, fix_setup, test_errors_name_the_place,
               fix_teardown);
    g_test_add("/doc/path-policy", Fix, NULL, fix_setup, test_path_policy, fix_teardown);
    g_test_add("/doc/threads", Fix, NULL, fix_setup, test_threads, fix_teardown);
    g_test_add("/doc/theme-font", Fix, NULL, fix_setup, test_theme_font, fix_teardown);
    g_test_add("/doc/inputs", Fix, NULL, fix_setup, test_inputs, fix_teardown);
    return g_test_run();
}
