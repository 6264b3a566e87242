"""The agreement editor driven like a volunteer would, on a real SQLite store: a new agreement
between two organisations of the contacts (picked in the searchable picker), its payment typed in
euros, saved with Ctrl+S; refusals shown next to their fields in French with everything typed
kept; clause wordings and templates; cancelling asks first; an amendment says what it changes."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.models import Agreement, NetworkAssociation
from app.services.agreements import clauses
from app.services.agreements import records as ag
from app.services.agreements.content import content_of
from app.services.equipment import records as eq
from app.ui.agreements.editor import DURATION, EQUIPMENT, FINANCES, GENERAL, PARTIES
from app.ui.agreements.pickers import EquipmentPicker, OrganisationPicker
from app.ui.agreements.queries import templates_by_section
from app.ui.shared.locale_format import show_money
from tests.ui.agreements_helpers import (
    draft,
    enrolled,
    in_next_dialog,
    open_agreements,
    open_detail,
    two_organisations,
)
from tests.ui.conftest import answer_next_dialog, type_text, wait_idle
from tests.unit.practice_helpers import ME


def choose_organisation(name: str) -> None:
    """In the picker about to open: search part of the name, pick it, "Ajouter"."""
    typed = []

    def act(picker: OrganisationPicker) -> bool:
        if not typed:
            picker.search.setText(name[:4].lower())
            typed.append(True)
            return False
        if picker.loading or picker._timer.isActive():
            return False
        found = picker.list.findItems(name, Qt.MatchFlag.MatchExactly)
        if not found or picker.list.count() != 1:
            return False  # the search narrows the list as typed
        picker.list.setCurrentItem(found[0])
        picker.ok_button.click()
        return True

    in_next_dialog(OrganisationPicker, act)


def activate(qtbot, window) -> None:
    """Back to the main window after a dialog (offscreen, nothing else gives the focus back)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def saved(window) -> list[Agreement]:
    return window.runner.database.run(
        lambda s: [
            (r.reference, content_of(r)) for r in s.query(Agreement).filter(Agreement.deleted_at.is_(None))
        ]
    )


def test_a_new_agreement_between_two_organisations_of_the_contacts(qtbot, seeded, window):
    seeded.run(two_organisations)
    view = open_agreements(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Ctrl+N here: an agreement
    qtbot.waitUntil(lambda: view.pages.currentWidget() is view.editor)
    editor = view.editor
    assert editor.heading.text() == "Nouvelle convention"
    type_text(editor.general.rows["title"].editor, "Fête de quartier")
    type_text(editor.general.rows["purpose"].editor, "Organiser ensemble la fête du 13 juin.")
    editor.tabs.setCurrentIndex(PARTIES)
    for name in ("Les Amis du Parc", "Vélo Solidaire"):
        count = editor.parties.list.count()
        choose_organisation(name)
        editor.parties.from_contacts.click()
        qtbot.waitUntil(lambda c=count: editor.parties.list.count() == c + 1)
    form = editor.parties.form
    assert form.text("name") == "Vélo Solidaire"  # the new party is shown, filled in from the contacts
    assert form.text("signatory_name") == "Paul Roux" and form.text("rna") == "W692345678"
    type_text(form.commitments, "Prêter dix vélos")
    editor.tabs.setCurrentIndex(DURATION)
    editor.duration.start.set_value(date(2026, 6, 1))
    editor.duration.during.click()  # a duration rather than an end date
    editor.duration.months.setValue(18)
    editor.duration.renewals["tacit"].setChecked(True)
    editor.tabs.setCurrentIndex(FINANCES)
    payments = editor.payments
    payments.add_button.click()
    payments.table.item(0, 0).setText("Location de la sonorisation")
    payments.table.cellWidget(0, 1).setCurrentIndex(payments.table.cellWidget(0, 1).findData("p1"))
    payments.table.cellWidget(0, 2).setCurrentIndex(payments.table.cellWidget(0, 2).findData("p2"))
    payments.table.item(0, 3).setText("1 250,50")
    assert payments.total.text() == f"Total : {show_money(125050)}"  # in the user's locale
    type_text(editor.signature.place, "Lyon")
    assert editor.dirty
    activate(qtbot, window)  # the picker was the active window until it closed
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.pages.currentWidget() is view.detail)
    wait_idle(qtbot, window)
    [(reference, content)] = saved(window)
    assert reference.startswith("CONV-") and content.title == "Fête de quartier"
    assert [(p.name, p.signatory_name, p.signatory_role) for p in content.parties] == [
        ("Les Amis du Parc", "Claire Martin", ""),  # capacities are typed, never "Président·e"
        ("Vélo Solidaire", "Paul Roux", ""),
    ]
    assert content.parties[1].commitments == ["Prêter dix vélos"]
    assert (content.start_date, content.end_date, content.duration_months, content.renewal) == (
        date(2026, 6, 1),
        None,
        18,
        "tacit",
    )
    assert [(p.payer, p.payee, p.amount_cents) for p in content.payments] == [("p1", "p2", 125050)]
    assert view.detail.heading.text() == f"{reference} · Fête de quartier"
    summary = view.detail.browser.toPlainText()
    assert "Vélo Solidaire" in summary and "Représentée par Paul Roux" in summary
    assert "Location de la sonorisation" in summary
    view.show_list()
    qtbot.waitUntil(lambda: view.list.model.rowCount() == 1)


