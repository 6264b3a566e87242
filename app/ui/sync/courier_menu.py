"""The Synchronisation menu's courier entries: (text, method of CourierActions). The section makes
the actions when the menus are built, before it has made its CourierActions, and before the sync
modules are loaded (after the window's first paint)."""

from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP

MENU = (
    (QT_TRANSLATE_NOOP("CourierActions", "Préparer un fichier pour le hub…"), "prepare"),
    (QT_TRANSLATE_NOOP("CourierActions", "Transmettre un fichier de liaison…"), "carry"),
    (QT_TRANSLATE_NOOP("CourierActions", "Importer la réponse du hub…"), "import_answer"),
    (QT_TRANSLATE_NOOP("CourierActions", "Dossier de la clé USB…"), "choose_stick"),
)
