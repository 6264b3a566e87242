"""The errors every layer shares. Services raise them with codes and values; the window and
the command line turn them into sentences in the user's language."""

from __future__ import annotations


class NotFound(LookupError):
    """The record does not exist (or was emptied from the trash)."""


class InvalidInput(Exception):
    """What the user typed cannot be saved; `errors` maps each field to what to fix."""

    def __init__(self, errors: dict[str, str], warnings: dict[str, str] | None = None):
        super().__init__("; ".join(f"{k} : {v}" for k, v in errors.items()))
        self.errors = errors
        self.warnings = warnings or {}
