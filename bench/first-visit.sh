#!/usr/bin/env bash
# The first visitor after a start: bench/journey.py (safety check, plan, player, register,
# sign in, diary, an entry, the hand-off page and PDF, the account) timed step by step on a
# freshly started server (bench/run-jar.sh, fresh H2 file database), RUNS times per
# training (default 5). "Ready" is when liveness first answers; the journey starts right
# after. Prints every run, then per training the median and range of ready, each step, the
# whole journey and the resident memory after it.
# Usage: bench/first-visit.sh [RUNS] [TRAINING...]
#   TRAINING is bench/run-jar.sh's EASEBACK_TRAINING: "requests" (anonymous pages, a plan
#   and liveness: the training before round 11) or "journey" (those plus this journey);
#   default: requests journey. Each training makes its own AOT cache first (not timed).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
require curl python3
runs=${1:-5}
shift || true
trainings=("$@")
[ ${#trainings[@]} -gt 0 ] || trainings=(requests journey)
app_jar > /dev/null
work=$(mktemp -d)
server=""
trap 'stop_pid "$server"; rm -rf "$work"' EXIT
start() {
	EASEBACK_TRAINING=$1 EASEBACK_DATA_DIR="$2" "$BENCH_ROOT/bench/run-jar.sh" --server.port="$BENCH_PORT" > "$2.log" 2>&1 &
	server=$!
}
for t in "${trainings[@]}"; do
	start "$t" "$work/warm-$t"
	wait_ready
	stop_pid "$server"
done
echo "# $(machine)"
for t in "${trainings[@]}"; do
	for i in $(seq 1 "$runs"); do
		launched=$(date +%s%N)
		start "$t" "$work/data-$t-$i"
		wait_ready
		ready=$((($(date +%s%N) - launched) / 1000000))
		steps=$(python3 "$BENCH_ROOT/bench/journey.py" "http://127.0.0.1:$BENCH_PORT" |
			sed 's/^\([a-z_]*\) ms=\([0-9]*\).*/\1_ms=\2/' | tr '\n' ' ')
		echo "$t run=$i ready_ms=$ready $steps rss_mib=$(rss_mib "$server")"
		stop_pid "$server"
	done
done | tee "$work/runs.txt"
echo "# medians (range) per training"
keys=$(head -1 "$work/runs.txt" | grep -o '[a-z_]*_ms=\|rss_mib=' | tr -d = | tr '\n' ' ')
for t in "${trainings[@]}"; do
	line="$t"
	for key in $keys; do
		values=$(grep "^$t " "$work/runs.txt" | grep -o "\b$key=[0-9]*" | cut -d= -f2 | tr '\n' ' ')
		# shellcheck disable=SC2086
		line="$line $key=$(median $values) ($(range $values))"
	done
	echo "$line"
done
