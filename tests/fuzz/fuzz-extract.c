/* tests/fuzz/fuzz-extract.c — libFuzzer harness for tujie extract: any bytes
 * as a report (any encoding the decoder accepts, lost punctuation, digits
 * in odd places) must give rows whose CSV reads back with tj_table_parse
 * into the same number of rows, and YAML; or a clean error. Also the
 * Chinese-numeral reader on the same bytes.
 *   make fuzz && build-fuzz/fuzz-extract -max_len=4096 \
 *     -dict=tests/fuzz/extract.dict build-fuzz/corpus-extract tests/fuzz/corpus/extract */
#include "tujie/tujie.h"
#include "data/cnumber.h"
#include "data/table.h"

#include <stdint.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    GError *err = NULL;
    TjExtract *ex = tj_extract_from_data((const char *)data, size, "fuzz.txt", &err);
    if (ex == NULL) {
        g_assert_nonnull(err);
        g_error_free(err);
    } else {
        guint n = 0, named = 0, qual = 0;
        tj_extract_counts(ex, &n, &named, &qual);
        g_assert_true(named <= n && qual <= n);
        for (guint i = 0; i < tj_extract_n_unread(ex); i++)
            g_assert_true(g_utf8_validate(tj_extract_unread(ex, i, NULL), -1, NULL));
        char *csv = tj_extract_format(ex, TJ_EXTRACT_CSV, TRUE);
        g_assert_true(g_utf8_validate(csv, -1, NULL));
        if (n > 0) {  /* the rows read back (a header alone is no table) */
            TjTable *t = tj_table_parse(csv, strlen(csv), "out.csv", &err);
            g_assert_no_error(err);
            g_assert_cmpuint(tj_table_n_rows(t), ==, n);
            tj_table_free(t);
        } else {
            g_assert_null(strchr(strchr(csv, '\n') ? strchr(csv, '\n') + 1 : "", '\n'));
        }
        g_free(csv);
        char *yaml = tj_extract_format(ex, TJ_EXTRACT_YAML, FALSE);
        g_assert_true(g_utf8_validate(yaml, -1, NULL));
        g_free(yaml);
        tj_extract_free(ex);
    }
    if (g_utf8_validate((const char *)data, (gssize)size, NULL)) {
        TjCnumber cn;
        if (tj_cnumber_read((const char *)data, (const char *)data + size, &cn))
            g_assert_true(cn.len > 0 && cn.len <= size && cn.value >= 0 && cn.value <= 1e17);
    }
    return 0;
}
