"""Drafts, publication, versions, their comparison and restore; only the author edits."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.errors import InvalidInput
from app.models import OutboxEntry, Practice, PracticeVersion, utcnow
from app.services.practices import records as pr
from app.services.practices import versions as pv
from app.services.practices.reader import open_practice
from tests.unit.practice_helpers import OTHER, as_theirs, enrolled, fields, published, theirs


def test_a_draft_keeps_what_was_typed_and_publishing_asks_for_the_essentials(db):
    practice = db.run(pr.create_draft, pr.PracticeFields(title="", summary="Idée à creuser"))
    db.run(pr.save_draft, practice, pr.PracticeFields(title="Covoiturage", summary="Idée à creuser"))
    with pytest.raises(InvalidInput) as refused:
        db.run(pr.publish, practice)
    assert set(refused.value.errors) == {"method"}
    assert db.run(pv.history, practice) == []


def test_bad_values_get_french_messages_per_field(db):
    data = fields(contact_email="claire-sans-arobase", indicators=[pr.IndicatorFields("", "beaucoup")])
    with pytest.raises(InvalidInput) as refused:
        db.run(pr.create_draft, data)
    assert refused.value.errors["contact_email"].startswith("Adresse e-mail invalide")
    assert refused.value.errors["indicators.1.value"] == "Indiquez un nombre, par exemple 12 ou 12,5."
    assert "indicators.1.label" in refused.value.errors


def test_indicators_keep_numbers(db):
    data = fields(
        indicators=[pr.IndicatorFields("Coût par participant", "", "€", "120", "37,5"), pr.IndicatorFields()]
    )  # an empty row left in the table
    practice = db.run(pr.create_draft, data)
    item = db.run(pr.load, practice)
    assert item.indicators == [
        {"label": "Coût par participant", "value": None, "unit": "€", "before": 120, "after": 37.5}
    ]
    assert db.run(lambda s: pr.fields_of(pr.load(s, practice))).indicators[0].after == "37,5"


def test_each_published_edit_is_a_version_and_a_diff_shows_it(db):
    practice = db.run(published)
    data = fields(summary="Un binôme pour chaque nouvel arrivant pendant ses trois premières missions.")
    second = db.run(pr.save_published, practice, data, "Précision du nombre de missions")
    assert db.run(pr.save_published, practice, data) is None  # nothing changed: no version
    versions = db.run(pv.history, practice)
    assert [(v.number, v.note) for v in versions] == [(2, "Précision du nombre de missions"), (1, "")]
    assert versions[0].id == second
    diff = db.run(pv.compare, versions[1].id, versions[0].id)
    [changed] = diff.changed
    assert changed.name == "summary" and changed.label == "Résumé"
    assert [(s.kind, s.text) for s in changed.segments if s.kind != "equal"] == [("insert", "trois ")]
    with pytest.raises(InvalidInput):
        db.run(pr.save_draft, practice, data)  # a published practice is not autosaved as a draft


def test_diff_of_long_texts_goes_line_then_word(db):
    old = "Étape un.\nÉtape deux avec le matériel.\nÉtape trois.\n"
    new = "Étape un.\nÉtape deux avec tout le matériel.\nÉtape quatre.\n"
    segments = pv.diff_text(old, new)
    assert "".join(s.text for s in segments if s.kind != "insert") == old
    assert "".join(s.text for s in segments if s.kind != "delete") == new
    assert ("insert", " tout") in [(s.kind, s.text) for s in segments]
    assert ("delete", "trois") in [(s.kind, s.text) for s in segments]


def test_restoring_a_version_is_a_new_version(db):
    practice = db.run(published)
    db.run(pr.save_published, practice, fields(title="Un titre moins bon", method="Une méthode abrégée."))
    first = db.run(pv.history, practice)[-1]
    third = db.run(pv.restore, first.id)
    item = db.run(pr.load, practice)
    assert (item.title, item.method) == (fields().title, fields().method)
    history = db.run(pv.history, practice)
    assert [v.number for v in history] == [3, 2, 1] and history[0].id == third
    assert history[0].note == "Restauration de la version 1"
    assert db.run(pv.compare, first.id, third).changed == []


def test_another_associations_practice_cannot_be_changed_here(db):
    db.run(enrolled)
    other = db.run(theirs, title="Leur pratique")
    db.run(
        lambda s: s.add(
            PracticeVersion(practice_id=other, number=1, published_at=utcnow(), **pr.load(s, other).content())
        )
    )
    version_id = db.run(lambda s: s.scalar(select(PracticeVersion.id)))
    for attempt in (
        lambda s: pr.save_published(s, other, fields(title="Piraté")),
        lambda s: pr.save_draft(s, other, fields(title="Piraté")),
        lambda s: pr.publish(s, other),
        lambda s: pr.delete_practice(s, other),
    ):
        with pytest.raises(InvalidInput) as refused:
            db.run(attempt)
        assert "autre association" in refused.value.errors["title"]
    db.run(as_theirs, version_id, "practice_version")
    with pytest.raises(InvalidInput):
        db.run(pv.restore, version_id)
    assert db.run(pr.load, other).title == "Leur pratique"
    view = db.run(open_practice, other)
    assert (view.ours, view.author_id, view.author_name) == (False, OTHER, "Comité des Fêtes")


def test_publication_travels_with_the_right_audience(db):
    practice = db.run(pr.create_draft, fields())
    assert db.run(lambda s: s.get(Practice, practice).audience()) == ("private", [])
    version = db.run(pr.publish, practice)
    assert db.run(lambda s: s.get(Practice, practice).audience()) == ("network", [])
    assert db.run(lambda s: s.get(PracticeVersion, version).audience()) == ("network", [])
    pending = db.run(lambda s: {e.record_id: e.entity_type for e in s.scalars(select(OutboxEntry))})
    assert pending == {practice: "practice", version: "practice_version"}
