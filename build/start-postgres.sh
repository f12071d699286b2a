#!/usr/bin/env bash
# Starts a private, throw-away PostgreSQL server for the tests and prints its connection string
# (the only line on stdout). Idempotent: when the server in the data folder already runs, it is
# reused. Tuned for speed, not durability (fsync off): never point this at real data.
#
#   ZVH_PG_DIR   data folder parent (default /tmp/zvh-pg)
#   ZVH_PG_PORT  port on 127.0.0.1   (default 55433)
#
# Stop it with: build/start-postgres.sh --stop    Is it running? build/start-postgres.sh --status
set -euo pipefail

pg_root="${ZVH_PG_DIR:-/tmp/zvh-pg}"
port="${ZVH_PG_PORT:-55433}"
data="$pg_root/data"
log="$pg_root/server.log"
connection="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"

say() { echo "start-postgres: $*" >&2; }

find_bin() {
  local name="$1" found
  found="$(ls -d /usr/lib/postgresql/*/bin/"$name" 2>/dev/null | sort -V | tail -n 1 || true)"
  if [[ -z "$found" ]]; then
    found="$(command -v "$name" 2>/dev/null || true)"
  fi
  echo "$found"
}

mode="${1:-start}"
initdb_bin="$(find_bin initdb)"
if [[ -z "$initdb_bin" && "$mode" != "start" ]]; then
  [[ "$mode" == "--stop" ]] && exit 0
  exit 1
fi
if [[ -z "$initdb_bin" ]]; then
  if [[ "$(id -u)" -eq 0 ]] && command -v apt-get >/dev/null; then
    say "PostgreSQL is not installed; installing it with apt-get."
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql >&2
    initdb_bin="$(find_bin initdb)"
  fi
  if [[ -z "$initdb_bin" ]]; then
    say "initdb not found. Install PostgreSQL (Debian: apt-get install postgresql) and try again."
    exit 1
  fi
fi
bin_dir="$(dirname "$initdb_bin")"
pg_ctl_bin="$bin_dir/pg_ctl"
[[ -x "$pg_ctl_bin" ]] || pg_ctl_bin="$(find_bin pg_ctl)"

# As root the server runs as the postgres system user (PostgreSQL refuses to run as root).
if [[ "$(id -u)" -eq 0 ]]; then
  if ! id postgres >/dev/null 2>&1; then
    useradd --system --home-dir "$pg_root" --shell /usr/sbin/nologin postgres
  fi
  as_pg() { runuser -u postgres -- "$@"; }
else
  as_pg() { "$@"; }
fi

if [[ "$mode" == "--status" ]]; then
  [[ -f "$data/PG_VERSION" ]] && as_pg "$pg_ctl_bin" -D "$data" status >/dev/null 2>&1
  exit $?
fi

if [[ "$mode" == "--stop" ]]; then
  if [[ -f "$data/postmaster.pid" ]]; then
    as_pg "$pg_ctl_bin" -D "$data" -m immediate -w stop >&2 || true
  fi
  exit 0
fi

mkdir -p "$pg_root"
if [[ "$(id -u)" -eq 0 ]]; then
  chown postgres "$pg_root"
fi

if [[ ! -f "$data/PG_VERSION" ]]; then
  say "creating a new cluster in $data"
  as_pg "$initdb_bin" -D "$data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$pg_root/initdb.log" 2>&1 \
    || as_pg "$initdb_bin" -D "$data" -U postgres --auth=trust --encoding=UTF8 --no-locale >"$pg_root/initdb.log" 2>&1 \
    || { say "initdb failed:"; cat "$pg_root/initdb.log" >&2; exit 1; }
fi

if as_pg "$pg_ctl_bin" -D "$data" status >/dev/null 2>&1; then
  say "already running on port $port"
else
  options="-c listen_addresses=127.0.0.1 -c port=$port -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  options+=" -c max_connections=300 -c unix_socket_directories=$pg_root"
  if ! as_pg "$pg_ctl_bin" -D "$data" -l "$log" -o "$options" -w -t 60 start >&2; then
    say "the server did not start; its log:"
    tail -n 30 "$log" >&2 || true
    exit 1
  fi
fi

echo "$connection"
