"""The contacts section driven like a person would: keyboard, buttons, dialogs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.services.contacts import records as contacts
from app.services.contacts import search
from app.services.contacts.fields import ContactFields
from app.services.validation import make_siret
from tests.ui.conftest import answer_next_dialog, type_text, wait_idle


def type_into(qtbot, view, name: str, text: str) -> None:
    type_text(view.detail.form.form.rows[name].editor, text)


def test_sections_are_all_there_and_empty_ones_say_what_they_hold(window):
    titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert titles[0].startswith("Contacts")
    assert titles[1:6] == [
        "Matériel et prêts",
        "Pratiques",
        "Conventions",
        "Besoins et propositions",
        "Synchronisation",
    ]
    window.open_section("equipment")
    texts = " ".join(label.text() for label in window.stack.currentWidget().findChildren(QLabel))
    assert "matériel" in texts


def test_create_a_person_with_the_keyboard(qtbot, window):
    view = window.section("contacts").view
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert view.detail.form.form.rows["first_name"].editor.hasFocus()
    type_into(qtbot, view, "first_name", "Hélène")
    type_into(qtbot, view, "last_name", "Lefèvre")
    type_into(qtbot, view, "phone", "06 12 34 56 78")
    qtbot.keyClick(view.detail.form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    wait_idle(qtbot, window)
    assert view.model.data(view.model.index(0, 0)) == "Hélène Lefèvre"
    assert view.model.data(view.model.index(0, 3)) == "06 12 34 56 78"
    assert view.detail.form.status.text() == "Fiche enregistrée."
    assert window.section_item("contacts").text() == "Contacts (1)"


def test_invalid_input_is_explained_and_what_was_typed_is_kept(qtbot, window):
    view = window.section("contacts").view
    view.new_contact("organisation")
    type_into(qtbot, view, "name", "Les Amis du Parc")
    type_into(qtbot, view, "siret", "12345678901234")
    type_into(qtbot, view, "email", "contact-sans-arobase")
    type_into(qtbot, view, "rna", "75-123")
    view.detail.form.save_button.click()
    rows = view.detail.form.form.rows
    assert "clé de contrôle" in rows["siret"].message.text() and rows["siret"].message.isVisible()
    assert "@" in rows["email"].message.text()
    assert "W suivi de 9 chiffres" in rows["rna"].message.text()  # a warning, shown too
    assert rows["siret"].editor.text() == "12345678901234"
    assert rows["name"].editor.text() == "Les Amis du Parc"
    assert "pas enregistrée" in view.detail.form.status.text()
    wait_idle(qtbot, window)
    assert window.runner.database.run(contacts.count_contacts) == 0
    # Fixing the fields saves the organisation (the RNA warning does not block).
    rows["siret"].editor.setText(make_siret("12345678", "0001"))
    rows["email"].editor.setText("contact@amisduparc.fr")
    view.detail.form.save_button.click()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert not rows["siret"].message.isVisible()


def test_search_as_you_type_ignores_accents(qtbot, seeded, window):
    view = window.section("contacts").view
    for name in ("École Jean-Zay", "Comité des fêtes", "Ecole de musique"):
        seeded.run(contacts.create_contact, ContactFields(kind="organisation", name=name))
    view.refresh()
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.search.hasFocus()
    qtbot.keyClicks(view.search, "ecole")
    qtbot.waitUntil(lambda: view.model.rowCount() == 2 and view.model.query == "ecole")
    names = {view.model.data(view.model.index(r, 0)) for r in range(2)}
    assert names == {"École Jean-Zay", "Ecole de musique"}
    assert "2 résultats" in view.count_label.text()
    view.search.clear()
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)


def test_delete_goes_to_the_trash_and_ctrl_z_brings_it_back(qtbot, seeded, window):
    view = window.section("contacts").view
    for name in ("Alice", "Bruno"):
        seeded.run(contacts.create_contact, ContactFields(kind="person", first_name=name))
    view.refresh()
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    # The window's start-up work (each section's first load, the counts, the recalls) is queued
    # on the store's one thread before the deletion: on a busy CI machine it outlasted the 5 s
    # wait below. From an idle window, that wait is the deletion's alone.
    wait_idle(qtbot, window)
    view.table.setFocus()
    view.table.selectRow(0)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1 and not view.model.loading)
    assert view.model.data(view.model.index(0, 0)) == "Bruno"
    assert "Ctrl+Z" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: window.section_item("trash").text() == "Corbeille (1)")
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.model.rowCount() == 2 and not view.model.loading)
    # The trash section restores and empties too.
    view.table.selectRow(0)
    view.trash_selected()
    window.open_section("trash")
    qtbot.waitUntil(lambda: window.section("trash").ensure_view().model.rowCount() == 1)
    window.section("trash").ensure_view().empty()
    qtbot.waitUntil(
        lambda: (
            window.section("trash").ensure_view().model.rowCount() == 0
            and not window.section("trash").ensure_view().model.loading
        )
    )
    assert window.runner.database.run(contacts.count_contacts) == 1


def test_a_likely_duplicate_is_shown_before_saving(qtbot, seeded, window):
    view = window.section("contacts").view
    seeded.run(
        contacts.create_contact,
        ContactFields(kind="person", first_name="Léa", last_name="Martin", email="lea@ex.fr"),
    )
    view.refresh()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    view.new_contact("person")
    type_into(qtbot, view, "first_name", "Lea")
    type_into(qtbot, view, "last_name", "MARTIN")
    type_into(qtbot, view, "phone", "0611223344")
    answer_next_dialog("Compléter la fiche existante")
    view.detail.save()
    qtbot.waitUntil(lambda: view.detail.detail is not None and view.detail.detail.fields.phone != "")
    wait_idle(qtbot, window)
    assert window.runner.database.run(contacts.count_contacts) == 1
    found = window.runner.database.run(search.search_contacts, "martin")
    assert [r.phone for r in found] == ["+33611223344"]
