#!/usr/bin/python3
"""bench/tools/report.py — turns bench/out/raw.tsv (written by rounds.c)
into the Markdown report of make bench: medians, pair-by-pair ratios, peak
memory, the machine's load, and each target met or missed.

    report.py RAW.tsv MACHINE.txt N_BATCH > report.md

A ratio "tujie ÷ X" is the median over rounds of tujie's wall time divided
by X's wall time in the same round of the same group (so both ran within
seconds of each other); below 1 tujie is faster. Python standard library
only.
"""
import collections
import os
import statistics
import sys

TOOLS = ["tujie", "floor", "floor-z3", "gnuplot", "matplotlib", "echarts"]
NAMES = {"tujie": "tujie", "floor": "floor (naive)", "floor-z1": "floor, libpng z1",
         "floor-z3": "floor, libpng z3", "gnuplot": "gnuplot", "matplotlib": "matplotlib",
         "echarts": "ECharts", "tujie-ns": "tujie (in unshare)",
         "tujie-origfont": "tujie, original Noto CFF (in unshare)",
         "tujie-j2": "tujie batch -j 2", "tujie-api": "tujie via the C API (tjbatch.c)",
         "page.all": "PNG + SVG + PDF in one process (three -o)"}


def med(xs):
    return statistics.median(xs) if xs else float("nan")


class Group:
    def __init__(self, name):
        self.name = name
        self.labels = []
        self.runs = collections.defaultdict(dict)  # label -> round -> row
        self.load = None

    def add(self, rnd, label, wall, cpu, peak, rc):
        if label not in self.labels:
            self.labels.append(label)
        self.runs[label][rnd] = dict(wall=wall, cpu=cpu, peak=peak, rc=rc)

    def has(self, label):
        return label in self.runs

    def walls(self, label):
        return [r["wall"] for r in self.runs[label].values()]

    def wall(self, label):
        return med(self.walls(label))

    def cpu(self, label):
        return med([r["cpu"] for r in self.runs[label].values()])

    def peak(self, label):
        return med([r["peak"] for r in self.runs[label].values()])

    def failed(self, label):
        return sum(1 for r in self.runs[label].values() if r["rc"] != 0)

    def ratio(self, a, b):
        """median over rounds of wall(a) / wall(b), same round."""
        ra, rb = self.runs.get(a, {}), self.runs.get(b, {})
        xs = [ra[k]["wall"] / rb[k]["wall"] for k in ra if k in rb and rb[k]["wall"] > 0]
        return med(xs)

    def round_sums(self, labels):
        rounds = set.intersection(*(set(self.runs[l]) for l in labels))
        return [sum(self.runs[l][k]["wall"] for l in labels) for k in sorted(rounds)]


