#!/usr/bin/env bash
# The binary round as a user runs it (issue 14 items 3 and 6), one command:
#   benchmarks/tally-binary.sh [--runs N] [--branches N] [--file PATH] [--keep]
# Writes (once) the synthetic round with `orglife generate` (default: the national round, 4,614,000 branches, 2.36 GB:
# check the disk first), then times whole processes, RUNS each (default 3), page cache warm: `orglife tally FILE.bin`
# (the full roll-up: suggested grades, cap flags, distributions; both cores), the bare count (BinaryBallotTally.Count,
# no roll-up) and the floor (reading the file). No peer reads this format; DuckDB has nothing to compare here.
# Prints markdown table rows with the ratio of each median to the floor's. The file is deleted unless --keep.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=3
BRANCHES=4614000
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
FILE=${FILE:-${TMPDIR:-/tmp}/orglife-round-$BRANCHES.bin}
source benchmarks/timing.sh

dotnet build -c Release src/OrgLife.Cli -v quiet -nologo > /dev/null
dotnet build -c Release benchmarks/OrgLife.Benchmarks -v quiet -nologo > /dev/null
ORGLIFE=(dotnet src/OrgLife.Cli/bin/Release/net10.0/orglife.dll)
BENCH=(dotnet benchmarks/OrgLife.Benchmarks/bin/Release/net10.0/OrgLife.Benchmarks.dll)
[[ -f $FILE ]] || "${ORGLIFE[@]}" generate "$FILE" --branches "$BRANCHES" --progress never > /dev/null
cat "$FILE" > /dev/null

machine_line
echo "File: $FILE, $(stat -c %s "$FILE") bytes."
echo
echo "| path (whole process) | min | median | max | median / floor |"
echo "|---|---:|---:|---:|---:|"
time_row "floor: .NET process reading the file (read-floor)" "" "${BENCH[@]}" read-floor "$FILE"
FLOOR=$LAST_MEDIAN
time_row "bare count: BinaryBallotTally.Count, both cores" "$FLOOR" "${BENCH[@]}" binary-count "$FILE"
time_row "orglife tally FILE.bin (full roll-up, both cores)" "$FLOOR" "${ORGLIFE[@]}" tally "$FILE" --progress never
time_row "floor: cat FILE > /dev/null" "$FLOOR" cat "$FILE"
echo
echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
[[ $KEEP == 1 ]] || rm -f "$FILE"
