"""What hangs off a contact: roles in organisations (or members) and RGPD consents."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models import RoleKind
from app.services.contacts.records import ROLE_LABELS, ConsentInfo, RoleInfo
from app.ui.shared.locale_format import service_text, show_date

ID_ROLE = Qt.ItemDataRole.UserRole + 1
OTHER_ROLE = Qt.ItemDataRole.UserRole + 2


class _ListPanel(QGroupBox):
    """A titled list with Add and Remove buttons under it."""

    add_requested = Signal()
    remove_requested = Signal(str)

    def __init__(self, title: str, add_text: str, remove_text: str, parent: QWidget | None = None):
        super().__init__(title, parent)
        self.list = QListWidget()
        self.list.setAlternatingRowColors(True)
        self.list.setMaximumHeight(140)
        self.add_button = QPushButton(add_text)
        self.remove_button = QPushButton(remove_text)
        self.remove_button.setEnabled(False)
        self.add_button.clicked.connect(self.add_requested)
        self.remove_button.clicked.connect(self._remove_current)
        self.list.currentItemChanged.connect(
            lambda item, _old: self.remove_button.setEnabled(item is not None)
        )
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(buttons)

    def _remove_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.remove_requested.emit(item.data(ID_ROLE))

    def _add_item(self, text: str, item_id: str, other_id: str | None = None) -> None:
        item = QListWidgetItem(text)
        item.setData(ID_ROLE, item_id)
        item.setData(OTHER_ROLE, other_id)
        self.list.addItem(item)


class RolesPanel(_ListPanel):
    """A person's roles in organisations, or an organisation's members; double-click opens."""

    open_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Rôles"), self.tr("Ajouter un rôle…"), self.tr("Retirer le rôle"), parent)
        self.for_person = True
        self.list.itemActivated.connect(lambda item: self.open_requested.emit(item.data(OTHER_ROLE)))

    def show_roles(self, roles: list[RoleInfo], *, for_person: bool) -> None:
        self.for_person = for_person
        self.setTitle(self.tr("Rôles dans les organisations") if for_person else self.tr("Membres et rôles"))
        self.add_button.setText(self.tr("Ajouter un rôle…") if for_person else self.tr("Ajouter un membre…"))
        self.list.clear()
        for role in roles:
            other = role.organisation_name if for_person else role.person_name
            other_id = role.organisation_id if for_person else role.person_id
            period = self._period(role)
            current = "" if role.current() else self.tr(" (terminé)")
            label = role.title or service_text(ROLE_LABELS[RoleKind(role.role)])
            self._add_item(f"{label} — {other}{period}{current}", role.id, other_id)

    def _period(self, role: RoleInfo) -> str:
        if role.start_date and role.end_date:
            return self.tr(", du {0} au {1}").format(show_date(role.start_date), show_date(role.end_date))
        if role.start_date:
            return self.tr(", depuis le {0}").format(show_date(role.start_date))
        if role.end_date:
            return self.tr(", jusqu'au {0}").format(show_date(role.end_date))
        return ""


class ConsentsPanel(_ListPanel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Consentements (RGPD)"),
            self.tr("Ajouter un consentement…"),
            self.tr("Retirer le consentement"),
            parent,
        )

    def show_consents(self, consents: list[ConsentInfo]) -> None:
        self.list.clear()
        for consent in consents:
            text = self.tr("{0} — donné le {1}").format(consent.purpose, show_date(consent.given_on))
            if consent.source:
                text += f" ({consent.source})"
            if consent.withdrawn_on:
                text += self.tr(" — retiré le {0}").format(show_date(consent.withdrawn_on))
            self._add_item(text, consent.id)
