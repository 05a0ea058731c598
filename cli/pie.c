/* cli/pie.c — `tujie pie DATA.csv --label COL --value COL -o OUT`. */
#include "cli/cli.h"

int
tj_cli_pie(int argc, char **argv)
{
    static const TjCliKey keys[] = {
        { "label", FALSE, N_("COL") },
        { "value", FALSE, N_("COL") },
        { "donut", TRUE, N_("true|false") },
        { "center", FALSE, N_("TEXT") },
        { "center_label", FALSE, N_("TEXT") },
        { NULL, FALSE, NULL }
    };
    return tj_cli_kind("pie", keys, N_("DATA.csv - donut or pie of shares"),
        N_("Draws shares of a whole as a donut (--donut=false: a pie); more than six\n"
        "slices fold into 其他; shares that do not add up to the whole are noted.\n\n"
        "Example:\n  tujie pie examples/national-2020/industries-2020.csv --label 产业 \\\n"
        "      --value 比重 -o shares.png"), argc, argv);
}
