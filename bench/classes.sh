#!/usr/bin/env bash
# Which classes the server loads, grouped by package: each loaded class costs ~6.6 KiB of
# class metadata (in the AOT cache, or metaspace without one), which is the second-largest
# part of the resident memory after the heap (docs/performance.md, rounds 12, 15 and 21).
#   bench/classes.sh [TOP]     e.g. bench/classes.sh 40
# Starts the packaged jar without a class archive (EASEBACK_CDS=0, so only what the server
# itself loads is counted, not a training run's classes), sends it the training run's
# requests (home, library, check, plan form, sign-in page, liveness, a plan), then counts the
# loaded classes with jcmd VM.class_hierarchy. Output in target/bench/classes.txt.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
require curl python3
top=${1:-30}
out="$BENCH_OUT/classes.txt"
export EASEBACK_CDS=0
start_fresh_server classes-server.log
base="http://127.0.0.1:$BENCH_PORT"
body=$(sed -n "s/^wrk.body = '\(.*\)'$/\1/p" "$BENCH_ROOT/bench/wrk/plan.lua")
for path in / /library /library/cat-cow /check /plan /login /actuator/health/liveness; do
	curl -fs -o /dev/null "$base$path"
done
curl -fs -o /dev/null -X POST -H 'Content-Type: application/json' --data "$body" "$base/api/v1/plans"
pid=$(pgrep -P "$server" java || echo "$server")
"$(jdk_tool jcmd)" "$pid" VM.class_hierarchy > "$work/hierarchy.txt"
{
	echo "# $(machine) rss_mib=$(rss_mib "$pid")"
	python3 - "$work/hierarchy.txt" "$top" << 'PY'
import collections, re, sys
groups = collections.Counter()
total = 0
for line in open(sys.argv[1]):
    m = re.search(r"[|\-]+([A-Za-z_][\w$.]*)", line)
    if not m:
        continue
    total += 1
    parts = m.group(1).split(".")
    depth = 3 if parts[0] in ("org", "com", "io", "net", "tools", "jakarta", "ch", "ca") else 2
    groups[".".join(parts[:depth])] += 1
print(f"classes={total}")
for name, count in groups.most_common(int(sys.argv[2])):
    print(f"{count:6d} {name}")
PY
} | tee "$out"
