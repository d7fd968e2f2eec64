#!/usr/bin/env bash
# Where one endpoint's CPU goes: a profile of a warm server (bench/run-jar.sh, fresh H2 file
# database, or BENCH_DB=postgres: a fresh PostgreSQL 17, lib.sh's start_fresh_server) under one
# wrk connection (CONNECTIONS=N for more), grouped by bench/profile-top.py.
#   bench/profile.sh ENDPOINT [SECONDS] [PATTERN ...]
#   ENDPOINT: liveness | plans | library | diary (as in bench/http.sh); SECONDS: 20 by default
#   PATTERN: frames (substring of class.method) whose share of the samples to print
# Before the profile, the same load until the JIT compilers are quiet (lib.sh's warm_up).
# PROFILER=async (default): async-profiler (tools.profiler:async-profiler from Maven Central,
#   loaded into the running server with jcmd JVMTI.agent_load), CPU samples every 1 ms of
#   every thread: Java, native (zlib, the JIT) and kernel frames, and the GC's own threads,
#   which JFR's execution samples do not see. Stacks: target/bench/profile-ENDPOINT.collapsed.
# PROFILER=jfr: JFR's execution samples, Java frames of Java threads only (rounds 1-7 of
#   docs/performance.md), 256 frames deep (Spring's filter chain alone is deeper than JFR's
#   default of 64). Recording: target/bench/profile-ENDPOINT.jfr.
# EVENT=alloc (async-profiler only): heap allocations instead of CPU, weighted by bytes.
# BEFORE="plans library" (endpoints as above): first serve those, each with its warm-up load
#   until the JIT is quiet, as bench/http.sh and bench/latency-curve.sh do before the diary,
#   so the profiled endpoint runs on the JIT's code and the heap those loads left.
# Report: target/bench/profile-ENDPOINT.txt.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
require wrk curl python3
endpoint=$1
seconds=${2:-20}
shift $(($# < 2 ? $# : 2))
args=$(wrk_target "$endpoint")
profiler=${PROFILER:-async}
case "$profiler" in
	async)
		ap_version=4.1
		ap_dir="$BENCH_OUT/async-profiler-$ap_version"
		if [ ! -f "$ap_dir/linux-x64/libasyncProfiler.so" ]; then
			(cd "$BENCH_ROOT" && ./mvnw -B -q dependency:copy -Dartifact="tools.profiler:async-profiler:$ap_version:jar:linux-x64" \
				-DoutputDirectory="$ap_dir") >&2
			(cd "$ap_dir" && unzip -q -o "async-profiler-$ap_version-linux-x64.jar" 'linux-x64/*')
		fi
		# JDK 21+ warns about agents loaded into a running JVM unless this is set
		export JAVA_OPTS="${JAVA_OPTS:-} -XX:+EnableDynamicAgentLoading"
		recording="$BENCH_OUT/profile-$endpoint.collapsed"
		;;
	jfr)
		export JAVA_OPTS="${JAVA_OPTS:-} -XX:FlightRecorderOptions:stackdepth=256"
		recording="$BENCH_OUT/profile-$endpoint.jfr"
		;;
	*) echo "PROFILER is async or jfr" >&2; exit 2 ;;
esac
# the jcmd of the JDK the server runs on (bench/java.sh)
jcmd=$(jdk_tool jcmd)
# async-profiler's agent takes one option string; jcmd would split an unquoted one at '='
profiler_command() {
	"$jcmd" "$server" JVMTI.agent_load "$ap_dir/linux-x64/libasyncProfiler.so" "\"$1,file=$recording,collapsed\"" > /dev/null
}
start_fresh_server profile-server.log
if [ "$endpoint" = diary ]; then
	export DIARY_COOKIE="$work/diary-cookie"
	python3 "$BENCH_ROOT/bench/diary-seed.py" "http://127.0.0.1:$BENCH_PORT" "five-years@example.org" "$DIARY_COOKIE" > /dev/null
fi
echo "# $(machine) endpoint=$endpoint seconds=$seconds connections=${CONNECTIONS:-1} profiler=$profiler before=${BEFORE:-none}"
for before in ${BEFORE:-}; do
	echo "# before: $before $(warm_up "$server" -t2 -c8 $(wrk_target "$before"))"
done
connections=${CONNECTIONS:-1}
threads=$((connections > 1 ? 2 : 1))
# warm-up: until the JIT compilers are done with the hot paths (async-profiler sees their
# threads: still ~25% of the samples after 15 s)
echo "# $(warm_up "$server" -t"$threads" -c"$((connections > 4 ? connections : 4))" $args)"
rm -f "$recording"
if [ "$profiler" = async ]; then
	# EVENT=alloc: where the heap allocations come from (samples of the allocated bytes)
	if [ "${EVENT:-cpu}" = alloc ]; then
		profiler_command start,event=alloc,total
	else
		profiler_command start,event=cpu,interval=1ms
	fi
else
	"$jcmd" "$server" JFR.start name=profile settings=profile > /dev/null
fi
line=$(wrk_measured "$server" -t"$threads" -c"$connections" -d"${seconds}s" $args)
if [ "$profiler" = async ]; then
	profiler_command stop
else
	"$jcmd" "$server" JFR.stop name=profile filename="$recording" > /dev/null
fi
echo "${line#RESULT }"
"$BENCH_ROOT/bench/profile-top.py" "$recording" "$@" | tee "$BENCH_OUT/profile-$endpoint.txt"
