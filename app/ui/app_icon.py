"""The application's icon, drawn from resources/icons/entraide.svg at whatever size is asked."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from app.paths import resources_dir

ICON_FILE = "entraide.svg"  # the installers render their PNG, .ico and .icns from the same file


def application_icon() -> QIcon:
    return QIcon(str(resources_dir() / "icons" / ICON_FILE))
