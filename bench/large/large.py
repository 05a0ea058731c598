#!/usr/bin/python3
"""bench/large/large.py — matplotlib's picture of a large-data file: numpy
reads the two columns (numpy.loadtxt), one line through every point, PNG
1600 x 1000 (800 x 500 at 144 dpi, as the bench's other charts).

    large.py DATA.csv OUT.png
"""
import sys

import matplotlib

matplotlib.use("Agg")
import numpy  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

data = numpy.loadtxt(sys.argv[1], delimiter=",", skiprows=1)
fig = Figure(figsize=(800 / 72, 500 / 72), dpi=72)
ax = fig.add_axes([60 / 800, 94 / 500, 716 / 800, 286 / 500])
for side in ("top", "right", "left"):
    ax.spines[side].set_visible(False)
ax.yaxis.grid(True, color="#E6E6E6", linewidth=1)
ax.plot(data[:, 0], data[:, 1], color="#C8161D", linewidth=1.5)
fig.savefig(sys.argv[2], dpi=144, facecolor="white")
