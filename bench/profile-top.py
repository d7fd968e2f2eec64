#!/usr/bin/env python3
"""Groups the CPU samples of a profile: the share of samples whose stack holds each frame
(inclusive), the top frames where the time is spent (self), and the share of samples under
each of the given frames (substring match on 'class.method').

Usage: bench/profile-top.py RECORDING.jfr|STACKS.collapsed [PATTERN ...]
- RECORDING.jfr: JFR's execution samples, read with `jfr print --events jdk.ExecutionSample
  --stack-depth 256` (the JDK's jfr tool).
- STACKS.collapsed: async-profiler's collapsed stacks (one line a stack, root first, and its
  number of samples). These also hold native frames, kernel frames (suffix _[k]) and the JVM's
  own threads, so the report first splits the samples into the GC, the JIT compilers, other
  JVM threads and the application's threads (by the frames on each stack), and gives the
  kernel's share.
"""
import collections
import re
import subprocess
import sys

recording, patterns = sys.argv[1], sys.argv[2:]
samples = []  # (frames leaf first, as class.method, number of samples)


def jfr_samples():
    text = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "256", recording],
                          check=True, capture_output=True, text=True).stdout
    for block in text.split("jdk.ExecutionSample")[1:]:
        frames = re.findall(r"^\s+([\w$.<>]+)\(.*?line:", block, re.M)
        if frames:
            samples.append((frames, 1))


def collapsed_samples():
    with open(recording) as lines:
        for line in lines:
            stack, _, count = line.rstrip("\n").rpartition(" ")
            if stack:
                frames = [f.replace("/", ".") for f in reversed(stack.split(";"))]
                samples.append((frames, int(count)))


def kind(frames):
    """Which part of the JVM a native stack belongs to (async-profiler names the C++ frames)."""
    text = ";".join(frames)
    if any(k in text for k in ("GCTaskThread", "VM_GenCollect", "SerialHeap", "DefNewGeneration",
                               "TenuredGeneration", "G1", "ParallelScavenge", "PSScavenge",
                               "PSParallelCompact", "PSPromotionManager", "ParallelCollect")):
        return "GC"
    if any(k in text for k in ("CompileBroker", "C2Compiler", "Compiler::compile", "Compilation::")):
        return "JIT compilers"
    if "java.lang.Thread.run" in text or "[unknown_Java]" in text or "[not_walkable_Java]" in text:
        return "application threads"
    return "other JVM threads"


if recording.endswith(".collapsed"):
    collapsed_samples()
else:
    jfr_samples()
total = sum(n for _, n in samples)
print(f"{total} samples")
if recording.endswith(".collapsed"):
    kinds = collections.Counter()
    for frames, n in samples:
        kinds[kind(frames)] += n
    # by the frames on the stack: an application thread in the heap's allocation slow path
    # counts as GC (0.2% of a plans load)
    print("\nby kind of work:")
    for k, n in kinds.most_common():
        print(f"{100 * n / total:5.1f}%  {k}")
    kernel = sum(n for frames, n in samples if frames[0].endswith("_[k]"))
    print(f"{100 * kernel / total:5.1f}%  in the kernel (system calls, page faults, scheduling)")
own = collections.Counter()
inclusive = collections.Counter()
for frames, n in samples:
    own[frames[0]] += n
    for f in set(frames):
        inclusive[f] += n
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
        n = sum(c for frames, c in samples if any(p in f for f in frames))
        print(f"{100 * n / total:5.1f}%  {p}")
