/* cli/rank.c — `tujie rank DATA.csv --label COL --value COL -o OUT`. */
#include "cli/cli.h"

int
tj_cli_rank(int argc, char **argv)
{
    static const TjCliKey keys[] = {
        { "label", FALSE, N_("COL") },
        { "value", FALSE, N_("COL") },
        { "top", FALSE, N_("N") },
        { "highlight", FALSE, N_("NAME") },
        { "ascending", TRUE, N_("true|false") },
        { NULL, FALSE, NULL }
    };
    return tj_cli_kind("rank", keys, N_("DATA.csv - ranking"),
        N_("Draws entries as bars sorted by value, with rank numbers; --top N keeps\n"
        "the first N, --highlight NAME emphasises one (shown even below the top N).\n\n"
        "Example:\n  tujie rank examples/dongcheng-2021/economy-2020.csv --label 指标 \\\n"
        "      --value 数值 --top 5 --highlight 外贸出口 -o rank.png"), argc, argv);
}
