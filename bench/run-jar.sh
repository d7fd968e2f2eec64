#!/usr/bin/env bash
# Runs the packaged jar the way docs/performance.md measured it: the chosen JVM flags plus
# an archive of the classes the start-up loads, made by a training run on first use.
#   bench/run-jar.sh [application arguments]      e.g. bench/run-jar.sh --server.port=8686
#
# Which Java: EASEBACK_JAVA, else the newest JDK 25 or later under /usr/lib/jvm, else the
# `java` on the PATH. The jar is built for Java 17 and runs on any later JDK.
# - JDK 25 or later: the JDK's AOT cache (JEP 483/514/515: classes loaded and linked, and
#   method profiles, from a training run), -XX:AOTCache.
# - JDK 17-24: an AppCDS archive (class-data sharing), -XX:SharedArchiveFile.
# The training run starts EaseBack on a throw-away database, sends it a few typical requests
# (home, library, a plan, liveness; EASEBACK_TRAINING=journey adds a newcomer's visit through
# the pages, signed in too: bench/journey.py), stops it, and keeps the archive next to the
# extracted jar in target/cds/ (once per build, JDK and training).
#
# Lazy start: beans are created when first needed (-Dspring.main.lazy-initialization=true),
# except what guards safety (content library, safety check, planner, database migrations:
# shared.LazyStartTests, hazard H40); EASEBACK_LAZY=0 starts everything eagerly.
# JVM flags: EASEBACK_JVM_FLAGS below; on JDK 25 or later also a 128 MiB heap, compact object
# headers and the native heap trimmed every 5 s (unless EASEBACK_JVM_FLAGS is set). Each set
# of flags gets its own archive.
# Environment: JAVA_OPTS adds or overrides flags (not used by the training run);
# EASEBACK_CDS=0 runs without any archive;
# Spring AOT: when the jar was built with -Paot (bench/lib.sh builds it so) it runs Spring's
# build-time bean definitions (-Dspring.aot.enabled=true); EASEBACK_AOT=0 turns that off,
# EASEBACK_AOT=1 insists on it.
# The same flags without an archive are what `./mvnw spring-boot:run` uses (pom.xml,
# jvmArguments).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
# Parallel GC: stop-the-world like Serial (no G1 remembered sets or concurrent threads on a
# 2-core box) but both cores collect: under a mixed plans + diary load p99 160 -> 124 ms at
# as many requests/s as Serial, G1 100 ms but 11% fewer (docs/performance.md, round 10);
# 256 MiB heap ceiling; 512 KiB thread stacks for Tomcat's worker threads; metaspace capped at
# 256 MiB. The cap also sizes the compressed class space (0.8 of it), and the JDK builds the
# AOT cache in a buffer of that size: at 160 MiB (before round 11) the default cache filled 90%
# of its 128 MiB, and a training run that also signed in overflowed it ("Unable to allocate
# from 'ro' region"), leaving no cache at all.
[ -z "${EASEBACK_JVM_FLAGS:-}" ] || EASEBACK_JVM_FLAGS_SET=1
EASEBACK_JVM_FLAGS=${EASEBACK_JVM_FLAGS:-"-XX:+UseParallelGC -Xmx256m -Xss512k -XX:ReservedCodeCacheSize=64m -XX:MaxMetaspaceSize=256m"}
# EASEBACK_SMALL=1: the least memory (docs/performance.md, resident memory): C1 only (no C2
# compiler arenas and a smaller code cache), a 128 MiB heap and, on JDK 22+, the native heap
# trimmed every 2 s. Ready sooner too, but about a third less throughput once warm.
if [ "${EASEBACK_SMALL:-0}" = 1 ]; then
	EASEBACK_JVM_FLAGS="$EASEBACK_JVM_FLAGS -Xmx128m -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=32m"