def test_refusals_are_shown_next_to_their_fields_and_nothing_typed_is_lost(qtbot, window):
    view = open_agreements(qtbot, window)
    view.new_agreement()
    qtbot.waitUntil(lambda: view.pages.currentWidget() is view.editor)
    editor = view.editor
    type_text(editor.general.rows["title"].editor, "Convention à corriger")
    editor.tabs.setCurrentIndex(PARTIES)
    editor.parties.by_hand.click()
    form = editor.parties.form
    type_text(form.rows["name"].editor, "Théâtre du Coin")
    type_text(form.rows["siret"].editor, "123")
    editor.duration.start.set_value(date(2026, 6, 1))
    editor.duration.end.set_value(date(2026, 1, 1))
    editor.payments.add_button.click()
    editor.payments.table.item(0, 3).setText("douze euros")
    editor.tabs.setCurrentIndex(GENERAL)
    editor.save_button.click()  # the unreadable amount is said at once, with everything else
    assert "Montant en euros attendu" in editor.payments.problems.text()
    assert "Ligne 1" in editor.payments.problems.text()
    assert editor.tabs.tabText(FINANCES) == "⚠ Finances" and editor.tabs.tabText(GENERAL) == "Général"
    assert "Rien de ce que vous avez tapé n'est perdu" in editor.problem.text()
    editor.payments.remove_button.click()  # the amount aside, the service refuses the rest
    editor.save_button.click()
    qtbot.waitUntil(lambda: editor.tabs.tabText(PARTIES) == "⚠ Parties")
    wait_idle(qtbot, window)
    assert editor.tabs.currentIndex() == PARTIES  # the first tab to fix comes to the front
    assert form.rows["siret"].message.isVisibleTo(form) and "SIRET" in form.rows["siret"].message.text()
    assert form.text("siret") == "123" and form.text("name") == "Théâtre du Coin"  # kept as typed
    assert editor.parties.list.item(0).text() == "⚠ Théâtre du Coin"
    duration = editor.duration.rows["end_date"]
    assert duration.message.text() == "La date de fin précède la date de début."
    assert editor.general.text("title") == "Convention à corriger"
    assert saved(window) == []
    form.rows["siret"].editor.clear()
    editor.duration.end.set_value(date(2026, 12, 31))
    editor.save_button.click()
    qtbot.waitUntil(lambda: view.pages.currentWidget() is view.detail)
    [(_ref, content)] = saved(window)
    assert content.parties[0].name == "Théâtre du Coin" and content.end_date == date(2026, 12, 31)


def test_clauses_templates_and_cancel_asks_before_dropping_changes(qtbot, seeded, window):
    agreement_id = seeded.run(draft)
    view = open_agreements(qtbot, window)
    open_detail(qtbot, window, view, agreement_id).buttons["edit"].click()
    qtbot.waitUntil(lambda: view.pages.currentWidget() is view.editor)
    editor = view.editor
    assert editor.heading.text().startswith("Modifier la convention CONV-")
    box = editor.clauses.boxes["insurance"]
    assert box.text.toPlainText() == clauses.section("insurance").standard
    assert not box.standard_button.isEnabled() and not editor.dirty
    box.text.setPlainText("Chaque partie est assurée auprès de la MAIF.")
    assert box.state.text() == "Rédaction propre à cette convention" and editor.dirty
    window.runner.database.run(
        lambda s: clauses.save_template(s, "insurance", "Assurance MAIF", "Assurance MAIF de chaque partie.")
    )
    editor.clauses.set_templates(window.runner.database.run(templates_by_section))
    box.templates.setCurrentIndex(1)
    box.templates.activated.emit(1)
    assert box.text.toPlainText() == "Assurance MAIF de chaque partie."
    answer_next_dialog("Annuler")  # "Abandonner les modifications ?" … no: keep editing
    editor.cancel_button.click()
    assert view.pages.currentWidget() is view.editor
    activate(qtbot, window)
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.pages.currentWidget() is view.detail)
    wait_idle(qtbot, window)
    [(_ref, content)] = saved(window)
    assert content.clauses == {"insurance": "Assurance MAIF de chaque partie."}  # the standard ones: empty
    view.detail.buttons["edit"].click()
    qtbot.waitUntil(lambda: view.pages.currentWidget() is view.editor)
    box.standard_button.click()  # back to the standard wording
    assert box.value() == ""
    answer_next_dialog("Abandonner les modifications")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: view.pages.currentWidget() is view.detail)
    [(_ref, content)] = saved(window)
    assert content.clauses == {"insurance": "Assurance MAIF de chaque partie."}  # dropped as asked


