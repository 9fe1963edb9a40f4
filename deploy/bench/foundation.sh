#!/usr/bin/env bash
# Benchmark of the platform foundation. Prints:
#   - time from launch to ready (the launcher on a fresh embedded PostgreSQL, then on its kept data),
#   - idle RSS of the platform's processes (Payara Micro, PostgreSQL, launcher),
#   - req/s and latency of the bare PrimeFaces page /bench/plancher (the floor later pages are compared with).
# Targets: ready <= 15 s, idle RSS (Payara Micro) <= 600 MB.
# Usage: deploy/bench/foundation.sh   (builds first if needed; needs wrk: apt-get install wrk)
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
PORT=${BENCH_PORT:-18080}
DB_PORT=${BENCH_DB_PORT:-25432}
DURATION=${BENCH_DURATION:-20s}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
DATA=$(mktemp -d /tmp/spplus-bench.XXXXXX)
LAUNCHER=deploy/launcher/target/spplus-launcher.jar

command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk"; exit 1; }
[ -f "$LAUNCHER" ] || ./mvnw -q -B -DskipTests package

launcher_pid=""
stop() {
  if [ -n "$launcher_pid" ] && kill -0 "$launcher_pid" 2>/dev/null; then
    kill "$launcher_pid"; wait "$launcher_pid" 2>/dev/null || true
  fi
}
trap 'stop; rm -rf "$DATA"' EXIT

ready_seconds=""
start_and_time() { # sets ready_seconds: seconds from launch to ready
  local t0 t1
  t0=$(date +%s.%N)
  PLATFORM_HTTP_PORT=$PORT PLATFORM_LAUNCHER_DB_PORT=$DB_PORT PLATFORM_LAUNCHER_DATA_DIR=$DATA \
    PLATFORM_BENCH_ENABLED=true java -Xmx256m -XX:+UseSerialGC -jar "$LAUNCHER" > "$DATA/launcher.out" 2>&1 &
  launcher_pid=$!
  until curl -fs "http://localhost:$PORT/health/ready" 2>/dev/null | grep -q '"startup"'; do
    kill -0 "$launcher_pid" 2>/dev/null || { cat "$DATA/launcher.out"; exit 1; }
    sleep 0.1
  done
  t1=$(date +%s.%N)
  ready_seconds=$(echo "$t1 - $t0" | bc)
}

rss_mb() { # total RSS in MB of the given pids
  local total=0 kb
  for pid in "$@"; do kb=$(ps -o rss= -p "$pid" 2>/dev/null || echo 0); total=$((total + kb)); done
  echo $((total / 1024))
}

start_and_time; first=$ready_seconds
stop
start_and_time; second=$ready_seconds
sleep 20 # idle
payara=$(pgrep -f "payara-micro.jar --deploy .*--port $PORT" | head -1)
postgres=$(pgrep -f "bin/postgres -D $DATA" | head -1)
payara_rss=$(rss_mb "$payara")
pg_rss=$(rss_mb "$postgres" $(pgrep -P "$postgres" | tr '\n' ' '))
launcher_rss=$(rss_mb "$launcher_pid")

curl -fs -o /dev/null "http://localhost:$PORT/bench/plancher" || { echo "floor page not served"; exit 1; }
wrk -t2 -c4 -d5s "http://localhost:$PORT/bench/plancher" > /dev/null # warm-up
floor=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" -s deploy/bench/latency.lua "http://localhost:$PORT/bench/plancher" | grep '^RESULT')

echo
echo "Services Publics+ — foundation benchmark ($(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ))"
printf "  launch to ready, fresh database : %6.1f s   (target <= 15 s)\n" "$first"
printf "  launch to ready, kept database  : %6.1f s   (target <= 15 s)\n" "$second"
printf "  idle RSS, Payara Micro          : %6d MB  (target <= 600 MB)\n" "$payara_rss"
printf "  idle RSS, PostgreSQL (all)      : %6d MB\n" "$pg_rss"
printf "  idle RSS, launcher              : %6d MB\n" "$launcher_rss"
echo   "  floor page /bench/plancher, $CONNECTIONS connections, $DURATION: $floor"
