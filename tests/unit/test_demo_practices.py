"""The demo practices: deterministic for a seed, across the themes, searchable, and the
partners' records marked as theirs (nothing of theirs waits in the outbox)."""

from __future__ import annotations

from sqlalchemy import func, select

from app.db import open_database
from app.demo.practices import generate_practices
from app.models import OutboxEntry, Practice, PracticeFeedback, PracticeVersion, SyncedRecord
from app.paths import DataPaths
from app.services.practices.search import PracticeQuery, count_practices, search_practices


def _summary(db) -> list[tuple]:
    return db.run(
        lambda s: list(
            s.execute(
                select(Practice.title, Practice.status, Practice.themes).order_by(
                    Practice.title, Practice.summary
                )
            )
        )
    )


def test_same_seed_same_practices(tmp_path, data_paths):
    first, second = open_database(data_paths), open_database(DataPaths(tmp_path / "autre"))
    try:
        counts = first.run(generate_practices, 60, 7)
        assert second.run(generate_practices, 60, 7) == counts
        assert _summary(first) == _summary(second)
    finally:
        first.close()
        second.close()


def test_demo_practices_are_varied_searchable_and_owned(db):
    counts = db.run(generate_practices, 120)
    assert counts["practices"] == 120 and counts["practice_versions"] >= 90
    themes = db.run(lambda s: {t for themes in s.scalars(select(Practice.themes)) for t in themes})
    assert {"bénévolat", "financement", "numérique", "gouvernance"} <= themes
    assert db.run(count_practices, PracticeQuery(text="bénévole")) > 5
    hits = db.run(search_practices, PracticeQuery(text="subvention", limit=5))
    assert hits and all(hit.snippet.text for hit in hits)
    pending = db.run(lambda s: set(s.scalars(select(OutboxEntry.record_id))))
    theirs = db.run(lambda s: set(s.scalars(select(SyncedRecord.record_id))))
    assert theirs and not pending & theirs
    drafts = db.run(lambda s: s.scalar(select(func.count()).where(Practice.status == "draft")))
    assert drafts and db.run(lambda s: s.scalar(select(func.count()).select_from(PracticeFeedback)))
    versions = db.run(lambda s: s.scalar(select(func.count()).select_from(PracticeVersion)))
    assert versions >= counts["practices"] - drafts  # every published practice has one
