"""The library's orders and filters (app/services/practices/search.py reads indexes and walks the
date order): on a demo library, every order with and without a theme gives exactly the page
that sorting all the matches by hand gives, counts and bm25 included."""

from __future__ import annotations

import json

import pytest

from app.db import Database, open_database
from app.demo.practices import generate_practices
from app.paths import DataPaths
from app.services.practices.records import all_themes
from app.services.practices.search import PracticeQuery, SortOrder, count_practices, search_practices
from app.services.practices.text import query_terms
from app.text import fold

QUERIES = ["for", "bénévoles", "reseau", "pres", "comptab", "atelier par", "jardin"]


@pytest.fixture(scope="module")
def library(tmp_path_factory) -> Database:
    database = open_database(DataPaths(tmp_path_factory.mktemp("library") / "store"))
    database.run(generate_practices, 400)
    yield database
    database.close()


def _by_hand(session, text: str, theme: str | None, sort: str) -> list[tuple]:
    """Every match with what the orders need, computed row by row in Python."""
    run = session.connection().exec_driver_sql
    ranks = dict(
        run(
            "SELECT m.practice_id, practice_fts.rank FROM practice_fts JOIN practice_search_map m "
            "ON m.docid = practice_fts.rowid WHERE practice_fts MATCH ?",
            (query_terms(text).fts(),),
        ).all()
    )
    owner = dict(run("SELECT record_id, owner_id FROM sync_records").all())
    adopters: dict[str, set] = {}
    for practice_id, feedback_id in run(
        "SELECT practice_id, id FROM practice_feedback WHERE kind = 'adopted' AND deleted_at IS NULL"
    ):
        adopters.setdefault(practice_id, set()).add(owner.get(feedback_id) or "ours")
    rows = []
    for practice_id, published, updated, rowid, themes in run(
        "SELECT id, published_at, updated_at, rowid, themes FROM practices WHERE deleted_at IS NULL"
    ):
        if practice_id in ranks and (theme is None or theme in json.loads(themes)):
            date = published or updated
            rows.append((practice_id, ranks[practice_id], len(adopters.get(practice_id, ())), date, rowid))
    keys = {
        SortOrder.RELEVANCE.value: lambda r: (r[1], _desc(r[3]), -r[4]),
        SortOrder.DATE.value: lambda r: (_desc(r[3]), -r[4]),
        SortOrder.ADOPTIONS.value: lambda r: (-r[2], _desc(r[3]), -r[4]),
    }
    return sorted(rows, key=keys[sort])


def _desc(value: str) -> tuple[int, ...]:
    return tuple(-ord(ch) for ch in value)


@pytest.mark.parametrize("sort", [order.value for order in SortOrder])
@pytest.mark.parametrize("theme", [None, "formation"])
def test_each_order_and_filter_gives_the_page_sorting_by_hand_gives(library, sort, theme):
    with library.session_factory() as session:
        checked = 0
        for text in QUERIES:
            expected = _by_hand(session, text, theme, sort)
            for offset in (0, 20):
                wanted = PracticeQuery(text=text, theme=theme, sort=sort, limit=20, offset=offset)
                hits = search_practices(session, wanted)
                page = expected[offset : offset + 20]
                if sort == SortOrder.RELEVANCE.value and theme is None:
                    # Picked inside FTS5, which orders equal ranks its own way: the same ranks.
                    rank = {row[0]: row[1] for row in expected}
                    assert [rank[hit.id] for hit in hits] == pytest.approx([row[1] for row in page])
                    checked += len(hits)
                    continue
                assert [hit.id for hit in hits] == [row[0] for row in page], (text, offset)
                assert [hit.adoptions for hit in hits] == [row[2] for row in page]
                if sort != SortOrder.RELEVANCE.value:  # the rank is given when another order is shown
                    assert [hit.rank for hit in hits] == pytest.approx([row[1] for row in page])
                checked += len(hits)
        assert checked > 100


@pytest.mark.parametrize("theme", [None, "formation"])
def test_the_lists_header_counts_what_the_orders_page_through(library, theme):
    """count_practices (read from ix_practices_pick, owners only for a filter on them) against
    the matches found by hand, and with nothing typed against every live practice."""
    with library.session_factory() as session:
        for text in QUERIES:
            expected = _by_hand(session, text, theme, SortOrder.DATE.value)
            assert count_practices(session, PracticeQuery(text=text, theme=theme)) == len(expected), text
        live = [
            json.loads(themes)
            for (themes,) in session.connection().exec_driver_sql(
                "SELECT themes FROM practices WHERE deleted_at IS NULL"
            )
        ]
        found = count_practices(session, PracticeQuery(theme=theme))
        assert found == len([t for t in live if theme is None or theme in t]) > 0
        used = {value for values in live for value in values}
        themes = all_themes(session)
        assert {fold(value) for value in used} <= {fold(value) for value in themes}
        assert len(themes) == len({fold(value) for value in themes})


@pytest.fixture
def changed_library(tmp_path) -> Database:
    """A small library changed behind the index's back (as a pull writes): practices deleted,
    themes that a substring test alone would confuse ("formations", "in formation"), a theme
    with accents and one with a quote (written escaped in the JSON text)."""
    database = open_database(DataPaths(tmp_path / "store"))
    database.run(generate_practices, 120)
    with database.session_factory() as session:
        run = session.connection().exec_driver_sql
        ids = [practice_id for (practice_id,) in run("SELECT id FROM practices ORDER BY rowid")]
        run("UPDATE practices SET deleted_at = updated_at WHERE id IN (?, ?, ?)", tuple(ids[:3]))
        odd = [["formations"], ["in formation"], ["éducation"], ['les "pros"'], ["formation", "éducation"]]
        for practice_id, themes in zip(ids[3:], odd * 4, strict=False):
            run("UPDATE practices SET themes = ? WHERE id = ?", (json.dumps(themes), practice_id))
        session.commit()
    yield database
    database.close()


@pytest.mark.parametrize("theme", [None, "formation", "éducation", 'les "pros"', "in formation"])
def test_the_count_and_pages_follow_changes_made_behind_the_index(changed_library, theme):
    """The header count first (before any page indexes the changes): the count without a filter
    reads the index's map alone, a plain theme is tested on the JSON text before json_each."""
    with changed_library.session_factory() as session:
        for text in ["for", "pres", "atelier"]:
            found = count_practices(session, PracticeQuery(text=text, theme=theme))
            expected = _by_hand(session, text, theme, SortOrder.DATE.value)
            assert found == len(expected), text
            for sort in (SortOrder.DATE.value, SortOrder.ADOPTIONS.value):
                hits = search_practices(session, PracticeQuery(text=text, theme=theme, sort=sort, limit=500))
                assert [hit.id for hit in hits] == [row[0] for row in _by_hand(session, text, theme, sort)]
        if theme is not None:
            assert count_practices(session, PracticeQuery(theme=theme)) > 0
