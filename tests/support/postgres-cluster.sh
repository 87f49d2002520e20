#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests, on a free loopback port:
#   postgres-cluster.sh start STATE_DIR   initdb + start; writes STATE_DIR/url (postgresql://…)
#   postgres-cluster.sh stop STATE_DIR    stop and delete it
# PostgreSQL refuses to run as root: as root, the cluster belongs to the `postgres` user
# (the postgresql package creates it). Exits non-zero with the reason when it cannot start,
# so that the PostgreSQL tests fail rather than pass without a server.
set -euo pipefail
action=${1:-}
state=${2:-}
[ -n "$state" ] || { echo "usage: $0 start|stop STATE_DIR" >&2; exit 2; }

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "error: PostgreSQL's server is not installed (no /usr/lib/postgresql/*/bin/initdb); install the postgresql package" >&2
  exit 1
fi
# The server runs on the real clock even when the suite runs under faketime: it stores no time of
# its own, and libfaketime's shared state, left in /dev/shm by root's processes, is not the
# postgres user's to open (initdb then fails with "sem_open failed").
as_owner=(env -u LD_PRELOAD -u FAKETIME)
owner=$(id -un)
if [ "$(id -u)" -eq 0 ]; then
  owner=postgres
  id postgres >/dev/null 2>&1 || { echo "error: running as root and there is no 'postgres' user to own the cluster; install the postgresql package" >&2; exit 1; }
  as_owner=(runuser -u postgres -- env -u LD_PRELOAD -u FAKETIME)
fi

# The cluster lives in /tmp, which the postgres user can reach whatever the build folder's permissions.
stop() {
  if [ -f "$state/datadir" ]; then
    data=$(cat "$state/datadir")
    "${as_owner[@]}" "$bin/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$data"
  fi
  rm -rf "$state"
}

case "$action" in
  stop) stop ;;
  start)
    stop
    mkdir -p "$state"
    data=$(mktemp -d /tmp/starmark-postgres.XXXXXX)
    echo "$data" >"$state/datadir"
    chown "$owner" "$data"
    "${as_owner[@]}" "$bin/initdb" -D "$data" -U postgres --auth=trust -E UTF8 --no-locale >"$state/initdb.log" 2>&1 \
      || { cat "$state/initdb.log" >&2; echo "error: initdb failed (log above)" >&2; exit 1; }
    for attempt in 1 2 3 4 5; do
      port=$((20000 + RANDOM % 20000))
      # Taken if something answers on it.
      if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then continue; fi
      if "${as_owner[@]}" "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 30 \
           -o "-c listen_addresses=127.0.0.1 -p $port -k $data -c fsync=off" start >/dev/null; then
        "${as_owner[@]}" "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -q -v ON_ERROR_STOP=1 \
          -c "CREATE DATABASE starmark_test" >/dev/null
        echo "postgresql://postgres@127.0.0.1:$port/starmark_test" >"$state/url"
        echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($state)"
        exit 0
      fi
    done
    cat "$data/server.log" >&2 2>/dev/null || true
    echo "error: PostgreSQL did not start on a loopback port (server log above)" >&2
    exit 1
    ;;
  *) echo "usage: $0 start|stop STATE_DIR" >&2; exit 2 ;;
esac