fi
# glibc keeps up to 8 x cores malloc arenas for the threads that allocate; two are enough and
# keep the resident memory down (docs/performance.md, "Where the resident memory goes").
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
jar=$(ls "$root"/target/easeback-*.jar 2>/dev/null | grep -v original | head -1 || true)
[ -n "$jar" ] || { echo "no jar: run ./mvnw -DskipTests package first" >&2; exit 1; }

source "$root/bench/java.sh"
echo "run-jar: $java (Java $major)" >&2
if [ "${EASEBACK_SMALL:-0}" = 1 ] && [ "$major" -ge 22 ]; then
	EASEBACK_JVM_FLAGS="$EASEBACK_JVM_FLAGS -XX:TrimNativeHeapInterval=2000"
elif [ -z "${EASEBACK_JVM_FLAGS_SET:-}" ] && [ "$major" -ge 25 ]; then
	# JDK 25: compact object headers (JEP 519: 8-byte headers) shrink the live heap under the
	# plans load from ~96 to ~51-69 MB, so a 128 MiB heap holds it without repeated full GCs;
	# glibc's free native memory goes back to the system every 5 s. Resident memory under
	# load 389 -> 349 MiB (docs/performance.md, round 5).
	EASEBACK_JVM_FLAGS="$EASEBACK_JVM_FLAGS -Xmx128m -XX:+UseCompactObjectHeaders -XX:TrimNativeHeapInterval=5000"
fi

aot="" suffix=""
use_aot=${EASEBACK_AOT:-auto}
if [ "$use_aot" = auto ]; then
	use_aot=0
	# no grep -q: it stops reading early, unzip then dies of SIGPIPE and pipefail makes the test false
	unzip -l "$jar" 2> /dev/null | grep EaseBackApplication__ApplicationContextInitializer > /dev/null && use_aot=1
fi
if [ "$use_aot" = 1 ]; then
	aot="-Dspring.aot.enabled=true" suffix=-aot
fi
if [ "${EASEBACK_LAZY:-1}" = 1 ]; then
	aot="$aot -Dspring.main.lazy-initialization=true"
fi
if [ "${EASEBACK_CDS:-1}" = 0 ]; then
	exec "$java" $EASEBACK_JVM_FLAGS $aot ${JAVA_OPTS:-} -jar "$jar" "$@"
fi
# The archives need the exploded layout (Spring Boot's `extract`): the jar plus lib/ next to it.
app="$root/target/cds"
name=$(basename "$jar")
if [ ! -f "$app/$name" ] || [ "$jar" -nt "$app/$name" ]; then
	rm -rf "$app"
	java -Djarmode=tools -jar "$jar" extract --destination "$app" > /dev/null
fi
# one archive per JDK, Spring AOT on/off and JVM flags: an archive made with other flags (a
# GC, compact object headers) is refused by the JVM, and with different heap flags it would
# silently hold the wrong training profile
flags=$(echo "$EASEBACK_JVM_FLAGS" | cksum | cut -d' ' -f1)
suffix="$suffix-$flags"
# What the training run does (round 11): "requests" (default) the requests below (anonymous
# pages, a plan, liveness); "journey" those and then a newcomer's visit through the pages,
# signed in too (bench/journey.py: diary, an entry, the hand-off PDF), so that their classes
# are in the archive before the first visitor comes. The journey's archive makes that first
# visit 0.7 s shorter once the server is ready (the PDF 1.1 -> 0.5 s) but is 23 MB larger, all
# of it resident: 20-26 MiB more under load, away from the 300 MB target (docs/performance.md,
# round 11).
training_kind=${EASEBACK_TRAINING:-requests}
case "$training_kind" in
	journey | requests) suffix="$suffix-$training_kind" ;;
	*) echo "EASEBACK_TRAINING is journey or requests, not $training_kind" >&2; exit 2 ;;
esac
if [ "$major" -ge 25 ]; then
	archive="$app/app$suffix-$major.aot"
	make_archive="-XX:AOTCacheOutput=$archive" use_archive="-XX:AOTCache=$archive"
