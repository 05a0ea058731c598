#!/usr/bin/python3
"""bench/peers/mpl/charts.py — the bench charts in matplotlib (Debian's
python3-matplotlib), in tujie's style.

    charts.py bar|trend|gauge png|svg|pdf DATA.csv OUT [N]

N > 1: OUT is a folder and N charts are drawn by this one process. The
figure is 800 x 500 pt at 72 dpi; PNG is saved at 144 dpi (1600 x 1000 px)
through Agg, SVG and PDF through matplotlib's own backends (text as paths
in SVG, Type 3 fonts in PDF: its defaults).

matplotlib 3.6 reads only the first face of a .ttc, which in Debian's
NotoSansCJK-*.ttc is the Japanese one, so bench/run.sh extracts the SC
faces into $TJB_MPL_FONTS (NotoSansCJKsc-Regular.otf, -Bold.otf) first.
"""
import csv
import os
import sys

import matplotlib

matplotlib.use("Agg")
from matplotlib import font_manager  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.patches import Wedge  # noqa: E402

FONTS = os.environ.get("TJB_MPL_FONTS", "")
for weight in ("Regular", "Bold"):
    font_manager.fontManager.addfont(os.path.join(FONTS, f"NotoSansCJKsc-{weight}.otf"))
matplotlib.rcParams.update({"font.family": "Noto Sans CJK SC", "axes.unicode_minus": False})

W, H = 800.0, 500.0
INK, GREY, RULE, AXIS, RED = "#222222", "#666666", "#E6E6E6", "#999999", "#C8161D"


def rows(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.reader(f))[1:]


def at(fig, x, y, text, size, bold=False, color=INK, **kw):
    """Text at canvas point (x, y), y downwards, as in the other peers."""
    fig.text(x / W, 1 - y / H, text, fontsize=size, color=color,
             fontweight="bold" if bold else "normal", **kw)


def plot_box(fig, left, right, top, bottom):
    ax = fig.add_axes([left / W, 1 - bottom / H, (right - left) / W, (bottom - top) / H])
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    ax.spines["bottom"].set_color(AXIS)
    ax.tick_params(length=0, labelsize=17, labelcolor=GREY, pad=10)
    ax.yaxis.grid(True, color=RULE, linewidth=1)
    ax.set_axisbelow(True)
    return ax


def bar(fig, data):
    names = [r[0] for r in data]
    values = [float(r[1]) for r in data]
    at(fig, 24, 20, "2020年主要经济指标", 28, bold=True, va="top")
    at(fig, 24, 68, "单位：亿元", 17, color=GREY, va="top")
    ax = plot_box(fig, 60, 776, 144, 388)
    xs = range(len(values))
    ax.bar(xs, values, width=0.6, color=RED)
    ax.set_xlim(-0.5, len(values) - 0.5)
    ax.set_ylim(0, 3000)
    ax.set_yticks([0, 1000, 2000, 3000])
    ax.set_xticks(list(xs))
    ax.set_xticklabels(["\n".join(n[i:i + 4] for i in range(0, len(n), 4)) for n in names])
    for x, v, text in zip(xs, values, (r[1] for r in data)):
        ax.annotate(text, (x, v), xytext=(0, 4), textcoords="offset points", ha="center",
                    va="bottom", fontsize=18, fontweight="bold", color=INK)


def trend(fig, data):
    years = [r[0] for r in data]
    values = [float(r[1]) for r in data]
    at(fig, 24, 20, "高峰时段道路交通指数", 28, bold=True, va="top")
    ax = plot_box(fig, 60, 776, 120, 406)
    xs = list(range(len(values)))
    ax.plot(xs, values, color=RED, linewidth=2.5, marker="o", markersize=8,
            markerfacecolor="white", markeredgecolor=RED)
    ax.plot(xs[-1:], values[-1:], "o", color=RED, markersize=12)
    ax.set_xlim(-0.5, len(values) - 0.5)
    ax.set_ylim(5.0, 5.7)
    ax.set_yticks([5.0 + 0.1 * i for i in range(8)])
    ax.yaxis.set_major_formatter("{x:.1f}")
    ax.set_xticks(xs)
    ax.set_xticklabels(years)
    for x, v in zip(xs, values):
        last = x == xs[-1]
        ax.annotate(f"{v:.2f}", (x, v), xytext=(0, 8), textcoords="offset points", ha="center",
                    va="bottom", fontsize=18 if last else 17, fontweight="bold" if last else "normal",
                    color=INK if last else GREY)


def gauge(fig, data):
    label, text = data[0][0], data[0][1]
    v = float(text.rstrip("%"))
    at(fig, 24, 20, "垃圾分类", 28, bold=True, va="top")
    ax = fig.add_axes([0, 0, 1, 1])
    ax.set_xlim(0, W)
    ax.set_ylim(H, 0)
    ax.set_axis_off()
    cx, cy, outer, width = 400, 255, 175, 30
    ax.add_patch(Wedge((cx, cy), outer, 0, 360, width=width, color=RULE, linewidth=0))
    ax.add_patch(Wedge((cx, cy), outer, -90, -90 + 3.6 * v, width=width, color=RED, linewidth=0))
    ax.text(cx + 72, cy, f"{v:.1f}", ha="right", va="center", fontsize=80, fontweight="bold", color=INK)
    ax.text(cx + 74, cy + 8, "%", ha="left", va="center", fontsize=30, color=INK)
    ax.text(cx, 458, label, ha="center", va="center", fontsize=20, color=INK)


def draw(chart, fmt, data, path):
    fig = Figure(figsize=(W / 72, H / 72), dpi=72, facecolor="white")
    {"bar": bar, "trend": trend, "gauge": gauge}[chart](fig, data)
    fig.savefig(path, format=fmt, dpi=144 if fmt == "png" else 72, facecolor="white")


def main(argv):
    if len(argv) not in (5, 6) or argv[1] not in ("bar", "trend", "gauge") \
            or argv[2] not in ("png", "svg", "pdf"):
        sys.exit(__doc__)
    chart, fmt, csv_path, out = argv[1:5]
    n = int(argv[5]) if len(argv) == 6 else 1
    data = rows(csv_path)
    if n <= 1:
        draw(chart, fmt, data, out)
        return
    os.makedirs(out, exist_ok=True)
    for i in range(1, n + 1):
        draw(chart, fmt, rows(csv_path), os.path.join(out, f"{chart}-{i:03d}.{fmt}"))


if __name__ == "__main__":
    main(sys.argv)
