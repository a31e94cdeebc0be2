#!/bin/sh
# Debian's chromium for the web app's browser tests. Installs it when missing and when this
# machine can (root, apt); says so and fails otherwise, so `make test` can skip those tests.
set -e
if command -v chromium >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "chromium is not installed and this script cannot install it (needs root and apt-get)" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq chromium >/dev/null
command -v chromium >/dev/null
