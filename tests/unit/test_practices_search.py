"""Searching the practices: French word forms, accents and case, ranking, snippets, filters,
orders, and an index that follows every writer."""

from __future__ import annotations

from sqlalchemy import text

from app.services.practices import feedback as fb
from app.services.practices import records as pr
from app.services.practices.search import (
    OURS_FILTER,
    PracticeQuery,
    SortOrder,
    count_practices,
    search_and_count,
    search_practices,
)
from app.services.practices.text import analyse, query_terms
from tests.unit.practice_helpers import OTHER, enrolled, fields, published, theirs


def _titles(db, query: str = "", **filters) -> list[str]:
    return [hit.title for hit in db.run(search_practices, PracticeQuery(text=query, **filters))]


def test_word_forms_accents_and_case_meet():
    assert analyse("Les Bénévoles") == analyse("bénévole") == "benevol"
    assert analyse("FORMATIONS") == analyse("formation")
    assert query_terms("benevoles ").fts() == '"benevol"'
    assert query_terms("bénév").fts() == '"benev"*'  # a word being typed is a prefix
    assert query_terms("le de la").empty  # only common words: nothing to look for
    assert query_terms("co").empty  # two letters still being typed: wait for a third


def test_search_finds_french_word_forms_whatever_the_accents(db):
    db.run(published, title="Recruter des bénévoles au forum", summary="Un stand et des missions claires.")
    db.run(
        published,
        title="Cycle de formations partagé",
        themes=["formation"],
        tags="",
        summary="Des ateliers courts le samedi.",
        context="",
        lessons="",
        method="Un calendrier commun.",
        results="",
        indicators=[],
    )
    assert _titles(db, "bénévole") == ["Recruter des bénévoles au forum"]
    assert _titles(db, "BENEVOLES") == ["Recruter des bénévoles au forum"]
    assert "Cycle de formations partagé" in _titles(db, "formation")
    assert "Cycle de formations partagé" in _titles(db, "Formations ")
    assert _titles(db, "atelier samedi") == ["Cycle de formations partagé"]
    assert _titles(db, "introuvable") == []


def test_a_title_match_ranks_above_a_passing_mention(db):
    db.run(
        published,
        title="Tenir la trésorerie à deux",
        summary="Un binôme pour les comptes.",
        method="La subvention arrive tard : prévoir une avance.",
        themes=["gouvernance"],
    )
    db.run(
        published,
        title="Monter un dossier de subvention",
        summary="Une subvention à trois associations.",
        themes=["financement"],
        tags="subvention",
    )
    hits = db.run(search_practices, PracticeQuery(text="subventions"))
    assert [hit.title for hit in hits] == ["Monter un dossier de subvention", "Tenir la trésorerie à deux"]


def test_snippets_highlight_the_matched_words_in_the_original_text(db):
    db.run(
        published,
        summary="Rien ici.",
        context="",
        method="## Étapes\n\n1. Former **les Bénévoles** aux premiers secours\n2. Faire un bilan",
    )
    [hit] = db.run(search_practices, PracticeQuery(text="benevole secours"))
    shown = [hit.snippet.text[a:b] for a, b in hit.snippet.spans]
    assert shown == ["Bénévoles", "secours"]
    assert "**" not in hit.snippet.text and "##" not in hit.snippet.text  # Markdown marks removed
    assert "<b>Bénévoles</b>" in hit.snippet.html()
    assert [hit.title[a:b] for a, b in hit.title_spans] == ["bénévoles"]


def test_long_texts_are_cut_around_the_match(db):
    filler = "Une phrase sans rapport avec la recherche. " * 30
    db.run(published, summary="Court résumé.", context=filler + "Le mécénat des commerçants. " + filler)
    [hit] = db.run(search_practices, PracticeQuery(text="mécénat"))
    assert hit.snippet.text.startswith("…") and hit.snippet.text.endswith("…")
    assert len(hit.snippet.text) < 260
    assert [hit.snippet.text[a:b] for a, b in hit.snippet.spans] == ["mécénat"]


def test_themes_and_tags_are_searched_and_filtered(db):
    first = db.run(published, title="A", themes=["numérique", "Jeunesse"], tags="tablettes")
    db.run(published, title="B", themes=["financement"], tags="")
    assert _titles(db, "tablette") == ["A"]
    assert _titles(db, "jeunesse") == ["A"]
    assert _titles(db, theme="numérique") == ["A"]
    assert _titles(db, "binôme", theme="financement") == ["B"]
    assert db.run(pr.all_themes)[-1] == "Jeunesse"  # a theme a user added joins the list
    assert db.run(lambda s: pr.load(s, first).themes) == ["numérique", "Jeunesse"]


def test_a_default_theme_keeps_its_spelling(db):
    practice = db.run(published, themes=["BENEVOLAT"])
    assert db.run(lambda s: pr.load(s, practice).themes) == ["bénévolat"]