def load(path):
    groups = {}
    for line in open(path, encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if f[0] == "run":
            g = groups.setdefault(f[1], Group(f[1]))
            g.add(int(f[2]), f[3], float(f[4]), float(f[5]) + float(f[6]), int(f[7]) / 1024.0,
                  int(f[8]))
        elif f[0] == "load":
            g = groups.setdefault(f[1], Group(f[1]))
            g.load = dict(start=float(f[2]), end=float(f[3]), other=float(f[4]), wall=float(f[5]))
    return groups


def ms(x):
    return "–" if x != x else f"{x * 1000:.0f}" if x >= 0.1 else f"{x * 1000:.1f}"


def cell(g, label, base="tujie"):
    if g is None or not g.has(label):
        return "–"
    bad = f" **{g.failed(label)} failed**" if g.failed(label) else ""
    if label == base:
        return ms(g.wall(label)) + bad
    return f"{ms(g.wall(label))} ({g.ratio(base, label):.2f})" + bad


def cold_tables(groups, out):
    out.append("## One chart per process (cold)\n")
    nf = max((len(g.runs["tujie"]) for n, g in groups.items() if n.startswith("cold.") and not n.endswith(".slow") and g.has("tujie")), default=0)
    ns = max((len(g.runs["tujie"]) for n, g in groups.items() if n.startswith("cold.") and n.endswith(".slow") and g.has("tujie")), default=0)
    out.append("Wall ms, median; in brackets **tujie ÷ that tool**, paired by round (below 1: tujie is "
               f"faster). tujie, the floor and gnuplot ran {nf} rounds together; matplotlib and ECharts "
               f"{ns} rounds, each again with tujie in the same rounds.\n")
    out.append("| chart | fmt | tujie | floor (naive) | floor, libpng z3 | gnuplot | matplotlib | ECharts |")
    out.append("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for c in ("bar", "trend", "gauge"):
        for f in ("png", "svg", "pdf"):
            g, s = groups.get(f"cold.{c}.{f}"), groups.get(f"cold.{c}.{f}.slow")
            if g is None and s is None:
                continue
            tj = cell(g, "tujie") if g else cell(s, "tujie")
            out.append(f"| {c} | {f} | {tj} | {cell(g, 'floor')} | {cell(g, 'floor-z3')} | "
                       f"{cell(g, 'gnuplot')} | {cell(s, 'matplotlib')} | {cell(s, 'echarts')} |")
    out.append("")
    out.append("CPU ms (user + system of the process and its children, wait4), median — less "
               "sensitive than wall time to other tenants' load:\n")
    out.append("| chart | fmt | tujie | floor | floor, libpng z3 | gnuplot | matplotlib | ECharts |")
    out.append("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for c in ("bar", "trend", "gauge"):
        for f in ("png", "svg", "pdf"):
            g, s_ = groups.get(f"cold.{c}.{f}"), groups.get(f"cold.{c}.{f}.slow")
            if g is None:
                continue
            q = lambda gr, l: ms(gr.cpu(l)) if gr is not None and gr.has(l) else "–"
            out.append(f"| {c} | {f} | {q(g, 'tujie')} | {q(g, 'floor')} | {q(g, 'floor-z3')} | "
                       f"{q(g, 'gnuplot')} | {q(s_, 'matplotlib')} | {q(s_, 'echarts')} |")
    out.append("")
    out.append("Peak memory (MiB, max RSS from wait4, median; a pipeline reports its largest process):\n")
    out.append("| chart | fmt | tujie | floor | gnuplot | matplotlib | ECharts |")
    out.append("| --- | --- | --- | --- | --- | --- | --- |")
    for c in ("bar", "trend", "gauge"):
        for f in ("png", "svg", "pdf"):
            g, s = groups.get(f"cold.{c}.{f}"), groups.get(f"cold.{c}.{f}.slow")
            if g is None:
                continue
            p = lambda gr, l: f"{gr.peak(l):.0f}" if gr is not None and gr.has(l) else "–"
            out.append(f"| {c} | {f} | {p(g, 'tujie')} | {p(g, 'floor')} | {p(g, 'gnuplot')} | "
                       f"{p(s, 'matplotlib')} | {p(s, 'echarts')} |")
    out.append("")


def batch_tables(groups, n, out):
    out.append(f"## Batch: {n} bar charts in one process\n")
    has_batch = any(g.has("tujie-api") for g in groups.values())
    out.append("tujie = " + ("`tujie batch SPECS -o OUT -j 1 --force` on 100 one-chart specs; "
                             "tujie via the C API = bench/tools/tjbatch.c, tj_table_load + "
                             "tj_bar_render per chart" if has_batch
                             else "bench/tools/tjbatch.c (tj_table_load + tj_bar_render per chart, "
                                  "public API; `tujie batch` did not exist yet)") + ".\n")
    out.append("| fmt | tool | wall s, median (min–max) | ms / chart | charts / s | tujie ÷ tool (time, paired) | CPU s | charts per CPU s | peak MiB |")
    out.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for f in ("png", "svg", "pdf"):
        for suffix in ("", ".slow", ".echarts"):
            g = groups.get(f"batch.bar.{f}{suffix}")
            if g is None:
                continue
            for l in g.labels:
                if suffix and l == "tujie":
                    continue
                w = g.walls(l)
                r = "–" if l == "tujie" else f"{g.ratio('tujie', l):.2f}"
                bad = f" **{g.failed(l)} failed**" if g.failed(l) else ""
                name = ("**tujie batch -j 1**" if has_batch else "**tujie (C API loop)**") \
                    if l == "tujie" else NAMES.get(l, l)
                out.append(f"| {f} | {name} | {med(w):.2f} ({min(w):.2f}–{max(w):.2f}) | "
                           f"{med(w) * 1000 / n:.1f} | {n / med(w):.1f} | {r} | {g.cpu(l):.2f} | "
                           f"{n / g.cpu(l):.0f} | {g.peak(l):.0f}{bad} |")
    out.append("")


def page_table(groups, out):
    g = groups.get("page")
    if g is None:
        return
    out.append("## The default 图解 page (examples/dongcheng-2021/tujie.yaml), one process per format, and all three from one\n")
    out.append("| output | wall ms, median (min–max) | cpu ms | peak MiB |")
    out.append("| --- | --- | --- | --- |")
    for l in g.labels:
        w = g.walls(l)
        out.append(f"| {NAMES.get(l, l)} | {ms(med(w))} ({ms(min(w))}–{ms(max(w))}) | {ms(g.cpu(l))} | "
                   f"{g.peak(l):.0f} |")
    three = [l for l in ("page.png", "page.svg", "page.pdf") if g.has(l)]
    if len(three) == 3:
        sums = g.round_sums(three)
        out.append(f"| **PNG + SVG + PDF** (sum per round) | **{ms(med(sums))}** ({ms(min(sums))}–{ms(max(sums))}) | | |")
    out.append("")


def font_table(groups, out):
    rows = []
    for gname, label in (("cold.bar.pdf", "one bar chart"), ("page", "the page"),
                         ("batch.bar.pdf", "100 bar charts, one process")):
        g = groups.get(gname)
        if g is None:
            continue
        own = "page.pdf-ns" if gname == "page" else "tujie-ns"
        if gname.startswith("batch"):
            own = "tujie"  # unshare's few ms do not matter over 100 charts
        orig = "page.pdf-origfont" if gname == "page" else "tujie-origfont"
        if g.has(own) and g.has(orig):
            rows.append(f"| {label} | {ms(g.wall(own))} | {ms(g.wall(orig))} | {g.ratio(own, orig):.2f} | "
                        f"{g.peak(own):.0f} / {g.peak(orig):.0f} |")
    if rows:
        out.append("## PDF: tujie's own subroutine-free font against Debian's original CFF\n")
        out.append("Both run inside `unshare -m` (the original-font run has an empty tmpfs over "
                   "build/fonts), paired by round; for the batch, the own-font side is plain "
                   "`tujie batch -j 1`.\n")
        out.append("| PDF of | own font ms | original font ms | own ÷ original | peak MiB own / original |")
        out.append("| --- | --- | --- | --- | --- |")
        out.extend(rows)
        out.append("")


def targets(groups, n, out):
    res = []

    def row(name, value, goal, ok, detail):
        res.append(f"| {name} | {value} | {goal} | {'**met**' if ok else '**missed**'} | {detail} |")

    g = groups.get("cold.bar.png")
    for f, goal in (("png", 0.6), ("svg", 1.1), ("pdf", 1.15)):
        g = groups.get(f"cold.bar.{f}")
        if g and g.has("floor"):
            r = g.ratio("tujie", "floor")
            row(f"cold bar {f.upper()}: tujie ÷ naive floor", f"{r:.2f}", f"≤ {goal}", r <= goal,
                f"{(r / goal - 1) * 100:+.0f} % against the goal ({ms(g.wall('tujie'))} vs {ms(g.wall('floor'))} ms)")
    g = groups.get("batch.bar.png")
    tj = "tujie"
    name = "tujie batch -j 1" if g and g.has("tujie-api") else "tujie (C API loop)"
    if g and g.has("floor-z1"):
        best = min(("floor-z1", "floor-z3"), key=g.wall)
        r = g.ratio(best, tj)  # = tujie rate / floor rate, paired
        row(f"batch PNG: {name} rate ÷ floor's best encoder rate", f"{r:.2f}", "≥ 0.9", r >= 0.9,
            f"{n / g.wall(tj):.1f}/s vs {NAMES[best]} {n / g.wall(best):.1f}/s; {(r / 0.9 - 1) * 100:+.0f} %")
    for f, goal in (("pdf", 55), ("svg", 130)):
        g = groups.get(f"batch.bar.{f}")
        if g:
            rate = n / g.wall("tujie")
            fl = f"; the floor {n / g.wall('floor'):.1f}/s" if g.has("floor") else ""
            if g.has("tujie-j2"):
                fl += f"; -j 2: {n / g.wall('tujie-j2'):.1f}/s"
            name = "tujie batch -j 1" if g.has("tujie-api") else "tujie (C API loop)"
            row(f"batch {f.upper()}: {name}", f"{rate:.1f}/s", f"≥ {goal}/s", rate >= goal,
                f"{(rate / goal - 1) * 100:+.0f} %{fl}")
    for f in ("png", "svg", "pdf"):
        g = groups.get(f"batch.bar.{f}")
        if g and g.has("tujie-j2"):
            r = g.ratio("tujie", "tujie-j2")  # = rate -j 2 / rate -j 1, paired
            row(f"batch {f.upper()}: -j 2 ÷ -j 1 rate", f"{r:.2f}", "≥ 1.7", r >= 1.7,
                f"{(r / 1.7 - 1) * 100:+.0f} %")
    g = groups.get("page")
    if g and all(g.has(l) for l in ("page.png", "page.svg", "page.pdf")):
        t = med(g.round_sums(["page.png", "page.svg", "page.pdf"]))
        row("page PNG (scale 2) + SVG + PDF, three processes", f"{t:.2f} s", "< 0.5 s", t < 0.5,
            f"{(t / 0.5 - 1) * 100:+.0f} %")
    if g and g.has("page.all"):
        t = g.wall("page.all")
        row("page PNG (scale 2) + SVG + PDF, one process (three -o)", f"{t:.2f} s", "< 0.5 s",
            t < 0.5, f"{(t / 0.5 - 1) * 100:+.0f} %")
    for f, goal in (("png", 32), ("svg", 32), ("pdf", 64)):
        peaks = [(c, groups[f"cold.{c}.{f}"].peak("tujie")) for c in ("bar", "trend", "gauge")
                 if f"cold.{c}.{f}" in groups]
        if peaks:
            c, p = max(peaks, key=lambda x: x[1])
            row(f"peak memory, one {f.upper()} chart", f"{p:.1f} MiB ({c})", f"≤ {goal} MiB", p <= goal,
                ", ".join(f"{cc} {pp:.1f}" for cc, pp in peaks))
    sizes = os.path.join(os.path.dirname(os.path.abspath(sys.argv[1])), "pngsize.tsv")
    if os.path.exists(sizes):
        rows = [l.rstrip("\n").split("\t") for l in open(sizes, encoding="utf-8") if l.strip()]
        rows = [(r[0].replace("_tujie.png", ""), int(r[1]) / int(r[2])) for r in rows
                if len(r) == 3 and int(r[2]) > 0]
        if rows:
            worst = max(x for _, x in rows)
            row("PNG size ÷ cairo's default encoder's, same pixels", f"{worst:.2f} (largest)", "≤ 1",
                worst <= 1, ", ".join(f"{n} {x:.2f}" for n, x in rows))
    if res:
        out.append("## Targets\n")
        out.append("| target | measured | goal | | by how much |")
        out.append("| --- | --- | --- | --- | --- |")
        out.extend(res)
        out.append("")


def size_table(outdir, out):
    """Bytes of what each tool wrote in the cold runs (bench/out/cold/CHART/TOOL.FMT)."""
    import os
    tools = [("tujie", "tujie"), ("floor", "floor"), ("floor-z3", "floor, libpng z3"), ("gnuplot", "gnuplot"),
             ("mpl", "matplotlib"), ("echarts", "ECharts")]
    rows = []
    for c in ("bar", "trend", "gauge"):
        for f in ("png", "svg", "pdf"):
            cells = []
            for t, _ in tools:
                p = os.path.join(outdir, "cold", c, f"{t}.{f}")
                cells.append(f"{os.path.getsize(p) / 1024:.0f}" if os.path.exists(p) else "–")
            if any(x != "–" for x in cells):
                rows.append(f"| {c} | {f} | " + " | ".join(cells) + " |")
    if rows:
        out.append("## Output sizes (KiB, the cold runs' files)\n")
        out.append("| chart | fmt | " + " | ".join(n for _, n in tools) + " |")
        out.append("| --- | --- |" + " --- |" * len(tools))
        out.extend(rows)
        out.append("")


def load_table(groups, out):
    rows = [g for g in groups.values() if g.load]
    if not rows:
        return
    others = [g.load["other"] for g in rows]
    out.append("## Load while measuring\n")
    out.append(f"Other tenants' CPU use (machine busy time from /proc/stat minus our own commands' "
               f"user+sys, per second): median {med(others):.2f} cores, max {max(others):.2f} of "
               f"the machine's cores, over {len(rows)} groups.\n")
    out.append("| group | seconds | loadavg 1 min start → end | other tenants, cores |")
    out.append("| --- | --- | --- | --- |")
    for g in rows:
        l = g.load
        out.append(f"| {g.name} | {l['wall']:.0f} | {l['start']:.2f} → {l['end']:.2f} | {l['other']:.2f} |")
    out.append("")


def main():
    raw, machine, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    groups = load(raw)
    out = ["# make bench — report", ""]
    if "QUICK=1" in open(machine, encoding="utf-8").read():
        out += ["**Smoke pass (QUICK=1): one run per case, no warm-up, batches of 10 — "
                "these numbers check the commands, they are not results.**", ""]
    out += ["```"]
    out += [l.rstrip("\n") for l in open(machine, encoding="utf-8")]
    out += ["```", ""]
    targets(groups, n, out)
    cold_tables(groups, out)
    batch_tables(groups, n, out)
    page_table(groups, out)
    font_table(groups, out)
    size_table(os.path.dirname(os.path.abspath(raw)), out)
    load_table(groups, out)
    print("\n".join(out))


if __name__ == "__main__":
    main()
