"""A headless Chromium driven over the DevTools protocol through
--remote-debugging-pipe (requests on the browser's fd 3, replies and events
on its fd 4, each JSON message ended by a NUL byte): the standard library is
enough, no websocket client. Used by tests/cli/preview.py."""
import json
import os
import select
import shutil
import subprocess
import time


def find_chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


class Browser:
    def __init__(self, program, profile):
        to_browser_r, self._w = os.pipe()
        self._r, from_browser_w = os.pipe()

        def child_fds():
            os.dup2(to_browser_r, 3)
            os.dup2(from_browser_w, 4)

        args = [program, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                "--force-device-scale-factor=1", "--remote-debugging-pipe",
                "--user-data-dir=" + profile, "about:blank"]
        # 3 and 4 kept too: the child closes what pass_fds does not name after
        # preexec_fn has put the pipes there
        self.proc = subprocess.Popen(args, pass_fds=(3, 4, to_browser_r, from_browser_w),
                                     preexec_fn=child_fds, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL)
        os.close(to_browser_r)
        os.close(from_browser_w)
        self._buf = b""
        self._id = 0
        self.session = None

    def _read_message(self, deadline):
        while b"\0" not in self._buf:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("no reply from chromium")
            ready, _, _ = select.select([self._r], [], [], left)
            if ready:
                chunk = os.read(self._r, 1 << 20)
                if not chunk:
                    raise EOFError("chromium closed its pipe")
                self._buf += chunk
        msg, self._buf = self._buf.split(b"\0", 1)
        return json.loads(msg)

    def call(self, method, params=None, timeout=20, session=True):
        self._id += 1
        msg = {"id": self._id, "method": method, "params": params or {}}
        if session and self.session:
            msg["sessionId"] = self.session
        os.write(self._w, json.dumps(msg).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            reply = self._read_message(deadline)
            if reply.get("id") == self._id:
                if "error" in reply:
                    raise RuntimeError("%s: %s" % (method, reply["error"]))
                return reply.get("result", {})

    def open(self, url, width, height):
        """A new tab showing @url at @width x @height; the calls that follow
        go to it. Returns its session, for use()."""
        target = self.call("Target.createTarget", {"url": "about:blank"}, session=False)
        attached = self.call("Target.attachToTarget",
                             {"targetId": target["targetId"], "flatten": True}, session=False)
        self.session = attached["sessionId"]
        self.call("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
        if url != "about:blank":
            self.call("Page.navigate", {"url": url})
        return self.session

    def use(self, session):
        """Makes @session's tab the current one, in front: a tab behind
        another draws no frames, and a screenshot of it waits for one."""
        self.session = session
        self.call("Page.bringToFront")

    def eval(self, expression, timeout=20):
        result = self.call("Runtime.evaluate", {"expression": expression, "awaitPromise": True,
                                                "returnByValue": True}, timeout=timeout)
        if "exceptionDetails" in result:
            raise RuntimeError("%s: %s" % (expression, result["exceptionDetails"]))
        return result["result"].get("value")

    def wait_for(self, expression, timeout):
        """Polls @expression until it is true; returns the seconds it took, or None."""
        start = time.monotonic()
        while time.monotonic() - start < timeout:
            if self.eval(expression):
                return time.monotonic() - start
            time.sleep(0.02)
        return None

    def screenshot(self, x, y, width, height):
        clip = {"x": x, "y": y, "width": width, "height": height, "scale": 1}
        # a long page on a busy machine (or under ASan) takes a while
        shot = self.call("Page.captureScreenshot",
                         {"format": "png", "captureBeyondViewport": True, "clip": clip},
                         timeout=90)
        return shot["data"]   # base64 PNG

    def close(self):
        try:
            self.call("Browser.close", session=False, timeout=5)
        except Exception:
            pass
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        os.close(self._w)
        os.close(self._r)
