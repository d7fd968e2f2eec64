#!/usr/bin/env bash
# How the default H2 file database grows under many small commits (docs/performance.md,
# "The H2 file under write load"): bench/h2/H2Growth.java writes one 4.6 KB row per commit
# for WRITE s, pauses PAUSE s, writes WRITE s more, printing the file size and H2's chunk
# count every 10 s. Runs with EaseBack's URL options (WRITE_DELAY=0) and then with H2's
# default write delay, for comparison.
# Usage: bench/h2-growth.sh [WRITE] [PAUSE]      (30 and 50 s by default)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
write=${1:-30}
pause=${2:-50}
app_jar > /dev/null
[ -d "$BENCH_ROOT/target/cds/lib" ] || (cd "$BENCH_ROOT" && java -Djarmode=tools -jar "$(app_jar)" extract --destination target/cds > /dev/null)
h2=$(ls "$BENCH_ROOT"/target/cds/lib/h2-*.jar)
echo "# $(machine) $(basename "$h2")"
for options in ";WRITE_DELAY=0" ""; do
	echo "## URL options: '${options}'"
	java -cp "$h2" "$BENCH_ROOT/bench/h2/H2Growth.java" "$options" "$write" "$pause"
done
