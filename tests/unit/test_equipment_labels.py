"""Equipment labels: which items, their QR codes read back by a scanner, full sheets, and the
`entraide labels` command."""

from __future__ import annotations

import subprocess

import pytest

from app.__main__ import main
from app.export import labels as label_sheet
from app.models import SyncedRecord
from app.services.equipment.records import CatalogueFilter, EquipmentFields, catalogue, create_equipment
from tests.unit.loan_document_helpers import (
    PARTNER,
    PROJECTOR,
    enrol,
    fonts_of,
    has,
    pages_of,
    run,
    text_of,
)

# --- labels --------------------------------------------------------------------------------


def test_labels_ours_or_all_with_owner_names(db):
    def stock(session) -> str:
        enrol(session)
        create_equipment(session, PROJECTOR)
        theirs = create_equipment(session, EquipmentFields(name="Barnum 3×6 m", category="Événementiel"))
        session.add(SyncedRecord(record_id=theirs, entity_type="equipment", owner_id=PARTNER))
        return theirs

    theirs = db.run(stock)
    with db.session_factory() as session:
        ours = label_sheet.label_items(session)
        everything = label_sheet.label_items(session, everything=True)
    assert [(item.name, item.owner_name) for item in ours] == [
        ("Vidéoprojecteur Epson", "Les Jardins du Faubourg")
    ]
    assert [(item.name, item.owner_name) for item in everything] == [
        ("Barnum 3×6 m", "Théâtre « L'Étincelle »"),
        ("Vidéoprojecteur Epson", "Les Jardins du Faubourg"),
    ]
    text = text_of(label_sheet.render_labels(everything))
    for expected in (
        "Barnum 3×6 m",
        "Événementiel",
        "Théâtre « L'Étincelle »",
        "Vidéoprojecteur",
        "Audiovisuel",
        "Les Jardins du Faubourg",
        f"n° {theirs[-8:]}",
    ):
        assert has(text, expected), expected


def test_a_qr_code_holds_exactly_the_equipment_id():
    equipment_id = "0190a000-1234-7000-8000-00000000abcd"
    drawing = label_sheet.qr_drawing(equipment_id, 80)
    [widget] = drawing.contents
    assert widget.value == equipment_id
    assert (drawing.width, drawing.height, widget.barWidth, widget.barHeight) == (80, 80, 80, 80)


def test_labels_fill_sheets_of_24_and_long_names_are_cut(tmp_path):
    items = [
        label_sheet.Label(
            f"0190a000-0000-7000-8000-{i:012d}", f"Chaise pliante n° {i}", None, "Notre association"
        )
        for i in range(25)
    ]
    items[0] = label_sheet.Label(items[0].equipment_id, "Sonorisation portable " * 8, "Son", "Nous")
    pdf = label_sheet.render_labels(items, outline=True)
    assert pages_of(pdf) == 2
    text = text_of(pdf)
    assert has(text, "Chaise pliante n° 24") and has(text, "…")
    assert all("DejaVuSans" in font or "Vera" in font for font in fonts_of(pdf))


def test_printed_qr_codes_say_what_the_item_is_and_lead_back_to_it(db, tmp_path):
    """A phone camera shows the QR text as it is: it must read as a sentence, and the same text,
    scanned into the catalogue's search (a scanner types it) or its number typed by hand, must
    find that item and no other."""
    db.run(enrol)
    ids = [
        db.run(create_equipment, EquipmentFields(name=name)) for name in ("Table pliante", "Barnum 3 × 3 m")
    ]
    with db.session_factory() as session:
        pdf = label_sheet.render_labels(label_sheet.label_items(session))
    (tmp_path / "etiquettes.pdf").write_bytes(pdf)
    # pdftoppm and zbarimg come with the project's test tools (scripts/ensure-test-tools.sh).
    subprocess.run(
        ["pdftoppm", "-png", "-r", "150", str(tmp_path / "etiquettes.pdf"), str(tmp_path / "page")],
        check=True,
    )
    found = subprocess.run(
        ["zbarimg", "-q", "--raw", str(tmp_path / "page-1.png")], capture_output=True, text=True, check=False
    ).stdout.splitlines()
    assert sorted(found) == sorted(
        [
            f"Entraide · Barnum 3 × 3 m · Les Jardins du Faubourg · n° {ids[1][-8:]}",
            f"Entraide · Table pliante · Les Jardins du Faubourg · n° {ids[0][-8:]}",
        ]
    )

    def search(text: str) -> list[str]:
        return [row.id for row in db.run(lambda s: catalogue(s, CatalogueFilter(text=text)))]

    for decoded in found:
        [item] = search(decoded)
        assert decoded.endswith(item[-8:])
    barnum = ids[1]
    for typed in (
        barnum[-8:],
        f"N°{barnum[-8:].upper()}",
        f"no {barnum[-8:]}",
        barnum,
        f" {barnum.upper()} ",
    ):
        assert search(typed) == [barnum], typed
    assert search(f"n° {barnum[-8:-1]}x") == []  # a number mistyped finds nothing, not everything


def test_labels_command(db, tmp_path, capsys, store):
    target = tmp_path / "etiquettes.pdf"
    code, err = run(capsys, "labels", str(target), *store)
    assert code == 1
    assert err == [
        "entraide : aucun matériel à étiqueter : ajoutez d'abord du matériel dans la section "
        "Matériel et prêts, ou utilisez --all."
    ]
    db.run(create_equipment, PROJECTOR)
    code, err = run(capsys, "labels", str(target), "--outlines", *store)
    assert (code, err) == (0, [f"1 étiquette sur 1 planche A4 de 24 (70 × 37 mm) écrite dans {target}"])
    assert "Notre association" in text_of(target.read_bytes())
    code, _err = run(capsys, "labels", str(target), "--all", *store)
    assert code == 0
    with pytest.raises(SystemExit):
        main(["labels", str(target), "--all", "--ours", *store])


def test_a_qr_code_of_any_length_is_drawn():
    """reportlab left the 8 bits of the UTF-8 marker out when it chose the code's size: a name of
    the wrong length (here 22 letters after "Barnum ") stopped the whole sheet."""
    for length in range(1, 80):
        label = label_sheet.Label(
            "0190a000-0000-7000-8000-000000000001", "Barnum " + "x" * length, None, "Les Jardins du Faubourg"
        )
        [widget] = label_sheet.qr_drawing(label_sheet.qr_text(label), 80).contents
        widget.draw()  # encodes: raised "code length overflow" for some lengths
        assert widget.qr.version >= 1
