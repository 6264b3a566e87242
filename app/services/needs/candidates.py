"""The two sides the matching compares, loaded from the store in a few queries: a need or offer
with the words of its text, and its candidates (needs and offers, equipment, practices, people
of our contacts) with their stems from the search indexes, their place and their dates.

Candidates are found through the indexes first (the best few hundred by their words), then,
for needs and offers, those of the same kind whatever their words: a room offered fits a room
needed even when the two are worded apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import id_set
from app.models import (
    Need,
    NeedDirection,
    NeedKind,
    Person,
    PracticeStatus,
    Role,
    RoleKind,
)
from app.services.contacts.records import ROLE_LABELS
from app.services.needs import places
from app.services.needs.records import LIVE, span
from app.services.needs.weights import DESCRIPTION_WORD, TITLE_WORD
from app.services.network import owners_of
from app.services.practices.text import STOP_WORDS, stem
from app.text import split_tags

_WORD = re.compile(r"\w+")
# Words every need or offer says: matching them says nothing of what is needed.
_SAID_BY_ALL = frozenset(
    stem(word)
    for word in (
        "besoin",
        "besoins",
        "cherche",
        "cherchons",
        "recherche",
        "recherchons",
        "propose",
        "proposons",
        "proposition",
        "pouvons",
        "peut",
        "avons",
        "association",
        "associations",
        "disponible",
        "disposition",
        "quelqu",
        "un",
        "une",
    )
)
_VOLUNTEER = stem("bénévole")
_ROLE_KINDS = {kind.value for kind in RoleKind}
NEED_HITS, EQUIPMENT_HITS, PRACTICE_HITS, SAME_KIND_LIMIT = 1000, 200, 40, 2000


@dataclass
class Side:
    type: str  # "need" (a need or an offer), "equipment", "practice", "member"
    id: str
    title: str
    owner: str | None  # the association; None: ours
    kind: str | None = None
    direction: str | None = None
    stems: frozenset[str] = frozenset()
    place: places.Commune | None = None
    remote: bool = False
    span: tuple[date, date] | None = None
    volunteer: bool = False  # a person of our contacts who volunteers
    detail: str = ""  # an item's category, a person's role or tags


@dataclass
class Posting(Side):
    """The need or offer suggestions are made for: its stems with their weight and a word as
    written, to say which words matched."""

    terms: dict[str, tuple[float, str]] = field(default_factory=dict)


def terms_of(title: str, description: str) -> dict[str, tuple[float, str]]:
    found: dict[str, tuple[float, str]] = {}
    for text, weight in ((title, TITLE_WORD), (description, DESCRIPTION_WORD)):
        for word in _WORD.findall(text or ""):
            folded = word.casefold()
            if folded in STOP_WORDS or folded.isdigit() or len(folded) < 3:
                continue
            key = stem(folded)
            if key in _SAID_BY_ALL:
                continue
            if key not in found or found[key][0] < weight:
                found[key] = (weight, word.lower())
    return found


def fts_query(stems: list[str]) -> str | None:
    return " OR ".join(f'"{s}"' for s in stems) or None


def posting(session: Session, record: Need, me: str | None) -> Posting:
    owner = owners_of(session, [record.id]).get(record.id) or me
    return Posting(
        "need",
        record.id,
        record.title,
        owner,
        kind=record.kind,
        direction=record.direction,
        place=places.by_code(record.commune_code),
        remote=record.remote,
        span=span(record),
        terms=terms_of(record.title, record.description),
    )


# --- from the indexes ---------------------------------------------------------------------------
def indexed_hits(
    session: Session, stems: list[str], record_type: str, limit: int
) -> dict[str, frozenset[str]]:
    """Needs and offers, or equipment, with any of these stems, the best first: id -> stems."""
    query = fts_query(stems)
    if query is None:
        return {}
    rows = session.connection().exec_driver_sql(
        "SELECT m.record_id, need_fts.title || ' ' || need_fts.body FROM need_fts "
        "JOIN need_search_map m ON m.docid = need_fts.rowid "
        "WHERE need_fts MATCH ? AND m.record_type = ? ORDER BY rank LIMIT ?",
        (query, record_type, limit),
    )
    return {record_id: frozenset(text.split()) for record_id, text in rows}


def indexed_stems(session: Session, ids: list[str]) -> dict[str, frozenset[str]]:
    """The stems of these needs, offers or items, by id."""
    found: dict[str, frozenset[str]] = {}
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        marks = ",".join("?" * len(chunk))
        rows = session.connection().exec_driver_sql(
            f"SELECT m.record_id, need_fts.title || ' ' || need_fts.body FROM need_search_map m "
            f"JOIN need_fts ON need_fts.rowid = m.docid WHERE m.record_id IN ({marks})",
            tuple(chunk),
        )
        found.update((record_id, frozenset(text.split())) for record_id, text in rows)
    return found


def practice_stems(
    session: Session, stems: list[str] | None, ids: list[str] | None = None
) -> dict[str, frozenset[str]]:
    """Practices with any of these stems (the best first), or these practices: id -> stems."""
    columns = "practice_fts.title || ' ' || practice_fts.summary || ' ' || practice_fts.topics"
    join = "FROM practice_fts JOIN practice_search_map m ON m.docid = practice_fts.rowid"
    if stems is not None:
        query = fts_query(stems)
        if query is None:
            return {}
        rows = session.connection().exec_driver_sql(
            f"SELECT m.practice_id, {columns} {join} WHERE practice_fts MATCH ? ORDER BY rank LIMIT ?",
            (query, PRACTICE_HITS),
        )
    else:
        marks = ",".join("?" * len(ids or []))
        rows = session.connection().exec_driver_sql(
            f"SELECT m.practice_id, {columns} {join} WHERE m.practice_id IN ({marks})", tuple(ids or [])
        )
    return {practice_id: frozenset(text.split()) for practice_id, text in rows}


# --- the candidates' records ----------------------------------------------------------------------
# Read by their ids through a temporary table, with their owner in the same query; the other
# conditions are checked here: with them in SQL, SQLite may walk a list index over the whole
# table instead of fetching a few hundred rows by key.
_NEEDS = """
SELECT n.id, n.title, n.kind, n.direction, n.commune_code, n.remote, n.start_date, n.end_date,
       n.deleted_at, n.status, n.expires_on, sr.owner_id
