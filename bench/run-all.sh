#!/usr/bin/env bash
# Every benchmark of docs/performance.md, in one go, on this machine. Packages the jar
# once, then runs: JMH planner throughput, start-up (5 runs per variant), the first visit
# after a start (5 runs per AOT-cache training), HTTP with wrk
# (3 rounds of 30 s per endpoint), latency against load (1 to 32 connections), a mixed load
# (plans and diary at once, 3 rounds of 30 s), page weight, and the diary at scale on PostgreSQL when
# bench/diary-pg.sh exists. Load goes to 127.0.0.1 only, every run is bounded in time.
# Output: the terminal and target/bench/run-all.txt. Takes about 40 minutes on 2 cores (37 in round 15).
# Usage: bench/run-all.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
exec > >(tee "$BENCH_OUT/run-all.txt") 2>&1
echo "# run-all $(machine) commit=$(git rev-parse --short HEAD)"
./mvnw -B -q -Paot -DskipTests package  # with Spring AOT, as bench/run-jar.sh runs it
echo "## planner (JMH), JDK 17"; bench/jmh.sh
jdk25=$(ls -d /usr/lib/jvm/*25*/bin/java 2>/dev/null | sort -V | tail -1 || true)
if [ -n "$jdk25" ]; then echo "## planner (JMH), JDK 25"; JMH_JAVA=$jdk25 BENCH_OUT="$BENCH_OUT/jdk25" bench/jmh.sh; fi
echo "## start-up"; bench/startup.sh 5
echo "## first visit after a start"; bench/first-visit.sh 5
echo "## HTTP (wrk)"; bench/http.sh 3
echo "## latency against load (wrk, 1-32 connections)"; bench/latency-curve.sh
echo "## mixed load (plans and diary at once)"; bench/mixed.sh 3
echo "## page weight"; bench/pageweight.sh
if [ -x bench/diary-pg.sh ]; then echo "## diary at scale (PostgreSQL)"; bench/diary-pg.sh; fi
echo "# done $(machine)"
