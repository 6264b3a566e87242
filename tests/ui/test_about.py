"""Aide ▸ À propos: the icon, the version and the licence, with a link to its text."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from app import __version__


def test_about_shows_the_icon_the_version_and_the_licence(window):
    box = window._about()
    try:
        labels = box.findChildren(QLabel)
        text = box.text()
        assert f"Entraide {__version__}" in text
        assert "GPL-3.0-or-later" in text and "logiciel libre" in text
        assert 'href="https://www.gnu.org/licenses/gpl-3.0.html"' in text
        assert any(label.openExternalLinks() for label in labels if "href" in label.text())
        assert not box.iconPixmap().isNull()
        assert box.iconPixmap().toImage().pixelColor(48, 48).alpha() == 255  # ours, not a blank
    finally:
        box.close()
