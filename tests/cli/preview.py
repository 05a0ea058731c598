#!/usr/bin/env python3
"""`tujie preview`, as a user meets it (run by tests/cli/preview.sh; TAP).

Without a browser: it prints its address, listens on 127.0.0.1 only, answers
nothing but its own page, picture and state (no other file, no other Host,
GET and HEAD only), shows a table's chart (or with no options the poster
`tujie auto` drafts), sees saves of every kind, and stops on Ctrl-C.
In headless Chromium (tests/support/cdp.py; skipped with a message when no
chromium is installed): the page loads; the picture it shows matches
`tujie render`'s PNG (the tolerance of tests/unit/test-publish.c: cairo and
Skia anti-alias edges differently); an edit to a CSV shows within 2 s and
the page then matches the new PNG better than the old; a broken spec shows
its error with file:line:col; under zh_CN.UTF-8 the page and the error are
in Chinese."""
import base64
import http.client
import os
import queue
import re
import shutil
import signal
import subprocess
import sys
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "tests", "support"))
import cdp  # noqa: E402

TUJIE = os.path.join(os.environ.get("TJ_BUILD", os.path.join(ROOT, "build")), "tujie")
# a sanitizer build runs several times slower (`make asan` sets TJ_TEST_SLOW):
# every wait and the "within 2 s" promises are stretched by it
SLOW = max(1.0, float(os.environ.get("TJ_TEST_SLOW", "1")))
QUICK = 2.0 * SLOW
EXAMPLE = os.path.join(ROOT, "examples", "dongcheng-2021")


class Tap:
    def __init__(self):
        self.n = 0
        self.fails = 0

    def ok(self, cond, name, diag=""):
        self.n += 1
        print("%s %d - %s" % ("ok" if cond else "not ok", self.n, name))
        if not cond:
            self.fails += 1
            for line in str(diag).splitlines():
                print("# " + line)
        sys.stdout.flush()
        return cond

    def skip(self, name, why):
        self.n += 1
        print("ok %d - %s # SKIP %s" % (self.n, name, why))


class Preview:
    """A `tujie preview` process; its output lines are collected by threads."""

    def __init__(self, args, cwd, env=None):
        e = dict(os.environ)
        e.update(env or {})
        self.proc = subprocess.Popen([TUJIE, "preview"] + args, cwd=cwd, env=e,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                     text=True, encoding="utf-8")
        self.lines = queue.Queue()
        self.out = []
        self.err = []
        for stream, keep in ((self.proc.stdout, self.out), (self.proc.stderr, self.err)):
            threading.Thread(target=self._read, args=(stream, keep), daemon=True).start()
        self.url = None
        self.port = None
        deadline = time.monotonic() + 20 * SLOW
        while self.url is None and time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=0.5)
            except queue.Empty:
                if self.proc.poll() is not None:
                    break
                continue
            m = re.search(r"(http://127\.0\.0\.1:(\d+)/)", line)
            if m:
                self.url, self.port = m.group(1), int(m.group(2))

    def _read(self, stream, keep):
        for line in stream:
            keep.append(line)
            self.lines.put(line)

    def request(self, path, method="GET", host=None):
        c = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10 * SLOW)
        c.request(method, path, headers={"Host": host} if host else {})
        r = c.getresponse()
        body = r.read()
        c.close()
        return r.status, r.getheader("Content-Type") or "", body

    def stop(self, sig=signal.SIGINT, timeout=5):
        self.proc.send_signal(sig)
        try:
            return self.proc.wait(timeout=timeout * SLOW)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            return None


def listening_addresses(port):
    """The local addresses of sockets listening on @port (/proc/net/tcp*)."""
    found = []
    for name in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            with open(name) as f:
                rows = f.read().splitlines()[1:]
        except OSError:
            continue
        for row in rows:
            fields = row.split()
            addr, hexport = fields[1].split(":")
            if fields[3] == "0A" and int(hexport, 16) == port:
                found.append(addr)
    return found


def render_png(cwd, spec, png):
    subprocess.run([TUJIE, "render", spec, "-o", png], cwd=cwd, check=True,
                   stdout=subprocess.DEVNULL)
    with open(os.path.join(cwd, png), "rb") as f:
        return base64.b64encode(f.read()).decode()


