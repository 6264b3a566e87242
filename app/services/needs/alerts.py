"""Being told: after each sync, what the sync brought (needs, offers, equipment, practices of other
associations) is matched against our open needs and offers; a good match (weights.py
NEW_MATCH_SCORE) is kept here until its need or offer is looked at. The window counts them in
the section and a start-up banner; `entraide status` lists them.

Only what changed since the last look is scored (the hub's versions tell: sync_records), so a
sync that brought a thousand records costs a thousand comparisons per open need, not a search
of the whole network.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from app.models import Equipment, Need, NeedMatch, NeedWatch, Practice, SyncedRecord, utcnow
from app.services.equipment.availability import unavailable_ids
from app.services.needs import weights as w
from app.services.needs.records import LIVE
from app.services.network import association_names, my_association_id, owners_of

if TYPE_CHECKING:
    from app.services.needs.candidates import Side

WATCHED = ("need", "equipment", "practice")


@dataclass(frozen=True)
class MatchLine:
    posting_id: str
    posting_title: str
    candidate_type: str
    candidate_id: str
    candidate_title: str
    owner_name: str
    score: int


def _watch(session: Session) -> NeedWatch:
    watch = session.get(NeedWatch, 1)
    if watch is None:
        watch = NeedWatch(id=1, version=0)
        session.add(watch)
    return watch


def our_live_postings(session: Session, today: date) -> list[Need]:
    """Our open needs and offers (those with no owner on the hub are ours too)."""
    me = my_association_id(session)
    ours = or_(SyncedRecord.owner_id.is_(None), SyncedRecord.owner_id == me)
    return list(
        session.scalars(
            select(Need)
            .outerjoin(SyncedRecord, SyncedRecord.record_id == Need.id)
            .where(
                ours,
                Need.deleted_at.is_(None),
                Need.status.in_(LIVE),
                (Need.expires_on.is_(None)) | (Need.expires_on >= today),
            )
        )
    )


def find_new_matches(session: Session, today: date | None = None) -> int:
    """Score what arrived since the last look against our open needs and offers; returns how
    many new matches were kept."""
    # Loaded here, not with the module: the window's sidebar counts need only what follows.
    from app.services.needs import candidates as c
    from app.services.needs import index
    from app.services.needs.history import exchanges
    from app.services.needs.matching import Context, score

    today = today or date.today()
    index.refresh(session)
    watch = _watch(session)
    me = my_association_id(session)
    arrived = session.execute(
        select(SyncedRecord.record_id, SyncedRecord.entity_type, SyncedRecord.version).where(
            SyncedRecord.version > watch.version, SyncedRecord.entity_type.in_(WATCHED)
        )
    ).all()
    if not arrived:
        return 0
    watch.version = max(row.version for row in arrived)
    postings = our_live_postings(session, today)
    if not postings:
        return 0
    theirs = {row.record_id: row.entity_type for row in arrived}
    owners = owners_of(session, list(theirs))
    theirs = {i: t for i, t in theirs.items() if owners.get(i) not in (None, me)}
    sides = _sides(session, theirs, today)
    answering_needs = [side for side in sides if side.type != "need" or not c.is_need(side)]
    answering_offers = [side for side in sides if side.type == "need" and c.is_need(side)]
    items_arrived = any(side.type == "equipment" for side in sides)
    known = {(m.posting_id, m.candidate_id) for m in session.scalars(select(NeedMatch))}
    history = exchanges(session)
    kept: list[NeedMatch] = []
    for record in postings:
        posting = c.posting(session, record, me, owner_known=True)
        ctx = Context(me, today, history)
        if items_arrived and posting.span is not None and c.is_need(posting):
            ctx.unavailable = unavailable_ids(session, *posting.span)
        found: list[tuple[float, c.Side]] = []
        for side in answering_needs if c.is_need(posting) else answering_offers:
            scored = score(posting, side, ctx)
            if scored is not None and scored.score >= w.NEW_MATCH_SCORE:
                found.append((scored.score, side))
        found.sort(key=lambda pair: -pair[0])
        for value, side in found[: w.TOP]:  # the best few: a flood would tell nothing
            if (posting.id, side.id) not in known:
                kept.append(
                    NeedMatch(
                        posting_id=posting.id, candidate_type=side.type, candidate_id=side.id, score=value
                    )
                )
    session.add_all(kept)
    session.flush()
    return len(kept)


def _sides(session: Session, arrived: dict[str, str], today: date) -> list[Side]:
    from app.services.needs import candidates as c

    by_type: dict[str, list[str]] = {}
    for record_id, entity_type in arrived.items():
        by_type.setdefault(entity_type, []).append(record_id)
    found: list[c.Side] = []
    if by_type.get("need"):
        found += c.need_sides(session, c.indexed_stems(session, by_type["need"]), today)
    if by_type.get("equipment"):
        found += c.equipment_sides(session, c.indexed_stems(session, by_type["equipment"]))
    if by_type.get("practice"):
        ids = by_type["practice"]
        stems: dict[str, frozenset[str]] = {}
        for start in range(0, len(ids), 900):
            stems.update(c.practice_stems(session, None, ids[start : start + 900]))
        found += c.practice_sides(session, stems)
    return found


# --- what the window and the command line show -------------------------------------------------------
def unseen(session: Session) -> list[MatchLine]:
    """New matches not looked at yet, best first (those of needs closed since are left out)."""
    matches = list(session.scalars(select(NeedMatch).where(NeedMatch.seen_at.is_(None))))
    if not matches:
        return []
    today = date.today()
    postings = {p.id: p for p in our_live_postings(session, today)}
    titles = _titles(session, [m.candidate_id for m in matches])
    owners = owners_of(session, [m.candidate_id for m in matches])
    names = association_names(session)
    lines = [
        MatchLine(
            m.posting_id,
            postings[m.posting_id].title,
            m.candidate_type,
            m.candidate_id,
            titles.get(m.candidate_id, ""),
            names.get(owners.get(m.candidate_id) or "", ""),
            m.score,
        )
        for m in matches
        if m.posting_id in postings
    ]
    return sorted(lines, key=lambda line: (-line.score, line.posting_title))


def unseen_count(session: Session) -> int:
    return len(unseen(session))


def mark_seen(session: Session, posting_id: str) -> None:
    session.execute(
        update(NeedMatch)
        .where(NeedMatch.posting_id == posting_id, NeedMatch.seen_at.is_(None))
        .values(seen_at=utcnow())
    )


def unseen_by_posting(session: Session) -> dict[str, int]:
    return dict(
        session.execute(
            select(NeedMatch.posting_id, func.count())
            .where(NeedMatch.seen_at.is_(None))
            .group_by(NeedMatch.posting_id)
        ).all()
    )


def _titles(session: Session, ids: list[str]) -> dict[str, str]:
    found = dict(session.execute(select(Need.id, Need.title).where(Need.id.in_(ids))).all())
    found.update(session.execute(select(Equipment.id, Equipment.name).where(Equipment.id.in_(ids))).all())
    found.update(session.execute(select(Practice.id, Practice.title).where(Practice.id.in_(ids))).all())
    return found
