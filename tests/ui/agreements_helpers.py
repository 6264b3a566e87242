"""Helpers for the agreements window tests: organisations in the contacts, agreements written
through the services, opening the section and an agreement, and driving modal pickers."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from app.models import SyncedRecord
from app.services.agreements import records as ag
from app.services.agreements.content import AgreementContent, Party, Payment
from app.services.contacts import records as contacts
from app.services.contacts.fields import ContactFields
from tests.ui.conftest import wait_idle
from tests.unit.practice_helpers import OTHER, enrolled

__all__ = ["OTHER", "enrolled"]


def organisation(session, name: str, rna: str, president: tuple[str, str]) -> str:
    """An association of the contacts, with its president (who then signs for it)."""
    org_id = contacts.create_contact(
        session,
        ContactFields(kind="organisation", name=name, rna=rna, address="3 place du Marché, 69001 Lyon"),
    )
    person = contacts.create_contact(
        session, ContactFields(kind="person", first_name=president[0], last_name=president[1])
    )
    contacts.add_role(session, person, org_id, "president")
    return org_id


def two_organisations(session) -> tuple[str, str]:
    return (
        organisation(session, "Les Amis du Parc", "W691234567", ("Claire", "Martin")),
        organisation(session, "Vélo Solidaire", "W692345678", ("Paul", "Roux")),
    )


def ready(title: str = "Parc de matériel partagé", **changes) -> AgreementContent:
    """An agreement with everything needed for the signature."""
    content = AgreementContent(
        title=title,
        purpose="Mettre en commun du matériel de fête.",
        parties=[
            Party("p1", "Les Amis du Parc", signatory_name="Claire Martin", signatory_role="Présidente"),
            Party("p2", "Vélo Solidaire", signatory_name="Paul Roux", signatory_role="Trésorier"),
        ],
        start_date=date.today() - timedelta(days=30),
        end_date=date.today() + timedelta(days=300),
        payments=[Payment("Participation aux frais", "p2", "p1", 45_000, "à la signature")],
        signature_place="Lyon",
    )
    for name, value in changes.items():
        setattr(content, name, value)
    return content


def draft(session, title: str = "Parc de matériel partagé", **changes) -> str:
    return ag.create_agreement(session, ready(title, **changes))


def theirs(session, title: str = "Accueil de jeunes en service civique") -> str:
    """An agreement written by another association, as a pull would have left it."""
    agreement_id = draft(session, title)
    session.add(SyncedRecord(record_id=agreement_id, entity_type="agreement", version=1, owner_id=OTHER))
    session.flush()
    return agreement_id


def open_agreements(qtbot, window):
    window.open_section("agreements")
    qtbot.waitUntil(lambda: window.section("agreements").view is not None)
    view = window.section("agreements").view
    qtbot.waitUntil(lambda: not view.list.loading)
    wait_idle(qtbot, window)
    return view


def open_detail(qtbot, window, view, agreement_id: str):
    view.open_agreement(agreement_id)
    qtbot.waitUntil(
        lambda: (
            view.pages.currentWidget() is view.detail
            and view.detail.detail is not None
            and view.detail.detail.id == agreement_id
        )
    )
    wait_idle(qtbot, window)
    return view.detail


def list_refs(view) -> list[str]:
    model = view.list.model
    return [model.row_at(row).reference for row in range(model.rowCount())]


def in_next_dialog(kind: type, act: Callable[[QDialog], bool]) -> None:
    """Drive the next modal dialog of this kind: `act` is called until it returns True (it can
    wait for the dialog's own database jobs, which run inside the dialog's event loop)."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind) or not act(dialog):
            QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)
