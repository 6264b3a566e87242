"""Plurals, the one-line reminder banners and remembered sizes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QSize
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton, QSplitter, QWidget

from app.ui.application import install_translations
from app.ui.contacts.import_texts import counted
from app.ui.shared.banner import ReminderBanner
from app.ui.shared.elided_label import ElidedLabel
from app.ui.shared.flow_layout import FlowLayout
from app.ui.shared.locale_format import colon, quoted
from app.ui.shared.remembered import remember_dialog_size, remember_splitter


def test_counts_take_the_plural_each_language_wants(qapp):
    try:
        assert QCoreApplication.translate("TrashView", "%Ln éléments dans la corbeille", "", 0) == (
            "0 élément dans la corbeille"
        )
        assert QCoreApplication.translate("ContactsView", "%Ln résultats", "", 1) == "1 résultat"
        assert QCoreApplication.translate("ContactsView", "%Ln résultats", "", 0) == "0 résultat"
        assert QCoreApplication.translate("ContactsView", "%Ln résultats", "", 200) == "200 résultats"
        english = install_translations(qapp, "en")
        assert QCoreApplication.translate("ContactsView", "%Ln résultats", "", 1) == "1 result"
        assert QCoreApplication.translate("ContactsView", "%Ln résultats", "", 0) == "0 results"
        assert QCoreApplication.translate("CatalogueView", "%Ln matériels", "", 2) == "2 items"
        assert (
            QCoreApplication.translate("TrashView", "%Ln éléments dans la corbeille", "", 0)
            == "0 items in the bin"
        )
        assert (
            QCoreApplication.translate("TrashView", "%Ln éléments dans la corbeille", "", 1)
            == "1 item in the bin"
        )
    finally:
        for translator in locals().get("english", []):
            QApplication.removeTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))  # as conftest


def test_a_banner_takes_one_line_until_clicked_open(qtbot):
    sentences = [f"Prêt numéro {i} en retard depuis longtemps, à récupérer." for i in range(5)]
    banner = ReminderBanner("Prêts à surveiller", sentences, "Voir les prêts")
    qtbot.addWidget(banner)
    banner.resize(700, 200)
    banner.show()
    collapsed = banner.sizeHint().height()
    # Folded, as tall as its line of text and a thin button: three of them fit a laptop at 150 %.
    line = banner.title.sizeHint().height()
    assert collapsed <= line + 12, (collapsed, line)
    assert not banner.expanded and banner.count.text() == "(5)"
    assert banner.first.text().startswith("Prêt numéro 0") and sentences[4] in banner.first.toolTip()
    banner.toggle.click()
    assert banner.expanded and banner.sizeHint().height() > 2 * collapsed
    banner.toggle.click()
    assert not banner.expanded


def test_splitters_and_dialogs_remember_their_sizes(qtbot):
    splitter = QSplitter()
    splitter.addWidget(QLabel("a"))
    splitter.addWidget(QLabel("b"))
    qtbot.addWidget(splitter)
    splitter.resize(600, 100)
    splitter.show()
    remember_splitter(splitter, "test/splitter")
    splitter.setSizes([150, 450])
    splitter.splitterMoved.emit(150, 1)
    again = QSplitter()
    again.addWidget(QLabel("a"))
    again.addWidget(QLabel("b"))
    qtbot.addWidget(again)
    again.resize(600, 100)
    remember_splitter(again, "test/splitter")
    again.show()
    assert abs(again.sizes()[0] - 150) <= 10
    dialog = QDialog()
    qtbot.addWidget(dialog)
    remember_dialog_size(dialog, "test/dialog", QSize(500, 300))
    dialog.resize(420, 260)
    dialog.done(0)
    assert QSettings().value("test/dialog") == QSize(420, 260)
    second = QDialog()
    qtbot.addWidget(second)
    remember_dialog_size(second, "test/dialog", QSize(500, 300))
    assert second.size() == QSize(420, 260)


def test_quotes_colons_and_counts_follow_the_language(qapp):
    previous = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
        assert quoted("Tables pliantes") == "« Tables pliantes »"
        assert colon("Matériel", "Barnum") == "Matériel\u00a0: Barnum"
        assert counted(0, "{0} ligne refusée", "{0} lignes refusées") == "0 ligne refusée"
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        assert quoted("Tables pliantes") == "\u201cTables pliantes\u201d"
        assert colon("Equipment", "Barnum") == "Equipment: Barnum"
        assert counted(0, "{0} line refused", "{0} lines refused") == "0 lines refused"
        assert counted(1, "{0} line refused", "{0} lines refused") == "1 line refused"
    finally:
        QLocale.setDefault(previous)


def test_a_row_of_buttons_wraps_instead_of_widening_the_window(qtbot):
    row = QWidget()
    qtbot.addWidget(row)
    buttons = [QPushButton(f"Un bouton au texte assez long n° {i}") for i in range(5)]
    layout = FlowLayout(row).add_widgets(*buttons)
    widest = max(button.sizeHint().width() for button in buttons)
    margins = layout.contentsMargins()
    assert row.minimumSizeHint().width() == widest + margins.left() + margins.right()  # not five
    row.resize(widest + 10, 400)
    row.show()
    qtbot.waitUntil(lambda: buttons[4].y() > buttons[0].y())
    assert len({button.y() for button in buttons}) == 5  # one per line
    assert layout.heightForWidth(widest + 10) >= 5 * buttons[0].height()
    row.resize(sum(button.sizeHint().width() for button in buttons) + 60, 100)
    qtbot.waitUntil(lambda: len({button.y() for button in buttons}) == 1)


def test_a_title_gives_up_room_and_keeps_its_whole_text_in_the_tooltip(qtbot):
    title = ElidedLabel("CONV-2026-001 · Parc de matériel partagé entre les associations du quartier")
    qtbot.addWidget(title)
    title.resize(120, 30)
    title.show()
    qtbot.waitUntil(lambda: "…" in QLabel.text(title))
    assert title.text().endswith("du quartier") and title.toolTip() == title.text()
    assert title.minimumSizeHint().width() < 120
