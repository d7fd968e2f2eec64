-- wrk script for bench/soak.sh: a mixed load signed in as the seeded user, cycling
--   GET /library (page), GET /api/v1/diary/entries, POST /api/v1/plans,
--   GET /diary (page), POST /api/v1/diary/entries, GET /api/v1/diary/summary
-- Every request carries the session and CSRF-token cookies and the CSRF header (SOAK_SESSION and
-- SOAK_CSRF name files written by soak.sh). Counts answers by status class.
local function first_line(name)
	local f = assert(io.open(os.getenv(name), "r"))
	local line = f:read("*l")
	f:close()
	return line
end
local session = first_line("SOAK_SESSION")
local csrf = first_line("SOAK_CSRF")
local plan = '{"mode":"PARTNER","minutes":15,"equipment":["BED","OIL","TOWELS","PILLOW"],"soreSpots":["LUMBAR_LEFT"],"pressure":"MEDIUM","safety":{"answers":{"saddle_numbness":false,"bladder_bowel_change":false,"progressive_leg_weakness":false,"fever":false,"major_trauma":false,"both_legs_symptoms":false,"cancer_history":false,"unexplained_weight_loss":false,"constant_night_pain":false,"immune_or_iv_drug":false,"clot_history":false,"recent_back_surgery":false,"severe_worsening_pain":false,"heart_condition":false,"blood_thinners":false,"osteoporosis":false,"pregnant":false,"skin_problem":false},"age":40}}'
local entry = '{"pain":4,"pegAverage":4,"pegEnjoyment":3,"pegActivity":5,"regions":[{"region":"LUMBAR_LEFT","intensity":5}],"tags":["EVENING"],"note":"soak"}'
local counter = 0
local json = { ["Content-Type"] = "application/json", ["Accept"] = "application/json" }

request = function()
	counter = counter + 1
	local headers = { ["Cookie"] = session, ["X-CSRF-TOKEN"] = csrf }
	local k = counter % 6
	if k == 0 then
		headers["Accept"] = "text/html"
		return wrk.format("GET", "/library", headers)
	elseif k == 1 then
		headers["Accept"] = "application/json"
		return wrk.format("GET", "/api/v1/diary/entries?size=20", headers)
	elseif k == 2 then
		for h, v in pairs(json) do headers[h] = v end
		return wrk.format("POST", "/api/v1/plans", headers, plan)
	elseif k == 3 then
		headers["Accept"] = "text/html"
		return wrk.format("GET", "/diary", headers)
	elseif k == 4 then
		for h, v in pairs(json) do headers[h] = v end
		return wrk.format("POST", "/api/v1/diary/entries", headers, entry)
	else
		headers["Accept"] = "application/json"
		return wrk.format("GET", "/api/v1/diary/summary", headers)
	end
end

local threads = {}
setup = function(thread)
	table.insert(threads, thread)
end
init = function()
	ok = 0
	redirects = 0
	bad = 0
end
response = function(status)
	if status < 300 then
		ok = ok + 1
	elseif status < 400 then
		redirects = redirects + 1
	else
		bad = bad + 1
	end
end

done = function(summary, latency, requests)
	local okc, redir, badc = 0, 0, 0
	for _, t in ipairs(threads) do
		okc = okc + t:get("ok")
		redir = redir + t:get("redirects")
		badc = badc + t:get("bad")
	end
	local secs = summary.duration / 1e6
	io.write(string.format(
		"RESULT rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f requests=%d status_2xx=%d status_3xx=%d status_4xx5xx=%d non2xx3xx_wrk=%d socket_errors=%d\n",
		summary.requests / secs, latency:percentile(50) / 1000, latency:percentile(90) / 1000,
		latency:percentile(99) / 1000, latency.max / 1000, summary.requests, okc, redir, badc, summary.errors.status,
		summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
