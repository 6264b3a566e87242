"""Matching, offline and explained: for a need, the best candidates among the open offers, the
shared equipment free on its dates, the published practices and the people of our contacts;
for an offer, the needs it could serve. Each suggestion has its score (weights and thresholds:
app/services/needs/weights.py) and its reasons, structured (a code and values) and worded by
the window and the command line.

Seen from our laptop: for our own need or offer, the candidates are the other associations'
(and our own people); for another association's, they are ours, what we could put forward.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from app.models import NeedDirection, NeedKind
from app.services.equipment.availability import unavailable_ids
from app.services.needs import candidates as c
from app.services.needs import index, places
from app.services.needs import weights as w
from app.services.needs.history import Exchanges, recent_exchanges
from app.services.needs.records import load
from app.services.network import association_names, my_association_id


@dataclass(frozen=True)
class Reason:
    """Why a candidate is suggested. Codes and their values:
    category (kind,) · words (words,) · distance (km, place name, approximate) · remote () ·
    dates (first, last) · available (first, last) · responsiveness (days, answers) ·
    balance (given, received) · volunteer ()."""

    code: str
    values: tuple[Any, ...] = ()


@dataclass
class Scored:
    score: int
    reasons: list[Reason]


@dataclass
class Suggestion:
    type: str  # "need" (an offer or a need), "equipment", "practice", "member"
    id: str
    title: str
    owner_id: str | None
    owner_name: str
    ours: bool
    score: int
    reasons: list[Reason]
    action: str | None  # "respond", "reserve", "contact", "propose", or None (nothing to send)
    detail: str = ""
    direction: str | None = None


@dataclass
class Context:
    me: str | None
    today: date
    history: Exchanges = field(default_factory=Exchanges)
    unavailable: set[str] | None = None  # equipment taken on the posting's dates (None: no dates)


# --- one pair -------------------------------------------------------------------------------------
def _fit(posting: c.Posting, side: c.Side) -> float:
    if side.type == "need":
        if side.kind == posting.kind:
            return w.SAME_KIND
        return w.OTHER_KIND_WITH_OTHER if NeedKind.OTHER.value in (side.kind, posting.kind) else 0.0
    fits = w.KIND_FIT.get(side.type)
    return fits.get(posting.kind or "", 0.0) if fits is not None else 0.0


def _words(posting: c.Posting, side: c.Side) -> tuple[float, list[str]]:
    shared = posting.terms.keys() & side.stems
    if not shared:
        return 0.0, []
    matched = [found for key, found in posting.terms.items() if key in shared]  # in the text's order
    matched.sort(key=lambda found: -found[0])
    return min(1.0, sum(weight for weight, _ in matched) / w.WORDS_FULL), [word for _, word in matched]


def _distance(posting: c.Posting, side: c.Side, reasons: list[Reason]) -> float:
    if side.type == "practice" and posting.kind != NeedKind.KNOW_HOW.value:
        return w.UNKNOWN  # a write-up travels, but does not lend hands or a room
    if posting.remote or side.remote:
        reasons.append(Reason("remote"))
        return 1.0
    if posting.place is None or side.place is None:
        return w.UNKNOWN
    km = places.distance_km(posting.place, side.place)
    approximate = not (posting.place.exact and side.place.exact)
    reasons.append(Reason("distance", (round(km), side.place.name, approximate)))
    return 1.0 / (1.0 + km / w.DISTANCE_SCALE_KM)


def _dates(posting: c.Posting, side: c.Side, ctx: Context, reasons: list[Reason]) -> float | None:
    """The dates' part; None: the candidate cannot be had on the posting's dates."""
    if side.type == "equipment" and ctx.unavailable is not None and posting.span is not None:
        if side.id in ctx.unavailable:
            return None
        reasons.append(Reason("available", posting.span))
        return 1.0
    if posting.span is None or side.span is None:
        return w.UNKNOWN
    first, last = max(posting.span[0], side.span[0]), min(posting.span[1], side.span[1])
    if first > last:
        return 0.0
    reasons.append(Reason("dates", (first, last)))
    return 1.0


def _history(side_owner: str | None, ctx: Context, reasons: list[Reason]) -> tuple[float, float]:
    """(responsiveness, balance) parts: only between us and the candidate's association."""
    if side_owner is None or side_owner == ctx.me:
        return w.UNKNOWN, w.UNKNOWN
    speed, balance = w.UNKNOWN, w.UNKNOWN
    answered = ctx.history.responsiveness(side_owner)
    if answered is not None:
        days, count = answered
        reasons.append(Reason("responsiveness", (round(days, 1), count)))
        speed = max(0.0, 1.0 - max(days - 1.0, 0.0) / (w.SLOW_DAYS - 1.0))
    exchanged = ctx.history.balance(side_owner)
    if exchanged is not None:
        given, received = exchanged
        reasons.append(Reason("balance", (given, received)))
        balance = (max(-1.0, min(1.0, (given - received) / w.BALANCE_SCALE)) + 1.0) / 2.0
    return speed, balance


