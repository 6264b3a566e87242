"""Which column holds which field, and how the words people type map to kinds and roles."""

from __future__ import annotations

import re

from app.i18n import QT_TRANSLATE_NOOP
from app.models import ContactKind, OrganisationKind, RoleKind
from app.services.contacts.fields import ORGANISATION_KIND_LABELS
from app.services.contacts.records import ROLE_LABELS
from app.text import fold

FIELD_LABELS: dict[str, str] = {
    "kind": QT_TRANSLATE_NOOP("entraide", "Type"),
    "first_name": QT_TRANSLATE_NOOP("entraide", "Prénom"),
    "last_name": QT_TRANSLATE_NOOP("entraide", "Nom"),
    "name": QT_TRANSLATE_NOOP("entraide", "Nom de l'organisation"),
    "org_kind": QT_TRANSLATE_NOOP("entraide", "Type d'organisation"),
    "rna": QT_TRANSLATE_NOOP("entraide", "RNA"),
    "siret": QT_TRANSLATE_NOOP("entraide", "SIRET"),
    "website": QT_TRANSLATE_NOOP("entraide", "Site web"),
    "email": QT_TRANSLATE_NOOP("entraide", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("entraide", "Téléphone"),
    "address": QT_TRANSLATE_NOOP("entraide", "Adresse"),
    "tags": QT_TRANSLATE_NOOP("entraide", "Étiquettes"),
    "notes": QT_TRANSLATE_NOOP("entraide", "Notes"),
    "organisation": QT_TRANSLATE_NOOP("entraide", "Organisation (pour une personne)"),
    "role": QT_TRANSLATE_NOOP("entraide", "Rôle"),
}

# Several columns may feed these fields (street, postcode, town…); the others take one column.
MULTI_COLUMN_FIELDS = frozenset({"address"})

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "kind": ("type", "type de contact", "kind", "categorie"),
    "first_name": ("prenom", "prenoms", "first name", "firstname", "given name", "forename"),
    "last_name": ("nom", "nom de famille", "nom d usage", "last name", "lastname", "family name", "surname"),
    "name": (
        "raison sociale",
        "nom de l organisation",
        "nom organisation",
        "organisme",
        "structure",
        "denomination",
        "nom de la structure",
        "nom de l association",
        "organization name",
    ),
    "org_kind": ("type d organisation", "type de structure", "forme juridique", "statut"),
    "rna": ("rna", "n rna", "no rna", "numero rna", "num rna"),
    "siret": ("siret", "n siret", "no siret", "numero siret"),
    "website": ("site", "site web", "site internet", "web", "website", "url"),
    "email": (
        "courriel",
        "e mail",
        "mail",
        "adresse electronique",
        "adresse mail",
        "adresse e mail",
        "email address",
        "e mail address",
        "adresse courriel",
    ),
    "phone": (
        "telephone",
        "tel",
        "portable",
        "mobile",
        "tel portable",
        "telephone portable",
        "telephone mobile",
        "numero de telephone",
        "phone",
        "phone number",
        "mobile phone",
        "gsm",
        "tel fixe",
        "telephone fixe",
    ),
    "address": (
        "adresse",
        "adresse postale",
        "rue",
        "voie",
        "complement d adresse",
        "adresse 2",
        "complement",
        "code postal",
        "cp",
        "ville",
        "commune",
        "localite",
        "pays",
        "address",
        "street",
        "postal code",
        "zip",
        "zip code",
        "city",
        "country",
    ),
    "tags": ("etiquettes", "etiquette", "tags", "tag", "mots cles", "mot cle", "categories"),
    "notes": (
        "notes",
        "note",
        "commentaire",
        "commentaires",
        "remarques",
        "remarque",
        "observations",
        "comments",
    ),
    "organisation": (
        "association",
        "organisation",
        "organisations",
        "organization",
        "employeur",
        "company",
        "societe",
        "entreprise",
    ),
    "role": ("role", "fonction", "qualite", "mandat"),
}


def header_key(header: str) -> str:
    """Compare headers without accents, case, spaces or punctuation: "E-mail" == "email"."""
    return re.sub(r"[^a-z0-9]", "", fold(header))


_FIELD_OF_HEADER = {header_key(s): f for f, synonyms in _SYNONYMS.items() for s in synonyms}


def guess_mapping(headers: list[str]) -> dict[int, str | None]:
    """Column index -> field (or None: ignored). Each field once, first column wins, but
    several columns may feed the address."""
    mapping: dict[int, str | None] = {}
    taken: set[str] = set()
    for index, header in enumerate(headers):
        target = _FIELD_OF_HEADER.get(header_key(header))
        if target is not None and (target in MULTI_COLUMN_FIELDS or target not in taken):
            taken.add(target)
            mapping[index] = target
        else:
            mapping[index] = None
    return mapping


