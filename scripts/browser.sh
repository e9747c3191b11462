#!/usr/bin/env bash
# Sourced by test.sh: the browser of the self-check page's test (tests/OrgLife.Server.Tests/BrowserTests.cs).
# Debian's chromium and its chromedriver, installed when missing (as root, apt-get), like scripts/postgres.sh installs
# PostgreSQL. Their paths are exported as ORGLIFE_TEST_CHROMIUM and ORGLIFE_TEST_CHROMEDRIVER; the browser test is
# skipped without them on a developer's machine and fails without them in CI (CI=true).
ensure_browser() {
  if ! command -v chromium > /dev/null || ! command -v chromedriver > /dev/null; then
    echo "== installing Chromium (Debian packages chromium, chromium-driver)"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq < /dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver < /dev/null > /dev/null
  fi
  ORGLIFE_TEST_CHROMIUM=$(command -v chromium)
  ORGLIFE_TEST_CHROMEDRIVER=$(command -v chromedriver)
  export ORGLIFE_TEST_CHROMIUM ORGLIFE_TEST_CHROMEDRIVER
  echo "== $("$ORGLIFE_TEST_CHROMEDRIVER" --version | awk '{print $1, $2}') for $ORGLIFE_TEST_CHROMIUM"
}
