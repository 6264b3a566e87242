"""A contact as typed in a form or an import row, and its check into model values."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields

from app.i18n import QT_TRANSLATE_NOOP
from app.models import ContactKind, OrganisationKind
from app.services import validation as v
from app.text import fold, join_tags, split_tags

ORGANISATION_KIND_LABELS = {
    OrganisationKind.ASSOCIATION: QT_TRANSLATE_NOOP("entraide", "Association"),
    OrganisationKind.LOCAL_AUTHORITY: QT_TRANSLATE_NOOP("entraide", "Collectivité"),
    OrganisationKind.COMPANY: QT_TRANSLATE_NOOP("entraide", "Entreprise"),
    OrganisationKind.FOUNDATION: QT_TRANSLATE_NOOP("entraide", "Fondation"),
    OrganisationKind.OTHER: QT_TRANSLATE_NOOP("entraide", "Autre"),
}


@dataclass
class ContactFields:
    """Text exactly as the user typed it; nothing here is validated yet."""

    kind: str = ContactKind.PERSON.value
    first_name: str = ""
    last_name: str = ""
    name: str = ""  # an organisation's name
    org_kind: str = OrganisationKind.ASSOCIATION.value
    rna: str = ""
    siret: str = ""
    website: str = ""
    email: str = ""
    phone: str = ""
    address: str = ""
    tags: str = ""
    notes: str = ""

    @classmethod
    def names(cls) -> list[str]:
        return [f.name for f in fields(cls)]

    def as_dict(self) -> dict[str, str]:
        return asdict(self)


def person_display_name(first: str, last: str) -> str:
    return " ".join(part for part in (first, last) if part)


PHONE_TO_CHECK = QT_TRANSLATE_NOOP(
    "entraide", "À vérifier : ce numéro n'a pas pu être lu à l'import ; corrigez-le ou effacez-le."
)


def check_contact(data: ContactFields, phone_to_check: str | None = None) -> Checked:
    """Validate every field at once, so a form can show all messages together.

    `phone_to_check`: the number an import kept as written; left as it is, it stays "to check"
    (a warning, not an error), so the rest of the card can still be saved."""
    out = v.Checked()
    is_person = data.kind == ContactKind.PERSON.value
    if data.kind not in (ContactKind.PERSON.value, ContactKind.ORGANISATION.value):
        out.errors["kind"] = QT_TRANSLATE_NOOP("entraide", "Type de contact inconnu.")
        return out
    values = out.values
    values["kind"] = data.kind
    if is_person:
        first, last = v.clean(data.first_name), v.clean(data.last_name)
        if not first and not last:
            out.errors["last_name"] = QT_TRANSLATE_NOOP("entraide", "Indiquez au moins un nom ou un prénom.")
        v.check_length(out, "first_name", first, 150)
        v.check_length(out, "last_name", last, 150)
        values.update(first_name=first or None, last_name=last or None)
        values["display_name"] = person_display_name(first, last)
        values["sort_key"] = fold(f"{last} {first}")
    else:
        name = v.clean(data.name)
        if not name:
            out.errors["name"] = QT_TRANSLATE_NOOP("entraide", "Le nom de l'organisation est obligatoire.")
        v.check_length(out, "name", name, 300)
        kind = data.org_kind or OrganisationKind.ASSOCIATION.value
        if kind not in {k.value for k in OrganisationKind}:
            out.errors["org_kind"] = QT_TRANSLATE_NOOP("entraide", "Type d'organisation inconnu.")
        values.update(display_name=name, sort_key=fold(name), org_kind=kind)
        for name_, normalise in (("siret", v.normalise_siret), ("website", v.normalise_website)):
            values[name_], error = normalise(getattr(data, name_))
            if error:
                out.errors[name_] = error
        values["rna"], warning = v.normalise_rna(data.rna)
        if warning:
            out.warnings["rna"] = warning
    values["phone_to_check"] = None
    if phone_to_check and v.clean(data.phone) == phone_to_check:
        values["phone_to_check"] = phone_to_check
        out.warnings["phone"] = PHONE_TO_CHECK
        data = ContactFields(**{**data.as_dict(), "phone": ""})
    for name_, normalise in (("email", v.normalise_email), ("phone", v.normalise_phone)):
        values[name_], error = normalise(getattr(data, name_))
        if error:
            out.errors[name_] = error
    values["address"] = v.clean(data.address) or None
    values["tags"] = join_tags(split_tags(data.tags)) or None
    values["notes"] = v.clean(data.notes) or None
    return out


Checked = v.Checked
