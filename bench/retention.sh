#!/usr/bin/env bash
# Retention of plans (docs/reliability.md, "Retention of plans"): on a fresh H2 file
# database, makes N anonymous plans (the typical partner plan of bench/wrk/plan.lua), each
# with one STARTED event, then lets the expiry job delete them, and prints the plan and event
# rows and the size of the database file at each step:
#   1. N plans made with the default retention; EaseBack stopped, rows and file counted.
#   2. Started again with easeback.plans.retention=1m and the job every 10 s: the plans are
#      more than a minute old, so its first run deletes them; stopped, counted again.
#   3. Started again with the default retention, N more plans: is the freed space used again?
# Usage: bench/retention.sh [N]     (1000 by default; requests go to 127.0.0.1 only, four at
# a time, and the script stops by itself)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
n=${1:-1000}
port=${BENCH_PORT:-8687}
jar=$(ls "$root"/target/easeback-*.jar 2>/dev/null | grep -v original | head -1 || true)
[ -n "$jar" ] || { echo "no jar: ./mvnw -q -DskipTests package" >&2; exit 1; }
work=$(mktemp -d)
unzip -q -j -o "$jar" 'BOOT-INF/lib/h2-*.jar' -d "$work/lib"
h2=$(ls "$work"/lib/h2-*.jar)
body=$(sed -n "s/^wrk.body = '\(.*\)'$/\1/p" "$root/bench/wrk/plan.lua")
pid=

start() {
	java -Xmx256m -jar "$jar" --server.address=127.0.0.1 --server.port="$port" \
		--EASEBACK_DATA_DIR="$work/data" "$@" > "$work/server.log" 2>&1 &
	pid=$!
	for _ in $(seq 1 120); do
		curl -fs "http://127.0.0.1:$port/actuator/health/liveness" > /dev/null 2>&1 && return 0
		sleep 1
	done
	echo "not ready in 120 s" >&2
	exit 1
}

stop() {
	kill "$pid"
	wait "$pid" || true
}

make_plans() {
	seq 1 "$n" | timeout 600 xargs -P 4 -I{} sh -c '
		location=$(curl -fs -o /dev/null -D - -H "Content-Type: application/json" -H "Accept: application/json" \
			--data "$1" "http://127.0.0.1:$2/api/v1/plans" | tr -d "\r" | sed -n "s/^[Ll]ocation: //p")
		curl -fs -o /dev/null -H "Content-Type: application/json" --data "{\"type\":\"STARTED\"}" \
			"http://127.0.0.1:$2$(echo "$location" | sed "s#^https\?://[^/]*##")/events"' _ "$body" "$port"
}

count() {
	local rows
	rows=$(java -cp "$h2" org.h2.tools.Shell \
		-url "jdbc:h2:file:$work/data/easeback;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE" -user sa -password "" \
		-sql "SELECT (SELECT COUNT(*) FROM session_plan) || ' plans, ' || (SELECT COUNT(*) FROM session_event) || ' events'" \
		| sed -n 2p)
	echo "$1: $rows, file $(stat -c %s "$work/data/easeback.mv.db" | awk '{printf "%.1f MiB", $1 / 1048576}')"
}

trap 'if [ -n "$pid" ]; then kill "$pid" 2> /dev/null || true; fi; rm -rf "$work"' EXIT
echo "# $(date -u +%Y-%m-%dT%H:%MZ) nproc=$(nproc) $(basename "$jar") $(basename "$h2") N=$n"
start
echo "fresh database: file $(stat -c %s "$work/data/easeback.mv.db" | awk '{printf "%.1f MiB", $1 / 1048576}')"
begin=$(date +%s)
make_plans
made=$(($(date +%s) - begin))
echo "made $n plans with one event each in ${made} s; running: file $(stat -c %s "$work/data/easeback.mv.db" | awk '{printf "%.1f MiB", $1 / 1048576}')"
stop
count "1. after $n plans"
start --easeback.plans.retention=1m --easeback.plans.expiry-interval=10s
for _ in $(seq 1 60); do
	grep -q "Deleted .* plans unused" "$work/server.log" && break
	sleep 1
done
grep -o "Deleted .* plans unused for .*" "$work/server.log" || echo "the job deleted nothing in 60 s"
stop
count "2. after the expiry job"
start
make_plans
stop
count "3. after $n more plans"
