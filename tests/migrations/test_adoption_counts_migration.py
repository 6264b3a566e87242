"""A store of revision 0017 with adoptions (several associations, two of one, ours unsynced)
gets its kept adoption counts from migration 0019, equal to their definition, and they follow
changes after it; going back down to 0017 leaves the practices as they were."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from app.db import alembic_config, make_engine, open_database
from tests.unit.adoption_checks import check_adoptions

_PRACTICE = (
    "INSERT INTO practices (id, status, title, summary, context, method, results, indicators_json,"
    " lessons, themes, tags, created_at, updated_at, published_at) VALUES (:id, 'published', :title,"
    " 'Un atelier pour tous.', '', '', '', '[]', '', '[]', '[]', '2026-01-01 00:00:00',"
    " '2026-01-01 00:00:00', :published)"
)
_ADOPTION = (
    "INSERT INTO practice_feedback (id, practice_id, kind, created_at, updated_at)"
    " VALUES (:id, :practice, 'adopted', '2026-02-01 00:00:00', '2026-02-01 00:00:00')"
)
_OWNER = (
    "INSERT INTO sync_records (record_id, entity_type, version, owner_id, parties)"
    " VALUES (:id, 'practice_feedback', 1, :owner, '[]')"
)
# practice -> the owners of its adoptions (None: ours, never synced)
ADOPTIONS = {"p1": ["b", "b", "c"], "p2": [None, "me"], "p3": ["c"], "p4": []}


def test_upgrade_counts_the_adoptions_a_store_already_has(data_paths):
    data_paths.ensure()
    engine = make_engine(data_paths.database)
    config = alembic_config(engine)
    command.upgrade(config, "0017")
    with engine.begin() as conn:
        conn.execute(text("UPDATE sync_state SET association_id = 'me' WHERE id = 1"))
        for number, (practice, owners) in enumerate(ADOPTIONS.items()):
            title = f"Atelier {number}"
            conn.execute(
                text(_PRACTICE), {"id": practice, "title": title, "published": f"2026-01-0{number + 1}"}
            )
            for index, owner in enumerate(owners):
                feedback = f"{practice}-{index}"
                conn.execute(text(_ADOPTION), {"id": feedback, "practice": practice})
                if owner:
                    conn.execute(text(_OWNER), {"id": feedback, "owner": owner})
    engine.dispose()

    database = open_database(data_paths)
    try:
        counts = database.run(check_adoptions, ("", "atelier"))
        assert counts == {"p1": 2, "p2": 1, "p3": 1, "p4": 0}
        database.run(
            lambda s: s.execute(
                text("UPDATE practice_feedback SET deleted_at = updated_at WHERE id = 'p1-2'")
            )
        )
        assert database.run(check_adoptions, ("", "atelier"))["p1"] == 1
    finally:
        database.close()

    engine = make_engine(data_paths.database)
    command.downgrade(alembic_config(engine), "0017")
    with engine.begin() as conn:
        columns = [row[1] for row in conn.execute(text("PRAGMA table_info(practices)"))]
        triggers = conn.execute(
            text("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%adopt%'")
        )
        assert "adoptions" not in columns and triggers.all() == []
        assert conn.execute(text("SELECT count(*) FROM practices")).scalar() == 4
    engine.dispose()
