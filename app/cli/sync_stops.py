"""What stops a sync or the import of a courier answer, as the command line says it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from app.cli.errors import CommandError
from app.cli.output import text_of
from app.i18n import translate
from app.sync.client import HubError
from app.sync.pages import MassDeletion


@contextmanager
def sync_stops() -> Iterator[None]:
    """A mass deletion held back, or the hub's refusal: one line, and what to do about it."""
    try:
        yield
    except MassDeletion as error:
        again = translate("cli", "Relancez avec --allow-deletions si c'est voulu.")
        raise CommandError(f"{text_of(error.text)} {again}") from error
    except HubError as error:
        raise CommandError(text_of(error.text)) from error
