"""The network's feedback: useful once per association, comments, adoptions (once, editable),
counts of distinct associations, and mentoring requests followed up in the contacts."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.errors import InvalidInput
from app.models import FeedbackKind, Organisation, PracticeFeedback
from app.services.practices import feedback as fb
from app.services.practices import mentoring
from app.services.practices.reader import open_practice
from tests.unit.practice_helpers import ME, OTHER, as_theirs, enrolled, published, theirs

THIRD = "00000000-0000-7000-8000-00000000000c"


def test_useful_counts_once_per_association_and_can_be_taken_back(db):
    db.run(enrolled)
    practice = db.run(theirs)
    db.run(fb.set_useful, practice)
    db.run(fb.set_useful, practice)  # a second click changes nothing
    assert db.run(fb.counts, [practice])[practice].useful == 1
    assert db.run(open_practice, practice).useful_by_us
    db.run(fb.set_useful, practice, False)
    assert db.run(fb.counts, [practice])[practice].useful == 0


def test_marks_from_two_laptops_of_one_association_count_once(db):
    db.run(enrolled)
    practice = db.run(theirs)
    marks = [
        db.run(lambda s: s.add(PracticeFeedback(practice_id=practice, kind="useful")) or None)
        for _ in range(3)
    ]
    assert marks == [None] * 3
    ids = db.run(lambda s: list(s.scalars(select(PracticeFeedback.id))))
    db.run(as_theirs, ids[0], "practice_feedback", THIRD)
    db.run(as_theirs, ids[1], "practice_feedback", THIRD)  # the same association, another laptop
    assert db.run(fb.counts, [practice])[practice].useful == 2  # THIRD and us


def test_adoption_once_per_association_and_editable(db):
    db.run(enrolled)
    practice = db.run(theirs)
    first = db.run(fb.adopt, practice, "Lancée à la rentrée", "en_cours", "Marc Petit")
    again = db.run(fb.adopt, practice, "Tenue toute l'année", "reussie")
    assert first == again
    view = db.run(open_practice, practice)
    assert view.adoption_count == 1
    assert (view.our_adoption.text, view.our_adoption.outcome, view.our_adoption.author_name) == (
        "Tenue toute l'année",
        "reussie",
        "Marc Petit",
    )
    with pytest.raises(InvalidInput) as refused:
        db.run(fb.adopt, practice, "", "on verra")
    assert refused.value.errors["outcome"] == "Choisissez où en est l'adoption."
    db.run(fb.withdraw_adoption, practice)
    assert db.run(open_practice, practice).adoption_count == 0


def test_an_association_does_not_mark_or_adopt_its_own_practice(db):
    practice = db.run(published)
    for attempt in (fb.set_useful, fb.adopt, mentoring.request_mentoring):
        with pytest.raises(InvalidInput):
            db.run(attempt, practice)


def test_comments_need_text_and_only_ours_can_be_removed(db):
    db.run(enrolled)
    practice = db.run(theirs)
    with pytest.raises(InvalidInput) as refused:
        db.run(fb.add_comment, practice, "   ")
    assert refused.value.errors["text"] == "Écrivez votre commentaire."
    mine = db.run(fb.add_comment, practice, "Merci, très clair !", "Léa")
    theirs_comment = db.run(fb.add_comment, practice, "Avez-vous un modèle ?")
    db.run(as_theirs, theirs_comment, "practice_feedback")
    with pytest.raises(InvalidInput):
        db.run(fb.delete_feedback, theirs_comment)
    view = db.run(open_practice, practice)
    assert [(c.text, c.association_name, c.ours) for c in view.comments] == [
        ("Merci, très clair !", "Les Amis du Quartier", True),
        ("Avez-vous un modèle ?", "Comité des Fêtes", False),
    ]
    db.run(fb.delete_feedback, mine)
    assert len(db.run(open_practice, practice).comments) == 1


def test_asking_for_mentoring_follows_up_in_our_contacts(db):
    db.run(enrolled)
    practice = db.run(theirs, title="Un local partagé")
    request = db.run(mentoring.request_mentoring, practice, "Pourriez-vous nous accompagner ?", "Léa")
    organisation = db.run(lambda s: s.get(Organisation, request.contact_id))
    assert (organisation.display_name, organisation.rna, organisation.tags) == (
        "Comité des Fêtes",
        "W751234567",
        "mentorat",
    )
    line = "Mentorat demandé pour la pratique « Un local partagé » (contact : Claire Martin)"
    assert line in organisation.notes
    again = db.run(mentoring.request_mentoring, practice)  # the same organisation, one tag
    assert again.contact_id == request.contact_id
    assert db.run(lambda s: s.get(Organisation, request.contact_id).tags) == "mentorat"
    view = db.run(open_practice, practice)
    assert view.mentoring_asked_by_us and len(view.mentoring_requests) == 2


def test_the_author_side_notes_mentoring_requests_once(db):
    db.run(enrolled)
    practice = db.run(published, title="Notre pratique")
    request = db.run(
        lambda s: s.add(
            PracticeFeedback(
                practice_id=practice,
                kind=FeedbackKind.MENTORING.value,
                text="Un coup de main ?",
                author_name="Marc",
            )
        )
    )
    assert request is None
    request_id = db.run(lambda s: s.scalar(select(PracticeFeedback.id)))
    db.run(as_theirs, request_id, "practice_feedback")  # it came from the Comité des Fêtes
    assert db.run(mentoring.follow_up_requests) == 1
    assert db.run(mentoring.follow_up_requests) == 0
    [organisation] = db.run(lambda s: list(s.scalars(select(Organisation))))
    assert organisation.display_name == "Comité des Fêtes" and organisation.tags == "mentorat"
    assert "Demande de mentorat reçue (Marc) pour la pratique « Notre pratique » : Un coup de main ?" in (
        organisation.notes
    )
    assert ME != OTHER
