"""Needs and offers: the form's values and their checks, writing them, closing them, and where
each stands (an open one past its expiry shows as expired).

Only the author association edits its needs and offers; the others see them, read-only, after
their next sync, and answer them with a response (app/services/needs/responses.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import InvalidInput, Message, NotFound
from app.i18n import QT_TRANSLATE_NOOP
from app.models import Need, NeedDirection, NeedStatus, NeedTiming, NeedVisibility, NetworkAssociation
from app.models import needs as m
from app.services import validation as v
from app.services.needs import places
from app.services.network import is_ours, my_association_id

DEFAULT_LIFETIME_DAYS = 90  # an open need with no end date expires after three months
LIVE = (NeedStatus.OPEN.value, NeedStatus.IN_PROGRESS.value)

KIND_LABELS = {
    m.NeedKind.EQUIPMENT: QT_TRANSLATE_NOOP("entraide", "Matériel"),
    m.NeedKind.VOLUNTEERS: QT_TRANSLATE_NOOP("entraide", "Bénévoles et compétences"),
    m.NeedKind.KNOW_HOW: QT_TRANSLATE_NOOP("entraide", "Savoir-faire et mentorat"),
    m.NeedKind.ROOM: QT_TRANSLATE_NOOP("entraide", "Local ou salle"),
    m.NeedKind.TRANSPORT: QT_TRANSLATE_NOOP("entraide", "Transport"),
    m.NeedKind.OTHER: QT_TRANSLATE_NOOP("entraide", "Autre"),
}
STATUS_LABELS = {
    NeedStatus.OPEN: QT_TRANSLATE_NOOP("entraide", "Ouvert"),
    NeedStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("entraide", "En cours"),
    NeedStatus.MET: QT_TRANSLATE_NOOP("entraide", "Pourvu"),
    NeedStatus.EXPIRED: QT_TRANSLATE_NOOP("entraide", "Expiré"),
    NeedStatus.WITHDRAWN: QT_TRANSLATE_NOOP("entraide", "Retiré"),
}
DIRECTION_LABELS = {
    NeedDirection.NEED: QT_TRANSLATE_NOOP("entraide", "Besoin"),
    NeedDirection.OFFER: QT_TRANSLATE_NOOP("entraide", "Proposition"),
}
TIMING_LABELS = {
    NeedTiming.ONE_OFF: QT_TRANSLATE_NOOP("entraide", "À une date"),
    NeedTiming.RECURRING: QT_TRANSLATE_NOOP("entraide", "Régulier"),
    NeedTiming.OPEN: QT_TRANSLATE_NOOP("entraide", "Sans date"),
}


@dataclass
class NeedFields:
    """What the form and the command line hand in; `place` as typed ("Lyon 7e", "69007")."""

    direction: str = NeedDirection.NEED.value
    kind: str = m.NeedKind.OTHER.value
    title: str = ""
    description: str = ""
    timing: str = NeedTiming.OPEN.value
    start_date: date | None = None
    end_date: date | None = None
    recurrence: str = ""
    remote: bool = False
    place: str = ""
    quantity: int | None = None
    contact_name: str = ""
    contact_phone: str = ""
    contact_email: str = ""
    expires_on: date | None = None
    visibility: str = NeedVisibility.NETWORK.value
    audience_ids: list[str] = field(default_factory=list)


def too_long(out: v.Checked, name: str, text: str, limit: int) -> None:
    if len(text) > limit:
        out.errors[name] = Message(
            QT_TRANSLATE_NOOP("entraide", "Trop long : {0} caractères pour {1} au plus."), (len(text), limit)
        )


def _choice(out: v.Checked, name: str, value: str) -> None:
    if value not in m.CHOICES[name]:
        out.errors[name] = QT_TRANSLATE_NOOP("entraide", "Choix inconnu.")
    out.values[name] = value


def check_need(session: Session, data: NeedFields, today: date) -> v.Checked:
    """The record's column values and what to fix, per field (the form keeps what was typed)."""
    out = v.Checked()
    for name in ("direction", "kind", "timing", "visibility"):
        _choice(out, name, getattr(data, name))
    title = v.clean(data.title)
    out.values["title"] = title
    if not title:
        out.errors["title"] = QT_TRANSLATE_NOOP(
            "entraide", "Donnez un titre, par exemple « 5 bénévoles avec le permis B le 14 mars »."
        )
    too_long(out, "title", title, m.TITLE_MAX)
    out.values["description"] = v.clean(data.description)
    too_long(out, "description", out.values["description"], m.DESCRIPTION_MAX)
    _check_dates(out, data)
    _check_place(out, data)
    check_contact(out, data)
    if data.quantity is not None and not m.QUANTITY_MIN <= data.quantity <= m.QUANTITY_MAX:
        out.errors["quantity"] = QT_TRANSLATE_NOOP("entraide", "La quantité va de 1 à 100 000.")
    out.values["quantity"] = data.quantity
    expires = data.expires_on or default_expiry(out.values.get("end_date"), today)
    if expires < today:
        out.errors["expires_on"] = QT_TRANSLATE_NOOP(
            "entraide", "La date d'expiration est passée : choisissez une date à venir."
        )
    out.values["expires_on"] = expires
    _check_audience(session, out, data)
    return out


