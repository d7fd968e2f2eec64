-- Shared by every wrk run: prints one parseable line at the end.
-- Usage: wrk -s bench/wrk/report.lua (or a script that ends with dofile of this one).
done = function(summary, latency, requests)
	local secs = summary.duration / 1e6
	io.write(string.format(
		"RESULT rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f requests=%d non2xx=%d socket_errors=%d\n",
		summary.requests / secs, latency:percentile(50) / 1000, latency:percentile(90) / 1000,
		latency:percentile(99) / 1000, latency.max / 1000, summary.requests, summary.errors.status,
		summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
