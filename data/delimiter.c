/* data/delimiter.c — which delimiter a CSV file uses: comma, tab or
 * semicolon. Looks at the first DETECT_LINES non-blank lines (at most
 * DETECT_BYTES bytes), counting each candidate outside quotes. A candidate
 * must occur in the header line; among those, the one whose count on the
 * following lines most often equals the header's wins, then the one the
 * header uses most, then comma before tab before semicolon. No candidate
 * in the header (a one-column file): comma. */
#include "data/table-private.h"

#include <string.h>

#define DETECT_LINES 20
#define DETECT_BYTES (1u << 20)

char
tj__table_detect_delimiter(const char *text, gsize len)
{
    static const char cand[3] = { ',', '\t', ';' };
    guint counts[DETECT_LINES][3];
    guint n = 0;
    gboolean inq = FALSE, content = FALSE;
    memset(counts, 0, sizeof counts);
    for (gsize i = 0; i < len && i < DETECT_BYTES && n < DETECT_LINES; i++) {
        char c = text[i];
        if (c == '"') {
            inq = !inq;
            content = TRUE;
        } else if (inq) {
            continue;
        } else if (c == '\n' || c == '\r') {
            n += content;
            content = FALSE;
        } else if (c != ' ') {
            content = TRUE;
            for (int k = 0; k < 3; k++)
                counts[n][k] += c == cand[k];
        }
    }
    if (content && n < DETECT_LINES)
        n++;
    int best = -1;
    guint best_agree = 0;
    for (int k = 0; k < 3; k++) {
        guint head = counts[0][k], agree = 0;
        if (head == 0)
            continue;
        for (guint l = 1; l < n; l++)
            agree += counts[l][k] == head;
        if (best < 0 || agree > best_agree
            || (agree == best_agree && head > counts[0][best])) {
            best = k;
            best_agree = agree;
        }
    }
    return best < 0 ? ',' : cand[best];
}
