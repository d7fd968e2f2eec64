#!/usr/bin/env bash
# Start-up: launch to ready (first 200 from /actuator/health/liveness, measured from the
# moment the process is launched) and resident memory (VmRSS) once ready, RUNS times per
# variant (default 5), each on a fresh H2 file database. Prints per-run figures and, per
# variant, median and range, with the load average before and after.
# Usage: bench/startup.sh [RUNS] [VARIANT...]
# Variants (bench/run-jar.sh picks the archive that suits the JDK: AppCDS on 17, the AOT
# cache on 25; "Spring AOT" is the jar built with -Paot):
#   default     JDK 17 `java -jar`, no flags, no archive
#   flags17     JDK 17, the chosen flags, no archive, no Spring AOT, eager
#   cds17       JDK 17, flags + AppCDS, no Spring AOT, eager
#   aot17       JDK 17, flags + AppCDS + Spring AOT, eager (the choice before this round)
#   flags25     JDK 25, flags, no archive, Spring AOT, eager
#   aot25       JDK 25, flags + AOT cache + Spring AOT, eager
#   lazy25      aot25 + lazy start (what bench/run-jar.sh does: chosen)
#   c1-25       lazy25 + -XX:TieredStopAtLevel=1 (C1 only)
# Default: default aot17 flags25 aot25 lazy25 c1-25. JDK 17 is the `java` on the PATH (or
# JAVA17); JDK 25 the newest under /usr/lib/jvm (or JAVA25).
# Besides the wall-clock time, every run reports the CPU seconds the JVM used until ready
# (user + system, from /proc): on a shared machine that figure moves far less.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
require curl
runs=${1:-5}
shift || true
variants=("$@")
[ ${#variants[@]} -gt 0 ] || variants=(default aot17 flags25 aot25 lazy25 c1-25)
JAVA17=${JAVA17:-$(command -v java)}
JAVA25=${JAVA25:-$(ls -d /usr/lib/jvm/*25*/bin/java 2>/dev/null | sort -V | tail -1)}
# CPU seconds of a process (bench/lib.sh's cpu_ms reads /proc/PID/stat)
cpu_s() {
	awk -v ms="$(cpu_ms "$1")" 'BEGIN {print ms / 1000}'
}
jar=$(app_jar)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# make every archive the variants use before timing anything (a no-op when up to date)
warm() {
	env "$@" EASEBACK_DATA_DIR="$work/warm" timeout 300 "$BENCH_ROOT/bench/run-jar.sh" --server.port="$BENCH_PORT" \
		> "$work/warm.log" 2>&1 &
	local pid=$!
	wait_ready && stop_pid "$pid"
	rm -rf "$work/warm"
}
[[ " ${variants[*]} " != *" cds17 "* ]] || warm EASEBACK_JAVA="$JAVA17" EASEBACK_AOT=0 EASEBACK_LAZY=0
[[ " ${variants[*]} " != *" aot17 "* ]] || warm EASEBACK_JAVA="$JAVA17" EASEBACK_AOT=1 EASEBACK_LAZY=0
[[ " ${variants[*]} " != *25* ]] || warm EASEBACK_JAVA="$JAVA25" EASEBACK_AOT=1
echo "# $(machine)"
for variant in "${variants[@]}"; do
	ready=() rss=() cpu=()
	for i in $(seq 1 "$runs"); do
		data="$work/data-$variant-$i"
		start=$(date +%s.%N)
		run=(env EASEBACK_DATA_DIR="$data")
		app=("$BENCH_ROOT/bench/run-jar.sh" --server.port="$BENCH_PORT")
		case "$variant" in
			default) app=("$JAVA17" -jar "$jar" --server.port="$BENCH_PORT") ;;
			flags17) run+=(EASEBACK_JAVA="$JAVA17" EASEBACK_AOT=0 EASEBACK_CDS=0 EASEBACK_LAZY=0) ;;
			cds17) run+=(EASEBACK_JAVA="$JAVA17" EASEBACK_AOT=0 EASEBACK_LAZY=0) ;;
			aot17) run+=(EASEBACK_JAVA="$JAVA17" EASEBACK_AOT=1 EASEBACK_LAZY=0) ;;
			flags25) run+=(EASEBACK_JAVA="$JAVA25" EASEBACK_AOT=1 EASEBACK_CDS=0 EASEBACK_LAZY=0) ;;
			aot25) run+=(EASEBACK_JAVA="$JAVA25" EASEBACK_AOT=1 EASEBACK_LAZY=0) ;;
			lazy25) run+=(EASEBACK_JAVA="$JAVA25" EASEBACK_AOT=1) ;;
			c1-25) run+=(EASEBACK_JAVA="$JAVA25" EASEBACK_AOT=1 JAVA_OPTS=-XX:TieredStopAtLevel=1) ;;
			*) echo "unknown variant $variant" >&2; exit 2 ;;
		esac
		"${run[@]}" "${app[@]}" > "$work/log" 2>&1 &
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