COMPARE = """(async () => {
  async function load(b64) {
    const blob = await (await fetch('data:image/png;base64,' + b64)).blob();
    const bmp = await createImageBitmap(blob,
                                        {colorSpaceConversion: 'none', premultiplyAlpha: 'none'});
    const c = new OffscreenCanvas(bmp.width, bmp.height), g = c.getContext('2d');
    g.drawImage(bmp, 0, 0);
    return [bmp.width, bmp.height, g.getImageData(0, 0, bmp.width, bmp.height).data];
  }
  const [w1, h1, a] = await load('%s'), [w2, h2, b] = await load('%s');
  if (w1 !== w2 || h1 !== h2) return {size: [w1, h1, w2, h2]};
  let d16 = 0, d64 = 0;
  for (let i = 0; i < a.length; i += 4) {
    const d = Math.max(Math.abs(a[i] - b[i]), Math.abs(a[i + 1] - b[i + 1]),
                       Math.abs(a[i + 2] - b[i + 2]));
    if (d > 16) d16++;
    if (d > 64) d64++;
  }
  const n = a.length / 4;
  return {d16: d16 / n, d64: d64 / n, n64: d64};
})()"""

SHOWN = "Number(document.body && document.body.dataset.shown || -1)"
POSTER_READY = ("(() => { const i = document.getElementById('poster');"
                " return i && !i.hidden && i.complete && i.naturalWidth > 0; })()")
POSTER_BOX = ("(() => { const r = document.getElementById('poster').getBoundingClientRect();"
              " return [r.left + scrollX, r.top + scrollY, r.width, r.height]; })()")
ERROR_TEXT = ("(() => { const e = document.getElementById('error');"
              " return e && !e.hidden ? e.querySelector('pre').textContent : ''; })()")


def server_tests(tap, work):
    p = Preview(["tujie.yaml"], work)
    if not tap.ok(p.url is not None, "prints its address http://127.0.0.1:PORT/",
                  "".join(p.out + p.err)):
        p.stop()
        return
    addrs = listening_addresses(p.port)
    tap.ok(addrs == ["0100007F"], "listens on 127.0.0.1 only", "listening on %s" % addrs)
    status, ctype, body = p.request("/")
    tap.ok(status == 200 and ctype.startswith("text/html") and b"poster" in body,
           "/ is the page", "%s %s" % (status, ctype))
    status, ctype, body = p.request("/poster.svg")
    tap.ok(status == 200 and ctype == "image/svg+xml" and b"<svg" in body[:400],
           "/poster.svg is the picture", "%s %s" % (status, ctype))
    status, ctype, body = p.request("/state")
    tap.ok(status == 200 and body.split(b"\n")[1] == b"ok", "/state says ok", body[:200])
    refused = []
    for path in ("/tujie.yaml", "/indicators-2020.csv", "/../tujie.yaml", "/%2e%2e/tujie.yaml",
                 "/etc/passwd", "/poster.png", "/poster.svg/x"):
        status, _, body = p.request(path)
        if status != 404:
            refused.append("%s: %s" % (path, status))
    tap.ok(not refused, "serves no other file (404)", "\n".join(refused))
    status, _, _ = p.request("/", host="attacker.example:%d" % p.port)
    tap.ok(status == 403, "refuses a request for another Host (DNS rebinding)", status)
    status, _, _ = p.request("/", method="POST")
    tap.ok(status == 405, "GET and HEAD only (POST: 405)", status)
    code = p.stop(signal.SIGINT)
    tap.ok(code == 0, "Ctrl-C (SIGINT) stops it, exit 0", code)
    try:
        p.request("/")
        closed = False
    except OSError:
        closed = True
    tap.ok(closed, "nothing listens after it stopped")

    shown = {}
    for form, args in (("--x 年份 --y …", ["--x", "年份", "--y", "地区生产总值"]),
                       ("x=年份 y=…", ["x=年份", "y=地区生产总值"])):
        t = Preview(["gdp.csv", "--kind", "trend", "--width", "600"] + args, work)
        status, _, body = t.request("/state") if t.url else (0, "", b"")
        shown[form] = t.request("/poster.svg")[2] if t.url else b""
        tap.ok(body.split(b"\n")[1:2] == [b"ok"] and b"<svg" in shown[form][:400]
               and b'width="600' in shown[form][:600],
               "a table's chart: gdp.csv --kind trend --width 600 " + form, body[:300])
        t.stop()
    tap.ok(len(set(shown.values())) == 1, "both ways of writing the keys draw the same chart")
    subprocess.run([TUJIE, "auto", "indicators-2020.csv", "-o", "auto.svg"], cwd=work,
                   check=True, capture_output=True)
    with open(os.path.join(work, "auto.svg"), "rb") as f:
        auto_svg = f.read()
    t = Preview(["indicators-2020.csv"], work)
    svg = t.request("/poster.svg")[2] if t.url else b""
    tap.ok(svg == auto_svg and b"<title id=\"tj-title\">" in svg,
           "a table with no chart options: the poster `tujie auto` drafts of it, byte for byte",
           "%d bytes, auto's %d" % (len(svg), len(auto_svg)))
    t.stop()
    t = Preview(["gdp.csv", "--kind", "trend", "x=年", "y=地区生产总值"], work)
    body = t.request("/state")[2].decode() if t.url else ""
    tap.ok("error" in body and re.search(r"gdp\.csv:1:\d+: .*年", body) is not None,
           "a table's chart names a missing column at gdp.csv:1:col", body[:300])
    t.stop()


