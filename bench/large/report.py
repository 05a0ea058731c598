#!/usr/bin/python3
"""bench/large/report.py RAW.tsv MACHINE.txt — the large-data group's
medians (wall s, peak MB), tujie's ratio to each peer, and the cost per
point (µs) as the data grows."""
import statistics
import sys
from collections import defaultdict

runs = defaultdict(list)
for line in open(sys.argv[1]):
    f = line.split("\t")
    cpu = float(f[4]) + float(f[5]) if len(f) >= 6 else float("nan")
    runs[(f[0], int(f[1]))].append((float(f[2]), int(f[3]) / 1024, cpu))
tools = [t for t in ("tujie", "gnuplot", "matplotlib", "strtod", "wc") if any(k[0] == t for k in runs)]
sizes = sorted({k[1] for k in runs})


def med(tool, n, i):
    v = runs.get((tool, n))
    return statistics.median(x[i] for x in v) if v else None


print("## Large data: `tujie trend` on N points (PNG 1600 × 1000)\n")
print("\n".join("    " + l.rstrip() for l in open(sys.argv[2])))
print("\nMedian wall time (s) / peak RSS (MB), whole process:\n")
print("| N | " + " | ".join(tools) + " |")
print("|---:|" + "---:|" * len(tools))
for n in sizes:
    cells = []
    for t in tools:
        w, m = med(t, n, 0), med(t, n, 1)
        cells.append("—" if w is None else f"{w:.2f} / {m:.0f}")
    print(f"| {n:,} | " + " | ".join(cells) + " |")
print("\nRatios (tujie ÷ peer; below 1: tujie is faster or smaller):\n")
print("| N | time ÷ gnuplot | time ÷ matplotlib | time ÷ strtod floor | RSS ÷ gnuplot | RSS ÷ matplotlib |")
print("|---:|---:|---:|---:|---:|---:|")
for n in sizes:
    def r(peer, i):
        a, b = med("tujie", n, i), med(peer, n, i)
        return "—" if a is None or not b else f"{a / b:.2f}"
    print(f"| {n:,} | {r('gnuplot', 0)} | {r('matplotlib', 0)} | {r('strtod', 0)} | {r('gnuplot', 1)} | {r('matplotlib', 1)} |")
print("\nMedian CPU time (user + sys, s):\n")
print("| N | " + " | ".join(tools) + " |")
print("|---:|" + "---:|" * len(tools))
for n in sizes:
    cells = []
    for t in tools:
        c = med(t, n, 2)
        cells.append("—" if c is None or c != c else f"{c:.2f}")
    print(f"| {n:,} | " + " | ".join(cells) + " |")
print("\nRatios of CPU time (tujie ÷ peer):\n")
print("| N | ÷ gnuplot | ÷ matplotlib | ÷ strtod floor |")
print("|---:|---:|---:|---:|")
for n in sizes:
    def rc(peer):
        a, b = med("tujie", n, 2), med(peer, n, 2)
        return "—" if a is None or not b or a != a or b != b else f"{a / b:.2f}"
    print(f"| {n:,} | {rc('gnuplot')} | {rc('matplotlib')} | {rc('strtod')} |")
print("\nCost per point (µs, wall ÷ N):\n")
print("| N | " + " | ".join(tools) + " |")
print("|---:|" + "---:|" * len(tools))
for n in sizes:
    cells = []
    for t in tools:
        w = med(t, n, 0)
        cells.append("—" if w is None else f"{w / n * 1e6:.3f}")
    print(f"| {n:,} | " + " | ".join(cells) + " |")
