#!/usr/bin/python3
"""bench/tools/sheet.py — one contact sheet per format of every tool's charts
(bench/out/look/CHART_FMT_TOOL.png → bench/out/look/sheet-FMT.png), to
check by eye that all tools drew the same thing. Debian's matplotlib."""
import os
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.image as mpimg  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

look = sys.argv[1]
tools = ["tujie", "floor", "gnuplot", "mpl", "echarts"]
charts = ["bar", "trend", "gauge"]
for fmt in ("png", "svg", "pdf"):
    fig = Figure(figsize=(4 * len(tools), 2.6 * len(charts)), dpi=80)
    axes = fig.subplots(len(charts), len(tools), squeeze=False)
    for i, c in enumerate(charts):
        for j, t in enumerate(tools):
            ax = axes[i][j]
            ax.set_axis_off()
            path = os.path.join(look, f"{c}_{fmt}_{t}.png")
            if os.path.exists(path):
                ax.imshow(mpimg.imread(path))
            ax.set_title(f"{t} · {c} · {fmt}", fontsize=10)
    fig.tight_layout()
    fig.savefig(os.path.join(look, f"sheet-{fmt}.png"))
