"""The errors every layer shares. Services raise them with codes and values; the window and
the command line turn them into sentences in the user's language."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Money:
    """An amount in cents inside a Message: shown with the user's currency format."""

    cents: int


@dataclass(frozen=True)
class Message:
    """A sentence for the user, made where it is shown. `text` is a template marked with
    QT_TRANSLATE_NOOP("entraide", …) whose {0}, {1}… take `values`: dates, Money, counts and
    names, formatted in the user's language by the window (app/ui/shared/locale_format.py) and
    the command line (app/cli/output.py). Never format a date or an amount into the text."""

    text: str
    values: tuple[Any, ...] = ()

    def __str__(self) -> str:  # a readable fallback (exception texts); screens use their own
        return self.text.format(*self.values)


Text = str | Message  # what a service says: a marked sentence, with or without values


class NotFound(LookupError):
    """The record does not exist (or was emptied from the trash)."""


class InvalidInput(Exception):
    """What the user typed cannot be saved; `errors` maps each field to what to fix."""

    def __init__(self, errors: dict[str, Text], warnings: dict[str, Text] | None = None):
        super().__init__("; ".join(f"{k} : {v}" for k, v in errors.items()))
        self.errors = errors
        self.warnings = warnings or {}
