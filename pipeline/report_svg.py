"""Drawing helpers of the `report` stage: escaping, number formatting and the inline SVG charts.

Kept apart from the readers (pipeline/report_data.py) and the page sections (pipeline/report.py): each function here
turns plain numbers into HTML/SVG text and draws with no scripts, fonts or images, so the page stays offline.
"""

from __future__ import annotations

import html
import json
import math
from collections.abc import Sequence
from typing import Any

from pipeline.report_data import is_number

NOT_RUN = "not run yet"
COLORS = {"base": "#8a94a6", "tuned": "#2f6fdb", "ok": "#1f8a4c", "bad": "#c0392b", "idle": "#9aa3ad"}
SERIES_COLORS = ("#2f6fdb", "#e07b00", "#1f8a4c", "#8e44ad", "#c0392b", "#16a085")


def esc(value: Any) -> str:
    """HTML-escaped text of any value."""
    return html.escape(str(value), quote=True)


def _tick(value: float) -> str:
    """An axis label short enough for the chart's left margin (about 7 characters): 3.1e-04, 0.512, 4,109."""
    if value != 0 and abs(value) < 0.01:
        return f"{value:.1e}"
    return fmt(float(f"{value:.3g}"))


def fmt(value: Any) -> str:
    """Numbers as people read them: ints with thousands separators, floats to 4 significant digits."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        if not math.isfinite(value):
            return str(value)
        return f"{value:,.0f}" if abs(value) >= 10000 else f"{value:.4g}"
    if isinstance(value, list | tuple) and all(is_number(v) for v in value):
        return "[" + ", ".join(fmt(v) for v in value) + "]"
    if isinstance(value, dict | list):
        return json.dumps(value, sort_keys=True, ensure_ascii=False)
    return str(value)


def not_run(what: str) -> str:
    return f'<p class="missing">{esc(what)}: {NOT_RUN}.</p>'



def svg_graph(graph: dict[str, Any]) -> str:
    """The DVC stage graph as an inline SVG: layers left to right by longest path from a source stage."""
    stages, edges = graph["stages"], graph["edges"]
    if not stages:
        return not_run("dvc.yaml")
    layer = dict.fromkeys(stages, 0)
    for _ in range(len(stages)):  # longest-path layering; a cycle (invalid in DVC) just stops growing
        for a, b in edges:
            layer[b] = max(layer[b], layer[a] + 1)
    for name in stages:  # a source sits just before its first consumer, so its arrows cross no other box
        later = [layer[b] for a, b in edges if a == name]
        if later and not any(b == name for _, b in edges):
            layer[name] = min(later) - 1
    columns: dict[int, list[str]] = {}
    for name in stages:
        columns.setdefault(layer[name], []).append(name)
    box_w, box_h, gap_x, gap_y, pad = 132, 44, 44, 22, 12
    rows = max(len(names) for names in columns.values())
    width = pad * 2 + len(columns) * box_w + (len(columns) - 1) * gap_x
    height = pad * 2 + rows * box_h + (rows - 1) * gap_y
    where = {}
    for col, names in columns.items():
        offset = (height - len(names) * box_h - (len(names) - 1) * gap_y) / 2
        for row, name in enumerate(names):
            where[name] = (pad + col * (box_w + gap_x), offset + row * (box_h + gap_y))
    parts = [
        f'<svg class="graph" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" '
        'aria-label="pipeline graph"><defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" '
        'markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#555"/>'
        "</marker></defs>"
    ]
    for a, b in edges:
        (xa, ya), (xb, yb) = where[a], where[b]
        x1, y1, x2, y2 = xa + box_w, ya + box_h / 2, xb, yb + box_h / 2
        mid = (x1 + x2) / 2
        parts.append(
            f'<path d="M{x1:.0f},{y1:.0f} C{mid:.0f},{y1:.0f} {mid:.0f},{y2:.0f} {x2 - 2:.0f},{y2:.0f}" '
            'fill="none" stroke="#555" stroke-width="1.5" marker-end="url(#arrow)"/>'
        )
    for name, (x, y) in where.items():
        ran = stages[name]["ran"]
        color = COLORS["ok"] if ran else COLORS["idle"]
        parts.append(
            f'<g><title>{esc(stages[name]["cmd"])}</title><rect x="{x:.0f}" y="{y:.0f}" width="{box_w}" '
            f'height="{box_h}" rx="7" fill="{"#eaf6ef" if ran else "#f1f2f4"}" stroke="{color}" stroke-width="2"/>'
            f'<text x="{x + box_w / 2:.0f}" y="{y + 19:.0f}" text-anchor="middle" class="node">{esc(name)}</text>'
            f'<text x="{x + box_w / 2:.0f}" y="{y + 35:.0f}" text-anchor="middle" class="nodesub">'
            f'{"ran" if ran else NOT_RUN}</text></g>'
        )
    parts.append("</svg>")
    return "".join(parts)


def svg_hbars(rows: Sequence[tuple[str, float, str]], value_width: int = 70, label_width: int = 170) -> str:
    """Horizontal bars [(label, value, color)] scaled to the largest value."""
    if not rows:
        return ""
    bar_h, gap, width = 18, 6, 560
    top = max(v for _, v, _ in rows) or 1
    span = width - label_width - value_width
    height = len(rows) * (bar_h + gap) + gap
    parts = [f'<svg class="bars" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img">']
    for index, (label, value, color) in enumerate(rows):
        y = gap + index * (bar_h + gap)
        length = max(1.0, span * value / top) if value > 0 else 0
        parts.append(
            f'<text x="{label_width - 8}" y="{y + 13}" text-anchor="end">{esc(label)}</text>'
            f'<rect x="{label_width}" y="{y}" width="{length:.1f}" height="{bar_h}" fill="{color}" rx="2"/>'
            f'<text x="{label_width + length + 6:.1f}" y="{y + 13}">{esc(fmt(value))}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _nice_range(low: float, high: float) -> tuple[float, float]:
    if high <= low:
        return low - 1, high + 1
    margin = (high - low) * 0.05
    return low - margin, high + margin


def svg_lines(series: dict[str, list[tuple[float, float]]], title: str) -> str:
    """A line chart of several series [(step, value)] with axis ranges, 5 ticks each and a legend."""
    width, height, left, right, top, bottom = 560, 260, 56, 16, 26, 40
    xs = [x for points in series.values() for x, _ in points]
    ys = [y for points in series.values() for _, y in points]
    x0, x1 = (min(xs), max(xs)) if max(xs) > min(xs) else (min(xs) - 1, max(xs) + 1)
    y0, y1 = _nice_range(min(ys), max(ys))
    plot_w, plot_h = width - left - right, height - top - bottom

    def px(x: float) -> float:
        return left + (x - x0) / (x1 - x0) * plot_w

    def py(y: float) -> float:
        return top + (1 - (y - y0) / (y1 - y0)) * plot_h

    parts = [
        f'<svg class="lines" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img">',
        f'<text x="{left}" y="16" class="charttitle">{esc(title)}</text>',
        f'<rect x="{left}" y="{top}" width="{plot_w}" height="{plot_h}" fill="none" stroke="#ccd"/>',
    ]
    for tick in range(5):
        yv = y0 + (y1 - y0) * tick / 4
        xv = x0 + (x1 - x0) * tick / 4
        parts.append(
            f'<line x1="{left}" x2="{left + plot_w}" y1="{py(yv):.1f}" y2="{py(yv):.1f}" stroke="#eef"/>'
            f'<text x="{left - 6}" y="{py(yv) + 4:.1f}" text-anchor="end" class="tick">{esc(_tick(yv))}</text>'
            f'<text x="{px(xv):.1f}" y="{top + plot_h + 16}" text-anchor="middle" class="tick">{xv:.0f}</text>'
        )
    parts.append(f'<text x="{left + plot_w / 2}" y="{height - 6}" text-anchor="middle" class="tick">step</text>')
    for index, (name, points) in enumerate(sorted(series.items())):
        color = SERIES_COLORS[index % len(SERIES_COLORS)]
        path = " ".join(f"{'M' if i == 0 else 'L'}{px(x):.1f},{py(y):.1f}" for i, (x, y) in enumerate(points))
        parts.append(f'<path d="{path}" fill="none" stroke="{color}" stroke-width="2"/>')
        if len(points) == 1:
            parts.append(f'<circle cx="{px(points[0][0]):.1f}" cy="{py(points[0][1]):.1f}" r="3" fill="{color}"/>')
        lx = left + 120 + index * 150  # legend on the title line, clear of the curves
        parts.append(
            f'<rect x="{lx}" y="9" width="12" height="4" fill="{color}"/>'
            f'<text x="{lx + 16}" y="15" class="tick">{esc(name)} (last {esc(fmt(points[-1][1]))})</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def svg_compare(pairs: Sequence[tuple[str, float, float, bool]]) -> str:
    """Base vs tuned bars per (label, base, tuned, lower_is_better); each pair on its own scale."""
    if not pairs:
        return ""
    label_w, bar_h, width, value_w = 220, 14, 620, 70
    row_h = bar_h * 2 + 16
    span = width - label_w - value_w
    height = len(pairs) * row_h + 28
    parts = [
        f'<svg class="compare" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img">',
        f'<rect x="{label_w}" y="4" width="12" height="10" fill="{COLORS["base"]}"/>'
        f'<text x="{label_w + 16}" y="13" class="tick">base</text>'
        f'<rect x="{label_w + 70}" y="4" width="12" height="10" fill="{COLORS["tuned"]}"/>'
        f'<text x="{label_w + 86}" y="13" class="tick">tuned</text>',
    ]
    for index, (label, base, tuned, lower) in enumerate(pairs):
        y = 24 + index * row_h
        top = max(abs(base), abs(tuned)) or 1
        parts.append(
            f'<text x="{label_w - 8}" y="{y + bar_h + 4}" text-anchor="end">{esc(label)}</text>'
            f'<text x="{label_w - 8}" y="{y + bar_h + 17}" text-anchor="end" class="tick">'
            f'{"lower is better" if lower else "higher is better"}</text>'
        )
        for offset, (value, color) in enumerate(((base, COLORS["base"]), (tuned, COLORS["tuned"]))):
            length = max(1.0, span * abs(value) / top)
            by = y + offset * (bar_h + 2)
            parts.append(
                f'<rect x="{label_w}" y="{by}" width="{length:.1f}" height="{bar_h}" fill="{color}" rx="2"/>'
                f'<text x="{label_w + length + 6:.1f}" y="{by + 11}" class="tick">{esc(fmt(value))}</text>'
            )
    parts.append("</svg>")
    return "".join(parts)

