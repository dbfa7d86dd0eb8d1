"""Small pure helpers for the pages: trigger highlighting, titles, charts as SVG geometry.

Nothing here builds markup: functions return plain values and the (autoescaped) templates
draw them, so article text is never trusted as HTML.
"""

from __future__ import annotations

import math
import re
from datetime import date

from wirewatch.events.quad import QUAD_CLASS

QUAD_LABEL = {"verbal_cooperation": "verbal cooperation", "material_cooperation":
              "material cooperation", "verbal_conflict": "verbal conflict",
              "material_conflict": "material conflict"}


def trigger_parts(evidence: str, start: int, trigger_start: int, trigger_end: int
                  ) -> tuple[str, str, str]:
    """The evidence sentence cut around its trigger: (before, trigger, after)."""
    lo, hi = trigger_start - start, trigger_end - start
    if evidence is None:
        return "", "", ""
    if not 0 <= lo < hi <= len(evidence):
        return evidence, "", ""
    return evidence[:lo], evidence[lo:hi], evidence[hi:]


def doc_title(doc: dict) -> str:
    if doc.get("title"):
        return doc["title"]
    text = (doc.get("text") or "").strip()
    if text:
        first = text.splitlines()[0]
        return first if len(first) <= 90 else first[:88].rstrip() + "…"
    return (doc.get("source") or doc.get("id") or "").rsplit("/", 1)[-1]


def paragraphs(text: str, title: str | None = None) -> list[str]:
    paras = [p.strip() for p in (text or "").split("\n") if p.strip()]
    if title and paras and paras[0] == title.strip():
        paras = paras[1:]
    return paras


def quad_of(event_type: str) -> str:
    return QUAD_CLASS.get(event_type, "verbal_conflict")


def _months(first: str, last: str) -> list[str]:
    y, m = int(first[:4]), int(first[5:7])
    out = []
    while f"{y:04d}-{m:02d}" <= last:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


_MONTH = re.compile(r"^\d{4}-\d{2}$")
_WEEK = re.compile(r"^\d{4}-W\d{2}$")


def _fill_periods(periods: list[dict], by: str) -> list[dict]:
    """Dated periods with the empty months between them, so the axis keeps its scale."""
    shape = _MONTH if by == "month" else _WEEK
    dated = {p["period"]: p for p in periods if shape.match(p["period"])}
    if by != "month" or not dated:
        return [dated[k] for k in sorted(dated)]
    keys = _months(min(dated), max(dated))
    empty = {"counts": {}, "quad": {q: 0 for q in QUAD_LABEL}, "evidence": [],
             "net_cooperation": 0.0}
    return [dated.get(k, {"period": k, **empty}) for k in keys]


def timeline_chart(periods: list[dict], by: str = "month", width: int = 860,
                   height: int = 280) -> dict:
    """Bars up for cooperation (verbal, material) and down for conflict, per period."""
    cols = _fill_periods(periods, by)
    left, right, top, bottom = 64, 12, 16, 40
    plot_h = height - top - bottom
    ups = [p["quad"]["verbal_cooperation"] + p["quad"]["material_cooperation"] for p in cols]
    downs = [p["quad"]["verbal_conflict"] + p["quad"]["material_conflict"] for p in cols]
    peak = max(ups + downs + [1])
    zero = top + plot_h * max(ups + [1]) / (max(ups + [1]) + max(downs + [1]))
    scale = min(zero - top, top + plot_h - zero) or 1
    step = (width - left - right) / max(len(cols), 1)
    bar = max(min(step * 0.6, 48), 3)
    bars, labels = [], []
    every = max(1, math.ceil(64 / step))
    for i, p in enumerate(cols):
        x = left + i * step + (step - bar) / 2
        y = zero
        for quad in ("material_cooperation", "verbal_cooperation"):
            h = p["quad"][quad] / peak * scale
            if h:
                y -= h
                bars.append(_bar(x, y, bar, h, quad, p))
        y = zero
        for quad in ("verbal_conflict", "material_conflict"):
            h = p["quad"][quad] / peak * scale
            if h:
                bars.append(_bar(x, y, bar, h, quad, p))
                y += h
        if i % every == 0:
            labels.append({"x": round(x + bar / 2, 1), "text": _short(p["period"], by)})
    ticks = [{"y": round(zero - v / peak * scale, 1), "text": str(abs(v))} for v in
             sorted({0, peak, -peak}) if zero - v / peak * scale >= top - 1
             and zero - v / peak * scale <= top + plot_h + 1]
    return {"width": width, "height": height, "bars": bars, "labels": labels,
            "zero": round(zero, 1), "left": left, "right": width - right, "top": top,
            "bottom": top + plot_h,
            "label_y": height - bottom + 18, "ticks": ticks, "n_periods": len(cols)}


def _bar(x: float, y: float, w: float, h: float, quad: str, period: dict) -> dict:
    return {"x": round(x, 1), "y": round(y, 1), "w": round(w, 1), "h": round(max(h, 1), 1),
            "cls": quad.replace("_", "-"), "n": period["quad"][quad],
            "title": f"{period['period']}: {period['quad'][quad]} {QUAD_LABEL[quad]}"}


def _short(period: str, by: str) -> str:
    if by == "month" and len(period) == 7:
        return date(int(period[:4]), int(period[5:7]), 1).strftime("%b %Y")
    return period


def type_bars(types: list[dict], width: int = 420) -> dict:
    """Horizontal bars of event counts by PLOVER type."""
    peak = max([t["n"] for t in types] + [1])
    row, label_w = 22, 96
    rows = [{"y": i * row, "type": t["type"], "n": t["n"],
             "w": round((width - label_w - 40) * t["n"] / peak, 1),
             "cls": quad_of(t["type"]).replace("_", "-")} for i, t in enumerate(types)]
    return {"width": width, "height": max(len(rows) * row, row), "rows": rows,
            "label_w": label_w}
