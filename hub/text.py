"""Text that came from outside (a device, a form) made fit to store and to show on one line."""

from __future__ import annotations

# C0 control characters but tab and line breaks: nobody types them, and PostgreSQL refuses NUL.
_CONTROLS = dict.fromkeys(code for code in range(32) if chr(code) not in "\t\n\r")


def without_controls(text: str) -> str:
    """The text without NUL and the other control characters (line breaks and tabs stay)."""
    return text.translate(_CONTROLS)


def printable(text: str) -> str:
    """One line of printable characters, nothing a database refuses: a line break or another
    space becomes a plain space, any other control character goes."""
    return "".join(ch if ch.isprintable() else " " for ch in text if ch.isprintable() or ch.isspace())
