"""A line of the contacts list: apart from the queries (records.py), so that the window can show
the list's first page before SQLAlchemy is loaded (first_page.py)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ContactRow:
    """One line of the contacts list or of search results."""

    id: str
    kind: str
    display_name: str
    email: str | None
    phone: str | None
    tags: str | None
    sort_key: str
    phone_to_check: str | None = None  # a number an import could not read, kept as written
