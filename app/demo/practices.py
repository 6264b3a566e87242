"""Demo practices: `count` write-ups across the themes, with their versions and the network's
feedback, deterministic for a seed (texts from app/demo/practice_texts.py).

Most practices belong to partner associations of the network (the members already listed,
or a few made up when there are none); those rows, and the feedback of partners, get the
`sync_records` row a pull would write and are inserted as a pull applies them
(`APPLYING_REMOTE`: nothing for the outbox), as app/demo/equipment.py does. Ours
(about one in seven, a third of them drafts) go to the outbox like any local write.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from app.demo import practice_texts as t
from app.demo import practice_voices as voices
from app.ids import new_id
from app.models import (
    AdoptionOutcome,
    FeedbackKind,
    NetworkAssociation,
    Practice,
    PracticeFeedback,
    PracticeStatus,
    PracticeVersion,
    SyncedRecord,
    SyncState,
    utcnow,
)
from app.models.outbox import APPLYING_REMOTE
from app.models.sync_spec import synced_spec
from app.services.practices.adoptions import FEEDBACK, recount_adoptions
from app.services.practices.index import refresh_practice_index
from app.text import fold

DEFAULT_COUNT = 300
DEFAULT_SEED = 1901
CHUNK = 2000
EXTRA_THEMES = ("jeunesse", "environnement", "culture", "sport")  # themes users added
OUR_SHARE, OUR_DRAFT_SHARE = 1 / 7, 1 / 3
Progress = Callable[[int, int], None]


class _Rows:
    """Rows per model, split between ours (outbox) and the partners' (as if pulled)."""

    def __init__(self) -> None:
        self.ours: dict[type, list[dict[str, Any]]] = {}
        self.theirs: dict[type, list[dict[str, Any]]] = {}
        self.known: list[dict[str, Any]] = []
        self.titles: set[str] = set()  # every practice's title: none is given twice

    def add(self, model: type, row: dict[str, Any], owner: str | None) -> None:
        (self.ours if owner is None else self.theirs).setdefault(model, []).append(row)
        if owner is not None:
            self.known.append(
                {
                    "record_id": row["id"],
                    "entity_type": synced_spec(model).entity_type,
                    "version": 1,
                    "owner_id": owner,
                    "visibility": "network",
                    "parties": [],
                }
            )


def _partners(session: Session, rng: random.Random, rows: _Rows) -> list[str]:
    me = session.scalar(select(SyncState.association_id).where(SyncState.id == 1))
    found = [
        member
        for member in session.scalars(select(NetworkAssociation.id).order_by(NetworkAssociation.name))
        if member != me
    ]
    if found:
        return found
    made = []
    for name in voices.PARTNERS:
        made.append(new_id())
        rows.ours.setdefault(NetworkAssociation, []).append(
            {"id": made[-1], "name": name, "rna": None, "siret": None}
        )
    rng.shuffle(made)
    return made


def _fill(text: str, rng: random.Random) -> str:
    return text.format(
        public=rng.choice(t.PUBLICS),
        ville=rng.choice(t.VILLES),
        n=rng.randint(2, 5),
        mois=rng.choice((3, 6, 9, 12, 18)),
    )


def _figure(typical: int, rng: random.Random) -> int:
    return max(0, round(typical * rng.uniform(0.7, 1.3)))


def _content(rng: random.Random, theme: str, steps_cut: int = 0) -> dict[str, Any]:
    texts = t.THEMES[theme]
    place = rng.choice(t.VILLES)
    title = rng.choice(texts.titles) + rng.choice(("", "", f" à {place}", f" ({place})"))
    problems = [_fill(p, rng) for p in rng.sample(texts.problems, 2)]
    steps = [_fill(s, rng) for s in rng.sample(texts.steps, rng.randint(4, 6))]
    steps = steps[: len(steps) - steps_cut]
    results = [_fill(r, rng) for r in rng.sample(texts.results, 2)]
    person = rng.choice(voices.PEOPLE)
    first, last = fold(person).split(" ", 1)
    indicators = [
        {
            "label": label,
            "value": None,
            "unit": unit,
            "before": _figure(before, rng),
            "after": _figure(after, rng),
        }
        for label, unit, before, after in rng.sample(texts.indicators, rng.randint(1, 2))
    ]
    themes = [theme]
    if rng.random() < 0.3:
        themes.append(rng.choice([other for other in t.THEMES if other != theme]))
    if rng.random() < 0.05:
        themes.append(rng.choice(EXTRA_THEMES))
    method = (
        "Voici comment nous avons procédé, étape par étape.\n\n### Étapes\n\n"
        + "\n".join(f"{i}. {step}" for i, step in enumerate(steps, start=1))
        + f"\n\n**Conseil :** {rng.choice(texts.lessons)}"
    )
    return {
        "title": title,
        "summary": f"{problems[0]} {results[0]}",
        "context": " ".join(problems),
        "method": method,
        "results": " ".join(results),
        "indicators_json": json.dumps(indicators, ensure_ascii=False),
        "lessons": "\n".join(f"- {lesson}" for lesson in rng.sample(texts.lessons, 2)),
        "themes": themes,
        "tags": rng.sample(texts.tags, rng.randint(2, 3)),
        "contact_name": person,
        "contact_email": f"{first}.{last.replace(' ', '-')}@exemple.org",
    }