def test_an_amendment_says_what_it_changes(qtbot, seeded, window):
    agreement_id = seeded.run(draft)
    seeded.run(lambda s: ag.mark_signed(s, agreement_id, date.today()))
    view = open_agreements(qtbot, window)
    detail = open_detail(qtbot, window, view, agreement_id)
    assert detail.buttons["amend"].isEnabled()
    detail.buttons["amend"].click()
    qtbot.waitUntil(lambda: view.pages.currentWidget() is view.editor)
    editor = view.editor
    assert editor.heading.text().endswith("-A1") and editor.heading.text().startswith("Avenant CONV-")
    changes = editor.general.rows["amendment_text"]
    assert changes.isVisibleTo(editor) and changes.editor.hasFocus()
    type_text(changes.editor, "L'article 3 est prolongé d'un an.")
    editor.save_button.click()
    qtbot.waitUntil(lambda: view.pages.currentWidget() is view.detail and view.detail.detail.is_amendment)
    assert "L'article 3 est prolongé d'un an." in view.detail.browser.toPlainText()
    assert view.detail.parent_box.isVisibleTo(view.detail)
    view.detail.parent_button.click()
    qtbot.waitUntil(lambda: view.detail.detail.id == agreement_id)
    wait_idle(qtbot, window)
    assert view.detail.amendments.count() == 1


def test_closing_the_window_asks_before_dropping_an_unsaved_agreement(qtbot, window):
    view = open_agreements(qtbot, window)
    view.new_agreement()
    qtbot.waitUntil(lambda: view.pages.currentWidget() is view.editor)
    type_text(view.editor.general.rows["title"].editor, "Pas encore enregistrée")
    answer_next_dialog("Continuer la rédaction")
    window.close()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert window.isVisible() and view.editor.general.text("title") == "Pas encore enregistrée"
    answer_next_dialog("Quitter sans enregistrer")
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert saved(window) == []


def test_our_association_comes_first_and_lends_equipment_from_the_catalogue(qtbot, seeded, window):
    seeded.run(enrolled)
    seeded.run(lambda s: s.merge(NetworkAssociation(id=ME, name="Les Amis du Quartier", rna="W691111111")))
    projector = seeded.run(
        lambda s: eq.create_equipment(s, eq.EquipmentFields(name="Vidéoprojecteur", purchase_value="650"))
    )
    view = open_agreements(qtbot, window)
    view.new_agreement()
    qtbot.waitUntil(lambda: view.pages.currentWidget() is view.editor)
    editor = view.editor
    assert [name for _key, name in editor.parties.choices()] == ["Les Amis du Quartier"]  # ours, at once
    editor.tabs.setCurrentIndex(EQUIPMENT)

    def pick(picker: EquipmentPicker) -> bool:
        found = picker.list.findItems("Vidéoprojecteur", Qt.MatchFlag.MatchStartsWith)
        picker.list.setCurrentItem(found[0])
        picker.ok_button.click()
        return True

    in_next_dialog(EquipmentPicker, pick)
    editor.equipment.pick_button.click()
    assert editor.equipment.table.rowCount() == 1
    items, errors = editor.equipment.rows()
    assert errors == {}
    assert [(i.name, i.owner, i.quantity, i.value_cents, i.equipment_id) for i in items] == [
        ("Vidéoprojecteur", "p1", 1, 65000, projector)
    ]
    type_text(editor.general.rows["title"].editor, "Prêt du vidéoprojecteur")
    editor.save_button.click()
    qtbot.waitUntil(lambda: view.pages.currentWidget() is view.detail)
    [(_ref, content)] = saved(window)
    assert content.parties[0].association_id == ME and content.equipment[0].equipment_id == projector
    assert "Vidéoprojecteur" in view.detail.browser.toPlainText()
