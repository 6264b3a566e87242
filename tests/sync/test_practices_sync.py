"""A practice through the real hub: a draft stays on its association's laptop; once published,
another association finds it offline, reads it, marks it useful, comments, adopts it and asks
for mentoring; the author sees all of it, and later versions reach the reader."""

from __future__ import annotations

import pytest

from app.errors import InvalidInput
from app.models import Organisation
from app.services.practices import feedback as fb
from app.services.practices import mentoring
from app.services.practices import records as pr
from app.services.practices import versions as pv
from app.services.practices.reader import open_practice
from app.services.practices.search import PracticeQuery, count_practices, search_practices
from app.sync.engine import status

DRAFT = pr.PracticeFields(
    title="Accueillir les nouveaux bénévoles avec un binôme",
    summary="Chaque nouvel arrivant fait ses trois premières missions avec un bénévole expérimenté.",
    context="Les nouveaux bénévoles ne revenaient pas après leur première permanence.",
    method="### Étapes\n\n1. Choisir des tuteurs volontaires\n2. Prévoir trois missions courtes",
    results="Huit nouveaux sur dix sont restés après six mois.",
    indicators=[pr.IndicatorFields("Bénévoles actifs", "", "personnes", "12", "28")],
    lessons="Le tuteur doit avoir choisi de l'être.",
    themes=["bénévolat", "formation"],
    tags="accueil, tutorat",
    contact_name="Claire Martin",
    contact_email="claire@amis-quartier.fr",
)


def _queued(session) -> int:
    return session.connection().exec_driver_sql("SELECT count(*) FROM practice_fts_queue").scalar()


def _found(laptop, text: str) -> list[str]:
    return [hit.id for hit in laptop.run(search_practices, PracticeQuery(text=text))]


def test_from_draft_to_adoption_across_two_associations(laptops):
    author, reader = laptops("Les Amis du Quartier"), laptops("Comité des Fêtes")
    practice = author.run(pr.create_draft, DRAFT)
    author.sync()
    reader.sync()
    assert _found(reader, "bénévoles") == []  # a draft never leaves its association
    assert reader.run(count_practices, PracticeQuery()) == 0

    author.run(pr.publish, practice, "Première publication")
    author.sync()
    reader.sync()
    assert reader.run(_queued) == 0  # the pull indexed what it inserted, in its own transaction
    [hit] = reader.run(search_practices, PracticeQuery(text="benevole"))  # accents and word forms aside
    assert (hit.id, hit.author_name, hit.ours) == (practice, "Les Amis du Quartier", False)
    assert [hit.snippet.text[a:b] for a, b in hit.snippet.spans] == ["bénévole"]
    assert _found(reader, "tutorat") == [practice]
    view = reader.run(open_practice, practice)
    assert (view.title, view.author_name, view.ours, view.published) == (
        DRAFT.title,
        "Les Amis du Quartier",
        False,
        True,
    )
    assert view.indicators[0]["after"] == 28 and [v.number for v in view.versions] == [1]
    with pytest.raises(InvalidInput):  # only the author edits
        reader.run(pr.save_published, practice, DRAFT)

    reader.run(fb.set_useful, practice)
    reader.run(fb.add_comment, practice, "Merci ! Combien de tuteurs au départ ?", "Marc Petit")
    reader.run(fb.adopt, practice, "Lancé à la rentrée avec deux tuteurs.", "en_cours", "Marc Petit")
    asked = reader.run(mentoring.request_mentoring, practice, "Pourriez-vous nous accompagner ?")
    assert reader.run(lambda s: s.get(Organisation, asked.contact_id).tags) == "mentorat"
    reader.sync()
    assert reader.run(status)["pending"] == 0

    author.sync()
    view = author.run(open_practice, practice)
    assert (view.ours, view.useful_count, view.adoption_count) == (True, 1, 1)
    assert [(c.text, c.association_name) for c in view.comments] == [
        ("Merci ! Combien de tuteurs au départ ?", "Comité des Fêtes")
    ]
    assert [(a.outcome, a.association_name) for a in view.adoptions] == [("en_cours", "Comité des Fêtes")]
    assert [m.association_name for m in view.mentoring_requests] == ["Comité des Fêtes"]
    assert author.run(mentoring.follow_up_requests) == 1  # noted on the Comité's contact, once
    [hit] = author.run(search_practices, PracticeQuery(text="binôme"))
    assert hit.adoptions == 1 and hit.useful == 1

    # The adoption is edited in place; a published edit reaches the reader as version 2.
    reader.run(fb.adopt, practice, "Tenu toute l'année.", "reussie")
    reader.sync()
    edited = pr.PracticeFields(
        **{
            **DRAFT.as_dict(),
            "indicators": DRAFT.indicators,
            "summary": DRAFT.summary + " Un référent suit les binômes.",
        }
    )
    author.run(pr.save_published, practice, edited, "Ajout du référent")
    author.sync()
    reader.sync()
    assert reader.run(_queued) == 0
    versions = reader.run(pv.history, practice)
    assert [(v.number, v.note) for v in versions] == [(2, "Ajout du référent"), (1, "Première publication")]
    diff = reader.run(pv.compare, versions[1].id, versions[0].id)
    assert [f.name for f in diff.changed] == ["summary"]
    assert _found(reader, "référent") == [practice]  # the pulled edit is indexed
    with pytest.raises(InvalidInput):  # and only the author restores
        reader.run(pv.restore, versions[1].id)
    view = author.run(open_practice, practice)
    assert (view.adoption_count, view.adoptions[0].outcome) == (1, "reussie")