def state(p):
    """(version, "ok"|"error", text) of the preview's /state."""
    body = p.request("/state")[2].decode("utf-8")
    version, what, text = body.split("\n", 2)
    return int(version), what, text


def wait_state(p, after, timeout=5):
    """Waits for a version past @after; (seconds, state) or (None, state)."""
    start = time.monotonic()
    while True:
        st = state(p)
        if st[0] > after:
            return time.monotonic() - start, st
        if time.monotonic() - start > timeout * SLOW:
            return None, st
        time.sleep(0.02)


def save_by_rename(path, text):
    """Saves as many editors do: a new file renamed over the old."""
    tmp = os.path.join(os.path.dirname(path), "." + os.path.basename(path) + ".new")
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, path)


def watch_tests(tap, work):
    """Saves of every kind a user makes are seen (through /state)."""
    book = os.path.join(work, "book.xlsx")
    shutil.copy(os.path.join(ROOT, "tests", "data", "xlsx", "indicators.xlsx"), book)
    spec = os.path.join(work, "watch.yaml")
    with open(spec, "w", encoding="utf-8") as f:
        f.write("page: {title: 图解}\n"
                "data:\n"
                "  ind: indicators-2020.csv\n"
                "  book: {path: book.xlsx, sheet: 2020年}\n"
                "sections:\n"
                "  - rows:\n"
                "      - kpi: {data: ind, where: {指标: 地区生产总值}, value: 数值}\n"
                "      - kpi: {data: book, where: {指标: 社会消费品零售总额}, value: 数值}\n")
    p = Preview(["watch.yaml"], work)
    if not tap.ok(p.url is not None and state(p)[1] == "ok", "a spec reading a workbook starts",
                  "".join(p.err)):
        p.stop()
        return
    csv = os.path.join(work, "indicators-2020.csv")
    with open(csv, encoding="utf-8") as f:
        text = f.read()
    v = state(p)[0]
    save_by_rename(csv, text.replace("2954.7亿元", "2954.8亿元", 1))
    took, st = wait_state(p, v)
    tap.ok(took is not None and took < QUICK and st[1] == "ok" and "2954.8" in p.request("/poster.svg")[2].decode(),
           "a CSV saved by renaming a new file over it is seen", "took %s: %s" % (took, st))
    import zipfile
    with zipfile.ZipFile(book) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    sheet = "xl/worksheets/sheet1.xml"
    parts[sheet] = parts[sheet].replace(b"<v>1213.5</v>", b"<v>1313.5</v>", 1)
    v = state(p)[0]
    with zipfile.ZipFile(book, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)
    took, st = wait_state(p, v)
    tap.ok(took is not None and st[1] == "ok" and "1313.5" in p.request("/poster.svg")[2].decode(),
           "an edit to a workbook the spec reads is seen", "took %s: %s" % (took, st))
    with open(spec, encoding="utf-8") as f:
        good = f.read()
    v = state(p)[0]
    save_by_rename(spec, good + "      - kpi: {data: more.csv, value: 数值}\n")
    took, st = wait_state(p, v)
    tap.ok(took is not None and st[1] == "error" and "more.csv" in st[2],
           "a spec saved by rename is seen; a source it adds is missing", "took %s: %s" % (took, st))
    v = state(p)[0]
    with open(os.path.join(work, "more.csv"), "w", encoding="utf-8") as f:
        f.write("指标,数值\n新指标,12.5\n")
    took, st = wait_state(p, v)
    tap.ok(took is not None and st[1] == "ok", "the source, once written, is seen (it was watched)",
           "took %s: %s" % (took, st))
    p.stop()


