/* tests/fuzz/fuzz-number.c — libFuzzer harness for tj_number_parse: any
 * bytes (as a C string) must give a kind with consistent fields: values
 * finite, missing NAN, magnitudes 0/4/8/12, strings UTF-8.
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined -I. -Iinclude \
 *     $(pkg-config --cflags glib-2.0) tests/fuzz/fuzz-number.c \
 *     data/number.c -o build-fuzz/fuzz-number $(pkg-config --libs glib-2.0) -lm
 *   mkdir -p build-fuzz/corpus-number && build-fuzz/fuzz-number \
 *     -max_total_time=180 -dict=tests/fuzz/csv.dict build-fuzz/corpus-number \
 *     tests/fuzz/corpus/number */
#include "data/number.h"

#include <math.h>
#include <stdint.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* an exact-size heap copy, so ASan sees any read past the NUL */
    char *text = g_malloc(size + 1);
    memcpy(text, data, size);
    text[size] = '\0';
    GStringChunk *strings = g_string_chunk_new(64);
    TjNumber n;
    TjNumKind kind = tj_number_parse(text, &n, strings);
    switch (kind) {
    case TJ_NUM_VALUE:
        g_assert_true(isfinite(n.value));
        g_assert_true(n.decimals >= 0);
        g_assert_true(n.magnitude == 0 || n.magnitude == 4 || n.magnitude == 8
                      || n.magnitude == 12);
        g_assert_true(n.unit == NULL || g_utf8_validate(n.unit, -1, NULL));
        g_assert_true(!(n.percent && n.unit != NULL));
        break;
    case TJ_NUM_MISSING:
        g_assert_true(isnan(n.value));
        g_assert_null(n.unit);
        break;
    case TJ_NUM_TEXT:
        g_assert_true(isnan(n.value));
        break;
    default:
        g_assert_not_reached();
    }
    /* without a chunk: same kind, same value, no unit but the static ‰ */
    TjNumber m;
    g_assert_cmpint(tj_number_parse(text, &m, NULL), ==, kind);
    g_assert_true(kind != TJ_NUM_VALUE || m.value == n.value);
    g_assert_true(m.range == n.range && (!n.range || kind == TJ_NUM_TEXT));
    g_assert_true(m.unit == NULL || strcmp(m.unit, "‰") == 0);
    g_string_chunk_free(strings);
    g_free(text);
    return 0;
}
