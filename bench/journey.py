#!/usr/bin/env python3
"""A newcomer's first visit, through the pages as a browser submits them, each step timed:
the safety check answered "no" throughout, the plan built with the form's defaults, the
guided player; then an account: register, sign in, the diary, one entry added, the
hand-off page and its PDF, the account page. Every form is read from the page the server
sent (its hidden fields, checked boxes, selected options and CSRF token), so the journey
follows the templates instead of copying their field names.
Prints one line per step, "STEP_NAME ms=N status=N bytes=N", then "total_ms=N".
Fails (exit 1) on any status other than 200, or when a step's page lacks what it should
show. JOURNEY_PAGES=DIR keeps every answer there, one file per step.
bench/run-jar.sh runs it as the AOT cache's training (round 11); bench/first-visit.sh times
it on a fresh server.
Usage: bench/journey.py BASE_URL [EMAIL]"""
import http.cookiejar, os, sys, time, urllib.error, urllib.parse, urllib.request
from datetime import datetime
from html.parser import HTMLParser

base = sys.argv[1]
email = sys.argv[2] if len(sys.argv) > 2 else f"first-visit-{int(time.time() * 1000)}@example.org"
password = "a calm quiet river of benchmarks"
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
total_ms = 0.0


class Forms(HTMLParser):
    """The page's forms: each one's method, action and the fields a browser would send
    without the user touching anything (radios and checkboxes only when checked)."""

    def __init__(self):
        super().__init__()
        self.forms, self.radios, self.select = [], [], None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.forms.append({"method": a.get("method", "get").lower(), "action": a.get("action", ""), "fields": []})
        elif tag == "option" and self.select is not None and (self.select[1] is None or "selected" in a):
            self.select[1] = a.get("value", "")
        elif not self.forms or "name" not in a:
            return
        elif tag == "input":
            kind = a.get("type", "text")
            if kind == "radio":
                self.radios.append((len(self.forms) - 1, a["name"], a.get("value", "on")))
            if kind in ("radio", "checkbox") and "checked" not in a or kind in ("submit", "button"):
                return
            self.forms[-1]["fields"].append((a["name"], a.get("value", "")))
        elif tag == "select":
            self.select = [a["name"], None]
            self.forms[-1]["fields"].append(self.select)

    def handle_endtag(self, tag):
        if tag == "select":
            self.select = None

    def form(self, action):
        for i, f in enumerate(self.forms):
            if f["action"].split("?")[0] == action:
                f["fields"] = [tuple(x) for x in f["fields"]]
                f["index"] = i
                return f
        raise SystemExit(f"no form posting to {action}")


def step(name, path, fields=None, method="GET", expect=None):
    """Requests path (GET, or POST with the form fields), follows redirects, times it, and
    checks that the answer contains expect (bytes) when given."""
    global total_ms
    data = urllib.parse.urlencode(fields or []).encode()
    url = base + path
    if method == "GET" and fields:
        url, data = url + "?" + data.decode(), None
    started = time.perf_counter()
    try:
        with opener.open(urllib.request.Request(url, data=data if method == "POST" else None, method=method)) as r:
            body, status = r.read(), r.status
    except urllib.error.HTTPError as e:
        body, status = e.read(), e.code
    ms = (time.perf_counter() - started) * 1000
    total_ms += ms
    print(f"{name} ms={ms:.0f} status={status} bytes={len(body)}", flush=True)
    if os.environ.get("JOURNEY_PAGES"):
        with open(os.path.join(os.environ["JOURNEY_PAGES"], name), "wb") as f:
            f.write(body)
    if status != 200:
        raise SystemExit(f"{name}: {path} answered {status}")
    if expect and expect not in body:
        raise SystemExit(f"{name}: {path} answered without {expect!r}")
    page = Forms()
    page.feed(body.decode("utf-8", "replace") if b"<form" in body else "")
    return page


def submit(name, page, action, changes=(), answer_radios=None, expect=None):
    """Sends the form posting to action as the page filled it, with radios named like
    answer_radios set to that value and the given (name, value) pairs replacing or adding."""
    form = page.form(action)
    fields = form["fields"]
    if answer_radios:
        names = {n for i, n, v in page.radios if i == form["index"] and v == answer_radios}
        fields = [f for f in fields if f[0] not in names] + [(n, answer_radios) for n in sorted(names)]
    replaced = {n for n, _ in changes}
    fields = [f for f in fields if f[0] not in replaced] + list(changes)
    return step(name, action, fields, form["method"].upper(), expect)


check = step("check_page", "/check", expect=b"<title>Safety check")
result = submit("check_answered", check, "/check", [("age", "40"), ("firstEpisode", "no")], answer_radios="no",
                expect=b"<title>Safety check result")
plan_form = submit("plan_page", result, "/plan", expect=b"<title>Plan a session")
submit("plan_built", plan_form, "/plan", expect=b"<title>Guided session")
step("library", "/library", expect=b"<title>Library")
register = step("register_page", "/register", expect=b"<title>Register")
submit("registered", register, "/register", [("email", email), ("password", password)], expect=b"<title>Sign in")
login = step("login_page", "/login", expect=b"<title>Sign in")
diary = submit("signed_in", login, "/login", [("email", email), ("password", password)])
if not any(f["action"] == "/diary/entries" for f in diary.forms):
    diary = step("diary", "/diary", expect=b"<title>Your pain diary")
now = datetime.now().strftime("%Y-%m-%dT%H:%M")
submit("entry_added", diary, "/diary/entries", [("takenAt", now), ("pain", "4")], expect=b"Entry saved.")
step("handoff", "/handoff", expect=b"<title>Hand-off")
step("handoff_pdf", "/handoff/summary.pdf", expect=b"%PDF-")
step("account", "/account", expect=b"<title>Your account")
print(f"total_ms={total_ms:.0f}")