def default_expiry(end: date | None, today: date) -> date:
    return end if end is not None and end >= today else today + timedelta(days=DEFAULT_LIFETIME_DAYS)


def _check_dates(out: v.Checked, data: NeedFields) -> None:
    start, end, recurrence = data.start_date, data.end_date, v.clean(data.recurrence)
    if data.timing == NeedTiming.OPEN.value:
        start = end = None
        recurrence = ""
    elif data.timing == NeedTiming.ONE_OFF.value:
        recurrence = ""
        if start is None:
            out.errors["start_date"] = QT_TRANSLATE_NOOP(
                "entraide", "Choisissez la date (ou la première date)."
            )
        end = end or start
    elif not recurrence:
        out.errors["recurrence"] = QT_TRANSLATE_NOOP(
            "entraide", "Dites quand, par exemple « le week-end » ou « tous les mardis soir »."
        )
    if start is not None and end is not None and end < start:
        out.errors["end_date"] = QT_TRANSLATE_NOOP("entraide", "La date de fin précède la date de début.")
    too_long(out, "recurrence", recurrence, m.RECURRENCE_MAX)
    out.values.update(start_date=start, end_date=end, recurrence=recurrence or None)


def _check_place(out: v.Checked, data: NeedFields) -> None:
    out.values.update(remote=bool(data.remote), commune_code=None, place_name=None, postal_code=None)
    if data.remote:
        return
    if not v.clean(data.place):
        out.errors["place"] = QT_TRANSLATE_NOOP(
            "entraide", "Indiquez la commune (nom ou code postal), ou cochez « À distance »."
        )
        return
    try:
        commune, postal_code = places.resolve(data.place)
    except InvalidInput as error:
        out.errors.update(error.errors)
        return
    out.values.update(commune_code=commune.code, place_name=commune.name, postal_code=postal_code or None)


def check_contact(out: v.Checked, data: NeedFields) -> None:
    name = v.clean(data.contact_name)
    too_long(out, "contact_name", name, m.CONTACT_NAME_MAX)
    phone, phone_error = v.normalise_phone(data.contact_phone)
    email, email_error = v.normalise_email(data.contact_email)
    if phone_error:
        out.errors["contact_phone"] = phone_error
    if email_error:
        out.errors["contact_email"] = email_error
    out.values.update(contact_name=name or None, contact_phone=phone, contact_email=email)


