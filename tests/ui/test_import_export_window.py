"""Import through the window: preview, refused rows by line number, nothing before confirming."""

from __future__ import annotations

from app.services.contacts import records as contacts
from app.services.contacts import search
from tests.ui.conftest import wait_idle

CSV = (
    "Prénom;Nom;Courriel;Téléphone;Association;Fonction\r\n"
    "Hélène;Lefèvre;helene@exemple.fr;06 12 34 56 78;Les Amis du Parc;Trésorière\r\n"
    "Marc;Dubois;marc-sans-arobase;;;\r\n"
    "Zoé;Martin;zoe@exemple.fr;12;;\r\n"
    "Paul;Roux;paul@exemple.fr;;Les Amis du Parc;Président\r\n"
)


def test_import_shows_bad_rows_and_writes_only_after_confirmation(qtbot, tmp_path, window):
    source = tmp_path / "adherents.csv"
    source.write_bytes(CSV.encode("cp1252"))  # as French Excel saves it
    window.section("contacts").transfer.prepare_import(str(source))
    qtbot.waitUntil(lambda: getattr(window.section("contacts").transfer, "last_dialog", None) is not None)
    dialog = window.section("contacts").transfer.last_dialog
    problems = dialog.problems.toPlainText()
    assert "ligne 3" in problems and "E-mail" in problems
    assert "ligne 4" in problems and "Téléphone" in problems
    assert "2 ligne(s) prête(s) à importer, 2 refusée(s)" in dialog.summary.text()
    assert dialog.import_button.text() == "Importer 2 contact(s)"
    wait_idle(qtbot, window)
    assert window.runner.database.run(contacts.count_contacts) == 0  # nothing yet
    dialog.accept()
    view = window.section("contacts").view
    qtbot.waitUntil(lambda: view.model.rowCount() == 3 and not view.model.loading)
    wait_idle(qtbot, window)
    db = window.runner.database
    # The organisation was created once, and holds both roles.
    [org] = [r for r in db.run(search.search_contacts, "amis parc") if r.kind == "organisation"]
    treasurers = db.run(contacts.holders, org.id, "tresorier")
    assert [t.person_name for t in treasurers] == ["Hélène Lefèvre"]
    assert window.statusBar().currentMessage() == (
        "Import terminé : 2 personne(s) et 1 organisation(s) créée(s)."
    )


def test_cancelling_the_import_changes_nothing(qtbot, tmp_path, window):
    source = tmp_path / "liste.csv"
    source.write_text(CSV, encoding="utf-8-sig")
    window.section("contacts").transfer.prepare_import(str(source))
    qtbot.waitUntil(lambda: getattr(window.section("contacts").transfer, "last_dialog", None) is not None)
    window.section("contacts").transfer.last_dialog.reject()
    wait_idle(qtbot, window)
    assert window.runner.database.run(contacts.count_contacts) == 0


def test_changing_a_column_mapping_checks_the_rows_again(qtbot, tmp_path, window):
    source = tmp_path / "liste.csv"
    source.write_text(CSV, encoding="utf-8")
    window.section("contacts").transfer.prepare_import(str(source))
    qtbot.waitUntil(lambda: getattr(window.section("contacts").transfer, "last_dialog", None) is not None)
    dialog = window.section("contacts").transfer.last_dialog
    email_combo = dialog.combos[2]
    email_combo.setCurrentIndex(0)  # ignore the e-mail column: Marc's row becomes valid
    qtbot.waitUntil(lambda: "3 ligne(s) prête(s)" in dialog.summary.text())
    dialog.reject()


def test_export_writes_a_csv_for_french_excel(qtbot, tmp_path, seeded, window):
    from app.services.contacts.fields import ContactFields

    seeded.run(contacts.create_contact, ContactFields(kind="person", first_name="Léa", last_name="Noël"))
    target = tmp_path / "export.csv"
    window.section("contacts").transfer.export_to(str(target))
    qtbot.waitUntil(lambda: target.exists())
    wait_idle(qtbot, window)
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and "Léa;Noël".encode() in data
    assert "1 contact(s) exporté(s)" in window.statusBar().currentMessage()
