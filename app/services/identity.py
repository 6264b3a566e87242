"""Our association's identity: what the first-start assistant and Préférences record (name, kind,
RNA, SIRET, address, e-mail, phone, legal representative), and who we are on paper for every
document, before any enrolment as after.

On paper, what the association typed wins; what it left empty comes from the hub's record of
it (name, RNA, SIRET, known once enrolled); "Notre association" only when neither knows. At
enrolment, the differences between the two are shown and the user chooses
(`differences`, `take_from_hub`).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from sqlalchemy.orm import Session

from app.i18n import QT_TRANSLATE_NOOP
from app.models import IDENTITY_ROW, AssociationIdentity, NetworkAssociation, SyncState
from app.services import validation as v

OUR_ASSOCIATION = "Notre association"  # when nobody has said who we are yet
LEGAL_FORMS = (
    "Association loi 1901",
    "Association de droit local (Alsace-Moselle)",
    "Fondation",
    "Fonds de dotation",
    "Collectif sans statut",
)
LIMITS = {
    "name": 300,
    "legal_form": 100,
    "email": 254,
    "representative_name": 200,
    "representative_role": 100,
}
COMPARED = ("name", "rna", "siret")  # what the hub also knows of us


@dataclass
class IdentityFields:
    """Text as typed in the assistant or in Préférences."""

    name: str = ""
    legal_form: str = LEGAL_FORMS[0]
    rna: str = ""
    siret: str = ""
    address: str = ""
    email: str = ""
    phone: str = ""
    representative_name: str = ""
    representative_role: str = ""


@dataclass(frozen=True)
class Identity:
    """Who we are on paper. `known`: the association (or the hub) said so; False means the
    name is the placeholder "Notre association"."""

    name: str
    legal_form: str = ""
    rna: str | None = None
    siret: str | None = None
    address: str = ""
    email: str | None = None
    phone: str | None = None
    representative_name: str = ""
    representative_role: str = ""
    known: bool = False


@dataclass(frozen=True)
class Difference:
    field: str  # "name", "rna" or "siret"
    ours: str
    hub: str


def check_identity(data: IdentityFields) -> v.Checked:
    out = v.Checked()
    values = out.values
    for name in ("name", "legal_form", "address", "representative_name", "representative_role"):
        values[name] = v.clean(getattr(data, name)) or None
        if name in LIMITS:
            v.check_length(out, name, values[name] or "", LIMITS[name])
    if not values["name"]:
        out.errors["name"] = QT_TRANSLATE_NOOP("entraide", "Donnez le nom de l'association.")
    values["rna"], warning = v.normalise_rna(data.rna)
    if warning:
        out.warnings["rna"] = warning
    for name, normalise in (
        ("siret", v.normalise_siret),
        ("email", v.normalise_email),
        ("phone", v.normalise_phone),
    ):
        values[name], error = normalise(getattr(data, name))
        if error:
            out.errors[name] = error
    return out


def load_identity(session: Session) -> AssociationIdentity | None:
    return session.get(AssociationIdentity, IDENTITY_ROW)


def assistant_wanted(session: Session) -> bool:
    """The first-start assistant asks once: until it is answered or put off."""
    return load_identity(session) is None


def put_off(session: Session) -> None:
    """ "Plus tard": the assistant does not ask again; Préférences stays open for it."""
    if load_identity(session) is None:
        session.add(AssociationIdentity(id=IDENTITY_ROW))


def save_identity(session: Session, data: IdentityFields) -> None:
    checked = check_identity(data)
    checked.raise_if_invalid()
    row = load_identity(session)
    if row is None:
        row = AssociationIdentity(id=IDENTITY_ROW)
        session.add(row)
    for name, value in checked.values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)


def fields_of(session: Session) -> IdentityFields:
    """What the form starts from: what was typed, else what the hub knows of us."""
    row = load_identity(session)
    if row is not None and row.name:
        typed = IdentityFields(**{name: getattr(row, name) or "" for name in asdict(IdentityFields())})
        typed.phone = v.format_phone(row.phone)  # as people write it: "04 78 12 34 56"
        return typed
    paper = our_identity(session)
    return IdentityFields(
        name=paper.name if paper.known else "", rna=paper.rna or "", siret=paper.siret or ""
    )


def _hub_record(session: Session) -> tuple[str | None, NetworkAssociation | None]:
    state = session.get(SyncState, 1)
    member = session.get(NetworkAssociation, state.association_id) if state and state.association_id else None
    name = (state.association_name if state else None) or (member.name if member else None)
    return name, member


def our_identity(session: Session) -> Identity:
    """Who we are on paper: typed here first, then the hub's record, then "Notre association"."""
    row = load_identity(session)
    hub_name, member = _hub_record(session)
    rna = (row.rna if row else None) or (member.rna if member else None)
    siret = (row.siret if row else None) or (member.siret if member else None)
    if row is not None and row.name:
        return Identity(
            row.name,
            row.legal_form or "",
            rna,
            siret,
            row.address or "",
            row.email,
            row.phone,
            row.representative_name or "",
            row.representative_role or "",
            known=True,
        )
    if hub_name:
        return Identity(hub_name, rna=rna, siret=siret, known=True)
    return Identity(OUR_ASSOCIATION, rna=rna, siret=siret)


def our_name(session: Session) -> str:
    return our_identity(session).name


def differences(
    session: Session, hub_name: str, hub_rna: str | None, hub_siret: str | None
) -> list[Difference]:
    """What we typed that the hub says otherwise (a field left empty here differs from nothing:
    the hub's value fills it on paper anyway)."""
    row = load_identity(session)
    if row is None or not row.name:
        return []
    hub = {"name": hub_name, "rna": hub_rna, "siret": hub_siret}
    return [
        Difference(name, getattr(row, name), hub[name] or "")
        for name in COMPARED
        if getattr(row, name) and hub[name] and getattr(row, name) != hub[name]
    ]


def take_from_hub(session: Session, found: list[Difference]) -> None:
    """The user chose the hub's values for these differences."""
    row = load_identity(session)
    if row is None:
        return
    for difference in found:
        setattr(row, difference.field, difference.hub or None)
