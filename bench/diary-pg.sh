#!/usr/bin/env bash
# The diary at scale on a real PostgreSQL 17: the embedded-postgres binaries the tests
# already use (from ~/.m2) run a throw-away server on 127.0.0.1:$PG_PORT (15432) with its
# data under target/bench/pg; the app's own Flyway migrations create the schema (the jar
# with the postgres profile, stopped right after start-up); bench/diary/DiaryScale.java
# seeds 10,000 users x 365 entries and prints the query plans and timings.
# The server is stopped at the end. Usage: bench/diary-pg.sh [USERS] [SAMPLES]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
users=${1:-10000}
samples=${2:-500}
jar=$(app_jar)
pg="$BENCH_OUT/pg"
start_pg "$pg" -c shared_buffers=256MB -c fsync=off
trap 'stop_pg "$pg"' EXIT
url=$pg_url
# schema: the app's migrations
SPRING_PROFILES_ACTIVE=postgres POSTGRES_URL="$url" POSTGRES_USER=postgres POSTGRES_PASSWORD= \
	java -Dspring.context.exit=onRefresh -jar "$jar" --server.port=0 > "$pg/migrate.log" 2>&1
echo "# $(machine) postgres=17 (embedded-postgres binaries), shared_buffers=256MB, fsync=off"
driver=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | tail -1)
java -cp "$driver" "$BENCH_ROOT/bench/diary/DiaryScale.java" "$url" "$users" "$samples"
echo "# after: $(load)"
