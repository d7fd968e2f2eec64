#!/usr/bin/env bash
# Where one endpoint's CPU goes: a JFR profile of a warm server (bench/run-jar.sh, fresh H2
# file database) under one wrk connection (CONNECTIONS=N for more), grouped by bench/jfr-top.py.
#   bench/profile.sh ENDPOINT [SECONDS] [PATTERN ...]
#   ENDPOINT: liveness | plans | library | diary (as in bench/http.sh); SECONDS: 20 by default
#   PATTERN: frames (substring of class.method) whose share of the samples to print
# Stacks are recorded 256 frames deep (Spring's filter chain alone is deeper than JFR's
# default of 64). Recording and report: target/bench/profile-ENDPOINT.{jfr,txt}.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
endpoint=$1
seconds=${2:-20}
shift $(($# < 2 ? $# : 2))
args=$(wrk_target "$endpoint")
export JAVA_OPTS="${JAVA_OPTS:-} -XX:FlightRecorderOptions:stackdepth=256"
start_fresh_server profile-server.log
if [ "$endpoint" = diary ]; then
	export DIARY_COOKIE="$work/diary-cookie"
	python3 "$BENCH_ROOT/bench/diary-seed.py" "http://127.0.0.1:$BENCH_PORT" "five-years@example.org" "$DIARY_COOKIE" > /dev/null
fi
echo "# $(machine) endpoint=$endpoint seconds=$seconds connections=${CONNECTIONS:-1}"
wrk -t1 -c4 -d15s $args > /dev/null
jcmd "$server" JFR.start name=profile settings=profile > /dev/null
connections=${CONNECTIONS:-1}
line=$(wrk_measured "$server" -t"$((connections > 1 ? 2 : 1))" -c"$connections" -d"${seconds}s" $args)
jcmd "$server" JFR.stop name=profile filename="$BENCH_OUT/profile-$endpoint.jfr" > /dev/null
echo "${line#RESULT }"
"$BENCH_ROOT/bench/jfr-top.py" "$BENCH_OUT/profile-$endpoint.jfr" "$@" | tee "$BENCH_OUT/profile-$endpoint.txt"
