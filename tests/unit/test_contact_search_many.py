"""Queries that match thousands of contacts come in the list's order, and few matches of a query
with a common word come names first (search_walk.py): on a real demo store, paging through them
gives exactly the contacts the index matches, each once, and queries of rare words still come
ranked, as before."""

from __future__ import annotations

import random
import re

import pytest

from app.db import Database, open_database
from app.demo.generator import generate_demo
from app.paths import DataPaths
from app.services.contacts import search
from app.services.contacts.search import fts_query, search_contacts
from app.services.contacts.search_terms import shared_prefix, typed_words
from app.services.contacts.search_walk import _name_holds, list_prefix
from app.text import fold

SIZE = 6000
PAGE = 101  # the list asks for a page and one row more
MANY = 300  # the threshold at this store's scale (2,000 at 100,000 contacts): the walk is taken often


@pytest.fixture(autouse=True)
def _threshold(monkeypatch):
    monkeypatch.setattr(search, "MANY", MANY)
    monkeypatch.setattr(search, "SAMPLE", SIZE)  # holders counted, not estimated (tested below)


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Database:
    database = open_database(DataPaths(tmp_path_factory.mktemp("many") / "store"))
    with database.session_factory.begin() as session:
        generate_demo(session, SIZE, equipment=0, practices=0)
    yield database
    database.close()


def _matches(session, query: str, kind: str | None = None, to_check: bool = False) -> list[str]:
    """Every contact the index matches, best first: what the search found before."""
    sql = (
        "SELECT m.contact_id FROM contact_fts JOIN contact_search_map m ON m.docid = contact_fts.rowid "
        "JOIN contacts c ON c.id = m.contact_id WHERE contact_fts MATCH ? AND (? IS NULL OR c.kind = ?) "
        "AND (NOT ? OR c.phone_to_check IS NOT NULL) ORDER BY contact_fts.rank"
    )
    match = fts_query(query)
    rows = session.connection().exec_driver_sql(sql, (match, kind, kind, to_check))
    return [contact_id for (contact_id,) in rows]


def _all_pages(session, query: str, **filters) -> list[list[str]]:
    pages: list[list[str]] = []
    while True:
        offset = sum(len(page) for page in pages)
        page = [row.id for row in search_contacts(session, query, limit=PAGE, offset=offset, **filters)]
        if not page:
            return pages
        pages.append(page)


def _rows(session, pages: list[list[str]]) -> list[str]:
    """The display names of the contacts found, in the order found."""
    names = dict(session.connection().exec_driver_sql("SELECT id, display_name FROM contacts").all())
    return [names[contact_id] for page in pages for contact_id in page]


def _starts_a_word(name: str, word: str) -> bool:
    return any(token.startswith(fold(shared_prefix(word))) for token in re.findall(r"\w+", fold(name)))


def _queries(session) -> list[str]:
    """What people type, drawn from the store (in the order the demo wrote it: ids are UUIDv7,
    whose random part would draw other names each run): names and organisations from two letters, first
    name and initial, a tag, a phone's start, an e-mail's start."""
    run = session.connection().exec_driver_sql
    rng = random.Random(7)
    last = [r[0] for r in run("SELECT last_name FROM contacts WHERE last_name IS NOT NULL ORDER BY rowid")]
    orgs = [r[0] for r in run("SELECT display_name FROM contacts WHERE kind = 'organisation' ORDER BY rowid")]
    people = list(
        run("SELECT first_name, last_name FROM contacts WHERE first_name IS NOT NULL ORDER BY rowid")
    )
    queries = ["de", "La", "ma", "Le", "Mar", "jeu", "06", "07 1", "bén", "solid", "gmail"]
    queries += ["La C", "Maison d"]
    queries += [name[:length] for name in rng.sample(last, 8) for length in (2, 3, 5)]
    queries += [" ".join(org.split()[:2])[:length] for org in rng.sample(orgs, 5) for length in (2, 4, 9)]
    queries += [f"{first} {last[:1]}" for first, last in rng.sample(people, 5)]
    return queries


def _holders(session, words) -> int:
    """How many contacts hold each short word, added up (what bm25 counts before ranking)."""
    return sum(len(_matches(session, word)) for word in words if len(word) <= search.SHORT)


def _common(session, words, found: int) -> bool:
    return _holders(session, words) >= max(MANY, search.COMMONER * found)


def test_paging_through_many_matches_gives_each_match_once(demo):
    with demo.session_factory() as session:
        many = few = 0
        for query in _queries(session):
            expected = _matches(session, query)
            pages = _all_pages(session, query)
            found = [contact_id for page in pages for contact_id in page]
            assert sorted(found) == sorted(expected), query
            assert len(found) == len(set(found)), query
            assert all(len(page) == PAGE for page in pages[:-1]), query
            words = typed_words(query)
            if len(expected) >= MANY:
                many += 1
            elif len(words) > 1 and _common(session, words, len(expected)):
                few += 1  # a common word: the names holding every word first
                holds = [all(_starts_a_word(row, word) for word in words) for row in _rows(session, pages)]
                assert holds == sorted(holds, reverse=True), query
            else:  # rare words: ranked as before, in the same order
                assert found == expected, query
        assert many >= 8 and few >= 4  # every way was really taken, not only the ranking


