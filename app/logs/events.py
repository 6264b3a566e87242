"""One line per thing that happened: `sync done pushed=3 pulled=120 ms=840`.

The facts of a line are counts, durations, ids and codes. A value that could be a person's data
(text with a space, an @ or a phone number's digits) is written `<redacted>`: free text never
reaches the log, whoever calls this."""

from __future__ import annotations

import logging
import re

from app.logs.redact import redact

Fact = int | float | bool | str | None
# A code word, an id, a revision or a file type: no spaces, no @, at most 64 characters.
_CODE = re.compile(r"^[A-Za-z0-9_.:+/-]{1,64}$")


def _value(value: Fact) -> str:
    if value is None or isinstance(value, bool | int):
        return str(value)
    if isinstance(value, float):
        return f"{value:.0f}" if value >= 100 else f"{value:.3g}"
    text = str(value)
    if not _CODE.match(text) or redact(text) != text:
        return "<redacted>"
    return text


def line(action: str, **facts: Fact) -> str:
    return " ".join([action, *(f"{name}={_value(value)}" for name, value in facts.items())])


def record(area: str, action: str, *, level: int = logging.INFO, **facts: Fact) -> None:
    """Write `action key=value …` under the logger `entraide.<area>` (sync, import, export,
    backup, command, error)."""
    logging.getLogger(f"entraide.{area}").log(level, line(action, **facts))
