#!/usr/bin/env bash
# The test command of OrgLife (README): restore, build, every test project of the solution, pack the
# libraries into the local feed, then restore those packages into a consumer project and test it.
# The last line printed is always "N passed, N failed" (", N skipped" when some were skipped);
# the exit code is non-zero when a test failed or a step failed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

configuration=Release
feed=artifacts/feed
consumer=tests/PackageConsumer/OrgLife.PackageConsumer.Tests.csproj
logs=artifacts/test-logs

passed=0
failed=0
skipped=0
status=0

summary() {
  local line="$passed passed, $failed failed"
  if ((skipped > 0)); then line+=", $skipped skipped"; fi
  echo "$line"
}

# Whatever stops the script (a failed build, a failed restore), the summary is the last line.
on_exit() {
  local code=$?
  stop_postgres
  if ((code != 0)); then echo "test.sh: stopped by a failed step (exit code $code)" >&2; fi
  summary
  exit "$code"
}
trap on_exit EXIT
trap "exit 130" INT TERM

# Runs `dotnet test` with the given arguments and adds its counts from the lines
# "Passed!  - Failed: F, Passed: P, Skipped: S, Total: T" (one per test assembly).
run_tests() {
  local log="$logs/$1.log"
  shift
  local code=0
  dotnet test "$@" 2>&1 < /dev/null | tee "$log" || code=$?
  local counts
  while read -r counts; do
    read -r f p s <<< "$counts"
    failed=$((failed + f)); passed=$((passed + p)); skipped=$((skipped + s))
  done < <(grep -oE 'Failed: *[0-9]+, Passed: *[0-9]+, Skipped: *[0-9]+' "$log" | sed -E 's/[^0-9]+/ /g')
  if ((code != 0)); then status=1; fi
}

rm -rf "$logs"
mkdir -p "$logs"

# A real PostgreSQL for the store tests (tests/OrgLife.Storage.Tests): start_postgres, stop_postgres.
pg_log_dir="$logs"
# shellcheck source=scripts/postgres.sh
source scripts/postgres.sh
# The self-check page's browser and the Java client's JDK (tests/OrgLife.Server.Tests): installed when missing.
# shellcheck source=scripts/browser.sh
source scripts/browser.sh
# shellcheck source=scripts/jdk.sh
source scripts/jdk.sh

echo "== restore and build ($configuration)"
dotnet restore OrgLife.sln < /dev/null
dotnet build OrgLife.sln -c "$configuration" --no-restore < /dev/null

start_postgres
ensure_browser
ensure_jdk

echo "== tests of the solution"
run_tests solution OrgLife.sln -c "$configuration" --no-build

echo "== pack into $feed"
find "$feed" -maxdepth 1 \( -name '*.nupkg' -o -name '*.snupkg' \) -delete
dotnet pack OrgLife.sln -c "$configuration" --no-build -o "$feed" < /dev/null

echo "== package consumer (restores the packages from $feed into a fresh folder)"
rm -rf artifacts/consumer-packages tests/PackageConsumer/bin tests/PackageConsumer/obj
dotnet restore "$consumer" < /dev/null
dotnet build "$consumer" -c "$configuration" --no-restore < /dev/null
run_tests consumer "$consumer" -c "$configuration" --no-build

if ((status != 0 || failed > 0)); then
  trap - EXIT
  stop_postgres
  summary
  exit 1
fi