def test_many_matches_start_with_the_list_names_that_begin_with_the_text(demo):
    with demo.session_factory() as session:
        assert len(_matches(session, "ma")) >= MANY
        rows = search_contacts(session, "Ma", limit=100)
        keys = [(row.sort_key, row.id) for row in rows]
        assert len(rows) == 100
        assert keys == sorted(keys)
        assert all(row.sort_key.startswith("ma") for row in rows)
        # A phone's start has no list name: the matches come in the index's order.
        phones = search_contacts(session, "06", limit=50)
        assert len(phones) == 50 and all(row.phone and row.phone.startswith("+336") for row in phones)


@pytest.mark.parametrize(("kind", "to_check"), [("person", False), ("organisation", False), (None, True)])
def test_filters_keep_the_same_matches(demo, kind, to_check):
    with demo.session_factory() as session:
        for query in ("de", "La", "06", "ma", "La C", "Maison d"):
            expected = _matches(session, query, kind, to_check)
            found = [i for page in _all_pages(session, query, kind=kind, to_check=to_check) for i in page]
            assert sorted(found) == sorted(expected), query
            assert len(found) == len(set(found))


def test_only_plain_letters_are_checked_without_the_index():
    assert list_prefix("Dupont j", ["Dupont", "j"]) == ("dupont j", "dupont k", ["dupont", "j"])
    assert list_prefix("Écoles", ["Écoles"]) == ("ecoles", "ecolet", ["ecole"])
    # Letters the index folds otherwise than app.text.fold: the index decides.
    assert list_prefix("Straße", ["Straße"]) is None
    assert list_prefix("cœur", ["cœur"]) is None
    assert list_prefix("06 12", []) is None
    assert _name_holds("Léa Dupont-Aignan", ["aig", "lea"])
    assert not _name_holds("Léa Dupont", ["aig"])
    assert not _name_holds("Anna Straße", ["strass"])


def test_names_first_only_when_the_short_words_are_held_commoner_times_as_often(demo, monkeypatch):
    """At the boundary: holders exactly `COMMONER` times the matches go names first, one holder
    fewer than that is ranked by bm25, as a query of rare words."""
    with demo.session_factory() as session:
        run = session.connection().exec_driver_sql
        people = run("SELECT first_name, last_name FROM contacts WHERE first_name IS NOT NULL ORDER BY rowid")
        for first, last in people:
            query = f"{fold(first)} {fold(last)[:1]}"
            words, expected = typed_words(query), _matches(session, query)
            holders = _holders(session, words)
            if len(expected) > 1 and holders >= MANY and holders // len(expected) * len(expected) == holders:
                break
        else:
            pytest.fail("no query of the demo store falls exactly on the boundary")
        monkeypatch.setattr(search, "COMMONER", holders // len(expected))
        assert search.names_first(run, words, len(expected))
        found = [row.display_name for row in search_contacts(session, query, limit=len(expected))]
        holds = [all(_starts_a_word(name, word) for word in words) for name in found]
        assert holds == sorted(holds, reverse=True)
        assert sorted(r.id for r in search_contacts(session, query, limit=PAGE)) == sorted(expected)
        monkeypatch.setattr(search, "COMMONER", holders // len(expected) + 1)
        assert not search.names_first(run, words, len(expected))
        assert [row.id for row in search_contacts(session, query, limit=PAGE)] == expected


@pytest.mark.parametrize("word", ["l", "d", "ma", "de", "jea", "b"])
def test_a_short_words_holders_are_estimated_from_the_newest_entries(demo, monkeypatch, word):
    """A quarter of the store sampled gives the holders within a fifth; a store no larger than
    the sample is counted whole."""
    with demo.session_factory() as session:
        run = session.connection().exec_driver_sql
        exact, match = len(_matches(session, word)), fts_query(word)
        assert search.holders(run, match) == exact
        monkeypatch.setattr(search, "SAMPLE", SIZE // 4)
        assert abs(search.holders(run, match) - exact) <= exact / 5


def test_a_small_store_with_old_docids_gone_is_counted_whole(tmp_path):
    """Contacts deleted for good leave their docids unused: 2,000 left under a newest docid of
    12,000 are still counted exactly (scaling by the docids would give 4,800)."""
    add_map = "INSERT INTO contact_search_map(docid, contact_id) VALUES (?, ?)"
    add_row = "INSERT INTO contact_fts(rowid, name) VALUES (?, ?)"
    database = open_database(DataPaths(tmp_path / "store"))
    try:
        with database.session_factory.begin() as session:
            run = session.connection().exec_driver_sql
            for docid in range(10_002, 12_001):
                run(add_map, (docid, f"c{docid}"))
                run(add_row, (docid, "Jeanne Martin"))
            run(add_map, (1, "oldest"))
            run(add_row, (1, "Paul"))
            assert search.holders(run, fts_query("je")) == 1999
    finally:
        database.close()
