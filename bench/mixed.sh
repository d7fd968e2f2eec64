#!/usr/bin/env bash
# A mixed load: anonymous plans (POST /api/v1/plans) and signed-in diary views (the 5-year
# user) at the same time, on one warm server (bench/run-jar.sh, fresh H2 file database or,
# with BENCH_DB=postgres, a fresh PostgreSQL 17; 127.0.0.1 only). The single-endpoint benchmarks each see only their own garbage; here a
# full collection caused by the plans' H2 commits also stops the diary's views.
#   bench/mixed.sh [rounds]       (3 rounds of DURATION=30 s; PLANS_CONNS=16, DIARY_CONNS=16;
#                                  warm-up until the JIT is quiet, lib.sh's warm_up)
# Prints per round: each endpoint's req/s and p50/p90/p99/max, and the server's CPU (ms per
# second of the run), young and full collections, GC milliseconds, resident memory and steal.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
require wrk curl python3
rounds=${1:-3}
duration=${DURATION:-30}
plans_conns=${PLANS_CONNS:-16}
diary_conns=${DIARY_CONNS:-16}
start_fresh_server mixed-server.log
export DIARY_COOKIE="$work/diary-cookie"
python3 "$BENCH_ROOT/bench/diary-seed.py" "http://127.0.0.1:$BENCH_PORT" "five-years@example.org" "$DIARY_COOKIE" > /dev/null
echo "# mixed $(machine) plans=${plans_conns} diary=${diary_conns} connections"
# both loads together while the JIT works: the diary's warm-up decides how long
wrk -t1 -c4 -d"${WARMUP:-180}s" $(wrk_target plans) > /dev/null &
background=$!
echo "# $(warm_up "$server" -t1 -c4 $(wrk_target diary)) (plans alongside)"
kill $background 2> /dev/null || true
wait $background 2> /dev/null || true
result() { echo "$1" | grep '^RESULT' | sed 's/^RESULT //'; }
for r in $(seq 1 "$rounds"); do
	before_cpu=$(cpu_ms "$server")
	before_gc=$(gc_state "$server")
	before_ctr=$(cpu_counters)
	wrk -t1 -c"$plans_conns" -d"${duration}s" --timeout 10s $(wrk_target plans) > "$work/plans.out" &
	background=$!
	diary=$(wrk -t1 -c"$diary_conns" -d"${duration}s" --timeout 10s $(wrk_target diary))
	wait $background
	after_cpu=$(cpu_ms "$server")
	after_gc=$(gc_state "$server")
	after_ctr=$(cpu_counters)
	echo "round $r plans $(result "$(cat "$work/plans.out")")"
	echo "round $r diary $(result "$diary")"
	echo "round $r server cpu_ms_per_s=$(((after_cpu - before_cpu) / duration)) $(gc_delta "$before_gc" "$after_gc") rss_mib=$(rss_mib "$server") steal_pct=$(steal_pct "$before_ctr" "$after_ctr")"
done
