#!/usr/bin/env bash
# Runs the packaged jar the way docs/performance.md measured it: the chosen JVM flags plus
# an AppCDS archive (class-data sharing) made by a training run on first use.
#   bench/run-jar.sh [application arguments]      e.g. bench/run-jar.sh --server.port=8686
# Environment: JAVA_OPTS adds or overrides flags; EASEBACK_CDS=0 runs without the archive;
# Spring AOT: when the jar was built with -Paot (bench/lib.sh builds it so) it runs Spring's
# build-time bean definitions (-Dspring.aot.enabled=true), with a CDS archive of its own;
# EASEBACK_AOT=0 turns that off, EASEBACK_AOT=1 insists on it.
# The same flags without CDS are what `./mvnw spring-boot:run` uses (pom.xml, jvmArguments).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
# Serial GC: one core's worth of GC threads and no G1 regions/remembered sets on a 2-core box;
# 256 MiB heap ceiling; 512 KiB thread stacks for Tomcat's worker threads.
EASEBACK_JVM_FLAGS=${EASEBACK_JVM_FLAGS:-"-XX:+UseSerialGC -Xmx256m -Xss512k -XX:ReservedCodeCacheSize=64m -XX:MaxMetaspaceSize=160m"}
# glibc keeps up to 8 x cores malloc arenas for the threads that allocate; two are enough and
# keep the resident memory down (docs/performance.md, "Where the resident memory goes").
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
jar=$(ls "$root"/target/easeback-*.jar 2>/dev/null | grep -v original | head -1 || true)
[ -n "$jar" ] || { echo "no jar: run ./mvnw -DskipTests package first" >&2; exit 1; }
aot="" jsa=app.jsa
use_aot=${EASEBACK_AOT:-auto}
if [ "$use_aot" = auto ]; then
	use_aot=0
	unzip -l "$jar" 2> /dev/null | grep -q 'EaseBackApplication__ApplicationContextInitializer' && use_aot=1
fi
if [ "$use_aot" = 1 ]; then
	aot="-Dspring.aot.enabled=true" jsa=app-aot.jsa
fi
if [ "${EASEBACK_CDS:-1}" = 0 ]; then
	exec java $EASEBACK_JVM_FLAGS $aot ${JAVA_OPTS:-} -jar "$jar" "$@"
fi
# CDS needs the exploded layout (Spring Boot's `extract`): the jar plus lib/ next to it.
app="$root/target/cds"
name=$(basename "$jar")
if [ ! -f "$app/$name" ] || [ "$jar" -nt "$app/$name" ]; then
	rm -rf "$app"
	java -Djarmode=tools -jar "$jar" extract --destination "$app" > /dev/null
fi
if [ ! -f "$app/$jsa" ] || [ "$app/$name" -nt "$app/$jsa" ]; then
	echo "training run for the CDS archive (once per build)…" >&2
	# the training run stops right after the context refreshed; it needs a database, so it
	# gets a throw-away one
	EASEBACK_DATA_DIR="$app/training-data" java $EASEBACK_JVM_FLAGS $aot -XX:ArchiveClassesAtExit="$app/$jsa" \
		-Dspring.context.exit=onRefresh -jar "$app/$name" --server.port=0 > "$app/training.log" 2>&1 || true
	rm -rf "$app/training-data"
	[ -f "$app/$jsa" ] || echo "no CDS archive made (see $app/training.log); running without it" >&2
fi
cds=""
[ -f "$app/$jsa" ] && cds="-XX:SharedArchiveFile=$app/$jsa"
exec java $EASEBACK_JVM_FLAGS $aot $cds ${JAVA_OPTS:-} -jar "$app/$name" "$@"
