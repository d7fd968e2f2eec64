#!/usr/bin/env python3
"""Groups the CPU samples of a JFR recording: the share of samples whose stack holds each
frame (inclusive), the top frames where the time is spent (self), and the share of samples
under each of the given frames (substring match on 'class.method').

Usage: bench/jfr-top.py RECORDING.jfr [PATTERN ...]
Reads `jfr print --events jdk.ExecutionSample --stack-depth 256` (the JDK's jfr tool).
"""
import collections
import re
import subprocess
import sys

recording, patterns = sys.argv[1], sys.argv[2:]
text = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "256", recording],
                      check=True, capture_output=True, text=True).stdout
samples = []
for block in text.split("jdk.ExecutionSample")[1:]:
    frames = re.findall(r"^\s+([\w$.<>]+)\(.*?line:", block, re.M)
    if frames:
        samples.append(frames)
total = len(samples)
print(f"{total} samples")
own = collections.Counter(s[0] for s in samples)
inclusive = collections.Counter()
for s in samples:
    for f in set(s):
        inclusive[f] += 1
print("\nself (top 25):")
for f, n in own.most_common(25):
    print(f"{100 * n / total:5.1f}%  {f}")
print("\ninclusive, org.easeback and a few framework frames (top 40):")
shown = 0
for f, n in inclusive.most_common():
    if f.startswith(("org.easeback", "org.springframework.session", "org.h2.mvstore.MVStore.",
                     "tools.jackson.databind.ObjectMapper", "org.thymeleaf.TemplateEngine.process",
                     "org.springframework.security.web.FilterChainProxy.doFilter",
                     "org.apache.coyote.http11.Http11Processor.service", "java.util.zip")):
        print(f"{100 * n / total:5.1f}%  {f}")
        shown += 1
        if shown == 40:
            break
if patterns:
    print("\nunder the given frames:")
    for p in patterns:
        n = sum(1 for s in samples if any(p in f for f in s))
        print(f"{100 * n / total:5.1f}%  {p}")
