"""Which column feeds which field, the text of each field for one row, and the words people
type for kinds and roles."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from app.i18n import QT_TRANSLATE_NOOP
from app.models import ContactKind, OrganisationKind, RoleKind
from app.services.contacts.fields import ORGANISATION_KIND_LABELS
from app.services.contacts.records import ROLE_LABELS
from app.services.contacts.transfer.addresses import address_part, postal_address
from app.services.contacts.transfer.headers import header_field
from app.text import fold

FIELD_LABELS: dict[str, str] = {
    "kind": QT_TRANSLATE_NOOP("entraide", "Type (personne ou organisation)"),
    "first_name": QT_TRANSLATE_NOOP("entraide", "Prénom"),
    "last_name": QT_TRANSLATE_NOOP("entraide", "Nom"),
    "full_name": QT_TRANSLATE_NOOP("entraide", "Prénom et nom (une colonne)"),
    "full_name_reversed": QT_TRANSLATE_NOOP("entraide", "Nom et prénom (une colonne)"),
    "email": QT_TRANSLATE_NOOP("entraide", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("entraide", "Téléphone"),
    "address": QT_TRANSLATE_NOOP("entraide", "Adresse"),
    "tags": QT_TRANSLATE_NOOP("entraide", "Étiquettes"),
    "notes": QT_TRANSLATE_NOOP("entraide", "Notes"),
    "name": QT_TRANSLATE_NOOP("entraide", "Nom de l'organisation"),
    "organisation": QT_TRANSLATE_NOOP("entraide", "Organisations (d'une personne)"),
    "role": QT_TRANSLATE_NOOP("entraide", "Fonction dans l'organisation"),
    "role_start": QT_TRANSLATE_NOOP("entraide", "Date d'adhésion (début de la fonction)"),
    "org_kind": QT_TRANSLATE_NOOP("entraide", "Type d'organisation"),
    "rna": QT_TRANSLATE_NOOP("entraide", "RNA de l'organisation"),
    "siret": QT_TRANSLATE_NOOP("entraide", "SIRET de l'organisation"),
    "website": QT_TRANSLATE_NOOP("entraide", "Site web de l'organisation"),
    "org_email": QT_TRANSLATE_NOOP("entraide", "E-mail de l'organisation"),
    "org_phone": QT_TRANSLATE_NOOP("entraide", "Téléphone de l'organisation"),
    "org_address": QT_TRANSLATE_NOOP("entraide", "Adresse de l'organisation"),
}
IGNORE = ""  # the mapping value of a column deliberately left out
# Fields that several columns may feed: joined, or (e-mails and phones) the first kept and the
# others noted. The others take one column, a second one being a fallback when the first is empty.
MULTI_COLUMN_FIELDS = frozenset(
    {"address", "org_address", "notes", "tags", "email", "phone", "org_email", "org_phone"}
)
LIST_FIELDS = frozenset({"email", "phone", "org_email", "org_phone"})
ADDRESS_FIELDS = frozenset({"address", "org_address"})
MULTILINE_FIELDS = frozenset({"address", "org_address", "notes"})


def guess_mapping(headers: list[str], groups: list[str] | None = None) -> dict[int, str | None]:
    """Column index -> field (None: ignored). A single-value field takes its first column; a
    payer's column only feeds a field no other column feeds. A one-column full name stays beside
    first and last names: it names the rows that have only it (an address book's display name)."""
    groups = groups or [""] * len(headers)
    found = [header_field(h, g) for h, g in zip(headers, groups, strict=False)]
    mapping: dict[int, str | None] = {}
    taken: set[str] = set()
    for fallback_pass in (False, True):
        for index, (field, fallback) in enumerate(found):
            if field is None or fallback != fallback_pass:
                continue
            if fallback and field in taken:
                continue
            if field in MULTI_COLUMN_FIELDS or field not in taken:
                mapping[index] = field
                taken.add(field)
    return {index: mapping.get(index) for index in range(len(headers))}


_FORMULA_GUARD = re.compile(r"^'(?=[=+\-@])")  # our CSV export neutralises formulas this way
_MOBILE = re.compile(r"mobile|portable|gsm|cell")
_SEVERAL = re.compile(r"\s*:::\s*")  # Google Contacts puts several values in one cell this way
# Several numbers or addresses typed in one cell: "06 12 34 56 78 / 04 72 10 30 30", "a@x.fr; b@y.fr".
_SEVERAL_PHONES = re.compile(r"\s*(?::::|/|;|\bou\b|\bet\b|\||\n)\s*")
_GOOGLE_GROUPS = frozenset({"* myContacts", "* starred"})  # Google's own: every contact is in one
_SEVERAL_EMAILS = re.compile(r"\s*(?:[;,|\n]|:::)\s*")
# What a spreadsheet shows for a formula that failed: an empty cell, not a value.
_SPREADSHEET_ERRORS = frozenset(
    {
        "#N/A",
        "#N/D",
        "#VALUE!",
        "#VALEUR!",
        "#REF!",
        "#DIV/0!",
        "#NAME?",
        "#NOM?",
        "#NUM!",
        "#NOMBRE!",
        "#NULL!",
        "#NUL!",
    }
)


@dataclass
class RowMapper:
    """Turns a row's cells into field texts under one mapping; made once per import."""

    headers: list[str]
    mapping: dict[int, str | None]

    def __post_init__(self) -> None:
        self.columns: dict[str, list[int]] = {}
        for index, field in sorted(self.mapping.items()):
            if field:
                self.columns.setdefault(field, []).append(index)
        for field in ("phone", "org_phone"):
            if field in self.columns:  # a mobile first: the number volunteers call and text
                self.columns[field].sort(key=lambda i: not _MOBILE.search(fold(self.headers[i])))
        self.parts = [address_part(h) for h in self.headers]

    def column_of(self, field: str) -> str:
        """The header of the (first) column feeding `field`, for reports."""
        indexes = self.columns.get(field)
        return self.headers[indexes[0]] if indexes and indexes[0] < len(self.headers) else ""

    def values(self, cells: list[str]) -> dict[str, str | list[str]]:
        out: dict[str, str | list[str]] = {}
        width = len(cells)
        for field, indexes in self.columns.items():
            found = []
            for index in indexes:
                if index < width and (text := cells[index].strip()) and text not in _SPREADSHEET_ERRORS:
                    found.append((index, _FORMULA_GUARD.sub("", text) if text[0] == "'" else text))
            if not found:
                continue
            texts = [text for _, text in found]
            if field in LIST_FIELDS:
                split = _SEVERAL_PHONES if field.endswith("phone") else _SEVERAL_EMAILS
                out[field] = list(dict.fromkeys(v for t in texts for v in split.split(t) if v))
            elif field in ADDRESS_FIELDS:
                if address := postal_address([(self.parts[i], text) for i, text in found]):
                    out[field] = address
            elif field == "notes":
                out[field] = "\n".join(texts)
            elif field == "tags":
                labels = (v for t in texts for v in _SEVERAL.split(t) if v)
                if tags := ", ".join(v.removeprefix("* ") for v in labels if v not in _GOOGLE_GROUPS):
                    out[field] = tags
            else:
                out[field] = texts[0]  # a second column of a single field is a fallback
        return out


# --- words for kinds, organisation kinds and roles -------------------------------------

_PERSON = ContactKind.PERSON.value
_ORG = ContactKind.ORGANISATION.value
_KIND_WORDS: dict[str, tuple[str, str | None]] = {
    **{
        w: (_PERSON, None)
        for w in (
            "personne", "person", "p", "individu", "particulier", "personne physique", "individual",
            "people", "contact", "adherent", "adherente", "membre", "benevole",
        )
    },
    **{
        w: (_ORG, None)
        for w in (
            "organisation", "organization", "org", "o", "structure", "organisme", "personne morale",
            "company",
        )
    },
    **{w: (_ORG, OrganisationKind.ASSOCIATION.value) for w in ("association", "asso")},
    **{w: (_ORG, OrganisationKind.COMPANY.value) for w in ("entreprise", "societe")},
    **{w: (_ORG, OrganisationKind.LOCAL_AUTHORITY.value) for w in ("collectivite", "mairie")},
    **{w: (_ORG, OrganisationKind.FOUNDATION.value) for w in ("fondation",)},
}  # fmt: skip


def parse_kind(text: str) -> tuple[str, str | None] | None:
    """("person" | "organisation", an organisation kind the word implies) or None if unknown."""
    return _KIND_WORDS.get(fold(text))


_ORG_KIND_WORDS = {
    **{fold(label): kind.value for kind, label in ORGANISATION_KIND_LABELS.items()},
    **{kind.value: kind.value for kind in OrganisationKind},
    "asso": OrganisationKind.ASSOCIATION.value,
    "association loi 1901": OrganisationKind.ASSOCIATION.value,
    "societe": OrganisationKind.COMPANY.value,
    "mairie": OrganisationKind.LOCAL_AUTHORITY.value,
    "collectivite territoriale": OrganisationKind.LOCAL_AUTHORITY.value,
}


def parse_org_kind(text: str) -> str | None:
    return _ORG_KIND_WORDS.get(fold(text))


def role_key(text: str) -> str:
    """ "Trésorier·ère", "Trésorière", "tresorier(e)" all give "tresorier"."""
    folded = fold(text)
    folded = re.sub(r"[·.\-/(]\s*(e|ere|re|euse)\)?(?=\s|$)", "", folded)  # inclusive endings
    folded = re.sub(r"(ier|ent)e\b", r"\1", folded)  # feminine forms: trésorière, présidente
    return re.sub(r"[^a-z]+", " ", folded).strip()


_ROLE_WORDS = {
    **{role_key(label): kind.value for kind, label in ROLE_LABELS.items()},
    **{role_key(kind.value): kind.value for kind in RoleKind},
    "president": RoleKind.PRESIDENT.value,
    "chair": RoleKind.PRESIDENT.value,
    "treasurer": RoleKind.TREASURER.value,
    "secretary": RoleKind.SECRETARY.value,
    "referent": RoleKind.EQUIPMENT_OFFICER.value,
    "volunteer": RoleKind.VOLUNTEER.value,
    "other": RoleKind.OTHER.value,
    "membre": RoleKind.OTHER.value,
    "member": RoleKind.OTHER.value,
    "adherent": RoleKind.OTHER.value,
}
_TITLED = re.compile(
    r"^(autre|other)\s*:\s*(?P<title>.+)$", re.IGNORECASE
)  # our export: "Autre : Coordinatrice"


@functools.lru_cache(maxsize=1024)  # a member list repeats a handful of functions
def parse_role(text: str) -> tuple[str, str | None]:
    """(RoleKind value, title): a label outside the list is "autre" with that label as title."""
    text = " ".join(text.split())
    titled = _TITLED.match(text)
    if titled:
        return RoleKind.OTHER.value, titled.group("title").strip()
    role = _ROLE_WORDS.get(role_key(text))
    if role is not None:
        return role, None
    return RoleKind.OTHER.value, text or None


def known_role(text: str) -> bool:
    return role_key(text) in _ROLE_WORDS or bool(_TITLED.match(text.strip()))


_TRAILING_ROLE = re.compile(r"^(?P<name>.*\S)\s*\((?P<role>[^()]*)\)$")


def split_affiliations(text: str) -> list[tuple[str, str | None]]:
    """ "Les Amis (Trésorier·ère) | Mairie (service jeunesse)" -> [(name, role text or None)].

    A parenthesis is a role only when it names a known role or is written "Autre : titre";
    otherwise it is part of the name.
    """
    out: list[tuple[str, str | None]] = []
    for entry in (part.strip() for part in text.split("|")):
        if not entry:
            continue
        match = _TRAILING_ROLE.match(entry)
        if match and known_role(match.group("role")):
            out.append((match.group("name"), match.group("role")))
        else:
            out.append((entry, None))
    return out
