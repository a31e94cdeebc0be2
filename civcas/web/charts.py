"""Geometry of the timeline's SVG charts, computed here so that templates only place numbers."""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

MAX_MONTHS = 1200   # a stray date a century off must not make a chart of ten thousand empty months


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    left: int
    bottom: int
    data: dict[str, Any]


def _nice(top: float) -> tuple[int, list[int]]:
    """A round axis maximum at or above `top`, and its ticks."""
    if top <= 0:
        return 1, [0, 1]
    step = 10 ** math.floor(math.log10(top))
    for m in (1, 2, 5, 10):
        if top / (m * step) <= 5:
            step *= m
            break
    hi = int(math.ceil(top / step) * step)
    return hi, list(range(0, hi + 1, int(step)))


def _months(first: str, last: str) -> list[str]:
    y, m = int(first[:4]), int(first[5:7])
    out = []
    while f"{y:04d}-{m:02d}" <= last and len(out) < MAX_MONTHS:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def monthly_band(rows: list[dict[str, Any]], *, width: int = 900, height: int = 260) -> Chart | None:
    """Civilians killed per month: a band from the sum of minimums to the sum of maximums, and
    the minimum as a line. Months with no incident are zero; a month whose maximum is not stated
    keeps the band at its minimum and is marked open."""
    by_month = {r["month"]: r for r in rows if len(r["month"]) == 7 and r["month"][4] == "-"}
    if not by_month:
        return None
    months = _months(min(by_month), max(by_month))
    left, right, top, bottom = 48, 12, 12, 28
    plot_w, plot_h = width - left - right, height - top - bottom
    points = []
    for m in months:
        r = by_month.get(m)
        lo = (r["killed"]["min"] or 0) if r else 0
        hi = r["killed"]["max"] if r else 0
        points.append((m, lo, hi if hi is not None else lo, r is not None and hi is None,
                       r["incidents"] if r else 0))
    ymax, ticks = _nice(max(max(p[2] for p in points), 1))
    n = len(points)

    def x(i: int) -> float:
        return left + (plot_w * (i + 0.5) / n)

    def y(v: float) -> float:
        return top + plot_h - plot_h * v / ymax

    upper = [f"{x(i):.1f},{y(p[2]):.1f}" for i, p in enumerate(points)]
    lower = [f"{x(i):.1f},{y(p[1]):.1f}" for i, p in enumerate(points)]
    band = " ".join(upper + lower[::-1])
    step = max(1, math.ceil(n / 12))   # at most about a dozen month labels
    return Chart(width, height, left, top + plot_h, {
        "band": band, "line": " ".join(lower),
        "dots": [{"x": round(x(i), 1), "y": round(y(p[1]), 1), "month": p[0], "min": p[1],
                  "max": None if p[3] else p[2], "open": p[3], "incidents": p[4],
                  "ytop": round(y(p[2]), 1)} for i, p in enumerate(points) if p[4]],
        "yticks": [{"y": round(y(t), 1), "label": t} for t in ticks],
        "xlabels": [{"x": round(x(i), 1), "label": p[0]} for i, p in enumerate(points) if i % step == 0],
        "plot_right": width - right, "plot_top": top,
    })


def range_bars(rows: list[dict[str, Any]], key: str, *, limit: int = 15, width: int = 900) -> Chart | None:
    """Horizontal bars, one per row: solid to the minimum, light from minimum to maximum (to the
    minimum and marked open when the maximum is not stated)."""
    rows = rows[:limit]
    if not rows:
        return None
    left, right, row_h, top = 220, 80, 22, 8
    plot_w = width - left - right
    hi = max(max((r["killed"]["max"] if r["killed"]["max"] is not None else r["killed"]["min"] or 0)
                 for r in rows), 1)
    xmax, _ = _nice(hi)
    bars = []
    for i, r in enumerate(rows):
        lo = r["killed"]["min"] or 0
        mx = r["killed"]["max"]
        bars.append({
            "label": str(r[key]), "y": top + i * row_h, "h": row_h - 6,
            "w_min": round(plot_w * lo / xmax, 1),
            "w_max": round(plot_w * (mx if mx is not None else lo) / xmax, 1),
            "open": mx is None, "text": r["killed"]["text"], "incidents": r["incidents"],
        })
    height = top + len(rows) * row_h + 8
    return Chart(width, height, left, height, {"bars": bars, "text_x": width - right + 6})
