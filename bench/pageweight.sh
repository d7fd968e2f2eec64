#!/usr/bin/env bash
# Page weight: bytes transferred (headers + body as sent, with Accept-Encoding: gzip) for
# the home page and the guided player, each with every stylesheet, script, icon and image
# it links to; the uncompressed sizes alongside. The player shows a stored plan: the
# typical 15-minute partner plan and a 60-minute one are created through the API first.
# Starts its own server on $BENCH_PORT unless BENCH_SERVER=running.
# Usage: bench/pageweight.sh
set -euo pipefail
source "$(dirname "$0")/lib.sh"
require curl python3
base="http://127.0.0.1:$BENCH_PORT"
if [ "${BENCH_SERVER:-}" != running ]; then
	app_jar > /dev/null
	work=$(mktemp -d)
	EASEBACK_DATA_DIR="$work/data" "$BENCH_ROOT/bench/run-jar.sh" --server.port="$BENCH_PORT" > "$BENCH_OUT/pageweight-server.log" 2>&1 &
	server=$!
	trap 'stop_pid $server; rm -rf "$work"' EXIT
	wait_ready
fi
echo "# $(machine)"
body=$(sed -n "s/^wrk.body = '\(.*\)'$/\1/p" "$BENCH_ROOT/bench/wrk/plan.lua")
plan15=$(curl -s -X POST -H 'Content-Type: application/json' --data "$body" "$base/api/v1/plans" | sed 's/.*"player":"\([^"]*\)".*/\1/')
plan60=$(curl -s -X POST -H 'Content-Type: application/json' --data "${body/\"minutes\":15/\"minutes\":60}" "$base/api/v1/plans" | sed 's/.*"player":"\([^"]*\)".*/\1/')
python3 - "$base" "/" "$plan15" "$plan60" <<'PY'
import re, subprocess, sys
base = sys.argv[1]
limits = {"/": 100, sys.argv[3]: 150, sys.argv[4]: 150}
names = {"/": "home", sys.argv[3]: "player, 15-minute plan", sys.argv[4]: "player, 60-minute plan"}

def fetch(path, gzip):
    args = ["curl", "-s", "-o", "/tmp/pageweight.body", "-w", "%{size_header} %{size_download} %{content_type}", base + path]
    if gzip:
        args[1:1] = ["-H", "Accept-Encoding: gzip"]
    header, body, ctype = subprocess.run(args, capture_output=True, text=True, check=True).stdout.split(" ", 2)
    return int(header) + int(body), int(body), open("/tmp/pageweight.body", "rb").read()

for page in sys.argv[2:]:
    total_gz, _, _ = fetch(page, True)
    total_plain, _, html = fetch(page, False)
    rows = [(page, total_gz, total_plain)]
    text = html.decode("utf-8", "replace")
    refs = re.findall(r'<(?:link|script|img)\b[^>]*?(?:href|src)="(/[^"#?]+\.(?:css|js|svg|png|ico|woff2?))"', text)
    for ref in dict.fromkeys(refs):
        gz, _, _ = fetch(ref, True)
        plain, _, _ = fetch(ref, False)
        rows.append((ref, gz, plain))
    gz_sum = sum(r[1] for r in rows)
    plain_sum = sum(r[2] for r in rows)
    limit = limits[page]
    verdict = "met" if gz_sum <= limit * 1024 else "MISSED"
    print(f"{names[page]}: {gz_sum / 1024:.1f} KiB transferred with gzip ({plain_sum / 1024:.1f} KiB without), "
          f"target <= {limit} KB: {verdict}")
    for ref, gz, plain in rows:
        print(f"    {ref}: {gz} B gzip, {plain} B plain")
PY
