"""How an indicator reads, the same in the reader, the practice sheet (PDF) and the history:
"12 → 28 personnes (+133 %)", or a single figure "40 bénévoles" when there is no "before".

An indicator holds a figure before the practice and one after; the older "value" column meant
the same as "after" (the figure now) and is read as such when "after" is empty.
"""

from __future__ import annotations

from typing import Any

NBSP = "\u00a0"


def number(value: Any) -> str:
    """1250.5 -> "1 250,5" (French grouping with no-break spaces); text is kept as typed."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        whole = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0")
        return whole.replace(",", NBSP).replace(".", ",")
    return "" if value is None else str(value).replace(".", ",")


def now(item: dict[str, Any]) -> Any:
    """The figure after the practice (the old "value" when "after" is empty)."""
    after = item.get("after")
    return after if after not in (None, "") else item.get("value")


def change(before: Any, after: Any) -> str:
    """ "+133 %" from 12 to 28; empty when it cannot be said."""
    numeric = (int, float)
    if not isinstance(before, numeric) or not isinstance(after, numeric) or not before:
        return ""
    percent = round((after - before) * 100 / abs(before))
    return f"{'+' if percent > 0 else ''}{percent}{NBSP}%".replace("-", "−")


def figure(item: dict[str, Any]) -> str:
    """ "12 → 28 personnes (+133 %)", "40 bénévoles", "" (nothing to show)."""
    unit = f"{NBSP}{item['unit']}" if item.get("unit") else ""
    before, current = item.get("before"), now(item)
    shown_before, shown_now = number(before), number(current)
    if not shown_before and not shown_now:
        return ""
    if not shown_before:
        return f"{shown_now}{unit}"
    evolution = change(before, current)
    text = f"{shown_before} → {shown_now or '?'}{unit}"
    return f"{text} ({evolution})" if evolution else text
