#!/usr/bin/env bash
# Benchmark of the Experiences plugin at two volumes (default 10,000 then 1,000,000 stories).
#
# Starts the platform (launcher, embedded PostgreSQL, fresh data), fills it with realistic stories
# (deploy/bench/generate-stories.sql), then at each volume runs wrk (16 connections) on:
#   - the public list of stories, a French full-text search, story pages (200 different ones in turn),
#   - a manager's dashboard (national level of the CAF network, last 12 months);
# each page, once the server's JIT has settled on it, in rounds that alternate with the bare PrimeFaces page
# /bench/plancher (the floor): this machine's speed changes by a factor of two within minutes, so a page is compared
# with the floor measured beside it (its ratio is the page's requests over the floor's in the same rounds). It times
# the open-data CSV export of every published story. At the largest volume it drives the story wizard
# (WizardLoad.java: new visitors walking the three steps; warm-up passes until the JIT has settled, then the measured
# pass after a warm-up in its own process) and counts the stories received, and the confirmation mails that reached
# the mail server (SmtpSink.java, a real SMTP server that keeps nothing). Needs the JDK's jstat (the JIT's figures).
# Prints req/s, p50/p95 (ms, the mean of the rounds'), the floor beside each page and the ratio to it, and the ratio
# largest / smallest volume, against the targets: list and search >= 0.6 x floor, p95 <= 150 ms at the largest
# volume, every ratio <= 1.5, wizard >= 100 submissions/s with none lost, CSV export of 1M stories <= 60 s.
#
# Usage: deploy/bench/experiences.sh   (needs wrk and psql: apt-get install -y wrk postgresql-client)
# Settings: BENCH_SIZES="10000 1000000" BENCH_DURATION=20s (per page, split in BENCH_ROUNDS=4 rounds, each after as
#           long on the floor) BENCH_CONNECTIONS=16 BENCH_SUBMISSIONS=6000
#           BENCH_WIZARD_WARMUP=4000 (submissions before the passes that wait for the JIT to settle)
#           BENCH_HEAP (heap of the application server, default the launcher's)
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=${BENCH_PORT:-18081}
DB_PORT=${BENCH_DB_PORT:-25433}
SIZES=${BENCH_SIZES:-"10000 1000000"}
DURATION=${BENCH_DURATION:-20s}
ROUNDS=${BENCH_ROUNDS:-4}
ROUND_SECONDS=$(( ${DURATION%s} / ROUNDS ))
CONNECTIONS=${BENCH_CONNECTIONS:-16}
SUBMISSIONS=${BENCH_SUBMISSIONS:-6000}
WIZARD_WARMUP=${BENCH_WIZARD_WARMUP:-4000}
SMTP_PORT=${BENCH_SMTP_PORT:-25025}
# BENCH_DATA keeps the platform's data in that folder after the run, and tops up what it already holds
# (a million stories take minutes to generate); by default a temporary folder is used and deleted.
DATA=${BENCH_DATA:-$(mktemp -d /tmp/spplus-bench.XXXXXX)}
mkdir -p "$DATA"
LAUNCHER=deploy/launcher/target/spplus-launcher.jar
BASE="http://localhost:$PORT"
DB="postgresql://postgres@localhost:$DB_PORT/spplus"
PASSWORD=services-publics-plus

for tool in wrk psql curl java jstat; do
  command -v $tool >/dev/null || { echo "$tool is needed: apt-get install -y wrk postgresql-client curl"; exit 1; }
done
[ -f "$LAUNCHER" ] || ./mvnw -q -B -DskipTests package

launcher_pid=""
smtp_pid=""
stop() {
  if [ -n "$launcher_pid" ] && kill -0 "$launcher_pid" 2>/dev/null; then
    kill "$launcher_pid"; wait "$launcher_pid" 2>/dev/null || true
  fi
  if [ -n "$smtp_pid" ]; then
    kill "$smtp_pid" 2>/dev/null; wait "$smtp_pid" 2>/dev/null || true
  fi
}
trap 'stop; [ -n "${BENCH_DATA:-}" ] || rm -rf "$DATA"' EXIT

listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
# a server left over from an earlier run would be measured (or would count the mails) instead of this run's
for port in "$PORT" "$DB_PORT" "$SMTP_PORT"; do
  if listening "$port"; then echo "Port $port is already in use: stop what listens there (an earlier run?)"; exit 1; fi
done
java deploy/bench/SmtpSink.java "$SMTP_PORT" "$DATA/mails-received" > "$DATA/smtp.out" 2>&1 &
smtp_pid=$!
until listening "$SMTP_PORT"; do
  kill -0 "$smtp_pid" 2>/dev/null || { echo "The mail sink did not start:"; cat "$DATA/smtp.out"; exit 1; }
  sleep 0.3
done
echo "Starting the platform (data in $DATA)..."
env PLATFORM_HTTP_PORT=$PORT PLATFORM_LAUNCHER_DB_PORT=$DB_PORT PLATFORM_LAUNCHER_DATA_DIR=$DATA \
  PLATFORM_BENCH_ENABLED=true PLATFORM_MAIL_SMTP_PORT=$SMTP_PORT ${BENCH_HEAP:+PLATFORM_LAUNCHER_HEAP=$BENCH_HEAP} \
  java -Xmx256m -XX:+UseSerialGC -jar "$LAUNCHER" > "$DATA/launcher.out" 2>&1 &
launcher_pid=$!
until curl -fs "$BASE/health/ready" 2>/dev/null | grep -q '"startup"'; do
  kill -0 "$launcher_pid" 2>/dev/null || { cat "$DATA/launcher.out"; exit 1; }
  sleep 0.5
done

# A manager of the CAF network at its national level, signed in once: its session cookie for wrk.
sign_in() {
  local jar="$DATA/cookies" page view nonce
  rm -f "$jar"
  page=$(curl -fs -c "$jar" -b "$jar" "$BASE/connexion")
  view=$(grep -o 'ViewState:0" value="[^"]*"' <<< "$page" | head -1 | sed 's/.*value="//;s/"$//')
  nonce=$(grep -o 'name="primefaces.nonce" value="[^"]*"' <<< "$page" | head -1 | sed 's/.*value="//;s/"$//')
  curl -fs -o /dev/null -c "$jar" -b "$jar" "$BASE/connexion" --data-urlencode connexion=connexion \
    --data-urlencode "primefaces.nonce=$nonce" --data-urlencode "connexion:email=$1" \
    --data-urlencode "connexion:motdepasse=$PASSWORD" --data-urlencode "connexion:valider=x" \
    --data-urlencode "jakarta.faces.ViewState=$view"
  awk '$6 == "SPPLUS_SESSION" { print "SPPLUS_SESSION=" $7 }' "$jar"
}

