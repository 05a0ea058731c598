/* api/version.c — the library's version, for programs that check which
 * libtujie they run with (the header's is TJ_VERSION). */
#include "tujie/tujie.h"

const char *
tj_version(void)
{
    return TJ_VERSION;
}
