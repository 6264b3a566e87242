"""A practice exported as Markdown comes back the same when imported as a draft."""

from __future__ import annotations

import pytest

from app.errors import InvalidInput
from app.services.practices import records as pr
from app.services.practices.markdown import export_markdown, from_markdown, import_markdown, to_markdown
from tests.unit.practice_helpers import fields, published


def test_round_trip_through_a_file(db, tmp_path):
    data = fields(
        method="Voici la méthode.\n\n### Étapes\n\n1. Réunir le bureau\n2. Écrire la *charte*\n\n"
        "> Une citation\n\n- une liste\n- avec | une barre",
        indicators=[
            pr.IndicatorFields("Coût | par personne", "", "€", "120", "37,5"),
            pr.IndicatorFields("Adhérents", "214", "personnes"),
        ],
        themes=["partenariats", "Jeunesse"],
        tags="local, convention",
        lessons="- un\n- deux",
    )
    practice = db.run(published, **data.as_dict() | {"indicators": data.indicators})
    text = db.run(export_markdown, practice)
    assert text.startswith("# Accueillir les nouveaux bénévoles\n")
    assert "| Coût \\| par personne |  | 120 | 37,5 | € |" in text
    path = tmp_path / "fiche.md"
    path.write_text(text, encoding="utf-8")
    draft = db.run(import_markdown, path)
    imported, original = (db.run(lambda s, i=i: pr.fields_of(pr.load(s, i))) for i in (draft, practice))
    assert imported == original
    assert db.run(pr.load, draft).status == "draft"


def test_a_minimal_file_and_a_hand_written_one(tmp_path):
    assert from_markdown("# Titre seul\n").title == "Titre seul"
    data = from_markdown(
        "# Repas solidaire\n\nUn résumé\nsur deux lignes.\n\n## Méthode\n\nCuisiner.\n"
        "## Autre partie\n\nReste dans la méthode.\n\n## Enseignements\n\nPrévoir large.\n"
    )
    assert data.summary == "Un résumé\nsur deux lignes."
    assert data.method == "Cuisiner.\n## Autre partie\n\nReste dans la méthode."
    assert data.lessons == "Prévoir large."
    assert to_markdown(pr.PracticeFields(title="Vide")) == "# Vide\n"


def test_a_file_that_is_not_a_practice_is_refused_in_french(db, tmp_path):
    empty = tmp_path / "vide.md"
    empty.write_text("\n\n", encoding="utf-8")
    with pytest.raises(InvalidInput) as refused:
        db.run(import_markdown, empty)
    assert "ne contient pas de fiche" in refused.value.errors["file"]
    with pytest.raises(InvalidInput) as missing:
        db.run(import_markdown, tmp_path / "absent.md")
    assert str(missing.value.errors["file"]).startswith("Impossible de lire le fichier")
    untitled = tmp_path / "repas_solidaire.md"
    untitled.write_bytes("## Méthode\n\nCuisiner à plusieurs.\n".encode("cp1252"))
    draft = db.run(import_markdown, untitled)
    assert db.run(pr.load, draft).title == "repas solidaire"
