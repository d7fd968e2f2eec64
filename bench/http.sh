#!/usr/bin/env bash
# HTTP throughput and latency with wrk on 127.0.0.1 only: 32 connections, 2 threads, 30 s
# per run after a warm-up, against the server started by bench/run-jar.sh (the chosen JVM
# flags and CDS) on port $BENCH_PORT (8686) with a fresh H2 file database.
#   liveness: GET /actuator/health/liveness (the trivial endpoint)
#   plans:    POST /api/v1/plans, the typical 15-minute partner plan (bench/wrk/plan.lua);
#             every request stores a plan row, as the API does
#   library:  GET /library (server-rendered page)
#   diary:    GET /diary signed in as a user with 5 years of entries, 2 a day (3,650),
#             seeded through the app by bench/diary-seed.py (register, sign in, import)
# ROUNDS rounds (default 3) of all endpoints; prints every run, then the median and range
# of requests/s, p99 and the server's CPU ms per request (steady under CPU steal, when
# requests/s are not), the plans/liveness ratio per round, and the resident memory idle
# and under the plans load. Also checks which anonymous requests set a cookie, and counts
# spring_session rows before and after the wrk runs (server stopped, H2 file read directly).
# Usage: bench/http.sh [ROUNDS]     (DURATION=30 CONNECTIONS=32 by default)
# The warm-up (per endpoint, lib.sh's warm_up) lasts until the JIT compilers are quiet
# (WARMUP_MIN=30 to WARMUP=180 s): on 2 cores they still took 17.5% of the CPU samples of a
# plans load 40 s in (round 8), and half of both cores for ~80 s of a diary load (round 9).
# NMT=1 runs the server with -XX:NativeMemoryTracking=summary and writes where its memory
# goes after the plans load to target/bench/nmt.txt (jcmd VM.native_memory summary).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
require wrk curl python3
rounds=${1:-3}
duration=${DURATION:-30}
conns=${CONNECTIONS:-32}
threads=$((conns < 2 ? conns : 2))
base="http://127.0.0.1:$BENCH_PORT"
wrkdir="$BENCH_ROOT/bench/wrk"
app_jar > /dev/null
if [ "${NMT:-0}" = 1 ]; then
	export JAVA_OPTS="${JAVA_OPTS:-} -XX:NativeMemoryTracking=summary"
fi
work=$(mktemp -d)
server=""
trap '[ -z "$server" ] || stop_pid $server; rm -rf "$work"' EXIT
start_server() {
	EASEBACK_DATA_DIR="$work/data" "$BENCH_ROOT/bench/run-jar.sh" --server.port="$BENCH_PORT" >> "$BENCH_OUT/http-server.log" 2>&1 &
	server=$!
	wait_ready
}
stop_server() {
	stop_pid "$server"
	server=""
}
# rows of spring_session, read from the H2 file while the server is stopped
sessions() {
	java -cp "$(ls "$BENCH_ROOT"/target/cds/lib/h2-*.jar)" org.h2.tools.Shell \
		-url "jdbc:h2:file:$work/data/easeback;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE" -user sa \
		-sql "SELECT COUNT(*) FROM spring_session" | sed -n 2p | tr -d ' '
}
: > "$BENCH_OUT/http-server.log"
start_server
echo "# $(machine)"
endpoints=(${ENDPOINTS:-liveness plans library diary})
export DIARY_COOKIE="$work/diary-cookie"
if [[ " ${endpoints[*]} " == *" diary "* ]]; then
	python3 "$BENCH_ROOT/bench/diary-seed.py" "$base" "five-years@example.org" "$DIARY_COOKIE"
fi
sleep 2
echo "RSS idle after start: $(rss_mib "$server") MiB"
body=$(sed -n "s/^wrk.body = '\(.*\)'$/\1/p" "$wrkdir/plan.lua")
for check in "POST /api/v1/plans" "GET /library" "GET /"; do
	if [ "${check%% *}" = POST ]; then
		headers=$(curl -s -D - -o /dev/null -X POST -H 'Content-Type: application/json' --data "$body" "$base${check#* }")
	else
		headers=$(curl -s -D - -o /dev/null "$base${check#* }")
	fi
	echo "anonymous $check: $(echo "$headers" | grep -ci '^set-cookie: SESSION=' || true) session cookie(s); cookies set: $(echo "$headers" | grep -i '^set-cookie' | sed 's/^[^:]*: *\([^=]*\)=.*/\1/' | tr '\r\n' '  ')"
