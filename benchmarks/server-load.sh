#!/usr/bin/env bash
# Validations per second over loopback (docs/performance.md): builds the service and the load client, starts the
# service on a free loopback port with a store in a temporary folder, runs N clients posting the demo record to
# /api/validate for S seconds (after a short warm-up), prints the figures and stops the service.
#   benchmarks/server-load.sh [--clients 8] [--seconds 10] [--warmup 2]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
dotnet build src/OrgLife.Server -c Release -v quiet -nologo < /dev/null > /dev/null
dotnet build benchmarks/OrgLife.ServerLoad -c Release -v quiet -nologo < /dev/null > /dev/null

folder=$(mktemp -d /tmp/orglife-server-load.XXXXXX)
server_pid=""
stop_server() {
  if [[ -n "$server_pid" ]]; then kill "$server_pid" 2> /dev/null || true; wait "$server_pid" 2> /dev/null || true; fi
  rm -rf "$folder"
}
trap stop_server EXIT

port=$((20000 + RANDOM % 20000))
while (: < "/dev/tcp/127.0.0.1/$port") 2> /dev/null; do port=$((20000 + RANDOM % 20000)); done
url="http://127.0.0.1:$port/"
Logging__LogLevel__Default=Warning ConnectionStrings__PartialStore="DuckDB:Data Source=$folder/partials.duckdb" \
  dotnet src/OrgLife.Server/bin/Release/net10.0/OrgLife.Server.dll --urls "$url" > "$folder/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 100); do
  if (: < "/dev/tcp/127.0.0.1/$port") 2> /dev/null; then break; fi
  sleep 0.1
done
echo "== $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), service on $url"
dotnet benchmarks/OrgLife.ServerLoad/bin/Release/net10.0/OrgLife.ServerLoad.dll --url "$url" "$@"
