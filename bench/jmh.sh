#!/usr/bin/env bash
# Planner throughput with JMH, one thread, plans/s for a typical 15- and 60-minute partner
# plan (src/jmh/java/org/easeback/planner/PlannerBenchmark.java).
# The `bench` Maven profile adds JMH and src/jmh/java to the test classpath; the normal
# build never compiles them. Extra arguments go to JMH (e.g. `bench/jmh.sh -f 1 -i 3`).
# Usage: bench/jmh.sh [JMH options]
# JMH_JAVA picks the JVM that runs the benchmark (default: the `java` on the PATH), e.g.
# JMH_JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java bench/jmh.sh (what bench/run-jar.sh runs).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$BENCH_ROOT"
./mvnw -B -q -Pbench -DskipTests test-compile dependency:build-classpath \
	-Dmdep.outputFile=target/jmh.classpath -Dmdep.includeScope=test
jmh_java=${JMH_JAVA:-java}
echo "# $(machine) jmh_java=$("$jmh_java" -version 2>&1 | head -1)" | tee "$BENCH_OUT/jmh-machine.txt"
"$jmh_java" -cp "target/classes:target/test-classes:$(cat target/jmh.classpath)" org.openjdk.jmh.Main \
	PlannerBenchmark -rf json -rff "$BENCH_OUT/jmh.json" "$@" | tee "$BENCH_OUT/jmh.txt" | grep -E '^(# Run progress|Benchmark|PlannerBenchmark)'
echo "# after: $(load)"
# median and spread over every measured iteration of every fork
python3 - "$BENCH_OUT/jmh.json" <<'PY'
import json, statistics, sys
for b in json.load(open(sys.argv[1])):
    raw = [x for fork in b["primaryMetric"]["rawData"] for x in fork]
    print(f'{b["benchmark"].split(".")[-1]}: median {statistics.median(raw):,.0f} plans/s, '
          f'range {min(raw):,.0f}–{max(raw):,.0f} ({len(raw)} iterations), '
          f'mean {b["primaryMetric"]["score"]:,.0f} ± {b["primaryMetric"]["scoreError"]:,.0f} (99.9%)')
PY
# the same requests in CPU time of the planning thread: robust when the machine is shared
"$jmh_java" -cp "target/classes:target/test-classes:$(cat target/jmh.classpath)" org.easeback.planner.PlannerCpuTime | tee -a "$BENCH_OUT/jmh.txt"
