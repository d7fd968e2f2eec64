-- wrk script: GET /diary signed in as the seeded user (bench/diary-seed.py writes the
-- session id to the file named by the DIARY_COOKIE environment variable).
local f = assert(io.open(os.getenv("DIARY_COOKIE"), "r"))
wrk.headers["Cookie"] = "SESSION=" .. f:read("*l")
f:close()
dofile(debug.getinfo(1, "S").source:sub(2):match("(.*/)") .. "report.lua")
