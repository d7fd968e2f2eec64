#!/usr/bin/env bash
# 60-second mixed load on 127.0.0.1 against the packaged jar, with the resident memory of
# the server sampled every second (docs/reliability.md, "Mixed load").
#   bench/soak.sh      BENCH_PORT (8686), SOAK_SECONDS (60), SOAK_CONNECTIONS (8),
#                      SOAK_SEED_DAYS (30: two diary entries a day), SOAK_TIMEOUT (10s)
# Load: bench/wrk/soak.lua, signed in as a user seeded with 2 x SOAK_SEED_DAYS diary
# entries: the library page, the diary page, diary entries (read and write), the diary
# summary, and plans. (The diary page and summary over years of entries are
# docs/performance.md's subject; this run is about errors and memory.)
# Pass criteria (exit 1 otherwise):
#   - no answer other than 2xx/3xx and no socket error;
#   - no memory growth after the first 10 s: max RSS of the last 20 s <= max RSS of
#     seconds 10-30 + 5 %.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
require wrk curl python3
seconds=${SOAK_SECONDS:-60}
seed_days=${SOAK_SEED_DAYS:-30}
connections=${SOAK_CONNECTIONS:-8}
out="$BENCH_OUT/soak-$(date -u +%Y%m%dT%H%M%S)"
mkdir -p "$out"
jar=$(app_jar)
data="$out/data"
base="http://127.0.0.1:$BENCH_PORT"
echo "$(machine)" | tee "$out/machine.txt"
EASEBACK_DATA_DIR="$data" EASEBACK_CDS=${EASEBACK_CDS:-0} "$BENCH_ROOT/bench/run-jar.sh" \
	--server.port="$BENCH_PORT" --server.address=127.0.0.1 > "$out/server.log" 2>&1 &
launcher=$!
trap 'stop_pid $launcher' EXIT
wait_ready
pid=$launcher

# a signed-in user with SOAK_SEED_DAYS days of diary (one import through the app), its session and
# CSRF token for wrk
jarfile="$out/cookies.txt"
token() { curl -fs -b "$jarfile" -c "$jarfile" "$base$1" | grep -o '<meta name="_csrf" content="[^"]*"' | sed 's/.*content="//; s/"$//'; }
email="soak@example.org"; password="a calm quiet river of benchmarks"
curl -fs -b "$jarfile" -c "$jarfile" -o /dev/null -X POST "$base/register" \
	--data-urlencode "email=$email" --data-urlencode "password=$password" --data-urlencode role=CLIENT \
	--data-urlencode "_csrf=$(token /register)"
curl -fs -b "$jarfile" -c "$jarfile" -o /dev/null -X POST "$base/login" \
	--data-urlencode "email=$email" --data-urlencode "password=$password" --data-urlencode "_csrf=$(token /login)"
csrf=$(token /diary)
echo "$csrf" > "$out/csrf.txt"
# the Cookie header wrk sends: the session and the CSRF token's cookie (the token must
# come back in the header and match the cookie)
awk '$6 == "SESSION" || $6 == "XSRF-TOKEN" {printf "%s%s=%s", (n++ ? "; " : ""), $6, $7} END {print ""}' \
	"$jarfile" > "$out/session.txt"
grep -q "SESSION=" "$out/session.txt" || { echo "no session cookie" >&2; exit 1; }
python3 - "$out/seed.json" "$seed_days" << 'PY'
import json, random, sys
from datetime import datetime, timedelta, timezone
rnd = random.Random(7)
now = datetime.now(timezone.utc).replace(microsecond=0)
entries = [{"takenAt": (now - timedelta(days=d, hours=h)).strftime("%Y-%m-%dT%H:%M:%SZ"), "pain": rnd.randint(0, 10),
            "tags": ["MORNING"] if h else []} for d in range(1, int(sys.argv[2]) + 1) for h in (0, 12)]
json.dump({"format": "easeback-personal-data", "diary": {"entries": entries}}, open(sys.argv[1], "w"))
PY
curl -fs -b "$jarfile" -H "Content-Type: application/json" -H "X-CSRF-TOKEN: $csrf" \
	--data-binary @"$out/seed.json" "$base/api/v1/account/import" > "$out/seed-answer.json"
echo "seeded: $(cat "$out/seed-answer.json")"

# RSS every second while wrk runs
(
	for s in $(seq 1 "$seconds"); do
		sleep 1
		echo "$s $(rss_mib "$pid") $(load)"
	done
) > "$out/rss.txt" &
sampler=$!
SOAK_SESSION="$out/session.txt" SOAK_CSRF="$out/csrf.txt" \
	wrk -t2 -c"$connections" -d"${seconds}s" --timeout "${SOAK_TIMEOUT:-10s}" --latency -s "$BENCH_ROOT/bench/wrk/soak.lua" "$base" | tee "$out/wrk.txt"
wait $sampler
echo "load after: $(load)" | tee -a "$out/machine.txt"

result=$(grep '^RESULT' "$out/wrk.txt")
bad=$(sed 's/.*status_4xx5xx=\([0-9]*\).*/\1/' <<< "$result")
wrkbad=$(sed 's/.*non2xx3xx_wrk=\([0-9]*\).*/\1/' <<< "$result")
socket=$(sed 's/.*socket_errors=\([0-9]*\).*/\1/' <<< "$result")
early=$(awk '$1 > 10 && $1 <= 30 {print $2}' "$out/rss.txt" | sort -n | tail -1)
late=$(awk -v s="$seconds" '$1 > s - 20 {print $2}' "$out/rss.txt" | sort -n | tail -1)
first=$(awk '$1 <= 10 {print $2}' "$out/rss.txt" | sort -n | tail -1)
limit=$(( early + early * 5 / 100 ))
entries=$(curl -fs -b "$jarfile" -H "Accept: application/json" "$base/api/v1/diary/entries?size=1" | sed 's/.*"total":\([0-9]*\).*/\1/')
echo "SOAK errors=$bad wrk_status_errors=$wrkbad socket_errors=$socket rss_max_0_10s=${first}MiB rss_max_10_30s=${early}MiB rss_max_last20s=${late}MiB limit=${limit}MiB diary_entries_after=$entries out=$out" | tee "$out/soak.txt"
status=0
[ "$bad" = 0 ] && [ "$wrkbad" = 0 ] && [ "$socket" = 0 ] || { echo "FAIL: errors" >&2; status=1; }
[ "$late" -le "$limit" ] || { echo "FAIL: memory grew after the first 10 s" >&2; status=1; }
exit $status
