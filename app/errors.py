"""The errors every layer shares. Services raise them with codes and values; the window and
the command line turn them into sentences in the user's language."""

from __future__ import annotations

import json
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

    def stored(self) -> str:
        """For a text column (the sync's last error): JSON, read back by `from_stored`. Only
        texts and counts are kept as they are; anything else as its readable fallback."""
        values = [v if isinstance(v, str | int) and not isinstance(v, bool) else str(v) for v in self.values]
        return json.dumps({"text": self.text, "values": values}, ensure_ascii=False)


Text = str | Message  # what a service says: a marked sentence, with or without values


def from_stored(raw: str) -> Text:
    """What `Message.stored` wrote, or a plain sentence stored by an earlier version."""
    try:
        found = json.loads(raw)
    except ValueError:
        return raw
    if isinstance(found, dict) and isinstance(found.get("text"), str):
        return Message(found["text"], tuple(found.get("values") or ()))
    return raw


def stored(text: Text) -> str:
    return text.stored() if isinstance(text, Message) else text


class Said(Exception):
    """A failure that tells the user something: `text` becomes a sentence where it is shown
    (the window: service_text; the command line: text_of); str() is the French fallback."""

    def __init__(self, text: Text) -> None:
        super().__init__(str(text))
        self.text = text


class NotFound(LookupError):
    """The record does not exist (or was emptied from the trash)."""


class Ambiguous(LookupError):
    """A piece of an id that names several records: `candidates` are (id, what it is) pairs."""

    def __init__(self, piece: str, candidates: list[tuple[str, Text]]):
        super().__init__(piece)
        self.piece, self.candidates = piece, candidates


class InvalidInput(Exception):
    """What the user typed cannot be saved; `errors` maps each field to what to fix."""

    def __init__(self, errors: dict[str, Text], warnings: dict[str, Text] | None = None):
        super().__init__("; ".join(f"{k} : {v}" for k, v in errors.items()))
        self.errors = errors
        self.warnings = warnings or {}


# --- the store and its data folder -----------------------------------------------------------
class StoreProblem(Exception):
    """The store cannot be used as it is: damaged, or its data folder unusable (a file, read-only,
    full, missing). `message` says it and what to do; `detail`, in French too, what was found.
    Made and recognised by app/services/store/problems.py."""

    DAMAGED, FOLDER = "damaged", "folder"

    def __init__(self, kind: str, message: Message, detail: str = "") -> None:
        super().__init__(str(message))
        self.kind, self.message, self.detail = kind, message, detail

    @property
    def exit_code(self) -> int:
        """The command line's exit code: 3 for a damaged store, 4 for an unusable folder."""
        return 3 if self.kind == self.DAMAGED else 4
