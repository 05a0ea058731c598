/* cli/preview-http.c — the page of `tujie preview`, served by libsoup on
 * 127.0.0.1 only. Three addresses and nothing else: "/" (the page),
 * "/poster.svg" (the last good picture) and "/state" (what the page polls:
 * "VERSION\nok|error\nTEXT", TEXT the warnings or the error). GET and HEAD
 * only; a request whose Host is not this server's (a web page elsewhere
 * reaching 127.0.0.1 through a name it controls) is refused. The picture is
 * shown in an <img>, where an SVG runs no script. */
#include "cli/preview.h"

#include <string.h>
#include <libsoup/soup.h>

struct TjPreviewServer {
    SoupServer *soup;
    const TjPreviewState *state;
    guint port;
    char *url;
};

/* The page: its texts (translated) go in as escaped attributes and text;
 * the script reads them from data- attributes, so it holds no text itself. */
static const char page_style[] =
    "html{background:#e9e9ec;font:15px/1.5 system-ui,'Noto Sans CJK SC',sans-serif;color:#222}"
    "body{margin:0}"
    "header{position:sticky;top:0;background:#fff;border-bottom:1px solid #ccc;"
    "padding:6px 16px;display:flex;gap:16px;align-items:baseline;z-index:1}"
    "header b{font-size:16px}#status{color:#666}.lost #status{color:#b00}"
    "main{padding:16px;display:flex;flex-direction:column;align-items:center;gap:12px}"
    ".box{max-width:960px;width:100%;box-sizing:border-box;padding:10px 14px;"
    "border-radius:4px;background:#fff}"
    "#error{border:2px solid #c0392b}#error h2{color:#c0392b;font-size:16px;margin:0 0 6px}"
    "#warnings{border:1px solid #d4a017}"
    "pre{white-space:pre-wrap;word-break:break-word;margin:0;font:14px/1.5 monospace}"
    "#poster{display:block;max-width:100%;height:auto;background:#fff;"
    "box-shadow:0 1px 4px rgba(0,0,0,.2)}.failed #poster{opacity:.35}";

static const char page_script[] =
    "const body=document.body,img=document.getElementById('poster'),"
    "status=document.getElementById('status'),err=document.getElementById('error'),"
    "warn=document.getElementById('warnings');let shown=-1;"
    "function show(v,what,text){"
    " if(what==='ok'){"
    "  const next=new Image();"
    "  next.onload=()=>{img.src=next.src;img.hidden=false;err.hidden=true;"
    "   body.classList.remove('failed');warn.hidden=text==='';"
    "   warn.querySelector('pre').textContent=text;body.dataset.shown=v;"
    "   status.textContent=body.dataset.updated.replace('%s',new Date().toTimeString().slice(0,8));};"
    "  next.src='/poster.svg?v='+v;"
    " }else{"
    "  err.querySelector('pre').textContent=text;err.hidden=false;"
    "  body.classList.add('failed');body.dataset.shown=v;"
    "  status.textContent=body.dataset.failed.replace('%s',new Date().toTimeString().slice(0,8));"
    " }}"
    "async function poll(){"
    " try{const r=await fetch('/state',{cache:'no-store'});const t=await r.text();"
    "  const a=t.indexOf('\\n'),b=t.indexOf('\\n',a+1),v=parseInt(t.slice(0,a),10);"
    "  body.classList.remove('lost');"
    "  if(v!==shown){shown=v;show(v,t.slice(a+1,b),t.slice(b+1));}"
    " }catch(e){body.classList.add('lost');status.textContent=body.dataset.lost;}"
    " setTimeout(poll,100);}"
    "poll();";

static char *
page_html(const TjPreviewState *state)
{
    char *title = g_markup_printf_escaped(_("%s — tujie preview"), state->title);
    char *name = g_markup_escape_text(state->title, -1);
    char *updated = g_markup_escape_text(_("updated %s"), -1);
    char *failed = g_markup_escape_text(_("could not draw it at %s"), -1);
    char *lost = g_markup_escape_text(_("tujie preview has stopped; start it again and "
                                        "reload this page"), -1);
    char *heading = g_markup_escape_text(_("The poster could not be drawn; the last good "
                                           "picture is shown faded below."), -1);
    GString *s = g_string_new(NULL);
    /* TRANSLATORS: the language tag (BCP 47) of the preview page, whose
       texts are in this catalogue's language: "zh-CN" for Chinese */
    g_string_append_printf(s, "<!DOCTYPE html>\n<html lang=\"%s\"><head><meta charset=\"utf-8\">"
                           "<meta name=\"viewport\" content=\"width=device-width\">"
                           "<title>%s</title><style>%s</style></head>\n",
                           _("en"), title, page_style);
    g_string_append_printf(s, "<body data-updated=\"%s\" data-failed=\"%s\" data-lost=\"%s\">"
                           "<header><b>%s</b><span id=\"status\">…</span></header><main>"
                           "<div id=\"error\" class=\"box\" hidden><h2>%s</h2><pre></pre></div>"
                           "<div id=\"warnings\" class=\"box\" hidden><pre></pre></div>"
                           "<img id=\"poster\" alt=\"\" hidden></main>\n<script>%s</script>"
                           "</body></html>\n",
                           updated, failed, lost, name, heading, page_script);
    g_free(title); g_free(name); g_free(updated); g_free(failed); g_free(lost); g_free(heading);
    return g_string_free(s, FALSE);
}