else
	archive="$app/app$suffix-$major.jsa"
	make_archive="-XX:ArchiveClassesAtExit=$archive" use_archive="-XX:SharedArchiveFile=$archive"
fi
# a training run that made no archive is not repeated at every start (each one took 20-30 s)
# until the jar changes; the marker says why it failed
failed="$archive.failed"
if [ -f "$failed" ] && [ "$failed" -nt "$app/$name" ] && [ ! -f "$archive" ]; then
	echo "no archive: the training run for it failed ($failed); running without it" >&2
elif [ ! -f "$archive" ] || [ "$app/$name" -nt "$archive" ]; then
	echo "training run for $(basename "$archive") (once per build and JDK)…" >&2
	training="$app/training-data"
	rm -rf "$training"
	log="$app/training$suffix-$major.log"
	# the log exists before the background JVM's redirect opens it: otherwise the first sed
	# below could find no file, fail, and (set -e, pipefail) end this script with the training
	# JVM left running and no archive (seen twice in round 10)
	: > "$log"
	EASEBACK_DATA_DIR="$training" "$java" $EASEBACK_JVM_FLAGS $aot $make_archive -jar "$app/$name" \
		--server.port=0 > "$log" 2>&1 &
	pid=$!
	# if this script is stopped (a benchmark's clean-up) or fails during the training run,
	# the training JVM goes with it, killed outright so that it writes no half-trained archive
	trap 'kill -KILL $pid 2> /dev/null || true' EXIT
	trap 'exit 143' TERM INT
	port=""
	for _ in $(seq 1 1200); do
		port=$(sed -n 's/.*Tomcat started on port \([0-9]*\).*/\1/p' "$log" | head -1)
		[ -n "$port" ] || ! kill -0 $pid 2> /dev/null && break
		sleep 0.1
	done
	if [ -n "$port" ]; then
		base="http://127.0.0.1:$port"
		body=$(sed -n "s/^wrk.body = '\(.*\)'$/\1/p" "$root/bench/wrk/plan.lua")
		for _ in 1 2 3; do
			for path in / /library /library/cat-cow /check /plan /login /actuator/health/liveness; do
				curl -s -o /dev/null "$base$path" || true
			done
			curl -s -o /dev/null -X POST -H 'Content-Type: application/json' --data "$body" "$base/api/v1/plans" || true
		done
		if [ "$training_kind" = journey ]; then
			# its own log: the JVM writes the other one without O_APPEND
			python3 "$root/bench/journey.py" "$base" training@example.org > "${log%.log}-journey.log" 2>&1 ||
				echo "the training journey failed (see ${log%.log}-journey.log): the archive lacks some pages" >&2
		fi
	fi
	kill $pid 2> /dev/null || true
	wait $pid 2> /dev/null || true
	trap - EXIT TERM INT
	rm -rf "$training"
	if [ ! -f "$archive" ]; then
		{ echo "see $log"; grep -E '\[error|Exception|Error:' "$log" | head -5; } > "$failed" || true
		echo "no archive made; running without it, so start-up is several times slower:" >&2
		cat "$failed" >&2
	else
		# the JDK builds the archive in a buffer the size of the compressed class space, 0.8 of
		# MaxMetaspaceSize: say so before a few more classes make the next training fail
		cap=$(echo "$EASEBACK_JVM_FLAGS" | sed -n 's/.*-XX:MaxMetaspaceSize=\([0-9]*\)m.*/\1/p')
		size=$(($(stat -c %s "$archive") / 1048576))
		if [ -n "$cap" ] && [ $((size * 10)) -gt $((cap * 8 * 9 / 10)) ]; then
			echo "the archive ($size MiB) is over 90% of the class space it is built in ($((cap * 8 / 10)) MiB):" \
				"raise -XX:MaxMetaspaceSize" >&2
		fi
	fi
fi
use=""
[ -f "$archive" ] && use=$use_archive
exec "$java" $EASEBACK_JVM_FLAGS $aot $use ${JAVA_OPTS:-} -jar "$app/$name" "$@"
