#!/usr/bin/env bash
# Start-up: launch to ready (first 200 from /actuator/health/liveness, measured from the
# moment the process is launched) and resident memory (VmRSS) once ready, RUNS times per
# variant (default 5), each on a fresh H2 file database. Prints per-run figures and, per
# variant, median and range, with the load average before and after.
# Usage: bench/startup.sh [RUNS] [VARIANT...]
# Variants: default (java -jar, no flags), flags (bench/run-jar.sh without CDS or AOT), cds
# (the flags + AppCDS, no AOT), aot (flags + CDS + Spring AOT: what bench/run-jar.sh does with
# a jar built by -Paot), lazy (cds + lazy initialization),
# c1 (cds + -XX:TieredStopAtLevel=1), aotlazy (aot + lazy initialization), xmx128 (aot
# with -Xmx128m). Default: default flags cds aot lazy c1.
# Besides the wall-clock time, every run reports the CPU seconds the JVM used until ready
# (user + system, from /proc): on a shared machine that figure moves far less.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
runs=${1:-5}
shift || true
variants=("$@")
[ ${#variants[@]} -gt 0 ] || variants=(default flags cds aot lazy c1)
ticks=$(getconf CLK_TCK)
cpu_s() {
	awk -v t="$ticks" '{print ($14 + $15) / t}' "/proc/$1/stat"
}
jar=$(app_jar)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# make the CDS archive before timing anything (a no-op when it is up to date)
EASEBACK_AOT=0 EASEBACK_DATA_DIR="$work/warm" timeout 300 "$BENCH_ROOT/bench/run-jar.sh" --server.port="$BENCH_PORT" > "$work/warm.log" 2>&1 &
pid=$!
wait_ready && stop_pid "$pid"
if [[ " ${variants[*]} " == *" aot"* ]]; then # the AOT run's own archive
	EASEBACK_AOT=1 EASEBACK_DATA_DIR="$work/warm-aot" timeout 300 "$BENCH_ROOT/bench/run-jar.sh" \
		--server.port="$BENCH_PORT" > "$work/warm-aot.log" 2>&1 &
	pid=$!
	wait_ready && stop_pid "$pid"
fi
echo "# $(machine)"
for variant in "${variants[@]}"; do
	ready=() rss=() cpu=()
	for i in $(seq 1 "$runs"); do
		data="$work/data-$variant-$i"
		start=$(date +%s.%N)
		case "$variant" in
			default) EASEBACK_DATA_DIR="$data" java -jar "$jar" --server.port="$BENCH_PORT" > "$work/log" 2>&1 & ;;
			flags) EASEBACK_AOT=0 EASEBACK_CDS=0 EASEBACK_DATA_DIR="$data" "$BENCH_ROOT/bench/run-jar.sh" --server.port="$BENCH_PORT" > "$work/log" 2>&1 & ;;
			cds) EASEBACK_AOT=0 EASEBACK_DATA_DIR="$data" "$BENCH_ROOT/bench/run-jar.sh" --server.port="$BENCH_PORT" > "$work/log" 2>&1 & ;;
			lazy) EASEBACK_AOT=0 EASEBACK_DATA_DIR="$data" "$BENCH_ROOT/bench/run-jar.sh" --server.port="$BENCH_PORT" \
				--spring.main.lazy-initialization=true > "$work/log" 2>&1 & ;;
			aot) EASEBACK_AOT=1 EASEBACK_DATA_DIR="$data" "$BENCH_ROOT/bench/run-jar.sh" --server.port="$BENCH_PORT" \
				> "$work/log" 2>&1 & ;;
			aotlazy) EASEBACK_AOT=1 EASEBACK_DATA_DIR="$data" "$BENCH_ROOT/bench/run-jar.sh" \
				--server.port="$BENCH_PORT" --spring.main.lazy-initialization=true > "$work/log" 2>&1 & ;;
			xmx128) EASEBACK_AOT=1 JAVA_OPTS=-Xmx128m EASEBACK_DATA_DIR="$data" "$BENCH_ROOT/bench/run-jar.sh" \
				--server.port="$BENCH_PORT" > "$work/log" 2>&1 & ;;
			c1) EASEBACK_AOT=0 JAVA_OPTS=-XX:TieredStopAtLevel=1 EASEBACK_DATA_DIR="$data" "$BENCH_ROOT/bench/run-jar.sh" \
				--server.port="$BENCH_PORT" > "$work/log" 2>&1 & ;;
			*) echo "unknown variant $variant" >&2; exit 2 ;;
		esac
		pid=$!
		wait_ready
		t=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN {print b - a}')
		c=$(cpu_s "$pid")
		sleep 1
		r=$(rss_mib "$pid")
		s=$(grep -oE 'Started EaseBackApplication in [0-9.]+ seconds' "$work/log" | grep -oE '[0-9.]+' | head -1)
		stop_pid "$pid"
		printf '%s run %d: ready in %.2f s (Spring: %s s), %.2f CPU s, RSS %s MiB, %s\n' "$variant" "$i" "$t" "$s" \
			"$c" "$r" "$(load)"
		ready+=("$t") rss+=("$r") cpu+=("$c")
	done
	printf 'SUMMARY %s: ready median %.2f s (range %s s), CPU median %.2f s (range %s s), RSS median %s MiB (range %s MiB), %s\n' \
		"$variant" "$(median "${ready[@]}")" "$(range "${ready[@]}")" "$(median "${cpu[@]}")" "$(range "${cpu[@]}")" \
		"$(median "${rss[@]}")" "$(range "${rss[@]}")" "$(load)"
done
