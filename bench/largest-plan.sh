#!/usr/bin/env bash
# Time to plan the largest plan request the API accepts, with JMH, one thread
# (src/jmh/java/org/easeback/planner/LargestPlanBenchmark.java; docs/reliability.md,
# request bodies). Extra arguments go to JMH (e.g. `bench/largest-plan.sh -f 1`).
# Usage: bench/largest-plan.sh [JMH options]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$BENCH_ROOT"
./mvnw -B -q -Pbench -DskipTests test-compile dependency:build-classpath \
	-Dmdep.outputFile=target/jmh.classpath -Dmdep.includeScope=test
jmh_java=${JMH_JAVA:-java}
echo "# $(machine) jmh_java=$("$jmh_java" -version 2>&1 | head -1)"
"$jmh_java" -cp "target/classes:target/test-classes:$(cat target/jmh.classpath)" org.openjdk.jmh.Main \
	LargestPlanBenchmark -rf json -rff "$BENCH_OUT/largest-plan.json" "$@" | tee "$BENCH_OUT/largest-plan.txt" \
	| grep -E '^(Benchmark|LargestPlanBenchmark)'
echo "# after: $(load)"