run_wrk() { # url [wrk options...]: the RESULT line of one round
  local url=$1; shift
  wrk -t2 -c"$CONNECTIONS" -d"${ROUND_SECONDS}s" --timeout 10s "$@" "$url" | grep '^RESULT'
}
measure() { # url [wrk options...]: rounds of the floor then the page; prints the page's and the floor's figures
  local url=$1; shift
  local page floor requests=0 floor_requests=0 p50=0 p95=0 floor_p50=0 floor_p95=0 errors=0
  local warm
  warm=$(settle 10 wrk -t2 -c8 -d10s "$@" "$url")
  for _ in $(seq "$ROUNDS"); do
    floor=$(run_wrk "$BASE/bench/plancher" -s deploy/bench/latency.lua -H "Cookie: $visitor")
    page=$(run_wrk "$url" "$@")
    requests=$((requests + $(field "$page" requests))); floor_requests=$((floor_requests + $(field "$floor" requests)))
    errors=$((errors + $(field "$page" errors) + $(field "$floor" errors)))
    p50=$(echo "$p50 + $(field "$page" p50)" | bc -l); p95=$(echo "$p95 + $(field "$page" p95)" | bc -l)
    floor_p50=$(echo "$floor_p50 + $(field "$floor" p50)" | bc -l); floor_p95=$(echo "$floor_p95 + $(field "$floor" p95)" | bc -l)
  done
  local seconds=$((ROUNDS * ROUND_SECONDS))
  printf 'RESULT rps=%.1f p50=%.2f p95=%.2f errors=%d floor_rps=%.1f floor_p50=%.2f floor_p95=%.2f warm=%s\n' \
    "$(echo "$requests / $seconds" | bc -l)" "$(echo "$p50 / $ROUNDS" | bc -l)" "$(echo "$p95 / $ROUNDS" | bc -l)" "$errors" \
    "$(echo "$floor_requests / $seconds" | bc -l)" "$(echo "$floor_p50 / $ROUNDS" | bc -l)" "$(echo "$floor_p95 / $ROUNDS" | bc -l)" \
    "$warm"
}
field() { sed -n "s/.* $2=\([^ ]*\).*/\1/p" <<< "$1"; }
# The server's JIT: on two cores its one C2 thread takes a minute or more of a new load to compile it, and the code
# runs slower meanwhile. A page (or the wizard) is measured once the server compiles for less than a tenth of a load's
# slice: settle runs the command until then (at most 12 times) and says how many times it ran.
compile_seconds() { jstat -compiler "$(pgrep -f payara-micro.jar | head -1)" | awk 'NR == 2 { print $4 }'; }
settle() { # slice-seconds command...
  local slice=$1 before i; shift
  for i in $(seq 12); do
    before=$(compile_seconds)
    "$@" > /dev/null
    if [ "$(echo "$(compile_seconds) - $before < $slice / 10" | bc -l)" = 1 ]; then echo "$i"; return; fi
  done
  echo "12+"
}
settled_mails() { # the mail server's count once it stops moving (the outbox sends after each transaction)
  local before=-1 now
  now=$(cat "$DATA/mails-received")
  while [ "$now" != "$before" ]; do before=$now; sleep 3; now=$(cat "$DATA/mails-received"); done
  echo "$now"
}

declare -A result
for size in $SIZES; do
  existing=$(psql -Atq -c "select count(*) from exp_story" "$DB")
  if [ "$existing" -lt "$size" ]; then
    echo "Filling the database up to $size stories..."
    t0=$(date +%s.%N)
    psql -q -v stories=$((size - existing)) -v seed=0.$size -f deploy/bench/generate-stories.sql "$DB"
    echo "  generated in $(echo "$(date +%s.%N) - $t0" | bc | xargs printf '%.0f') s"
  fi
  psql -Atq -c "select '/experiences/experience?id=' || story_id from exp_public_story order by random() limit 200" \
    "$DB" > "$DATA/stories.txt"
  cookie=$(sign_in manager@caf.demo.spplus.fr)
  # readers keep their cookies, as browsers do: the public pages open no session, but the floor page's form does
  # (without its cookie, each request to the floor would open one)
  visitor=$(curl -fs -D - -o /dev/null "$BASE/bench/plancher" | sed -n 's/^Set-Cookie: \(SPPLUS_SESSION=[^;]*\).*/\1/p')
  settle 10 wrk -t2 -c8 -d10s -H "Cookie: $visitor" "$BASE/bench/plancher" > /dev/null
  [ -n "$cookie" ] || { echo "could not sign in the CAF manager"; exit 1; }
  curl -fs -o /dev/null -H "Cookie: $cookie" "$BASE/t/caf/experiences/tableau-de-bord" \
    || { echo "dashboard not served"; exit 1; }
  result[list,$size]=$(measure "$BASE/experiences/" -s deploy/bench/latency.lua -H "Cookie: $visitor")
  result[search,$size]=$(measure "$BASE/experiences/?q=justificatifs%20rendez-vous" -s deploy/bench/latency.lua -H "Cookie: $visitor")
  result[story,$size]=$(BENCH_PATHS="$DATA/stories.txt" measure "$BASE" -s deploy/bench/paths.lua -H "Cookie: $visitor")
  result[dashboard,$size]=$(measure "$BASE/t/caf/experiences/tableau-de-bord" -s deploy/bench/latency.lua -H "Cookie: $cookie")
  rows=$(psql -Atq -c "select count(*) from exp_public_story" "$DB")
  t0=$(date +%s.%N)
  bytes=$(curl -fs "$BASE/api/experiences/export.csv" | wc -c)
  export_seconds=$(echo "$(date +%s.%N) - $t0" | bc)
  result[export,$size]="rows=$rows bytes=$bytes seconds=$export_seconds"
