"""The "Pratiques" section driven like a volunteer would, on a real SQLite store: a draft written
in the editor that saves itself and survives closing, inline errors that keep what was typed,
publication, a search with another word form, the reader, the history after an edit (compare,
restore, undo), feedback on another association's practice, and the Markdown export and import."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.models import Practice, PracticeStatus
from app.services.practices import records as pr
from app.services.practices import versions as practice_versions
from app.services.practices.reader import open_practice
from app.ui.practices.library import HIGHLIGHT, ID_ROLE
from tests.ui.conftest import answer_next_dialog, type_text, wait_idle
from tests.ui.practices_helpers import enrolled, open_in_reader, open_practices, published, seed, theirs


def drafts(window) -> list[tuple[str, str, str]]:
    return seed(window, lambda s: [(p.title, p.method, p.status) for p in s.query(Practice).all()])


def test_the_section_is_built_only_when_opened(qtbot, window):
    assert window.section("practices").view is None  # the contacts start does not pay for it
    view = open_practices(qtbot, window)
    assert window.stack.currentWidget() is view
    assert view.library.empty_label.isVisibleTo(view)
    assert "vide" in view.library.empty_label.text()


def test_a_draft_saves_itself_and_survives_closing_the_editor(qtbot, window):
    view = open_practices(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Ctrl+N here: a practice
    qtbot.waitUntil(lambda: view.pages.currentWidget() is view.editor)
    editor, rows = view.editor, view.editor.form.rows
    type_text(rows["title"].editor, "Former un bénévole référent")
    type_text(rows["method"].editor, "1. Choisir un **référent**")
    qtbot.waitUntil(lambda: "Choisir un référent" in editor.preview.toPlainText())  # live preview, formatted
    qtbot.waitUntil(lambda: editor.practice_id is not None, timeout=5000)  # autosave after a pause
    wait_idle(qtbot, window)
    assert drafts(window) == [("Former un bénévole référent", "1. Choisir un **référent**", "draft")]
    type_text(rows["summary"].editor, "Un référent par quartier.")
    editor.close_editor()  # at once, before the autosave's delay: closing saves too
    qtbot.waitUntil(lambda: view.pages.currentWidget() is view.reader)
    wait_idle(qtbot, window)
    [practice_id] = seed(window, lambda s: [p.id for p in s.query(Practice).all()])
    assert seed(window, lambda s: s.get(Practice, practice_id).summary) == "Un référent par quartier."
    assert "Brouillon" in view.reader.state.text()
    view.reader.edit_button.click()  # reopened: everything is there
    qtbot.waitUntil(lambda: view.pages.currentWidget() is view.editor)
    assert rows["summary"].editor.toPlainText() == "Un référent par quartier."


def test_bad_input_is_shown_inline_and_kept(qtbot, window):
    view = open_practices(qtbot, window)
    view.new_practice()
    qtbot.waitUntil(lambda: view.pages.currentWidget() is view.editor)
    editor, rows = view.editor, view.editor.form.rows
    type_text(rows["title"].editor, "Une cagnotte solidaire")
    type_text(rows["contact_email"].editor, "claire@")
    editor.indicators_table = editor.form.indicators
    editor.form.indicators.add_row()
    editor.form.indicators.table.item(0, 0).setText("Dons")
    editor.form.indicators.table.item(0, 1).setText("douze")
    editor.save_now()
    wait_idle(qtbot, window)
    assert rows["contact_email"].message.isVisible()
    assert rows["contact_email"].editor.text() == "claire@"  # kept as typed
    assert "nombre" in rows["indicators"].message.text()
    assert editor.form.indicators.table.item(0, 1).text() == "douze"
    assert drafts(window) == []  # nothing half-saved
    rows["contact_email"].editor.setText("claire@exemple.org")
    editor.form.indicators.table.item(0, 1).setText("12")
    answer_next_dialog("Publier")
    editor.publish()  # no summary nor method yet: refused, said inline
    wait_idle(qtbot, window)
    assert "résumé" in rows["summary"].message.text()
    assert "méthode" in rows["method"].message.text().lower()
    assert rows["title"].editor.text() == "Une cagnotte solidaire"
    assert view.pages.currentWidget() is editor


def test_publish_then_find_with_another_word_form_and_read(qtbot, window):
    view = open_practices(qtbot, window)
    view.new_practice()
    qtbot.waitUntil(lambda: view.pages.currentWidget() is view.editor)
    rows = view.editor.form.rows
    type_text(rows["title"].editor, "Former un bénévole référent")
    type_text(rows["summary"].editor, "Un référent accueille chaque nouveau.")
    type_text(rows["method"].editor, "Trois rencontres la première année.")
    view.editor.form.indicators.add_row()
    for column, text in enumerate(("Nouveaux restés", "4", "11", "personnes")):
        view.editor.form.indicators.table.item(0, column).setText(text)
    answer_next_dialog("Publier")
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(view.editor, Qt.Key.Key_P, modifiers)
    qtbot.waitUntil(lambda: view.pages.currentWidget() is view.reader and view.reader.practice is not None)
    wait_idle(qtbot, window)
    assert view.reader.practice.status == PracticeStatus.PUBLISHED.value
    assert "Publiée le" in view.reader.state.text()
    view.reader.back_button.click()
    library = view.library
    type_text(library.search, "bénévoles")  # another word form, searched as you type

    def found() -> bool:
        return (
            not library.loading
            and library.list.count() == 1
            and "bénévole</span>" in library.list.itemWidget(library.list.item(0)).text()
        )

    qtbot.waitUntil(found, timeout=3000)
    label = library.list.itemWidget(library.list.item(0))
    assert f"{HIGHLIGHT}bénévole</span>" in label.text()  # the matched word highlighted
    assert "Notre association" in label.text()
    library.search.setText("cuisine")
    qtbot.waitUntil(lambda: not library.loading and library.list.count() == 0, timeout=3000)
    assert library.empty_label.isVisibleTo(library)
    library.search.setText("Benevole")  # accents and case aside
    qtbot.waitUntil(lambda: not library.loading and library.list.count() == 1, timeout=3000)
    library.list.setCurrentRow(0)
    library.list.itemActivated.emit(library.list.item(0))
    qtbot.waitUntil(lambda: view.pages.currentWidget() is view.reader)
    wait_idle(qtbot, window)
    text = view.reader.browser.toPlainText()
    for expected in (
        "Former un bénévole référent",
        "Trois rencontres",
        "Indicateurs",
        "4 → 11 personnes (+175 %)",  # as the sheet (PDF) words it
        "Notre association",
    ):
        assert expected in text


def test_history_after_an_edit_compare_restore_and_undo(qtbot, window):
    practice_id = seed(window, published)
    view = open_practices(qtbot, window)
    reader = open_in_reader(qtbot, window, view, practice_id)
    assert reader.versions.list.count() == 1
    reader.edit_button.click()
    qtbot.waitUntil(lambda: view.pages.currentWidget() is view.editor)
    editor = view.editor
    assert editor.note.isVisibleTo(editor) and "version" in editor.publish_button.text()
    rows = editor.form.rows
    rows["summary"].editor.setPlainText("Un tuteur pour chaque nouvel arrivant, pendant trois mois.")
    editor.note.setText("Durée précisée")
    answer_next_dialog("Enregistrer la version")
    editor.publish()
    qtbot.waitUntil(lambda: view.pages.currentWidget() is view.reader and len(reader.practice.versions) == 2)
    versions = reader.versions
    assert "Durée précisée" in versions.list.item(0).text()
    versions.compare()
    qtbot.waitUntil(lambda: versions.diff is not None)
    html = versions.result.toHtml()
    assert "tuteur" in versions.result.toPlainText() and "#c8f0c8" in html  # inserted, in green
    assert "#f8d0d0" in html  # deleted, struck in red
    versions.list.setCurrentRow(1)  # version 1
    assert versions.restore_button.isEnabled()
    answer_next_dialog("Restaurer")
    versions.restore_button.click()
    qtbot.waitUntil(lambda: len(reader.practice.versions) == 3)
    assert reader.practice.summary == "Un binôme pour chaque nouvel arrivant pendant ses premières missions."
    window.undo_stack.undo()  # the restore, undone: the edited text is back, as a fourth version
    qtbot.waitUntil(lambda: len(reader.practice.versions) == 4)
    assert "trois mois" in reader.practice.summary
    numbers = [v.number for v in seed(window, lambda s: practice_versions.history(s, practice_id))]
    assert numbers == [4, 3, 2, 1]


def test_a_published_edit_in_progress_survives_closing(qtbot, window):
    practice_id = seed(window, published)
    view = open_practices(qtbot, window)
    view.edit_practice(practice_id)
    qtbot.waitUntil(lambda: view.pages.currentWidget() is view.editor)
    type_text(view.editor.form.rows["lessons"].editor, " Et le dire.")
    view.editor.close_editor()
    wait_idle(qtbot, window)
    assert seed(window, lambda s: len(practice_versions.history(s, practice_id))) == 1  # not published
    view.edit_practice(practice_id)
    qtbot.waitUntil(lambda: view.pages.currentWidget() is view.editor)
    assert "Et le dire." in view.editor.form.rows["lessons"].editor.toPlainText()


def test_useful_adopted_commented_and_mentoring_on_another_associations_practice(qtbot, seeded, request):
    def setup(session):
        enrolled(session)
        return theirs(session, title="Une fête de quartier à petit budget")

    practice_id = seeded.run(setup)  # before the window opens (its sync status writes sync_state)
    window = request.getfixturevalue("window")
    view = open_practices(qtbot, window)
    assert view.library.list.count() == 1
    row_text = view.library.list.itemWidget(view.library.list.item(0)).text()
    assert "Comité des Fêtes" in row_text
    assert "adoptée" not in row_text  # nobody adopted it yet: no "adoptée 0 fois"
    reader = open_in_reader(qtbot, window, view, practice_id)
    panel = reader.feedback
    assert panel.counts.text() == "Pas encore de retour des autres associations"
    assert not reader.edit_button.isVisibleTo(reader)  # only the author association edits
    assert panel.useful.isEnabled()
    panel.useful.click()
    qtbot.waitUntil(lambda: reader.practice.useful_by_us)
    assert "Utile à 1 association" in panel.counts.text()
    panel.adopt_button.click()
    dialog = reader.dialog
    assert dialog is not None and dialog.windowTitle() == "Nous l'avons adoptée"
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("reussie"))
    type_text(dialog.note, "Deux fêtes cette année, avec les commerçants.")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: reader.practice.our_adoption is not None)
    assert reader.practice.adoption_count == 1
    assert panel.counts.text() == "Utile à 1 association · adoptée par 1 association"
    assert "Réussie" in panel.adoptions.toPlainText() and "commerçants" in panel.adoptions.toPlainText()
    assert panel.adopt_button.text() == "Modifier notre adoption…"
    type_text(panel.comment, "Merci pour la liste des fournisseurs !")
    qtbot.keyClick(panel.comment, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(reader.practice.comments) == 1)
    assert "fournisseurs" in panel.comments.toPlainText() and panel.comment.toPlainText() == ""
    panel.mentoring_button.click()
    type_text(reader.dialog.note, "Un appel pour démarrer ?")
    reader.dialog.ok_button.click()
    qtbot.waitUntil(lambda: reader.practice.mentoring_asked_by_us)
    view.show_library()
    view.library.adopted.setChecked(True)  # "adoptées par nous"
    qtbot.waitUntil(lambda: not view.library.loading)
    wait_idle(qtbot, window)
    assert [view.library.list.item(0).data(ID_ROLE)] == [practice_id]
    assert "adoptée 1 fois" in view.library.list.itemWidget(view.library.list.item(0)).text()


def test_our_own_practice_cannot_be_marked_by_us(qtbot, window):
    practice_id = seed(window, published)
    view = open_practices(qtbot, window)
    reader = open_in_reader(qtbot, window, view, practice_id)
    assert not reader.feedback.useful.isEnabled() and not reader.feedback.adopt_button.isEnabled()
    assert reader.feedback.why_not.isVisibleTo(reader.feedback)
    assert reader.edit_button.isVisibleTo(reader)


def test_markdown_export_then_import_as_a_draft(qtbot, window, tmp_path):
    practice_id = seed(window, published)
    view = open_practices(qtbot, window)
    open_in_reader(qtbot, window, view, practice_id)
    target = tmp_path / "fiche.md"
    view.export_markdown(practice_id, target)
    wait_idle(qtbot, window)
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# Accueillir les nouveaux bénévoles") and "## Méthode" in text
    copy = tmp_path / "copie.md"
    copy.write_text(text.replace("# Accueillir", "# Bien accueillir"), encoding="utf-8")
    view.import_markdown(copy)
    qtbot.waitUntil(lambda: view.pages.currentWidget() is view.editor)
    assert view.editor.form.rows["title"].editor.text() == "Bien accueillir les nouveaux bénévoles"
    assert [r.label for r in view.editor.form.indicators.rows()] == ["Bénévoles actifs"]
    [imported] = seed(window, lambda s: [p.id for p in s.query(Practice).filter(Practice.id != practice_id)])
    assert seed(window, lambda s: open_practice(s, imported).status) == "draft"
    bad = tmp_path / "vide.md"
    bad.write_text("\n\n", encoding="utf-8")
    view.import_markdown(bad)
    wait_idle(qtbot, window)
    assert "fiche" in window.statusBar().currentMessage()


def test_pdf_export_goes_through_the_practice_sheet(qtbot, window, tmp_path):
    practice_id = seed(window, published)
    view = open_practices(qtbot, window)
    target = tmp_path / "fiche.pdf"
    view.export_pdf(practice_id, target)
    wait_idle(qtbot, window)
    message = window.statusBar().currentMessage()
    try:
        import app.export.practice_sheet  # noqa: F401 (being written alongside)
    except ImportError:
        assert "pas encore disponible" in message
    else:
        assert target.exists() and target.read_bytes().startswith(b"%PDF"), message


def test_search_filters_and_sort(qtbot, seeded, request):
    def setup(session):
        enrolled(session)
        ours = published(session, title="Former les bénévoles", themes=["formation"])
        pr.create_draft(session, pr.PracticeFields(title="Brouillon de budget", themes=["financement"]))
        theirs(session, title="Budget participatif des bénévoles")
        return ours

    seeded.run(setup)
    window = request.getfixturevalue("window")
    view = open_practices(qtbot, window)
    library = view.library
    assert library.list.count() == 3
    assert library.theme.findText("formation") >= 0
    assert library.author.findText("Comité des Fêtes") >= 0
    library.status.setCurrentIndex(library.status.findData("draft"))
    qtbot.waitUntil(lambda: not library.loading and library.list.count() == 1)
    library.status.setCurrentIndex(0)
    library.author.setCurrentIndex(library.author.findText("Comité des Fêtes"))
    qtbot.waitUntil(lambda: not library.loading and library.list.count() == 1)
    library.author.setCurrentIndex(0)
    library.theme.setCurrentIndex(library.theme.findText("formation"))
    qtbot.waitUntil(lambda: not library.loading and library.list.count() == 1)
    library.theme.setCurrentIndex(0)
    library.sort.setCurrentIndex(library.sort.findData("adoptions"))
    qtbot.waitUntil(lambda: not library.loading and library.list.count() == 3)
    assert "3 pratiques" in library.count_label.text()
