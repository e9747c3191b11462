#!/usr/bin/env bash
# Sourced by test.sh and benchmarks/partials-national.sh: a private PostgreSQL server for tests and benchmarks.
# A real PostgreSQL (tests/OrgLife.Storage.Tests, the partials benchmark): installed from Debian when missing,
# a private cluster in a temporary folder on a free loopback port, stopped on exit. Its connection string is
# exported as ORGLIFE_TEST_POSTGRES; the PostgreSQL tests fail when it is set and the server is unreachable.
# The caller sets pg_log_dir (default: the cluster folder) and calls stop_postgres on exit.
pg_dir=""
pg_bin=""
stop_postgres() {
  if [[ -n "$pg_dir" && -n "$pg_bin" && -f "$pg_dir/data/postmaster.pid" ]]; then
    as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop > /dev/null 2>&1 || true
  fi
  if [[ -n "$pg_dir" ]]; then rm -rf "$pg_dir"; fi
}
as_pg() {
  if ((EUID == 0)); then runuser -u postgres -- "$@"; else "$@"; fi
}
start_postgres() {
  if ! compgen -G "/usr/lib/postgresql/*/bin/initdb" > /dev/null; then
    echo "== installing PostgreSQL (Debian package postgresql)"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq < /dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql < /dev/null > /dev/null
  fi
  pg_bin=$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -1)")
  pg_dir=$(mktemp -d /tmp/orglife-pg.XXXXXX)
  if ((EUID == 0)); then chown postgres: "$pg_dir"; fi
  local port
  # A port nobody answers on (bash's /dev/tcp connects when something listens).
  port=$((20000 + RANDOM % 20000))
  while (: < "/dev/tcp/127.0.0.1/$port") 2> /dev/null; do port=$((20000 + RANDOM % 20000)); done
  as_pg "$pg_bin/initdb" -D "$pg_dir/data" -U orglife --auth=trust -E UTF8 --locale=C.UTF-8 > "${pg_log_dir:-$pg_dir}/postgres-initdb.log" 2>&1
  as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $pg_dir -c fsync=off" start > /dev/null
  export ORGLIFE_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=orglife;Database=postgres;Pooling=false"
  echo "== PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
}