static void
respond(SoupServerMessage *msg, guint status, const char *type, char *body, gsize len)
{
    SoupMessageHeaders *h = soup_server_message_get_response_headers(msg);
    soup_message_headers_replace(h, "Cache-Control", "no-store");
    soup_message_headers_replace(h, "X-Content-Type-Options", "nosniff");
    soup_message_headers_replace(h, "Referrer-Policy", "no-referrer");
    soup_message_headers_replace(h, "Cross-Origin-Resource-Policy", "same-origin");
    soup_server_message_set_status(msg, status, NULL);
    if (body)
        soup_server_message_set_response(msg, type, SOUP_MEMORY_TAKE, body, len);
    else
        soup_message_headers_set_content_type(h, type, NULL);
}

static void
respond_text(SoupServerMessage *msg, guint status, const char *text)
{
    respond(msg, status, "text/plain; charset=utf-8", g_strdup(text), strlen(text));
}

/* The Host the browser asked for is this server's: 127.0.0.1 or localhost
 * at our port. */
static gboolean
host_is_ours(const TjPreviewServer *srv, SoupServerMessage *msg)
{
    const char *host = soup_message_headers_get_one(
        soup_server_message_get_request_headers(msg), "Host");
    if (!host)
        return FALSE;
    char *a = g_strdup_printf("127.0.0.1:%u", srv->port);
    char *b = g_strdup_printf("localhost:%u", srv->port);
    gboolean ok = g_ascii_strcasecmp(host, a) == 0 || g_ascii_strcasecmp(host, b) == 0;
    g_free(a);
    g_free(b);
    return ok;
}

static void
handle(SoupServer *server, SoupServerMessage *msg, const char *path, GHashTable *query,
       gpointer data)
{
    (void)server;
    (void)query;
    const TjPreviewServer *srv = data;
    const TjPreviewState *st = srv->state;
    const char *method = soup_server_message_get_method(msg);
    if (strcmp(method, "GET") != 0 && strcmp(method, "HEAD") != 0) {
        soup_message_headers_replace(soup_server_message_get_response_headers(msg), "Allow",
                                     "GET, HEAD");
        respond_text(msg, SOUP_STATUS_METHOD_NOT_ALLOWED, "GET or HEAD only\n");
    } else if (!host_is_ours(srv, msg)) {
        respond_text(msg, SOUP_STATUS_FORBIDDEN, "this server answers 127.0.0.1 only\n");
    } else if (strcmp(path, "/") == 0) {
        char *html = page_html(st);
        SoupMessageHeaders *h = soup_server_message_get_response_headers(msg);
        soup_message_headers_replace(h, "Content-Security-Policy",
                                     "default-src 'none'; img-src 'self'; connect-src 'self'; "
                                     "style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
                                     "frame-ancestors 'none'");
        respond(msg, SOUP_STATUS_OK, "text/html; charset=utf-8", html, strlen(html));
    } else if (strcmp(path, "/poster.svg") == 0 && st->svg) {
        soup_message_headers_replace(soup_server_message_get_response_headers(msg),
                                     "Content-Security-Policy",
                                     "default-src 'none'; style-src 'unsafe-inline'");
        respond(msg, SOUP_STATUS_OK, "image/svg+xml", NULL, 0);
        /* the picture itself, not a copy: the body holds a reference */
        soup_message_body_append_bytes(soup_server_message_get_response_body(msg), st->svg);
    } else if (strcmp(path, "/state") == 0) {
        char *text = g_strdup_printf("%u\n%s\n%s", st->version, st->ok ? "ok" : "error",
                                     st->ok ? st->warnings->str : st->error);
        respond(msg, SOUP_STATUS_OK, "text/plain; charset=utf-8", text, strlen(text));
    } else {
        respond_text(msg, SOUP_STATUS_NOT_FOUND, "not found\n");
    }
}

TjPreviewServer *
tj_cli_preview_server_new(const TjPreviewState *state, guint port, GError **error)
{
    TjPreviewServer *srv = g_new0(TjPreviewServer, 1);
    srv->state = state;
    srv->soup = soup_server_new("server-header", "tujie-preview", NULL);
    soup_server_add_handler(srv->soup, NULL, handle, srv, NULL);
    /* listen_local: the loopback address only, never the network's */
    if (!soup_server_listen_local(srv->soup, port, SOUP_SERVER_LISTEN_IPV4_ONLY, error)) {
        tj_cli_preview_server_free(srv);
        return NULL;
    }
    GSList *uris = soup_server_get_uris(srv->soup);
    srv->port = uris ? (guint)g_uri_get_port(uris->data) : port;
    g_slist_free_full(uris, (GDestroyNotify)g_uri_unref);
    srv->url = g_strdup_printf("http://127.0.0.1:%u/", srv->port);
    return srv;
}

const char *
tj_cli_preview_server_url(const TjPreviewServer *srv)
{
    return srv->url;
}

void
tj_cli_preview_server_free(TjPreviewServer *srv)
{
    if (!srv)
        return;
    if (srv->soup) {
        soup_server_disconnect(srv->soup);
        g_object_unref(srv->soup);
        /* the connections close in idle callbacks: let them run */
        while (g_main_context_iteration(NULL, FALSE))
            ;
    }
    g_free(srv->url);
    g_free(srv);
}
