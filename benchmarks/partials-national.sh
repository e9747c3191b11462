#!/usr/bin/env bash
# Partial tallies at national scale (docs/performance.md): a seeded fraction of the national round's partials
# written to Parquet and to PostgreSQL (binary COPY), rolled up by province in each (DuckDB over the files, SQL in
# PostgreSQL) and by the library's own merge, in one run:
#   benchmarks/partials-national.sh --fraction 0.005 [--seed N] [--files N] [--row-group-rows N]
# Uses the server in ORGLIFE_TEST_POSTGRES when set, else starts a private one as test.sh does (scripts/postgres.sh).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
if [[ -z "${ORGLIFE_TEST_POSTGRES:-}" ]]; then
  # shellcheck source=../scripts/postgres.sh
  source scripts/postgres.sh
  trap stop_postgres EXIT
  start_postgres
fi
dotnet build benchmarks/OrgLife.Benchmarks -c Release -v quiet -nologo < /dev/null > /dev/null
dotnet benchmarks/OrgLife.Benchmarks/bin/Release/net10.0/OrgLife.Benchmarks.dll partials "$@"
