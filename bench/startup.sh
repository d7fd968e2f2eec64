#!/usr/bin/env bash
# Startup baseline: launches the packaged jar RUNS times (default 5) on a fresh H2 file
# database each time and reports, per run and as median, the time Spring Boot reports to
# "Started" and the resident memory (VmRSS) once /actuator/health answers UP.
# Usage: bench/startup.sh [RUNS]   (packages the jar first unless SKIP_PACKAGE=1)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
port=${BENCH_PORT:-18080}
[ "${SKIP_PACKAGE:-0}" = 1 ] || ./mvnw -B -q -DskipTests package
jar=$(ls target/easeback-*.jar | grep -v original | head -1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
starts=() rss=()
for i in $(seq 1 "$runs"); do
  EASEBACK_DATA_DIR="$work/data-$i" java -jar "$jar" --server.port="$port" > "$work/log-$i" 2>&1 &
  pid=$!
  for _ in $(seq 1 600); do
    curl -fs "http://127.0.0.1:$port/actuator/health" > /dev/null 2>&1 && break
    sleep 0.1
  done
  s=$(grep -oE 'Started EaseBackApplication in [0-9.]+ seconds' "$work/log-$i" | grep -oE '[0-9.]+' | head -1)
  r=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$pid/status")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "run $i: started in ${s}s, RSS ${r} MiB"
  starts+=("$s"); rss+=("$r")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; print m}'; }
range() { printf '%s\n' "$@" | sort -n | awk 'NR==1{lo=$1} {hi=$1} END {print lo "–" hi}'; }
echo "median start: $(median "${starts[@]}") s (range $(range "${starts[@]}") s)"
echo "median RSS:   $(median "${rss[@]}") MiB (range $(range "${rss[@]}") MiB)"