FROM temp.candidate_ids w CROSS JOIN needs n ON n.id = w.id
LEFT JOIN sync_records sr ON sr.record_id = n.id
"""
_EQUIPMENT = """
SELECT e.id, e.name, e.category, e.storage_place, e.deleted_at, e.shared, e.out_of_service, sr.owner_id
FROM temp.candidate_ids w CROSS JOIN equipment e ON e.id = w.id
LEFT JOIN sync_records sr ON sr.record_id = e.id
"""
_PRACTICES = """
SELECT p.id, p.title, p.deleted_at, p.status, sr.owner_id
FROM temp.candidate_ids w CROSS JOIN practices p ON p.id = w.id
LEFT JOIN sync_records sr ON sr.record_id = p.id
"""


def _rows(session: Session, sql: str, ids: Iterable[str]) -> list[Any]:
    id_set(session, "candidate_ids", ids)
    return session.connection().exec_driver_sql(sql).all()


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def need_sides(
    session: Session, stems: dict[str, frozenset[str]], today: date, *, direction: str | None = None
) -> list[Side]:
    """Live needs and offers among `stems`' ids (of one direction when given)."""
    found = []
    for row in _rows(session, _NEEDS, stems):
        record_id, title, kind, way, commune, remote, start, end, deleted, status, expires, owner = row
        expiry = _day(expires)
        if deleted or status not in LIVE or (expiry is not None and expiry < today):
            continue
        if direction is not None and way != direction:
            continue
        first, last = _day(start), _day(end)
        found.append(
            Side(
                "need",
                record_id,
                title,
                owner,
                kind=kind,
                direction=way,
                stems=stems.get(record_id, frozenset()),
                place=places.by_code(commune),
                remote=bool(remote),
                span=(first or last, last or first) if first or last else None,  # type: ignore[arg-type]
            )
        )
    return found