def _check_audience(session: Session, out: v.Checked, data: NeedFields) -> None:
    chosen = sorted(set(data.audience_ids)) if data.visibility == NeedVisibility.ASSOCIATIONS.value else []
    out.values["audience_ids"] = chosen
    if data.visibility != NeedVisibility.ASSOCIATIONS.value:
        return
    me = my_association_id(session)
    known = set(session.scalars(select(NetworkAssociation.id))) - {me}
    if not chosen:
        out.errors["audience_ids"] = QT_TRANSLATE_NOOP(
            "entraide", "Choisissez au moins une association du réseau, ou montrez-le à tout le réseau."
        )
    elif len(chosen) > m.AUDIENCE_MAX or not set(chosen) <= known:
        out.errors["audience_ids"] = QT_TRANSLATE_NOOP(
            "entraide", "Choisissez des associations du réseau (50 au plus), pas la vôtre."
        )


# --- writing -----------------------------------------------------------------------------------
def load(session: Session, need_id: str) -> Need:
    record = session.get(Need, need_id)
    if record is None or record.deleted_at is not None:
        raise NotFound(need_id)
    return record


def load_own(session: Session, need_id: str) -> Need:
    record = load(session, need_id)
    if not is_ours(session, need_id):
        raise InvalidInput(
            {
                "status": QT_TRANSLATE_NOOP(
                    "entraide", "Publié par une autre association : seule elle le modifie ou le clôt."
                )
            }
        )
    return record


def create_need(session: Session, data: NeedFields, today: date | None = None) -> str:
    checked = check_need(session, data, today or date.today())
    checked.raise_if_invalid()
    record = Need(status=NeedStatus.OPEN.value, **checked.values)
    session.add(record)
    session.flush()
    return record.id


def update_need(session: Session, need_id: str, data: NeedFields, today: date | None = None) -> None:
    record = load_own(session, need_id)
    checked = check_need(session, data, today or date.today())
    checked.raise_if_invalid()
    _apply(record, checked.values)


def _apply(record: Need, values: dict[str, Any]) -> None:
    for name, value in values.items():
        if getattr(record, name) != value:  # only what changed travels
            setattr(record, name, value)


def fields_of(record: Need) -> NeedFields:
    commune = places.by_code(record.commune_code)
    return NeedFields(
        direction=record.direction,
        kind=record.kind,
        title=record.title,
        description=record.description or "",
        timing=record.timing,
        start_date=record.start_date,
        end_date=record.end_date,
        recurrence=record.recurrence or "",
        remote=record.remote,
        place=commune.label(record.postal_code) if commune is not None else (record.place_name or ""),
        quantity=record.quantity,
        contact_name=record.contact_name or "",
        contact_phone=v.format_phone(record.contact_phone),
        contact_email=record.contact_email or "",
        expires_on=record.expires_on,
        visibility=record.visibility,
        audience_ids=list(record.audience_ids or []),
    )


def close_need(session: Session, need_id: str, status: str) -> None:
    """Mark as met ("pourvu") or withdrawn; `reopen_need` takes it back."""
    if status not in (NeedStatus.MET.value, NeedStatus.WITHDRAWN.value):
        raise InvalidInput({"status": QT_TRANSLATE_NOOP("entraide", "Choix inconnu.")})
    load_own(session, need_id).status = status


def reopen_need(session: Session, need_id: str, today: date | None = None) -> None:
    record = load_own(session, need_id)
    today = today or date.today()
    record.status = NeedStatus.OPEN.value
    if record.expires_on is not None and record.expires_on < today:
        record.expires_on = today + timedelta(days=DEFAULT_LIFETIME_DAYS)


def effective_status(status: str, expires_on: date | None, today: date) -> str:
    """Where it stands: a live one past its expiry is expired (nothing is written for that)."""
    if status in LIVE and expires_on is not None and expires_on < today:
        return NeedStatus.EXPIRED.value
    return status


def is_live(record: Need, today: date) -> bool:
    return effective_status(record.status, record.expires_on, today) in LIVE


def span(record: Any) -> tuple[date, date] | None:
    """The days it covers, for overlaps; None when it has no date (open, or recurring unbounded)."""
    start, end = record.start_date, record.end_date
    if start is None and end is None:
        return None
    return (start or end, end or start)
