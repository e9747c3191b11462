#!/usr/bin/env bash
# The CSV tally as a user runs it, beside its peer (issue 14 items 2 and 6), one command:
#   benchmarks/tally-csv.sh [--runs N] [--branches N] [--file PATH] [--keep]
# Writes (once) the long-format CSV of N branches (default 10,000: about 9 M rows, 244 MB; `OrgLife.Benchmarks
# csv-round`), then times whole processes, RUNS each (default 5), page cache warm: `orglife tally` (summary only, text
# reports, JSON reports), DuckDB's plain GROUP BY over the same file through DuckDB.NET with 2 and 1 threads, and the
# physical floor (reading the file). Prints markdown table rows: min / median / max wall time and the ratio of the
# median to DuckDB's on 2 threads. The file is deleted at the end unless --keep.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=5
BRANCHES=10000
FILE=
KEEP=0
while [[ $# -gt 0 ]]; do
  case $1 in
    --runs) RUNS=$2; shift 2 ;;
    --branches) BRANCHES=$2; shift 2 ;;
    --file) FILE=$2; shift 2 ;;
    --keep) KEEP=1; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
FILE=${FILE:-${TMPDIR:-/tmp}/orglife-tally-$BRANCHES.csv}
source benchmarks/timing.sh

dotnet build -c Release src/OrgLife.Cli -v quiet -nologo > /dev/null
dotnet build -c Release benchmarks/OrgLife.Benchmarks -v quiet -nologo > /dev/null
ORGLIFE=(dotnet src/OrgLife.Cli/bin/Release/net10.0/orglife.dll)
BENCH=(dotnet benchmarks/OrgLife.Benchmarks/bin/Release/net10.0/OrgLife.Benchmarks.dll)
[[ -f $FILE ]] || "${BENCH[@]}" csv-round "$FILE" --branches "$BRANCHES"
cat "$FILE" > /dev/null

machine_line
echo "File: $FILE, $(stat -c %s "$FILE") bytes, $(wc -l < "$FILE") lines."
echo
echo "| path (whole process) | min | median | max | median / DuckDB 2 threads |"
echo "|---|---:|---:|---:|---:|"
time_row "DuckDB.NET: SELECT branch, candidate, grade, count(*) … GROUP BY ALL, 2 threads (peer)" "" "${BENCH[@]}" duckdb-groupby "$FILE" --threads 2
PEER=$LAST_MEDIAN
time_row "orglife tally FILE.csv --summary (census, boxes, reports, summary; both cores)" "$PEER" "${ORGLIFE[@]}" tally "$FILE" --summary
time_row "orglife tally FILE.csv (every branch's text report)" "$PEER" "${ORGLIFE[@]}" tally "$FILE"
time_row "orglife tally FILE.csv --format json" "$PEER" "${ORGLIFE[@]}" tally "$FILE" --format json
time_row "DuckDB.NET GROUP BY, 1 thread" "$PEER" "${BENCH[@]}" duckdb-groupby "$FILE" --threads 1
time_row "floor: .NET process reading the file (read-floor)" "$PEER" "${BENCH[@]}" read-floor "$FILE"
time_row "floor: cat FILE > /dev/null" "$PEER" cat "$FILE"
echo
echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
[[ $KEEP == 1 ]] || rm -f "$FILE"