def usage_tests(tap, work):
    """Mistakes on the command line end it at once, saying what is wrong."""
    cases = [
        ([], 2, "expected a SPEC.yaml or a table first"),
        (["--x", "年份", "gdp.csv"], 2, "expected a SPEC.yaml or a table first"),
        (["tujie.yaml", "--kind", "bar"], 2, "a spec takes no chart options, --kind or --sheet"),
        (["tujie.yaml", "--x", "年份"], 2, "a spec takes no chart options, --kind or --sheet"),
        (["nofile.csv"], 1, "nofile.csv: no such file"),
        (["gdp.csv", "--port", "70000"], 2, "--port: expected 0 to 65535, got 70000"),
        (["gdp.csv", "--kind", "radar"], 2, "unknown chart kind “radar”"),
        (["gdp.csv", "x"], 2, "expected --KEY VALUE or KEY=VALUE after the table, got “x”"),
        (["gdp.csv", "--kind", "trend", "--x"], 2, "after the table, got “--x”"),
        (["gdp.csv", "--width", "wide"], 2, "--width: expected a size in px, got “wide”"),
        (["gdp.csv", "colour=red"], 2, "has no option “colour”"),
    ]
    for args, want, msg in cases:
        r = subprocess.run([TUJIE, "preview"] + args, cwd=work, capture_output=True, text=True,
                           timeout=20)
        tap.ok(r.returncode == want and msg in r.stderr, "preview %s: exit %d, %s"
               % (" ".join(args), want, msg), "exit %d: %s" % (r.returncode, r.stderr))


