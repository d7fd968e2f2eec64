#!/usr/bin/env python3
"""Seeds one account with five years of diary entries, two a day, through the app itself:
register and sign in through the pages (form login, CSRF token from the page), then one
POST /api/v1/account/import of a personal-data document (session cookie + CSRF header).
Writes the session cookie to COOKIE_FILE for wrk (bench/wrk/diary.lua reads it).
Usage: bench/diary-seed.py BASE_URL EMAIL COOKIE_FILE [YEARS]"""
import http.cookiejar, json, random, re, sys, urllib.parse, urllib.request
from datetime import datetime, timedelta, timezone

base, email, cookie_file = sys.argv[1], sys.argv[2], sys.argv[3]
years = int(sys.argv[4]) if len(sys.argv) > 4 else 5
password = "a calm quiet river of benchmarks"
jar = http.cookiejar.CookieJar()
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))

def csrf(path):
    html = opener.open(base + path).read().decode()
    m = re.search(r'name="_csrf"[^>]*value="([^"]+)"', html) or re.search(r'<meta name="_csrf" content="([^"]+)"', html)
    return m.group(1)

def post_form(path, fields):
    data = urllib.parse.urlencode(fields).encode()
    return opener.open(urllib.request.Request(base + path, data=data, method="POST"))

post_form("/register", {"email": email, "password": password, "role": "CLIENT", "_csrf": csrf("/register")})
post_form("/login", {"email": email, "password": password, "_csrf": csrf("/login")})
token = csrf("/diary")

rnd = random.Random(7)
regions = ["LUMBAR_LEFT", "LUMBAR_RIGHT", "SACRUM", "GLUTE_LEFT", "GLUTE_RIGHT", "MID_BACK_LEFT"]
tags = ["AFTER_SITTING", "AFTER_LIFTING", "AFTER_EXERCISE", "MORNING", "EVENING", "AFTER_MASSAGE", "POOR_SLEEP", "STRESS"]
now = datetime.now(timezone.utc).replace(microsecond=0)
entries = []
days = 365 * years
for d in range(days, 0, -1):
    for hour in (8, 20):
        when = (now - timedelta(days=d)).replace(hour=hour, minute=rnd.randrange(60), second=0)
        pain = max(0, min(10, int(4 + 2 * rnd.gauss(0, 1))))
        entry = {"takenAt": when.strftime("%Y-%m-%dT%H:%M:%SZ"), "pain": pain,
                 "regions": [{"region": r, "intensity": max(0, min(10, pain + rnd.randint(-1, 1)))}
                             for r in rnd.sample(regions, rnd.randint(0, 2))],
                 "tags": rnd.sample(tags, rnd.randint(0, 2)),
                 "note": "Stiff after the drive home." if rnd.random() < 0.1 else None}
        if rnd.random() < 0.3:
            entry.update(pegAverage=pain, pegEnjoyment=rnd.randint(0, 10), pegActivity=rnd.randint(0, 10))
        entries.append(entry)
doc = {"format": "easeback-personal-data", "diary": {"entries": entries, "sessions": [], "episodes": []}}
req = urllib.request.Request(base + "/api/v1/account/import", data=json.dumps(doc).encode(), method="POST",
                             headers={"Content-Type": "application/json", "X-CSRF-TOKEN": token})
print("import:", opener.open(req, timeout=600).read().decode())
session = next(c.value for c in jar if c.name in ("SESSION", "JSESSIONID"))
open(cookie_file, "w").write(session)
print(f"seeded {len(entries)} entries for {email}")
