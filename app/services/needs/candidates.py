"""The two sides the matching compares, loaded from the store in a few queries: a need or offer
with the words of its text, and its candidates (needs and offers, equipment, practices, people
of our contacts) with their stems from the search indexes, their place and their dates.

Candidates are found through the indexes first (the best few hundred by their words), then,
for needs and offers, those of the same kind whatever their words: a room offered fits a room
needed even when the two are worded apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import (
    Equipment,
    Need,
    NeedDirection,
    NeedKind,
    Person,
    Practice,
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
def need_sides(
    session: Session, stems: dict[str, frozenset[str]], today: date, *, direction: str | None = None
) -> list[Side]:
    """Live needs and offers among `stems`' ids (of one direction when given)."""
    query = select(
        Need.id, Need.title, Need.kind, Need.direction, Need.commune_code, Need.remote,
        Need.start_date, Need.end_date,
    ).where(
        Need.id.in_(list(stems)),
        Need.deleted_at.is_(None),
        Need.status.in_(LIVE),
        (Need.expires_on.is_(None)) | (Need.expires_on >= today),
    )  # fmt: skip
    if direction is not None:
        query = query.where(Need.direction == direction)
    rows = session.execute(query).all()
    owners = owners_of(session, [row.id for row in rows])
    return [
        Side(
            "need",
            row.id,
            row.title,
            owners.get(row.id),
            kind=row.kind,
            direction=row.direction,
            stems=stems.get(row.id, frozenset()),
            place=places.by_code(row.commune_code),
            remote=row.remote,
            span=span(row),
        )
        for row in rows
    ]


def same_kind_ids(session: Session, kind: str, direction: str, today: date, known: set[str]) -> list[str]:
    """Live offers (or needs) of this kind not already found by their words."""
    if kind == NeedKind.OTHER.value:
        return []
    ids = session.scalars(
        select(Need.id)
        .where(
            Need.kind == kind,
            Need.direction == direction,
            Need.deleted_at.is_(None),
            Need.status.in_(LIVE),
            (Need.expires_on.is_(None)) | (Need.expires_on >= today),
        )
        .limit(SAME_KIND_LIMIT)
    )
    return [record_id for record_id in ids if record_id not in known]


def equipment_sides(session: Session, stems: dict[str, frozenset[str]]) -> list[Side]:
    """Shared items in working order among `stems`' ids."""
    rows = session.execute(
        select(Equipment.id, Equipment.name, Equipment.category, Equipment.storage_place).where(
            Equipment.id.in_(list(stems)),
            Equipment.deleted_at.is_(None),
            Equipment.shared.is_(True),
            Equipment.out_of_service.is_(False),
        )
    ).all()
    owners = owners_of(session, [row.id for row in rows])
    return [
        Side(
            "equipment",
            row.id,
            row.name,
            owners.get(row.id),
            stems=stems.get(row.id, frozenset()),
            place=places.in_text(row.storage_place),
            detail=row.category or "",
        )
        for row in rows
    ]


def practice_sides(session: Session, stems: dict[str, frozenset[str]]) -> list[Side]:
    """Published practices among `stems`' ids."""
    rows = session.execute(
        select(Practice.id, Practice.title).where(
            Practice.id.in_(list(stems)),
            Practice.deleted_at.is_(None),
            Practice.status == PracticeStatus.PUBLISHED.value,
        )
    ).all()
    owners = owners_of(session, [row.id for row in rows])
    return [
        Side(
            "practice",
            row.id,
            row.title,
            owners.get(row.id),
            stems=stems.get(row.id, frozenset()),
            remote=True,
        )
        for row in rows
    ]


def member_sides(session: Session, wanted: set[str], today: date) -> list[Side]:
    """People of our own contacts whose current roles or tags share a stem with `wanted`, and
    our volunteers. Contacts never leave this laptop: another association's never show here."""
    roles: dict[str, list[str]] = {}
    volunteers: set[str] = set()
    current = select(Role.person_id, Role.role, Role.title, Role.start_date, Role.end_date).where(
        Role.deleted_at.is_(None)
    )
    for person_id, kind, title, start, end in session.execute(current):
        if (start is None or start <= today) and (end is None or end >= today):
            label = title or ROLE_LABELS.get(RoleKind(kind), kind) if kind in _ROLE_KINDS else title or kind
            roles.setdefault(person_id, []).append(label)
            if kind == RoleKind.BENEVOLE.value:
                volunteers.add(person_id)
    query = select(Person.id, Person.display_name, Person.tags, Person.address).where(
        Person.deleted_at.is_(None),
        Person.anonymised_at.is_(None),
        Person.id.in_(list(roles)) | Person.tags.is_not(None),
    )
    found, analysed = [], {}
    for person_id, name, tags, address in session.execute(query):
        said = tuple(dict.fromkeys([*split_tags(tags), *roles.get(person_id, [])]))
        if said not in analysed:  # the same few tags and roles again and again
            analysed[said] = frozenset(stem(w.casefold()) for text in said for w in _WORD.findall(text))
        words = analysed[said]
        volunteer = person_id in volunteers or _VOLUNTEER in words
        if words & wanted or volunteer:
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
