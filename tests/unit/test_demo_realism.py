"""What a visitor notices in the demo: agreements whose engagements fit their subject, loans
whose purpose fits the season of their dates, practices that never share a title, capacities
written as a treasurer would. A real demo in a real migrated store."""

from __future__ import annotations

import random
from collections import Counter
from datetime import date

import pytest
from sqlalchemy import select

from app.db import Database
from app.demo import words as d
from app.demo.agreements import SUBJECTS
from app.demo.generator import generate_demo
from app.demo.practices import generate_practices, unique_title
from app.demo.seasons import SEASONAL, purpose_for, purposes_for
from app.models import Agreement, Practice, Reservation
from app.services.agreements.content import content_of


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Database:
    from app.db import open_database
    from app.paths import DataPaths

    database = open_database(DataPaths(tmp_path_factory.mktemp("demo")))
    with database.session_factory.begin() as session:
        generate_demo(session, 600, practices=400)
    yield database
    database.close()


def test_each_agreement_has_the_engagements_of_its_subject(demo):
    with demo.session_factory() as session:
        records = list(session.scalars(select(Agreement).where(Agreement.kind == "agreement")))
    assert len(records) == 6
    seen: set[tuple[str, ...]] = set()
    for record in records:
        content = content_of(record)
        subject = SUBJECTS[content.title]
        assert content.purpose == subject.purpose and content.context == subject.context
        for party in content.parties:
            assert party.commitments == subject.commitments[party.key], (content.title, party.key)
        engagements = tuple(line for party in content.parties for line in party.commitments)
        assert engagements not in seen, content.title  # no two agreements promise the same
        seen.add(engagements)
        assert "deux associations" not in content.context.lower()


def test_capacities_are_written_for_the_person_and_the_kind(demo):
    with demo.session_factory() as session:
        parties = [p for r in session.scalars(select(Agreement)) for p in content_of(r).parties]
    roles = Counter(p.signatory_role for p in parties)
    assert "Président·e" not in roles and all(roles)
    for party in parties:
        first = party.signatory_name.split(" ")[0]
        if party.kind == "association" and party.signatory_role in ("présidente", "président"):
            feminine = first in d.WOMEN_FIRST_NAMES or (first == "Camille")
            assert party.signatory_role == ("présidente" if feminine else "président"), party
        if party.name.startswith("Mairie"):
            assert party.signatory_role == "maire"


def test_loans_purposes_fit_the_season_of_their_dates(demo):
    with demo.session_factory() as session:
        rows = list(session.execute(select(Reservation.start_date, Reservation.purpose)))
    assert len(rows) > 50
    for start, purpose in rows:
        assert purpose in purposes_for(start), (start, purpose)
    december = {purpose for start, purpose in rows if start.month == 12}
    assert "Fête de la musique" not in december
    assert purposes_for(date(2026, 12, 10)).count("Marché de Noël") == 1
    assert "Fête de la musique" not in purposes_for(date(2026, 12, 10))
    assert "Fête de la musique" in purposes_for(date(2026, 6, 21))
    rng = random.Random(3)
    june = Counter(purpose_for(rng, date(2026, 6, 20)) for _ in range(400))
    assert june["Fête de la musique"] > 0 and not set(june) - set(purposes_for(date(2026, 6, 1)))
    assert all(months and set(months) <= set(range(1, 13)) for months in SEASONAL.values())


def test_no_two_practices_share_a_title(demo):
    with demo.session_factory() as session:
        titles = list(session.scalars(select(Practice.title)))
    assert len(titles) == 400
    assert len(set(titles)) == len(titles), Counter(titles).most_common(3)


def test_more_practices_added_later_keep_titles_unique(db):
    with db.session_factory.begin() as session:
        generate_practices(session, 300, seed=1)
        generate_practices(session, 300, seed=2)
    with db.session_factory() as session:
        titles = list(session.scalars(select(Practice.title)))
    assert len(titles) == len(set(titles)) == 600


def test_a_title_taken_is_told_from_another_town_then_another_season():
    taken: set[str] = set()
    rng = random.Random(1)
    made = [unique_title(rng, "Un planning partagé", taken) for _ in range(100)]
    assert len(set(made)) == 100 and made[0] == "Un planning partagé"
    assert any(" à " in title for title in made) and any(", saison " in title for title in made)
