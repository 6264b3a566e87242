"""Import through the window, driven with pytest-qt: the preview writes nothing, the mapping and
the duplicate policy change what will happen, progress and Cancel, saved mappings, and the
contacts list's filter for the phones to check."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.services.contacts import records as contacts
from app.services.contacts import search
from app.services.contacts.fields import ContactFields
from app.services.contacts.transfer import profiles
from app.ui.shared.locale_format import show_count
from tests.ui.conftest import wait_idle

CSV = (
    "Prénom;Nom;Courriel;Téléphone;Association;Fonction\r\n"
    "Hélène;Lefèvre;helene@exemple.fr;06 12 34 56 78;Les Amis du Parc;Trésorière\r\n"
    "Marc;Dubois;marc-sans-arobase;;;\r\n"
    "Zoé;Martin;zoe@exemple.fr;12;Les Amis du Parc;Coordinatrice\r\n"
    ";;anne@exemple.fr;;;\r\n"
    "Paul;Roux;paul@exemple.fr;;Les Amis du Parc;Président\r\n"
)


def open_dialog(qtbot, window, path):
    window.section("contacts").transfer.last_dialog = None
    window.section("contacts").transfer.prepare_import(str(path))
    # The file is read in the background first: as long as the next wait, on a loaded machine too.
    qtbot.waitUntil(lambda: window.section("contacts").transfer.last_dialog is not None, timeout=30_000)
    dialog = window.section("contacts").transfer.last_dialog
    qtbot.waitUntil(lambda: dialog.job is None and dialog.summary.text() != "", timeout=30_000)
    return dialog


def problems_of(dialog) -> list[str]:
    return [dialog.problems.item(i).text() for i in range(dialog.problems.count())]


def test_preview_writes_nothing_then_the_import_does(qtbot, tmp_path, window):
    source = tmp_path / "adherents.csv"
    source.write_bytes(CSV.encode("cp1252"))  # as French Excel saves it
    dialog = open_dialog(qtbot, window, source)
    assert dialog.summary.text() == (
        "5 lignes lues : 4 personnes et 1 organisation à créer, 0 déjà présent, 1 ligne refusée."
    )  # four people and the association they name
    assert problems_of(dialog) == [
        "Ligne 5 : ni nom ni organisation : la ligne ne peut pas devenir un contact",
        "Ligne 3 : e-mail illisible (il faut un « @ » et un domaine) : non enregistré",
        "Ligne 4 : téléphone illisible : gardé tel quel et marqué « à vérifier »",
    ]
    assert dialog.import_button.text() == "Importer 5 contacts"
    wait_idle(qtbot, window)
    assert window.runner.database.run(contacts.count_contacts) == 0  # nothing yet
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.done_importing, timeout=10_000)
    assert dialog.summary.text().startswith("Import terminé : 4 personnes créées, 1 organisation créée.")
    assert "adherents-rapport.csv" in dialog.summary.text() and dialog.report_button.isVisible()
    assert (tmp_path / "adherents-rapport.csv").exists()
    view = window.section("contacts").view
    qtbot.waitUntil(lambda: view.model.rowCount() == 5 and not view.model.loading)
    wait_idle(qtbot, window)
    db = window.runner.database
    [org] = [r for r in db.run(search.search_contacts, "amis parc") if r.kind == "organisation"]
    assert [t.person_name for t in db.run(contacts.holders, org.id, "tresorier")] == ["Hélène Lefèvre"]
    assert (
        window.statusBar().currentMessage() == "Import terminé : 4 personnes créées et 1 organisation créée."
    )
    dialog.reject()


def test_the_column_table_grows_with_the_dialog_and_shows_more_examples(qtbot, tmp_path, window):
    source = tmp_path / "longue.csv"
    rows = [f"Prénom{i};Nom{i};p{i}@exemple.fr;;;" for i in range(15)]
    source.write_text(CSV.splitlines()[0] + "\r\n" + "\r\n".join(rows) + "\r\n", encoding="utf-8")
    dialog = open_dialog(qtbot, window, source)
    dialog.resize(700, 500)
    qtbot.waitUntil(lambda: dialog.height() == 500)
    table, small = dialog.mapping_table, dialog.mapping_table.height()
    dialog.resize(1100, 800)
    qtbot.waitUntil(lambda: table.height() > small)
    assert table.height() - small >= 150  # most of the 300 points more go to the column table
    examples = table.item(0, table.EXAMPLES)
    assert examples.text().count("Prénom") == 12 and "Prénom11" in examples.toolTip()
    dialog.reject()


def test_changing_a_column_checks_the_rows_again(qtbot, tmp_path, window):
    source = tmp_path / "liste.csv"
    source.write_text(CSV, encoding="utf-8")
    dialog = open_dialog(qtbot, window, source)
    email_combo = dialog.mapping_table.combos[2]
    assert email_combo.currentData() == "email"
    email_combo.setCurrentIndex(0)  # do not import the e-mails: Marc's line has nothing to say
    qtbot.waitUntil(
        lambda: dialog.job is None and not any("e-mail" in p for p in problems_of(dialog)), timeout=10_000
    )
    assert len(problems_of(dialog)) == 2
    dialog.reject()
    wait_idle(qtbot, window)
    assert window.runner.database.run(contacts.count_contacts) == 0


def test_the_duplicate_policy_and_its_counts(qtbot, tmp_path, seeded, window):
    seeded.run(contacts.create_contact, ContactFields(kind="person", first_name="Paul", last_name="Roux"))
    source = tmp_path / "liste.csv"
    source.write_text(CSV, encoding="utf-8")
    dialog = open_dialog(qtbot, window, source)
    assert dialog.policy_buttons["skip"].isChecked()
    assert dialog.policy_buttons["skip"].text() == "Les laisser de côté (conseillé) — 4 ajoutés"
    assert (
        dialog.policy_buttons["update"].text()
        == "Compléter les champs vides de ces contacts — 4 ajoutés, 1 complété"
    )
    assert dialog.policy_buttons["new"].text() == "Les créer quand même (doublons possibles) — 5 ajoutés"
    dialog.policy_buttons["update"].click()
    assert dialog.import_button.text() == "Importer 4 contacts"
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.done_importing, timeout=10_000)
    wait_idle(qtbot, window)
    db = window.runner.database
    [paul] = [r for r in db.run(search.search_contacts, "roux")]
    assert paul.email == "paul@exemple.fr"  # completed, not created twice
    assert db.run(contacts.count_contacts, "person") == 4
    dialog.reject()


def test_a_corrected_report_completes_what_was_left_out(qtbot, tmp_path, window):
    source = tmp_path / "liste.csv"
    source.write_text(CSV, encoding="utf-8")
    dialog = open_dialog(qtbot, window, source)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.done_importing, timeout=10_000)
    dialog.reject()
    report = tmp_path / "liste-rapport.csv"
    report.write_text(
        report.read_text(encoding="utf-8-sig").replace("marc-sans-arobase", "marc@exemple.fr"),
        encoding="utf-8-sig",
    )
    again = open_dialog(qtbot, window, report)
    assert again.policy_buttons["update"].isChecked()  # a report completes by default
    assert again.policy_buttons["update"].text() == (
        "Compléter les champs vides de ces contacts — 0 ajouté, 1 complété"
    )
    assert again.import_button.text() == "Compléter les contacts"
    again.import_button.click()
    qtbot.waitUntil(lambda: again.done_importing, timeout=10_000)
    wait_idle(qtbot, window)
    [marc] = window.runner.database.run(search.search_contacts, "dubois")
    assert marc.email == "marc@exemple.fr"
    assert report.exists()  # the corrected file stays
    again.reject()


def test_what_the_dialog_says_of_a_header_alone_and_of_cards(qtbot, tmp_path, window):
    header_only = tmp_path / "vide.csv"
    header_only.write_text("Prénom;Nom;E-mail\r\n", encoding="utf-8")
    dialog = open_dialog(qtbot, window, header_only)
    assert (
        dialog.summary.text()
        == "Le fichier n'a aucune ligne sous celle des noms de colonnes : rien à importer."
    )
    assert (dialog.import_button.text(), dialog.import_button.isEnabled()) == ("Rien à importer", False)
    dialog.reject()
    cards = tmp_path / "fiches.vcf"
    cards.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Marie Dupont\r\nN:Dupont;Marie\r\nEND:VCARD\r\n")
    dialog = open_dialog(qtbot, window, cards)
    assert dialog.summary.text() == (
        "1 fiche lue : 1 personne et 0 organisation à créer, 0 déjà présent, 0 fiche refusée."
    )
    dialog.reject()


def test_progress_and_cancel_write_nothing(qtbot, tmp_path, window):
    source = tmp_path / "grande-liste.csv"
    rows = "".join(f"Prénom{i};Nom{i};p{i}@exemple.fr;Asso {i % 40}\n" for i in range(30_000))
    source.write_text("Prénom;Nom;E-mail;Association\n" + rows, encoding="utf-8")
    dialog = open_dialog(qtbot, window, source)
    assert dialog.import_button.text() == f"Importer {show_count(30_040)} contacts"
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.progress.value() > 0, timeout=10_000)
    assert dialog.status.text() == "Import en cours…" and dialog.progress.isVisible()
    # While it writes, the choices that would start it again are closed.
    assert not any(
        w.isEnabled() for w in (dialog.mapping_table, dialog.profile, *dialog.policy_buttons.values())
    )
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc cancels the import, the dialog stays
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=20_000)
    assert dialog.status.text() == "Import annulé : rien n'a été enregistré."
    wait_idle(qtbot, window)
    assert window.runner.database.run(contacts.count_contacts) == 0
    assert not (tmp_path / "grande-liste-rapport.csv").exists()
    assert dialog.import_button.isEnabled()  # the user may start again
    assert dialog.mapping_table.isEnabled() and dialog.policy_buttons["new"].isEnabled()
    dialog.reject()


def test_a_mapping_saved_under_a_name_and_chosen_again(qtbot, tmp_path, window):
    source = tmp_path / "export.csv"
    source.write_text("Col A;Col B\nDupont;Marie\n", encoding="utf-8")
    dialog = open_dialog(qtbot, window, source)
    assert dialog.summary.text() == "Aucune colonne n'est importée : choisissez au moins le nom."
    assert not dialog.import_button.isEnabled()
    combos = dialog.mapping_table.combos
    combos[0].setCurrentIndex(combos[0].findData("last_name"))
    combos[1].setCurrentIndex(combos[1].findData("first_name"))
    qtbot.waitUntil(lambda: dialog.job is None and dialog.import_button.isEnabled(), timeout=10_000)
    dialog.save_profile_as("Mon export")
    wait_idle(qtbot, window)
    assert window.runner.database.run(profiles.list_profiles) == ["Mon export"]
    dialog.reject()
    again = open_dialog(qtbot, window, source)
    assert again.profile.findData("Mon export") > 0
    again.profile.setCurrentIndex(again.profile.findData("Mon export"))
    qtbot.waitUntil(lambda: again.mapping_table.mapping() == {0: "last_name", 1: "first_name"})
    qtbot.waitUntil(lambda: again.job is None and again.import_button.isEnabled(), timeout=10_000)
    assert again.import_button.text() == "Importer 1 contact"
    again.reject()


def test_phones_to_check_are_filterable_and_said_on_the_card(qtbot, tmp_path, window):
    source = tmp_path / "liste.csv"
    source.write_text(CSV, encoding="utf-8")
    dialog = open_dialog(qtbot, window, source)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.done_importing, timeout=10_000)
    dialog.reject()
    view = window.section("contacts").view
    wait_idle(qtbot, window)
    view.kind.setCurrentIndex(view.kind.findData("to_check"))
    qtbot.waitUntil(lambda: view.model.rowCount() == 1 and not view.model.loading)
    assert view.model.data(view.model.index(0, 0)) == "Zoé Martin"
    assert view.model.data(view.model.index(0, 3)) == "12 (à vérifier)"
    view.show_contact(view.model.row_id(0))
    qtbot.waitUntil(lambda: view.detail.detail is not None and view.detail.detail.fields.first_name == "Zoé")
    form = view.detail.form
    assert form.form.text("phone") == "12"
    assert "À vérifier" in form.form.rows["phone"].message.text()
    roles = [view.detail.roles.list.item(i).text() for i in range(view.detail.roles.list.count())]
    assert roles == ["Coordinatrice — Les Amis du Parc"]  # a function outside the list, kept as its title


def test_export_writes_a_csv_for_french_excel(qtbot, tmp_path, seeded, window):
    seeded.run(contacts.create_contact, ContactFields(kind="person", first_name="Léa", last_name="Noël"))
    target = tmp_path / "export.csv"
    window.section("contacts").transfer.export_to(str(target))
    qtbot.waitUntil(lambda: target.exists())
    wait_idle(qtbot, window)
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and "Léa;Noël".encode() in data
    assert window.statusBar().currentMessage() == "1 contact exporté vers export.csv"
