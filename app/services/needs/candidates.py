"""The two sides the matching compares, loaded from the store in a few queries: a need or offer
with the words of its text, and its candidates (needs and offers, equipment, practices, people
of our contacts) with their stems from the search indexes, their place and their dates.

Candidates are found through the indexes first (the best few hundred by their words), then,
for needs and offers, those of the same kind whatever their words: a room offered fits a room
needed even when the two are worded apart.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Row, func, select
from sqlalchemy.orm import Session

from app.db import id_set
from app.models import (
    Need,
    NeedDirection,
    NeedKind,
    PracticeStatus,
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
        # numbers in words say how many, not what
        "deux",
        "trois",
        "quatre",
        "cinq",
        "six",
        "sept",
        "huit",
        "neuf",
        "dix",
        "vingt",
        "trente",
        "cent",
        "mille",
    )
)
_VOLUNTEER = stem("bénévole")
_ROLE_KINDS = {kind.value for kind in RoleKind}
NEED_HITS, EQUIPMENT_HITS, PRACTICE_HITS, SAME_KIND_LIMIT = 400, 200, 40, 300


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


def posting(session: Session, record: Need, me: str | None, *, owner_known: bool = False) -> Posting:
    """`owner_known`: it is one of ours (no need to ask whose it is)."""
    owner = me if owner_known else owners_of(session, [record.id]).get(record.id) or me
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
        "WHERE need_fts MATCH ? ORDER BY rank LIMIT ?",
        (f'kind : "{record_type}" AND {{title body}} : ({query})', limit),
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
        # What a practice is about (its title, summary, themes and tags), not every word of it.
        rows = session.connection().exec_driver_sql(
            f"SELECT m.practice_id, {columns} {join} WHERE practice_fts MATCH ? ORDER BY rank LIMIT ?",
            (f"{{title summary topics}} : ({query})", PRACTICE_HITS),
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


def _rows(session: Session, sql: str, ids: Iterable[str]) -> Sequence[Row[*tuple[Any, ...]]]:
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
                span=_span(first, last),
            )
        )
    return found


def same_kind_ids(
    session: Session, kind: str, direction: str, known: set[str], department: str | None
) -> list[str]:
    """Offers (or needs) of this kind not already found by their words, those of the same
    département first; not all are live (the sides check it)."""
    if kind == NeedKind.OTHER.value:
        return []
    near = func.substr(Need.commune_code, 1, 2) == (department or "")[:2]
    ids = session.scalars(
        select(Need.id)
        .where(Need.kind == kind, Need.direction == direction)
        .order_by(near.desc())
        .limit(SAME_KIND_LIMIT)
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


# People whose tags hold a word starting with one of the need's stems, found through the
# contacts' own search index (its words are folded, not stemmed: a stem is their prefix).
_TAGGED = """
SELECT m.contact_id FROM contact_fts JOIN contact_search_map m ON m.docid = contact_fts.rowid
WHERE contact_fts MATCH ? LIMIT 200
"""
# Current roles of the kinds asked for, and those named in words (their title).
_CURRENT_ROLES = """
SELECT person_id, role, title FROM roles
WHERE deleted_at IS NULL AND (start_date IS NULL OR start_date <= :today)
  AND (end_date IS NULL OR end_date >= :today) AND (role IN ({kinds}) OR title IS NOT NULL)
"""
_PERSON = """
SELECT c.id, c.display_name, c.tags, c.address FROM temp.candidate_ids w CROSS JOIN contacts c ON c.id = w.id
WHERE c.kind = 'person' AND c.deleted_at IS NULL AND c.anonymised_at IS NULL
"""
MEMBERS = 200  # people looked at for one need


def _role_label(kind: str, title: str | None) -> str:
    if title:
        return title
    return ROLE_LABELS.get(RoleKind(kind), kind) if kind in _ROLE_KINDS else kind


def member_sides(session: Session, wanted: set[str], today: date, *, volunteers: bool = False) -> list[Side]:
    """People of our own contacts whose current roles or tags share a stem with `wanted`, and
    (`volunteers`) our volunteers. Contacts never leave this laptop: another association's
    never show here."""
    connection = session.connection()
    roles: dict[str, list[str]] = {}
    helping: set[str] = set()
    chosen: list[str] = []
    kinds = [k for k in _ROLE_KINDS if _analysed(_role_label(k, None)) & wanted]
    if volunteers:
        kinds.append(RoleKind.VOLUNTEER.value)
    sql = _CURRENT_ROLES.format(kinds=",".join(f"'{k}'" for k in sorted(set(kinds))) or "''")
    for person_id, kind, title in connection.exec_driver_sql(sql, {"today": today.isoformat()}):
        label = _role_label(kind, title)
        roles.setdefault(person_id, []).append(label)
        if kind == RoleKind.VOLUNTEER.value:
            helping.add(person_id)
        if (volunteers and kind == RoleKind.VOLUNTEER.value) or _analysed(label) & wanted:
            chosen.append(person_id)
    query = " OR ".join(f'"{s}"*' for s in sorted(wanted | ({_VOLUNTEER} if volunteers else set())))
    if query:
        chosen += [row[0] for row in connection.exec_driver_sql(_TAGGED, (f"tags : ({query})",))]
    found = []
    for person_id, name, tags, address in _rows(session, _PERSON, list(dict.fromkeys(chosen))[:MEMBERS]):
        said = tuple(dict.fromkeys([*split_tags(tags), *roles.get(person_id, [])]))
        words = frozenset().union(*(_analysed(text) for text in said)) if said else frozenset()
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


@functools.lru_cache(maxsize=4096)
def _analysed(text: str) -> frozenset[str]:
    """The stems of a tag or a role: the same few again and again."""
    return frozenset(stem(word.casefold()) for word in _WORD.findall(text))


def is_need(side: Side) -> bool:
    return side.direction == NeedDirection.NEED.value


def _span(first: date | None, last: date | None) -> tuple[date, date] | None:
    """The days a posting covers; one date alone is a single day."""
    if first is None and last is None:
        return None
    start, end = first or last, last or first
    assert start is not None and end is not None
    return start, end
