"""The numbers on paper lead back to the record, in the window: the number printed on a label
(or the label's whole QR text, as a scanner types it) finds the item in the catalogue's search,
and each loan, practice and agreement shows the short id the command line accepts, with a
button that copies it. Accents, case and plurals aside, the search finds practices and
contacts as the README promises."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtGui import QGuiApplication

from app.__main__ import main
from app.export import labels
from app.services.contacts import records as contacts
from app.services.contacts.fields import ContactFields
from app.services.equipment import records as eq
from app.services.equipment.records import EquipmentFields
from tests.ui.agreements_helpers import draft, open_agreements, open_detail
from tests.ui.conftest import wait_idle
from tests.ui.equipment_helpers import lent_out, names, next_month, open_equipment, projector, select_item
from tests.ui.practices_helpers import list_titles, open_in_reader, open_practices, published


def test_the_label_number_and_the_qr_text_find_the_item(qtbot, seeded, window):
    item = seeded.run(projector)
    seeded.run(lambda s: eq.create_equipment(s, EquipmentFields(name="Barnum 3 × 3 m")))
    view = open_equipment(qtbot, window)
    catalogue, model = view.catalogue, view.catalogue.model
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    [label] = [x for x in window.runner.database.run(labels.label_items) if x.equipment_id == item]
    catalogue.search.setText(labels.qr_text(label))  # what a scanner types
    qtbot.waitUntil(lambda: names(model) == ["Vidéoprojecteur"])
    catalogue.search.setText(f"n°{item[-8:].upper()}")  # read off the label, typed by hand
    qtbot.waitUntil(lambda: names(model) == ["Vidéoprojecteur"])
    catalogue.search.setText(f"n° {item[-8:-1]}0" if not item.endswith("0") else f"n° {item[-8:-1]}1")
    qtbot.waitUntil(lambda: names(model) == [])
    catalogue.search.clear()
    select_item(qtbot, window, view, item)
    number = catalogue.pane.number
    assert number.isVisibleTo(catalogue.pane) and number.label.text() == f"n° {item[-8:]}"
    number.copy_button.click()
    assert QGuiApplication.clipboard().text() == item[-8:]


def test_loans_practices_and_agreements_show_the_number_the_command_line_takes(
    qtbot, seeded, window, tmp_path, capsys
):
    item = seeded.run(projector)
    first = next_month(3)
    loan_id = seeded.run(lambda s: lent_out(s, item, first, first + timedelta(days=1)))
    practice_id = seeded.run(lambda s: published(s, title="Tenir la comptabilité à deux"))
    agreement_id = seeded.run(draft)

    view = open_equipment(qtbot, window)
    view.show_loans("own_use")
    loans = view.loans
    qtbot.waitUntil(lambda: loans.models["own_use"].rowCount() == 1)
    loans.tables["own_use"].selectRow(0)
    qtbot.waitUntil(lambda: loans.number.value != "")
    assert loans.number.label.text() == f"Prêt n° {loans.number.value}" and loan_id.endswith(
        loans.number.value
    )
    loans.number.copy_button.click()
    assert "copié" in window.statusBar().currentMessage()
    receipt = tmp_path / "bon.pdf"
    data_dir = str(window.paths.root)
    assert (
        main(["--data-dir", data_dir, "loan-receipt", QGuiApplication.clipboard().text(), str(receipt)]) == 0
    )
    assert receipt.read_bytes().startswith(b"%PDF")

    practices = open_practices(qtbot, window)
    reader = open_in_reader(qtbot, window, practices, practice_id)
    assert reader.number.value and practice_id.endswith(reader.number.value)
    sheet = tmp_path / "fiche.md"
    assert main(["--data-dir", data_dir, "export-practice", reader.number.value, str(sheet)]) == 0
    assert "comptabilité" in sheet.read_text(encoding="utf-8")

    agreements = open_agreements(qtbot, window)
    detail = open_detail(qtbot, window, agreements, agreement_id)
    assert detail.number.value and agreement_id.endswith(detail.number.value)
    pdf = tmp_path / "convention.pdf"
    assert main(["--data-dir", data_dir, "agreement-pdf", detail.number.value, str(pdf)]) == 0
    capsys.readouterr()


def test_search_without_accents_finds_practices_and_contacts(qtbot, seeded, window):
    accounts = seeded.run(lambda s: published(s, title="Tenir la comptabilité à deux"))
    privacy = seeded.run(lambda s: published(s, title="Protéger les données personnelles des adhérents"))
    seeded.run(
        lambda s: contacts.create_contact(s, ContactFields(kind="organisation", name="École des Écureuils"))
    )
    seeded.run(
        lambda s: contacts.create_contact(s, ContactFields(kind="organisation", name="Cœur de Village"))
    )
    view = open_practices(qtbot, window)
    library = view.library
    for typed, wanted in (
        ("comptabilite", accounts),
        ("COMPTABILITÉS", accounts),
        ("donnees personnelles", privacy),
    ):
        library.search.setText(typed)
        qtbot.waitUntil(lambda w=wanted: list_titles(view) == [w])
    window.open_section("contacts")
    contacts_view = window.section("contacts").view
    for typed, name in (("ecoles", "École des Écureuils"), ("coeur", "Cœur de Village")):
        contacts_view.search.setText(typed)
        qtbot.waitUntil(
            lambda n=name: (
                contacts_view.model.rowCount() == 1
                and contacts_view.model.data(contacts_view.model.index(0, 0)) == n
            )
        )
    wait_idle(qtbot, window)
