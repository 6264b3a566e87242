"""Numbers people read off paper or copy from the window (app/services/record_ids.py): the id a
text holds, the short id that names one record alone, and an ambiguous piece reported as such,
with its candidates, by the command line."""

from __future__ import annotations

import pytest

from app.__main__ import main
from app.errors import Ambiguous, NotFound
from app.models import Practice
from app.services.practices import records as pr
from app.services.record_ids import find_record_id, piece_in, short_id
from tests.unit.practice_helpers import fields

TWINS = ("01a20e03-75fc-7441-8000-0000aabbccdd", "01a20e04-0000-7441-8000-1111aabbccdd")


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("Entraide · Barnum 3 × 3 m · Les Jardins · n° 3f3ec9de", "3f3ec9de"),
        ("N°3F3EC9DE", "3f3ec9de"),
        ("no 3f3ec9de", "3f3ec9de"),
        ("numéro : 3f3ec9de", "3f3ec9de"),
        ("3f3ec9de", "3f3ec9de"),
        (" 01A20E03-75FC-7441-8000-0000AABBCCDD ", "01a20e03-75fc-7441-8000-0000aabbccdd"),
        ("barnum", None),
        ("deadbeef", None),  # hexadecimal letters only: a word, not a number
        ("3f3ec9", None),  # too short to name anything
        ("Tables n° 12", None),
        ("Entraide - Barnum 3x3 m - Les Jardins - n 3f3ec9de", "3f3ec9de"),  # a QR text typed by hand
        ("barnum 3F3EC9DE", "3f3ec9de"),
    ],
)
def test_the_id_a_text_holds(text, piece):
    assert piece_in(text) == piece


def _twins(session) -> None:
    for record_id, title in zip(TWINS, ("Tenir la caisse à deux", "Un planning partagé"), strict=True):
        practice_id = pr.create_draft(session, fields(title=title))
        session.get(Practice, practice_id).id = record_id
    session.flush()


def test_a_piece_two_records_share_is_ambiguous_and_the_short_id_grows(db):
    db.run(_twins)
    with pytest.raises(Ambiguous) as caught:
        db.run(find_record_id, Practice, "aabbccdd")
    assert [record_id for record_id, _what in caught.value.candidates] == list(TWINS)
    assert [what for _id, what in caught.value.candidates] == [
        "Tenir la caisse à deux",
        "Un planning partagé",
    ]
    assert db.run(short_id, Practice, TWINS[0]) == TWINS[0][-10:]  # 8 characters are not enough
    assert db.run(find_record_id, Practice, db.run(short_id, Practice, TWINS[0])) == TWINS[0]
    with pytest.raises(NotFound):
        db.run(find_record_id, Practice, "99999999")


def test_the_command_line_names_the_candidates(db, data_paths, tmp_path, capsys):
    db.run(_twins)
    code = main(["--data-dir", str(data_paths.root), "export-practice", "aabbccdd", str(tmp_path / "f.md")])
    err = capsys.readouterr().err.splitlines()
    assert code == 1
    assert err[0] == (
        "entraide : « aabbccdd » désigne plusieurs fiches ; donnez plus de caractères de l'identifiant :"
    )
    assert err[1:] == [f"  {TWINS[0]}  Tenir la caisse à deux", f"  {TWINS[1]}  Un planning partagé"]
    assert not (tmp_path / "f.md").exists()


def test_a_word_that_only_looks_like_a_number_is_searched_as_a_word(db):
    from app.services.equipment.records import CatalogueFilter, EquipmentFields, catalogue, create_equipment

    router = db.run(create_equipment, EquipmentFields(name="Routeur A4B3C2D1"))
    db.run(create_equipment, EquipmentFields(name="Relevé 20261206"))
    for typed in ("a4b3c2d1", "routeur A4B3C2D1"):
        assert [row.id for row in db.run(lambda s, t=typed: catalogue(s, CatalogueFilter(text=t)))] == [
            router
        ]
    assert [row.name for row in db.run(lambda s: catalogue(s, CatalogueFilter(text="20261206")))] == [
        "Relevé 20261206"
    ]