def score(posting: c.Posting, side: c.Side, ctx: Context) -> Scored | None:
    """How well `side` answers `posting`, with the reasons; None when it is no suggestion."""
    fit = _fit(posting, side)
    words, matched = _words(posting, side)
    same_kind = side.type == "need" and fit == w.SAME_KIND and side.kind != NeedKind.OTHER.value
    volunteer = side.type == "member" and side.volunteer and posting.kind == NeedKind.VOLUNTEERS.value
    if not matched and not same_kind and not volunteer:
        return None
    reasons: list[Reason] = []
    if fit >= w.SAME_KIND:
        reasons.append(Reason("category", (posting.kind,)))
    if matched:
        reasons.append(Reason("words", (", ".join(matched[:6]),)))
    if volunteer:
        reasons.append(Reason("volunteer"))
    dates = _dates(posting, side, ctx, reasons)
    if dates is None:
        return None
    distance = _distance(posting, side, reasons)
    owner = side.owner if side.type != "member" else ctx.me
    speed, balance = _history(owner, ctx, reasons)
    parts = {
        "category": fit,
        "words": words,
        "distance": distance,
        "dates": dates,
        "responsiveness": speed,
        "balance": balance,
    }
    total = round(sum(w.WEIGHTS[name] * value for name, value in parts.items()))
    return Scored(total, reasons) if total >= w.MIN_SCORE else None


# --- a need's or an offer's suggestions -----------------------------------------------------------
def context_for(session: Session, posting: c.Posting, today: date) -> Context:
    ctx = Context(my_association_id(session), today, recent_exchanges(session))
    if posting.span is not None and posting.direction == NeedDirection.NEED.value:
        ctx.unavailable = unavailable_ids(session, *posting.span)
    return ctx


def candidate_sides(session: Session, posting: c.Posting, today: date) -> list[c.Side]:
    """Everything that could answer `posting`, before scoring."""
    stems = list(posting.terms)
    wanted = NeedDirection.OFFER.value if c.is_need(posting) else NeedDirection.NEED.value
    hits = c.indexed_hits(session, stems, "need", c.NEED_HITS)
    # Of the same kind but not among the best hits: no word in common (or too few to rank).
    department = posting.place.department if posting.place is not None else None
    more = c.same_kind_ids(session, posting.kind or "", wanted, set(hits), department)
    hits.update(dict.fromkeys(more, frozenset()))
    found = c.need_sides(session, hits, today, direction=wanted)
    if c.is_need(posting):
        found += c.equipment_sides(session, c.indexed_hits(session, stems, "equipment", c.EQUIPMENT_HITS))
        if w.KIND_FIT["practice"].get(posting.kind or ""):  # know-how answers no need of a room
            found += c.practice_sides(session, c.practice_stems(session, stems))
        volunteers = posting.kind == NeedKind.VOLUNTEERS.value
        found += c.member_sides(session, set(stems), today, volunteers=volunteers)
    return found


def _action(posting_ours: bool, side: c.Side) -> str | None:
    if not posting_ours:
        return "propose"  # one of ours, put forward to their need or offer
    return {"need": "respond", "equipment": "reserve", "practice": "contact"}.get(side.type)


def suggestions(
    session: Session, need_id: str, today: date | None = None, limit: int = w.TOP
) -> list[Suggestion]:
    """The best `limit` candidates for this need or offer, best first."""
    today = today or date.today()
    index.catch_up(session)
    record = load(session, need_id)
    me = my_association_id(session)
    posting = c.posting(session, record, me)
    ours = posting.owner in (None, me)
    ctx = context_for(session, posting, today)
    names = association_names(session)
    scored = []
    for side in candidate_sides(session, posting, today):
        side_owner = side.owner or me
        if side.id == posting.id or (side.type != "member" and side_owner == posting.owner):
            continue
        if not ours and side.type != "member" and side_owner != me:
            continue  # for another's need, we suggest only what we could give
        found = score(posting, side, ctx)
        if found is not None:
            scored.append((found, side))
    scored.sort(key=lambda pair: (-pair[0].score, pair[1].title))
    return [
        Suggestion(
            side.type,
            side.id,
            side.title,
            side.owner,
            names.get(side.owner or "", ""),
            side.type == "member" or side.owner in (None, me),
            found.score,
            found.reasons,
            _action(ours, side),
            side.detail,
            side.direction,
        )
        for found, side in scored[:limit]
    ]
