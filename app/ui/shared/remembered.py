"""Sizes the user chose, kept for next time (QSettings: UI state only): splitters and dialogs."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QSize
from PySide6.QtWidgets import QDialog, QSplitter

LANGUAGE_KEY = "ui/language"  # the Preferences' language, read at start (app/ui/application.py)


def remember_splitter(splitter: QSplitter, key: str) -> None:
    """Restore the splitter's sizes now, save them whenever the user moves it."""
    saved = QSettings().value(key)
    if saved is not None:
        splitter.restoreState(saved)
    splitter.splitterMoved.connect(lambda _pos, _index: QSettings().setValue(key, splitter.saveState()))


def remember_dialog_size(dialog: QDialog, key: str, default: QSize) -> None:
    """Open the dialog at the size it last had, or `default`, never larger than the screen's free
    room (a 1366×768 laptop at 150 % has 911×485 of it); keep the size it closes with."""
    saved = QSettings().value(key)
    size = saved if isinstance(saved, QSize) and saved.isValid() else default
    screen = dialog.screen()
    if screen is not None:
        size = size.boundedTo(screen.availableGeometry().size() * 0.95)
    dialog.resize(size)
    dialog.finished.connect(lambda _result: QSettings().setValue(key, dialog.size()))
