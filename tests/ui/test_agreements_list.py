"""The "Conventions" list on a real SQLite store: built only when opened, its empty state, the
amendments under their agreement, the status filter and the search, another association's
agreement told apart, Enter opening one, the refresh after a sync, and the start-up reminder in
the banner and the sidebar."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.services.agreements import records as ag
from tests.ui.agreements_helpers import draft, enrolled, list_refs, open_agreements, ready, theirs
from tests.ui.conftest import wait_idle


def test_the_section_is_built_only_when_opened_and_says_how_to_start(qtbot, window):
    assert window.section("agreements").view is None  # the contacts start does not pay for it
    wait_idle(qtbot, window)
    assert window.section_item("agreements").text() == "Conventions"  # nothing to renew
    assert window.section("agreements").banner is None
    view = open_agreements(qtbot, window)
    assert window.stack.currentWidget() is view
    empty = view.list.empty_label
    assert empty.isVisibleTo(view) and not view.list.table.isVisibleTo(view)
    assert "met par écrit ce que des associations font ensemble" in empty.text()
    assert "Nouvelle convention" in empty.text()


def test_amendments_under_their_agreement_filter_search_and_open(qtbot, seeded, window):
    first = seeded.run(lambda s: draft(s, "Parc de matériel partagé"))
    seeded.run(lambda s: ag.mark_signed(s, first, date.today()))
    amendment = seeded.run(lambda s: ag.create_amendment(s, first))
    seeded.run(lambda s: draft(s, "Fête de quartier des Pentes"))
    view = open_agreements(qtbot, window)
    qtbot.waitUntil(lambda: view.list.model.rowCount() == 3)
    model = view.list.model
    refs = list_refs(view)
    year = date.today().year
    assert refs == [f"CONV-{year}-002", f"CONV-{year}-001", f"CONV-{year}-001-A1"]  # the amendment under it
    assert model.data(model.index(2, model.REFERENCE)).strip().startswith("↳")
    assert model.data(model.index(1, model.STATUS)) == "Signée"
    assert model.data(model.index(1, model.PARTIES)) == "Les Amis du Parc, Vélo Solidaire"
    assert model.headerData(model.AMOUNT, Qt.Orientation.Horizontal) == "Montant"
    assert view.list.count_label.text() == "3 conventions et avenants"
    assert view.list.status.itemText(1) == "Brouillon (2)"
    view.list.status.setCurrentIndex(view.list.status.findData("draft"))
    qtbot.waitUntil(lambda: len(list_refs(view)) == 2)
    amendment_row = model.row_of(amendment)
    assert model.data(model.index(amendment_row, model.TITLE)).endswith(
        f"(avenant à CONV-{year}-001)"
    )  # its agreement is filtered out: named instead
    view.list.status.setCurrentIndex(0)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.list.search.hasFocus()
    qtbot.keyClicks(view.list.search, "pentes")
    qtbot.waitUntil(lambda: len(list_refs(view)) == 1)
    view.list.search.setText("rien de tel")
    qtbot.waitUntil(lambda: view.list.empty_label.isVisibleTo(view))
    assert view.list.empty_label.text() == "Aucune convention ne correspond à cette recherche."
    view.list.search.clear()
    qtbot.waitUntil(lambda: len(list_refs(view)) == 3)
    view.list.table.setFocus()
    view.list.table.selectRow(1)
    qtbot.keyClick(view.list.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.pages.currentWidget() is view.detail)
    assert view.detail.detail.id == first
    qtbot.keyClick(view.detail, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: view.pages.currentWidget() is view.list)


def test_another_associations_agreement_is_told_apart_and_arrives_after_a_sync(qtbot, seeded, window):
    seeded.run(enrolled)
    seeded.run(draft)
    view = open_agreements(qtbot, window)
    qtbot.waitUntil(lambda: view.list.model.rowCount() == 1)
    assert not view.list.legend.isVisibleTo(view)
    window.runner.database.run(theirs)  # as a pull would write it, off the database thread
    qtbot.waitUntil(lambda: view.list.model.rowCount() == 2)
    model = view.list.model
    row = next(r for r in range(2) if not model.row_at(r).ours)
    assert model.data(model.index(row, model.TITLE), Qt.ItemDataRole.FontRole).italic()
    assert "Rédigée par une autre association" in model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole)
    assert view.list.legend.isVisibleTo(view)
    assert "rédigée par une autre association" in view.list.legend.text()


def test_agreements_to_renew_are_recalled_at_start_and_counted_in_the_sidebar(qtbot, data_paths, seeded):
    from app.db import open_database
    from app.ui.main_window import MainWindow
    from app.ui.task_runner import TaskRunner

    today = date.today()
    ending = seeded.run(
        lambda s: ag.create_agreement(
            s,
            ready(
                "Formation aux premiers secours",
                start_date=today - timedelta(days=300),
                end_date=today + timedelta(days=30),
            ),
        )
    )
    seeded.run(lambda s: ag.mark_signed(s, ending, today - timedelta(days=310)))
    later = seeded.run(
        lambda s: ag.create_agreement(
            s,
            ready(
                "Prêt de bénévoles",
                start_date=today - timedelta(days=10),
                end_date=today + timedelta(days=200),
            ),
        )
    )
    seeded.run(lambda s: ag.mark_signed(s, later, today - timedelta(days=12)))
    runner = TaskRunner(lambda: open_database(data_paths))
    win = MainWindow(runner, data_paths)
    qtbot.addWidget(win)
    win.show()
    try:
        qtbot.waitUntil(lambda: win.section("agreements").banner is not None)
        banner = win.section("agreements").banner
        assert banner.title.text() == "Conventions à renouveler"
        assert "« Formation aux premiers secours » se termine le" in banner.text.text()
        assert "(dans 30 jours)" in banner.text.text() and "Prêt de bénévoles" not in banner.text.text()
        assert QApplication.activeModalWidget() is None  # it never blocks
        qtbot.waitUntil(
            lambda: win.section_item("agreements").text().splitlines() == ["Conventions", "1 à renouveler"]
        )
        assert win.section("agreements").view is None  # still not built
        banner.open_button.click()
        assert win.current_key() == "agreements"
        view = win.section("agreements").view
        qtbot.waitUntil(lambda: view.pages.currentWidget() is view.detail and view.detail.detail.id == ending)
        qtbot.waitUntil(lambda: win.section("agreements").banner is None)  # dismissed once used
        view.detail.reminder.setValue(10)  # remind later: the count follows
        qtbot.waitUntil(lambda: win.section_item("agreements").text() == "Conventions", timeout=4000)
    finally:
        runner.shutdown()


def test_a_wide_window_shows_whole_titles_and_parties_and_a_narrow_one_keeps_them_readable(
    qtbot, seeded, window
):
    long_title = "Prêt de matériel pour la grande fête de quartier des Pentes et du Vieux-Lyon"
    seeded.run(lambda s: draft(s, long_title))
    view = open_agreements(qtbot, window)
    qtbot.waitUntil(lambda: view.list.model.rowCount() == 1)
    table, model = view.list.table, view.list.model
    header = table.horizontalHeader()
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: header.sectionSize(model.TITLE) >= table.sizeHintForColumn(model.TITLE))
    assert header.sectionSize(model.PARTIES) >= table.sizeHintForColumn(model.PARTIES)
    # The status column is as wide as its words, not the rest of the window.
    assert header.sectionSize(model.STATUS) <= table.sizeHintForColumn(model.STATUS) + 2
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: header.sectionSize(model.TITLE) < table.sizeHintForColumn(model.TITLE))
    assert header.sectionSize(model.TITLE) >= 240 and header.sectionSize(model.PARTIES) >= 260
