#!/usr/bin/env bash
# Whole-process timing of `orglife validate FILE.jsonl` (docs/performance.md, "Validation end to end"), side by side with
# the physical floor (reading the file: `cat FILE > /dev/null`, and `wc -l`, a pass over every byte) and, when jq is
# installed, a plain JSON parse of every line (`jq -c . FILE > /dev/null`, one core), in one run:
#   benchmarks/validate-jsonl.sh [--records N] [--runs R] [--format text|json] [--file PATH]
# The file is the demo's 23-member record (src/OrgLife.Cli/Demo/village-branch.json, indentation and line breaks
# removed: 36,849 bytes) repeated N times (default 10,000: 368 MB), written once and kept in /tmp. Each command runs R
# times (default 5); the table gives min / median / max wall seconds and records per second at the median. The tool runs
# twice: as `dotnet build` leaves it (what the tests run), and published ReadyToRun (artifacts/validate-readytorun).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

records=10000 runs=5 format=text file=
while [[ $# -gt 0 ]]; do
  case "$1" in
    --records) records="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --format) format="$2"; shift 2 ;;
    --file) file="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
file="${file:-/tmp/orglife-validate-demo-${records}.jsonl}"

dotnet build src/OrgLife.Cli -c Release -v quiet -nologo < /dev/null > /dev/null
tool=src/OrgLife.Cli/bin/Release/net10.0/orglife.dll
# The same tool compiled ahead of time (a ReadyToRun publish for this machine): what start-up and the JIT cost the build.
case "$(uname -m)" in aarch64 | arm64) rid=linux-arm64 ;; *) rid=linux-x64 ;; esac
r2r=artifacts/validate-readytorun
dotnet publish src/OrgLife.Cli -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true -o "$r2r" -v quiet -nologo < /dev/null > /dev/null

if [[ ! -s "$file" ]]; then
  line="$(sed 's/^[[:space:]]*//' src/OrgLife.Cli/Demo/village-branch.json | tr -d '\n\r')"
  for ((i = 0; i < records; i++)); do printf '%s\n' "$line"; done > "$file"
fi
bytes=$(stat -c %s "$file")

# Runs "$@" R times; prints "min median max" wall seconds.
time_runs() {
  local times=() start end
  for ((r = 0; r < runs; r++)); do
    start=$(date +%s.%N)
    "$@" > /dev/null 2>&1 || true
    end=$(date +%s.%N)
    times+=("$(echo "$end - $start" | bc -l)")
  done
  printf '%s\n' "${times[@]}" | sort -g | awk '{ t[NR] = $1 } END { printf "%.3f %.3f %.3f\n", t[1], t[int((NR + 1) / 2)], t[NR] }'
}

row() {
  local name="$1"; shift
  read -r min median max < <(time_runs "$@")
  if [[ "$name" == *"(floor)"* ]]; then floor_median="$median"; fi
  printf '| %s | %s | %s | %s | %s | %.0f | %.0f |\n' "$name" "$min" "$median" "$max" "$(echo "$median / $floor_median" | bc -l | xargs printf '%.1f')" \
    "$(echo "$records / $median" | bc -l)" "$(echo "$bytes / $median / 1000000" | bc -l)"
}

echo "$(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "file: $file, $records records, $bytes bytes; $runs runs each; --format $format"
echo
echo "| command | min s | median s | max s | × floor | records/s | MB/s |"
echo "|---|---:|---:|---:|---:|---:|---:|"
cat "$file" > /dev/null # into the page cache
row "cat FILE > /dev/null (floor)" cat "$file"
row "wc -l FILE" wc -l "$file"
if command -v jq > /dev/null; then
  row "jq -c . FILE (parse only, 1 core)" jq -c . "$file"
fi
row "orglife validate FILE --format $format" dotnet "$tool" validate "$file" --as-of 2027-01-10 --format "$format"
row "same, ReadyToRun publish" dotnet "$r2r/orglife.dll" validate "$file" --as-of 2027-01-10 --format "$format"
echo
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
