#!/bin/sh
# Debian's chromium for the web app's browser tests (tests/test_web_browser.py drives /usr/bin/chromium
# through Playwright's Python package; Playwright's own browser download is never used). Installs it
# when missing and when this machine can (root, apt); says so and fails otherwise, so `make test`
# can go on and skip those tests.
set -e
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "chromium is not installed and this script cannot install it (needs root and apt-get);" \
       "try: sudo apt-get install chromium" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq chromium fonts-liberation >/dev/null
/usr/bin/chromium --version