done

largest=${SIZES##* }
smallest=${SIZES%% *}
echo "Wizard: $WIZARD_WARMUP new visitors to warm up, then passes of 2,000 until the server's JIT settles, then" \
  "$SUBMISSIONS measured (after 1,000 in the same process), $CONNECTIONS at a time..."
java deploy/bench/WizardLoad.java "$BASE" "$WIZARD_WARMUP" "$CONNECTIONS" caf "warm$(date +%s)" > /dev/null
wizard_warm=$(settle 20 java deploy/bench/WizardLoad.java "$BASE" 2000 "$CONNECTIONS" caf "settle$(date +%s)")
run="r$(date +%s)"
mails_before=$(settled_mails)
wizard=$(java deploy/bench/WizardLoad.java "$BASE" "$SUBMISSIONS" "$CONNECTIONS" caf "$run" 1000 | grep '^RESULT')
received=$(psql -Atq -c "select count(*) from exp_story where author_email like 'bench-$run-%' and author_email not like 'bench-$run-w%'" "$DB")
stories_of_run=$(psql -Atq -c "select count(*) from exp_story where author_email like 'bench-$run-%'" "$DB")
mails=$(( $(settled_mails) - mails_before ))

echo
echo "Services Publics+ — Experiences benchmark ($(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ), $CONNECTIONS connections," \
  "$ROUNDS rounds of ${ROUND_SECONDS} s per page, each after as long on the floor)"
printf "  %-10s %10s %10s %9s %9s %12s %9s   %s\n" page stories "req/s" "p50 ms" "p95 ms" "floor req/s" "x floor" \
  "largest / smallest volume"
warm_lines=""
for page in list search story dashboard; do
  for size in $SIZES; do
    r=${result[$page,$size]}
    rps=$(field "$r" rps); floor_rps=$(field "$r" floor_rps)
    ratio=$(printf "%.2f" "$(echo "$rps / $floor_rps" | bc -l)")
    growth=""
    if [ "$size" = "$largest" ] && [ "$largest" != "$smallest" ]; then
      s=${result[$page,$smallest]}
      growth=$(printf 'p95 x%.2f, req/s down x%.2f (x floor down x%.2f)' \
        "$(echo "$(field "$r" p95) / $(field "$s" p95)" | bc -l)" "$(echo "$(field "$s" rps) / $rps" | bc -l)" \
        "$(echo "($(field "$s" rps) / $(field "$s" floor_rps)) / ($rps / $floor_rps)" | bc -l)")
    fi
    printf "  %-10s %10s %10s %9s %9s %12s %9s   %s\n" "$page" "$size" "$rps" "$(field "$r" p50)" "$(field "$r" p95)" \
      "$floor_rps" "$ratio" "$growth"
    [ "$(field "$r" errors)" = "0" ] || echo "    ($(field "$r" errors) errors)"
    warm_lines+="$page $size: $(field "$r" warm); "
  done
done
for size in $SIZES; do
  r=${result[export,$size]}
  rows=$(field " $r" rows); seconds=$(field "$r" seconds)
  printf "  open-data CSV export at %s stories: %s published stories, %s MB in %.1f s (%.1f s per million rows)\n" \
    "$size" "$rows" "$(( $(field "$r" bytes) / 1000000 ))" "$seconds" "$(echo "$seconds * 1000000 / $rows" | bc -l)"
done
echo "  wizard at $largest stories: $wizard; stories received: $received of $(field "$wizard" submissions);" \
  "confirmation mails received by the mail server: $mails for the run's $stories_of_run stories (warm-up included)"
echo "  (load_cpu_ms: the load generator's own CPU per submission, taken from the cores the server runs on)"
echo "  warm-up slices of 10 s (2,000 submissions for the wizard) until the server's JIT settled: ${warm_lines}wizard: $wizard_warm"
echo "  targets: list/search >= 0.6 x floor; p95 <= 150 ms at $largest; big/small <= 1.5;" \
  ">= 100 submissions/s, none lost; CSV export of 1M stories <= 60 s"