# --- joining the cells of one row -------------------------------------------------------

_POSTCODE = re.compile(r"^(\d{4,5}|\d{2} ?\d{3}|[A-Z]{1,2}-?\d{4,5})$")
_FORMULA_GUARD = re.compile(r"^'(?=[=+\-@])")  # our CSV export neutralises formulas this way


def _join_address(parts: list[str]) -> str:
    """Street, postcode and town as a postal address: "12 rue X\\n75001 Paris"."""
    out = ""
    for part in parts:
        if not out:
            out = part
        elif _POSTCODE.match(out.rsplit("\n", 1)[-1]):
            out += " " + part  # the town follows its postcode on the same line
        else:
            out += "\n" + part
    return out


_JOINERS = {"tags": ", ", "notes": "\n"}
MULTILINE_FIELDS = frozenset({"address", "notes"})
_FIRST_ONLY = frozenset({"kind", "org_kind", "rna", "siret", "website", "email", "phone", "role"})


def row_values(cells: list[str], mapping: dict[int, str | None]) -> dict[str, str]:
    """The text of each mapped field for one row; several columns of a field are joined."""
    parts: dict[str, list[str]] = {}
    for index, target in mapping.items():
        if target is None or index >= len(cells):
            continue
        value = _FORMULA_GUARD.sub("", cells[index].strip())
        if value:
            parts.setdefault(target, []).append(value)
    values = {}
    for target, texts in parts.items():
        if target == "address":
            values[target] = _join_address(texts)
        elif target in _FIRST_ONLY:
            values[target] = texts[0]  # a second e-mail or phone column is a fallback, not a suffix
        else:
            values[target] = _JOINERS.get(target, " ").join(texts)
    return values


# --- words for kinds, organisation kinds and roles -------------------------------------

_PERSON = ContactKind.PERSON.value
_ORG = ContactKind.ORGANISATION.value
_KIND_WORDS: dict[str, tuple[str, str | None]] = {
    **{
        w: (_PERSON, None)
        for w in (
            "personne",
            "person",
            "p",
            "individu",
            "particulier",
            "personne physique",
            "individual",
            "people",
            "contact",
        )
    },
    **{
        w: (_ORG, None)
        for w in (
            "organisation",
            "organization",
            "org",
            "o",
            "structure",
            "organisme",
            "personne morale",
            "company",
        )
    },
    **{w: (_ORG, OrganisationKind.ASSOCIATION.value) for w in ("association", "asso")},
    **{w: (_ORG, OrganisationKind.ENTREPRISE.value) for w in ("entreprise", "societe")},
    **{w: (_ORG, OrganisationKind.COLLECTIVITE.value) for w in ("collectivite", "mairie")},
    **{w: (_ORG, OrganisationKind.FONDATION.value) for w in ("fondation",)},
}


def parse_kind(text: str) -> tuple[str, str | None] | None:
    """("person" | "organisation", an organisation kind the word implies) or None if unknown."""
    return _KIND_WORDS.get(fold(text))


_ORG_KIND_WORDS = {
    **{fold(label): kind.value for kind, label in ORGANISATION_KIND_LABELS.items()},
    **{kind.value: kind.value for kind in OrganisationKind},
    "asso": OrganisationKind.ASSOCIATION.value,
    "societe": OrganisationKind.ENTREPRISE.value,
    "mairie": OrganisationKind.COLLECTIVITE.value,
    "collectivite territoriale": OrganisationKind.COLLECTIVITE.value,
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
    "treasurer": RoleKind.TRESORIER.value,
    "secretary": RoleKind.SECRETAIRE.value,
    "referent": RoleKind.REFERENT_MATERIEL.value,
    "volunteer": RoleKind.BENEVOLE.value,
    "other": RoleKind.AUTRE.value,
    "membre": RoleKind.AUTRE.value,
    "member": RoleKind.AUTRE.value,
    "adherent": RoleKind.AUTRE.value,
}
ROLE_CHOICES = ", ".join(ROLE_LABELS.values())


def parse_role(text: str) -> str | None:
    """The RoleKind value for a French or English label, or None if not a known role."""
    return _ROLE_WORDS.get(role_key(text))


_TRAILING_ROLE = re.compile(r"^(?P<name>.*\S)\s*\((?P<role>[^()]*)\)$")


def split_affiliations(text: str) -> list[tuple[str, str | None]]:
    """ "Les Amis (Trésorier·ère) | Mairie (service jeunesse)" -> [(name, role value or None)].

    A parenthesis is a role only when it names a known role; otherwise it is part of the name.
    """
    out: list[tuple[str, str | None]] = []
    for entry in (part.strip() for part in text.split("|")):
        if not entry:
            continue
        match = _TRAILING_ROLE.match(entry)
        role = parse_role(match.group("role")) if match else None
        out.append((match.group("name"), role) if match and role else (entry, None))
    return out