def test_filters_by_status_author_and_adopted_by_us(db):
    db.run(enrolled)
    draft = db.run(pr.create_draft, fields(title="Brouillon sur les bénévoles"))
    ours = db.run(published, title="Notre pratique des bénévoles")
    other = db.run(theirs, title="Leur pratique des bénévoles")
    db.run(theirs, title="Une autre de leurs pratiques", indicators=[], themes=["financement"])
    db.run(fb.adopt, other, "Reprise à la rentrée")
    assert set(_titles(db, "bénévoles")) == {
        "Brouillon sur les bénévoles",
        "Notre pratique des bénévoles",
        "Leur pratique des bénévoles",
    }
    assert _titles(db, "bénévoles", status="draft") == ["Brouillon sur les bénévoles"]
    assert set(_titles(db, "bénévoles", author_id=OURS_FILTER)) == {
        "Brouillon sur les bénévoles",
        "Notre pratique des bénévoles",
    }
    assert _titles(db, "bénévoles", author_id=OTHER) == ["Leur pratique des bénévoles"]
    assert _titles(db, adopted_by_us=True) == ["Leur pratique des bénévoles"]
    assert db.run(count_practices, PracticeQuery(text="bénévoles", status="published")) == 2
    assert db.run(count_practices, PracticeQuery(text="bénévoles", author_id=OTHER)) == 1
    assert db.run(count_practices, PracticeQuery(author_id=OURS_FILTER)) == len(
        _titles(db, author_id=OURS_FILTER)
    )
    assert db.run(count_practices, PracticeQuery(adopted_by_us=True)) == 1
    [hit] = db.run(search_practices, PracticeQuery(author_id=OTHER, adopted_by_us=True))
    assert (hit.author_name, hit.ours, hit.adopted_by_us, hit.adoptions) == (
        "Comité des Fêtes",
        False,
        True,
        1,
    )
    mine = {h.id: h for h in db.run(search_practices, PracticeQuery(author_id=OURS_FILTER))}
    assert mine[ours].author_name == "Les Amis du Quartier" and mine[draft].status == "draft"


def test_a_page_counts_what_the_query_finds_whatever_the_page(db):
    """The header's total comes from the page's own statement for a typed, filtered relevance
    search: it must match `count_practices`, on every page and past the last one."""
    db.run(enrolled)
    for number in range(7):
        theme = "formation" if number % 2 else "culture"
        db.run(published, title=f"Bénévoles, fiche {number}", themes=[theme])
        db.run(theirs, title=f"Leurs bénévoles {number}", themes=["formation"])
    db.run(pr.create_draft, fields(title="Brouillon sur les bénévoles", themes=["formation"]))
    filters = [
        {"theme": "formation"},
        {"theme": "culture"},
        {"theme": "inconnu"},
        {"status": "draft"},
        {"author_id": OURS_FILTER, "theme": "formation"},
        {"author_id": OTHER},
        {},
    ]
    for sort in SortOrder:
        for wanted in filters:
            expected = db.run(count_practices, PracticeQuery(text="bénévoles", **wanted))
            seen: list[str] = []
            for offset in range(0, expected + 6, 3):
                query = PracticeQuery(text="bénévoles", sort=sort.value, limit=3, offset=offset, **wanted)
                hits, total = db.run(search_and_count, query)
                assert total == expected, (sort, wanted, offset)
                assert [h.id for h in hits] == [h.id for h in db.run(search_practices, query)]
                seen += [h.id for h in hits]
            assert len(seen) == len(set(seen)) == expected, (sort, wanted)
    assert db.run(count_practices, PracticeQuery(text="bénévoles", theme="formation")) == 11


def test_orders_by_date_and_by_adoptions(db):
    db.run(enrolled)
    old = db.run(theirs, title="Ancienne pratique")
    new = db.run(theirs, title="Nouvelle pratique")
    db.run(
        lambda s: s.execute(
            text("UPDATE practices SET published_at = '2020-01-01 00:00:00' WHERE id = :id"), {"id": old}
        )
    )
    assert [h.id for h in db.run(search_practices, PracticeQuery(sort=SortOrder.DATE.value))] == [new, old]
    db.run(fb.adopt, old)
    by_adoptions = db.run(search_practices, PracticeQuery(text="pratique", sort=SortOrder.ADOPTIONS.value))
    assert [(h.id, h.adoptions) for h in by_adoptions] == [(old, 1), (new, 0)]


def test_the_index_follows_edits_and_the_trash(db):
    practice = db.run(pr.create_draft, fields(title="Un local partagé"))
    assert _titles(db, "local") == ["Un local partagé"]
    db.run(pr.save_draft, practice, fields(title="Une salle commune"))
    assert _titles(db, "local") == [] and _titles(db, "salle") == ["Une salle commune"]
    db.run(pr.delete_practice, practice)
    assert _titles(db, "salle") == []


def test_rows_written_outside_the_services_are_indexed_before_the_next_search(db):
    # Another SQLite tool (or a bulk insert) writes a practice: the trigger queues it, and the
    # next search indexes it first.
    db.run(
        lambda s: s.execute(
            text(
                "INSERT INTO practices (id, status, title, summary, context, method, results,"
                " indicators_json, lessons, themes, tags, created_at, updated_at)"
                " VALUES ('01900000-0000-7000-8000-000000000001',"
                " 'published', 'Covoiturage des adhérents', '', '', '', '', '[]', '', '[]', '[]',"
                " '2026-01-01 00:00:00', '2026-01-01 00:00:00')"
            )
        )
    )
    assert _titles(db, "covoiturage") == ["Covoiturage des adhérents"]
    db.run(lambda s: s.execute(text("DELETE FROM practices")))
    assert _titles(db, "covoiturage") == []
