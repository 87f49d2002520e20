#!/usr/bin/env bash
# The registry's label page under load: wrk on loopback (64 connections) against
# `starmark serve`, and against nginx (2 workers) serving the same page saved as a
# static file, in the same run. Targets (issue 7): at least 50% of nginx's requests a
# second, and a 99th percentile latency under 10 ms.
#   bench_registry.sh STARMARK_BINARY [--duration SECONDS] [--connections N]
# Prints both figures and met/MISSED; exits 0 whatever the figures (2 when it cannot run).
set -euo pipefail
starmark=${1:?usage: bench_registry.sh STARMARK_BINARY [--duration SECONDS] [--connections N]}
shift
duration=10
connections=64
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) duration=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    *) echo "bench_registry.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
for tool in wrk nginx; do
  command -v "$tool" >/dev/null || { echo "error: $tool is not installed; scripts/bootstrap.sh test installs it" >&2; exit 2; }
done

work=$(mktemp -d)
chmod 755 "$work" # nginx's workers run as another user when started by root
server_pid=
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# The real clock throughout: the demo PKI is made now, so it is valid now, and
# the server runs without libfaketime in the way of the figures.
"$starmark" keys demo-pki "$work/pki" >/dev/null
"$starmark" declare "$(dirname "$0")/../../share/demo/camera-star1/declaration.yaml" -o "$work/camera" \
  --key "$work/pki/manufacturer.key" --cert "$work/pki/manufacturer.pem" --chain "$work/pki/ca.pem" >/dev/null
token=$("$starmark" serve add-token bench --db "$work/registry.db" 2>/dev/null)
"$starmark" serve --db "$work/registry.db" --port 0 --threads 2 --issuer-key "$work/pki/label-issuer.key" \
  --trust "$work/pki/ca.pem" >"$work/serve.out" 2>"$work/serve.err" &
server_pid=$!
for _ in $(seq 100); do grep -q listening "$work/serve.out" 2>/dev/null && break; sleep 0.1; done
port=$(grep -o '127.0.0.1:[0-9]*' "$work/serve.out" | cut -d: -f2)
[ -n "$port" ] || { cat "$work/serve.err" >&2; echo "error: starmark serve did not start" >&2; exit 2; }
registration=$(curl -sf -X POST -H "Authorization: Bearer $token" -H "Content-Type: application/pdf" \
  --data-binary @"$work/camera/report.pdf" "http://127.0.0.1:$port/api/v1/submissions" | sed 's/.*"registration":"\([^"]*\)".*/\1/')
path=/l/$registration

# The same bytes, served by nginx from a file.
mkdir -p "$work/www/l"
curl -sf "http://127.0.0.1:$port$path" >"$work/www$path"
chmod -R a+rX "$work/www"
nginx_port=$((20000 + RANDOM % 20000))
cat >"$work/nginx.conf" <<CONF
worker_processes 2;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  default_type text/html;
  client_body_temp_path $work/ngx-body;
  proxy_temp_path $work/ngx-proxy;
  fastcgi_temp_path $work/ngx-fastcgi;
  uwsgi_temp_path $work/ngx-uwsgi;
  scgi_temp_path $work/ngx-scgi;
  server { listen 127.0.0.1:$nginx_port; root $work/www; }
}
CONF
nginx -e "$work/nginx-error.log" -c "$work/nginx.conf" -p "$work"
for _ in $(seq 50); do curl -sf -o /dev/null "http://127.0.0.1:$nginx_port$path" && break; sleep 0.1; done
cmp -s <(curl -sf "http://127.0.0.1:$nginx_port$path") "$work/www$path" || { echo "error: nginx does not serve the page" >&2; exit 2; }

# Requests a second and the 99th percentile in milliseconds, from wrk's --latency output.
measure() {
  wrk -t2 -c"$connections" -d"${duration}s" --latency "$1" >"$work/wrk.out" 2>&1
  rps=$(awk '/^Requests\/sec:/ {print $2}' "$work/wrk.out")
  p99=$(awk '$1 == "99%" { v = $2; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 } print v }' "$work/wrk.out")
  errors=$(awk '/Non-2xx|Socket errors/' "$work/wrk.out")
  echo "$rps $p99 ${errors:-none}"
}
read -r nginx_rps nginx_p99 _ < <(measure "http://127.0.0.1:$nginx_port$path")
read -r ours_rps ours_p99 ours_errors < <(measure "http://127.0.0.1:$port$path")

echo "label page $path ($(wc -c <"$work/www$path") bytes), wrk -t2 -c$connections -d${duration}s on loopback, $(nproc) cores"
printf '  nginx (2 workers, static file):  %10.0f requests/s   p99 %6.2f ms\n' "$nginx_rps" "$nginx_p99"
printf '  starmark serve (2 threads):      %10.0f requests/s   p99 %6.2f ms   errors: %s\n' "$ours_rps" "$ours_p99" "$ours_errors"
ratio=$(awk -v a="$ours_rps" -v b="$nginx_rps" 'BEGIN { printf "%.1f", 100 * a / b }')
verdict() { if awk "BEGIN { exit !($1) }"; then echo met; else echo MISSED; fi; }
echo "  throughput: ${ratio}% of nginx (target >= 50%): $(verdict "$ratio >= 50")"
echo "  p99: ${ours_p99} ms (target < 10 ms): $(verdict "$ours_p99 < 10")"
