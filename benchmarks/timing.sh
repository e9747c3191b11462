# Shared by tally-csv.sh and tally-binary.sh: whole-process timings, several runs, printed as a markdown table row.
# time_row LABEL BASELINE_MEDIAN_OR_EMPTY COMMAND... : runs COMMAND $RUNS times (stdout to /dev/null), prints
# "| LABEL | min | median | max | ratio to the baseline |" and sets LAST_MEDIAN.
time_row() {
  local label=$1 baseline=$2
  shift 2
  local times=()
  for ((run = 1; run <= RUNS; run++)); do
    local start end
    start=$(date +%s.%N)
    "$@" > /dev/null 2>> "${TIMING_LOG:-/dev/null}" || true
    end=$(date +%s.%N)
    times+=("$(echo "$end - $start" | bc -l)")
  done
  local sorted
  sorted=$(printf '%s\n' "${times[@]}" | sort -g)
  local min median max
  min=$(echo "$sorted" | head -1)
  max=$(echo "$sorted" | tail -1)
  median=$(echo "$sorted" | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }')
  LAST_MEDIAN=$median
  local ratio="1.00 (baseline)"
  if [[ -n $baseline ]]; then ratio=$(printf '%.2f' "$(echo "$median / $baseline" | bc -l)"); fi
  printf '| %s | %.2f s | %.2f s | %.2f s | %s |\n' "$label" "$min" "$median" "$max" "$ratio"
}

machine_line() {
  echo "Machine: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GiB; $(date -u '+%Y-%m-%d %H:%M UTC'); load average $(cut -d' ' -f1-3 /proc/loadavg); runs: $RUNS, page cache warm."
}
