#!/usr/bin/env bash
# Latency against load: for each endpoint, wrk at 1, 2, 4, 8, 16 and 32 connections on one
# warm server (bench/run-jar.sh, fresh H2 file database, 127.0.0.1 only), so a p99 target
# can be read as the load up to which it holds. Endpoints as in bench/http.sh.
# BENCH_DB=postgres runs it on a fresh, durable PostgreSQL 17 instead (lib.sh's
# start_fresh_server); db_cpu and db_written are then its processes' CPU ms and bytes written
# per request (0 on H2, whose work is in the server's columns). db_written is what the
# processes dirtied, and the WAL page a commit re-writes counts again after every flush: it
# read 125-300 KB per plan where the disk (/proc/diskstats) wrote 20-30 KB (round 14).
#   bench/latency-curve.sh          (DURATION=10 s per step; a warm-up per endpoint until the
#                                    JIT is quiet, lib.sh's warm_up, WARMUP_MIN=30 to WARMUP=180 s;
#                                    ENDPOINTS="liveness plans library diary", STEPS="1 2 4 8 16 32")
set -euo pipefail
source "$(dirname "$0")/lib.sh"
require wrk curl python3
duration=${DURATION:-10}
steps=(${STEPS:-1 2 4 8 16 32})
endpoints=(${ENDPOINTS:-liveness plans library diary})
start_fresh_server latency-curve-server.log
export DIARY_COOKIE="$work/diary-cookie"
python3 "$BENCH_ROOT/bench/diary-seed.py" "http://127.0.0.1:$BENCH_PORT" "five-years@example.org" "$DIARY_COOKIE" > /dev/null
echo "# $(machine)"
printf '%-9s %5s %9s %8s %8s %8s %9s %9s %6s %6s %9s %6s %6s %6s %7s %6s %6s %9s\n' endpoint conns req/s p50_ms p90_ms p99_ms cpu_ms/req written/req steal% jit_s heap_KiB/req young full gc_ms full_ms rss_MiB db_cpu db_written
for e in "${endpoints[@]}"; do
	echo "# $e $(warm_up "$server" -t2 -c8 $(wrk_target "$e"))"
	for c in "${steps[@]}"; do
		t=$((c < 2 ? c : 2))
		line=$(wrk_measured "$server" -t"$t" -c"$c" -d"${duration}s" --timeout 10s $(wrk_target "$e"))
		field() { result_field "$line" "$1"; }
		printf '%-9s %5s %9s %8s %8s %8s %9s %9s %6s %6s %9s %6s %6s %6s %7s %6s %6s %9s\n' "$e" "$c" "$(field rps)" "$(field p50_ms)" "$(field p90_ms)" \
			"$(field p99_ms)" "$(field cpu_ms_per_req)" "$(field written_bytes_per_req)" "$(field steal_pct)" "$(field jit_s)" "$(field heap_kib_per_req)" \
			"$(field young_gcs)" "$(field full_gcs)" "$(field gc_ms)" "$(field full_gc_ms)" "$(field rss_mib)" "$(field db_cpu_ms_per_req)" "$(field db_written_bytes_per_req)"
	done
done
