"""What the README promises of the search: a word typed without its accents, in any case, in the
singular or the plural, finds the same records as the word typed properly. Checked for every
word of the demo practices and contacts and for a list of common French words with accents,
whole (followed by a space) and being typed (no space after it)."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from app.db import Database
from app.demo.practices import generate_practices
from app.models import Contact
from app.services.contacts.fields import ContactFields
from app.services.contacts.records import create_contact
from app.services.contacts.search import search_contacts
from app.services.practices import records as pr
from app.services.practices.search import PracticeQuery, count_practices, search_practices
from app.services.practices.text import STOP_WORDS, analyse, query_terms
from app.text import fold
from tests.unit.practice_helpers import fields

# Common French words with accents (and œ), of the kind an association writes.
COMMON = """
activité adhérent adhérents année assemblée bénévolat bénévole câble caméra cœur comité
comptabilité créé création crêpe décision délégué dépense données échéance école élève
élu égalité énergie équipe équipement été étudiant événement expérience fête forêt frère
généralité gérer intérêt lycée matériel mère musée nécessaire numérique œuvre opéré
périscolaire personnelles prêt priorité propriété quartier réalité récépissé règle
réunion santé secrétaire sécurité société sœur solidarité subvention théâtre trésorerie
trésorier vérité zèle âge âgé bâtiment connaître entraîner fenêtre hôpital hôtel île
maître noël naïf maïs où
"""
_WORD = re.compile(r"[^\W\d_]+")


def plural(word: str) -> str:
    """The regular French plural of a word (what a user types for "several")."""
    if word[-1:] in ("s", "x", "z"):
        return word
    if word.endswith(("eau", "eu")):
        return word + "x"
    if word.endswith("al") and len(word) > 3:
        return word[:-2] + "aux"
    return word + "s"


def variants(word: str) -> list[str]:
    return [word, fold(word), word.upper(), word.capitalize(), plural(word), fold(plural(word)).upper()]


def vocabulary(texts: list[str]) -> list[str]:
    words = {word.lower() for text in texts for word in _WORD.findall(text)}
    return sorted(word for word in words if len(word) >= 3 and fold(word) not in STOP_WORDS)


@pytest.fixture(scope="module")
def practices_db(tmp_path_factory) -> Database:
    from app.db import open_database
    from app.paths import DataPaths

    database = open_database(DataPaths(tmp_path_factory.mktemp("vocabulaire")))
    database.run(generate_practices, 200, 3)
    for start in range(0, len(COMMON.split()), 12):  # the common words, a dozen per practice
        words = " ".join(COMMON.split()[start : start + 12])
        database.run(lambda s, w=words: pr.create_draft(s, fields(title=f"Mots : {w}", summary=w)))
    yield database
    database.close()


def demo_vocabulary() -> list[str]:
    """Every word the demo practices are written with (app/demo/practice_texts.py)."""
    from dataclasses import astuple

    from app.demo import practice_texts as t

    def strings(value) -> list[str]:
        if isinstance(value, str):
            return [value]
        if isinstance(value, tuple | list):
            return [text for item in value for text in strings(item)]
        return []

    texts = [*t.PUBLICS, *t.VILLES, *t.THEMES]
    for theme in t.THEMES.values():
        texts += strings(astuple(theme))
    return vocabulary(texts)


def _practice_texts(database: Database) -> list[str]:
    from app.models import Practice
    from app.services.practices.text import plain_text

    columns = (
        Practice.title,
        Practice.summary,
        Practice.context,
        Practice.method,
        Practice.results,
        Practice.lessons,
        Practice.themes,
        Practice.tags,
    )
    rows = database.run(lambda s: s.execute(select(*columns)).all())
    return [
        " ".join([title, summary, context, plain_text(method), results, lessons, *themes, *tags])
        for title, summary, context, method, results, lessons, themes, tags in rows
    ]


def test_every_form_of_every_word_asks_the_same_question(practices_db):
    words = sorted({*demo_vocabulary(), *vocabulary([COMMON])})
    assert len(words) > 700  # the whole vocabulary was gathered
    for word in words:
        for ending in (" ", ""):  # a whole word, and a word being typed
            asked = {query_terms(form + ending) for form in variants(word)}
            assert len(asked) == 1, (word, ending, asked)
        assert analyse(fold(word)) == analyse(word) == analyse(plural(word)), word


def test_every_word_typed_without_accents_finds_what_holds_it(practices_db):
    texts = _practice_texts(practices_db)
    words = sorted({*demo_vocabulary(), *vocabulary([COMMON])})
    folded_texts = [set(analyse(text).split()) for text in texts]
    for word in words:
        holding = sum(analyse(word) in stems for stems in folded_texts)
        typed = fold(word)
        found = practices_db.run(count_practices, PracticeQuery(text=typed + " "))
        assert found >= holding > 0 or holding == 0, word
        assert found == practices_db.run(count_practices, PracticeQuery(text=word + " ")), word


def test_the_issue_s_words(practices_db):
    for proper, typed in (("comptabilité", "comptabilite"), ("données personnelles", "donnees personnelles")):
        with_accents = {h.id for h in practices_db.run(search_practices, PracticeQuery(text=proper))}
        assert with_accents
        assert {h.id for h in practices_db.run(search_practices, PracticeQuery(text=typed))} == with_accents


# --- contacts --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def contacts_db(tmp_path_factory) -> Database:
    from app.db import open_database
    from app.demo.generator import generate_demo
    from app.paths import DataPaths

    database = open_database(DataPaths(tmp_path_factory.mktemp("contacts")))
    database.run(lambda s: generate_demo(s, 300, equipment=0, practices=0))
    for start in range(0, len(COMMON.split()), 6):
        words = COMMON.split()[start : start + 6]
        database.run(
            lambda s, w=words: create_contact(
                s,
                ContactFields(kind="organisation", name=" ".join(w[:3]).capitalize(), tags=", ".join(w[3:])),
            )
        )
    yield database
    database.close()


def _found(database: Database, typed: str) -> list[str]:
    return [row.id for row in database.run(lambda s: search_contacts(s, typed, limit=100_000))]


def test_contacts_are_found_by_any_form_of_their_words(contacts_db):
    texts = contacts_db.run(
        lambda s: [f"{c.display_name} {c.tags or ''}" for c in s.scalars(select(Contact))]
    )
    words = vocabulary([*texts, COMMON])
    assert len(words) > 300
    for word in words:
        for ending in (" ", ""):
            expected = _found(contacts_db, word + ending)
            assert expected, word
            for form in variants(word)[1:]:
                assert _found(contacts_db, form + ending) == expected, (word, form)


def test_coeur_finds_cœur_and_the_other_way(contacts_db):
    with_ligature = _found(contacts_db, "cœur")
    assert with_ligature and _found(contacts_db, "coeur") == with_ligature == _found(contacts_db, "COEURS")