def _feedback(
    rng: random.Random,
    rows: _Rows,
    practice: str,
    author: str | None,
    partners: list[str],
    when: datetime,
    now: datetime,
) -> None:
    others = [p for p in partners if p != author] + ([None] if author is not None else [])
    if not others:
        return

    def row(kind: str, **values: Any) -> dict[str, Any]:
        stamp = min(now, when + timedelta(days=rng.randint(1, 200)))
        return {
            "id": new_id(),
            "created_at": stamp,
            "updated_at": stamp,
            "deleted_at": None,
            "practice_id": practice,
            "kind": kind,
            "text": None,
            "outcome": None,
            "author_name": None,
        } | values

    for owner in rng.sample(others, min(len(others), rng.choice((0, 1, 1, 2, 3, 5)))):
        rows.add(PracticeFeedback, row(FeedbackKind.USEFUL.value), owner)
    for owner in rng.sample(others, min(len(others), rng.choice((0, 0, 1, 2)))):
        rows.add(
            PracticeFeedback,
            row(
                FeedbackKind.ADOPTED.value,
                text=rng.choice(voices.ADOPTION_NOTES),
                outcome=rng.choice([o.value for o in AdoptionOutcome]),
                author_name=rng.choice(voices.PEOPLE),
            ),
            owner,
        )
    for _ in range(rng.choice((0, 0, 1, 2))):
        rows.add(
            PracticeFeedback,
            row(
                FeedbackKind.COMMENT.value,
                text=rng.choice(voices.COMMENTS),
                author_name=rng.choice(voices.PEOPLE),
            ),
            rng.choice(others),
        )


def _stem(title: str) -> str:
    """The title without the town a draw may have added ("… à Millau", "… (Millau)")."""
    for town in t.VILLES:
        for ending in (f" à {town}", f" ({town})"):
            if title.endswith(ending):
                return title.removesuffix(ending)
    return title


def unique_title(rng: random.Random, title: str, taken: set[str]) -> str:
    """The title, or when another practice has it, the same told from another town; taken
    grows by the title given."""
    stem = _stem(title)
    towns = rng.sample(t.VILLES, len(t.VILLES))
    candidates = [title, *(f"{stem} à {town}" for town in towns), *(f"{stem} ({town})" for town in towns)]
    chosen = next((c for c in candidates if c not in taken), None)
    season = 2
    while chosen is None:  # every town used: a later season of the same practice
        candidate = f"{stem}, saison {season}"
        chosen, season = (candidate if candidate not in taken else None), season + 1
    taken.add(chosen)
    return chosen


def _practice(rng: random.Random, rows: _Rows, partners: list[str], now: datetime) -> None:
    owner = None if rng.random() < OUR_SHARE or not partners else rng.choice(partners)
    draft = owner is None and rng.random() < OUR_DRAFT_SHARE
    theme = rng.choice(list(t.THEMES))
    state = rng.getstate()
    content = _content(rng, theme)
    content["title"] = unique_title(rng, content["title"], rows.titles)
    practice_id = new_id()
    first = now - timedelta(days=rng.randint(30, 3 * 365), minutes=rng.randint(0, 1440))
    edits = 0 if draft else rng.choice((0, 0, 1, 1, 2))
    last = min(now, first + timedelta(days=40 * edits))
    rows.add(
        Practice,
        {
            "id": practice_id,
            "created_at": first,
            "updated_at": last,
            "deleted_at": None,
            "status": PracticeStatus.DRAFT.value if draft else PracticeStatus.PUBLISHED.value,
            "published_at": None if draft else last,
            **content,
        },
        owner,
    )
    if draft:
        return
    after = rng.getstate()
    for number in range(1, edits + 2):
        # Earlier versions: the same draw with fewer steps (the method grew with each edit).
        rng.setstate(state)
        version = _content(rng, theme, steps_cut=edits + 1 - number) if number <= edits else content
        version = version | {"title": content["title"]}  # the title the practice was given
        stamp = min(now, first + timedelta(days=40 * (number - 1)))
        rows.add(
            PracticeVersion,
            {
                "id": new_id(),
                "created_at": stamp,
                "updated_at": stamp,
                "deleted_at": None,
                "practice_id": practice_id,
                "number": number,
                "note": None if number == 1 else "Méthode complétée après une saison.",
                "published_at": stamp,
                **version,
            },
            owner,
        )
    rng.setstate(after)
    _feedback(rng, rows, practice_id, owner, partners, first, now)


def _write(session: Session, rows: dict[type, list[dict[str, Any]]]) -> None:
    for model, items in rows.items():
        for start in range(0, len(items), CHUNK):
            session.execute(insert(model).execution_options(render_nulls=True), items[start : start + CHUNK])


def generate_practices(
    session: Session, count: int = DEFAULT_COUNT, seed: int = DEFAULT_SEED, progress: Progress | None = None
) -> dict[str, int]:
    """Add `count` practices (and their versions and feedback) in the caller's transaction;
    returns the rows made per table."""
    if count <= 0:
        raise ValueError("count must be positive")
    existing = session.scalar(select(func.count()).select_from(Practice)) or 0
    rng = random.Random(f"{seed}:practices" if not existing else f"{seed}:practices+{existing}")
    rows, now = _Rows(), utcnow()
    rows.titles.update(session.scalars(select(Practice.title)))
    partners = _partners(session, rng, rows)
    for done in range(count):
        _practice(rng, rows, partners, now)
        if progress and done % 1000 == 0:
            progress(done, count)
    _write(session, rows.ours)
    remote = session.info.get(APPLYING_REMOTE)
    session.info[APPLYING_REMOTE] = True  # the partners' rows come "from the hub"
    try:
        _write(session, rows.theirs)
        _write(session, {SyncedRecord: rows.known})
    finally:
        session.info[APPLYING_REMOTE] = remote
    recount_adoptions(session, (row["record_id"] for row in rows.known if row["entity_type"] == FEEDBACK))
    refresh_practice_index(session)
    if progress:
        progress(count, count)
    return {
        model.__tablename__: len(rows.ours.get(model, [])) + len(rows.theirs.get(model, []))
        for model in (Practice, PracticeVersion, PracticeFeedback)
    }
