"""What the library's window asks for each page of results, in one call on the database thread:
the rows, the list's header count, the theme filter's choices and the associations' names
(app/ui/practices/library.py shows it; benchmarks/practices_bench.py times it)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.services.network import association_names
from app.services.practices.records import all_themes
from app.services.practices.search import PracticeHit, PracticeQuery, search_and_count


@dataclass
class LibraryPage:
    hits: list[PracticeHit]
    total: int
    offset: int
    themes: list[str]
    associations: dict[str, str]  # id -> name, for the author filter


def library_page(session: Session, query: PracticeQuery) -> LibraryPage:
    hits, total = search_and_count(session, query)
    return LibraryPage(hits, total, query.offset, all_themes(session), association_names(session))
