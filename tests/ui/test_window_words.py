"""Plurals, the one-line reminder banners and remembered sizes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, QSize
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QSplitter

from app.ui.application import install_translations
from app.ui.shared.banner import ReminderBanner
from app.ui.shared.remembered import remember_dialog_size, remember_splitter


def test_counts_take_the_plural_each_language_wants(qapp):
    try:
        assert QCoreApplication.translate("ContactsView", "%Ln résultats", "", 1) == "1 résultat"
        assert QCoreApplication.translate("ContactsView", "%Ln résultats", "", 0) == "0 résultat"
        assert QCoreApplication.translate("ContactsView", "%Ln résultats", "", 200) == "200 résultats"
        english = install_translations(qapp, "en")
        assert QCoreApplication.translate("ContactsView", "%Ln résultats", "", 1) == "1 result"
        assert QCoreApplication.translate("ContactsView", "%Ln résultats", "", 0) == "0 results"
        assert QCoreApplication.translate("CatalogueView", "%Ln matériels", "", 2) == "2 items"
    finally:
        for translator in locals().get("english", []):
            QApplication.removeTranslator(translator)


def test_a_banner_takes_one_line_until_clicked_open(qtbot):
    sentences = [f"Prêt numéro {i} en retard depuis longtemps, à récupérer." for i in range(5)]
    banner = ReminderBanner("Prêts à surveiller", sentences, "Voir les prêts")
    qtbot.addWidget(banner)
    banner.resize(700, 200)
    banner.show()
    collapsed = banner.sizeHint().height()
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
