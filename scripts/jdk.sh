#!/usr/bin/env bash
# Sourced by test.sh: the JDK of the Java client's test (tests/java-client, tests/OrgLife.Server.Tests/JavaClientTests.cs).
# Debian's default-jdk-headless, installed when javac is missing (as root, apt-get), like scripts/postgres.sh installs
# PostgreSQL. The JDK's bin folder is exported as ORGLIFE_TEST_JDK; the Java test is skipped without it on a
# developer's machine and fails without it in CI (CI=true).
ensure_jdk() {
  if ! command -v javac > /dev/null; then
    echo "== installing a JDK (Debian package default-jdk-headless)"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq < /dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jdk-headless < /dev/null > /dev/null
  fi
  ORGLIFE_TEST_JDK=$(dirname "$(readlink -f "$(command -v javac)")")
  export ORGLIFE_TEST_JDK
  echo "== $("$ORGLIFE_TEST_JDK/javac" -version 2>&1) in $ORGLIFE_TEST_JDK"
}
