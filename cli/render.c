/* cli/render.c — `tujie render SPEC.yaml -o OUT [-o OUT2…]` and `tujie check SPEC.yaml`. */
#include "cli/cli.h"

#include <stdio.h>

int
tj_cli_render(int argc, char **argv)
{
    TjCliOutput o = { 0 };
    GOptionContext *ctx = g_option_context_new(N_("SPEC.yaml - render a page or chart spec"));
    g_option_context_set_translation_domain(ctx, TJ_CLI_DOMAIN);
    g_option_context_set_summary(ctx,
        N_("Renders a 图解 page or a single chart described in YAML (see docs/spec.md).\n\n"
        "Example:\n  tujie render examples/dongcheng-2021/tujie.yaml -o tujie.png --scale 2\n"
        "  tujie render tujie.yaml -o tujie.png -o tujie.svg -o tujie.pdf   (laid out once)"));
    tj_cli_output_add(ctx, &o);
    GOptionEntry entries[] = { tj_cli_allow_dir_entry(&o.allow_dirs),
                               { NULL, 0, 0, 0, NULL, NULL, NULL } };
    g_option_context_add_main_entries(ctx, entries, TJ_CLI_DOMAIN);
    int code = TJ_EXIT_OK;
    GError *err = NULL;
    if (tj_cli_parse(ctx, &argc, &argv, &code)) {
        TjFormat *fmts = NULL;
        guint n = 0;
        TjOutputOptions out;
        if (argc != 2)
            g_set_error(&err, TJ_ERROR, TJ_ERROR_USAGE, _("render: expected one SPEC.yaml, got %d"), argc - 1);
        else if (tj_cli_outputs_resolve(&o, &fmts, &n, &out, &err)) {
            TjDoc *doc = tj_doc_load(argv[1], &err);
            if (doc)
                tj_doc_render_files(doc, n, fmts, (const char *const *)o.outputs, &out, &err);
            tj_doc_free(doc);
        }
        g_free(fmts);
        if (err)
            code = tj_cli_fail(err);
    }
    g_option_context_free(ctx);
    tj_cli_output_clear(&o);
    return code;
}

int
tj_cli_check(int argc, char **argv)
{
    GOptionContext *ctx = g_option_context_new(N_("SPEC.yaml - check a spec and its data"));
    g_option_context_set_translation_domain(ctx, TJ_CLI_DOMAIN);
    g_option_context_set_summary(ctx,
        N_("Reads the spec and every CSV it names, lays everything out and reports\n"
        "all errors (file:line:col) without writing anything."));
    char **allow = NULL;
    GOptionEntry entries[] = { tj_cli_allow_dir_entry(&allow), { NULL, 0, 0, 0, NULL, NULL, NULL } };
    g_option_context_add_main_entries(ctx, entries, TJ_CLI_DOMAIN);
    TjOutputOptions out = { 0 };
    out.diagnostic = tj_cli_diagnostic;
    int code = TJ_EXIT_OK;
    GError *err = NULL;
    if (tj_cli_parse(ctx, &argc, &argv, &code)) {
        out.allow_dirs = (const char *const *)allow;
        out.diagnostic = tj_cli_diagnostic;
        out.diagnostic_data = TJ_CLI_DIAG_ALL;
        if (argc != 2)
            g_set_error(&err, TJ_ERROR, TJ_ERROR_USAGE, _("check: expected one SPEC.yaml, got %d"), argc - 1);
        else {
            TjDoc *doc = tj_doc_load(argv[1], &err);
            if (doc && tj_doc_check(doc, &out, &err))
                g_print(_("%s: ok\n"), argv[1]);
            tj_doc_free(doc);
        }
        if (err)
            code = tj_cli_fail(err);
    }
    g_option_context_free(ctx);
    g_strfreev(allow);
    return code;
}
