/* tests/unit/test-locale.c — the locale never changes data, only words.
 * Under a locale with a decimal comma (de_DE.UTF-8, every category, as a
 * program embedding libtujie might run) numbers parse and format the same
 * and charts come out byte for byte as under "C", in PNG, SVG and PDF.
 * Messages follow LC_MESSAGES in the text domain "tujie", also when the
 * program has a text domain of its own. Skipped where a locale is not
 * generated (scripts/install-deps.sh generates both). */
#include <libintl.h>
#include <locale.h>
#include <string.h>

#include "core/format.h"
#include "data/number.h"
#include "support/tjtest.h"
#include "tujie/tujie.h"

#define COMMA_LOCALE "de_DE.UTF-8"
#define ZH_LOCALE "zh_CN.UTF-8"

/* Switches every category to @name; FALSE (test skipped) when missing. */
static gboolean
use_locale(const char *name)
{
    if (setlocale(LC_ALL, name))
        return TRUE;
    char *why = g_strdup_printf("locale %s is not installed (scripts/install-deps.sh)", name);
    g_test_skip(why);
    g_free(why);
    return FALSE;
}

static void
test_numbers(void)
{
    if (!use_locale(COMMA_LOCALE))
        return;
    g_assert_cmpstr(localeconv()->decimal_point, ==, ",");  /* the locale is real */
    static const struct { const char *text; double value; } cases[] = {
        { "2954.7", 2954.7 }, { "2,954.7", 2954.7 }, { "21.8%", 21.8 },
        { "1.4万", 14000 }, { "-4.4", -4.4 }, { "0.3", 0.3 },
    };
    for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
        TjNumber n;
        g_assert_cmpint(tj_number_parse(cases[i].text, &n, NULL), ==, TJ_NUM_VALUE);
        g_assert_cmpfloat_with_epsilon(n.value, cases[i].value, 1e-9);
    }
    char *s = tj_format_decimal(2954.7, 1);
    g_assert_cmpstr(s, ==, "2954.7");
    g_free(s);
    s = tj_format_decimal(0.25, 2);
    g_assert_cmpstr(s, ==, "0.25");
    g_free(s);
    setlocale(LC_ALL, "C");
}

static GBytes *
render(const char *rel, TjFormat fmt)
{
    char *spec = tjt_src_path(rel);
    TjOutputOptions out = { 0 };
    out.creation_date = "2021-01-01";
    GBytes *bytes = NULL;
    GError *err = NULL;
    g_assert_true(tjt_spec_render_bytes(spec, fmt, &out, &bytes, &err));
    g_assert_no_error(err);
    g_free(spec);
    return bytes;
}

static void
test_outputs(void)
{
    static const char *const specs[] = {
        "examples/dongcheng-2021/chart-economy-bar.yaml",
        "examples/dongcheng-2021/chart-gdp-trend.yaml",
        "examples/dongcheng-2021/chart-kitchen-waste-gauge.yaml",
        "examples/dongcheng-2021/chart-gdp-kpi.yaml",
    };
    static const TjFormat fmts[] = { TJ_FORMAT_PNG, TJ_FORMAT_SVG, TJ_FORMAT_PDF };
    if (!use_locale(COMMA_LOCALE))
        return;
    setlocale(LC_ALL, "C");
    for (gsize i = 0; i < G_N_ELEMENTS(specs); i++) {
        for (gsize f = 0; f < G_N_ELEMENTS(fmts); f++) {
            setlocale(LC_ALL, "C");
            GBytes *c = render(specs[i], fmts[f]);
            setlocale(LC_ALL, COMMA_LOCALE);
            GBytes *de = render(specs[i], fmts[f]);
            if (!g_bytes_equal(c, de))
                g_test_message("%s, format %d: output differs under %s", specs[i], fmts[f],
                               COMMA_LOCALE);
            g_assert_true(g_bytes_equal(c, de));
            g_bytes_unref(c);
            g_bytes_unref(de);
        }
    }
    setlocale(LC_ALL, "C");
}

/* The message of loading a file that does not exist. (transfer full) */
static char *
missing_file_message(void)
{
    GError *err = NULL;
    TjTable *t = tj_table_load("no-such-table.csv", &err);
    g_assert_null(t);
    g_assert_nonnull(err);
    char *msg = g_strdup(err->message);
    g_error_free(err);
    return msg;
}

static void
test_messages(void)
{
    if (!use_locale(ZH_LOCALE))
        return;
    textdomain("some-other-program");  /* a host program's own domain */
    char *zh = missing_file_message();
    g_assert_nonnull(strstr(zh, "no-such-table.csv: "));
    g_assert_nonnull(strstr(zh, "无法打开文件"));
    g_free(zh);
    setlocale(LC_ALL, "C");
    char *en = missing_file_message();
    g_assert_nonnull(strstr(en, "no-such-table.csv: cannot open the file"));
    g_free(en);
    textdomain("messages");
}

int
main(int argc, char **argv)
{
    g_unsetenv("LANGUAGE");  /* LC_MESSAGES decides, before any thread */
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/locale/numbers", test_numbers);
    g_test_add_func("/locale/outputs", test_outputs);
    g_test_add_func("/locale/messages", test_messages);
    return g_test_run();
}
