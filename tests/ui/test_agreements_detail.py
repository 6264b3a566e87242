"""One agreement's detail page on a real SQLite store: the summary, the actions enabled by status
and by who wrote it, sending refused while something is missing, marking signed with a scan,
ending it, and deleting a draft then bringing it back with Ctrl+Z."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.models import Agreement
from app.services.agreements import records as ag
from tests.ui.agreements_helpers import draft, enrolled, list_refs, open_agreements, open_detail, theirs
from tests.ui.conftest import wait_idle

LIFECYCLE = ("edit", "send", "back_to_draft", "sign", "end", "amend", "delete")


def enabled(detail) -> set[str]:
    return {name for name, button in detail.buttons.items() if button.isEnabled()}


def status_of(window, agreement_id: str) -> str:
    return window.runner.database.run(lambda s: s.get(Agreement, agreement_id).status)


def test_the_summary_and_the_actions_follow_the_status(qtbot, seeded, window):
    agreement_id = seeded.run(draft)
    view = open_agreements(qtbot, window)
    detail = open_detail(qtbot, window, view, agreement_id)
    text = detail.browser.toPlainText()
    for expected in (
        "Les Amis du Parc",
        "Représentée par Claire Martin, Présidente",
        "Participation aux frais",
        "Brouillon : pas encore envoyée pour signature.",
        "Fait à Lyon",
    ):
        assert expected in text
    assert not detail.owner_label.isVisibleTo(detail)
    assert enabled(detail) == {"edit", "send", "sign", "delete", "preview", "save_pdf", "print"}
    detail.buttons["send"].click()
    qtbot.waitUntil(lambda: detail.detail.status == "sent")
    assert enabled(detail) == {
        "back_to_draft",
        "sign",
        "amend",
        "attach_scan",
        "preview",
        "save_pdf",
        "print",
    }
    assert "Envoyée pour signature le" in detail.browser.toPlainText()
    assert "imprimez-la" in window.statusBar().currentMessage()
    detail.buttons["back_to_draft"].click()
    qtbot.waitUntil(lambda: detail.detail.status == "draft")
    assert status_of(window, agreement_id) == "draft"


def test_sending_is_refused_while_something_is_missing(qtbot, seeded, window):
    agreement_id = seeded.run(lambda s: draft(s, signature_place=""))
    view = open_agreements(qtbot, window)
    detail = open_detail(qtbot, window, view, agreement_id)
    assert "Avant la signature, complétez : le lieu de signature." in detail.browser.toPlainText()
    detail.buttons["send"].click()
    qtbot.waitUntil(lambda: detail.problem.isVisibleTo(detail))
    assert "le lieu de signature" in detail.problem.text()
    assert status_of(window, agreement_id) == "draft"


def test_mark_signed_with_a_scan_then_end_it(qtbot, seeded, window, tmp_path):
    agreement_id = seeded.run(draft)
    scan = tmp_path / "convention signée.pdf"
    scan.write_bytes(b"%PDF-1.4 scan of the signed original")
    view = open_agreements(qtbot, window)
    detail = open_detail(qtbot, window, view, agreement_id)
    detail.buttons["sign"].click()
    qtbot.waitUntil(lambda: view.dialog is not None)
    dialog = view.dialog
    dialog.scan.path.setText(str(tmp_path / "notes.txt"))
    dialog.ok_button.click()  # not a PDF or a picture: said under the field, nothing saved
    assert "PDF ou une image" in dialog.form.rows["scan"].message.text()
    dialog.scan.path.setText(str(scan))
    dialog.signed_on.setDate(dialog.signed_on.date().addDays(-2))
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: detail.detail.status == "signed")
    wait_idle(qtbot, window)
    stored = window.runner.database.run(
        lambda s: (
            ag.scan_of(s, agreement_id).file_name,
            ag.scan_of(s, agreement_id).media_type,
            ag.scan_of(s, agreement_id).data,
        )
    )
    assert stored == ("convention signée.pdf", "application/pdf", scan.read_bytes())
    assert detail.scan_label.text() == "Scan joint : convention signée.pdf"
    assert {"open_scan", "end", "amend"} <= enabled(detail) and "sign" not in enabled(detail)
    assert detail.buttons["attach_scan"].text() == "Remplacer le scan…"
    detail.buttons["end"].click()
    qtbot.waitUntil(lambda: view.dialog is not None)
    view.dialog.reason.setPlainText("Action terminée, bilan fait ensemble.")
    view.dialog.ok_button.click()
    qtbot.waitUntil(lambda: detail.detail.status == "ended")
    assert "Action terminée, bilan fait ensemble." in detail.browser.toPlainText()
    assert not (set(LIFECYCLE) & enabled(detail))


def test_another_associations_agreement_is_read_only(qtbot, seeded, window):
    seeded.run(enrolled)
    agreement_id = seeded.run(theirs)
    view = open_agreements(qtbot, window)
    detail = open_detail(qtbot, window, view, agreement_id)
    assert detail.owner_label.isVisibleTo(detail)
    assert detail.owner_label.text() == "Rédigée par une autre association (Comité des Fêtes) : lecture seule"
    assert not (set(LIFECYCLE) & enabled(detail))  # a draft, but not ours
    assert {"preview", "save_pdf", "print"} <= enabled(detail)
    assert not detail.reminder.isEnabled()
    assert "seule l'association" in detail.buttons["edit"].toolTip().lower()
    view.new_agreement()  # and its editor cannot be reached either
    qtbot.waitUntil(lambda: view.pages.currentWidget() is view.editor)
    view.editor.dirty = False
    view.editor.cancel()
    view._start_editor(agreement_id)
    wait_idle(qtbot, window)
    assert "autre association" in window.statusBar().currentMessage()


def test_delete_a_draft_then_undo_brings_it_back(qtbot, seeded, window):
    agreement_id = seeded.run(draft)
    view = open_agreements(qtbot, window)
    qtbot.waitUntil(lambda: len(list_refs(view)) == 1)
    detail = open_detail(qtbot, window, view, agreement_id)
    detail.buttons["delete"].click()
    qtbot.waitUntil(lambda: view.pages.currentWidget() is view.list)
    qtbot.waitUntil(lambda: list_refs(view) == [])
    assert "Ctrl+Z" in window.statusBar().currentMessage()
    assert window.runner.database.run(lambda s: s.get(Agreement, agreement_id).deleted_at) is not None
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: view.pages.currentWidget() is view.detail and view.detail.detail.id == agreement_id
    )
    wait_idle(qtbot, window)
    assert window.runner.database.run(lambda s: s.get(Agreement, agreement_id).deleted_at) is None
    assert "rétabli" in window.statusBar().currentMessage()
    qtbot.keyClick(view.detail, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: len(list_refs(view)) == 1)