def browser_tests(tap, work, chromium):
    p = Preview(["tujie.yaml"], work)
    b = cdp.Browser(chromium, os.path.join(work, "profile"))
    try:
        page = b.open(p.url, 1200, 900)
        took = b.wait_for("%s >= 1 && %s" % (SHOWN, POSTER_READY), 20 * SLOW)
        tap.ok(took is not None, "the page loads and shows the poster", "".join(p.err))
        png = render_png(work, "tujie.yaml", "before.png")
        box = b.eval(POSTER_BOX)
        shot = b.screenshot(*box)
        blank = b.open("about:blank", 800, 600)
        same = b.eval(COMPARE % (shot, png), timeout=90)
        print("# page vs PNG: %s" % same)
        tap.ok(same.get("d16", 1) <= 0.03 and same.get("d64", 1) <= 0.01,
               "the picture in the page matches `tujie render`'s PNG", "%s box %s" % (same, box))

        b.use(page)
        shown = b.eval(SHOWN)
        csv = os.path.join(work, "indicators-2020.csv")
        with open(csv, encoding="utf-8") as f:
            text = f.read()
        assert "2954.7亿元" in text
        with open(csv, "w", encoding="utf-8") as f:
            f.write(text.replace("2954.7亿元", "3954.7亿元", 1))
        took = b.wait_for("%s > %d && %s" % (SHOWN, shown, POSTER_READY), 10 * SLOW)
        print("# the edit showed after %s s; the preview said: %s"
              % (None if took is None else round(took, 3), " | ".join(l.strip() for l in p.out)))
        tap.ok(took is not None and took < QUICK, "an edit to a CSV shows within 2 s",
               "took %s s" % took)
        time.sleep(0.3)  # a second render of the same save, if any, is in
        after = render_png(work, "tujie.yaml", "after.png")
        shot = b.screenshot(*b.eval(POSTER_BOX))
        b.use(blank)
        new = b.eval(COMPARE % (shot, after), timeout=90)
        old = b.eval(COMPARE % (shot, png), timeout=90)
        print("# after the edit, page vs new PNG: %s; vs old: %s" % (new, old))
        tap.ok(new.get("d16", 1) <= 0.03 and new.get("d64", 1) <= 0.01
               and new.get("n64", 1e9) < old.get("n64", 0),
               "the page then shows the new picture (closer to the new PNG than the old)",
               "new %s old %s" % (new, old))

        b.use(page)
        spec = os.path.join(work, "tujie.yaml")
        with open(spec, encoding="utf-8") as f:
            good = f.read()
        with open(spec, "w", encoding="utf-8") as f:
            f.write(good.replace("\n  title:", "\n  titel:", 1))
        took = b.wait_for(ERROR_TEXT, 10 * SLOW)
        err = b.eval(ERROR_TEXT)
        print("# the error showed after %s s" % (None if took is None else round(took, 3)))
        tap.ok(took is not None and took < QUICK
               and re.search(r"tujie\.yaml:7:3: unknown key “titel” in page", err),
               "a broken spec shows its error with file:line:col in the page",
               "took %s s: %r" % (took, err))
        shown = b.eval(SHOWN)
        with open(spec, "w", encoding="utf-8") as f:
            f.write(good)
        took = b.wait_for("%s > %d && !%s" % (SHOWN, shown, ERROR_TEXT), 10 * SLOW)
        tap.ok(took is not None and b.eval(POSTER_READY), "mended, the poster is back",
               "took %s s" % took)
    finally:
        b.close()
        p.stop()

    # Chinese: a spec broken before the preview starts
    with open(os.path.join(work, "tujie.yaml"), "w", encoding="utf-8") as f:
        f.write(good.replace("\n  title:", "\n  titel:", 1))
    p = Preview(["tujie.yaml"], work, {"LC_ALL": "zh_CN.UTF-8", "LANGUAGE": ""})
    b = cdp.Browser(chromium, os.path.join(work, "profile-zh"))
    try:
        b.open(p.url, 1200, 900)
        took = b.wait_for(ERROR_TEXT, 20 * SLOW)
        err = b.eval(ERROR_TEXT) or ""
        lang = b.eval("document.documentElement.lang")
        heading = b.eval("document.querySelector('#error h2').textContent")
        tap.ok(re.search(r"tujie\.yaml:7:3: 未知的键“titel”", err) and lang == "zh-CN"
               and re.search(r"[\u4e00-\u9fff]", heading),
               "under zh_CN.UTF-8 the page and the error are in Chinese",
               "lang %r, heading %r, error %r" % (lang, heading, err))
    finally:
        b.close()
        p.stop()


def main():
    work = os.path.join(ROOT, "tests", "out", "preview")
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(EXAMPLE, work)
    watch = os.path.join(ROOT, "tests", "out", "preview-watch")
    shutil.rmtree(watch, ignore_errors=True)
    shutil.copytree(EXAMPLE, watch)
    tap = Tap()
    usage_tests(tap, work)
    server_tests(tap, work)
    watch_tests(tap, watch)
    chromium = cdp.find_chromium()
    if chromium is None:
        tap.skip("the page in a browser", "chromium is not installed "
                 "(scripts/install-deps.sh installs Debian's chromium)")
    else:
        try:
            browser_tests(tap, work, chromium)
        except Exception as e:  # the browser stopped answering: say so in TAP
            import traceback
            tap.ok(False, "the browser session ran to its end",
                   "%s: %s\n%s" % (type(e).__name__, e, traceback.format_exc()))
    print("1..%d" % tap.n)
    return 1 if tap.fails else 0


if __name__ == "__main__":
    sys.exit(main())
