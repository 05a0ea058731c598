/* bench/large/strtod.c — the floor of reading a two-column numeric CSV:
 * fread in 1 MiB pieces, strtod on both fields of every line, a sum so the
 * work is not optimised away. No storage, no picture.
 *   strtod FILE */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int
main(int argc, char **argv)
{
    if (argc != 2)
        return 2;
    FILE *f = fopen(argv[1], "rb");
    if (!f)
        return 1;
    static char buf[(1 << 20) + 1];
    size_t have = 0, n;
    double sum = 0;
    long lines = 0;
    int header = 1;
    while ((n = fread(buf + have, 1, (1 << 20) - have, f)) > 0 || have > 0) {
        have += n;
        buf[have] = '\0';
        char *p = buf, *nl;
        while ((nl = memchr(p, '\n', have - (size_t)(p - buf)))) {
            if (!header) {
                char *e;
                sum += strtod(p, &e);
                if (*e == ',')
                    sum += strtod(e + 1, &e);
                lines++;
            }
            header = 0;
            p = nl + 1;
        }
        if (n == 0)
            break;
        have -= (size_t)(p - buf);
        memmove(buf, p, have);
    }
    fclose(f);
    printf("%ld lines, sum %.6g\n", lines, sum);
    return 0;
}
