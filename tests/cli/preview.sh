#!/bin/sh
# `tujie preview`: the server and, in headless Chromium, the page (the tests
# are tests/cli/preview.py; the browser part is skipped, saying so, when no
# chromium is installed). Prints TAP.
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
exec /usr/bin/python3 "$ROOT/tests/cli/preview.py"
