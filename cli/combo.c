/* cli/combo.c — `tujie combo DATA.csv --x COL --bar COL --line COL -o OUT`. */
#include "cli/cli.h"

int
tj_cli_combo(int argc, char **argv)
{
    static const TjCliKey keys[] = {
        { "x", FALSE, N_("COL") },
        { "bar", FALSE, N_("COL") },
        { "line", FALSE, N_("COL") },
        { "line_unit", FALSE, N_("TEXT") },
        { "labels", TRUE, N_("true|false") },
        { NULL, FALSE, NULL }
    };
    return tj_cli_kind("combo", keys, N_("DATA.csv - bars with a line on a second axis"),
        N_("Draws one column as bars (left axis) and one as a line (right axis);\n"
        "both axes share their gridlines and zero.\n\n"
        "Example:\n  tujie combo examples/national-2020/industries-2020.csv --x 产业 \\\n"
        "      --bar 增加值 --line 增长速度 -o industries.png"), argc, argv);
}
