"""Print an evaluation summary as tables."""

from __future__ import annotations

from rich.table import Table


def print_report(result: dict, console) -> None:
    table = Table(title=f"events ({result['found_documents']}/{result['documents']} documents)")
    for col in ("level", "language", "P", "R", "F1", "system", "correct", "gold core", "found core"):
        table.add_column(col, justify="right" if col not in ("level", "language") else "left")
    for level, data in result["levels"].items():
        rows = list(data["languages"].items()) + [("overall", data["overall"])]
        for lang, s in rows:
            table.add_row(level, lang, f"{s['precision']:.3f}", f"{s['recall']:.3f}", f"{s['f1']:.3f}",
                          str(s["system"]), str(s["correct"]), str(s["gold_core"]), str(s["found_core"]),
                          style="bold" if lang == "overall" else None)
    console.print(table)
    other = Table(title="other measures")
    other.add_column("measure")
    other.add_column("value", justify="right")
    other.add_column("correct / total", justify="right")
    for key in ("status", "actors", "locations", "published_in_range", "published_exact"):
        v = result[key]
        acc = "n/a" if v["accuracy"] is None else f"{v['accuracy']:.3f}"
        other.add_row(key, acc, f"{v['correct']}/{v['total']}")
    b = result["stories_bcubed"]
    other.add_row("stories B-cubed F1", "n/a" if b["f1"] is None else f"{b['f1']:.3f}",
                  f"P {b['precision']} R {b['recall']}")
    console.print(other)