def same_kind_ids(session: Session, kind: str, direction: str, known: set[str]) -> list[str]:
    """Offers (or needs) of this kind not already found by their words; not all are live (the
    sides check it): the kind and direction pick them out cheaply."""
    if kind == NeedKind.OTHER.value:
        return []
    ids = session.scalars(
        select(Need.id).where(Need.kind == kind, Need.direction == direction).limit(SAME_KIND_LIMIT)
    )
    return [record_id for record_id in ids if record_id not in known]


def equipment_sides(session: Session, stems: dict[str, frozenset[str]]) -> list[Side]:
    """Shared items in working order among `stems`' ids."""
    return [
        Side(
            "equipment",
            record_id,
            name,
            owner,
            stems=stems.get(record_id, frozenset()),
            place=places.in_text(storage),
            detail=category or "",
        )
        for record_id, name, category, storage, deleted, shared, broken, owner in _rows(
            session, _EQUIPMENT, stems
        )
        if not deleted and shared and not broken
    ]


def practice_sides(session: Session, stems: dict[str, frozenset[str]]) -> list[Side]:
    """Published practices among `stems`' ids."""
    return [
        Side("practice", record_id, title, owner, stems=stems.get(record_id, frozenset()), remote=True)
        for record_id, title, deleted, status, owner in _rows(session, _PRACTICES, stems)
        if not deleted and status == PracticeStatus.PUBLISHED.value
    ]


def member_sides(session: Session, wanted: set[str], today: date, *, volunteers: bool = False) -> list[Side]:
    """People of our own contacts whose current roles or tags share a stem with `wanted`, and
    (`volunteers`) our volunteers. Contacts never leave this laptop: another association's
    never show here."""
    roles: dict[str, list[str]] = {}
    helping: set[str] = set()
    current = select(Role.person_id, Role.role, Role.title, Role.start_date, Role.end_date).where(
        Role.deleted_at.is_(None)
    )
    for person_id, kind, title, start, end in session.execute(current):
        if (start is None or start <= today) and (end is None or end >= today):
            label = title or ROLE_LABELS.get(RoleKind(kind), kind) if kind in _ROLE_KINDS else title or kind
            roles.setdefault(person_id, []).append(label)
            if kind == RoleKind.BENEVOLE.value:
                helping.add(person_id)
    query = select(Person.id, Person.display_name, Person.tags, Person.address).where(
        Person.deleted_at.is_(None),
        Person.anonymised_at.is_(None),
        Person.id.in_(list(roles)) | Person.tags.is_not(None),
    )
    found, analysed = [], {}
    for person_id, name, tags, address in session.execute(query):
        key = (tags, tuple(roles.get(person_id, ())))
        if key not in analysed:  # the same few tags and roles again and again
            said = tuple(dict.fromkeys([*split_tags(tags), *key[1]]))
            analysed[key] = said, frozenset(stem(w.casefold()) for text in said for w in _WORD.findall(text))
        said, words = analysed[key]
        volunteer = person_id in helping or _VOLUNTEER in words
        if words & wanted or (volunteer and volunteers):
            found.append(
                Side(
                    "member",
                    person_id,
                    name,
                    None,
                    stems=words,
                    place=places.in_text(address),
                    volunteer=volunteer,
                    detail=", ".join(said),
                )
            )
    return found


def is_need(side: Side) -> bool:
    return side.direction == NeedDirection.NEED.value