done
stop_server
before=$(sessions)
start_server

# the diary goes last, on its own: its slow requests hold database connections and would
# spill into the other endpoints' runs
diary=""
if [[ " ${endpoints[*]} " == *" diary "* ]]; then
	diary=1
	endpoints=($(printf '%s\n' "${endpoints[@]}" | grep -vx diary || true))
fi
for e in "${endpoints[@]}"; do
	echo "$e $(warm_up "$server" -t"$threads" -c"$conns" $(wrk_target "$e"))"
done
echo "warm-up done, $(load)"

declare -A rps p99 cpu
steal=""
peak=0
rss_samples=()
for r in $(seq 1 "$rounds"); do
	for e in "${endpoints[@]}"; do
		( while sleep 1; do rss_mib "$server"; done ) > "$work/rss-$e-$r" 2> /dev/null &
		sampler=$!
		line=$(wrk_measured "$server" -t"$threads" -c"$conns" -d"${duration}s" --timeout 10s $(wrk_target "$e"))
		kill "$sampler" 2> /dev/null || true
		wait "$sampler" 2> /dev/null || true
		echo "round $r $e: ${line#RESULT } $(load)"
		rps[$e]+="$(result_field "$line" rps) "
		p99[$e]+="$(result_field "$line" p99_ms) "
		cpu[$e]+="$(result_field "$line" cpu_ms_per_req) "
		steal+="$(result_field "$line" steal_pct) "
		if [ "$e" = plans ]; then
			rss_samples+=($(cat "$work/rss-$e-$r"))
		fi
	done
done
if [ "${NMT:-0}" = 1 ]; then
	"$(jdk_tool jcmd)" "$server" VM.native_memory summary > "$BENCH_OUT/nmt.txt" 2>&1 || true
	echo "native memory after the load (RSS $(rss_mib "$server") MiB): $BENCH_OUT/nmt.txt"
fi
if [ -n "$diary" ]; then
	for i in 1 2 3; do
		echo "single GET /diary: $(curl -s -o /dev/null -w '%{time_total}' -H "Cookie: SESSION=$(cat "$DIARY_COOKIE")" "$base/diary") s"
	done
	echo "diary $(warm_up "$server" -t"$threads" -c"$conns" --timeout 10s $(wrk_target diary))"
	line=$(wrk_measured "$server" -t"$threads" -c"$conns" -d"${duration}s" --timeout 10s $(wrk_target diary))
	echo "diary: ${line#RESULT } $(load)"
	rps[diary]="$(result_field "$line" rps)"
	p99[diary]="$(result_field "$line" p99_ms)"
	cpu[diary]="$(result_field "$line" cpu_ms_per_req)"
	steal+="$(result_field "$line" steal_pct) "
	endpoints+=(diary)
fi
echo
for e in "${endpoints[@]}"; do
	echo "SUMMARY $e: requests/s median $(median ${rps[$e]}) (range $(range ${rps[$e]})), p99 median $(median ${p99[$e]}) ms (range $(range ${p99[$e]}) ms), server CPU per request median $(median ${cpu[$e]}) ms (range $(range ${cpu[$e]}) ms)"
done
echo "SUMMARY CPU steal during the runs: $(range $steal) % (time the hypervisor gave this VM's CPUs to others: requests/s and latency fall with it, CPU per request much less)"
if [ -n "${rps[plans]:-}" ] && [ -n "${rps[liveness]:-}" ]; then
	ratios=$(paste -d' ' <(echo ${rps[plans]} | tr ' ' '\n') <(echo ${rps[liveness]} | tr ' ' '\n') | awk '{printf "%.3f ", $1/$2}')
	echo "SUMMARY plans/liveness ratio per round: $ratios-> median $(median $ratios) (target >= 0.60)"
fi
[ ${#rss_samples[@]} -gt 0 ] && echo "SUMMARY RSS under plans load: median $(median "${rss_samples[@]}") MiB, max $(printf '%s\n' "${rss_samples[@]}" | sort -n | tail -1) MiB ($(echo ${#rss_samples[@]}) one-second samples)"
echo "RSS at the end: $(rss_mib "$server") MiB, $(load)"
stop_server
after=$(sessions)
echo "SUMMARY spring_session rows: $before before the wrk runs, $after after (anonymous load must add none)"
