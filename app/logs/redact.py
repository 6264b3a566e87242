"""Keeping personal data out of the log. Our own lines carry only counts, ids and codes
(app/logs/events.py); what else reaches the log, an exception's message above all, may quote a
value someone typed, so it goes through here: quoted values (Python quotes a value it reports,
as in KeyError('Martin') or a file's path; our messages quote theirs too, « » or {value!r}),
e-mail addresses and phone numbers are replaced, and the traceback's frames (files, lines,
code) are kept as they are."""

from __future__ import annotations

import re
import traceback
from typing import Any

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# A number that starts like a phone number (+33…, 0…) and has at least nine digits; not part of
# an id (UUIDs are hex digits between hyphens) nor of a longer word.
PHONE = re.compile(r"(?<![\w-])(?:\+\d{1,3}[ .-]?(?:\(0\)[ .-]?)?|0)\d(?:[ .-]?\d){7,}(?![\w-])")
QUOTED = re.compile(r"'[^'\n]*'|\"[^\"\n]*\"|«[^»\n]*»")
UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")

CAUSE = "\nThe above exception was the direct cause of the following exception:\n\n"
CONTEXT = "\nDuring handling of the above exception, another exception occurred:\n\n"


def redact(text: str) -> str:
    """E-mail addresses and phone numbers out of any text."""
    return PHONE.sub("<phone>", EMAIL.sub("<e-mail>", text))


# Quoted words kept: ids, and the names of code ("'NoneType' object has no attribute 'sort_key'").
_CODE_NAME = re.compile(r"^[A-Za-z]\w*_\w*$|^(NoneType|str|int|float|bool|bytes|dict|list|tuple|set)$")


def _unquote(match: re.Match[str]) -> str:
    quoted = match.group(0)
    inner = quoted[1:-1]
    if not inner or UUID.match(inner) or _CODE_NAME.match(inner):
        return quoted
    return f"{quoted[0]}…{quoted[-1]}"


def exception_message(error: BaseException) -> str:
    """What an exception says, without the values it quotes. Our own errors carry a sentence
    template and its values (app/errors.py) or a field → message map: the log keeps the
    template and the field names only."""
    errors = getattr(error, "errors", None)
    if isinstance(errors, dict):
        return "fields: " + ", ".join(str(key) for key in errors)
    first: Any = error.args[0] if error.args else None
    if first is not None and hasattr(first, "text") and hasattr(first, "values"):
        return str(first.text)
    try:
        text = str(error)
    except Exception:  # a broken __str__ must not hide the traceback
        text = "<unprintable>"
    return redact(QUOTED.sub(_unquote, text))


def _type_name(error: BaseException) -> str:
    kind = type(error)
    return kind.__qualname__ if kind.__module__ == "builtins" else f"{kind.__module__}.{kind.__qualname__}"


def _chain(error: BaseException) -> list[tuple[BaseException, str]]:
    """The exception and those that led to it, oldest first, each with the line that links it
    to the next one (as Python prints them)."""
    chain: list[tuple[BaseException, str]] = []
    seen: set[int] = set()
    current: BaseException | None = error
    link = ""
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append((current, link))
        if current.__cause__ is not None:
            current, link = current.__cause__, CAUSE
        elif current.__context__ is not None and not current.__suppress_context__:
            current, link = current.__context__, CONTEXT
        else:
            current = None
    # Printed oldest first: the line before each one is how the one before it led to it.
    ordered = chain[::-1]
    return [(exc, ordered[i - 1][1] if i else "") for i, (exc, _link) in enumerate(ordered)]


def format_exception(error: BaseException) -> str:
    """The traceback as Python prints it, with each exception's message redacted."""
    parts: list[str] = []
    for exc, link in _chain(error):
        parts.append(link)
        if exc.__traceback__ is not None:
            parts.append("Traceback (most recent call last):\n")
            parts.append(redact("".join(traceback.format_tb(exc.__traceback__))))
        parts.append(f"{_type_name(exc)}: {exception_message(exc)}\n")
    return "".join(parts)
