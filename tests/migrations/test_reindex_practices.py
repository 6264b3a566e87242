"""A store whose practices were indexed by the old analysis (stemmed before the accents were
folded) finds them by an accent-free word once migration 0013 has indexed them again."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from app.db import alembic_config, make_engine, open_database
from app.services.practices.search import PracticeQuery, search_practices

_PRACTICE = (
    "INSERT INTO practices (id, status, title, summary, context, method, results, indicators_json,"
    " lessons, themes, tags, created_at, updated_at) VALUES ('p1', 'published',"
    " 'Tenir la comptabilité à deux', 'Un binôme pour les données personnelles.', '', '', '', '[]', '',"
    " '[]', '[]', '2026-01-01 00:00:00', '2026-01-01 00:00:00')"
)


def test_practices_indexed_the_old_way_are_indexed_again(data_paths):
    data_paths.ensure()
    engine = make_engine(data_paths.database)
    command.upgrade(alembic_config(engine), "0007")
    with engine.begin() as conn:
        conn.execute(text(_PRACTICE))
        # What the old analysis wrote: "comptabilité" cut to "comptabl", "données" to "don".
        conn.execute(text("INSERT INTO practice_search_map(practice_id) VALUES ('p1')"))
        conn.execute(
            text(
                "INSERT INTO practice_fts(rowid, title, summary, body, lessons, topics) "
                "SELECT docid, 'ten comptabl deux', 'binôm don personnel', '', '', '' "
                "FROM practice_search_map"
            )
        )
        conn.execute(text("DELETE FROM practice_fts_queue"))
        stale = conn.execute(text("SELECT rowid FROM practice_fts WHERE practice_fts MATCH 'comptabilit*'"))
        assert stale.all() == []  # the issue: nothing found without the accent
    engine.dispose()

    database = open_database(data_paths)
    try:
        for typed in ("comptabilite", "comptabilité", "COMPTABILITES ", "donnees personnelles"):
            found = database.run(search_practices, PracticeQuery(text=typed))
            assert [hit.id for hit in found] == ["p1"], typed
    finally:
        database.close()
